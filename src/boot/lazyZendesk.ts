import type { ZendeskPort } from '../workflow/ports';
import type { MacroCache } from '../zendesk/macroCache';
import { readTicketState } from '../zendesk/ticketState';
import type { ZafClient } from '../zendesk/types';

/**
 * The sidebar's Zendesk port (zendeskPort.ts is the dashboard's, loaded at once): the macro reader, its cache and
 * the `safe_update` writer load on their first call (the setup check, a share), so they stay out of the bytes the
 * card needs, like the Slack client (lazySlack.ts). Importing zendeskPort.ts lazily instead makes the bundler split
 * the entry into four more chunks (measured: +0.5 kB gzip before the card).
 */
export function lazyZendeskPort(zaf: ZafClient, storage: Pick<Storage, 'getItem' | 'setItem'>, installationId: number): ZendeskPort {
  let macros: Promise<{ find: (title: string) => ReturnType<ZendeskPort['findMacro']> }> | null = null;
  const loadMacros = () =>
    (macros ??= import('../zendesk/macros').then(({ createMacroCache, findMacroByTitle }) => {
      const cache: MacroCache = createMacroCache(storage, installationId);
      return { find: (title: string) => findMacroByTitle(zaf, title, cache) };
    }));
  return {
    readTicket: (ticketId) => readTicketState(zaf, ticketId),
    // The workflows handle 409 themselves: after a conflict they must look at the marker again, not just retry.
    updateTicket: async (ticketId, change, stamp) => (await import('../zendesk/ticketUpdates')).updateTicketOnce(zaf, ticketId, change, stamp),
    findMacro: async (title) => (await loadMacros()).find(title),
  };
}
