/**
 * What `score`, `diff` and `plan` say when given the bundled national results by name
 * (`nasional-2024`): loaded with the input expansion, apart from the catalogue every run loads.
 */
export const INPUT_TEXT = {
  national: {
    id: "'{name}' adalah hasil nasional yang dibundel (tabel hasil), bukan berkas penilaian: bacalah dengan spbe rank, trend atau validate; untuk posisi penilaian Anda di antaranya: score --banding {name}, plan --target-rank N --nasional {year}",
    en: "'{name}' is the bundled national results (a result table), not an assessment file: read it with spbe rank, trend or validate; for where your assessment stands among them: score --banding {name}, plan --target-rank N --nasional {year}",
  },
} as const;
