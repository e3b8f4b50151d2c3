/**
 * Zip archives (a .docx, a LaTeX project) read within limits: the entries are counted and their declared
 * sizes added up from the central directory before anything is inflated, and fflate never writes more than
 * an entry declares (a header that lies about its size gives a truncated entry, not a bomb). Only the
 * entries a reader asks for are inflated.
 */
import type { UnzipFileInfo, Unzipped } from 'fflate';
import { ExtractError } from '../extract/errors';

/** More than this, uncompressed, is no manuscript (and may be a zip bomb). */
const MAX_ZIP_BYTES = 50 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;

export interface ZipEntry {
  name: string;
  /** Declared uncompressed size. */
  size: number;
}

type Fflate = typeof import('fflate');
let loaded: Promise<Fflate> | null = null;
/** fflate, loaded on first use (the CLI's --help and the text readers never need it). */
export function loadFflate(): Promise<Fflate> {
  loaded ??= import('fflate');
  return loaded;
}

/** Lists a zip's entries (nothing inflated); throws ExtractError for an unreadable zip or one over the limits. */
export function listZip(fflate: Fflate, data: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let total = 0;
  try {
    fflate.unzipSync(data, {
      filter: (f: UnzipFileInfo) => {
        entries.push({ name: f.name, size: f.originalSize });
        total += f.originalSize;
        return false;
      },
    });
  } catch (e) {
    const error = (e as Error).message;
    throw new ExtractError(`not a readable zip file (${error})`, {
      code: 'ZIP_UNREADABLE',
      values: { error },
    });
  }
  if (entries.length > MAX_ZIP_ENTRIES)
    throw new ExtractError(`the zip holds ${entries.length} files; at most ${MAX_ZIP_ENTRIES} are read`, {
      code: 'ZIP_TOO_MANY_FILES',
      values: { files: entries.length, limit: MAX_ZIP_ENTRIES },
    });
  if (total > MAX_ZIP_BYTES)
    throw new ExtractError(
      `the zip would unpack to ${Math.round(total / 1048576)} MB; at most ${MAX_ZIP_BYTES / 1048576} MB are read`,
      { code: 'ZIP_TOO_BIG', values: { mb: Math.round(total / 1048576), limitMb: MAX_ZIP_BYTES / 1048576 } },
    );
  return entries;
}

/** Inflates the entries `keep` selects (the limits are checked first, by listZip). */
export function unzipEntries(fflate: Fflate, data: Uint8Array, keep: (name: string) => boolean): Unzipped {
  listZip(fflate, data);
  try {
    // Entries compressed other than stored/deflate (rare: LZMA, encrypted) cannot be read: skipped.
    return fflate.unzipSync(data, {
      filter: (f) => keep(f.name) && (f.compression === 0 || f.compression === 8),
    });
  } catch (e) {
    const error = (e as Error).message;
    throw new ExtractError(`a damaged zip file (${error})`, { code: 'ZIP_DAMAGED', values: { error } });
  }
}
