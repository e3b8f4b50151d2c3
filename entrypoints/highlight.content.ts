import { defineContentScript } from 'wxt/utils/define-content-script';
import { clearHighlights, ensureHighlightStyle, highlightEvidence } from '../lib/highlight/highlight';
import { HIGHLIGHT_REQUEST, isHighlightRequest } from '../lib/highlight/request';
import { t } from '../platform/i18n';

/**
 * Injected by the background when the user clicks a piece of evidence (or clears highlights): reads the
 * request the background left on this isolated world's global, and returns how many marks it changed.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): { found: number } | { cleared: number } | { error: string } {
    const global = globalThis as { [HIGHLIGHT_REQUEST]?: unknown };
    const request = global[HIGHLIGHT_REQUEST];
    delete global[HIGHLIGHT_REQUEST];
    if (!isHighlightRequest(request)) return { error: t('background.invalidHighlight') };
    // A failure here is answered, not thrown: Chromium gives the background no result and no reason for a
    // script that threw, and the user is owed the reason (lib/highlight/reply.ts).
    try {
      if (request.action === 'clear') return { cleared: clearHighlights(document) };
      ensureHighlightStyle(document);
      const marks = highlightEvidence(document, request.targets);
      marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return { found: marks.length };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  },
});
