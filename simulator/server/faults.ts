/** A fault as `POST /__sim/faults` takes it (CONTRACT.md "Control endpoints"). */
export interface FaultSpec {
  /** `slack:<method>`, `zendesk:<METHOD> <path prefix>`, `zaf:get`, `zaf:set:<path>`, `zaf:invoke:<name>`. */
  match: string;
  /** Answer with this HTTP status instead of carrying the call out. */
  status?: number;
  /** Answer HTTP 200 `{ ok: false, error }` instead of carrying the Slack call out. */
  slackError?: string;
  /** Scope named in a `missing_scope` answer. */
  needed?: string;
  /** Seconds for the `Retry-After` header. */
  retryAfter?: number;
  /** Extra delay before the answer. */
  latencyMs?: number;
  /** Carry the call out but never answer. */
  drop?: boolean;
  /** Neither carry it out nor answer. */
  hang?: boolean;
  /** No HTTP status at all, nothing carried out. */
  network?: boolean;
  /** How many calls it hits; 0 = until reset. Defaults to 1. */
  times?: number;
  /**
   * How many matching calls go through untouched before it starts hitting (default 0): "the share's second ticket
   * save" can be armed before the click, instead of racing the app to arm it between the two saves.
   */
  skip?: number;
}

/** A stored fault with its remaining count. */
export interface ActiveFault extends FaultSpec {
  /** Server-assigned id. */
  id: number;
  /** Calls left; 0 = unlimited. */
  remaining: number;
}

/** Fault rules checked in the order they were added; each hit uses up one of `times`. */
export class FaultBook {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly onChange: (faults: ActiveFault[]) => void = () => undefined) {}

  /** Adds a rule; returns it as stored. */
  add(spec: FaultSpec): ActiveFault {
    const times = spec.times ?? 1;
    const fault: ActiveFault = { ...spec, times, id: this.nextId++, remaining: times };
    this.faults.push(fault);
    this.onChange(this.list());
    return fault;
  }

  /** Every rule still active. */
  list(): ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** Removes every rule. */
  clear(): void {
    this.faults = [];
    this.onChange([]);
  }

  /** The first rule matching `key` (`slack:chat.postMessage`, `zendesk:PUT /api/v2/…`), used up by one. */
  take(key: string): ActiveFault | undefined {
    const fault = this.faults.find((candidate) => matches(candidate.match, key));
    if (!fault) return undefined;
    if (fault.skip) {
      fault.skip -= 1;
      this.onChange(this.list());
      return undefined;
    }
    if (fault.remaining > 0) {
      fault.remaining -= 1;
      if (fault.remaining === 0) this.faults = this.faults.filter((kept) => kept !== fault);
      this.onChange(this.list());
    }
    return { ...fault };
  }
}

/** Slack methods match exactly; Zendesk rules match a method plus a path prefix. */
function matches(pattern: string, key: string): boolean {
  if (pattern.startsWith('zendesk:')) return key.startsWith('zendesk:') && key.startsWith(pattern);
  return pattern === key;
}

/** Reads a fault spec from a request body; returns an error sentence when it is not one. */
export function parseFaultSpec(value: unknown): FaultSpec | string {
  if (typeof value !== 'object' || value === null) return 'Send a JSON object with at least "match".';
  const spec = value as Record<string, unknown>;
  if (typeof spec.match !== 'string' || !/^(slack|zendesk|zaf):/.test(spec.match)) {
    return '"match" must start with slack:, zendesk: or zaf:';
  }
  if (spec.times !== undefined && (typeof spec.times !== 'number' || spec.times < 0)) return '"times" must be 0 or more';
  if (spec.skip !== undefined && (typeof spec.skip !== 'number' || spec.skip < 0)) return '"skip" must be 0 or more';
  return spec as unknown as FaultSpec;
}
