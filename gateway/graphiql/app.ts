/// <reference lib="dom" />
// Browser entry of the hub's GraphiQL page, bundled by build.ts.
// createElement rather than JSX, which would need @types/react (not installed; see react-shim.d.ts).
import './workers.js'; // first: Monaco must find its workers before graphiql loads it
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const TITLE = 'IOC Hub GraphiQL';

const DEFAULT_QUERY = `# ${TITLE}
#
# Ctrl-Enter (Cmd-Enter on macOS) runs the query.
# Credentials go in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

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

const container = document.getElementById('graphiql');
// The server writes the endpoint into the page so the bundle itself stays
// the same for every mount path (and cacheable for a year).
const endpoint = container?.dataset['endpoint'];
if (!container || !endpoint) {
  throw new Error('GraphiQL: the page has no #graphiql element with a data-endpoint attribute');
}

const fetcher = createGraphiQLFetcher({ url: endpoint });

createRoot(container).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      isHeadersEditorEnabled: true,
      // Tokens typed into the headers editor must not outlive the tab in localStorage.
      shouldPersistHeaders: false,
    },
    createElement(GraphiQL.Logo, null, TITLE),
  ),
);
