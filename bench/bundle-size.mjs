#!/usr/bin/env node
// Sizes of every built file (raw and gzip) for the Chrome and Firefox builds, and the content script
// against its budget (what is injected into a page must stay small: ≤ 60 kB minified).
// Usage: npm run build && node bench/bundle-size.mjs [--markdown]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_SCRIPT_BUDGET = 60 * 1024;
const markdown = process.argv.includes('--markdown');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let overBudget = false;
for (const build of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  let list;
  try {
    list = files(build).filter((f) => /\.(js|css|html|json)$/.test(f));
  } catch {
    console.error(`${build} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const rows = list
    .map((file) => {
      const data = readFileSync(file);
      return { file: relative(build, file), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  if (markdown) {
    console.log(`\n### ${build}\n\n| file | raw | gzip |\n|---|---:|---:|`);
    for (const r of rows) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
  } else {
    console.log(`\n${build}`);
    for (const r of rows)
      console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
  }
  const content = rows.find((r) => r.file === 'content-scripts/content.js');
  if (content) {
    const ok = content.raw <= CONTENT_SCRIPT_BUDGET;
    overBudget ||= !ok;
    console.log(
      `${markdown ? '\n' : '  '}content script: ${kb(content.raw)} of a ${kb(CONTENT_SCRIPT_BUDGET)} budget — ${ok ? 'OK' : 'OVER BUDGET'}`,
    );
  }
}
process.exitCode = overBudget ? 1 : 0;
