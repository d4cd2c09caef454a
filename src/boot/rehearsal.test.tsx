import { act, render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, test } from 'vitest';
import english from '../../translations/en.json';
import { I18nProvider } from '../i18n/I18nProvider';
import { flatten, type TranslationTree } from '../i18n/translate';
import type { Post } from '../sources/post';
import { PostCard } from '../ui/PostCard';
import { ShareSection } from '../ui/ShareSection';
import { StyledPanel } from '../ui/styled/layout';
import { StyledSkeleton } from '../ui/styled/skeleton';
import { SuggestionSkeleton } from '../ui/SuggestionSkeleton';
import { themeFor } from '../ui/theme';
import { rehearseCard } from './rehearsal';

const strings = flatten(english as TranslationTree);
/** The CSS styled-components has generated so far, as text (jsdom: one text node per rule group). */
const generatedCss = () => [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('');
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));
const noop = () => undefined;

const post: Post = {
  platform: 'x',
  url: 'https://x.com/sarah_codes/status/1859203847561029632',
  link: null,
  shortLinks: [],
  isPublic: true,
  repliesComeBack: true,
  author: { name: 'Sarah Okafor', handle: 'sarah_codes', profileUrl: 'https://twitter.com/sarah_codes' },
  enabled: true,
};

function RealCard() {
  return (
    <ThemeProvider theme={themeFor('light')}>
      <I18nProvider locale="en" strings={strings} fallback={strings}>
        <StyledPanel>
          <PostCard
            post={post}
            text="Just migrated our monorepo to @gitlab CI in an afternoon 🚀"
            reasons={[]}
            typed={false}
            onTypedLinkChange={noop}
            readUrl={() => ({ ok: false, code: 'not_a_post' })}
            urlCheck={{ otherAuthor: false, confirmed: false, onConfirm: noop, onInvalidChange: noop }}
          />
          <SuggestionSkeleton />
          <ShareSection channelLabel="#community-involvement" macroTitle="m" blocker={null} platform="x" decision={undefined} marker={{ state: 'none', withdrawn: false }} control={{ progress: null, running: false, share: noop }} />
        </StyledPanel>
      </I18nProvider>
    </ThemeProvider>
  );
}

afterEach(() => performance.clearMarks());

describe('the card rehearsed in a hidden layer during the handshake', () => {
  test('stopped before the strings came, it draws nothing', async () => {
    let deliver: (value: { strings: Record<string, string> }) => void = noop;
    const stop = rehearseCard(new Promise((resolve) => (deliver = resolve)), 'light');
    const before = generatedCss();
    stop();
    deliver({ strings });
    await settle();
    expect(generatedCss()).toBe(before);
  });

  test('draws the card hidden, then leaves its styles generated and nothing in the page, so the real card adds no CSS of its own', async () => {
    const stop = rehearseCard(Promise.resolve({ strings }), 'light');
    await settle();
    // Laid out in a layer nobody sees, reaches or hears, and without the `ci:card` mark the benchmark reads.
    const layer = screen.getByTestId('tweet-author').closest<HTMLElement>('[aria-hidden="true"]');
    expect(layer?.style.visibility).toBe('hidden');
    expect(layer?.inert).toBe(true);
    expect(performance.getEntriesByName('ci:card')).toHaveLength(0);
    stop();
    expect(document.body.textContent).toBe('');
    const rehearsed = generatedCss();
    expect(rehearsed).not.toBe('');

    render(<RealCard />);
    expect(screen.getByTestId('tweet-author').textContent).toBe('Sarah Okafor');
    expect(screen.getByTestId('share-button').textContent).toBe('Share to #community-involvement');
    expect(generatedCss()).toBe(rehearsed);
    // The measure can see a component the rehearsal did not draw.
    render(<ThemeProvider theme={themeFor('light')}><StyledSkeleton $width="33%" /></ThemeProvider>);
    expect(generatedCss()).not.toBe(rehearsed);
  });
});
