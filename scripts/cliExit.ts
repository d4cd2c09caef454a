/**
 * One exit-code rule for every command-line tool of the project (triage, slack:preview, slack:check), documented in
 * the README: 0 all good, 1 problems found in the input (bad lines, a broken Slack setup), 2 usage or a file that
 * cannot be read. `--help` prints the usage on standard output and exits 0.
 */
export const EXIT = { ok: 0, problemsFound: 1, usage: 2 } as const;

/** `--help` or `-h` anywhere among the arguments. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}
