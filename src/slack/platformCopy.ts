import { etiquetteFor } from '../sources/etiquette';
import type { Platform } from '../sources/post';
import { defaultSlackCopy, type SlackCopy } from './copy';

/** The words every Slack message (the share, the expert request) uses for a post's platform. Plain text: escape before use. */
export interface PlatformCopy {
  /** The platform's name: `Hacker News`. */
  name: string;
  /** The share post's header: `A Hacker News post worth a reply`. */
  header: string;
  /** The call to action: `Answer on Hacker News from your own account`. */
  answerOn: string;
  /** The label of the link to the post: `Open on Hacker News`. */
  openPost: string;
  /** The platform's etiquette, each rule as a short phrase: `say that you work at the company`. */
  etiquette: string[];
  /** The etiquette as one line: `On Hacker News: say that you work at the company, no marketing language, …`. */
  etiquetteLine: string;
}

/** Per-platform wording of the Slack messages, in the channel's language (`copy`, English by default). */
export function platformCopy(platform: Platform, copy: SlackCopy = defaultSlackCopy): PlatformCopy {
  const name = copy(`platform.${platform}`);
  const etiquette = etiquetteFor(platform).map((rule) => copy(`sources.etiquette.${rule}`));
  return {
    name,
    header: copy(`sources.slack.header.${platform}`),
    answerOn: copy(`sources.slack.answer_on.${platform}`),
    openPost: copy(`sources.slack.open_post.${platform}`),
    etiquette,
    etiquetteLine: copy('sources.slack.etiquette', { platform: name, rules: etiquette.join(', ') }),
  };
}
