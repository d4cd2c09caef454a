/** What the simulated Agent Workspace does for each allow-listed get/set/invoke of the sidebar app. */
import type { AppLocation } from '../zafAllowList';
import { invalidArgument } from '../zafErrors';
import type { ZafHostHandlers } from '../zafHost';
import { addTags, applyMacro, removeTags, tagList, withTags, type Draft } from './draft';
import type { RpcFaults } from './rpcFaults';
import { simApi } from './simApi';
import type { SimMacro } from './simTypes';
import type { HostStore } from './store';
import { zafValue } from './zafValues';

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved'];

/** What the handlers need beyond the store. */
export interface ZafHandlerDeps {
  store: HostStore;
  faults: RpcFaults;
  /** This iframe load's `app_guid`. */
  appGuid: string;
  /** Puts a new draft in place and tells the app what changed. */
  changeDraft(next: Draft): void;
  /** Where this instance runs (default `ticket_sidebar`). */
  location?: AppLocation;
  /** `invoke('routeTo', 'ticket', id)`: the workspace opens the ticket. */
  routeToTicket?(id: number): void;
}

function stringArg(args: unknown[], index: number, path: string): string {
  const value = args[index];
  if (typeof value !== 'string' && typeof value !== 'number') throw invalidArgument(path, `Expected a string argument`);
  return String(value);
}

function cssSize(value: unknown): string | undefined {
  if (typeof value === 'number') return `${value}px`;
  return typeof value === 'string' && /^\d+(\.\d+)?(px|%)$/.test(value.trim()) ? value.trim() : undefined;
}

export function createZafHandlers({ store, faults, appGuid, changeDraft, location = 'ticket_sidebar', routeToTicket }: ZafHandlerDeps): ZafHostHandlers {
  let macros: Promise<SimMacro[]> | undefined;
  const saved = (): string[] => store.get().ticket.tags;
  const draft = (): Draft => store.get().draft;

  function loadMacros(): Promise<SimMacro[]> {
    const known = store.get().sim.macros;
    macros ??= known
      ? Promise.resolve(known)
      : simApi.zafRequest({ url: '/api/v2/macros/active.json', type: 'GET' }).then((answer) =>
          answer.kind === 'done' ? ((answer.body as { macros?: SimMacro[] }).macros ?? []) : [],
        );
    return macros.catch(() => {
      macros = undefined;
      return [];
    });
  }

  async function applyMacroById(args: unknown[]): Promise<null> {
    const id = Number(args[0]);
    const macro = (await loadMacros()).find((candidate) => candidate.id === id && candidate.active);
    if (!macro) throw invalidArgument('macro', `Macro ${String(args[0])} is not available`);
    changeDraft(applyMacro(saved(), draft(), macro));
    return null;
  }

  return {
    location,
    registration() {
      const { sim, ticket } = store.get();
      // A nav_bar page has no ticket in its context (ZAF nav_bar docs).
      const where = location === 'nav_bar' ? { location } : { location, ticketId: ticket.id };
      return {
        metadata: { ...sim.installation },
        context: { instanceGuid: appGuid, product: 'support', ...where, account: sim.account },
      };
    },
    get(path) {
      const { ticket, draft: current, sim, colorScheme } = store.get();
      return zafValue({ ticket, draft: current, currentUser: sim.currentUser, colorScheme }, path);
    },
    set(path, value) {
      if (path === 'ticket.tags') {
        if (!Array.isArray(value)) throw invalidArgument(path, 'Expected an array of tags');
        return changeDraft(withTags(saved(), draft(), tagList(value)));
      }
      if (path === 'ticket.status') {
        if (typeof value !== 'string' || !STATUSES.includes(value)) throw invalidArgument(path, `Unknown status ${String(value)}`);
        return changeDraft({ ...draft(), status: value });
      }
      if (path === 'comment.text') return changeDraft({ ...draft(), commentText: String(value ?? '') });
      if (value !== 'publicReply' && value !== 'internalNote') throw invalidArgument(path, `Unknown comment type ${String(value)}`);
      changeDraft({ ...draft(), commentPublic: value === 'publicReply' });
    },
    invoke(name, args) {
      switch (name) {
        case 'resize': {
          const size = (args[0] ?? {}) as { width?: unknown; height?: unknown };
          store.update((s) => ({ ...s, frame: { width: cssSize(size.width) ?? s.frame.width, height: cssSize(size.height) ?? s.frame.height } }));
          return null;
        }
        case 'macro':
          return applyMacroById(args);
        case 'ticket.tags.add':
          return changeDraft(addTags(saved(), draft(), tagList(args[0]))) ?? null;
        case 'ticket.tags.remove':
          return changeDraft(removeTags(saved(), draft(), tagList(args[0]))) ?? null;
        case 'comment.appendText': {
          const text = stringArg(args, 0, name);
          return changeDraft({ ...draft(), commentText: draft().commentText + text }) ?? null;
        }
        case 'routeTo': {
          const [page, id] = args;
          if (page !== 'ticket' || !Number.isInteger(Number(id)) || Number(id) <= 0) throw invalidArgument(name, 'Expected routeTo("ticket", <id>)');
          routeToTicket?.(Number(id));
          return null;
        }
        case 'notify': {
          const text = stringArg(args, 0, name);
          const kind = typeof args[1] === 'string' ? args[1] : 'notice';
          store.update((s) => ({ ...s, notices: [...s.notices, { id: Date.now() + Math.random(), text, kind }] }));
          return null;
        }
        default:
          return null; // `track`: telemetry, nothing to do.
      }
    },
    request: (options) => simApi.zafRequest(options),
    takeRpcFault: (match) => faults.take(match),
    latencyMs: () => store.get().latencyMs,
    countRpc: () => void simApi.countRpc().catch(() => undefined),
  };
}
