/**
 * Folds Vietnamese text for diacritic-insensitive search: "Đắk Glei" and "dak glei" both become
 * "dak glei". Stored beside the name at write time, so the same LIKE works on every dialect.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards in user input; pair with `ESCAPE '\\'`. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Names for a sentence: "A, B, C" or, past `max`, "A, B, C và 4 đơn vị khác". */
export function listNames(names: readonly string[], max = 3): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`;
}
