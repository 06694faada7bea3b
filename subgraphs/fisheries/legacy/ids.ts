/** An `ID` argument or key field as the integer row id it stands for; null when it cannot be one. */
export const numericId = (id: string): number | null => (/^\d{1,9}$/.test(id) ? Number(id) : null);
