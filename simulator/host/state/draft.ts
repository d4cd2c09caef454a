/**
 * The unsaved ticket in the editor: what macros, `set` and `invoke` changed since the last save. ZAF reads see the
 * draft; only Submit makes it stick (CONTRACT.md), as in the Agent Workspace.
 */
import type { SubmitBody } from './simApi';
import type { SimMacro } from './simTypes';

/** Changes waiting for Submit. */
export interface Draft {
  /** Tags added on top of the saved ones. */
  tagsAdded: string[];
  /** Saved tags taken away. */
  tagsRemoved: string[];
  /** New status, if changed. */
  status?: string;
  /** Comment text in the editor ('' when empty). */
  commentText: string;
  /** Public reply (true) or internal note (false). */
  commentPublic: boolean;
  /** Macros applied, in order. */
  macros: { id: number; title: string }[];
}

export const EMPTY_DRAFT: Draft = { tagsAdded: [], tagsRemoved: [], commentText: '', commentPublic: true, macros: [] };

const unique = (tags: string[]): string[] => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

/** Zendesk tag values come as a space-separated string or a list. */
export function tagList(value: unknown): string[] {
  if (Array.isArray(value)) return unique(value.flatMap((item) => String(item).split(/\s+/)));
  return typeof value === 'string' ? unique(value.split(/\s+/)) : [];
}

/** The tags the agent sees now. */
export function draftTags(savedTags: string[], draft: Draft): string[] {
  return unique([...savedTags.filter((tag) => !draft.tagsRemoved.includes(tag)), ...draft.tagsAdded]);
}

/** The draft whose visible tags are exactly `tags`. */
export function withTags(savedTags: string[], draft: Draft, tags: string[]): Draft {
  const wanted = unique(tags);
  return {
    ...draft,
    tagsAdded: wanted.filter((tag) => !savedTags.includes(tag)),
    tagsRemoved: savedTags.filter((tag) => !wanted.includes(tag)),
  };
}

export function addTags(savedTags: string[], draft: Draft, tags: string[]): Draft {
  return withTags(savedTags, draft, [...draftTags(savedTags, draft), ...tags]);
}

export function removeTags(savedTags: string[], draft: Draft, tags: string[]): Draft {
  const gone = unique(tags);
  return withTags(savedTags, draft, draftTags(savedTags, draft).filter((tag) => !gone.includes(tag)));
}

function commentOf(value: MacroActionValue): string {
  // Zendesk lists a macro comment either as the text or as `[channel, text]`.
  return Array.isArray(value) ? String(value[value.length - 1] ?? '') : String(value);
}

type MacroActionValue = SimMacro['actions'][number]['value'];

/** Applies a macro's actions as the Agent Workspace does: tags, status and comment land in the editor. */
export function applyMacro(savedTags: string[], draft: Draft, macro: SimMacro): Draft {
  let next: Draft = { ...draft, macros: [...draft.macros, { id: macro.id, title: macro.title }] };
  for (const { field, value } of macro.actions) {
    if (field === 'current_tags') next = addTags(savedTags, next, tagList(value));
    else if (field === 'set_tags') next = withTags(savedTags, next, tagList(value));
    else if (field === 'remove_tags') next = removeTags(savedTags, next, tagList(value));
    else if (field === 'status') next = { ...next, status: String(value) };
    else if (field === 'comment_value' || field === 'comment_value_html') {
      const text = commentOf(value);
      next = { ...next, commentText: next.commentText ? `${next.commentText}\n${text}` : text };
    } else if (field === 'comment_mode_is_public') next = { ...next, commentPublic: String(value) === 'true' };
  }
  return next;
}

/** Whether there is anything to submit. */
export function isDirty(draft: Draft): boolean {
  return (
    draft.tagsAdded.length > 0 ||
    draft.tagsRemoved.length > 0 ||
    draft.status !== undefined ||
    draft.commentText.trim() !== '' ||
    draft.macros.length > 0
  );
}

/** One line per unsaved change, for `#draft-changes`. */
export function describeDraft(draft: Draft): string[] {
  return [
    ...draft.macros.map((macro) => `Macro applied: ${macro.title}`),
    ...draft.tagsAdded.map((tag) => `+ tag ${tag}`),
    ...draft.tagsRemoved.map((tag) => `− tag ${tag}`),
    ...(draft.status ? [`Status → ${draft.status}`] : []),
    ...(draft.commentText.trim() ? [`${draft.commentPublic ? 'Public reply' : 'Internal note'}: ${draft.commentText}`] : []),
  ];
}

/** The body of `POST /__sim/tickets/:id/submit`. */
export function submitBody(draft: Draft): SubmitBody {
  return {
    tagsAdded: draft.tagsAdded,
    tagsRemoved: draft.tagsRemoved,
    macros: draft.macros.map((macro) => macro.id),
    ...(draft.status ? { status: draft.status } : {}),
    ...(draft.commentText.trim() ? { comment: { body: draft.commentText, public: draft.commentPublic } } : {}),
  };
}
