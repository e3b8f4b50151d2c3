import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sourceProblemText } from '../../components/dashboard/audit-reason-text';
import { DashboardResults } from '../../components/dashboard/DashboardResults';
import { IdListInput } from '../../components/dashboard/IdListInput';
import { ProgressPanel } from '../../components/dashboard/ProgressPanel';
import { QueryBuilder } from '../../components/dashboard/QueryBuilder';
import { ResumeBanner } from '../../components/dashboard/ResumeBanner';
import { RunPicker } from '../../components/dashboard/RunPicker';
import { storedNotesText } from '../../components/stored-note-text';
import type { AuditInput, AuditProgress, AuditRow, AuditRun } from '../../lib/audit/types';
import { newRunId } from '../../lib/dashboard/format';
import { unfinishedRun } from '../../lib/dashboard/resume';
import { loadProfile } from '../../lib/profile/store';
import type { Profile } from '../../lib/profile/types';
import { IdbAuditStore } from '../../platform/audit-store-idb';
import { t } from '../../platform/i18n';
import { extensionStore } from '../../platform/storage';
import { apiConfig } from './api-config';
import { recheckRun, startAudit } from './audit-session';
import { hasHostAccess, requestHostAccess } from './host-access';
import { ReportView } from './ReportView';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

interface Unfinished {
  run: AuditRun;
  done: number;
  total: number;
}

async function unfinishedOf(store: IdbAuditStore): Promise<Unfinished | null> {
  const run = unfinishedRun(await store.listRuns());
  if (!run) return null;
  const papers = await store.listPapers(run.id);
  const done = papers.filter((p) => p.status === 'done' || p.status === 'duplicate').length;
  return { run, done, total: papers.length };
}

export function App() {
  const report = new URLSearchParams(location.search).get('report');
  if (report !== null) return <ReportView facilityId={report} />;
  return <Dashboard />;
}

function Dashboard() {
  const api = useMemo(() => apiConfig(), []);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [store, setStore] = useState<IdbAuditStore | null>(null);
  const [access, setAccess] = useState(false);
  const [run, setRun] = useState<AuditRun | null>(null);
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [progress, setProgress] = useState<AuditProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [unfinished, setUnfinished] = useState<Unfinished | null>(null);
  const [runs, setRuns] = useState<AuditRun[]>([]);
  const stop = useRef<{ controller: AbortController; cancel: boolean } | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        const [loaded, opened, granted] = await Promise.all([
          loadProfile(extensionStore),
          IdbAuditStore.open(),
          hasHostAccess(api.origins),
        ]);
        setProfile(loaded.profile);
        setProblems(storedNotesText(loaded.notes));
        setStore(opened);
        setAccess(granted);
        setUnfinished(await unfinishedOf(opened));
        // The newest run's results, checked with the profile as it is now.
        const stored = await opened.listRuns();
        setRuns(stored);
        const [latest] = stored;
        if (latest) {
          setRun(latest);
          setRows(await recheckRun(opened, latest.id, loaded.profile));
        }
      } catch (err) {
        setMessage(t('dashboard.storageFailed', { error: errorText(err) }));
      }
    })();
  }, [api]);

  // The audit runs in this page: closing it pauses the audit, and the next visit offers Resume.
  useEffect(() => {
    if (!running) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [running]);

  const begin = async (input: AuditInput | undefined, runId: string) => {
    if (!store || !profile || running) return;
    // Requested first thing in the click: the permission prompt needs the user's gesture.
    if (!access) {
      if (!(await requestHostAccess(api.origins))) {
        setMessage(t('dashboard.accessRefused'));
        return;
      }
      setAccess(true);
    }
    const controller = new AbortController();
    stop.current = { controller, cancel: false };
    setRunning(true);
    setMessage(null);
    setUnfinished(null);
    setProgress({ done: 0, total: 0, failed: 0, partial: 0, etaMs: null });
    try {
      const result = await startAudit({
        runId,
        input,
        profile,
        store,
        api,
        signal: controller.signal,
        onProgress: setProgress,
      });
      const cancelled = stop.current?.cancel === true;
      if (cancelled) await store.markCancelled(runId);
      setRun(result.run);
      setRows(result.rows);
      setProgress(result.progress);
      if (result.searchProblem)
        setMessage(t('audit.searchStopped', { problem: sourceProblemText(result.searchProblem) }));
      else if (cancelled) setMessage(t('dashboard.cancelled'));
      else if (result.stopped) setMessage(t('dashboard.paused'));
      if (!cancelled) setUnfinished(await unfinishedOf(store));
      setRuns(await store.listRuns());
    } catch (err) {
      setMessage(t('dashboard.stopped', { error: errorText(err) }));
      setUnfinished(await unfinishedOf(store));
    } finally {
      stop.current = null;
      setRunning(false);
    }
  };

  const halt = (cancel: boolean) => {
    if (!stop.current) return;
    stop.current.cancel = cancel;
    stop.current.controller.abort();
  };

  const recheckNow = async () => {
    if (!store || !run) return;
    const loaded = await loadProfile(extensionStore);
    setProfile(loaded.profile);
    setProblems(storedNotesText(loaded.notes));
    setRows(await recheckRun(store, run.id, loaded.profile));
    setMessage(t('dashboard.rechecked', { run: run.id }));
  };

  // Re-checking a large run takes a while: only the last run picked may show its rows.
  const picked = useRef<string | null>(null);
  const pick = async (runId: string) => {
    const chosen = runs.find((r) => r.id === runId);
    if (!store || !profile || !chosen) return;
    picked.current = runId;
    setRun(chosen);
    setRows([]);
    try {
      const rows = await recheckRun(store, chosen.id, profile);
      if (picked.current === runId) setRows(rows);
    } catch (err) {
      setMessage(t('dashboard.unreadable', { error: errorText(err) }));
    }
  };

  if (!profile || !store) {
    return (
      <main class="dashboard">
        <h1>{t('dashboard.title')}</h1>
        <p role="status">{message ?? t('dashboard.loading')}</p>
      </main>
    );
  }

  return (
    <main class="dashboard">
      <header>
        <h1>{t('dashboard.title')}</h1>
        <p class="muted">{t('dashboard.intro')}</p>
      </header>
      {problems.length > 0 && (
        <ul class="notice">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {profile.facilities.length === 0 && <p class="notice">{t('dashboard.noFacility')}</p>}
      {message && (
        <p class="notice" role="alert" data-testid="message">
          {message}
        </p>
      )}
      {unfinished && !running && (
        <ResumeBanner
          {...unfinished}
          disabled={running}
          onResume={() => void begin(undefined, unfinished.run.id)}
          onDiscard={async () => {
            await store.markCancelled(unfinished.run.id);
            setUnfinished(null);
          }}
        />
      )}
      {progress && (
        <ProgressPanel
          progress={progress}
          running={running}
          onPause={() => halt(false)}
          onCancel={() => halt(true)}
        />
      )}
      <div class="inputs">
        <IdListInput
          disabled={running || profile.facilities.length === 0}
          onStart={(ids) => void begin({ kind: 'ids', ids }, newRunId(Date.now()))}
        />
        <QueryBuilder
          profile={profile}
          disabled={running || profile.facilities.length === 0}
          onStart={(query) => void begin({ kind: 'query', query }, newRunId(Date.now()))}
        />
      </div>
      <RunPicker runs={runs} current={run?.id ?? null} disabled={running} onPick={(id) => void pick(id)} />
      {run && (
        <DashboardResults
          rows={rows}
          profile={profile}
          run={run}
          running={running}
          onRecheck={() => void recheckNow()}
        />
      )}
    </main>
  );
}
