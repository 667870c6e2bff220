/**
 * What the input expansion says on its error paths: the bundled national results given by name to
 * `score`, `diff` and `plan` (`nasional-2024`), a name with spaces left unquoted. Loaded with the
 * input expansion, apart from the catalogue every run loads.
 */
export const INPUT_TEXT = {
  // (moved from messages/cli.ts, which every run loads: only src/cli/inputs.ts says them)
  workbooksSkipped: {
    id: "{count} buku kerja di '{dir}' tidak dibaca, hanya berkas .csv: {names} (simpan sebagai CSV untuk memeriksanya)",
    en: "{count} workbook(s) in '{dir}' not read, only .csv files: {names} (save as CSV to check them)",
  },
  badName: {
    id: "nama berkas '{name}' bukan UTF-8 yang sah (berkas zip Windows yang dibuka di Linux?), dan tak dapat dibaca dengan nama itu: ganti namanya",
    en: "the file name '{name}' is not valid UTF-8 (a Windows zip unpacked on Linux?), and cannot be read by that name: rename it",
  },
  noCsvInDirectory: { id: "direktori '{name}' tidak berisi berkas .csv", en: "directory '{name}' contains no .csv files" },
  noGlobMatch: { id: "pola '{name}' tidak cocok dengan berkas apa pun", en: "pattern '{name}' matches no files" },
  notOneFile: { id: "'{name}' harus menunjuk tepat satu berkas, bukan {count}", en: "'{name}' must name exactly one file, not {count}" },
  national: {
    id: "'{name}' adalah hasil nasional yang dibundel (tabel hasil), bukan berkas penilaian: bacalah dengan spbe rank, trend atau validate; untuk posisi penilaian Anda di antaranya: score --banding {name}, plan --target-rank N --nasional {year}",
    en: "'{name}' is the bundled national results (a result table), not an assessment file: read it with spbe rank, trend or validate; for where your assessment stands among them: score --banding {name}, plan --target-rank N --nasional {year}",
  },
  /** after "file '/tmp/Penilaian' not found", when the arguments joined by spaces name a file */
  quote: { id: '; nama berspasi perlu tanda kutip: "{name}"', en: '; a name with spaces needs quotes: "{name}"' },
  sameFile: {
    id: "'{a}' dan '{b}' adalah berkas yang sama: ia akan dibandingkan dengan dirinya sendiri, dan --fail-above selalu lolos; sebut dua berkas berbeda (mis. mandiri dan evaluasi), atau berkas itu sekali saja bila memuat keduanya (spbe diff {a})",
    en: "'{a}' and '{b}' are the same file: it would be compared with itself, and --fail-above would always pass; name two files (e.g. the mandiri and the evaluasi), or that file once where it holds both (spbe diff {a})",
  },

  /** commander's own words for it, said by `refuseExcess` for the commands that take a set number of files */
  excess: {
    id: "terlalu banyak argumen untuk '{command}': diharapkan {expected}, diberikan {got}",
    en: "too many arguments for '{command}': expected {expected}, got {got}",
  },
} as const;
