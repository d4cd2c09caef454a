/**
 * The npm `zendesk_app_framework_sdk` ships no types. Only the simulator bundle and the SDK contract tests import
 * it; production loads Zendesk's CDN build as the global `ZAFClient`.
 */
declare module 'zendesk_app_framework_sdk' {
  interface ZafSdkClient {
    get(paths: string | string[]): Promise<unknown>;
    set(path: string, value: unknown): Promise<unknown>;
    invoke(name: string, ...args: unknown[]): Promise<unknown>;
    on(event: string, handler: (payload: unknown) => void): void;
    off(event: string, handler: (payload: unknown) => void): void;
    request(options: unknown): Promise<unknown>;
    metadata(): Promise<unknown>;
    context(): Promise<unknown>;
  }
  const ZAFClient: {
    /** Reads `origin` and `app_guid` from the URL; `false` when either is missing. */
    init(callback?: (registration: unknown) => void): ZafSdkClient | false;
  };
  export default ZAFClient;
}
