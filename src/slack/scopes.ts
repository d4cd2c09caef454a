/** The bot scope each method we call needs in a public channel (docs.slack.dev/reference/methods/<method>). */
export const METHOD_SCOPES: Readonly<Record<string, string>> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.delete': 'chat:write',
  'conversations.info': 'channels:read',
  'conversations.history': 'channels:history',
  'conversations.replies': 'channels:history',
  'reactions.get': 'reactions:read',
  'users.info': 'users:read',
};

/** What each part of the app needs from Slack. */
export const FEATURE_SCOPES = {
  /** Posting the tweet, marking it responded or withdrawn. */
  share: ['chat:write'],
  /** The admin's setup check (channel exists, not archived, bot is a member). */
  setup_check: ['channels:read'],
  /** Finding an interrupted share in channel history, so it is never posted twice. */
  exactly_once: ['channels:history'],
  /** Showing who took the tweet (👀 / ✅ reactions). */
  claims: ['channels:history', 'reactions:read'],
  /** Showing thread replies on the post. */
  replies: ['channels:history'],
} as const satisfies Record<string, readonly string[]>;

export type SlackFeature = keyof typeof FEATURE_SCOPES;

/** The scope named by a `missing_scope` answer, or the one the method is documented to need. */
export function scopeFor(method: string, needed?: string): string {
  return needed || METHOD_SCOPES[method] || 'chat:write';
}
