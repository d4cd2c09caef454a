import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ruleFeatureHashes } from './src/triage/features';
import { pairPieces, type StoredPair } from './src/triage/model';

const root = import.meta.dirname;
const dist = resolve(root, 'dist');

/**
 * Writes the rest of the Zendesk app folder around the bundle: manifest, the marketplace part of each
 * translation file (Zendesk reads only `app.*` from them; the panel strings ship inside the JS chunks)
 * and the logos.
 */
function zendeskAppFolder(): Plugin {
  return {
    name: 'zendesk-app-folder',
    apply: 'build',
    writeBundle() {
      mkdirSync(join(dist, 'translations'), { recursive: true });
      copyFileSync(join(root, 'manifest.json'), join(dist, 'manifest.json'));
      for (const file of readdirSync(join(root, 'translations'))) {
        if (!file.endsWith('.json')) continue;
        const { app } = JSON.parse(readFileSync(join(root, 'translations', file), 'utf8')) as { app: unknown };
        writeFileSync(join(dist, 'translations', file), `${JSON.stringify({ app }, null, 2)}\n`);
      }
      // Only the PNG logos and the nav bar's icon ship: Zendesk re-formats other SVGs in a package and warns when
      // they differ; `icon_nav_bar.svg` is how a nav_bar app shows in the agent's left bar.
      for (const file of readdirSync(join(root, 'assets'))) {
        if (file.endsWith('.png') || file === 'icon_nav_bar.svg') copyFileSync(join(root, 'assets', file), join(dist, 'assets', file));
      }
    },
  };
}

/**
 * A dependency of Garden ships an error message with a plain-http link; Zendesk's validator warns on plain-http
 * URLs in a package, and the same page answers on https.
 */
function httpsOnlyLinks(): Plugin {
  return {
    name: 'https-only-links',
    apply: 'build',
    renderChunk: (code) => (code.includes('http://fb.me/') ? { code: code.replaceAll('http://fb.me/', 'https://fb.me/'), map: null } : null),
  };
}

type Tree = Record<string, unknown>;

/**
 * The `panel` strings the card, its skeletons and the Share button show (and the share's internal note, written
 * at the click; the share may start before the suggestion shows); the share's steps and failures, the shared status, the expert section and the error views come
 * with the rest, once the card shows (1.7 kB gzip of English off the first load).
 */
const FIRST_PAINT_PANEL = [
  'loading',
  'common',
  'tweet',
  // The post's strings but the pasted link's errors and the other-author warning: they show only once the advocate
  // types, and wait for the rest of the strings then.
  'post.title',
  'post.title_private',
  'post.loading_title',
  'post.private',
  'post.source_off',
  'post.url.label',
  'post.url.no_url',
  'post.url.only_short_link',
  'suggestion.title', 'share.title', 'share.button', 'share.resume_button', 'share.pending_elsewhere', 'share.blocked', 'share.internal_note'];

/**
 * What the suggestion shows besides the first paint's strings: its labels, the reasons and their evidence, the
 * checklist and the tone rules (2.4 kB gzip in English). The rest (the share's steps and failures, the shared status,
 * errors, setup, experts: 4.8 kB) waits until the suggestion is on screen.
 */
const SUGGESTION = ['triage', 'guidelines', 'panel.suggestion', 'panel.checklist'];

/** Splits a tree into the dotted `paths` and everything else. */
function splitTree(tree: Tree, paths: readonly string[]): { picked: Tree; rest: Tree } {
  const picked: Tree = {};
  const rest: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    const inner = paths.filter((path) => path.startsWith(`${key}.`)).map((path) => path.slice(key.length + 1));
    if (paths.includes(key)) picked[key] = value;
    else if (inner.length > 0 && typeof value === 'object' && value !== null) {
      const split = splitTree(value as Tree, inner);
      picked[key] = split.picked;
      if (Object.keys(split.rest).length > 0) rest[key] = split.rest;
    } else rest[key] = value;
  }
  return { picked, rest };
}

/**
 * A locale file split for the panel: `?panel` is what the first paint shows (FIRST_PAINT_PANEL and the platform
 * names), `?suggestion` what the suggestion adds (SUGGESTION), `?details` the rest it may show later (error
 * sentences, the share's steps, the shared status, setup, experts). The `app` part is Zendesk's listing text
 * and the `slack` part the post's copy, which the Slack module imports itself; neither is downloaded by the panel.
 * `?dashboard` is the nav bar page's: its own part, the withdraw sentences it shares with the panel, the
 * category names and the expert areas' names; the sidebar never downloads it.
 */
export function panelTranslations(): Plugin {
  const parts: Record<string, (tree: Record<string, unknown>) => Record<string, unknown>> = {
    // The platform's name is on the card, so it comes with the first paint.
    '?panel': (tree) => ({ panel: splitTree((tree.panel ?? {}) as Tree, FIRST_PAINT_PANEL).picked, platform: tree.platform }),
    '?suggestion': ({ app: _app, slack: _slack, panel, platform: _platform, dashboard: _dashboard, ...rest }) =>
      splitTree({ ...rest, panel: splitTree((panel ?? {}) as Tree, FIRST_PAINT_PANEL).rest }, SUGGESTION).picked,
    '?details': ({ app: _app, slack: _slack, panel, platform: _platform, dashboard: _dashboard, ...rest }) =>
      splitTree({ ...rest, panel: splitTree((panel ?? {}) as Tree, FIRST_PAINT_PANEL).rest }, SUGGESTION).rest,
    '?dashboard': (tree) => {
      const panel = (tree.panel ?? {}) as Record<string, unknown>;
      const triage = (tree.triage ?? {}) as Record<string, unknown>;
      const expert = (tree.expert ?? {}) as Record<string, unknown>;
      return { dashboard: tree.dashboard, panel: { status: panel.status, withdraw: panel.withdraw }, triage: { category: triage.category }, expert: { area: expert.area } };
    },
  };
  return {
    name: 'panel-translations',
    enforce: 'pre',
    load(id) {
      // The Slack copy imports en.json whole (src/slack/copy.ts), and the sidebar's first load carries that import.
      // Zendesk's listing text (`app`) and the dashboard's part are never Slack copy, so the build leaves them out
      // (the dashboard's part alone would add 1.4 kB gzip to the sidebar's first load).
      if (/[\\/]translations[\\/]en\.json$/.test(id)) {
        const { app: _app, dashboard: _dashboard, ...rest } = JSON.parse(readFileSync(id, 'utf8')) as Record<string, unknown>;
        return JSON.stringify(rest);
      }
      const query = Object.keys(parts).find((part) => id.endsWith(`.json${part}`));
      if (!query) return null;
      const tree = JSON.parse(readFileSync(id.slice(0, -query.length), 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(parts[query]?.(tree) ?? {})};`;
    },
  };
}

const TRIAGE_MODEL = 'virtual:triage-model';
const TRIAGE_MODEL_PIECE = 'virtual:triage-model-piece-';

/**
 * `virtual:triage-model` is `model.json` as the sidebar fetches it (`src/triage/modelInPieces.ts`): its policy and
 * frequent keys come with the triage chunk; the rare keys (most of them, few of any tweet's features) come in
 * MODEL_PIECES modules by hash range, fetched for a ticket's own features. The weights are the stored letters,
 * untouched, so every tweet is scored as the whole model scores it (`modelInPieces.test.ts`). In a build the pieces
 * are files `modelPiece<n>-<hash of model.json>.js` beside the triage chunk, reached by one template: a loader per
 * piece, each with its own content hash, cost about 8 B gzip a piece in the triage chunk.
 */
export function triageModelPieces(): Plugin {
  const path = resolve(root, 'src', 'triage', 'model.json');
  // Split once per version of model.json: a build loads the pieces one by one.
  let cached: { text: string; split: ReturnType<typeof pairPieces> & { policy: unknown } } | undefined;
  const split = () => {
    const text = readFileSync(path, 'utf8');
    if (cached?.text !== text) {
      const { policy, models } = JSON.parse(text) as { policy: unknown; models: StoredPair<string, string> };
      cached = { text, split: { policy, ...pairPieces(models, new Set(ruleFeatureHashes())) } };
    }
    return cached.split;
  };
  const modelHash = () => createHash('sha256').update(cached?.text ?? '').digest('hex').slice(0, 8);
  let building = false;
  let piecesWanted = false;
  return {
    name: 'triage-model-pieces',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === TRIAGE_MODEL || id.startsWith(TRIAGE_MODEL_PIECE) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${TRIAGE_MODEL}`) {
        this.addWatchFile(path);
        const { policy, frequent, rare } = split();
        piecesWanted = true;
        const loader = building ? `import(/* @vite-ignore */ \`./modelPiece\${piece}-${modelHash()}.js\`)` : `import(/* @vite-ignore */ \`${TRIAGE_MODEL_PIECE}\${piece}\`)`;
        return `export const policy = ${JSON.stringify(policy)};\nexport const frequent = ${JSON.stringify(frequent)};\nexport const rare = ${JSON.stringify(rare)};\nexport const loadPiece = (piece) => ${loader};`;
      }
      if (!id.startsWith(`\0${TRIAGE_MODEL_PIECE}`)) return null;
      this.addWatchFile(path);
      return `export default ${JSON.stringify(split().pieces[Number(id.slice(TRIAGE_MODEL_PIECE.length + 1))])};`;
    },
    generateBundle() {
      // Only the build that bundled the triage (the sidebar's, not the dashboard's) ships its pieces.
      if (!piecesWanted) return;
      const hash = modelHash();
      split().pieces.forEach((piece, index) => this.emitFile({ type: 'asset', fileName: `modelPiece${index}-${hash}.js`, source: `export default ${JSON.stringify(piece)};` }));
    },
  };
}

/**
 * styled-components v6 adds vendor prefixes only inside `<StyleSheetManager enableVendorPrefixes>`, which neither this
 * app nor Garden uses, yet stylis's prefix table stays in the bundle (styled-components reaches its `prefixer` through
 * a namespace import, which the bundler cannot prune): 1.2 kB gzip of every first load. The build replaces that table
 * with a function that says why it is gone, should a future change turn prefixes on.
 */
export function withoutVendorPrefixes(): Plugin {
  return {
    name: 'without-vendor-prefixes',
    enforce: 'pre',
    load: (id) =>
      /[\\/]stylis[\\/]src[\\/]Prefixer\.js$/.test(id)
        ? "export function prefix() { throw new Error('Vendor prefixes were left out of this build (vite.config.ts, withoutVendorPrefixes).'); }"
        : null,
  };
}

/**
 * One location's bundle. Each location is its own Rollup build, so they share no chunk: modules both use would
 * otherwise move into common chunks, and the sidebar's first load would grow by the split's overhead and one
 * more request (measured: +1.0 kB gzip, 4 files instead of 3).
 */
function locationBuild(page: string, plugins: Plugin[], emptyOutDir: boolean): InlineConfig {
  return {
    configFile: false,
    root: resolve(root, 'src'),
    base: './',
    logLevel: 'warn',
    plugins: [react(), withoutVendorPrefixes(), panelTranslations(), triageModelPieces(), httpsOnlyLinks(), ...plugins],
    build: {
      outDir: resolve(dist, 'assets'),
      emptyOutDir,
      assetsDir: '.',
      target: 'es2022',
      // Zendesk's supported browsers preload modules natively; where one does not, chunks only load a little later.
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      rollupOptions: {
        input: resolve(root, 'src', page),
        output: {
          // The parts of a locale file (see panelTranslations) get names that say which is which.
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.endsWith('?details')
              ? '[name]-details-[hash].js'
              : chunk.facadeModuleId?.endsWith('?suggestion')
                ? '[name]-suggestion-[hash].js'
                : chunk.facadeModuleId?.endsWith('?panel')
                ? '[name]-panel-[hash].js'
                : chunk.facadeModuleId?.endsWith('?dashboard')
                  ? '[name]-dashboard-[hash].js'
                  : '[name]-[hash].js',
        },
      },
    },
  };
}

/** After the sidebar's bundle: the nav bar page's (`dashboard.html`, docs/design/round-2.md), in the same folder. */
function dashboardBundle(): Plugin {
  return {
    name: 'dashboard-bundle',
    apply: 'build',
    async closeBundle() {
      await build(locationBuild('dashboard.html', [], false));
    },
  };
}

export default defineConfig(locationBuild('index.html', [zendeskAppFolder(), dashboardBundle()], true));
