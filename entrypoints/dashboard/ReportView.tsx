import { useEffect, useState } from 'preact/hooks';
import { FacilityReport } from '../../components/dashboard/FacilityReport';
import type { AuditRow, AuditRun } from '../../lib/audit/types';
import { loadProfile } from '../../lib/profile/store';
import type { Profile } from '../../lib/profile/types';
import { IdbAuditStore } from '../../platform/audit-store-idb';
import { t } from '../../platform/i18n';
import { extensionStore } from '../../platform/storage';
import { recheckRun } from './audit-session';

interface Loaded {
  profile: Profile;
  run: AuditRun;
  rows: AuditRow[];
}

/** dashboard.html?report=<facilityId>[&run=<runId>]: one facility's printable page (newest run by default). */
export function ReportView({ facilityId }: { facilityId: string }) {
  const [data, setData] = useState<Loaded | string>(() => t('dashboard.loading'));
  useEffect(() => {
    void (async () => {
      const store = await IdbAuditStore.open();
      const { profile } = await loadProfile(extensionStore);
      const wanted = new URLSearchParams(location.search).get('run');
      const run = wanted ? await store.getRun(wanted) : ((await store.listRuns())[0] ?? null);
      if (!run) return setData(t('dashboard.report.none'));
      setData({ profile, run, rows: await recheckRun(store, run.id, profile) });
    })().catch((err) => setData(t('dashboard.report.failed', { error: String(err) })));
  }, []);
  if (typeof data === 'string') return <p role="status">{data}</p>;
  const facility = data.profile.facilities.find((f) => f.id === facilityId);
  if (!facility) return <p role="alert">{t('dashboard.report.unknownFacility', { id: facilityId })}</p>;
  return <FacilityReport facility={facility} profile={data.profile} run={data.run} rows={data.rows} />;
}
