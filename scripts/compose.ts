/**
 * `npm run compose`: writes schema/subgraphs/<name>.graphql and schema/supergraph.graphql from code.
 * `--check` (part of `npm run check`): fails when the committed files differ from the code.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../schema/compose.js';
import { subgraphs } from '../subgraphs/registry.js';

const root = join(import.meta.dirname, '..', 'schema');
const check = process.argv.includes('--check');
const composed = await composeSupergraph(subgraphs);
for (const hint of composed.hints) console.warn(`composition hint: ${hint}`);
const files = new Map<string, string>([
  ...[...composed.subgraphs].map(([name, sdl]) => [join(root, 'subgraphs', `${name}.graphql`), sdl] as [string, string]),
  [join(root, 'supergraph.graphql'), composed.supergraph],
]);
const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
if (check) {
  if (stale.length) {
    console.error(`schema drift: ${stale.join(', ')} differ from the code; run npm run compose and commit`);
    process.exit(1);
  }
  console.log('schema: committed SDL and supergraph match the code');
} else {
  for (const [path, text] of files) writeFileSync(path, text);
  console.log(`wrote ${files.size} files${stale.length ? ` (${stale.length} changed)` : ' (no change)'}`);
}
