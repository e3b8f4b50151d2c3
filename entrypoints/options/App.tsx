import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ProfileEditor } from '../../components/options/ProfileEditor';
import { SubmissionSettings } from '../../components/options/SubmissionSettings';
import { SettingsPanel } from '../../components/SettingsPanel';
import { storedNotesText } from '../../components/stored-note-text';
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
import { t } from '../../platform/i18n';
import { requestOrigins } from '../../platform/permissions';
import { extensionStore } from '../../platform/storage';
import { lookupConfig } from './lookup-config';

/** The stored settings, with what reading them repaired in the user's language. */
const readSettings = async () => {
  const { settings, notes } = await loadSettings(extensionStore);
  return { settings, problems: storedNotesText(notes) };
};
const writeSettings = (settings: Settings) => saveSettings(extensionStore, settings);
const requestPublisherAccess = () => browser.permissions.request({ origins: publisherOrigins() });
const hasPublisherAccess = () => browser.permissions.contains({ origins: publisherOrigins() });
const readAssistant = () => loadSubmissionSettings(extensionStore);
const writeAssistant = (settings: AssistantSettings) => saveSubmissionSettings(extensionStore, settings);
const requestSites = (origins: string[]) => browser.permissions.request({ origins });

// The links sit where each language's sentence puts them: the message holds two private-use markers,
// and the text is cut at them.
const LINK_1 = '\uE001';
const LINK_2 = '\uE002';
function withLinks(text: string, links: [ComponentChild, ComponentChild]): ComponentChild[] {
  return text
    .split(/(\uE001|\uE002)/)
    .map((part) => (part === LINK_1 ? links[0] : part === LINK_2 ? links[1] : part));
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    void Promise.all([loadProfile(extensionStore), loadUndo(extensionStore)]).then(([read, undo]) =>
      setLoaded({ profile: read.profile, problems: storedNotesText(read.notes), undo }),
    );
  }, []);

  // A page heading and a main landmark: screen-reader users jump by them (axe: page-has-heading-one, region).
  return (
    <main>
      <h1>{t('options.title')}</h1>
      <p>
        {withLinks(t('options.intro', { dashboard: LINK_1, manuscript: LINK_2 }), [
          <a key="dashboard" href={browser.runtime.getURL('/dashboard.html')}>
            {t('options.dashboardLink')}
          </a>,
          <a key="manuscript" href={browser.runtime.getURL('/manuscript.html')}>
            {t('options.manuscriptLink')}
          </a>,
        ])}
      </p>
      {loaded ? <Editor loaded={loaded} /> : <p role="status">{t('options.loading')}</p>}
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
        await requestOrigins(api.ror.origins, t('options.rorService'));
        return fetchRorOrganization(id, { fetch, base: api.ror.base });
      }}
      lookupRrid={async (rrid) => {
        await requestOrigins(api.rrid.origins, t('options.rridService'));
        return fetchRridRecord(rrid, { fetch, base: api.rrid.base });
      }}
    />
  );
}
