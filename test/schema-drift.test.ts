import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../schema/compose.js';
import { subgraphs } from '../subgraphs/registry.js';

const schemaDir = join(import.meta.dirname, '..', 'schema');

describe('committed schema', () => {
  it('matches the SDL and supergraph composed from the code (run npm run compose when it does not)', async () => {
    const composed = await composeSupergraph(subgraphs);
    for (const [name, sdl] of composed.subgraphs) {
      expect(readFileSync(join(schemaDir, 'subgraphs', `${name}.graphql`), 'utf8'), `schema/subgraphs/${name}.graphql`).toBe(sdl);
    }
    expect(readFileSync(join(schemaDir, 'supergraph.graphql'), 'utf8'), 'schema/supergraph.graphql').toBe(composed.supergraph);
  });
});
