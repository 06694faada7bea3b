import { Field, ObjectType, Directive } from 'type-graphql';
import { badUserInput } from '../../../lib/errors.js';

@ObjectType('PageInfo', { description: 'Thông tin phân trang theo con trỏ (cursor).' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'Còn trang sau hay không.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Con trỏ của bản ghi cuối trang; truyền vào `after` để lấy trang sau.' })
  endCursor!: string | null;
}

export interface PageRequest {
  /** Rows to return. */
  first: number;
  /** The decoded keyset position to start after, or null for the first page. */
  after: string[] | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Validates `first`/`after`: a bad page size or a cursor the hub did not issue is BAD_USER_INPUT. */
export function pageRequest(first: number | undefined | null, after: string | undefined | null): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, 'first');
  }
  return { first: size, after: after ? decodeCursor(after) : null };
}

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string')) return key;
  } catch {
    // fall through to the coded error
  }
  throw badUserInput('after is not a cursor this API issued', 'after');
}

/** Builds a page from `first + 1` fetched rows: the extra row only tells that a next page exists. */
export function toPage<T>(rows: T[], first: number, keyOf: (row: T) => string[]) {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return { edges, nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
