import { policy } from 'virtual:triage-model';
import { compileParts, type DecisionPolicy } from './model';
import { settingsFromAppSettings } from './settings';
import { needsModel, readTicket, suggestFrom } from './suggest';
import { fetchWordPieces, FREQUENT, loadPiece, piecesFor } from './ticketPieces';
import type { Suggestion, TriageInput, TriageSettings } from './types';

export { piecesFor };

const POLICY = policy as DecisionPolicy;

/**
 * The suggestion with the model's weights for this ticket's features only: the frequent keys and the pieces its other
 * features fall in, so it scores, judges and explains exactly as the whole model would. The pieces of the ticket's
 * words are requested before the rules read it (the rules' own features come with the frequent keys, so nothing is
 * left to request after), and they arrive while the rules run; a ticket the rules settle does not wait for them.
 */
export async function suggestLoadingModel(input: TriageInput, settings?: Partial<TriageSettings>): Promise<Suggestion> {
  // The browser sends a module's request only once the task that asked for it ends: the rules read after a yield.
  if (fetchWordPieces(input, settings).length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
  const reading = readTicket(input, settings);
  const parts = needsModel(reading) ? await Promise.all(piecesFor(reading.analysis.features.hashes).map(loadPiece)) : [];
  return suggestFrom(reading, { policy: POLICY, pair: () => compileParts(FREQUENT, parts) });
}

/** The panel's suggestion, with the app's settings as Zendesk gives them (`brand_names`, `staff_handles`, …). */
export function suggestForPanel(input: TriageInput, appSettings: Record<string, unknown>): Promise<Suggestion> {
  return suggestLoadingModel(input, settingsFromAppSettings(appSettings));
}
