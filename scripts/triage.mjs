// @ts-check
/**
 * `npm run triage`: the batch CLI (`triage.ts`) from its cached bundle, rebuilt first when a source changed, so no
 * TypeScript loader runs before the workers start (tsx took 0.35–0.8 s of every start); through tsx only when the
 * bundle cannot be built or written. Same arguments, output and exit codes as `tsx scripts/triage.ts`.
 */
import { triageBundles } from './triageBundles.mjs';

const bundles = triageBundles();
if (bundles) {
  await import(bundles.cli.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  // A URL, not a literal path: the type-check would read a literal as an import of TypeScript from JavaScript.
  await import(new URL('./triage.ts', import.meta.url).href);
}
