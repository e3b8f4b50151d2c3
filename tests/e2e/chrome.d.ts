// The little of the `chrome` API that tests call inside the extension's service worker (worker.evaluate).
declare const chrome: {
  tabs: { query(query: { url?: string }): Promise<Array<{ id?: number; url?: string }>> };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key?: string): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    };
    session: { clear(): Promise<void> };
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  };
  runtime: { getManifest(): { name: string } };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      files?: string[];
      func?: () => unknown;
    }): Promise<Array<{ result?: unknown }>>;
    getRegisteredContentScripts(filter: {
      ids: string[];
    }): Promise<Array<{ id: string; matches?: string[] }>>;
  };
};
