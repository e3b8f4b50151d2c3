/**
 * The authorship analysis (compromise, ~365 kB) for an extension page, from entrypoints/authorship-page.ts
 * added to the page on first need. Not `import()`: the popup's one classic script would have built it in,
 * and the other pages would have shipped a second copy of compromise as their own chunk
 * (docs/PERFORMANCE.md).
 */
import { PAGE_ANALYSER } from '../lib/verdict/authorship-globals';
import type { AuthorshipAnalyser } from '../lib/verdict/authorship-weighing';

let loading: Promise<AuthorshipAnalyser> | undefined;

export function loadAnalyser(): Promise<AuthorshipAnalyser> {
  // One <script> however many callers ask at once; a failed load may be tried again.
  loading ??= addScript().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function addScript(): Promise<AuthorshipAnalyser> {
  const global = globalThis as { [PAGE_ANALYSER]?: AuthorshipAnalyser };
  if (!global[PAGE_ANALYSER])
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/authorship-page.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('The authorship analysis could not be loaded.'));
      document.head.append(script);
    });
  const analyser = global[PAGE_ANALYSER];
  if (!analyser) throw new Error('The authorship analysis could not be loaded.');
  return analyser;
}
