/**
 * `score`'s summary over assessments of more than one jenis (a file of an instansi's mandiri and its
 * evaluasi): a mean of each, their one mean being no index anyone has. Loaded only then, off the
 * catalogue every run loads.
 */
export const SCORE_SUMMARY = {
  byJenis: { id: "per jenis: {means}", en: "by jenis: {means}" },
  noJenis: { id: "tanpa jenis", en: "no jenis" },
} as const;
