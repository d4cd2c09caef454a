import { ZendeskError } from './errors';

/**
 * Settles with `work`, or rejects with `timeout` after `ms`. Neither SDK is trusted to give up by itself: the npm
 * build never times out `request()`, and Zendesk's CDN build waits five minutes on get/set/invoke.
 */
export function raceTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ZendeskError('timeout', `Zendesk did not answer ${what} within ${ms} ms`));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
