#!/usr/bin/env node
// Bundles the CLI (lib/cli/main.ts) into dist/cli.mjs, which bin/corecredit.mjs runs.
import { build } from 'esbuild';

await build({
  entryPoints: ['./lib/cli/main.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
