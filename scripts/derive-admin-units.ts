/**
 * Derives the administrative-unit reference data the hub ships from the dvhcvn-based files of the
 * shared reference data set (see reference/admin-units/SOURCE.md). Run by a maintainer when the
 * source changes, never at run time:
 *
 *   npx tsx scripts/derive-admin-units.ts <dir with units-2025-03-01.json and units-2025-07-01-merges.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OLD_PROVINCES = ['51', '62'];
const NEW_PROVINCES = ['51'];
/** The source is a 2025-03-01 snapshot: earlier boundary changes are not modelled. */
const BASELINE_FROM = '2000-01-01';
const REFORM_FROM = '2025-07-01';
const REFORM_LAST_DAY = '2025-06-30';

interface OldCommune { level3_id: string; name: string; type: string }
interface OldDistrict { level2_id: string; name: string; type: string; level3s: OldCommune[] }
interface OldProvince { level1_id: string; name: string; type: string; level2s: OldDistrict[] }
interface Merge { old_id: string; name: string; type: 'full' | 'partial' }
interface NewCommune { level2_id: string; name: string; merges: Merge[] }
interface NewProvince { level1_id: string; name: string; merges: Merge[]; level2s: NewCommune[] }

interface UnitRow {
  code: string; name: string; type: string; level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  validFrom: string; validTo: string | null; parentCode: string | null;
}
interface LineageRow {
  predecessorCode: string; predecessorValidFrom: string;
  successorCode: string; successorValidFrom: string;
  kind: 'MERGE' | 'PARTIAL_MERGE' | 'SPLIT' | 'RENAME' | 'CONTINUATION';
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/derive-admin-units.ts <admin-units source dir>');
  process.exit(2);
}
const read = <T>(file: string): T[] =>
  (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { data: T[] }).data;

const units: UnitRow[] = [];
const lineage: LineageRow[] = [];
const oldName = new Map<string, string>();

for (const p of read<OldProvince>('units-2025-03-01.json').filter((p) => OLD_PROVINCES.includes(p.level1_id))) {
  const old = { validFrom: BASELINE_FROM, validTo: REFORM_LAST_DAY };
  units.push({ code: p.level1_id, name: p.name, type: p.type, level: 'PROVINCE', ...old, parentCode: null });
  oldName.set(p.level1_id, p.name);
  for (const d of p.level2s) {
    units.push({ code: d.level2_id, name: d.name, type: d.type, level: 'DISTRICT', ...old, parentCode: p.level1_id });
    oldName.set(d.level2_id, d.name);
    for (const c of d.level3s) {
      units.push({ code: c.level3_id, name: c.name, type: c.type, level: 'COMMUNE', ...old, parentCode: d.level2_id });
      oldName.set(c.level3_id, c.name);
    }
  }
}

/** Names one lineage edge from the new unit's side: how the old unit went into it. */
function kindOf(merge: Merge, newName: string, mergeCount: number): LineageRow['kind'] {
  if (merge.type === 'partial') return mergeCount > 1 ? 'PARTIAL_MERGE' : 'SPLIT';
  if (mergeCount > 1) return 'MERGE';
  return oldName.get(merge.old_id) === newName ? 'CONTINUATION' : 'RENAME';
}

function addLineage(code: string, name: string, merges: Merge[]): void {
  for (const m of merges) {
    if (!oldName.has(m.old_id)) throw new Error(`merge source ${m.old_id} of ${code} is not an old unit`);
    lineage.push({
      predecessorCode: m.old_id, predecessorValidFrom: BASELINE_FROM,
      successorCode: code, successorValidFrom: REFORM_FROM,
      kind: kindOf(m, name, merges.length),
    });
  }
}

for (const p of read<NewProvince>('units-2025-07-01-merges.json').filter((p) => NEW_PROVINCES.includes(p.level1_id))) {
  const fresh = { validFrom: REFORM_FROM, validTo: null };
  units.push({ code: p.level1_id, name: p.name, type: 'Tỉnh', level: 'PROVINCE', ...fresh, parentCode: null });
  addLineage(p.level1_id, p.name, p.merges);
  for (const c of p.level2s) {
    const type = c.name.startsWith('Đặc khu') ? 'Đặc khu' : c.name.split(' ')[0]!;
    units.push({ code: c.level2_id, name: c.name, type, level: 'COMMUNE', ...fresh, parentCode: p.level1_id });
    addLineage(c.level2_id, c.name, c.merges);
  }
}

const out = join(import.meta.dirname, '..', 'reference', 'admin-units', 'units.json');
writeFileSync(out, JSON.stringify({ source: 'dvhcvn (GSO), see SOURCE.md', units, lineage }, null, 1) + '\n');
console.log(`wrote ${units.length} units and ${lineage.length} lineage edges to ${out}`);
