import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';
import { ACCOMMODATION_TYPES, ATTRACTION_TYPES } from '../../subgraphs/tourism/lookups/codes.js';

/** The lookup rows ship with the schema: the system cannot record an establishment or an attraction without them. */
export const tourism002: Migration = {
  name: '002-tourism-lookups',
  async up(knex: Knex) {
    await knex('DL_LOAICSLT').insert(ACCOMMODATION_TYPES.map((t) => ({ MA_LOAI: t.code, TEN_LOAI: t.name })));
    await knex('DL_LOAIDIEM').insert(ATTRACTION_TYPES.map((t) => ({ MA_LOAI: t.code, TEN_LOAI: t.name })));
  },
  async down(knex: Knex) {
    for (const table of ['DL_LOAIDIEM', 'DL_LOAICSLT']) await knex(table).del();
  },
};
