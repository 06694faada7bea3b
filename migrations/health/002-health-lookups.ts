import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';
import { DISEASE_GROUPS, FACILITY_LEVELS, ICD10, TREATMENT_TYPES, VACCINES } from '../../subgraphs/health/lookups/codes.js';

/** The lookup rows ship with the schema: the system cannot record a facility, a claim or a dose without them. */
export const health002: Migration = {
  name: '002-health-lookups',
  async up(knex: Knex) {
    await knex('DM_TUYEN').insert([...FACILITY_LEVELS]);
    await knex('DM_LOAI_KCB').insert([...TREATMENT_TYPES]);
    await knex('DM_BENH_ICD10').insert([...ICD10]);
    await knex('DM_NHOM_BENH_TN').insert(DISEASE_GROUPS.map(({ MA_NHOM_BENH, TEN_NHOM_BENH, MA_ICD }) => ({ MA_NHOM_BENH, TEN_NHOM_BENH, MA_ICD })));
    await knex('DM_VACXIN').insert([...VACCINES]);
  },
  async down(knex: Knex) {
    for (const table of ['DM_VACXIN', 'DM_NHOM_BENH_TN', 'DM_BENH_ICD10', 'DM_LOAI_KCB', 'DM_TUYEN']) await knex(table).del();
  },
};
