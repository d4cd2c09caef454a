import type { PostedShare } from '../slack/statusMessage';
import type { Category } from '../triage/types';
import { shareInputFor, type ShareInputArgs } from '../workflow/shareInput';

export interface PostedShareArgs extends Omit<ShareInputArgs, 'note'> {
  /** The post's `ts`. */
  ts: string;
  /** What the post's metadata says the advocate chose, when the channel history could be read. */
  original: { category?: Category; note?: string } | null;
}

/** The share as it was posted, for updates that keep its content: the advocate's category and note win. */
export function postedShareFrom(args: PostedShareArgs): PostedShare {
  const input = shareInputFor({ ...args, category: args.original?.category ?? args.category, note: args.original?.note });
  return { ...input, ts: args.ts };
}
