import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';
import { ENROLMENT_STATUSES, LEVELS, OWNERSHIPS, QUALIFICATIONS } from '../../subgraphs/education/lookups/codes.js';

/**
 * The national lookup rows ship with the schema: the system cannot record a school without them.
 * School years (DM_NAM_HOC) are not among them: the department opens one each August (the seed).
 */
export const education002: Migration = {
  name: '002-education-lookups',
  async up(knex: Knex) {
    await knex('DM_TRINH_DO_DT').insert([...QUALIFICATIONS]);
    await knex('DM_CAP_HOC').insert([...LEVELS]);
    await knex('DM_LOAI_HINH').insert([...OWNERSHIPS]);
    await knex('DM_TRANG_THAI_HS').insert([...ENROLMENT_STATUSES]);
  },
  async down(knex: Knex) {
    for (const table of ['DM_TRANG_THAI_HS', 'DM_LOAI_HINH', 'DM_CAP_HOC', 'DM_TRINH_DO_DT']) await knex(table).del();
  },
};
