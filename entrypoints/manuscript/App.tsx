import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ContributionsBuilder } from '../../components/manuscript/ContributionsBuilder';
import { DraftFacility, type DraftFix } from '../../components/manuscript/DraftFacility';
import { DraftInput } from '../../components/manuscript/DraftInput';
import { FacilityPicker, type ProfileSource } from '../../components/manuscript/FacilityPicker';
import { profileLinkErrorText } from '../../components/manuscript/profile-link-error-text';
import { readingNotes } from '../../components/reading-note-text';
import type { ArticleRecord } from '../../lib/article';
import { mergeProfiles } from '../../lib/profile/merge';
import { loadProfile, saveProfile } from '../../lib/profile/store';
import type { Profile } from '../../lib/profile/types';
import { fetchProfileFile, originPattern, profileUrl } from '../../lib/sources/facility-profile';
import { contributorsFromRecord } from '../../lib/statement/contributors';
import type { AuthorshipAnalyser } from '../../lib/verdict/authorship-weighing';
import { check } from '../../lib/verdict/check';
import { evidenceSource } from '../../lib/verdict/evidence-source';
import type { Verdict } from '../../lib/verdict/types';
import { formatNumber, t } from '../../platform/i18n';
import { loadAnalyser } from '../../platform/load-authorship';
import { requestOrigins } from '../../platform/permissions';
import { extensionStore } from '../../platform/storage';
import { fixesFor } from './fixes';
import { readDraftFile, readDraftText } from './read-draft';

type Draft =
  | { state: 'none' }
  | { state: 'reading'; name: string }
  | { state: 'error'; message: string }
  | { state: 'read'; name: string; record: ArticleRecord; ms: number; authorship: AuthorshipAnalyser };

/** Reads a profile file the author chose. */
function readJsonFile(file: File): Promise<unknown> {
  return file.text().then((text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(t('manuscript.notJson', { file: file.name }));
    }
  });
}

async function fetchProfile(source: ProfileSource): Promise<unknown> {
  if (source.kind === 'file') return readJsonFile(source.file);
  try {
    const url = profileUrl(source.url);
    await requestOrigins([originPattern(url)], url.hostname);
    return await fetchProfileFile(url, { fetch });
  } catch (e) {
    throw new Error(profileLinkErrorText(e, source.url));
  }
}

export function App() {
  const [profile, setProfile] = useState<Profile>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [draft, setDraft] = useState<Draft>({ state: 'none' });

  useEffect(() => {
    void loadProfile(extensionStore).then(({ profile }) => {
      setProfile(profile);
      // One facility: the author surely used it; several: let them say which.
      if (profile.facilities.length === 1) setChosen(new Set([profile.facilities[0]?.id ?? '']));
    });
  }, []);

  const read = async (name: string, reader: () => Promise<ArticleRecord>) => {
    setDraft({ state: 'reading', name });
    const t0 = performance.now();
    try {
      // The authorship analysis (compromise, ~365 kB) loads while the first draft is read, not with the page.
      const [record, authorship] = await Promise.all([reader(), loadAnalyser()]);
      setDraft({ state: 'read', name, record, ms: performance.now() - t0, authorship });
    } catch (e) {
      setDraft({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const verdicts = useMemo<Verdict[]>(() => {
    if (draft.state !== 'read' || !profile) return [];
    const facilities = profile.facilities.filter((f) => chosen.has(f.id));
    return facilities.length
      ? check(draft.record, { version: profile.version, facilities }, { authorship: draft.authorship })
      : [];
  }, [draft, profile, chosen]);

  const keep = async (incoming: Profile) => {
    if (!profile) return;
    const merged = mergeProfiles(profile, incoming);
    await saveProfile(extensionStore, merged.profile);
    setProfile(merged.profile);
    const ids = new Set(chosen);
    for (const f of incoming.facilities) {
      const kept = merged.profile.facilities.find((m) => m.id === f.id || m.name === f.name);
      if (kept) ids.add(kept.id);
    }
    setChosen(ids);
  };

  return (
    <main>
      <h1>{t('manuscript.title')}</h1>
      <p>{t('manuscript.intro')}</p>
      <DraftInput
        busy={draft.state === 'reading'}
        onFile={(file) => void read(file.name, () => readDraftFile(file))}
        onText={(text) => void read(t('manuscript.pasted'), () => readDraftText(text))}
      />
      {profile && (
        <FacilityPicker
          profile={profile}
          chosen={chosen}
          onChange={setChosen}
          fetchProfile={fetchProfile}
          onKeep={keep}
        />
      )}
      <section class="draft-report" aria-labelledby="report-title" aria-live="polite">
        <h2 id="report-title">{t('manuscript.report.title')}</h2>
        {draft.state === 'none' && <p>{t('manuscript.report.choose')}</p>}
        {draft.state === 'reading' && (
          <p role="status">{t('manuscript.report.reading', { file: draft.name })}</p>
        )}
        {draft.state === 'error' && (
          <p class="error" role="alert">
            {draft.message}
          </p>
        )}
        {draft.state === 'read' && (
          <>
            <p class="draft-summary" role="status">
              {t('manuscript.report.read', { file: draft.name, ms: formatNumber(Math.round(draft.ms)) })}
              {draft.record.warnings.length > 0 && ` ${readingNotes(draft.record).join(' ')}`}
            </p>
            {verdicts.length === 0 ? (
              <p>{t('manuscript.report.tick')}</p>
            ) : (
              verdicts.map((v) => (
                <DraftFacility
                  key={v.id}
                  verdict={v}
                  fixes={fixesFor(
                    v,
                    profile?.facilities.find((f) => f.id === v.id),
                    draft.record,
                  )}
                  sourceText={(e) => evidenceSource(draft.record, e)}
                />
              ))
            )}
          </>
        )}
      </section>
      {draft.state === 'read' && (
        <ContributionsBuilder
          key={draft.name + draft.ms}
          initialAuthors={contributorsFromRecord(draft.record)}
          staff={(profile?.facilities ?? [])
            .filter((f) => chosen.has(f.id))
            .flatMap((f) => f.staff.map((s) => ({ name: s.name, roles: [], affiliation: f.name })))}
        />
      )}
      <footer class="page-footer">
        <a href={browser.runtime.getURL('/options.html')}>{t('manuscript.profilesLink')}</a>
      </footer>
    </main>
  );
}

export type { DraftFix };
