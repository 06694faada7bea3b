import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, ROOT } from '../scripts/generate/generated-files.js';
import { subgraphs } from '../subgraphs/all.js';

describe('files generated from the registry', () => {
  it('match the code: SDL, supergraph, docs, overview query, compose, init script, README table (run npm run compose when not)', async () => {
    const { files, hints } = await generatedFiles(subgraphs);
    expect(hints).toEqual([]);
    for (const [path, text] of files) expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(text);
  });
});
