import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATORS_DOC, renderIndicatorsDoc } from '../scripts/indicators-doc.js';

describe('docs/indicators.md', () => {
  it('lists every indicator the sectors compute (run npx tsx scripts/indicators-doc.ts when it does not)', () => {
    expect(readFileSync(INDICATORS_DOC, 'utf8')).toBe(renderIndicatorsDoc());
  });
});
