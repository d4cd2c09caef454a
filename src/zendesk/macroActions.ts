/** One action of a macro as the REST API lists it (`GET /api/v2/macros/search.json`). */
export interface MacroAction {
  /** `current_tags`, `remove_tags`, `status`, `comment_value`, `custom_fields_<id>`… */
  field: string;
  /** A string for most fields; a list for some (`comment_value` can be `[channel, text]`). */
  value: unknown;
}
