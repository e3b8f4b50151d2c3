/**
 * Dashboard audit benchmark (docs/PERFORMANCE.md): PAPERS papers (default 1,000, the mix of bench/audit-papers.ts)
 * pasted into the BUILT e2e extension's dashboard page in Chromium, checked against the fake Europe PMC
 * server at RATE requests/second (the page's polite fetch; default 10, what Europe PMC asks for).
 * Measures the wall time from Start to the finished table, the peak JS heap of the page (CDP
 * Performance.getMetrics, sampled every 250 ms) and the longest main-thread task (PerformanceObserver
 * 'longtask'). Needs `npm run build:e2e` first.
 *   node scripts/run-ts.mjs bench/dashboard-audit.ts [--papers 1000] [--rate 10]
 */
import { seedProfile } from '../tests/e2e/e2e-helpers';
import { launchWithExtension } from '../tests/e2e/harness';
import { abifProfile } from '../tests/support/audit-profile';
import { startFakeEpmcServer } from '../tests/support/fake-epmc-server';
import { doiOf } from '../tests/support/fake-papers';
import { benchPapers } from './audit-papers';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const papers = arg('--papers', 1000);
const rate = arg('--rate', 10);
const server = await startFakeEpmcServer({ papers: benchPapers(papers) });
const browser = await launchWithExtension();
try {
  await seedProfile(browser, abifProfile());
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html?api=${server.url}&rate=${rate}`);
  await page
    .getByLabel(/DOIs, PMIDs or PMCIDs/)
    .fill(Array.from({ length: papers }, (_, k) => doiOf(k + 1)).join('\n'));
  await page.evaluate(() => {
    const w = globalThis as unknown as { longTasks: { at: number; ms: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    peakHeap = Math.max(peakHeap, used);
  };
  const timer = setInterval(() => void sample().catch(() => {}), 250);

  const started = Date.now();
  const startedInPage = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: `Start checking ${papers} papers` }).click();
  await page.getByText(new RegExp(`^${papers} of ${papers} done`)).waitFor({ timeout: 30 * 60_000 });
  await page.locator('[data-testid="results-table"] tbody tr').first().waitFor();
  const totalMs = Date.now() - started;
  clearInterval(timer);
  await sample();
  const finishedInPage = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(
    () => (globalThis as unknown as { longTasks: { at: number; ms: number }[] }).longTasks,
  );
  const longTasks = tasks.map((t) => t.ms);
  const longest = tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { at: 0, ms: 0 });
  const caption = await page.locator('[data-testid="results-table"] caption').textContent();
  const result = {
    papers,
    ratePerSecond: rate,
    totalSeconds: Math.round(totalMs / 100) / 10,
    peakJsHeapMB: Math.round((peakHeap / 1024 / 1024) * 10) / 10,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    longTasks: longTasks.length,
    longTasksTotalMs: Math.round(longTasks.reduce((a, b) => a + b, 0)),
    // Where in the run the longest task fell: 0 = the Start click, 1 = the finished table.
    longestTaskAt: Math.round(((longest.at - startedInPage) / (finishedInPage - startedInPage)) * 100) / 100,
    serverRequests: server.requests.length,
    table: caption?.trim(),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
}
