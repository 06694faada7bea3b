/**
 * The one process entry of every subgraph: `node subgraphs/main.ts <name>` (or `SUBGRAPH=<name>`),
 * where the name is one of the registry's (`npm run compose` lists them in the README).
 */
import 'reflect-metadata';
import { runSubgraph } from './kit/run-subgraph.js';
import { subgraphNamed, subgraphs } from './registry.js';

const name = process.argv[2] ?? process.env.SUBGRAPH;
if (!name || !subgraphs.some((s) => s.name === name)) {
  process.stderr.write(`usage: subgraphs/main <name>, one of: ${subgraphs.map((s) => s.name).join(', ')}${name ? ` (got "${name}")` : ''}\n`);
  process.exit(2);
}
await runSubgraph(subgraphNamed(name), subgraphs.map((s) => s.name));
