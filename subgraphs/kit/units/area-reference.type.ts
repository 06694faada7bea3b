import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { areaMembers } from './area-key.js';

/** An `Area` as a sector holds it: its id (owned by admin-units). */
export interface AreaRef {
  readonly id: string;
}

export const AREA_DESCRIPTION =
  'Một vùng: tập hợp đơn vị hành chính (phiên bản), ví dụ các xã mới thay cho một huyện cũ. Mỗi lĩnh vực thêm vào vùng cùng trường nó thêm vào `AdministrativeUnit`; số liệu của vùng đếm mỗi bản ghi một lần dù lịch sử các đơn vị chồng lấn, và chính xác khi mọi đơn vị được bao trọn.';
export const AREA_ID_DESCRIPTION = 'Mã vùng: các đơn vị `mã@ngày hiệu lực`, sắp xếp, nối bằng `+`; cùng tập đơn vị cho cùng mã.';

/**
 * A sector's view of `Area`: only the key, owned by admin-units; the sector adds the same field it
 * adds to `AdministrativeUnit`. Each sector calls this once, so the classes stay apart in
 * type-graphql's global metadata.
 */
export function defineAreaReference() {
  @ObjectType('Area', { description: AREA_DESCRIPTION })
  @Directive('@key(fields: "id")')
  class AreaReference implements AreaRef {
    @Field(() => ID, { description: AREA_ID_DESCRIPTION })
    id!: string;
  }
  return AreaReference;
}

/** `__resolveReference` for a sector's area reference: the id, checked (BAD_USER_INPUT for one the hub did not issue). */
export const resolveAreaReference = (ref: Record<string, unknown>): AreaRef => {
  const id = String(ref.id);
  areaMembers(id);
  return { id };
};
