import type { ServerResponse } from 'node:http';

/** What `/__sim/events` streams to the host page. Never carries a setting value. */
export type SimEvent =
  | { type: 'ticket'; id: number }
  | { type: 'slack' }
  | { type: 'faults'; faults: unknown[] }
  | { type: 'latency'; ms: number };

/** Server-Sent Events fan-out to every open host page. */
export class EventHub {
  private readonly clients = new Set<ServerResponse>();

  /** Starts an SSE stream on `res` and keeps it until the page goes away. */
  subscribe(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  /** Sends one event to every subscriber. */
  broadcast(event: SimEvent): void {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of this.clients) client.write(frame);
  }

  /** Ends every stream (server shutdown). */
  closeAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
