import type { MacroAction } from '../zendesk/macroActions';

/**
 * What a macro does to a ticket, read from its actions, so the app can save it on the ticket in the same
 * `safe_update` that records the post (it survives a reload and is never applied twice) and undo it on Withdraw.
 */
export interface MacroEffects {
  /** `current_tags`: tags the macro adds. */
  addTags: string[];
  /** `remove_tags`. */
  removeTags: string[];
  /** Plain ticket fields the macro sets (`status`, `priority`, `type`, `group_id`, `assignee_id`). */
  fields: Record<string, string>;
  /** `custom_fields_<id>` actions. */
  customFields: { id: number; value: string }[];
  /** An internal note the macro adds (`comment_value` with `comment_mode_is_public` false). */
  note?: string;
}

/** Why a macro cannot be saved by the app: it sends a public reply, or does something the app cannot repeat. */
export type MacroRefusal = { refused: 'public_reply' } | { refused: 'unsupported'; field: string };

const PLAIN_FIELDS = new Set(['status', 'priority', 'type', 'group_id', 'assignee_id']);
const CUSTOM_FIELD = /^custom_fields_(\d+)$/;

/**
 * Reads a macro's actions. A public reply is refused: the app never answers the tweet for the advocate (in the
 * editor a reply is read before Submit; saved by the app it would go out unseen). `set_tags` is refused too: it
 * would replace the tags that carry the share's state.
 */
export function macroEffects(actions: readonly MacroAction[]): MacroEffects | MacroRefusal {
  const effects: MacroEffects = { addTags: [], removeTags: [], fields: {}, customFields: [] };
  let comment: string | undefined;
  let isPublic = true;
  for (const { field, value } of actions) {
    const text = actionText(value);
    const custom = CUSTOM_FIELD.exec(field);
    if (field === 'current_tags') effects.addTags.push(...tagsIn(text));
    else if (field === 'remove_tags') effects.removeTags.push(...tagsIn(text));
    else if (PLAIN_FIELDS.has(field)) effects.fields[field] = text;
    else if (custom) effects.customFields.push({ id: Number(custom[1]), value: text });
    else if (field === 'comment_value' || field === 'comment_value_html') comment = text;
    else if (field === 'comment_mode_is_public') isPublic = text !== 'false';
    else return { refused: 'unsupported', field };
  }
  if (comment !== undefined && comment.trim() !== '') {
    if (isPublic) return { refused: 'public_reply' };
    effects.note = comment;
  }
  return effects;
}

/** `comment_value` may be `["channel:all", "text"]`; everything else is a string. */
function actionText(value: unknown): string {
  if (Array.isArray(value)) return String(value[value.length - 1] ?? '');
  return value === null || value === undefined ? '' : String(value);
}

/** Zendesk splits tag actions on spaces and stores tags in lower case. */
function tagsIn(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}
