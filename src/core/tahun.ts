/**
 * A tahun as every reader takes it: four digits, not led by a zero. One rule for a tahun cell of an
 * assessment file or a result table, the year `detect` tells a framework by, and `--tahun`: "0999"
 * was year 999 to the readers and refused by `--tahun`.
 */
export const TAHUN = /^[1-9]\d{3}$/;

/** The year a tahun cell (trimmed) writes, or null for one that is not a year. */
export function tahunOf(text: string): number | null {
  return TAHUN.test(text) ? Number(text) : null;
}
