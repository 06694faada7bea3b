import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PersonalData, personOf } from '../../kit/sector/personal-data.js';
import { HealthFacility } from '../facilities/facility.type.js';
import type { Context } from '../wiring.js';
import type { Diagnosis as DiagnosisModel, Episode } from './episode.model.js';
import { Diagnosis, Patient, TreatmentEpisode } from './episode.type.js';

const subjectOfDiagnosis = (diagnosis: DiagnosisModel): string => diagnosis.subject;

@Resolver(() => TreatmentEpisode)
export class EpisodeResolver {
  @Query(() => TreatmentEpisode, { nullable: true, description: 'Lượt khám chữa bệnh theo mã liên kết (MA_LK), trong phạm vi địa bàn của người gọi; null nếu không có.' })
  treatmentEpisode(@Arg('episodeKey', () => String, { description: 'Mã liên kết MA_LK.' }) episodeKey: string, @Ctx() ctx: Context) {
    return ctx.services.episodes.byKey(episodeKey);
  }

  @FieldResolver(() => HealthFacility, { nullable: true, description: 'Cơ sở khám chữa bệnh (MA_CSKCB); trống nếu cơ sở không còn trong danh mục.' })
  facility(@Root() episode: Episode, @Ctx() ctx: Context) {
    return ctx.services.facilities.byCode(episode.facilityCode);
  }

  @FieldResolver(() => Patient, {
    nullable: true,
    description: 'Người bệnh (họ tên, số định danh, ngày sinh, giới tính): dữ liệu cá nhân nhạy cảm, cần quyền pii:read, pii:sensitive và mục đích khai báo.',
  })
  @PersonalData('SENSITIVE', personOf)
  patient(@Root() episode: Episode, @Ctx() ctx: Context) {
    return ctx.services.episodes.patient(episode);
  }

  @FieldResolver(() => Diagnosis, {
    nullable: true,
    description: 'Chẩn đoán chính (MA_BENH_CHINH, ICD-10): dữ liệu sức khỏe nhạy cảm, cần quyền pii:read, pii:sensitive và mục đích khai báo.',
  })
  @PersonalData('SENSITIVE', subjectOfDiagnosis)
  mainDiagnosis(@Root() episode: Episode, @Ctx() ctx: Context) {
    return ctx.services.episodes.mainDiagnosis(episode);
  }

  @FieldResolver(() => [Diagnosis], {
    nullable: true,
    description: 'Các chẩn đoán kèm theo (MA_BENH_KT, ICD-10): dữ liệu sức khỏe nhạy cảm, cần quyền pii:read, pii:sensitive và mục đích khai báo.',
  })
  @PersonalData('SENSITIVE', subjectOfDiagnosis)
  otherDiagnoses(@Root() episode: Episode, @Ctx() ctx: Context) {
    return ctx.services.episodes.otherDiagnoses(episode);
  }
}
