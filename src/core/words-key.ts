import type { Band } from "../frameworks/types.js";

/**
 * A name or header in any case and spacing, as it is compared: "  Sangat  BAIK " is "sangat baik".
 * One definition for every comparison of names a person typed (headers, predikat names, section and
 * indicator names, jenis): they drifted apart when each module kept its own.
 */
export const wordsKey = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * A column header as it is matched: `wordsKey`, after a byte-order mark left in front of it — U+FEFF
 * itself (two files joined), or "ï»¿", the mark read as Windows-1252 by a program that then saved the
 * file again as UTF-8. The first column's name ("ï»¿instansi") was no column's, and every row lost its
 * instansi without a word. A scale in brackets after the name (`SCALE`) is no part of it either.
 */
export const headerKey = (text: string): string => wordsKey(text.replace(/^(?:\ufeff|\u00ef\u00bb\u00bf)+/, "").replace(SCALE, ""));

/**
 * A level scale written after a column's name: "Tingkat (1-5)", "Nilai (1–5)", "Tingkat [0-5]", "Tingkat (1 s.d.
 * 5)". Such a level column was no column's (column/missing, exit 1). Only two numbers up to 10 and a range
 * between them: "Nilai (Mandiri)" keeps its words, and so does "Nilai (0-100)", a score of another scale
 * beside the level column, which was read as a second level column (column/ambiguous) when any range went.
 */
const SCALE = /\s*[([]\s*(?:0?\d(?:[.,]\d+)?|10(?:[.,]0+)?)\s*(?:-|\u2013|\u2014|s\.?\s*d\.?|sampai|to)\s*(?:0?\d(?:[.,]\d+)?|10(?:[.,]0+)?)\s*[)\]]\s*$/iu;

/**
 * Whether a target as written names the band (its predikat, or a Pemdi band's own name, "Melembaga"),
 * in any case and with any run of spaces, rather than a number: parseTarget reads it so, and plan and
 * trend judge a named target as the band and show it by its predikat. Here, beside `wordsKey`, which
 * every module that needs it already loads: in scoring/score.ts, the trend renderer's import of it made
 * esbuild split score.ts from the chunk every `score` loads (one file more).
 */
export function namesBand(band: Pick<Band, "predikat" | "label">, text: string): boolean {
  const name = wordsKey(text);
  return band.predikat.toLowerCase() === name || band.label?.toLowerCase() === name;
}
