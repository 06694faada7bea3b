import type { Knex } from 'knex';
import type { Migration } from '../../subgraphs/kit/database/migrate.js';
import { CHANGE_KINDS, RESURVEY_EXCHANGE } from '../../subgraphs/land/lookups/codes.js';

/**
 * The change registration of a certificate exchange after a re-survey (09). A database made before
 * it lacks the row; one made since gets it from 002 already.
 */
export const land003: Migration = {
  name: '003-land-resurvey-exchange',
  async up(knex: Knex) {
    const kind = CHANGE_KINDS.find((k) => k.MALOAIBIENDONG === RESURVEY_EXCHANGE)!;
    const present = await knex('DC_LOAIBIENDONG').where('MALOAIBIENDONG', RESURVEY_EXCHANGE).first();
    if (!present) await knex('DC_LOAIBIENDONG').insert({ ...kind });
  },
  async down(knex: Knex) {
    await knex('DC_LOAIBIENDONG').where('MALOAIBIENDONG', RESURVEY_EXCHANGE).del();
  },
};
