/**
 * XML parsing for the audit in Node (the dashboard passes the browser's DOMParser instead). linkedom
 * does not report malformed XML, so a full text cut off before </article> is refused here rather
 * than read as a shorter article.
 */
import { DOMParser } from 'linkedom';
import { flattenDeepNesting } from '../extract/flatten-nesting';

export function parseXml(xml: string): Document {
  const tail = xml.slice(-2000);
  if (/<article\b/.test(xml.slice(0, 5000)) && !/<\/article>\s*$/.test(tail)) {
    throw new Error('truncated XML (no closing </article>)');
  }
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  // As the CLI's page reader does (load-article.ts): no deeper tree than a browser's parser would give.
  flattenDeepNesting(doc);
  return doc;
}
