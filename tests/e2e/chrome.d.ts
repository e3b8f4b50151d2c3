// The little of the `chrome` API that tests call inside the extension's service worker (worker.evaluate).
declare const chrome: {
  tabs: { query(query: { url?: string }): Promise<Array<{ id?: number; url?: string }>> };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key?: string): Promise<Record<string, unknown>>;
    };
  };
};
