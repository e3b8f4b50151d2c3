/**
 * Firefox's real context menu, driven from a test. The menu is part of the browser's own window
 * ("chrome"), which WebDriver BiDi reaches only when Firefox is started with -remote-allow-system-access
 * (the harness does): a right click in the page opens it as for a user, and the item is chosen in it.
 */
import type { Browser, ElementHandle, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Whether WebDriver BiDi reaches Firefox's browser window: the `moz:scope: "chrome"` parameter is
 * newer than Firefox 140 ESR (the version Debian ships today), which refuses it.
 */
export async function canReachBrowserWindow(firefox: Browser): Promise<boolean> {
  const { connection } = firefox as unknown as { connection: BidiConnection };
  try {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 }))
      .result as { contexts: Array<{ url: string }> };
    return tree.contexts.some((c) => c.url === 'chrome://browser/content/browser.xhtml');
  } catch {
    return false;
  }
}

/** Evaluates `expression` (awaited) in Firefox's browser window, not in a page. */
async function evaluateInBrowserWindow(firefox: Browser, expression: string): Promise<unknown> {
  // Puppeteer has no public call for the chrome scope: send the two BiDi commands on its connection.
  const { connection } = firefox as unknown as { connection: BidiConnection };
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 }))
    .result as { contexts: Array<{ context: string; url: string }> };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('Firefox has no browser window');
  const reply = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (reply.type === 'exception') throw new Error(`In the browser window: ${reply.exceptionDetails?.text}`);
  return reply.result?.value;
}

/** Right-clicks `target` in `page` and chooses the context-menu item labelled `label`. */
export async function chooseFromContextMenu(
  firefox: Browser,
  page: Page,
  target: ElementHandle<Element>,
  label: string,
): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The element to right-click is not visible');
  await page.mouse.click(box.x + 10, box.y + box.height / 2, { button: 'right' });
  const outcome = await evaluateInBrowserWindow(
    firefox,
    `(async (label) => {
      const menu = document.getElementById('contentAreaContextMenu');
      const find = () => [...menu.querySelectorAll('menuitem')].find((i) => i.label === label && !i.hidden);
      // Extensions' items are added while the menu opens: wait for both.
      for (let i = 0; i < 100 && !(menu.state === 'open' && find()); i++) {
        await new Promise((done) => setTimeout(done, 50));
      }
      if (menu.state !== 'open') return 'the context menu did not open';
      const item = find();
      if (!item) {
        const shown = [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden).map((i) => i.label);
        menu.hidePopup();
        return 'no item ' + JSON.stringify(label) + ' among ' + JSON.stringify(shown);
      }
      menu.activateItem(item);
      return 'chosen';
    })(${JSON.stringify(label)})`,
  );
  if (outcome !== 'chosen') throw new Error(`Context menu: ${String(outcome)}`);
}
