/** Slack's or Zendesk's error word (`not_in_channel`, `rate_limited`), shown inside a sentence that says what to do. */
export function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const fields = error as { slackError?: unknown; code?: unknown };
    if (typeof fields.slackError === 'string') return fields.slackError;
    if (typeof fields.code === 'string') return fields.code;
  }
  return 'unknown';
}
