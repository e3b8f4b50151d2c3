/**
 * The text part of extraction: finish(draft) → ArticleRecord. What the page's paragraphs say is decided
 * here — credit by its wording where no heading announced it, CRediT and other contributions, methods
 * mentions, the site adapters' refinements — so that in the extension it runs in the background, where
 * its patterns are compiled once per worker rather than on every click. Never throws: a failure is an
 * empty record with a warning.
 */
import { type ArticleDraft, type ArticleRecord, emptyRecord, splitCredit } from '../article';
import { doiFromUrl } from './meta';
import { findMethodsMentions, findMethodsMentionsIn } from './methods-mentions';
import type { PageDraft } from './page-draft';
import { tidy } from './page-text';
import { parseContributions } from './parse-contributions';
import { addNote, addNotes, type WordedNote, wordedNotes } from './reading-notes';
import { REFINEMENTS } from './refine';
import { addUnheaded } from './unheaded';

function failed(url: string | null, reason: string): ArticleRecord {
  const record = emptyRecord('html');
  record.url = url;
  addNote(record, { code: 'EXTRACTION_FAILED', values: { error: reason } }, `Extraction failed: ${reason}`);
  return record;
}

export function finish(draft: PageDraft): ArticleRecord {
  if (draft.failed !== undefined) return failed(draft.url, draft.failed);
  try {
    const record: ArticleDraft = emptyRecord('html', draft.site);
    record.doi = draft.doi;
    record.title = draft.title;
    record.journal = draft.journal;
    record.published = draft.published;
    record.authors = draft.authors;
    addNotes(record, wordedNotes(draft));
    if (draft.pageText !== undefined) readText(record, draft, draft.pageText);
    refine(record, draft);
    record.doi ??= doiFromUrl(draft.url);
    // Readers and adapters state contributions one way; the record files them two ways.
    const finished: ArticleRecord = { ...record, ...splitCredit(record.credit) };
    finished.url = draft.url;
    return finished;
  } catch (e) {
    return failed(draft.url, String(e));
  }
}

/** The generic reader's text work, in the order its warnings are given. */
function readText(record: ArticleDraft, draft: PageDraft, pageText: string): void {
  record.sections = { ...draft.sections };
  addUnheaded(record, () => draft.blocks ?? []);
  record.pageText = tidy(pageText);
  const contributions = record.sections.contributions;
  if (contributions) {
    try {
      const unclear: WordedNote[] = [];
      record.credit = parseContributions(contributions.text, record.authors, unclear);
      addNotes(record, unclear);
    } catch (e) {
      addNote(
        record,
        { code: 'ROLES_FAILED', values: { error: String(e) } },
        `Could not read CRediT roles: ${String(e)}`,
      );
    }
  }
  const methods = draft.methods;
  if (methods) {
    try {
      record.methodsMentions =
        'paragraphs' in methods
          ? findMethodsMentionsIn(methods.heading, methods.paragraphs)
          : findMethodsMentions(methods.heading, methods.text);
    } catch (e) {
      addNote(
        record,
        { code: 'METHODS_FAILED', values: { error: String(e) } },
        `Could not read the methods section: ${String(e)}`,
      );
    }
  }
  if (draft.notArticle) addNote(record, { code: 'NO_ARTICLE' }, 'No article found on this page.');
}

function refine(record: ArticleDraft, draft: PageDraft): void {
  if (draft.siteError !== undefined) {
    adapterFailed(record, draft.site, draft.siteError);
    return;
  }
  const apply = REFINEMENTS[draft.site];
  if (!apply || !draft.siteRead) return;
  try {
    apply(record, draft.siteRead);
  } catch (e) {
    adapterFailed(record, draft.site, String(e));
  }
}

function adapterFailed(record: ArticleDraft, site: string, error: string): void {
  addNote(
    record,
    { code: 'ADAPTER_FAILED', values: { site, error } },
    `Site adapter ${site} failed: ${error}`,
  );
}
