/** The simulated Agent Workspace around one ticket: draft, submit, server events and the app's iframe. */
import { bridgeAppFrame, type AppBridge } from './appBridge';
import { draftTags, EMPTY_DRAFT, submitBody, type Draft } from './draft';
import { createRpcFaults } from './rpcFaults';
import { followSimEvents, simApi } from './simApi';
import type { SimEvent, SimState, SimTicket } from './simTypes';
import { createHostStore, type ColorScheme, type HostStore } from './store';
import { createZafHandlers } from './zafHandlers';
import type { AppLocation } from '../zafAllowList';

/** The page each location loads (manifest.json). */
const LOCATION_PAGES: Record<AppLocation, string> = { ticket_sidebar: 'assets/index.html', nav_bar: 'assets/dashboard.html' };

/** What the page components call. */
export interface HostController {
  /** Everything on screen. */
  store: HostStore;
  /** The app's origin (another site than the host). */
  appOrigin: string;
  /** Connects an app iframe (the ticket sidebar, or the nav bar page) and loads the app in it; returns the disconnect function. */
  attachFrame(frame: HTMLIFrameElement, location?: AppLocation): () => void;
  /** Runs the `ticket.save` hook, saves the draft and tells the app how it went. */
  submit(): Promise<void>;
  /** Light ↔ dark, without reloading anything. */
  toggleColorScheme(): void;
  /** The agent switches to another tab (`false`) or back (`true`). */
  setAppActive(active: boolean): void;
  /** Removes a toast. */
  dismissNotice(id: number): void;
  /** Follows server events; returns the function that stops. */
  followServer(): () => void;
}

/** Options of `createHostController`. */
export interface HostControllerOptions {
  /** The first `/__sim/state`. */
  sim: SimState;
  /** Initial theme. */
  colorScheme: ColorScheme;
  /** `?locale=`: overrides `currentUser.locale`. */
  locale?: string;
  /** The app iframe's origin. */
  appOrigin: string;
}

const uuid = (): string => crypto.randomUUID();

export function createHostController({ sim, colorScheme, locale, appOrigin }: HostControllerOptions): HostController {
  const withLocale = (state: SimState): SimState =>
    locale ? { ...state, currentUser: { ...state.currentUser, locale } } : state;
  const store = createHostStore({
    sim: withLocale(sim),
    ticket: sim.ticket,
    draft: EMPTY_DRAFT,
    colorScheme,
    latencyMs: sim.latencyMs ?? 0,
    frame: {},
    notices: [],
    submitting: false,
    appActive: true,
    slackVersion: 0,
    faults: sim.faults ?? [],
  });
  const faults = createRpcFaults();
  faults.replace(sim.faults ?? []);
  let bridge: AppBridge | undefined;
  let ownSaveStamp: string | undefined;

  const emit = (event: string, payload?: unknown): void => {
    bridge?.host.emit(event, payload);
  };
  const changed = (propertyName: string, newValue: unknown): void => emit(`${propertyName}.changed`, { propertyName, newValue });

  function tellTicketChanges(before: { tags: string[]; status: string; comments: number }, after: SimTicket, draft: Draft): void {
    const tags = draftTags(after.tags, draft);
    if (after.comments.length !== before.comments) changed('ticket.comments', after.comments.length);
    if (tags.join(' ') !== before.tags.join(' ')) changed('ticket.tags', tags);
    const status = draft.status ?? after.status;
    if (status !== before.status) changed('ticket.status', status);
  }

  function changeDraft(next: Draft): void {
    const { ticket, draft } = store.get();
    const before = { tags: draftTags(ticket.tags, draft), status: draft.status ?? ticket.status, comments: ticket.comments.length };
    store.update((s) => ({ ...s, draft: next }));
    tellTicketChanges(before, ticket, next);
    if (next.commentText !== draft.commentText) changed('comment.text', next.commentText);
    if (next.commentPublic !== draft.commentPublic) changed('comment.type', next.commentPublic ? 'publicReply' : 'internalNote');
  }

  async function refreshTicket(): Promise<void> {
    const { ticket, draft } = store.get();
    const before = { tags: draftTags(ticket.tags, draft), status: draft.status ?? ticket.status, comments: ticket.comments.length };
    const next = withLocale(await simApi.state(ticket.id));
    store.update((s) => ({ ...s, sim: next, ticket: next.ticket }));
    if (next.ticket.updatedAt === ownSaveStamp || next.ticket.updatedAt === ticket.updatedAt) return;
    tellTicketChanges(before, next.ticket, store.get().draft);
    emit('ticket.updated');
  }

  function onServerEvent(event: SimEvent): void {
    if (event.type === 'ticket' && event.id === store.get().ticket.id) void refreshTicket();
    if (event.type === 'slack') store.update((s) => ({ ...s, slackVersion: s.slackVersion + 1 }));
    if (event.type === 'latency') store.update((s) => ({ ...s, latencyMs: event.ms }));
    if (event.type === 'faults') {
      faults.replace(event.faults);
      store.update((s) => ({ ...s, faults: event.faults }));
    }
  }

  async function submit(): Promise<void> {
    const { submitting, ticket } = store.get();
    if (submitting) return;
    store.update((s) => ({ ...s, submitting: true, submitMessage: undefined }));
    const verdict = (await bridge?.host.runHook('ticket.save')) ?? { ok: true };
    if (!verdict.ok) {
      store.update((s) => ({ ...s, submitting: false, submitMessage: `The app stopped the save: ${verdict.message}` }));
      return;
    }
    emit('ticket.submit.start');
    try {
      const saved = (await simApi.submit(ticket.id, submitBody(store.get().draft))) as { updated_at?: string };
      ownSaveStamp = saved.updated_at;
      const next = withLocale(await simApi.state(ticket.id));
      store.update((s) => ({ ...s, sim: next, ticket: next.ticket, draft: EMPTY_DRAFT, submitting: false, submitMessage: `Ticket #${ticket.id} saved` }));
      emit('ticket.submit.done');
      emit('ticket.submit.always');
      emit('ticket.updated');
    } catch (error) {
      store.update((s) => ({ ...s, submitting: false, submitMessage: `Save failed: ${error instanceof Error ? error.message : String(error)}` }));
      emit('ticket.submit.fail');
      emit('ticket.submit.always');
    }
  }

  return {
    store,
    appOrigin,
    attachFrame(frame, location = 'ticket_sidebar') {
      const appGuid = uuid();
      bridge?.dispose();
      const routeToTicket = (id: number): void => {
        const params = new URLSearchParams(window.location.search);
        params.delete('view');
        params.set('ticket', String(id));
        window.location.search = params.toString();
      };
      const current = createZafHandlers({ store, faults, appGuid, changeDraft, location, routeToTicket });
      bridge = bridgeAppFrame(frame, appOrigin, current);
      const own = bridge;
      window.__zafSubscriptions = () => own.host.subscriptions();
      const origin = encodeURIComponent(window.location.origin);
      frame.src = `${appOrigin}/${LOCATION_PAGES[location]}?origin=${origin}&app_guid=${appGuid}&colorScheme=${store.get().colorScheme}`;
      return () => {
        own.dispose();
        if (bridge === own) bridge = undefined;
      };
    },
    submit,
    toggleColorScheme() {
      const next: ColorScheme = store.get().colorScheme === 'dark' ? 'light' : 'dark';
      store.update((s) => ({ ...s, colorScheme: next }));
      emit('colorScheme.changed', next);
    },
    setAppActive(active) {
      if (store.get().appActive === active) return;
      store.update((s) => ({ ...s, appActive: active }));
      emit(active ? 'app.activated' : 'app.deactivated');
    },
    dismissNotice(id) {
      store.update((s) => ({ ...s, notices: s.notices.filter((notice) => notice.id !== id) }));
    },
    followServer() {
      const stop = followSimEvents(onServerEvent);
      const onVisibility = (): void => {
        const visible = document.visibilityState === 'visible';
        if (store.get().appActive !== visible) {
          store.update((s) => ({ ...s, appActive: visible }));
          emit(visible ? 'app.activated' : 'app.deactivated');
        }
      };
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        stop();
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}
