#!/usr/bin/env node
// Bundles the CLI (lib/cli/main.ts) into dist/cli.mjs, which bin/corecredit.mjs runs, and the thread
// `corecredit audit` reads full texts in (lib/cli/jats-reader-worker.ts) next to it, where
// lib/cli/jats-reader.ts looks for it.
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: './lib/cli/main.ts',
    'jats-reader-worker': './lib/cli/jats-reader-worker.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
