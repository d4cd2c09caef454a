/** Who shared a ticket's tweet and when, read from the internal note the share left on the ticket. */
export interface ShareRecord {
  /** The advocate who shared it (the note's author). */
  sharedBy: string;
  /** Epoch ms of the note. */
  sharedAt: number;
  permalink: string;
}

interface NoteLike {
  authorName: string;
  public: boolean;
  createdAt: string;
  body: string;
}

const PERMALINK = /https:\/\/[a-z0-9-]+(?:\.enterprise)?\.slack\.com\/archives\/([A-Z0-9]+)\/p(\d{10})(\d{6})/;

/**
 * The latest internal note that links the Slack message with this `ts`. The note's wording is translated, so
 * only the permalink is read.
 */
export function findShareRecord(comments: readonly NoteLike[], channel: string, ts: string): ShareRecord | null {
  for (let index = comments.length - 1; index >= 0; index -= 1) {
    const comment = comments[index];
    if (!comment || comment.public) continue;
    const match = PERMALINK.exec(comment.body);
    if (match && match[1] === channel && `${match[2]}.${match[3]}` === ts) {
      return { sharedBy: comment.authorName, sharedAt: Date.parse(comment.createdAt), permalink: match[0] };
    }
  }
  return null;
}

/** The permalink Slack gives a message, for when no note carries it. */
export function slackPermalink(workspaceUrl: string, channel: string, ts: string): string {
  return `${workspaceUrl.replace(/\/$/, '')}/archives/${channel}/p${ts.replace('.', '')}`;
}
