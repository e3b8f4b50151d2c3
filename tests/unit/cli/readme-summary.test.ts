/** The README shows the terminal summary of its own example: it must stay what the CLI prints. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '../../..');

it('the README’s captured summary is what `check --format text` prints on the example', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const shown = /The second command above prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(shown).toBeDefined();
  const rel = (p: string) => relative(process.cwd(), join(ROOT, p));
  const r = await runCli([
    'check',
    '--format',
    'text',
    '--profile',
    rel('examples/profile.json'),
    rel('examples/article.html'),
  ]);
  expect(r.stdout).toBe(shown);
});
