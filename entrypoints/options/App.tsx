import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ProfileEditor } from '../../components/options/ProfileEditor';
import { SubmissionSettings } from '../../components/options/SubmissionSettings';
import { SettingsPanel } from '../../components/SettingsPanel';
import { publisherOrigins } from '../../lib/extract/publisher-sites';
import { SITE_ADAPTERS } from '../../lib/extract/sites';
import { loadProfile, loadUndo, saveProfile } from '../../lib/profile/store';
import type { Profile } from '../../lib/profile/types';
import { loadSettings, type Settings, saveSettings } from '../../lib/settings';
import { fetchRorOrganization } from '../../lib/sources/ror';
import { fetchRridRecord } from '../../lib/sources/rrid';
import {
  type SubmissionSettings as AssistantSettings,
  loadSubmissionSettings,
  saveSubmissionSettings,
} from '../../lib/submission/systems';
import { requestOrigins } from '../../platform/permissions';
import { extensionStore } from '../../platform/storage';
import { lookupConfig } from './lookup-config';

const readSettings = () => loadSettings(extensionStore);
const writeSettings = (settings: Settings) => saveSettings(extensionStore, settings);
const requestPublisherAccess = () => browser.permissions.request({ origins: publisherOrigins() });
const hasPublisherAccess = () => browser.permissions.contains({ origins: publisherOrigins() });
const readAssistant = () => loadSubmissionSettings(extensionStore);
const writeAssistant = (settings: AssistantSettings) => saveSubmissionSettings(extensionStore, settings);
const requestSites = (origins: string[]) => browser.permissions.request({ origins });

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    void Promise.all([loadProfile(extensionStore), loadUndo(extensionStore)]).then(([profile, undo]) =>
      setLoaded({ ...profile, undo }),
    );
  }, []);

  // A page heading and a main landmark: screen-reader users jump by them (axe: page-has-heading-one, region).
  return (
    <main>
      <h1>CoreCredit facility profiles</h1>
      <p>
        Your facilities, as CoreCredit compares them with each paper. To check many papers at once, open the{' '}
        <a href={browser.runtime.getURL('/dashboard.html')}>audit dashboard</a>; to check a draft before it is
        submitted, the <a href={browser.runtime.getURL('/manuscript.html')}>manuscript check</a> (export a
        facility below to give its authors the profile they need there).
      </p>
      {loaded ? <Editor loaded={loaded} /> : <p role="status">Loading your profile…</p>}
      <SettingsPanel
        load={readSettings}
        save={writeSettings}
        requestPublisherAccess={requestPublisherAccess}
        hasPublisherAccess={hasPublisherAccess}
        publisherCount={SITE_ADAPTERS.length}
        dashboardUrl={browser.runtime.getURL('/dashboard.html')}
      />
      <SubmissionSettings load={readAssistant} save={writeAssistant} requestSites={requestSites} />
    </main>
  );
}

interface Loaded {
  profile: Profile;
  problems: string[];
  undo: { what: string; previous: Profile } | null;
}

function Editor({ loaded }: { loaded: Loaded }) {
  const api = lookupConfig();
  return (
    <ProfileEditor
      profile={loaded.profile}
      problems={loaded.problems}
      undo={loaded.undo}
      onSave={(profile, undo) => saveProfile(extensionStore, profile, undo)}
      lookupRor={async (id) => {
        await requestOrigins(api.ror.origins, 'the Research Organization Registry (api.ror.org)');
        return fetchRorOrganization(id, { fetch, base: api.ror.base });
      }}
      lookupRrid={async (rrid) => {
        await requestOrigins(api.rrid.origins, 'the RRID resolver (scicrunch.org)');
        return fetchRridRecord(rrid, { fetch, base: api.rrid.base });
      }}
    />
  );
}
