/**
 * `npm run compose`: writes every file derived from the registry (subgraph SDL, supergraph, docs,
 * the dashboard overview query, docker-compose.yml, the database init script, the README's sector
 * table). `--check` (part of `npm run check`): fails when a committed file differs from the code.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphs } from '../subgraphs/all.js';
import { generatedFiles, ROOT } from './generate/generated-files.js';

const check = process.argv.includes('--check');
const { files, hints } = await generatedFiles(subgraphs);
for (const hint of hints) console.warn(`composition hint: ${hint}`);
const stale = [...files].filter(([path, text]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== text).map(([path]) => path);
if (check) {
  if (stale.length) {
    console.error(`generated files drifted from the code: ${stale.join(', ')}; run npm run compose and commit`);
    process.exit(1);
  }
  console.log(`generated files: all ${files.size} match the code`);
} else {
  for (const [path, text] of files) writeFileSync(join(ROOT, path), text);
  console.log(`wrote ${files.size} files${stale.length ? ` (${stale.length} changed: ${stale.join(', ')})` : ' (no change)'}`);
}
