import type { SlackError } from './errors';
import { scopeFor } from './scopes';

/** What to tell people about a Slack failure: a translation key under `errors.slack`, and who can fix it. */
export interface SlackAdvice {
  /** `errors.slack.<id>`; the sentence says what happened and what to do. */
  key: string;
  /** Values for the sentence (`scope`, `seconds`, `status`, `error`); the caller adds `channel`. */
  params: Record<string, string | number>;
  /** `admin` when only a Zendesk or Slack admin can fix it. */
  who: 'admin' | 'advocate';
  /** Whether trying again (after waiting, or after someone acted in Slack) can succeed. */
  retryable: boolean;
}

interface Rule {
  key: string;
  who: SlackAdvice['who'];
  retryable: boolean;
}

const ADMIN_FIX: Omit<Rule, 'key'> = { who: 'admin', retryable: false };
const OUR_BUG: Omit<Rule, 'key'> = { who: 'advocate', retryable: false };

/** Slack's `error` strings we have a sentence for; several share one. */
const PLATFORM_RULES: Record<string, Rule> = {
  // Any channel member can invite the bot, then the same click works.
  not_in_channel: { key: 'not_in_channel', who: 'advocate', retryable: true },
  channel_not_found: { key: 'channel_not_found', ...ADMIN_FIX },
  is_archived: { key: 'is_archived', ...ADMIN_FIX },
  not_authed: { key: 'not_authed', ...ADMIN_FIX },
  invalid_auth: { key: 'invalid_auth', ...ADMIN_FIX },
  token_revoked: { key: 'token_revoked', ...ADMIN_FIX },
  token_expired: { key: 'token_expired', ...ADMIN_FIX },
  account_inactive: { key: 'account_inactive', ...ADMIN_FIX },
  missing_scope: { key: 'missing_scope', ...ADMIN_FIX },
  // `rate_limited` as an `ok:false` error means "posted too many messages" (HTTP 200, no Retry-After).
  ratelimited: { key: 'ratelimited', who: 'advocate', retryable: true },
  rate_limited: { key: 'ratelimited', who: 'advocate', retryable: true },
  msg_too_long: { key: 'msg_too_long', ...OUR_BUG },
  msg_blocks_too_long: { key: 'msg_blocks_too_long', ...OUR_BUG },
  invalid_blocks: { key: 'invalid_blocks', ...OUR_BUG },
  invalid_blocks_format: { key: 'invalid_blocks', ...OUR_BUG },
  message_not_found: { key: 'message_not_found', who: 'advocate', retryable: false },
  cant_update_message: { key: 'cant_update_message', who: 'advocate', retryable: false },
  edit_window_closed: { key: 'cant_update_message', who: 'advocate', retryable: false },
};

/** Without a Retry-After, a short wait is the honest default (the thin client's fallback, research/slack.md §1.8). */
const DEFAULT_WAIT_SECONDS = 1;

/** The sentence key, its values, who can fix it and whether Retry can help, for any `SlackError`. */
export function adviceFor(error: SlackError): SlackAdvice {
  switch (error.code) {
    case 'rate_limited':
      return advice({ key: 'ratelimited', who: 'advocate', retryable: true }, { seconds: error.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS });
    case 'network':
      return advice({ key: 'network', who: 'advocate', retryable: true }, {});
    case 'timeout':
      return advice({ key: 'timeout', who: 'advocate', retryable: true }, {});
    case 'http':
      return advice({ key: 'http', who: 'advocate', retryable: true }, { status: error.status ?? 0 });
    case 'platform':
      return platformAdvice(error);
  }
}

function platformAdvice(error: SlackError): SlackAdvice {
  const slackError = error.slackError ?? 'unknown_error';
  const rule = PLATFORM_RULES[slackError];
  if (!rule) return advice({ key: 'unknown', who: 'advocate', retryable: true }, { error: slackError });
  if (rule.key === 'missing_scope') return advice(rule, { scope: scopeFor(error.method, error.needed) });
  if (rule.key === 'ratelimited') return advice(rule, { seconds: error.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS });
  return advice(rule, { error: slackError });
}

function advice(rule: Rule, params: SlackAdvice['params']): SlackAdvice {
  return { key: `errors.slack.${rule.key}`, params, who: rule.who, retryable: rule.retryable };
}
