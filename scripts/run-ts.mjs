#!/usr/bin/env node
// Runs a TypeScript entry file in Node 20 (which cannot strip types itself): bundles it with esbuild
// into .tmp/ (dependencies stay external) and imports the result, passing the remaining arguments on.
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
const outDir = resolve('.tmp/run-ts');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, `${basename(entry, '.ts')}-${process.pid}.mjs`);
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(outfile).href);
