import { wordsKey } from "../core/words-key.js";

/**
 * The two kinds of an assessment: `mandiri`, the instansi's self-assessment, and `evaluasi`, the
 * external assessors' official result (the ministry's published results are evaluasi). The words
 * stay Indonesian in both languages, as in the ministry's own documents.
 */
export type Jenis = "mandiri" | "evaluasi";

/** The names a `jenis` cell may give each kind by, in lower case. */
const JENIS: Readonly<Record<string, Jenis>> = {
  mandiri: "mandiri",
  "penilaian mandiri": "mandiri",
  "hasil penilaian mandiri": "mandiri",
  "hasil mandiri": "mandiri",
  "nilai mandiri": "mandiri",
  self: "mandiri",
  "self-assessment": "mandiri",
  "self assessment": "mandiri",
  evaluasi: "evaluasi",
  "hasil evaluasi": "evaluasi",
  "nilai evaluasi": "evaluasi",
  "penilaian eksternal": "evaluasi",
  "hasil penilaian eksternal": "evaluasi",
  "evaluasi eksternal": "evaluasi",
  eksternal: "evaluasi",
  resmi: "evaluasi",
  official: "evaluasi",
  evaluation: "evaluasi",
  external: "evaluasi",
};

/**
 * The kind a cell names, in any case; null for none or a word that is neither. The result is one of
 * two string constants: held per rank entry, a jenis costs a pointer and no allocation.
 */
export function jenisOf(raw: string | null): Jenis | null {
  if (raw === null) return null;
  const key = wordsKey(raw);
  // a short form in brackets after the name: "Mandiri (PM)", "Evaluasi (PE)"; not words ("Mandiri (hasil evaluasi)")
  return JENIS[key] ?? JENIS[key.replace(/\s*\(\s*[a-z]{1,4}\s*\)$/, "")] ?? null;
}

/** Only `mandiri` or `evaluasi` as the kind a free text (`Assessment.jenis`) says, else null. */
export const knownJenis = (text: string | null): Jenis | null => (text === "mandiri" || text === "evaluasi" ? text : null);
