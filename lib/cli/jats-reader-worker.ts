/**
 * Entry of the CLI's full-text reader thread (./jats-reader.ts), bundled to dist/jats-reader-worker.mjs:
 * the same parse and extraction as defaultEngine (lib/audit/default-engine.ts) on the main thread, so the
 * audit's results do not change. Only the extraction is imported: the verdict code (and compromise) would
 * add a second of start-up on a busy machine for nothing.
 */
import { parentPort } from 'node:worker_threads';
import { readJatsNow } from '../audit/read-jats';
import { extractJats, isJats } from '../extract/jats';
import { serveReads } from './jats-reader';
import { parseXml } from './parse-xml';

serveReads(parentPort, (xml) => readJatsNow(xml, parseXml, { isJats, extractJats }));
