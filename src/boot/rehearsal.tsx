import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Post } from '../sources/post';
import { PostCard } from '../ui/PostCard';
import { ShareSection } from '../ui/ShareSection';
import { StyledPanel } from '../ui/styled/layout';
import { SuggestionSkeleton } from '../ui/SuggestionSkeleton';
import { themeFor, type ColorScheme } from '../ui/theme';

const URL = 'https://x.com/a/status/1';
const POST: Post = { platform: 'x', url: URL, link: null, shortLinks: [], isPublic: true, repliesComeBack: true, author: { name: 'A', handle: 'a' }, enabled: true };
const noop = () => undefined;
const CHECK = { otherAuthor: false, confirmed: false, onConfirm: noop, onInvalidChange: noop };

/**
 * Draws the card in a hidden layer of the page, in small slices, while the ZAF handshake keeps the frame waiting
 * (~200 ms in which it has nothing else to do): the real card's first render then finds its styles generated, its
 * code compiled and the fonts of its text (emoji included) laid out once, instead of paying for all three after the
 * ticket arrives. The layer is invisible, inert and hidden from assistive technology; it uses only code the card loads
 * anyway, fetches nothing and leaves no mark (the panel's view leaves the card's). It starts once the English strings
 * are in (they come during the handshake); the returned stop, called before the panel's own first render, removes
 * it, or cancels it.
 */
export function rehearseCard(english: Promise<{ strings: Record<string, string> }>, scheme: ColorScheme): () => void {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = 'position:fixed;top:0;left:0;width:100%;visibility:hidden;pointer-events:none';
  const root = createRoot(host);
  let stopped = false;
  english.then(({ strings }) => {
    if (stopped) return;
    document.body.append(host);
    startTransition(() =>
      root.render(
        <ThemeProvider theme={themeFor(scheme)}>
          <I18nProvider locale="en" strings={strings} fallback={strings}>
            <StyledPanel>
              <PostCard post={POST} text={`Thanks! 🚀 ${URL}`} reasons={[]} typed={false} onTypedLinkChange={noop} readUrl={() => ({ ok: false, code: 'not_a_post' })} urlCheck={CHECK} />
              <SuggestionSkeleton />
              <ShareSection channelLabel="#" macroTitle="" blocker={null} platform="x" decision={undefined} marker={{ state: 'none', withdrawn: false }} control={{ progress: null, running: false, share: noop }} />
            </StyledPanel>
          </I18nProvider>
        </ThemeProvider>,
      ),
    );
  }, noop);
  return () => {
    stopped = true;
    root.unmount();
    host.remove();
  };
}
