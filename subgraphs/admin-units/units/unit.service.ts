import { badUserInput, quoted } from '../../../lib/errors.js';
import { isIsoDate, todayInVietnam, type IsoDate } from '../../kit/dates.js';
import { pageRequest, toPage } from '../../kit/graphql/pagination.js';
import { foldVietnamese } from '../../kit/text.js';
import type { UnitLoaders } from './unit.loader.js';
import { inForce, UNIT_CODE, type AdminLevelName, type Unit, type UnitLink } from './unit.model.js';
import type { UnitRepository } from './unit.repository.js';

export interface UnitQuery {
  level?: AdminLevelName | null;
  parentCode?: string | null;
  asOf?: IsoDate | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

function checkCode(code: string, argumentName: string): string {
  if (!UNIT_CODE.test(code)) {
    throw badUserInput(`${argumentName} must be a GSO unit code of 2, 3 or 5 digits, got ${quoted(code)}`, argumentName);
  }
  return code;
}

/** Administrative units as of a date, their hierarchy and lineage; all reads go through loaders. */
export class UnitService {
  constructor(
    private readonly repository: UnitRepository,
    private readonly loaders: UnitLoaders,
  ) {}

  /** The version of `code` in force on `asOf` (default today), or null. */
  async byCode(code: string, asOf?: IsoDate | null): Promise<Unit | null> {
    const versions = await this.loaders.versionsByCode.load(checkCode(code, 'code'));
    const day = asOf ?? todayInVietnam();
    return versions.find((v) => inForce(v, day)) ?? null;
  }

  /** The version a federation key names, or null. */
  async byKey(code: string, validFrom: IsoDate): Promise<Unit | null> {
    if (!UNIT_CODE.test(code)) return null;
    const versions = await this.loaders.versionsByCode.load(code);
    return versions.find((v) => v.validFrom === validFrom) ?? null;
  }

  async parent(unit: Unit): Promise<Unit | null> {
    return unit.parentId === null ? null : this.loaders.byId.load(unit.parentId);
  }

  children(unit: Unit): Promise<Unit[]> {
    return this.loaders.childrenByParentId.load(unit.id);
  }

  /** From the top (province) down to the direct parent. */
  async ancestors(unit: Unit): Promise<Unit[]> {
    const chain: Unit[] = [];
    for (let p = await this.parent(unit); p; p = await this.parent(p)) chain.unshift(p);
    return chain;
  }

  successorLinks(unit: Unit): Promise<UnitLink[]> {
    return this.loaders.successorsById.load(unit.id);
  }

  predecessorLinks(unit: Unit): Promise<UnitLink[]> {
    return this.loaders.predecessorsById.load(unit.id);
  }

  async list(query: UnitQuery) {
    const page = pageRequest(query.first, query.after);
    const asOf = query.asOf ?? todayInVietnam();
    let parentId: number | null = null;
    if (query.parentCode != null) {
      const parent = await this.byCode(checkCode(query.parentCode, 'parentCode'), asOf);
      if (!parent) return { ...toPage<Unit>([], page.first, (u) => [u.code]), totalCount: 0 };
      parentId = parent.id;
    }
    const search = query.search ? foldVietnamese(query.search) : null;
    const filter = { level: query.level ?? null, parentId, asOf, search: search || null };
    const [afterCode, afterFrom] = page.after ?? [];
    if (afterFrom !== undefined && !isIsoDate(afterFrom)) throw badUserInput('after is not a cursor this API issued', 'after');
    const after = afterCode ? { code: afterCode, validFrom: afterFrom ?? null } : null;
    const rows = await this.repository.list({ ...filter, after, limit: page.first + 1 });
    const { repository } = this;
    // Counted only when asked for.
    return Object.defineProperty(toPage(rows, page.first, (u) => [u.code, u.validFrom]), 'totalCount', { get: () => repository.count(filter), enumerable: false });
  }
}
