/**
 * Test-only access to the run's bot token, so a contract test can authenticate a real WebClient against
 * `/__sim/slack-api/` without the token ever crossing the wire from the server.
 */
const tokens = new WeakMap<object, string>();

/** Records the token of a running simulator (called by `startSimulator`). */
export function rememberBotToken(simulator: object, token: string): void {
  tokens.set(simulator, token);
}

/** The bot token of a simulator started in this process. For tests only. */
export function botTokenForTests(simulator: object): string {
  const token = tokens.get(simulator);
  if (!token) throw new Error('This simulator was not started in this process; its bot token is not available.');
  return token;
}
