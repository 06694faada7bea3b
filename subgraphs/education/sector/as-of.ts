import type DataLoader from 'dataloader';
import { ArgsType, Field } from 'type-graphql';
import type { RequestScope } from '../../kit/context/request-scope.js';
import { todayInVietnam, type IsoDate } from '../../kit/dates.js';
import { PageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';

const AS_OF =
  'Ngày xem danh sách: trường đang hoạt động, năm học có hiệu lực (từ ngày khai giảng đến trước ngày khai giảng năm sau) và mã đơn vị hành chính của trường vào ngày này. Mặc định: hôm nay; với đơn vị đã hết hiệu lực (huyện, xã cũ), ngày cuối cùng đơn vị còn hiệu lực.';

/** The page arguments of an education list, and the day it is read as of. */
@ArgsType()
export class AsOfPageArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: AS_OF })
  asOf?: IsoDate | null;
}

/**
 * The day a list of a unit is read as of: the one asked for, else today, or the unit's last day
 * for a unit that has ended (old district 524 lists its schools as they were on 2025-06-30).
 */
export function asOfDay(scope: RequestScope, unit: UnitKey, asOf: IsoDate | null | undefined): IsoDate {
  if (asOf) return asOf;
  const today = todayInVietnam(scope.now);
  const validTo = scope.directory.validTo(unit);
  return validTo !== null && validTo < today ? validTo : today;
}

/** A DataLoader per day read as of: one statement per day, and a request nearly always has one day. */
export function perDay<K, V>(make: (day: IsoDate) => DataLoader<K, V>): (day: IsoDate) => DataLoader<K, V> {
  const loaders = new Map<IsoDate, DataLoader<K, V>>();
  return (day) => {
    let loader = loaders.get(day);
    if (!loader) loaders.set(day, (loader = make(day)));
    return loader;
  };
}
