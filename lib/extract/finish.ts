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
import { REFINEMENTS } from './refine';
import { addUnheaded } from './unheaded';

function failed(url: string | null, reason: string): ArticleRecord {
  const record = emptyRecord('html');
  record.url = url;
  record.warnings.push(`Extraction failed: ${reason}`);
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
    record.warnings.push(...draft.warnings);
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
      record.credit = parseContributions(contributions.text, record.authors, record.warnings);
    } catch (e) {
      record.warnings.push(`Could not read CRediT roles: ${String(e)}`);
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
      record.warnings.push(`Could not read the methods section: ${String(e)}`);
    }
  }
  if (draft.notArticle) record.warnings.push('No article found on this page.');
}

function refine(record: ArticleDraft, draft: PageDraft): void {
  if (draft.siteError !== undefined) {
    record.warnings.push(`Site adapter ${draft.site} failed: ${draft.siteError}`);
    return;
  }
  const apply = REFINEMENTS[draft.site];
  if (!apply || !draft.siteRead) return;
  try {
    apply(record, draft.siteRead);
  } catch (e) {
    record.warnings.push(`Site adapter ${draft.site} failed: ${String(e)}`);
  }
}
