import { ExtractError } from '../../lib/extract/errors';

/** JATS full text parsed by the page's own DOMParser (the CLI uses linkedom: lib/cli/parse-xml.ts). */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  // A body cut off mid-stream parses to a <parsererror> document; refuse it rather than read less text.
  if (doc.getElementsByTagName('parsererror').length > 0)
    throw new ExtractError('malformed or truncated XML', { code: 'XML_MALFORMED' });
  return doc;
}
