/** Problems in a framework file, named by JSON path; `{x}` placeholders keep paths and values as written. */
export const FRAMEWORK_PROBLEM = {
  minNotBelowMax: { id: "min harus di bawah max", en: "min must be below max" },
  toBeforeFrom: { id: "'to' sebelum 'from'", en: "'to' is before 'from'" },
  noLevelNameSet: { id: "tidak ada set nama tingkat '{name}' di 'levelNames'", en: "no level-name set '{name}' in 'levelNames'" },
  levelOutside: { id: "tingkat di luar 'levels'", en: "level outside 'levels'" },
  criteriaWithoutName: { id: "kriteria untuk tingkat yang tidak bernama di 'names'", en: "criteria for a level that has no name in 'names'" },
  notExact: { id: '\'{value}\' bukan angka eksak seperti "1.3" atau "20/6"', en: '\'{value}\' is not an exact number such as "1.3" or "20/6"' },
  weightRange: { id: "harus di atas 0 dan paling banyak 100, tertulis {value}", en: "must be above 0 and at most 100, got {value}" },
  tooFine: {
    id: "'{value}' terlalu halus: pakai paling banyak {decimals} angka desimal atau pecahan berpenyebut paling besar {denominator}",
    en: "'{value}' is too fine: use at most {decimals} decimal places or a fraction with a denominator up to {denominator}",
  },
  sum: { id: "jumlah bobot {total}, seharusnya {what} ({expected})", en: "weights sum to {total}, expected {what} ({expected})" },
  /** the whole (every domain, aspect or indicator) must come to 100: said once, not as "100 (100)" */
  sumHundred: { id: "jumlah bobot {total}, seharusnya 100", en: "weights sum to {total}, expected 100" },
  sumDomain: { id: "bobot domain {id}", en: "the weight of domain {id}" },
  sumAspect: { id: "bobot aspek {id}", en: "the weight of aspect {id}" },
  usedTwice: { id: "{what} '{value}' dipakai dua kali", en: "{what} '{value}' is used twice" },
  domainId: { id: "id domain", en: "domain id" },
  aspectId: { id: "id aspek", en: "aspect id" },
  indicatorId: { id: "id atau kode indikator", en: "indicator id or code" },
  predikat: { id: "predikat", en: "predikat" },
  notDecimal: { id: "'{value}' bukan angka desimal", en: "'{value}' is not a decimal number" },
  topBand: { id: "predikat teratas harus berakhir di levels.max ({max})", en: "the top band must end at levels.max ({max})" },
  onlyLowestOpen: { id: "hanya predikat terendah yang boleh tanpa batas bawah", en: "only the lowest band may have no lower edge" },
  contiguous: {
    id: "harus sama dengan min predikat di atasnya ({min}): predikat harus bersambung tanpa tumpang tindih",
    en: "must equal the min of the band above ({min}): bands must be contiguous and not overlap",
  },
  lowestBand: {
    id: "predikat terendah harus turun sampai levels.min ({min}) atau null",
    en: "the lowest band must reach down to levels.min ({min}) or be null",
  },
  tooLarge: { id: "berkas lebih dari {max} karakter", en: "file is larger than {max} characters" },
  tooDeep: { id: "bersarang lebih dari {max} tingkat", en: "nested deeper than {max} levels" },
  notJson: { id: "bukan JSON yang sah: {detail}", en: "not valid JSON: {detail}" },
  // --- what is wrong with the JSON syntax, as `{detail}` of notJson
  jsonEnd: { id: "berkas berakhir sebelum {expected}", en: "the file ends before {expected}" },
  jsonUnexpected: { id: "'{found}' tak terduga; diharapkan {expected}", en: "unexpected '{found}'; expected {expected}" },
  jsonExpectValue: { id: "sebuah nilai", en: "a value" },
  jsonExpectKey: { id: "nama properti dalam tanda kutip ganda", en: "a property name in double quotes" },
  jsonExpectColon: { id: "':' setelah nama properti", en: "':' after the property name" },
  jsonExpectObjectNext: { id: "',' atau '}' (koma yang terlupa?)", en: "',' or '}' (a missing comma?)" },
  jsonExpectArrayNext: { id: "',' atau ']' (koma yang terlupa?)", en: "',' or ']' (a missing comma?)" },
  jsonTrailingComma: { id: "koma sebelum '{close}': JSON tidak mengizinkan koma terakhir", en: "a comma before '{close}': JSON allows no trailing comma" },
  jsonComment: { id: "komentar tidak diizinkan di JSON", en: "comments are not allowed in JSON" },
  // a NUL where JSON has a character: UTF-16 read as UTF-8 ("'U+0000' unexpected" said nothing of why)
  jsonUtf16: {
    id: "berkas ini tampaknya UTF-16 tanpa BOM (byte NUL di antara huruf): simpan sebagai UTF-8, atau UTF-16 dengan BOM",
    en: "this file looks like UTF-16 without a BOM (NUL bytes between the letters): save it as UTF-8, or as UTF-16 with a BOM",
  },
  jsonSingleQuote: { id: "string JSON memakai tanda kutip ganda (\"), bukan tunggal (')", en: "JSON strings take double quotes (\"), not single ones (')" },
  jsonUnquotedKey: { id: "nama properti harus dalam tanda kutip ganda", en: "property names must be in double quotes" },
  jsonUnterminated: { id: "string tidak ditutup dengan tanda kutip", en: "a string is not closed with a quote" },
  jsonBadEscape: { id: "escape '\\{found}' tidak sah di string", en: "invalid escape '\\{found}' in a string" },
  jsonControl: {
    id: "baris baru atau karakter kendali di dalam string; tulis \\n untuk baris baru",
    en: "a line break or control character inside a string; write \\n for a line break",
  },
  jsonBadNumber: { id: "'{found}' bukan angka JSON", en: "'{found}' is not a JSON number" },
  jsonTrailingText: { id: "ada teks setelah akhir dokumen JSON", en: "there is text after the end of the JSON document" },
  /** where a problem is, after its message in `--framework` errors */
  at: { id: "baris {line}, kolom {column}", en: "line {line}, column {column}" },
  protoKey: { id: "kunci '__proto__' tidak diizinkan", en: "the key '__proto__' is not allowed" },
  partOfIndicator: {
    id: "partOf '{value}' adalah id atau kode indikator yang dinilai: partOf menyebut indikator peraturan yang dibentuk bagian-bagiannya dan tidak dinilai sendiri (spbe-2018: 35, dari 35.1–35.3)",
    en: "partOf '{value}' is the id or code of a scored indicator: partOf names the regulation's indicator its parts make up, not scored itself (spbe-2018: 35, of 35.1–35.3)",
  },
  partOfAspects: {
    id: "bagian-bagian '{value}' ada di aspek yang berbeda ({aspects}): bagian satu indikator ada di aspeknya",
    en: "the parts of '{value}' are in different aspects ({aspects}): the parts of one indicator are in its aspect",
  },
  inexactNumber: {
    id: 'angka {value} punya lebih banyak digit daripada yang disimpan angka JSON (terbaca {kept}): tulis sebagai teks, "{value}"',
    en: 'the number {value} has more digits than a JSON number keeps (read as {kept}): write it as a string, "{value}"',
  },
  missingField: { id: "wajib ada, tetapi tidak ditulis", en: "required, but not written" },
  unknownKey: { id: "kunci '{key}' tidak dikenal (salah ketik?)", en: "unknown key '{key}' (a typo?)" },
  duplicateKey: {
    id: "kunci '{key}' ditulis dua kali dalam objek yang sama; JSON hanya memakai yang terakhir: hapus salah satunya",
    en: "the key '{key}' is written twice in one object; JSON keeps only the last: remove one",
  },
  bundledId: {
    id: "id '{id}' milik kerangka bawaan, dan berkas ini berbeda darinya: beri id sendiri (mis. '{id}-kanwil'); dengan id yang sama, indeksnya dianggap indeks {id} bawaan (rank, trend dan diff membandingkannya demikian)",
    en: "the id '{id}' is a bundled framework's, and this file differs from it: give it an id of its own (e.g. '{id}-kanwil'); under the same id its indices are taken for the bundled {id}'s (rank, trend and diff compare them as such)",
  },
  unknownId: {
    id: "kerangka '{name}' tidak dikenal; pilih {ids}, atau beri isi JSON berkas kerangka",
    en: "unknown framework '{name}'; choose {ids}, or give the JSON of a framework file",
  },
} as const;

/** The JSON Schema's own title and description (`spbe framework schema`): an editor shows one string, so both languages go in it. */
export const FRAMEWORK_SCHEMA = {
  title: { id: "berkas kerangka spbe (formatVersion 1)", en: "spbe framework file (formatVersion 1)" },
  description: {
    id: 'Kerangka indeks kematangan untuk spbe (Indeks SPBE dan penerusnya): tingkatan, bobot eksak, tingkat dan predikat. Bobot ditulis sebagai string angka eksak ("1.3", "20/6"). Periksa berkas dengan `spbe framework check <berkas>`, yang juga menerapkan aturan yang tak dapat dinyatakan skema (jumlah bobot 100 di setiap tingkatan, predikat bersambung, id unik).',
    en: 'A maturity-index framework for spbe (Indeks SPBE and its successors): tiers, exact weights, levels and predikat bands. Weights are exact numbers written as strings ("1.3", "20/6"). Check a file with `spbe framework check <file>`, which also applies the rules a schema cannot express (weights summing to 100 at every tier, contiguous bands, unique ids).',
  },
} as const;
