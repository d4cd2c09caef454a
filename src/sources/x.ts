import { isDirectMessage } from './x/directMessage';
import { mayBeTweetLink } from './x/findTweetUrl';
import { isShortLink, parseTweetUrl } from './x/tweetUrl';
import type { PostLink } from './post';
import { viaChannel, type PostSource } from './postSource';

/** Zendesk's X channel: posts, likes and DMs (via ids 30, 23, 26 as `src/zendesk/via.ts` names them). */
const X_CHANNELS = new Set(['twitter', 'twitter_favorite', 'twitter_dm', '23', '26', '30']);

function parseXUrl(raw: string): PostLink | null {
  const tweet = parseTweetUrl(raw);
  if (!tweet) return null;
  return { platform: 'x', url: tweet.url, kind: 'post', thread: tweet.id, ...(tweet.user !== 'i' && { handle: tweet.user }) };
}

/** X: the links in `x/tweetUrl.ts`, DMs by `x/directMessage.ts`; replies come back through the X channel. */
export const x: PostSource = {
  platform: 'x',
  mayBeLink: mayBeTweetLink,
  parse: parseXUrl,
  isShortLink,
  ownsVia: (via) => X_CHANNELS.has(viaChannel(via)),
  isPrivate: isDirectMessage,
  repliesComeBack: true,
  profileUrl: (handle) => (/^[A-Za-z0-9_]{1,15}$/.test(handle) ? `https://x.com/${handle}` : undefined),
};
