import { useEffect, useState } from 'preact/hooks';
import { ProfileEditor } from '../../components/options/ProfileEditor';
import { loadProfile, saveProfile } from '../../lib/profile/store';
import type { Profile } from '../../lib/profile/types';
import { fetchRorOrganization } from '../../lib/sources/ror';
import { fetchRridRecord } from '../../lib/sources/rrid';
import { ORIGINS, requestOrigins } from '../../platform/permissions';
import { extensionStore } from '../../platform/storage';

export function App() {
  const [loaded, setLoaded] = useState<{ profile: Profile; problems: string[] }>();

  useEffect(() => {
    void loadProfile(extensionStore).then(setLoaded);
  }, []);

  // A page heading and a main landmark: screen-reader users jump by them (axe: page-has-heading-one, region).
  return (
    <main>
      <h1>CoreCredit facility profiles</h1>
      {loaded ? <Editor loaded={loaded} /> : <p role="status">Loading your profile…</p>}
    </main>
  );
}

function Editor({ loaded }: { loaded: { profile: Profile; problems: string[] } }) {
  return (
    <ProfileEditor
      profile={loaded.profile}
      problems={loaded.problems}
      onSave={(profile) => saveProfile(extensionStore, profile)}
      lookupRor={async (id) => {
        await requestOrigins([ORIGINS.ror], 'the Research Organization Registry (api.ror.org)');
        return fetchRorOrganization(id, { fetch });
      }}
      lookupRrid={async (rrid) => {
        await requestOrigins([ORIGINS.rrid], 'the RRID resolver (scicrunch.org)');
        return fetchRridRecord(rrid, { fetch });
      }}
    />
  );
}
