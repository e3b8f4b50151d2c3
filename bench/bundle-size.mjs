#!/usr/bin/env node
// Sizes of every built file (raw and gzip) for the Chrome and Firefox builds, and the content script
// and the popup's script against their budgets (what is injected into a page must stay small: ≤ 60 kB
// minified; the popup loads one script on every opening: ≤ 40 kB).
// Usage: npm run build && node bench/bundle-size.mjs [--markdown]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_SCRIPT_BUDGET = 60 * 1024;
// The popup's one script (entrypoints/popup-app.tsx) is built as a classic script, where a dynamic
// import() is inlined: code meant to load later (compromise, ~365 kB) would land in every opening.
const POPUP_BUDGET = 40 * 1024;
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
  // The whole build: what a user downloads and what duplicated code costs (docs/PERFORMANCE.md).
  const total = { raw: rows.reduce((n, r) => n + r.raw, 0), gzip: rows.reduce((n, r) => n + r.gzip, 0) };
  console.log(
    markdown
      ? `| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** |`
      : `  ${'total'.padEnd(48)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} gzip`,
  );
  for (const [label, file, budget] of [
    ['content script', 'content-scripts/content.js', CONTENT_SCRIPT_BUDGET],
    ['popup script', 'popup-app.js', POPUP_BUDGET],
  ]) {
    const row = rows.find((r) => r.file === file);
    if (!row) continue;
    const ok = row.raw <= budget;
    overBudget ||= !ok;
    console.log(
      `${markdown ? '\n' : '  '}${label}: ${kb(row.raw)} of a ${kb(budget)} budget — ${ok ? 'OK' : 'OVER BUDGET'}`,
    );
  }
}
process.exitCode = overBudget ? 1 : 0;
