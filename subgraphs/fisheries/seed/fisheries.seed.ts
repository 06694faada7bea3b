import type { Seeder } from '../../kit/database/seed-state.js';
import { bulkInsert } from '../../kit/seed/bulk-insert.js';
import { LENGTH_CLASSES, PORT_CALL_KINDS, VIOLATION_TYPES } from '../lookups/codes.js';
import { toDmy } from '../../kit/dates.js';
import { codesOn, planFleet, type DevicePlan, type VesselPlan } from './fleet.js';
import { PORTS } from './places.js';
import { planViolations } from './violations.js';
import { planVoyages } from './voyages.js';

const vesselRow = (v: VesselPlan) => ({
  ID_TAU: v.id,
  SODANGKY: v.registrationNumber,
  TENTAU: v.name,
  CHIEUDAI: v.lengthMeters,
  NHOMCHIEUDAI: v.classCode,
  CONGSUAT_KW: v.powerKw,
  CANGCA: v.homePort,
  CHUTAU: v.owner.name,
  CCCD_CHUTAU: v.owner.idNumber,
  SDT_CHUTAU: v.owner.phone,
  // The row holds the current registration record: its codes are those in force when it was made.
  ...codesOn(v, v.reRegistered ?? v.firstRegistered),
  NGAYDANGKY: toDmy(v.firstRegistered),
  NGAYCAPLAI: v.reRegistered,
  NGAYXOADANGKY: v.deregistered,
  DAXOA: v.deleted ? 1 : 0,
});

/**
 * The registry's registration records of a vessel: the first registration, and the re-registration
 * at the owner's new commune after the reform, each with the codes written on it and its days.
 */
const registrationRows = (v: VesselPlan) => {
  const records = [{ from: v.firstRegistered, to: v.reRegistered ?? v.deregistered }];
  if (v.reRegistered) records.push({ from: v.reRegistered, to: v.deregistered });
  return records.map((r) => ({ ID_TAU: v.id, SODANGKY: v.registrationNumber, ...codesOn(v, r.from), TUNGAY: r.from, DENNGAY: r.to, DAXOA: v.deleted ? 1 : 0 }));
};

const deviceRow = (d: DevicePlan) => ({
  ID_THIETBI: d.id,
  ID_TAU: d.vesselId,
  SERIAL: d.serial,
  NHACUNGCAP: d.provider,
  NGAYLAP: d.installed,
  NGAYGO: d.removed,
  DAXOA: d.deleted ? 1 : 0,
});

/**
 * The demo registry of the new province's fishing fleet from 2023-01-01 to `until`: ~2,000 vessels
 * at scale 1 (old Quảng Ngãi's sea-going fleet and old Kon Tum's reservoir boats), their
 * registration records, VMS devices, port exits and entries of the ≥ 15 m fleet, the last week's
 * position reports, the VMS centre's signal-loss log and a few hundred violations a year.
 * Deterministic for a scale and `until`.
 */
export const seedFisheries: Seeder = async (db, options) => {
  const fleet = planFleet(options.scale, options.until);
  const voyages = planVoyages(fleet, options.until);
  const violations = planViolations(fleet.vessels, options.scale, options.until);
  await db.knex.transaction(async (trx) => {
    await bulkInsert(trx, 'DM_NHOMCHIEUDAI', LENGTH_CLASSES.map((c) => ({ MANHOM: c.code, TENNHOM: c.name, TU_M: c.fromMeters, DEN_M: c.toMeters })));
    await bulkInsert(trx, 'DM_CANGCA', PORTS.map((p) => ({ MACANG: p.code, TENCANG: p.name, MAHUYEN: p.districtCode, MAXA: p.communeCode, DAXOA: 0 })));
    await bulkInsert(trx, 'DM_LOAIRAVAO', PORT_CALL_KINDS.map((k) => ({ MALOAI: k.code, TENLOAI: k.name })));
    await bulkInsert(trx, 'DM_LOAIVIPHAM', VIOLATION_TYPES.map((t) => ({ MALOAI: t.code, TENLOAI: t.name })));
    await bulkInsert(trx, 'TAUCA', fleet.vessels.map(vesselRow));
    await bulkInsert(trx, 'TAUCA_DANGKY', fleet.vessels.flatMap(registrationRows).map((r, i) => ({ ID_DANGKY: i + 1, ...r })));
    await bulkInsert(trx, 'THIETBI_VMS', fleet.devices.map(deviceRow));
    await bulkInsert(trx, 'RAVAO_CANG', voyages.portCalls);
    await bulkInsert(trx, 'BANTIN_VITRI', voyages.positions);
    await bulkInsert(trx, 'MATKETNOI_VMS', voyages.signalLosses);
    await bulkInsert(trx, 'VIPHAM', violations);
  });
  // PGlite has no autovacuum; fresh statistics keep the grouped reads on their indexes.
  if (db.kind !== 'mssql') await db.knex.raw('vacuum analyze');
};
