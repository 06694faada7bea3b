import type { Knex } from 'knex';
import type { Seeder } from '../../kit/database/seed-state.js';
import { bulkInsert } from '../../kit/seed/bulk-insert.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { toDmy } from '../../kit/dates.js';
import { SerialBook, seedFirstIssues, seedResurveyCertificates } from './seed-certificates.js';
import { seedChanges } from './seed-changes.js';
import { seedDisputes } from './seed-disputes.js';
import { SeedState } from './seed-model.js';
import { keepParcelKeysUnique, seedHistoricalParcels, seedNewParcels, seedResurvey, type ParcelContext } from './seed-parcels.js';
import { newUrbanCodes, seedCommunes } from './seed-units.js';

/** Old communes whose cadastral maps were re-surveyed after the reform, and when. */
const RESURVEYS: ReadonlyArray<readonly [commune: string, day: string]> = [
  ['21301', '2025-11-20'],
  ['21445', '2026-04-15'],
];

/**
 * The demo cadastral database of old Quảng Ngãi from 2023 to `until` on top of the register's stock
 * (parcels registered since 1994): about 30,000 parcels at scale 1, their certificates, change
 * registrations and a few hundred disputes; about 1% of records soft-deleted (with everything that
 * hangs off a deleted parcel).
 */
export const seedLand: Seeder = async (db, options) => {
  const state = generate(options.scale, options.until);
  await db.knex.transaction(async (trx) => {
    await insertAll(trx, state);
  });
  if (db.kind !== 'mssql') await db.knex.raw('vacuum analyze');
};

export function generate(scale: number, until: string): SeedState {
  const random = (part: string): Random => createRandom(`land:${part}`);
  const state = new SeedState();
  const communes = seedCommunes(random('communes'));
  const ctx: ParcelContext = { random: random('parcels'), state, communes, newUrban: newUrbanCodes(), scale, until };
  const holders = seedHistoricalParcels(ctx);
  seedNewParcels(ctx, holders);
  const replacements = RESURVEYS.flatMap(([commune, day]) => seedResurvey(ctx, commune, day));
  keepParcelKeysUnique(state);
  const book = new SerialBook(random('serials'));
  seedFirstIssues(random('first-issues'), state, book, until);
  seedResurveyCertificates(random('resurvey'), state, book, replacements, until);
  seedChanges(random('changes'), state, book, communes, scale, until);
  seedDisputes(random('disputes'), state, communes, scale, until);
  softDelete(random('deleted'), state);
  return state;
}

/** About 1% of each kind of record is flagged deleted; a deleted parcel takes its records with it. */
function softDelete(random: Random, state: SeedState): void {
  for (const p of state.parcels) p.deleted = random.chance(0.01);
  for (const list of [state.certificates, state.changes, state.disputes]) {
    for (const r of list) r.deleted = r.parcel.deleted || random.chance(0.01);
  }
}

const flag = (deleted: boolean) => (deleted ? 1 : 0);

async function insertAll(trx: Knex.Transaction, state: SeedState): Promise<void> {
  await bulkInsert(
    trx,
    'DC_CHUSUDUNG',
    state.holders.map((h) => ({ CHUSUDUNGID: h.id, LOAICHU: h.kind, HOTEN: h.name, SOGIAYTO: h.idNumber, DAXOA: 0 })),
  );
  await bulkInsert(
    trx,
    'DC_THUADAT',
    state.parcels.map((p) => ({
      THUADATID: p.id,
      MADVHC: p.unitCode,
      SOHIEUTOBANDO: p.sheet,
      SOTHUTUTHUA: p.number,
      DIENTICH: p.area,
      MAMDSD: p.purpose,
      NGAYVAOSO: toDmy(p.registeredOn),
      NGAYHETHIEULUC: p.retiredOn,
      DAXOA: flag(p.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'DC_DANGKYBIENDONG',
    state.changes.map((c) => ({
      DANGKYBIENDONGID: c.id,
      THUADATID: c.parcel.id,
      MADVHC: c.unitCode,
      MALOAIBIENDONG: c.kind,
      NGAYNHAN: c.receivedOn,
      NGAYHENTRA: c.dueOn,
      NGAYHOANTHANH: c.finishedOn,
      DAXOA: flag(c.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'DC_GIAYCHUNGNHAN',
    state.certificates.map((g) => ({
      GIAYCHUNGNHANID: g.id,
      THUADATID: g.parcel.id,
      CHUSUDUNGID: g.holderId,
      DANGKYBIENDONGID: g.changeId,
      MADVHC: g.unitCode,
      SOPHATHANH: g.serial,
      SOVAOSO: g.registerNumber,
      NGAYCAP: g.issuedOn,
      MAHINHTHUC: g.kind,
      DAXOA: flag(g.deleted),
    })),
  );
  await bulkInsert(
    trx,
    'DC_TRANHCHAP',
    state.disputes.map((d) => ({
      TRANHCHAPID: d.id,
      THUADATID: d.parcel.id,
      MADVHC: d.unitCode,
      NOIDUNG: d.subject,
      NGAYTIEPNHAN: d.receivedOn,
      NGAYKETTHUC: d.closedOn,
      MATRANGTHAI: d.status,
      DAXOA: flag(d.deleted),
    })),
  );
}
