/**
 * The words of the Slack post. They are in the channel's language, not the advocate's, so the builders take a
 * `SlackCopy` the entry can bind to any translation; `defaultSlackCopy` is English.
 */
import english from '../../translations/en.json';

/** Values filled into `{{name}}` placeholders. Callers escape them first: templates are trusted, values are not. */
export type SlackCopyParams = Record<string, string | number>;

/** `copy(key, params)`: the sentence for a full key such as `slack.share.author`; an unknown key comes back as is. */
export type SlackCopy = (key: string, params?: SlackCopyParams) => string;

interface StringTree {
  [key: string]: string | StringTree;
}

/** Copy over a nested string tree (`{slack: {share: {header: '…'}}}`). */
export function slackCopyFrom(tree: StringTree): SlackCopy {
  return (key, params) => {
    const template = lookup(tree, key);
    if (template === undefined) return key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
      const value = params?.[name];
      return value === undefined ? whole : String(value);
    });
  };
}

function lookup(tree: StringTree, key: string): string | undefined {
  let node: string | StringTree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** English copy of the Slack post and of the Slack error sentences. */
export const defaultSlackCopy: SlackCopy = slackCopyFrom(english);

/** The sentence for `key`, or `fallback` when the copy does not know the key. */
export function copyOr(copy: SlackCopy, key: string, fallback: string, params?: SlackCopyParams): string {
  const text = copy(key, params);
  return text === key ? fallback : text;
}
