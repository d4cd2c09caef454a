/** An error as the host puts it on the wire: the SDK turns `name` + `path` + `message` into a rejected Error. */
export interface ZafError {
  /** The error class the app sees as `error.name`. */
  name: string;
  /** What went wrong; the SDK prefixes it with `"<path>" `. */
  message: string;
  /** The path or action name the error belongs to. */
  path?: string;
}

export function isZafError(value: unknown): value is ZafError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ZafError).name === 'string' &&
    typeof (value as ZafError).message === 'string'
  );
}

/** The answer for a path or action the ticket_sidebar location does not have. */
export function apiUnavailable(path: string): ZafError {
  return { name: 'APIUnavailable', message: `Could not find handler for: "${path}"`, path };
}

/**
 * A refused argument (unknown macro, wrong value type). Zendesk's exact name for these is unverified
 * (research/harness.md §5); what matters to the app is that the call rejects.
 */
export function invalidArgument(path: string, message: string): ZafError {
  return { name: 'InvalidArgument', message, path };
}
