import type { MacroFixture } from '../../fixtures/types';

/** The macros the agent can see, as the REST API lists them. */
export class MacroBook {
  constructor(private readonly macros: MacroFixture[]) {}

  /** `GET /api/v2/macros/search.json?query=`: case-insensitive substring of the title, active or not. */
  search(query: string): MacroFixture[] {
    const needle = query.toLowerCase();
    return this.macros.filter((macro) => macro.title.toLowerCase().includes(needle));
  }

  /** `GET /api/v2/macros/active.json`. */
  active(): MacroFixture[] {
    return this.macros.filter((macro) => macro.active);
  }

  /** A macro by id, or undefined. */
  byId(id: number): MacroFixture | undefined {
    return this.macros.find((macro) => macro.id === id);
  }
}
