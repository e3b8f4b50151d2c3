/**
 * The CLI's full-text reader worker (lib/cli/jats-reader-worker.ts) bundled for tests, as
 * scripts/build-cli.mjs bundles it for the built CLI: a Node worker cannot load TypeScript.
 * Written under .tmp/ in the checkout, so its packages resolve from node_modules.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function buildReaderWorker(entry = 'lib/cli/jats-reader-worker.ts'): Promise<URL> {
  const dir = resolve('.tmp/test-workers');
  mkdirSync(dir, { recursive: true });
  const outfile = resolve(dir, `${entry.replace(/\W+/g, '-')}-${process.pid}.mjs`);
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return pathToFileURL(outfile);
}
