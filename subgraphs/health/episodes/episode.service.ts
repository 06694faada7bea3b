import { badUserInput, quoted } from '../../../lib/errors.js';
import { optionalPeriod } from '../../kit/indicators/period.js';
import { personOf } from '../../kit/sector/personal-data.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { FACILITY_CODE } from '../facilities/facility.model.js';
import type { EpisodeLoaders } from './episode.loader.js';
import { MAX_EPISODE_KEY, type Diagnosis, type Episode, type Patient } from './episode.model.js';
import type { EpisodeListArgs } from './episode.type.js';

/** Treatment episodes: by key and per unit; the patient and diagnoses read apart, only when asked for. */
export class EpisodeService {
  constructor(private readonly loaders: EpisodeLoaders) {}

  /** A key that cannot be one (empty, longer than MA_LK allows) names no episode. */
  async byKey(key: unknown): Promise<Episode | null> {
    const trimmed = typeof key === 'string' ? key.trim() : '';
    if (trimmed === '' || trimmed.length > MAX_EPISODE_KEY) return null;
    return this.loaders.byKey.load(trimmed);
  }

  page(unit: UnitKey, args: EpisodeListArgs) {
    const facilityCode = args.facilityCode?.trim() || null;
    if (facilityCode !== null && !FACILITY_CODE.test(facilityCode)) {
      throw badUserInput(`facilityCode must be a five-digit facility code (MA_CSKCB) such as 51001, got ${quoted(args.facilityCode)}`, 'facilityCode');
    }
    return this.loaders.pages.page(unit, { period: optionalPeriod(args.period), treatmentType: args.treatmentType ?? null, facilityCode }, args);
  }

  async patient(episode: Episode): Promise<Patient | null> {
    return (await this.loaders.clinical.load(episode.episodeKey))?.patient ?? null;
  }

  async mainDiagnosis(episode: Episode): Promise<Diagnosis | null> {
    const clinical = await this.loaders.clinical.load(episode.episodeKey);
    return clinical ? this.diagnosis(clinical.mainDiagnosis, clinical.patient) : null;
  }

  async otherDiagnoses(episode: Episode): Promise<Diagnosis[] | null> {
    const clinical = await this.loaders.clinical.load(episode.episodeKey);
    return clinical ? Promise.all(clinical.otherDiagnoses.map((code) => this.diagnosis(code, clinical.patient))) : null;
  }

  /** A diagnosis names its ICD-10 code; an unknown code keeps no name rather than failing the episode. */
  private async diagnosis(code: string, patient: Patient): Promise<Diagnosis> {
    const known = await this.loaders.icdName.load(code);
    return { code, name: known?.name ?? null, subject: personOf(patient) };
  }
}
