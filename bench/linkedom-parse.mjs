#!/usr/bin/env node
// The floor of `corecredit check` over many files (bench/cli-startup.ts): a process that only
// reads each FILE and parses it with linkedom, as the CLI does (.xml as XML, the rest as HTML), and
// prints the time spent parsing, in ms, as JSON on stdout. Nothing of CoreCredit is loaded.
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';

let parseMs = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const doc = new DOMParser().parseFromString(text, file.endsWith('.xml') ? 'text/xml' : 'text/html');
  parseMs += performance.now() - t0;
  if (!doc.documentElement) throw new Error(`${file}: nothing parsed`);
}
process.stdout.write(`${JSON.stringify({ parseMs })}\n`);
