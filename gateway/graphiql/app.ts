/// <reference lib="dom" />
// Browser entry of the hub's GraphiQL page, bundled by build.ts.
// createElement rather than JSX, which would need @types/react (not installed; see react-shim.d.ts).
import './workers.js'; // first: Monaco must find its workers before graphiql loads it
import { GraphiQL } from 'graphiql';
import { createElement as h, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { AuthBar, containerClass } from './auth-bar.js';
import { CredentialStore } from './credentials.js';
import { createHubFetcher, type SchemaAnswer } from './fetcher.js';

const TITLE = 'IOC Hub GraphiQL';

/** How long the token must stay unchanged before the schema is fetched again with it. */
const SCHEMA_REFETCH_DELAY_MS = 300;

const DEFAULT_QUERY = `# ${TITLE}
#
# Ctrl-Enter (Cmd-Enter on macOS) runs the query.
# Paste your API key or token into the Token field
# above. Reading personal data also needs a Purpose
# (case or dossier number). A header typed into the
# Headers tab below wins over the fields above.

query ProvinceWithDistricts {
  unit(code: "51") {
    code
    name
    children {
      code
      name
    }
  }
}
`;

/** `value`, once it has stopped changing for `delayMs`. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function App({ endpoint, store }: { endpoint: string; store: CredentialStore }) {
  const credentials = useSyncExternalStore(store.subscribe, store.get);
  const [schemaAnswer, setSchemaAnswer] = useState<SchemaAnswer | null>(null);
  const [schemaRequests] = useState(() => ({ sent: 0 }));
  const schemaToken = useSettled(credentials.token, SCHEMA_REFETCH_DELAY_MS);
  // Every request reads the store afresh; the fetcher is rebuilt only when
  // the token settles on a new value because GraphiQL fetches the schema
  // again whenever its fetcher changes, which a new token calls for.
  const fetcher = useMemo(
    () =>
      createHubFetcher({
        endpoint,
        credentials: store.get,
        onSchemaAnswer: (answer) => setSchemaAnswer(() => answer),
        schemaRequests,
      }),
    [endpoint, store, schemaRequests, schemaToken],
  );

  return h(
    GraphiQL,
    {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      isHeadersEditorEnabled: true,
      // Tokens typed into the headers editor must not outlive the tab in localStorage.
      shouldPersistHeaders: false,
      className: containerClass(schemaAnswer),
    },
    h(
      GraphiQL.Logo,
      null,
      h(
        'div',
        { className: 'ioc-hub-header' },
        h(AuthBar, {
          credentials,
          schemaAnswer,
          onTokenChange: (token: string) => store.setToken(token),
          onPurposeChange: (purpose: string) => store.setPurpose(purpose),
        }),
        h('span', { className: 'ioc-hub-title' }, TITLE),
      ),
    ),
  );
}

const container = document.getElementById('graphiql');
// The server writes the endpoint into the page so the bundle itself stays
// the same for every mount path (and cacheable for a year).
const endpoint = container?.dataset['endpoint'];
if (!container || !endpoint) {
  throw new Error('GraphiQL: the page has no #graphiql element with a data-endpoint attribute');
}

createRoot(container).render(h(App, { endpoint, store: new CredentialStore() }));
