/**
 * RPC faults (`zaf:*`) happen in the page, so the page counts them down. The server pushes its whole fault list
 * on every change; a fault already used up here stays used up when the same list comes again.
 */
import type { RpcFault } from '../zafHost';
import type { SimFault } from './simTypes';

/** The page's view of the armed RPC faults. */
export interface RpcFaults {
  /** Replaces the list (a `faults` event); an empty list forgets all counts. */
  replace(faults: SimFault[]): void;
  /** The first armed fault for `match`, counted as used. */
  take(match: string): RpcFault | undefined;
}

export function createRpcFaults(): RpcFaults {
  let faults: SimFault[] = [];
  const used = new Map<string, number>();
  const keyOf = (fault: SimFault, index: number): string => (fault.id !== undefined ? `id:${fault.id}` : `${index}:${fault.match}`);
  return {
    replace(next) {
      faults = next.filter((fault) => fault.match.startsWith('zaf:'));
      if (faults.length === 0) used.clear();
    },
    take(match) {
      for (const [index, fault] of faults.entries()) {
        if (fault.match !== match) continue;
        const key = keyOf(fault, index);
        const count = used.get(key) ?? 0;
        const times = fault.times ?? 1;
        if (times !== 0 && count >= times) continue;
        used.set(key, count + 1);
        return { drop: fault.drop, hang: fault.hang, latencyMs: fault.latencyMs };
      }
      return undefined;
    },
  };
}
