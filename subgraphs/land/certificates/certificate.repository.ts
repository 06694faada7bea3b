import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { toIsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { CertificateKindCode } from '../lookups/codes.js';
import type { Certificate, CertificateFilter, LandHolder } from './certificate.model.js';

interface CertificateRow {
  id: number;
  parcel_id: number;
  holder_id: number;
  change_id: number | null;
  unit_code: string;
  serial: string;
  register_number: string;
  issued_on: string | Date;
  kind: CertificateKindCode;
}

const COLUMNS = [
  'g.GIAYCHUNGNHANID as id',
  'g.THUADATID as parcel_id',
  'g.CHUSUDUNGID as holder_id',
  'g.DANGKYBIENDONGID as change_id',
  'g.MADVHC as unit_code',
  'g.SOPHATHANH as serial',
  'g.SOVAOSO as register_number',
  'g.NGAYCAP as issued_on',
  'g.MAHINHTHUC as kind',
];

/** Newest first. */
const CERTIFICATE_ORDER: readonly KeyColumn[] = [
  { column: 'g.NGAYCAP', direction: 'desc', type: 'date' },
  { column: 'g.GIAYCHUNGNHANID', direction: 'desc', type: 'int' },
];

const toCertificate = (r: CertificateRow): Certificate => ({
  id: Number(r.id),
  parcelId: Number(r.parcel_id),
  holderId: Number(r.holder_id),
  changeRegistrationId: r.change_id === null ? null : Number(r.change_id),
  unitCode: r.unit_code,
  recordedOn: toIsoDate(r.issued_on),
  serial: r.serial,
  registerNumber: r.register_number,
  issuedOn: toIsoDate(r.issued_on),
  kind: r.kind,
});

const certificateKey = (c: Certificate): string[] => [c.issuedOn, String(c.id)];

/** DC_GIAYCHUNGNHAN and the holders (DC_CHUSUDUNG) named on them. */
/** Where a record was recorded: its unit code and the day it was made. */
const RECORDED: RecordedColumns = { unit: 'g.MADVHC', on: 'g.NGAYCAP', kind: 'date' };

export class CertificateRepository extends ListRepository<CertificateFilter, CertificateRow, Certificate> {
  readonly pageOrder = CERTIFICATE_ORDER;
  readonly pageKey = certificateKey;

  private base(): Knex.QueryBuilder {
    return this.knex('DC_GIAYCHUNGNHAN as g').where('g.DAXOA', 0);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Certificate[]> {
    const rows: CertificateRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('g.GIAYCHUNGNHANID', ids)), RECORDED, area);
    return rows.map(toCertificate);
  }

  async bySerials(serials: readonly string[], area: RecordArea): Promise<Certificate[]> {
    const rows: CertificateRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('g.SOPHATHANH', serials)), RECORDED, area);
    return rows.map(toCertificate);
  }

  /** Certificates of each parcel, oldest first. */
  async ofParcels(parcelIds: readonly number[], area: RecordArea): Promise<Certificate[]> {
    const q = this.base().select(COLUMNS).where(this.inList('g.THUADATID', parcelIds)).orderBy(['g.NGAYCAP', 'g.GIAYCHUNGNHANID']);
    const rows: CertificateRow[] = await this.inArea(q, RECORDED, area);
    return rows.map(toCertificate);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<CertificateFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    if (args.filter.period) base.whereBetween('g.NGAYCAP', [args.filter.period.from, args.filter.period.to]);
    if (args.filter.kind) base.where('g.MAHINHTHUC', args.filter.kind);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: CertificateRow): Certificate {
    return toCertificate(r);
  }

  /**
   * The holder named on each certificate, read through the certificate so that the caller's area
   * applies to it too: personal data never leaves without the record it belongs to.
   */
  async holdersOf(certificateIds: readonly number[], area: RecordArea): Promise<LandHolder[]> {
    const q = this.base()
      .join('DC_CHUSUDUNG as c', 'c.CHUSUDUNGID', 'g.CHUSUDUNGID')
      .select('g.GIAYCHUNGNHANID as certificate_id', 'c.LOAICHU as kind', 'c.HOTEN as name', 'c.SOGIAYTO as id_number')
      .where('c.DAXOA', 0)
      .where(this.inList('g.GIAYCHUNGNHANID', certificateIds));
    const rows: Array<{ certificate_id: number; kind: LandHolder['kind']; name: string; id_number: string }> = await this.inArea(q, RECORDED, area);
    return rows.map((r) => ({ certificateId: Number(r.certificate_id), kind: r.kind, name: r.name, idNumber: r.id_number }));
  }
}
