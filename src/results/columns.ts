import { headerKey } from "../core/words-key.js";

/**
 * The columns of a result table, by role, as people head them: the ministry's
 * `instansi, indeks, predikat`, a coordinator's "Nama Instansi", "Indeks SPBE".
 * Kept apart from the reader so the assessment reader can tell a result table
 * handed to `score` without loading it.
 */
export const ALIASES = {
  instansi: ["instansi", "nama instansi", "nama"],
  index: ["indeks", "index", "indeks spbe", "indeks pemdi", "nilai indeks"],
  tahun: ["tahun", "year", "tahun penilaian", "tahun evaluasi"],
  kategori: ["kategori", "category"],
  provinsi: ["provinsi", "province"],
  predikat: ["predikat"],
  target: ["target"],
  framework: ["kerangka", "framework"],
  /** mandiri or evaluasi (a coordinator's table of both); the bundled national results are evaluasi without one */
  jenis: ["jenis", "type"],
} as const;

/** The 0-based column of a role in a header already `headerKey`ed: its first alias there, in alias order. */
export function roleColumn(names: readonly string[], role: keyof typeof ALIASES): number | undefined {
  for (const alias of ALIASES[role]) {
    const at = names.indexOf(alias);
    if (at >= 0) return at;
  }
  return undefined;
}
const INDICATOR_HEADERS = new Set(["indikator", "indicator", "kode"]);

/** A header with an instansi and an index column and no indicator column: a result table. */
export function isResultHeader(cells: readonly string[]): boolean {
  const names = cells.map(headerKey);
  const has = (list: readonly string[]) => names.some((n) => list.includes(n));
  return has(ALIASES.instansi) && has(ALIASES.index) && !names.some((n) => INDICATOR_HEADERS.has(n));
}
