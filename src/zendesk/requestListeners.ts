import type { RawZafClient } from './types';

type Handler = (payload: unknown) => void;

const REQUEST_EVENT = /^request:\d+\.(done|fail)$/;

/**
 * `client.request` as Zendesk's current SDK does it, with either build. The SDK subscribes `request:N.done` and
 * `request:N.fail` to hear the answer; the npm build (2.0.11) never unsubscribes them, so every request leaves two
 * handlers in the SDK and two subscriptions in the host for the life of the page (a panel open for hours makes
 * thousands: e2e/longSession.e2e.ts). The current SDK removes them after the answer. This notes the listeners the
 * SDK adds while it sends the request and removes those still there once the answer came.
 */
export function requestForgettingListeners(raw: RawZafClient, options: unknown): Promise<unknown> {
  const added: Array<[string, Handler]> = [];
  const on = raw.on;
  raw.on = function noteRequestListener(this: RawZafClient, event: string, handler: Handler) {
    if (REQUEST_EVENT.test(event)) added.push([event, handler]);
    return on.call(this, event, handler);
  };
  let answer: Promise<unknown>;
  try {
    answer = raw.request(options);
  } finally {
    raw.on = on;
  }
  const forget = () => {
    for (const [event, handler] of added) if (raw.has?.(event, handler) !== false) raw.off(event, handler);
  };
  answer.then(forget, forget);
  return answer;
}
