/** Turns the server's answer to `POST /__sim/zaf/request` into the jQuery-style `responseArgs` the SDK applies. */

/** The server's answer (CONTRACT.md "Host page ⇄ server"). */
export type RequestAnswer =
  | { kind: 'done'; status: number; body: unknown; headers: Record<string, string> }
  | { kind: 'fail'; status: number; statusText: string; responseText: string; headers: Record<string, string> }
  | { kind: 'drop' };

/** The event the host sends back for `request:N`, or nothing for a dropped call. */
export interface RequestResponse {
  /** `done` resolves `client.request`, `fail` rejects it. */
  outcome: 'done' | 'fail';
  /** Applied to resolve/reject: only the first element reaches the app. */
  responseArgs: unknown[];
}

const STATUS_TEXT: Record<number, string> = {
  0: 'error',
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function lowerCaseHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
}

export function requestResponse(answer: RequestAnswer, options: Record<string, unknown>): RequestResponse | undefined {
  if (answer.kind === 'drop') return undefined;
  const headers = lowerCaseHeaders(answer.headers);
  if (answer.kind === 'fail') {
    const statusText = answer.statusText || STATUS_TEXT[answer.status] || 'error';
    const xhr = {
      status: answer.status,
      statusText,
      responseText: answer.responseText,
      responseJSON: parseJson(answer.responseText),
      readyState: answer.status === 0 ? 0 : 4,
      headers,
    };
    return { outcome: 'fail', responseArgs: [xhr, 'error', statusText] };
  }
  const responseText = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
  const responseJSON = typeof answer.body === 'string' ? parseJson(answer.body) : answer.body;
  const statusText = STATUS_TEXT[answer.status] ?? 'success';
  const xhr = { status: answer.status, statusText, responseText, responseJSON, readyState: 4, headers };
  const data = options.httpCompleteResponse
    ? { responseJSON, responseText, status: answer.status, headers }
    : options.dataType === 'text'
      ? responseText
      : (responseJSON ?? responseText);
  return { outcome: 'done', responseArgs: [data, 'success', xhr] };
}
