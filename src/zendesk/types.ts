/** The subset of the ZAF SDK client (npm 2.0.11 and Zendesk's CDN build alike) the adapter wraps. */
export interface RawZafClient {
  get(paths: string | string[]): Promise<unknown>;
  set(path: string, value: unknown): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, handler: (payload: unknown) => void): void;
  off(event: string, handler: (payload: unknown) => void): void;
  /** Whether `handler` is subscribed to `event` (both SDK builds have it). */
  has?(event: string, handler: (payload: unknown) => void): boolean;
  request(options: unknown): Promise<unknown>;
  metadata(): Promise<unknown>;
  context(): Promise<unknown>;
}

/** Options of `client.request` that the app uses (jQuery.ajax-like, as ZAF forwards them). */
export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  contentType?: string;
  /** A string body: JSON or form-encoded. */
  data?: string;
  headers?: Record<string, string>;
  /** Route through the Zendesk proxy with `{{setting.*}}` substitution. */
  secure?: boolean;
  cors?: boolean;
  /** Let the app handle 429s itself (ZAF retries Zendesk 429s by default). */
  autoRetry?: boolean;
  /** Client-side limit in ms; the adapter rejects with `timeout` after it. */
  timeoutMs?: number;
}

/** A completed HTTP exchange, whatever its status. */
export interface HttpResult {
  status: number;
  body: unknown;
  /** Seconds from the `Retry-After` header, when the response carried one. */
  retryAfterSeconds?: number;
}

/** `client.metadata()` of an installation. Secure settings never appear here. */
export interface AppMetadata {
  appId: number;
  installationId: number;
  name?: string;
  version?: string;
  settings: Record<string, string | boolean | number | undefined>;
}

/** `client.context()` of a ticket_sidebar instance. */
export interface AppContext {
  instanceGuid: string;
  product: string;
  location: string;
  ticketId?: number;
  account: { subdomain: string };
}

/** The typed facade every other module uses instead of the SDK. */
export interface ZafClient {
  /** One batched `client.get`; values by path, and per-path errors. */
  get(paths: string[]): Promise<{ values: Record<string, unknown>; errors: Record<string, string> }>;
  /** One path; rejects when the host reports an error for it. */
  getOne<T>(path: string): Promise<T>;
  set(path: string, value: unknown): Promise<void>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  /** Subscribes; returns the function that unsubscribes. */
  on(event: string, handler: (payload: unknown) => void): () => void;
  /** Resolves with the parsed body of a 2xx; rejects with a `ZendeskError` otherwise. */
  request<T>(options: ZafRequestOptions): Promise<T>;
  /** Resolves with any HTTP status (`httpCompleteResponse`); rejects only on network failure or timeout. */
  send(options: ZafRequestOptions): Promise<HttpResult>;
  metadata(): Promise<AppMetadata>;
  context(): Promise<AppContext>;
}
