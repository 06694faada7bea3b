/**
 * The one process entry of every subgraph: `node subgraphs/main.ts <name>` (or `SUBGRAPH=<name>`),
 * where the name is one of the registry's (`npm run compose` lists them in the README). Only the
 * named subgraph's code is loaded.
 */
import 'reflect-metadata';
import { runSubgraph } from './kit/run-subgraph.js';
import { loadSubgraph, registry } from './registry.js';

const name = process.argv[2] ?? process.env.SUBGRAPH;
const names = registry.map((e) => e.name);
if (!name || !names.includes(name)) {
  process.stderr.write(`usage: subgraphs/main <name>, one of: ${names.join(', ')}${name ? ` (got "${name}")` : ''}\n`);
  process.exit(2);
}
await runSubgraph(await loadSubgraph(name), names);
