import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordedColumns } from '../../kit/database/sector-repository.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import type { TreatmentTypeCode } from '../lookups/codes.js';
import { claimDay, claimInstant, claimRange, sexName, splitDiagnoses, type Episode, type EpisodeClinical, type EpisodeFilter } from './episode.model.js';

interface EpisodeRow {
  episode_key: string;
  unit_code: string;
  treatment_type: TreatmentTypeCode;
  inpatient: number;
  admitted: string;
  discharged: string;
  facility_code: string;
}

interface ClinicalRow {
  episode_key: string;
  name: string;
  id_number: string | null;
  birth: string;
  sex: number;
  main: string;
  other: string | null;
}

const COLUMNS = [
  'e.MA_LK as episode_key',
  'e.MAXA_CU_TRU as unit_code',
  'e.MA_LOAI_KCB as treatment_type',
  'l.NOI_TRU as inpatient',
  'e.NGAY_VAO as admitted',
  'e.NGAY_RA as discharged',
  'e.MA_CSKCB as facility_code',
];

/** Newest admission first; NGAY_VAO is `yyyyMMddHHmm` text, so text order is time order. */
const EPISODE_ORDER: readonly KeyColumn[] = [
  { column: 'e.NGAY_VAO', direction: 'desc', type: 'text' },
  { column: 'e.MA_LK', direction: 'desc', type: 'text' },
];

const toEpisode = (r: EpisodeRow): Episode => {
  const admittedOn = claimDay(r.admitted);
  return {
    episodeKey: r.episode_key,
    unitCode: r.unit_code,
    recordedOn: admittedOn,
    treatmentType: r.treatment_type,
    inpatient: Number(r.inpatient) === 1,
    admittedOn,
    dischargedOn: claimDay(r.discharged),
    admittedAt: claimInstant(r.admitted),
    dischargedAt: claimInstant(r.discharged),
    admissionStamp: r.admitted,
    facilityCode: r.facility_code,
  };
};

const episodeKey = (e: Episode): string[] => [e.admissionStamp, e.episodeKey];


/** Where an episode was recorded: the residence commune's code in force on the admission day (`yyyyMMddHHmm` text). */
const RECORDED: RecordedColumns = { unit: 'e.MAXA_CU_TRU', on: 'e.NGAY_VAO', kind: 'key' };

/**
 * XML1_TONG_HOP, the claims' episode table. Lists and lookups read only the fields without personal
 * data; the patient and the diagnoses are read apart (`clinicalOf`), only when a caller allowed to
 * see them asks, and through the episode so that the caller's area applies to them too.
 */
export class EpisodeRepository extends ListRepository<EpisodeFilter, EpisodeRow, Episode> {
  readonly pageOrder = EPISODE_ORDER;
  readonly pageKey = episodeKey;

  private base(): Knex.QueryBuilder {
    return this.knex('XML1_TONG_HOP as e').join('DM_LOAI_KCB as l', 'l.MA_LOAI_KCB', 'e.MA_LOAI_KCB').where('e.DAXOA', 0);
  }

  async byKeys(keys: readonly string[], area: RecordArea): Promise<Episode[]> {
    const rows: EpisodeRow[] = await this.inArea(this.base().select(COLUMNS).where(this.inList('e.MA_LK', keys)), RECORDED, area);
    return rows.map(toEpisode);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<EpisodeFilter>): Knex.QueryBuilder {
    const base = this.inArea(this.base(), RECORDED, args.area);
    const { period, treatmentType, facilityCode } = args.filter;
    if (period) {
      const { from, end } = claimRange(period);
      base.where('e.NGAY_VAO', '>=', from).where('e.NGAY_VAO', '<', end);
    }
    if (treatmentType) base.where('e.MA_LOAI_KCB', treatmentType);
    if (facilityCode) base.where('e.MA_CSKCB', facilityCode);
    return base;
  }

  protected readonly unitColumn = RECORDED.unit;
  protected readonly columns = COLUMNS;

  protected toItem(r: EpisodeRow): Episode {
    return toEpisode(r);
  }

  /** The patient and diagnoses of each episode: sensitive personal data, read only for a caller allowed to. */
  async clinicalOf(keys: readonly string[], area: RecordArea): Promise<EpisodeClinical[]> {
    const q = this.base()
      .select(
        'e.MA_LK as episode_key',
        'e.HO_TEN as name',
        'e.SO_CCCD as id_number',
        'e.NGAY_SINH as birth',
        'e.GIOI_TINH as sex',
        'e.MA_BENH_CHINH as main',
        'e.MA_BENH_KT as other',
      )
      .where(this.inList('e.MA_LK', keys));
    const rows: ClinicalRow[] = await this.inArea(q, RECORDED, area);
    return rows.map((r) => ({
      episodeKey: r.episode_key,
      patient: { name: r.name, idNumber: r.id_number, birthDate: claimDay(r.birth), sex: sexName(r.sex) },
      mainDiagnosis: r.main.trim(),
      otherDiagnoses: splitDiagnoses(r.other),
    }));
  }
}
