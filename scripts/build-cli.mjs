#!/usr/bin/env node
// Bundles the CLI (lib/cli/main.ts) into dist/cli.mjs, which bin/corecredit.mjs runs, and the thread
// `corecredit audit` reads full texts in (lib/cli/jats-reader-worker.ts) next to it, where
// lib/cli/jats-reader.ts looks for it. Split into chunks: each command is a dynamic import in
// main.ts, so `corecredit --help` loads dist/cli.mjs alone and a command loads only its own code. The
// chunks stay in dist/ itself, next to the worker, so `import.meta.url` finds it from any of them.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMetafile, build } from 'esbuild';

/** `compromise` is lib/cli/compromise-lazy.ts for every importer but that file itself. */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    const shim = resolve('lib/cli/compromise-lazy.ts');
    b.onResolve({ filter: /^compromise$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

// Chunk names carry a hash: old ones would pile up.
rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: {
    cli: './lib/cli/main.ts',
    'jats-reader-worker': './lib/cli/jats-reader-worker.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The libraries are bundled in as well: compromise alone is 456 ES modules, and resolving and
  // reading them one by one cost more than running them. mammoth (CommonJS, which an ES
  // bundle cannot require from) and pdfjs-dist (which finds its worker file next to itself) stay
  // outside, loaded only for Word and PDF files.
  external: ['mammoth', 'pdfjs-dist', 'pdfjs-dist/*'],
  metafile: true,
  plugins: [lazyCompromise],
  logLevel: 'warning',
});
if (process.argv.includes('--analyze')) console.log(await analyzeMetafile(result.metafile));
