/**
 * Text lib/ produces reaches the user in their language: lib/ reports codes with values, the UI words
 * them from the catalogue (docs/I18N.md, "Codes from lib/"). This checks, for every code lib/ can give
 * (enumerated from its const lists, so a new code cannot slip past), that every locale words it with
 * its values in place; and that lib/ writes no reading note without a code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { creditRoleText } from '../../../components/credit-role-text';
import { auditReasonText, rowReason } from '../../../components/dashboard/audit-reason-text';
import { extractErrorText, fileProblemText } from '../../../components/manuscript/file-problem-text';
import { fieldLabel, issueDetailText, profileIssueText } from '../../../components/options/issue-text';
import { lookupErrorText, lookupProblemText } from '../../../components/options/lookup-error-text';
import { readingNotes, readingNoteText } from '../../../components/reading-note-text';
import { storedNotesText, storedNoteText } from '../../../components/stored-note-text';
import { CREDIT_ROLES, emptyRecord } from '../../../lib/article';
import { AUDIT_REASON_CODES, type AuditReason } from '../../../lib/audit/reasons';
import { ExtractError } from '../../../lib/extract/errors';
import { FILE_PROBLEM_CODES, type FileProblem } from '../../../lib/extract/file-problems';
import { READING_NOTE_CODES, type ReadingNote } from '../../../lib/extract/reading-notes';
import { ISSUE_CODES, type IssueDetail } from '../../../lib/profile/issue-codes';
import type { ProfileIssue } from '../../../lib/profile/issues';
import { LOOKUP_PROBLEM_CODES, LookupError, type LookupProblem } from '../../../lib/sources/lookup-json';
import { SOURCE_PROBLEM_CODES, type SourceProblem } from '../../../lib/sources/source-error';
import { STORED_NOTE_CODES, type StoredNote, storedNoteMessage } from '../../../lib/stored-notes';
import { LOCALES, useLocale } from '../../support/i18n';

const ROOT = join(import.meta.dirname, '../../..');

/** One example of each note, with values that show in the words. */
const NOTES: ReadingNote[] = [
  { code: 'NO_BODY' },
  { code: 'PAGE_CUT' },
  { code: 'SECTION_CUT', values: { section: 'funding', chars: 12000 } },
  { code: 'ROLES_FAILED', values: { error: 'Error: boom' } },
  { code: 'METHODS_FAILED', values: { error: 'Error: boom' } },
  { code: 'NO_ARTICLE' },
  { code: 'ADAPTER_FAILED', values: { site: 'pmc', error: 'Error: boom' } },
  { code: 'EXTRACTION_FAILED', values: { error: 'Error: boom' } },
  { code: 'TEXT_CUT', values: { chars: 2000000 } },
  { code: 'WHOLE_TEXT_AS', values: { section: 'acknowledgements' } },
  { code: 'UNHEADED', values: { section: 'contributions', cue: 'We thank', place: 'after-references' } },
  { code: 'UNCLEAR_INITIALS', values: { form: 'J.S.', names: ['Jane Smith', 'John Smith'] } },
  { code: 'JATS_NO_AUTHORS' },
  { code: 'JATS_NO_DOI' },
  { code: 'READ_DOCX', values: { notes: 3 } },
  { code: 'READ_MARKDOWN' },
  { code: 'READ_LATEX' },
  { code: 'READ_LATEX_PROJECT', values: { main: 'paper/main.tex', included: ['paper/ack.tex'] } },
  { code: 'LATEX_NOT_FOLLOWED', values: { command: '\\input{ack}' } },
  { code: 'LATEX_PROJECT_CUT' },
  { code: 'LATEX_NOT_FOUND', values: { command: '\\input{ack}' } },
  { code: 'LATEX_SELF_INCLUDE', values: { command: '\\input{ack}' } },
  { code: 'READ_PDF', values: { pages: 12, twoColumns: 10, dropped: 24 } },
  { code: 'PDF_NO_TEXT_PAGES', values: { pages: 2 } },
];

/** The values a note's words must show: its numbers are formatted, so only the strings are compared. */
function shownValues(note: { values?: Record<string, unknown> }): string[] {
  return Object.values(note.values ?? {}).flatMap((v) =>
    typeof v === 'string' && !/^[a-z-]+$/.test(v) ? [v] : Array.isArray(v) ? v.map(String) : [],
  );
}

afterEach(async () => {
  await useLocale('en');
});

describe('reading notes', () => {
  it('has an example of every code lib/extract can give', () => {
    expect(NOTES.map((n) => n.code).sort()).toEqual([...READING_NOTE_CODES].sort());
  });

  it.each(LOCALES)('are worded in %s, with their values', async (locale) => {
    await useLocale(locale);
    for (const note of NOTES) {
      const text = readingNoteText(note) ?? '';
      expect(text, note.code).toBeTruthy();
      const values = shownValues(note as { values?: Record<string, unknown> });
      for (const value of values) expect(text, note.code).toContain(value);
      // A placeholder left unfilled, or a $ Chrome would read as one.
      expect(
        values.reduce((rest, v) => rest.replace(v, ''), text),
        note.code,
      ).not.toMatch(/[{}$]/);
    }
  });

  it('fall back to the English of a note whose code this version does not know', () => {
    const record = emptyRecord('html');
    record.warnings = ['A note from a newer version.', 'The document has no body.'];
    record.notes = [{ code: 'FROM_THE_FUTURE' } as unknown as ReadingNote, { code: 'NO_BODY' }];
    expect(readingNotes(record)).toEqual(['A note from a newer version.', 'The document has no body.']);
    // A record stored before notes had codes has only the English.
    delete record.notes;
    expect(readingNotes(record)).toEqual(record.warnings);
  });

  it('are shown in German for a German browser', async () => {
    await useLocale('de');
    const record = emptyRecord('html');
    record.warnings = ['The document has no body.'];
    record.notes = [{ code: 'NO_BODY' }];
    expect(readingNotes(record)).toEqual(['Das Dokument hat keinen Hauptteil.']);
  });
});

const PROBLEMS: SourceProblem[] = [
  { code: 'HTTP', values: { service: 'Europe PMC', status: 503 } },
  { code: 'TIMEOUT', values: { service: 'api.crossref.org', seconds: 30 } },
  { code: 'UNREACHABLE', values: { service: 'www.ebi.ac.uk', error: 'fetch failed' } },
  { code: 'BUSY', values: { service: 'api.crossref.org', seconds: 120 } },
  { code: 'BAD_ANSWER', values: { service: 'Crossref' } },
  { code: 'OTHER', values: { error: 'Something odd' } },
];

const REASONS: AuditReason[] = [
  { code: 'NO_FULL_TEXT' },
  { code: 'FULL_TEXT_UNPARSABLE', values: { error: 'unclosed tag' } },
  { code: 'FULL_TEXT_NOT_JATS', crossref: PROBLEMS[0] },
  { code: 'FULL_TEXT_UNREADABLE', values: { error: 'boom' } },
  {
    code: 'FULL_TEXT_UNREADABLE',
    values: { error: 'the XML is too large to read (Invalid string length)' },
    problem: { code: 'XML_TOO_LARGE', values: { error: 'Invalid string length' } },
  },
  {
    code: 'FULL_TEXT_UNPARSABLE',
    values: { error: 'malformed or truncated XML' },
    problem: { code: 'XML_MALFORMED' },
  },
  { code: 'NOT_IN_EUROPE_PMC' },
  { code: 'NOT_FOUND' },
  ...PROBLEMS.map((problem): AuditReason => ({ code: 'SOURCE_FAILED', problem })),
];

/** Every string value, nested ones included: what the words must show. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return /^[A-Z_]+$/.test(value) ? [] : [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('audit reasons and source problems', () => {
  it('has an example of every code lib/audit and lib/sources can give', () => {
    expect([...new Set(REASONS.map((r) => r.code))].sort()).toEqual([...AUDIT_REASON_CODES].sort());
    expect(PROBLEMS.map((p) => p.code).sort()).toEqual([...SOURCE_PROBLEM_CODES].sort());
  });

  it.each(LOCALES)('are worded in %s, with their values', async (locale) => {
    await useLocale(locale);
    for (const reason of REASONS) {
      const text = auditReasonText(reason) ?? '';
      expect(text, reason.code).toBeTruthy();
      // A reader's coded problem is worded in its place: the English it was written with is not shown.
      const shown =
        'problem' in reason && reason.code !== 'SOURCE_FAILED' ? { ...reason, values: {} } : reason;
      const values = strings(shown).filter((v) => v !== String(503));
      for (const value of values) expect(text, reason.code).toContain(value);
      expect(
        values.reduce((rest, v) => rest.replace(v, ''), text),
        reason.code,
      ).not.toMatch(/[{}$]/);
    }
  });

  it('show a stored row’s English reason when it has no code', async () => {
    await useLocale('fr');
    expect(rowReason({ reason: 'no full text — partial check' })).toBe('no full text — partial check');
    expect(
      rowReason({ reason: 'no full text — partial check', reasonCode: { code: 'NO_FULL_TEXT' } }),
    ).toMatch(/texte intégral/);
  });
});

const ISSUES: Array<[IssueDetail, string]> = [
  [{ code: 'MISSING' }, 'name'],
  [{ code: 'WRONG_TYPE', values: { expected: 'array' } }, 'staff'],
  [{ code: 'INVALID' }, 'grants.0.activeFrom'],
  [{ code: 'EMPTY' }, 'staff.1.name'],
  [{ code: 'BAD_RRID', values: { value: 'SCR-12' } }, 'rrids.0'],
  [{ code: 'BAD_ROR', values: { value: '05d78xc37' } }, 'ror'],
  [{ code: 'BAD_ORCID', values: { value: '0000-0002' } }, 'staff.0.orcid'],
  [{ code: 'BAD_DATE', values: { value: 'spring' } }, 'staff.0.start'],
  [{ code: 'NOT_A_GROUP' }, ''],
  [
    { code: 'DUPLICATE_INSTRUMENT_ID', values: { id: 'lsm', position: 1, name: 'LSM 980' } },
    'instruments.1.id',
  ],
  [{ code: 'DUPLICATE_FACILITY_ID', values: { id: 'abif', position: 1, name: 'ABIF' } }, 'id'],
  [{ code: 'END_BEFORE_START', values: { start: '2021-05', end: '2019' } }, 'staff.0.end'],
  [{ code: 'BAD_LANGUAGE', values: { value: 'français' } }, 'statements.1.lang'],
  [{ code: 'ALIAS_NUMBER', values: { alias: '980' } }, 'instruments.0.aliases.1'],
  [{ code: 'ALIAS_TOO_SHORT', values: { alias: 'A1' } }, 'instruments.0.aliases.0'],
  [{ code: 'ALIAS_KIND', values: { alias: 'Spinning disk confocal' } }, 'instruments.0.aliases.0'],
  [{ code: 'NAME_NOT_FINDABLE', values: { name: 'Confocal' } }, 'instruments.2'],
  [{ code: 'SHARED_FORM', values: { form: 'LSM 980', position: 1, name: 'Zeiss LSM 980' } }, 'instruments.1'],
  [{ code: 'UNKNOWN_FIELD', values: { field: 'rrid' } }, ''],
  [{ code: 'NOT_A_PROFILE' }, ''],
  [{ code: 'NO_VERSION' }, 'version'],
  [{ code: 'NEWER_FORMAT', values: { version: 3, supported: 1 } }, 'version'],
  [{ code: 'UNKNOWN_FORMAT', values: { value: 'v1', expected: 1 } }, 'version'],
  [{ code: 'NO_FACILITIES' }, 'facilities'],
  [{ code: 'FACILITIES_NOT_A_LIST' }, 'facilities'],
  [{ code: 'SAVE_FAILED', values: { error: 'QuotaExceededError' } }, ''],
];

describe('profile problems beside their field', () => {
  it('has an example of every code lib/profile can give', () => {
    expect(ISSUES.map(([d]) => d.code).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it.each(LOCALES)('are worded in %s, with their values', async (locale) => {
    await useLocale(locale);
    for (const [detail, path] of ISSUES) {
      const text = issueDetailText(detail, path);
      expect(text, detail.code).toBeTruthy();
      const values = strings(detail).filter((v) => v !== 'array' && v !== '1');
      for (const value of values) expect(text, detail.code).toContain(value);
      expect(
        values.reduce((rest, v) => rest.replace(v, ''), text),
        detail.code,
      ).not.toMatch(/[{}$]/);
    }
  });

  it('name the field by the form’s own label, in the user’s language', async () => {
    await useLocale('de');
    expect(fieldLabel('staff.0.orcid')).toBe('ORCID iD');
    expect(fieldLabel('name')).toBe('Name der Facility');
    expect(issueDetailText({ code: 'EMPTY' }, 'name')).toBe('Name der Facility: Pflichtfeld.');
  });
});

/** One example of each note about a stored value, with values that show in the words. */
const ISSUE_IN_LIST: ProfileIssue = {
  path: 'facilities.1.staff.0.orcid',
  message:
    'Facility 2 (“Flow Core”), staff member 1 (“Ana Ruiz”): ORCID “0000-0002” is not a valid ORCID iD.',
  detail: { code: 'BAD_ORCID', values: { value: '0000-0002' } },
  places: [
    { kind: 'facility', position: 2, name: 'Flow Core' },
    { kind: 'staff', position: 1, name: 'Ana Ruiz' },
  ],
};
const STORED_NOTES: StoredNote[] = [
  { code: 'UNKNOWN_FORMAT', values: { what: 'profile', setAside: true } },
  { code: 'NEWER_FORMAT', values: { what: 'settings', version: 4, setAside: false } },
  { code: 'NO_UPGRADE', values: { what: 'profile', version: 0, setAside: true } },
  { code: 'UPGRADE_FAILED', values: { what: 'profile', version: 2, error: 'TypeError: x', setAside: true } },
  { code: 'READ_FAILED', values: { what: 'profile', error: 'QuotaExceededError' } },
  { code: 'SETTINGS_RESET' },
  { code: 'SETTING_RESET', values: { setting: 'autoCheck' } },
  { code: 'SUBMISSION_OFF' },
  { code: 'PROFILE_SET_ASIDE' },
  { code: 'PROFILE_ISSUE', values: { issue: ISSUE_IN_LIST } },
  { code: 'VALUE_REMOVED', values: { issue: ISSUE_IN_LIST } },
  { code: 'VALUE_CLEARED', values: { issue: ISSUE_IN_LIST } },
  { code: 'FACILITY_SET_ASIDE', values: { issue: ISSUE_IN_LIST } },
  { code: 'ID_RENAMED', values: { position: 3, name: 'Flow Core', from: 'flow', to: 'flow-2' } },
];

describe('what reading a stored value repaired or set aside', () => {
  it('has an example of every code lib/ can give', () => {
    expect(STORED_NOTES.map((n) => n.code).sort()).toEqual([...STORED_NOTE_CODES].sort());
  });

  it.each(LOCALES)('is worded in %s, with its values and where', async (locale) => {
    await useLocale(locale);
    const english = STORED_NOTES.map(storedNoteMessage);
    const words = storedNotesText(STORED_NOTES);
    STORED_NOTES.forEach((note, i) => {
      const text = words[i] ?? '';
      expect(text, note.code).toBeTruthy();
      if (locale !== 'en') expect(text, note.code).not.toBe(english[i]);
      // Names and values the user wrote show as they are; codes ("autoCheck", "profile") do not.
      const values = strings(note).filter(
        (v) => !/^(?:autoCheck|profile|settings|facility|staff|facilities\.)/.test(v) && !v.includes(' ('),
      );
      for (const value of values.filter((v) => v !== ISSUE_IN_LIST.message && v !== ISSUE_IN_LIST.path))
        expect(text, `${note.code}: ${value}`).toContain(value);
      expect(text, note.code).not.toMatch(/[{}$]/);
    });
  });

  it('name where a problem is, in the user’s language', async () => {
    await useLocale('de');
    expect(profileIssueText(ISSUE_IN_LIST)).toBe(
      'Facility 2 („Flow Core“), Teammitglied 1 („Ana Ruiz“): „0000-0002“ ist keine gültige ORCID iD: Sie sollte so aussehen: 0000-0002-1825-0097 (von orcid.org kopieren).',
    );
    await useLocale('ja');
    expect(storedNoteText(STORED_NOTES[10]!)).toBe(
      '施設 2（「Flow Core」）、スタッフ 1（「Ana Ruiz」）：「0000-0002」は有効な ORCID iD ではありません。0000-0002-1825-0097 の形式で入力してください（orcid.org からコピーしてください）。この値は削除し、施設の他の部分は残しました。',
    );
  });

  it('show a profile issue’s English when it has no code', async () => {
    await useLocale('fr');
    expect(profileIssueText({ path: '', message: 'No code.' })).toBe('No code.');
  });

  it('keep the English lib/ always wrote', () => {
    expect(storedNoteMessage(STORED_NOTES[0]!)).toBe(
      'CoreCredit does not recognise the format of the stored profile. It was set aside, not deleted.',
    );
    expect(storedNoteMessage(STORED_NOTES[10]!)).toBe(
      'Facility 2 (“Flow Core”), staff member 1 (“Ana Ruiz”): ORCID “0000-0002” is not a valid ORCID iD — it was removed; the rest of the facility was kept.',
    );
  });
});

const FILE_PROBLEMS: FileProblem[] = [
  { code: 'EMPTY' },
  { code: 'TOO_LARGE', values: { mb: 31, limitMb: 20 } },
  { code: 'OLD_WORD' },
  { code: 'RTF' },
  { code: 'ODT' },
  { code: 'IMAGE', values: { format: 'JPEG' } },
  { code: 'GZIP' },
  { code: 'ARCHIVE', values: { format: '7-Zip' } },
  { code: 'OFFICE_OTHER' },
  { code: 'UNKNOWN_BINARY' },
  { code: 'NOT_PDF' },
  { code: 'NOT_DOCX' },
  { code: 'NOT_ZIP' },
  { code: 'PDF_PASSWORD' },
  { code: 'PDF_UNREADABLE', values: { error: 'Invalid PDF structure.' } },
  { code: 'PDF_TOO_MANY_PAGES', values: { pages: 2400, limit: 2000 } },
  { code: 'PDF_NO_TEXT' },
  { code: 'ZIP_UNREADABLE', values: { error: 'invalid zip data' } },
  { code: 'ZIP_DAMAGED', values: { error: 'invalid zip data' } },
  { code: 'ZIP_TOO_MANY_FILES', values: { files: 20001, limit: 5000 } },
  { code: 'ZIP_TOO_BIG', values: { mb: 900, limitMb: 200 } },
  { code: 'NOT_WORD' },
  { code: 'WORD_DAMAGED', values: { error: 'Could not find file in options' } },
  { code: 'NO_TEX' },
  { code: 'XML_EMPTY' },
  { code: 'XML_MALFORMED' },
  { code: 'XML_NOT_JATS', values: { root: 'rss' } },
  { code: 'JATS_NO_FRONT' },
  { code: 'XML_TOO_DEEP' },
  { code: 'XML_TOO_LARGE', values: { error: 'Invalid string length' } },
];

const LOOKUP_PROBLEMS: LookupProblem[] = [
  { code: 'BAD_ROR', values: { value: '05d78xc37' } },
  { code: 'BAD_RRID', values: { value: 'SCR-12' } },
  { code: 'ROR_NOT_FOUND', values: { id: '05d78xc36' } },
  { code: 'RRID_NOT_FOUND', values: { id: 'RRID:SCR_017697' } },
  { code: 'HTTP_ERROR', values: { status: 503 } },
  { code: 'BAD_ANSWER' },
  { code: 'NOT_A_WEB_ADDRESS', values: { value: 'core.example.org/profile.json' } },
  { code: 'NOT_HTTPS' },
  { code: 'PROFILE_NOT_FOUND' },
];

/** The codes whose words name the service looked up (the UI's name for it, passed in). */
const NAMES_SERVICE = new Set(['HTTP_ERROR', 'BAD_ANSWER']);

describe('ROR, RRID and profile look-ups that a kind does not say in full', () => {
  it('has an example of every code lib/sources can give', () => {
    expect(LOOKUP_PROBLEMS.map((p) => p.code).sort()).toEqual([...LOOKUP_PROBLEM_CODES].sort());
  });

  it.each(LOCALES)('are worded in %s, with their values', async (locale) => {
    await useLocale(locale);
    for (const problem of LOOKUP_PROBLEMS) {
      const service = 'SERVICE-NAME';
      const text = lookupProblemText(problem, service) ?? '';
      expect(text, problem.code).toBeTruthy();
      const values = [...strings(problem), ...(NAMES_SERVICE.has(problem.code) ? [service] : [])];
      for (const n of Object.values((problem as { values?: object }).values ?? {}))
        if (typeof n === 'number') expect(text, problem.code).toContain(String(n));
      for (const value of values) expect(text, problem.code).toContain(value);
      expect(
        values.reduce((rest, v) => rest.replace(v, ''), text),
        problem.code,
      ).not.toMatch(/[{}$]/);
    }
  });

  it('word a look-up error by its code, else its kind, else its English', async () => {
    await useLocale('fr');
    const notFound = new LookupError('not-found', 'ROR has no record for the ID 05d78xc36.', {
      lookupProblem: { code: 'ROR_NOT_FOUND', values: { id: '05d78xc36' } },
    });
    expect(lookupErrorText(notFound, 'ROR')).toMatch(/^ROR n’a aucune fiche pour l’ID 05d78xc36/);
    expect(lookupErrorText(new LookupError('unexpected', 'Something odd.'), 'ROR')).toBe('Something odd.');
  });
});

describe('why a manuscript file cannot be read', () => {
  it('has an example of every code lib/manuscript can give', () => {
    expect(FILE_PROBLEMS.map((p) => p.code).sort()).toEqual([...FILE_PROBLEM_CODES].sort());
  });

  it.each(LOCALES)('is worded in %s, with its values', async (locale) => {
    await useLocale(locale);
    for (const problem of FILE_PROBLEMS) {
      const text = fileProblemText(problem) ?? '';
      expect(text, problem.code).toBeTruthy();
      const values = strings(problem);
      for (const value of values) expect(text, problem.code).toContain(value);
      // Numbers are formatted in the user's language: their digits show, whatever the separators.
      for (const n of Object.values((problem as { values?: object }).values ?? {}))
        if (typeof n === 'number') expect(text.replace(/\D/g, ''), problem.code).toContain(String(n));
      expect(
        values.reduce((rest, v) => rest.replace(v, ''), text),
        problem.code,
      ).not.toMatch(/[{}$]/);
    }
  });

  it('keeps lib’s English in English, and shows the English of an error without a code', async () => {
    expect(extractErrorText(new ExtractError('empty file', { code: 'EMPTY' }))).toBe('empty file');
    expect(extractErrorText(new ExtractError('not JATS'))).toBe('not JATS');
    await useLocale('de');
    expect(extractErrorText(new ExtractError('empty file', { code: 'EMPTY' }))).toBe('leere Datei');
    const future = { code: 'FROM_THE_FUTURE' } as unknown as FileProblem;
    expect(extractErrorText(new ExtractError('a newer reason', future))).toBe('a newer reason');
  });
});

describe('CRediT role names', () => {
  it.each(LOCALES)('%s names all 14 roles, each differently', async (locale) => {
    await useLocale(locale);
    const names = CREDIT_ROLES.map((role) => creditRoleText[role]());
    expect(names.every((n) => n.trim() !== '')).toBe(true);
    expect(new Set(names).size).toBe(CREDIT_ROLES.length);
  });

  it('are the taxonomy’s own names in English', () => {
    expect(CREDIT_ROLES.map((role) => creditRoleText[role]())).toEqual([...CREDIT_ROLES]);
  });

  it('are translated, not left in English, where the translation differs', async () => {
    await useLocale('de');
    expect(creditRoleText['Data curation']()).toBe('Datenpflege');
    await useLocale('ja');
    expect(creditRoleText.Conceptualization()).toBe('研究の立案');
  });
});

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

describe('lib/ writes no reading note without its code', () => {
  // The command line's own notes (lib/cli) are for its English summary and JSON only: its records
  // never reach the extension.
  const files = tsFiles(join(ROOT, 'lib')).filter(
    (f) => !f.startsWith('lib/cli/') && f !== 'lib/extract/reading-notes.ts',
  );

  it('scans lib/', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('every warning goes through addNote (lib/extract/reading-notes.ts)', () => {
    const writes = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\.warnings\s*(?:\.\s*(?:push|unshift|splice)\s*\(|=(?!=))/.test(line) ? [`${file}:${i + 1}`] : [],
        ),
    );
    expect(writes, 'use addNote(record, { code, values }, english)').toEqual([]);
  });
});
