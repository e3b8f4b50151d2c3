import { useState } from 'preact/hooks';
import { mergeProfiles } from '../../lib/profile/merge';
import { type ProfileIssue, parseProfile } from '../../lib/profile/schema';
import type { Profile } from '../../lib/profile/types';
import { formatNumber, t } from '../../platform/i18n';
import { FieldErrors } from './Field';
import { profileIssueText } from './issue-text';

interface ImportExportProps {
  profile: Profile;
  /** Apply an imported profile (already merged when the user chose merge). */
  onImport: (next: Profile, summary: string) => void;
}

type Preview =
  | { kind: 'none' }
  | { kind: 'error'; issues: ProfileIssue[] }
  | { kind: 'ready'; incoming: Profile; warnings: ProfileIssue[]; fileName: string };

/** Reads a file's text; File.text() is missing in some test DOMs, FileReader is not. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

function previewImport(text: string, fileName: string): Preview {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      kind: 'error',
      issues: [{ path: '', message: t('options.importExport.notJson', { file: fileName }) }],
    };
  }
  const r = parseProfile(json);
  return r.ok
    ? { kind: 'ready', incoming: r.profile, warnings: r.warningIssues, fileName }
    : { kind: 'error', issues: r.errors };
}

export function ImportExport({ profile, onImport }: ImportExportProps) {
  const [preview, setPreview] = useState<Preview>({ kind: 'none' });
  const [pasted, setPasted] = useState('');

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setPreview(previewImport(await readText(file), file.name));
    // Otherwise choosing the same file again (after Cancel, or after fixing it) fires no change event.
    input.value = '';
  };

  const apply = (mode: 'replace' | 'merge') => {
    if (preview.kind !== 'ready') return;
    const { incoming, fileName } = preview;
    if (mode === 'replace') {
      const n = incoming.facilities.length;
      onImport(incoming, t('options.importExport.replaced', n, { file: fileName, count: formatNumber(n) }));
    } else {
      const m = mergeProfiles(profile, incoming);
      const names = (list: string[]) => (list.length ? ` (${list.join(', ')})` : '');
      onImport(
        m.profile,
        t('options.importExport.merged', {
          file: fileName,
          added: formatNumber(m.added.length),
          addedNames: names(m.added),
          updated: formatNumber(m.updated.length),
          updatedNames: names(m.updated),
        }),
      );
    }
    setPreview({ kind: 'none' });
    setPasted('');
  };

  const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(profile, null, 2))}`;
  const known = new Set(profile.facilities.map((f) => f.id));

  return (
    <section class="import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">{t('options.importExport.title')}</h2>
      <a href={exportHref} download="corecredit-profile.json">
        {t('options.importExport.export')}
      </a>
      <div class="field">
        <label for="profile-import-file">{t('options.importExport.file')}</label>
        <input id="profile-import-file" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      <div class="field">
        <label for="profile-import-paste">{t('options.importExport.paste')}</label>
        <textarea
          id="profile-import-paste"
          rows={4}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button
          type="button"
          disabled={!pasted.trim()}
          onClick={() => setPreview(previewImport(pasted, t('options.importExport.pasted')))}
        >
          {t('options.importExport.check')}
        </button>
      </div>
      {preview.kind === 'error' ? (
        <div class="error-summary" role="alert">
          <p>{t('options.importExport.cannot')}</p>
          <FieldErrors errors={preview.issues.map(profileIssueText)} />
          <button
            type="button"
            onClick={() =>
              navigator.clipboard?.writeText(preview.issues.map((i) => `• ${profileIssueText(i)}`).join('\n'))
            }
          >
            {t('options.importExport.copyProblems')}
          </button>
        </div>
      ) : null}
      {preview.kind === 'ready' ? (
        <section class="import-preview" aria-label={t('options.importExport.preview')}>
          <p>
            {t('options.importExport.holds', preview.incoming.facilities.length, {
              file: preview.fileName,
              count: formatNumber(preview.incoming.facilities.length),
            })}
          </p>
          <ul>
            {preview.incoming.facilities.map((f) => (
              <li key={f.id}>
                {f.name} ({f.id})
                {known.has(f.id) ? t('options.importExport.known') : t('options.importExport.new')}
              </li>
            ))}
          </ul>
          {preview.warnings.length > 0 ? (
            <ul class="warnings">
              {preview.warnings.map(profileIssueText).map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" onClick={() => apply('merge')}>
            {t('options.importExport.merge')}
          </button>{' '}
          <button type="button" onClick={() => apply('replace')}>
            {t('options.importExport.replace')}
          </button>{' '}
          <button type="button" onClick={() => setPreview({ kind: 'none' })}>
            {t('options.importExport.cancel')}
          </button>
        </section>
      ) : null}
    </section>
  );
}
