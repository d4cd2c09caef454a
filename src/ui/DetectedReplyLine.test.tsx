import { render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, test } from 'vitest';
import english from '../../translations/en.json';
import { I18nProvider } from '../i18n/I18nProvider';
import { flatten, type TranslationTree } from '../i18n/translate';
import { DetectedReplyLine } from './DetectedReplyLine';
import { themeFor } from './theme';

const strings = flatten(english as unknown as TranslationTree);
const NOW = Date.parse('2026-12-03T10:00:00Z');

function renderLine(handle: string | undefined) {
  const reply = { commentId: 7, authorName: 'Jane Doe', createdAt: NOW - 5 * 60_000, ...(handle && { handle }) };
  render(
    <ThemeProvider theme={themeFor('light')}>
      <I18nProvider locale="en" strings={strings} fallback={strings}>
        <DetectedReplyLine reply={reply} now={NOW} data-testid="reply" />
      </I18nProvider>
    </ThemeProvider>,
  );
  return screen.getByTestId('reply').textContent ?? '';
}

describe('the reply that came back on the ticket', () => {
  test('names the team member by name and X handle, and when', () => {
    const line = renderLine('jane_ships_it');
    expect(line).toContain('Jane Doe');
    expect(line).toContain('@jane_ships_it');
    expect(line).toContain('5 minutes ago');
  });

  test('without a handle it still names who replied', () => {
    const line = renderLine(undefined);
    expect(line).toContain('Jane Doe');
    expect(line).not.toContain('@');
  });
});
