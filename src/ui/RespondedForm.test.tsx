import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, test, vi } from 'vitest';
import english from '../../translations/en.json';
import { I18nProvider } from '../i18n/I18nProvider';
import { flatten, type TranslationTree } from '../i18n/translate';
import { DEFAULT_SOURCE_SETTINGS, type PostLink } from '../sources/post';
import { RespondedForm } from './RespondedForm';
import { themeFor } from './theme';

const strings = flatten(english as unknown as TranslationTree);
const HN_POST: PostLink = { platform: 'hacker_news', url: 'https://news.ycombinator.com/item?id=21113096', kind: 'comment', thread: '' };
const REDDIT_POST: PostLink = { platform: 'reddit', url: 'https://www.reddit.com/r/gitlab/comments/1abcde/', kind: 'post', thread: '1abcde' };

function renderForm(post: PostLink) {
  const onMark = vi.fn();
  const onMarkLink = vi.fn();
  render(
    <ThemeProvider theme={themeFor('light')}>
      <I18nProvider locale="en" strings={strings} fallback={strings}>
        <RespondedForm replyLinkFor={{ post, settings: DEFAULT_SOURCE_SETTINGS }} disabled={false} onMark={onMark} onMarkLink={onMarkLink} />
      </I18nProvider>
    </ThemeProvider>,
  );
  return { onMark, onMarkLink };
}

async function submit(link: string) {
  const input = screen.getByLabelText(/Link to the team's reply on/);
  await userEvent.clear(input);
  await userEvent.type(input, link);
  await userEvent.click(screen.getByTestId('mark-responded-link'));
}

describe('Mark as responded where replies never come back into Zendesk', () => {
  test('asks for the reply’s link on the post’s platform, not a handle', () => {
    renderForm(HN_POST);
    expect(screen.getByLabelText("Link to the team's reply on Hacker News")).toBeTruthy();
    expect(screen.queryByTestId('responder-handle')).toBeNull();
    expect(screen.getByTestId('mark-responded-link').hasAttribute('disabled')).toBe(true);
  });

  test('a link on another platform, the post’s own link and a non-link are refused with what to paste instead', async () => {
    const { onMarkLink } = renderForm(HN_POST);
    await submit('https://www.reddit.com/r/gitlab/comments/1abcde/comment/k9x/');
    expect(screen.getByTestId('reply-link-error').textContent).toBe('This link is not on Hacker News. Paste the link to the reply on Hacker News, where the post is.');
    expect(screen.getByLabelText(/Link to the team's reply on/).getAttribute('aria-invalid')).toBe('true');
    await submit('https://news.ycombinator.com/item?id=21113096&utm_source=hn');
    expect(screen.getByTestId('reply-link-error').textContent).toBe("This is the post's own link. Paste the link to the team's reply under it.");
    await submit('@jane_dev');
    expect(screen.getByTestId('reply-link-error').textContent).toContain('This is not a link to a reply on Hacker News.');
    expect(onMarkLink).not.toHaveBeenCalled();
  });

  test('a comment under another Reddit post is in another thread', async () => {
    const { onMarkLink } = renderForm(REDDIT_POST);
    await submit('https://www.reddit.com/r/gitlab/comments/9zzzzz/other/k9x/');
    expect(screen.getByTestId('reply-link-error').textContent).toBe("This reply is in another thread. Paste the link to a reply under this ticket's post.");
    expect(onMarkLink).not.toHaveBeenCalled();
  });

  test('a valid reply is marked with its canonical link, and typing again clears the error', async () => {
    const { onMarkLink } = renderForm(REDDIT_POST);
    await submit('https://example.com/');
    expect(screen.getByTestId('reply-link-error')).toBeTruthy();
    await submit('https://old.reddit.com/r/gitlab/comments/1abcde/some_slug/k9x0yz/?utm_source=share');
    expect(screen.queryByTestId('reply-link-error')).toBeNull();
    expect(onMarkLink).toHaveBeenCalledExactlyOnceWith('https://www.reddit.com/r/gitlab/comments/1abcde/comment/k9x0yz/');
  });
});
