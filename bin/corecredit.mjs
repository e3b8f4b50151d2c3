#!/usr/bin/env node
// The `corecredit` command. The engine is TypeScript; `npm install` (postinstall) or `npm run build:cli`
// bundles it to dist/cli.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('corecredit: the CLI is not built yet; run `npm run build:cli` in the checkout first.');
  process.exit(1);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
