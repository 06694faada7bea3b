import { describe, expect, it } from 'vitest';
import { useTestSubgraph } from '../kit/testing/subgraph-fixture.js';
import { unitRepresentation as unit } from '../kit/testing/unit-queries.js';
import { fisheries } from './index.js';

interface Value {
  code: string;
  value: number | null;
  status: string;
}
const OLD = '2000-01-01';
const Y2024 = { from: '2024-01-01', to: '2024-12-31' };
const FIELDS = 'code value status';

describe('signal loss, from the VMS centre\'s stored log', () => {
  const fi = useTestSubgraph('pglite', fisheries);

  it('has a value for any period, not only the week of positions the VMS keeps', async () => {
    const res = await fi.gql<{ _entities: Array<{ fisheries: { indicators: Value[]; indicatorSeries: Value[] } }> }>(
      `query($reps: [_Any!]!, $period: PeriodInput!) { _entities(representations: $reps) { ... on AdministrativeUnit { fisheries {
        indicators(period: $period) { ${FIELDS} } indicatorSeries(period: $period, every: MONTH) { ${FIELDS} } } } } }`,
      { reps: [unit('51', OLD)], period: Y2024 },
    );
    expect(res.errors).toBeUndefined();
    const { indicators, indicatorSeries } = res.data!._entities[0]!.fisheries;
    expect(indicators.find((v) => v.code === 'FI_SIGNAL_LOST_6H')).toMatchObject({ status: 'FINAL' });
    const months = indicatorSeries.filter((v) => v.code === 'FI_SIGNAL_LOST_6H');
    expect(months).toHaveLength(12);
    expect(months.every((m) => m.status === 'FINAL' && m.value !== null)).toBe(true);
    expect(months.reduce((s, m) => s + m.value!, 0)).toBeGreaterThan(0);
  });
});
