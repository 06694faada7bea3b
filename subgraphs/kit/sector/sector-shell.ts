import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { SubgraphContext } from '../context/context.js';
import type { IndicatorService } from '../indicators/indicator.service.js';
import type { IndicatorSet } from '../indicators/indicator-spec.js';
import { IndicatorChange, IndicatorRevision, IndicatorValue, PeriodInput } from '../indicators/indicator.types.js';
import { DateScalar } from '../graphql/scalars.js';
import { SeriesStep } from '../indicators/period.js';
import { areaKeyOf } from '../units/area-key.js';
import { defineAreaReference, type AreaRef } from '../units/area-reference.type.js';
import { defineUnitReference } from '../units/unit-reference.type.js';
import type { UnitKey } from '../units/unit-directory.js';
import type { Recorded } from './recorded.js';
import type { SectorRoot, SectorType } from './sector-type.js';

/** The services the kit adds to every sector's request services. */
export interface ShellServices {
  readonly indicators: IndicatorService;
}

const UNAVAILABLE = 'Trả về null kèm lỗi SUBGRAPH_UNAVAILABLE khi hệ thống nguồn không trả lời; các lĩnh vực khác vẫn trả lời.';
const PERIOD = 'Kỳ số liệu: ngày theo giờ Việt Nam, tính cả ngày đầu và ngày cuối.';
const RECORDED_UNIT = 'Đơn vị hành chính (phiên bản) mà mã ghi trên bản ghi chỉ vào ngày ghi nhận; trống nếu mã hoặc ngày không xác định được.';

const AREA = 'Với một vùng: mỗi bản ghi được đếm một lần dù các đơn vị của vùng chồng lấn theo lịch sử; danh sách gồm bản ghi của mọi đơn vị trong vùng.';

const SERIES =
  'Chuỗi số liệu: mỗi chỉ tiêu cho từng tháng, quý hoặc năm dương lịch của kỳ (kỳ con đầu và cuối cắt theo kỳ), theo thứ tự thời gian; mỗi giá trị mang kỳ và trạng thái của nó. Tối đa 120 kỳ con.';

const UNATTRIBUTED =
  'Phần chỉ tiêu của đơn vị ghi dưới mã của chính nó (hoặc của đơn vị cũ đã giải thể), không thuộc đơn vị trực thuộc nào: với mọi số đếm, tử số và mẫu số, đơn vị = tổng các đơn vị trực thuộc + phần này.';

const REVISIONS =
  'Các lần công bố của giá trị, cũ nhất trước: giá trị như đã công bố vào mỗi ngày một phần số liệu của nó được công bố hoặc điều chỉnh (ví dụ số ước tính của tháng, rồi số chính thức). Trống (null) với nguồn không lưu các lần công bố.';
const AS_PUBLISHED_ON =
  'Đọc số liệu như đã công bố vào ngày này (mỗi dòng theo lần công bố mới nhất đến ngày đó); bỏ trống: như hiện nay. Trạng thái cũng theo ngày đó.';

/** `previousYear`, `yearToDate`, `changeFromPreviousYear` and `revisions` on every value, the same in every sector (the type is shared). */
@Resolver(() => IndicatorValue)
class IndicatorValueResolver {
  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Cùng chỉ tiêu, cùng đơn vị, cho cùng kỳ năm trước.' })
  previousYear(@Root() value: IndicatorValue, @Ctx() ctx: SubgraphContext<ShellServices>): Promise<IndicatorValue | null> {
    return ctx.services.indicators.previousYear(value);
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Cùng chỉ tiêu, cùng đơn vị, lũy kế từ đầu năm (1/1 của năm chứa ngày cuối kỳ) đến ngày cuối kỳ.' })
  yearToDate(@Root() value: IndicatorValue, @Ctx() ctx: SubgraphContext<ShellServices>): Promise<IndicatorValue | null> {
    return ctx.services.indicators.yearToDate(value);
  }

  @FieldResolver(() => IndicatorChange, { nullable: true, description: 'Thay đổi so với cùng kỳ năm trước (phần trăm và chênh lệch), kèm mức độ chính thức của phép so sánh.' })
  changeFromPreviousYear(@Root() value: IndicatorValue, @Ctx() ctx: SubgraphContext<ShellServices>): Promise<IndicatorChange | null> {
    return ctx.services.indicators.changeFromPreviousYear(value);
  }

  @FieldResolver(() => [IndicatorRevision], { nullable: true, description: REVISIONS })
  revisions(@Root() value: IndicatorValue, @Ctx() ctx: SubgraphContext<ShellServices>): Promise<IndicatorRevision[] | null> {
    return ctx.services.indicators.revisions(value);
  }
}

/**
 * What every sector has and no sector writes: its view of `AdministrativeUnit` (the key only), its
 * field on it, the `indicators(period)` field on its type, and `unit` on each of its record types.
 * Classes are made per sector, so they stay apart in type-graphql's global metadata.
 */
export function buildSectorShell(sector: SectorType, indicators: IndicatorSet, records: ReadonlyArray<ClassType>) {
  const UnitReference = defineUnitReference();
  const AreaReference = defineAreaReference();

  @Resolver(() => UnitReference)
  class UnitSectorResolver {
    @FieldResolver(() => sector.type, { name: sector.field, nullable: true, description: `${sector.fieldDescription} ${UNAVAILABLE}` })
    sector(@Root() unit: UnitKey): SectorRoot {
      return { unit: { code: unit.code, validFrom: unit.validFrom } };
    }
  }

  @Resolver(() => AreaReference)
  class AreaSectorResolver {
    @FieldResolver(() => sector.type, { name: sector.field, nullable: true, description: `${sector.fieldDescription} ${AREA} ${UNAVAILABLE}` })
    sector(@Root() area: AreaRef): SectorRoot {
      return { unit: areaKeyOf(area.id) };
    }
  }

  const IndicatorsResolver = indicators.publications ? publishedIndicatorsResolver(sector, indicators) : indicatorsResolver(sector, indicators);

  @Resolver(() => sector.type)
  class SectorFiguresResolver {
    @FieldResolver(() => [IndicatorValue], { description: SERIES })
    indicatorSeries(
      @Root() root: SectorRoot,
      @Arg('period', () => PeriodInput, { description: PERIOD }) period: PeriodInput,
      @Arg('every', () => SeriesStep, { description: 'Bước của chuỗi.' }) every: SeriesStep,
      @Ctx() ctx: SubgraphContext<ShellServices>,
    ): Promise<IndicatorValue[]> {
      return ctx.services.indicators.series(root.unit, period, every);
    }

    @FieldResolver(() => [IndicatorValue], { description: UNATTRIBUTED })
    unattributedIndicators(
      @Root() root: SectorRoot,
      @Arg('period', () => PeriodInput, { description: PERIOD }) period: PeriodInput,
      @Ctx() ctx: SubgraphContext<ShellServices>,
    ): Promise<IndicatorValue[]> {
      return ctx.services.indicators.unattributed(root.unit, period);
    }
  }

  const recordResolvers = records.map((record) => {
    @Resolver(() => record)
    class RecordedUnitResolver {
      @FieldResolver(() => UnitReference, { nullable: true, description: RECORDED_UNIT })
      unit(@Root() row: Recorded, @Ctx() ctx: SubgraphContext<unknown>): UnitKey | null {
        return ctx.scope.directory.recordedUnit(row.unitCode, row.recordedOn);
      }
    }
    return RecordedUnitResolver;
  });

  return {
    resolvers: [UnitSectorResolver, AreaSectorResolver, IndicatorsResolver, SectorFiguresResolver, IndicatorValueResolver, ...recordResolvers],
    orphanedTypes: [UnitReference, AreaReference],
  };
}

/** `indicators(period)` on a sector's type. */
function indicatorsResolver(sector: SectorType, indicators: IndicatorSet) {
  @Resolver(() => sector.type)
  class SectorIndicatorsResolver {
    @FieldResolver(() => [IndicatorValue], { description: indicators.description })
    indicators(
      @Root() root: SectorRoot,
      @Arg('period', () => PeriodInput, { description: PERIOD }) period: PeriodInput,
      @Ctx() ctx: SubgraphContext<ShellServices>,
    ): Promise<IndicatorValue[]> {
      return ctx.services.indicators.indicators(root.unit, period);
    }
  }
  return SectorIndicatorsResolver;
}

/** A source that publishes and revises its figures is also read as published on a day. */
function publishedIndicatorsResolver(sector: SectorType, indicators: IndicatorSet) {
  @Resolver(() => sector.type)
  class PublishedIndicatorsResolver {
    @FieldResolver(() => [IndicatorValue], { description: indicators.description })
    indicators(
      @Root() root: SectorRoot,
      @Arg('period', () => PeriodInput, { description: PERIOD }) period: PeriodInput,
      @Arg('asPublishedOn', () => DateScalar, { nullable: true, description: AS_PUBLISHED_ON }) asPublishedOn: string | null,
      @Ctx() ctx: SubgraphContext<ShellServices>,
    ): Promise<IndicatorValue[]> {
      return ctx.services.indicators.indicators(root.unit, period, asPublishedOn ?? null);
    }
  }
  return PublishedIndicatorsResolver;
}
