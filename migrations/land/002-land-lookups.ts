import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';
import { CERTIFICATE_KINDS, CHANGE_KINDS, DISPUTE_STATUSES, USE_PURPOSES } from '../../subgraphs/land/lookups/codes.js';

/** The lookup rows ship with the schema: the system cannot record a parcel without them. */
export const land002: Migration = {
  name: '002-land-lookups',
  async up(knex: Knex) {
    await knex('DC_MUCDICHSUDUNG').insert(USE_PURPOSES.map((p) => ({ ...p, DAXOA: 0 })));
    await knex('DC_HINHTHUCCAP').insert([...CERTIFICATE_KINDS]);
    await knex('DC_LOAIBIENDONG').insert([...CHANGE_KINDS]);
    await knex('DC_TRANGTHAITRANHCHAP').insert([...DISPUTE_STATUSES]);
  },
  async down(knex: Knex) {
    for (const table of ['DC_TRANGTHAITRANHCHAP', 'DC_LOAIBIENDONG', 'DC_HINHTHUCCAP', 'DC_MUCDICHSUDUNG']) await knex(table).del();
  },
};
