/** The host page's calls to its own server (same origin; the app can reach none of these). */
import type { RequestAnswer } from '../zafRequest';
import type { SimEvent, SimFault, SimState } from './simTypes';

/** What the draft bar sends on Submit. */
export interface SubmitBody {
  /** Tags the draft adds to the saved ones. */
  tagsAdded: string[];
  /** Saved tags the draft removes. */
  tagsRemoved: string[];
  /** New status, when the draft changes it. */
  status?: string;
  /** The comment in the editor, when there is one. */
  comment?: { body: string; public: boolean };
  /** Macros applied in the editor, recorded on the ticket. */
  macros: number[];
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} from ${response.url}`);
  return (await response.json()) as T;
}

function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export const simApi = {
  state: (ticketId?: number): Promise<SimState> =>
    fetch(ticketId === undefined ? '/__sim/state' : `/__sim/state?ticket=${ticketId}`).then((r) => json<SimState>(r)),
  zafRequest: (options: Record<string, unknown>): Promise<RequestAnswer> =>
    post('/__sim/zaf/request', { options }).then((r) => json<RequestAnswer>(r)),
  submit: (ticketId: number, body: SubmitBody): Promise<unknown> =>
    post(`/__sim/tickets/${ticketId}/submit`, body).then((r) => json<unknown>(r)),
  teamReply: (ticketId: number, reply: { name: string; handle: string; body: string }): Promise<unknown> =>
    post(`/__sim/tickets/${ticketId}/replies`, reply).then((r) => json<unknown>(r)),
  /** A ticket from a pasted tweet: its id, or the server's sentence saying what to fix. */
  createTicket: async (tweet: { name: string; handle: string; text: string; url: string; public: boolean }): Promise<{ id: number } | { error: string }> => {
    const response = await post('/__sim/tickets', tweet);
    if (response.status === 400) return (await response.json()) as { error: string };
    return json<{ id: number }>(response);
  },
  slackView: (): Promise<unknown> => fetch('/__sim/slack/view').then((r) => json<unknown>(r)),
  slackReact: (ts: string, name: string, user: string): Promise<unknown> =>
    post('/__sim/slack/reactions', { ts, name, user }).then((r) => json<unknown>(r)),
  slackReply: (threadTs: string, user: string, text: string): Promise<unknown> =>
    post('/__sim/slack/replies', { thread_ts: threadTs, user, text }).then((r) => json<unknown>(r)),
  faults: (): Promise<{ faults: SimFault[] }> => fetch('/__sim/faults').then((r) => json<{ faults: SimFault[] }>(r)),
  countRpc: (): Promise<unknown> => fetch('/__sim/stats/rpc', { method: 'POST' }),
  addFault: (fault: SimFault & Record<string, unknown>): Promise<unknown> => post('/__sim/faults', fault).then((r) => json<unknown>(r)),
  setLatency: (ms: number): Promise<unknown> => post('/__sim/latency', { ms }).then((r) => json<unknown>(r)),
  reset: (): Promise<unknown> => post('/__sim/reset', {}).then((r) => json<unknown>(r)),
};

/** Follows `/__sim/events`; returns the function that stops. */
export function followSimEvents(onEvent: (event: SimEvent) => void): () => void {
  const source = new EventSource('/__sim/events');
  source.onmessage = (message: MessageEvent<string>) => {
    try {
      onEvent(JSON.parse(message.data) as SimEvent);
    } catch (error) {
      console.error('simulator event not understood', error);
    }
  };
  return () => source.close();
}
