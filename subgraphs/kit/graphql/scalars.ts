import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput, quoted } from '../../../lib/errors.js';
import { isIsoDate, type IsoDate } from '../dates.js';

function parseDate(value: unknown): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badUserInput(`Date must be a calendar date as YYYY-MM-DD, got ${quoted(value)}`);
  }
  return value;
}

/** A calendar date without time or zone, e.g. `2025-07-01`; the day a unit or period starts. */
export const DateScalar = new GraphQLScalarType<IsoDate, string>({
  name: 'Date',
  description: 'Ngày theo lịch, dạng YYYY-MM-DD (không có giờ, không múi giờ).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !/T.*(Z|[+-]\d{2}:\d{2})$/.test(value as string)) {
    throw badUserInput(`DateTime must be an ISO 8601 instant with a zone, got ${quoted(value)}`);
  }
  return date;
}

/** An instant, serialised as ISO 8601 in UTC, e.g. `2025-07-01T03:00:00.000Z`. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Thời điểm theo chuẩn ISO 8601 (UTC), ví dụ 2025-07-01T03:00:00.000Z.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
