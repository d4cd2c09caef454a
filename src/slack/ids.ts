/** A Slack conversation id as Slack issues them: `C` (public) or `G` (private), upper-case letters and digits. */
export function isChannelId(value: string): boolean {
  return /^[CG][A-Z0-9]{6,}$/.test(value);
}

/** A Slack user id: `U`, or `W` on Enterprise Grid (api.slack.com/changelog/2016-08-11-user-id-format-changes). */
export function isUserId(value: string): boolean {
  return /^[UW][A-Z0-9]{6,}$/.test(value);
}
