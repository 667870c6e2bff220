/**
 * The words of every report: headings, table heads, notes. Indonesian and
 * English side by side; `{name}` placeholders are filled by `say`. Domain terms
 * (Predikat, Instansi, Domain) stay Indonesian in both.
 */
export const LABEL = {
  framework: { id: "Kerangka", en: "Framework" },
  source: { id: "Berkas", en: "File" },
  read: { id: "Dibaca", en: "Read as" },
  instansi: { id: "Instansi", en: "Instansi" },
  tahun: { id: "Tahun", en: "Year" },
  jenis: { id: "Jenis", en: "Type" },
  domain: { id: "Domain", en: "Domain" },
  aspect: { id: "Aspek", en: "Aspect" },
  indicator: { id: "Indikator", en: "Indicator" },
  no: { id: "No", en: "No" },
  code: { id: "Kode", en: "Code" },
  name: { id: "Nama", en: "Name" },
  weight: { id: "Bobot", en: "Weight" },
  index: { id: "Indeks", en: "Index" },
  level: { id: "Tingkat", en: "Level" },
  levelName: { id: "Nama tingkat", en: "Level name" },
  shortfall: { id: "Potensi", en: "Potential" },
  predikat: { id: "Predikat", en: "Predikat" },
  weakest: {
    id: "Tiga aspek yang paling menurunkan indeks (potensi = poin indeks yang hilang dari tingkat maksimum)",
    en: "The three aspects that pull the index down most (potential = index points lost against the top level)",
  },
  weakMark: { id: "▼", en: "▼" },
  unverified: { id: "nama belum terverifikasi", en: "name unverified" },
  withUnverified: { id: "{name} (nama belum terverifikasi)", en: "{name} (name unverified)" },
  notScored: { id: "Tidak dihitung: perbaiki temuan di bawah ini dulu.", en: "Not scored: fix the findings below first." },
  findings: { id: "Temuan", en: "Findings" },
  noFindings: { id: "Tidak ada temuan.", en: "No findings." },
  noAssessments: { id: "Tidak ada penilaian yang terbaca; lihat temuan.", en: "No assessment could be read; see the findings." },
  error: { id: "galat", en: "error" },
  warning: { id: "peringatan", en: "warning" },
  target: { id: "Target", en: "Target" },
  targetReached: { id: "tercapai", en: "reached" },
  targetGap: { id: "kurang {gap} poin", en: "{gap} points short" },
  targetLine: { id: "Target {target} ({predikat}): {status}", en: "Target {target} ({predikat}): {status}" },
  caveat: { id: "Catatan", en: "Note" },
  provisional: { id: "SEMENTARA (provisional)", en: "PROVISIONAL" },
  official: { id: "resmi", en: "official" },
  tier: { id: "Tingkatan", en: "Tier" },
  line: { id: "Baris", en: "Line" },
  column: { id: "Kolom", en: "Column" },
  severity: { id: "Keparahan", en: "Severity" },
  findingCode: { id: "Kode", en: "Code" },
  message: { id: "Pesan", en: "Message" },
  display: { id: "Tampilan", en: "Display" },
  value: { id: "Nilai", en: "Value" },
  summary: {
    id: "{files} berkas diperiksa: {errors} galat, {warnings} peringatan",
    en: "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
  },
} as const;

export const DIFF_LABEL = {
  title: { id: "Perbandingan {index} ({framework})", en: "Comparison of {index} ({framework})" },
  delta: { id: "Selisih", en: "Difference" },
  impact: { id: "Dampak", en: "Impact" },
  predikatChanged: { id: "predikat berubah", en: "predikat changes" },
  predikatSame: { id: "predikat sama", en: "same predikat" },
  counts: {
    id: "{higher} indikator {a} lebih tinggi dari {b}, {lower} lebih rendah, {equal} sama",
    en: "{higher} indicators higher in {a} than in {b}, {lower} lower, {equal} equal",
  },
  mean: { id: "Rata-rata selisih mutlak: {mean} tingkat", en: "Mean absolute difference: {mean} levels" },
  topNote: { id: "{shown} dari {total} indikator yang berbeda ditampilkan (--top)", en: "showing {shown} of {total} differing indicators (--top)" },
  noDifference: { id: "Tidak ada indikator yang berbeda.", en: "No indicator differs." },
  notCompared: { id: "Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.", en: "Cannot compare: fix the findings below first." },
  impactNote: {
    id: "Dampak = bobot × selisih / jumlah bobot ({total}): berapa poin indeks yang dijelaskan indikator itu; jumlahnya sama dengan selisih indeks.",
    en: "Impact = weight × difference / total weight ({total}): the index points the indicator accounts for; the impacts add up to the index difference.",
  },
} as const;

export const FRAMEWORK_LABEL = {
  id: { id: "Id", en: "Id" },
  title: { id: "Judul", en: "Title" },
  indicators: { id: "Indikator", en: "Indicators" },
  years: { id: "Tahun", en: "Years" },
  status: { id: "Status", en: "Status" },
  bands: { id: "Predikat", en: "Predikat" },
  range: { id: "Rentang", en: "Range" },
  levels: { id: "Tingkat: {min}–{max}", en: "Levels: {min}–{max}" },
  fractions: { id: "Tingkat: {min}–{max} (boleh pecahan)", en: "Levels: {min}–{max} (fractions allowed)" },
  notes: { id: "Catatan", en: "Notes" },
  sources: { id: "Sumber", en: "Sources" },
  levelNames: { id: "Nama tingkat", en: "Level names" },
  criteria: { id: "Kriteria tingkat", en: "Level criteria" },
  criterion: { id: "Kriteria", en: "Criterion" },
} as const;

export const VALIDATE_LABEL = {
  title: { id: "spbe validate", en: "spbe validate" },
  valid: { id: "Sah", en: "Valid" },
  errors: { id: "Galat", en: "Errors" },
  warnings: { id: "Peringatan", en: "Warnings" },
  yes: { id: "✅ sah", en: "✅ valid" },
  no: { id: "❌ tidak sah", en: "❌ invalid" },
  more: {
    id: "… dan {count} temuan lagi (lihat log atau jalankan `spbe validate` secara lokal).",
    en: "… and {count} more finding(s) (see the log, or run `spbe validate` locally).",
  },
  notAnnotated: {
    id: "{count} temuan lagi tidak dijadikan anotasi (GitHub menampilkan paling banyak {cap} galat dan {cap} peringatan per langkah); semuanya ada di log dan ringkasan langkah ini",
    en: "{count} more finding(s) not annotated (GitHub shows at most {cap} errors and {cap} warnings per step); all are in this log and the step summary",
  },
  junitFile: { id: "berkas", en: "file" },
  junitIndicator: { id: "indikator {id}", en: "indikator {id}" },
  junitMore: { id: " (+{count} galat lagi)", en: " (+{count} more error(s))" },
} as const;

/** "UTF-8 dengan BOM, pemisah ';' (dari baris sep=), koma desimal" */
export const DIALECT_LABEL = {
  "utf-8": { id: "UTF-8", en: "UTF-8" },
  "utf-8-bom": { id: "UTF-8 dengan BOM", en: "UTF-8 with BOM" },
  "utf-8-replaced": { id: "UTF-8 (tidak sah; dibaca dengan karakter pengganti �)", en: "UTF-8 (invalid; read with replacement characters �)" },
  "windows-1252": { id: "Windows-1252 (bukan UTF-8; dibaca sebagai Windows-1252)", en: "Windows-1252 (not UTF-8; read as Windows-1252)" },
  "utf-16le": { id: "UTF-16 LE", en: "UTF-16 LE" },
  "utf-16be": { id: "UTF-16 BE", en: "UTF-16 BE" },
  delimiter: { id: "pemisah {delimiter} ({source})", en: "delimiter {delimiter} ({source})" },
  option: { id: "dari --delimiter", en: "from --delimiter" },
  "sep-line": { id: "dari baris sep=", en: "from the sep= line" },
  sniffed: { id: "terdeteksi", en: "detected" },
  default: { id: "bawaan", en: "default" },
  decimalComma: { id: "koma desimal", en: "decimal comma" },
  decimalPoint: { id: "titik desimal", en: "decimal point" },
} as const;

/** Column names of the CSV outputs; machine values (tier names, true/false) are the same in both languages. */
export const CSV_COLUMN = {
  file: { id: "berkas", en: "file" },
  instansi: { id: "instansi", en: "instansi" },
  tahun: { id: "tahun", en: "year" },
  jenis: { id: "jenis", en: "type" },
  framework: { id: "kerangka", en: "framework" },
  provisional: { id: "sementara", en: "provisional" },
  tier: { id: "tingkatan", en: "tier" },
  id: { id: "id", en: "id" },
  parent: { id: "induk", en: "parent" },
  name: { id: "nama", en: "name" },
  weight: { id: "bobot", en: "weight" },
  value: { id: "nilai", en: "value" },
  display: { id: "tampilan", en: "display" },
  label: { id: "keterangan", en: "label" },
  predikatBasis: { id: "dasar_predikat", en: "predikat_basis" },
  predikatOtherBasis: { id: "predikat_dasar_lain", en: "predikat_other_basis" },
  caveats: { id: "catatan", en: "caveats" },
  code: { id: "kode", en: "code" },
  bandLabel: { id: "label_predikat", en: "band_label" },
  shortfall: { id: "potensi", en: "potential" },
  target: { id: "target", en: "target" },
  targetReached: { id: "target_tercapai", en: "target_reached" },
  targetGap: { id: "kurang_target", en: "target_gap" },
  delta: { id: "selisih", en: "delta" },
  deltaDisplay: { id: "tampilan_selisih", en: "delta_display" },
  impact: { id: "dampak", en: "impact" },
  impactDisplay: { id: "tampilan_dampak", en: "impact_display" },
  indicator: { id: "indikator", en: "indicator" },
  domain: { id: "domain", en: "domain" },
  aspect: { id: "aspek", en: "aspect" },
  level: { id: "tingkat", en: "level" },
  evidence: { id: "bukti", en: "evidence" },
  note: { id: "catatan", en: "note" },
} as const;

/** Saying which index the predikat was read from, where the two readings disagree. */
export const PREDIKAT_LABEL = {
  exactBelow: {
    id: "indeks tepat {exact} di bawah batas {edge}; predikat dari indeks tepat, {rule}",
    en: "the exact index {exact} is below the {edge} edge; predikat from the exact index, {rule}",
  },
  displayedReaches: {
    id: "indeks tepat {exact} di bawah batas {edge}, tetapi tampilannya {display} mencapainya; predikat dari indeks yang ditampilkan, {rule}",
    en: "the exact index {exact} is below the {edge} edge, but its display {display} reaches it; predikat from the displayed index, {rule}",
  },
  ruleYear: { id: "aturan KemenPANRB {year}", en: "KemenPANRB's {year} rule" },
  ruleDefault: { id: "aturan bawaan untuk tahun tanpa bukti", en: "the default for years without evidence" },
  ruleOption: { id: "dipilih dengan --predikat-basis", en: "chosen with --predikat-basis" },
  indicative: { id: "{predikat} (indikatif)", en: "{predikat} (indicative)" },
  exact: { id: "indeks tepat", en: "exact index" },
  displayed: { id: "indeks yang ditampilkan", en: "displayed index" },
  basisRules: { id: "Dasar predikat", en: "Predikat basis" },
  basisDefault: { id: "tahun lain: {basis}{assumed}", en: "other years: {basis}{assumed}" },
  assumed: { id: " (asumsi)", en: " (assumed)" },
} as const;

/** The words of the HTML reports (`--format html`); numbers in them are already localised (3,19 in id). */
export const HTML_LABEL = {
  /** the decimal mark of numbers on the page: 3,19 in Bahasa Indonesia, 3.19 in English */
  decimalMark: { id: ",", en: "." },
  scoreTitle: { id: "Laporan {index}", en: "{index} report" },
  scoreGeneric: { id: "Laporan spbe score", en: "spbe score report" },
  diffGeneric: { id: "Laporan spbe diff", en: "spbe diff report" },
  footer: {
    id: "Dibuat dengan spbe. Angka dihitung eksak dan ditampilkan dua desimal, dibulatkan setengah ke atas.",
    en: "Made with spbe. Numbers are computed exactly and shown to two decimals, rounded half up.",
  },
  maturity: { id: "Tingkat kematangan", en: "Maturity level" },
  maturityLevel: {
    id: "tingkat {level} tercapai: indeks yang ditampilkan dibulatkan ke bawah",
    en: "level {level} reached: the displayed index rounded down",
  },
  maturityBand: { id: "nama predikat menurut {regulation}", en: "the band's name in {regulation}" },
  bandScale: { id: "Skala predikat", en: "Predikat scale" },
  bandScaleAria: {
    id: "Skala predikat dari {low} sampai {high}; ditandai: {marks}",
    en: "Predikat scale from {low} to {high}; marked: {marks}",
  },
  bandLowest: { id: "{predikat}: indeks < {to}", en: "{predikat}: index < {to}" },
  bandMiddle: { id: "{predikat}: {from} ≤ indeks < {to}", en: "{predikat}: {from} ≤ index < {to}" },
  bandTop: { id: "{predikat}: {from} ≤ indeks ≤ {to}", en: "{predikat}: {from} ≤ index ≤ {to}" },
  valueTitle: { id: "{name}: {value} ({predikat})", en: "{name}: {value} ({predikat})" },
  byDomain: { id: "Indeks per domain", en: "Index by domain" },
  byAspect: { id: "Indeks per aspek", en: "Index by aspect" },
  byAspectNumbered: { id: "Indeks per aspek (nomor aspek seperti pada diagram batang)", en: "Index by aspect (aspect numbers as in the bar chart)" },
  radarAria: {
    id: "Diagram radar indeks per {tier}, skala {min} sampai {max}",
    en: "Radar chart of the index per {tier}, scale {min} to {max}",
  },
  barsAria: {
    id: "Diagram batang indeks per aspek, diwarnai menurut predikat; garis putus-putus adalah batas predikat",
    en: "Bar chart of the index per aspect, coloured by predikat; dashed lines are the predikat edges",
  },
  weakestTitle: { id: "Tiga aspek yang paling menurunkan indeks", en: "The three aspects that cost the index most" },
  weakestItem: {
    id: "indeks {index} · potensi {shortfall} poin indeks · bobot {weight}",
    en: "index {index} · potential {shortfall} index points · weight {weight}",
  },
  evidence: { id: "Bukti", en: "Evidence" },
  note: { id: "Catatan", en: "Note" },
  owner: { id: "Penanggung jawab", en: "Owner" },
  tables: { id: "Rincian", en: "Details" },
  pairedAria: {
    id: "Diagram batang berpasangan: indeks per aspek, {a} (atas) dan {b} (bawah)",
    en: "Paired bar chart: index per aspect, {a} (upper) and {b} (lower)",
  },
  pairedTitle: { id: "Indeks per aspek: {a} dan {b}", en: "Index by aspect: {a} and {b}" },
  impactTitle: { id: "Indikator dengan dampak terbesar", en: "Indicators with the largest impact" },
  sideTitle: { id: "{side}: {value} ({predikat})", en: "{side}: {value} ({predikat})" },
} as const;
