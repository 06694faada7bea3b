import { Field, ObjectType } from 'type-graphql';
import type { IsoDate } from '../dates.js';

/**
 * Where a record was recorded, the same shape in every sector: the unit code the record carries as
 * the source system wrote it, and the day that code is read on (a code names different units
 * before and after the 2025 reform). The kit adds `unit`, the unit version the code named that day.
 */
export interface Recorded {
  readonly unitCode: string;
  /** The day the record was made (received, registered, issued, …); null when the source has none. */
  readonly recordedOn: IsoDate | null;
}

/**
 * Base of every record type: `unitCode`, described once. Extend it: `class Dossier extends
 * RecordedInUnit`. type-graphql copies a decorated base class's fields into each subclass; the base
 * itself is never reachable from a resolver, so it never appears in a schema.
 */
@ObjectType('RecordedInUnit')
export abstract class RecordedInUnit implements Recorded {
  @Field(() => String, {
    description: 'Mã đơn vị hành chính ghi trên bản ghi, theo danh mục có hiệu lực vào ngày ghi nhận (mã huyện, xã cũ trước 01/07/2025; mã xã mới từ ngày đó).',
  })
  unitCode!: string;

  /** Not a GraphQL field: read by the kit's `unit` resolver. */
  recordedOn!: IsoDate | null;
}
