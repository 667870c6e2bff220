import { UNKNOWN_LANG } from "./text.js";

/**
 * What the command line says: errors that stop a run (exit 2), the words of
 * commander's help and usage errors, and the descriptions of commands and
 * options. Indonesian and English side by side; `{name}` placeholders.
 */
export const CLI = {
  // --- stopping the run (exit 2)
  unknownLang: UNKNOWN_LANG,
  notFound: { id: "berkas '{name}' tidak ditemukan", en: "file '{name}' not found" },
  emptyName: { id: "nama berkas kosong: beri path berkas CSV", en: "empty file name: give the path of a CSV file" },
  isDirectory: { id: "'{name}' adalah direktori, bukan berkas CSV", en: "'{name}' is a directory, not a CSV file" },
  noPermission: { id: "berkas '{name}' tidak boleh dibaca (izin ditolak)", en: "no permission to read '{name}'" },
  unreadable: { id: "berkas '{name}' tidak dapat dibaca: {reason}", en: "cannot read '{name}': {reason}" },
  cannotWrite: { id: "tidak dapat menulis '{name}': {reason}", en: "cannot write '{name}': {reason}" },
  outputIsDirectory: { id: "-o '{name}' adalah direktori", en: "-o '{name}' is a directory" },
  outputNamesDirectory: {
    id: "-o '{name}' berakhir dengan '/': itu nama direktori, bukan berkas",
    en: "-o '{name}' ends in '/': that names a directory, not a file",
  },
  temporaryLeft: {
    id: "berkas sementara '{name}' tertinggal dan tidak dapat dihapus: hapuslah sendiri",
    en: "the temporary file '{name}' was left and could not be removed: remove it yourself",
  },
  writeAbandoned: {
    id: "tulisan '{name}' dibatalkan oleh sinyal {signal}; berkasnya tetap seperti semula",
    en: "the write of '{name}' was abandoned at a {signal}; the file is as it was",
  },
  outputEmpty: { id: "-o kosong: beri nama berkas keluaran", en: "-o is empty: give the name of the output file" },
  outputIsInput: {
    id: "-o '{name}' sama dengan berkas masukan; berkas masukan tidak pernah ditimpa",
    en: "-o '{name}' is one of the input files; inputs are never overwritten",
  },
  stdoutIsInput: {
    id: "stdout diarahkan ke salah satu berkas masukan (mis. `>> data.csv`, atau berkas di folder yang dibaca); berkas masukan tidak pernah ditimpa: arahkan ke berkas lain",
    en: "stdout is redirected to one of the input files (e.g. `>> data.csv`, or a file in a folder being read); inputs are never overwritten: redirect it to another file",
  },
  stdinTwice: { id: "'-' (stdin) hanya boleh disebut sekali", en: "'-' (stdin) may be given only once" },
  stdinIsTerminal: {
    id: "'-' membaca stdin, tetapi stdin adalah terminal; alirkan berkas: spbe {command} - < data.csv",
    en: "'-' reads stdin, but stdin is a terminal; pipe a file in: spbe {command} - < data.csv",
  },
  badMaxBytes: {
    id: "--max-bytes '{value}' bukan ukuran bilangan bulat lebih dari nol, dengan satuan K, M atau G (mis. 50M)",
    en: "--max-bytes '{value}' is not a whole size above zero, in K, M or G (e.g. 50M)",
  },
  badDelimiter: { id: "--delimiter '{value}' tidak dikenal: pakai , ; tab atau |", en: "unknown --delimiter '{value}': use , ; tab or |" },
  /** --fail-above: a difference of indices, never negative */
  badNumber: {
    id: "{flag} '{value}' bukan angka 0 sampai 99 dengan paling banyak empat desimal (mis. 0.25)",
    en: "{flag} '{value}' is not a number from 0 to 99 with at most four decimals (e.g. 0.25)",
  },
  badCount: { id: "{flag} '{value}' harus bilangan bulat 0 atau lebih", en: "{flag} '{value}' must be a whole number, 0 or more" },
  badPositiveCount: { id: "{flag} '{value}' harus bilangan bulat 1 atau lebih", en: "{flag} '{value}' must be a whole number, 1 or more" },
  emptyOption: { id: "{flag} tidak boleh kosong", en: "{flag} must not be empty" },
  badIgnore: {
    id: "--ignore: '{value}' bukan kode temuan (lihat Katalog temuan di README; 'kategori/*' juga boleh)",
    en: "--ignore: '{value}' is not a finding code (see the README's finding catalogue; 'category/*' works too)",
  },
  /** an --ignore entry (or a config's, said with its path) that names only errors */
  errorIgnored: {
    id: "{where}{value}: tidak pernah berupa peringatan, dan galat tidak pernah diabaikan; perbaiki datanya (hanya peringatan yang dapat diabaikan)",
    en: "{where}{value}: never a warning, and errors are never ignored; fix the data (only warnings can be ignored)",
  },
  /** `--ignore file/too-many-findings` (or a config's, with its path): the count of findings past the cap */
  countIgnored: {
    id: "{where}{value}: hanya menghitung temuan yang tidak dicantumkan, dan tidak diabaikan sendiri; abaikan kode yang dihitungnya (mis. evidence/missing)",
    en: "{where}{value}: only counts the findings not listed, and is not ignored itself; ignore the codes it counts (e.g. evidence/missing)",
  },
  /** in a config file's `ignore`, said with its path (`ignore[1]`) */
  configUnknownCode: {
    id: "'{value}' bukan kode temuan (lihat Katalog temuan di README; 'kategori/*' juga boleh)",
    en: "'{value}' is not a finding code (see the README's finding catalogue; 'category/*' works too)",
  },
  badBasis: { id: "--predikat-basis '{value}' tidak dikenal: pakai exact atau displayed", en: "unknown --predikat-basis '{value}': use exact or displayed" },
  badTarget: {
    id: "--target '{value}' bukan angka 0–{max} (paling banyak empat desimal) atau predikat ({names})",
    en: "--target '{value}' is neither a number 0–{max} (at most four decimals) nor a predikat ({names})",
  },
  badFix: {
    id: "--fix: '{value}' bukan indikator {framework} (beri nomor atau kode, dipisah koma)",
    en: "--fix: '{value}' is not an indicator of {framework} (give numbers or codes, comma-separated)",
  },
  badBudgetSteps: {
    id: "--budget '{value}' harus bilangan bulat langkah, 0 atau lebih (biaya hanya dengan --cost)",
    en: "--budget '{value}' must be a whole number of steps, 0 or more (a cost only with --cost)",
  },
  badBudgetCost: {
    id: "--budget '{value}' harus biaya 0 atau lebih, paling banyak 15 angka, tanpa pemisah ribuan (mis. 250000000 atau 12,5)",
    en: "--budget '{value}' must be a cost of 0 or more, at most 15 digits, without thousands separators (e.g. 250000000 or 12.5)",
  },
  outputTooLarge: {
    id: "keluaran --format {format} lebih panjang dari string terpanjang JavaScript (±512 MiB): untuk masukan sebesar ini pakai --format csv (ditulis per potongan), atau spbe rank untuk indeks banyak instansi",
    en: "the --format {format} output is longer than JavaScript's longest string (~512 MiB): for an input this large use --format csv (written in pieces), or spbe rank for the indices of many instansi",
  },
  planTooLarge: {
    id: "kerangka {framework} berisi {count} indikator; rencana dibuat untuk paling banyak {max} (lebih dari itu memori habis)",
    en: "the framework {framework} has {count} indicators; a plan is made for {max} at most (beyond that, memory runs out)",
  },
  badMaxStep: { id: "--max-step '{value}' harus bilangan bulat 1 atau lebih", en: "--max-step '{value}' must be a whole number, 1 or more" },
  badStep: {
    id: "--step '{value}' harus pecahan satu tingkat yang membaginya habis; untuk kerangka {framework}: {steps}",
    en: "--step '{value}' must be a fraction of a level that divides it; for framework {framework}: {steps}",
  },
  stepTooFine: {
    id: "--step '{value}' terlalu halus: paling halus {min} (langkah yang lebih halus membuat rencana butuh menit, bukan detik)",
    en: "--step '{value}' is too fine: {min} at the finest (finer steps make a plan take minutes, not seconds)",
  },
  stepWholeLevels: {
    id: "--step: kerangka {framework} hanya bertingkat bulat; satu langkah selalu satu tingkat",
    en: "--step: framework {framework} has whole levels only; one step is always one level",
  },
  columnsNeedOneFile: { id: "--columns hanya untuk satu berkas berisi dua kolom nilai", en: "--columns is for one file with two value columns" },
  blankInstansi: { id: "--instansi kosong: beri nama instansi", en: "--instansi is blank: give the instansi's name" },
  badColumns: {
    id: "--columns '{value}' harus dua nama kolom, mis. mandiri,evaluasi",
    en: "--columns '{value}' must be two column names, e.g. mandiri,evaluasi",
  },
  sameColumns: {
    id: "--columns '{value}' menyebut kolom yang sama dua kali: sebut dua kolom yang dibandingkan, mis. mandiri,evaluasi",
    en: "--columns '{value}' names the same column twice: name the two columns to compare, e.g. mandiri,evaluasi",
  },
  noExternal: {
    id: "--without-external: kerangka {framework} tidak punya indikator eksternal",
    en: "--without-external: framework {framework} has no external indicators",
  },
  allExternal: {
    id: "--without-external: setiap indikator kerangka {framework} eksternal; tidak ada yang tersisa untuk dihitung",
    en: "--without-external: every indicator of framework {framework} is external; nothing is left to score",
  },
  /** after a name not found: the nearest ones ("; mungkin: spbe-2020") */
  similar: { id: "; mungkin: {names}", en: "; perhaps: {names}" },
  unknownFramework: {
    id: "kerangka '{name}' tidak dikenal; pilih {ids}, atau beri path berkas JSON{similar}",
    en: "unknown framework '{name}'; choose {ids}, or give a JSON file path{similar}",
  },
  frameworkUnreadable: { id: "berkas kerangka '{name}' tidak dapat dibaca: {reason}", en: "cannot read framework file '{name}': {reason}" },
  frameworkInvalid: { id: "berkas kerangka '{name}' tidak sah", en: "framework file '{name}' is invalid" },
  /** `framework check spbe-2020`, where no file has that name */
  checkBundled: {
    id: "'{id}' adalah kerangka bawaan (diperiksa saat dibangun), bukan berkas: `framework check` memeriksa berkas kerangka Anda sendiri; rincian kerangka ini: spbe framework {id}",
    en: "'{id}' is a bundled framework (checked when built), not a file: `framework check` checks a framework file of your own; this one's details: spbe framework {id}",
  },
  moreProblems: {
    id: "… dan {count} masalah lagi (semuanya: spbe framework check {name})",
    en: "… and {count} more problem(s) (all of them: spbe framework check {name})",
  },
  frameworkValid: {
    id: "{name}: kerangka sah — {id}, {aspects} aspek, {indicators} indikator",
    en: "{name}: a valid framework — {id}, {aspects} aspects, {indicators} indicators",
  },
  frameworkProblems: { id: "{name}: {count} masalah", en: "{name}: {count} problem(s)" },
  frameworkSchemaLater: {
    id: "skema dan aturannya (jumlah bobot, predikat, id unik) diperiksa setelah JSON-nya dapat dibaca",
    en: "the schema and the rules (weight sums, bands, unique ids) are checked once the JSON can be read",
  },
  frameworkRulesLater: {
    id: "aturannya (jumlah bobot, predikat, id unik) diperiksa setelah masalah di atas diperbaiki",
    en: "the rules (weight sums, bands, unique ids) are checked once the problems above are fixed",
  },
  optionNotForSubcommand: {
    id: "{option} tidak berlaku untuk spbe framework {command}",
    en: "{option} does not apply to spbe framework {command}",
  },
  badFormat: {
    id: "format '{format}' tidak tersedia untuk spbe {command}; pilih: {choices}",
    en: "format '{format}' is not available for spbe {command}; choose: {choices}",
  },
  stepSummaryUnwritable: {
    id: "ringkasan langkah tidak dapat ditulis ke GITHUB_STEP_SUMMARY '{name}': {reason}",
    en: "cannot write the step summary to GITHUB_STEP_SUMMARY '{name}': {reason}",
  },
  stepSummaryIsInput: {
    id: "ringkasan langkah tidak ditulis: GITHUB_STEP_SUMMARY '{name}' adalah salah satu berkas masukan",
    en: "step summary not written: GITHUB_STEP_SUMMARY '{name}' is one of the input files",
  },
  configUnreadable: { id: "berkas konfigurasi '{name}' tidak dapat dibaca: {reason}", en: "cannot read the config file '{name}': {reason}" },
  configInvalid: { id: "berkas konfigurasi '{name}' tidak sah", en: "the config file '{name}' is invalid" },
  configNotFile: {
    id: "konfigurasi '{name}' bukan berkas biasa (pipa atau perangkat): sebut dengan --config untuk tetap membacanya, atau --no-config",
    en: "the config '{name}' is not a regular file (a pipe or a device): name it with --config to read it anyway, or use --no-config",
  },
  configTooLarge: { id: "berkas konfigurasi '{name}' lebih dari 1 MB", en: "the config file '{name}' is larger than 1 MB" },
  bug: {
    id: "kesalahan internal (ini bug, mohon laporkan beserta perintah dan berkasnya): {detail}",
    en: "internal error (this is a bug; please report it with the command and the file): {detail}",
  },

  // --- summaries on stderr
  scoreSummary: {
    id: "{files} berkas, {assessments} penilaian, {scored} dihitung; rata-rata indeks {mean}{predikat}",
    en: "{files} file(s), {assessments} assessment(s), {scored} scored; mean index {mean}{predikat}",
  },

  /** `by`: the option as `settingText` names it ("--ignore a,b", or "ignore a,b di spbe.config.json") */
  ignoredSuffix: { id: "; {count} temuan diabaikan ({by})", en: "; {count} finding(s) ignored ({by})" },
  ignoredLine: { id: "{count} temuan diabaikan ({by})", en: "{count} finding(s) ignored ({by})" },
  /** an option a config file set, as messages name it (report/setting.ts) */
  setInConfig: { id: "{setting} di {file}", en: "{setting} in {file}" },

  // --- exit 1 explained, under the result (core/exit.ts decides, this says why)
  strictWarnings: { id: "--strict: {warnings} peringatan dihitung sebagai galat", en: "--strict: {warnings} warning(s) count as errors" },
  tooManyWarnings: {
    id: "terlalu banyak peringatan: {warnings}, batas {limit}",
    en: "too many warnings: {warnings}, over {limit}",
  },
  failAbove: {
    id: "selisih indeks {delta} melebihi --fail-above {limit}",
    en: "index difference {delta} is above --fail-above {limit}",
  },
  targetUnreachable: {
    id: "target {target} tidak dapat dicapai; indeks tertinggi yang dapat dicapai {best} (lihat yang menghambat)",
    en: "the target {target} cannot be reached; the highest index within reach is {best} (see what blocks it)",
  },
} as const;

/** Operating-system reasons in words, for "cannot read/write": never a bare ENOENT. */
export const OS_REASON = {
  ENOENT: { id: "tidak ada", en: "it does not exist" },
  EACCES: { id: "izin ditolak", en: "permission denied" },
  EPERM: { id: "izin ditolak", en: "permission denied" },
  EISDIR: { id: "itu direktori", en: "it is a directory" },
  ENOTDIR: { id: "bagian dari path bukan direktori", en: "a part of the path is not a directory" },
  ENOSPC: { id: "disk penuh", en: "the disk is full" },
  EROFS: { id: "sistem berkas hanya-baca", en: "the file system is read-only" },
  EFBIG: { id: "berkas terlalu besar", en: "the file is too large" },
  ELOOP: { id: "terlalu banyak tautan simbolik", en: "too many symbolic links" },
  ENAMETOOLONG: { id: "nama terlalu panjang", en: "the name is too long" },
  EMFILE: { id: "terlalu banyak berkas terbuka", en: "too many open files" },
  EIO: { id: "galat masukan/keluaran pada perangkat", en: "an input/output error on the device" },
  EPIPE: { id: "pembacanya sudah menutup", en: "its reader has closed it" },
  ENXIO: { id: "tidak ada yang membaca di ujung lainnya", en: "nothing is reading at the other end" },
  EBADF: { id: "deskriptor itu tidak terbuka untuk ditulis spbe", en: "that descriptor is not open for spbe to write" },
  other: { id: "galat sistem {code}", en: "system error {code}" },
} as const;

/**
 * Commander's own words: headings, help and version options, and its usage errors. No option uses
 * commander's `.choices()` (whose error is English only): the choices are set as `argChoices`, for
 * help, and checked by the command in the user's language.
 */
export const COMMANDER = {
  usage: { id: "Pemakaian:", en: "Usage:" },
  arguments: { id: "Argumen:", en: "Arguments:" },
  options: { id: "Opsi:", en: "Options:" },
  globalOptions: { id: "Opsi umum:", en: "Global Options:" },
  commands: { id: "Perintah:", en: "Commands:" },
  help: { id: "tampilkan bantuan perintah", en: "display help for command" },
  helpCommand: { id: "tampilkan bantuan untuk perintah", en: "display help for command" },
  version: { id: "tampilkan nomor versi", en: "output the version number" },
  helpHint: { id: "(lihat: spbe {command}--help)", en: "(see: spbe {command}--help)" },
  unknownOption: { id: "galat: opsi tidak dikenal '{option}'", en: "error: unknown option '{option}'" },
  unknownCommand: { id: "galat: perintah tidak dikenal '{command}'", en: "error: unknown command '{command}'" },
  missingArgument: { id: "galat: argumen wajib '{argument}' belum diberikan", en: "error: missing required argument '{argument}'" },
  optionMissingArgument: { id: "galat: opsi '{option}' memerlukan nilai", en: "error: option '{option}' argument missing" },
  excessArguments: {
    id: "galat: terlalu banyak argumen untuk '{command}': diharapkan {expected}, diberikan {got}",
    en: "error: too many arguments for '{command}': expected {expected}, got {got}",
  },
  didYouMean: { id: "(Maksud Anda {suggestion}?)", en: "(Did you mean {suggestion}?)" },
  choices: { id: "pilihan: {choices}", en: "choices: {choices}" },
  defaultValue: { id: "bawaan: {value}", en: "default: {value}" },
} as const;

/** Descriptions of the program, its commands, arguments and options, for --help. */
export const HELP = {
  program: {
    id: "Indeks SPBE dan Indeks Pemerintah Digital: hitung, validasi, bandingkan",
    en: "Indeks SPBE and Indeks Pemerintah Digital: compute, validate, compare",
  },
  lang: { id: "bahasa pesan: id atau en (juga SPBE_LANG)", en: "message language: id or en (also SPBE_LANG)" },
  color: { id: "paksa warna", en: "force colour" },
  noColor: { id: "tanpa warna", en: "no colour" },
  config: {
    id: 'berkas konfigurasi (bawaan: spbe.config.json atau kunci "spbe" di package.json, dicari ke atas)',
    en: 'config file (default: spbe.config.json or a "spbe" key in package.json, searched upward)',
  },
  noConfig: { id: "abaikan berkas konfigurasi", en: "use no config file" },
  framework: {
    id: "kerangka: spbe-2020 (bawaan), spbe-2018, pemdi-2026, atau berkas JSON",
    en: "framework: spbe-2020 (default), spbe-2018, pemdi-2026, or a JSON file",
  },
  delimiter: { id: "pemisah kolom: , ; tab | (bawaan: dideteksi)", en: "column delimiter: , ; tab | (default: detected)" },
  withoutExternal: {
    id: "Pemdi: hitung tanpa indikator yang nilainya dari indeks nasional lain (5, 6, 7, 18; kode 3.1, 3.2, 3.3, 6.4)",
    en: "Pemdi: score without the indicators whose values come from other national indices (5, 6, 7, 18; codes 3.1, 3.2, 3.3, 6.4)",
  },
  maxBytes: { id: "ukuran berkas maksimum, mis. 50M (bawaan 32M)", en: "largest file accepted, e.g. 50M (default 32M)" },
  ignore: {
    id: "kode peringatan yang sudah diketahui, dipisah koma (mis. framework/provisional); dihitung di ringkasan",
    en: "known warning codes to acknowledge, comma-separated (e.g. framework/provisional); counted in the summary",
  },
  format: { id: "format keluaran", en: "output format" },
  output: { id: "tulis ke berkas (atomik); - untuk stdout", en: "write to a file (atomically); - for stdout" },
  excel: {
    id: "CSV untuk Excel lokal Indonesia: ';', koma desimal, BOM, CRLF",
    en: "CSV for Excel in the Indonesian locale: ';', decimal comma, BOM, CRLF",
  },
  target: { id: "target indeks atau predikat, mis. 3.5 atau 'Sangat Baik'", en: "target index or predikat, e.g. 3.5 or 'Sangat Baik'" },
  predikatBasis: {
    id: "baca predikat dari indeks tepat (exact) atau yang ditampilkan (displayed), bukan dari aturan tahunnya",
    en: "read the predikat from the exact or the displayed index, instead of the year's rule",
  },
  score: {
    id: "hitung indeks, predikat, domain, aspek dan indikator",
    en: "compute the index, predikat, domains, aspects and indicators",
  },
  scoreFiles: { id: "berkas CSV penilaian, direktori, atau pola glob (- untuk stdin)", en: "assessment CSV files, directories or glob patterns (- for stdin)" },
  validate: { id: "periksa berkas penilaian, tampilkan temuan saja", en: "check assessment files, findings only" },
  validateInputs: {
    id: "berkas CSV, direktori, atau pola glob (- untuk stdin)",
    en: "CSV files, directories or glob patterns (- for stdin)",
  },
  strict: { id: "peringatan dihitung sebagai galat", en: "treat warnings as errors" },
  validateColumns: {
    id: "berkas berdampingan: periksa kedua kolom nilai ini, mis. mandiri,evaluasi",
    en: "a side-by-side file: check both of these value columns, e.g. mandiri,evaluasi",
  },
  maxWarnings: { id: "gagal bila peringatan lebih dari n", en: "fail when there are more than n warnings" },
  stdinName: { id: "nama stdin dalam temuan", en: "the name stdin ('-') gets in findings" },
  diff: {
    id: "jelaskan selisih dua penilaian (mandiri vs evaluasi) per indikator",
    en: "explain the gap between two assessments (mandiri vs evaluasi), indicator by indicator",
  },
  diffA: { id: "penilaian a (biasanya mandiri), atau satu berkas berisi keduanya", en: "assessment a (usually mandiri), or one file holding both" },
  diffB: { id: "penilaian b (biasanya evaluasi)", en: "assessment b (usually the official evaluasi)" },
  frameworkB: { id: "kerangka untuk b bila berbeda", en: "framework of b, when it differs" },
  columns: {
    id: "dua kolom nilai dalam satu berkas (bawaan: mandiri,evaluasi)",
    en: "two value columns in one file (default: mandiri,evaluasi)",
  },
  top: { id: "batasi daftar indikator pada keluaran manusia", en: "limit the indicator list in human output" },
  failAbove: { id: "keluar 1 bila |selisih indeks| > x", en: "exit 1 when |index difference| > x" },
  plan: {
    id: "rencana paling murah menuju target (predikat atau indeks): indikator mana naik berapa tingkat",
    en: "the cheapest plan to a target (a predikat or an index): which indicators rise, by how much",
  },
  planFile: { id: "berkas CSV penilaian (satu penilaian; - untuk stdin)", en: "assessment CSV file (one assessment; - for stdin)" },
  planTarget: {
    id: "target indeks atau predikat, mis. 3.5 atau 'Sangat Baik' (bawaan: predikat berikutnya)",
    en: "target index or predikat, e.g. 3.5 or 'Sangat Baik' (default: the next predikat)",
  },
  cost: {
    id: "CSV biaya: indikator,biaya atau indikator,dari,ke,biaya (biaya total paling kecil, bukan langkah paling sedikit; - untuk stdin)",
    en: "cost CSV: indikator,biaya or indikator,dari,ke,biaya (least total cost instead of fewest steps; - for stdin)",
  },
  budget: {
    id: "anggaran langkah (atau biaya dengan --cost): indeks tertinggi di dalamnya; dengan --target, target harus muat",
    en: "a budget of steps (or cost with --cost): the highest index within it; with --target, the target must fit",
  },
  maxStep: { id: "paling banyak n langkah per indikator, mis. 1 per tahun", en: "at most n steps per indicator, e.g. 1 a year" },
  fix: { id: "indikator yang tidak boleh naik, dipisah koma (nomor atau kode)", en: "indicators that may not move, comma-separated (numbers or codes)" },
  raiseExternal: {
    id: "Pemdi: boleh menaikkan indikator 5, 6, 7, 18 (kode 3.1, 3.2, 3.3, 6.4; nilainya dari indeks nasional lain; bawaan: tetap)",
    en: "Pemdi: let indicators 5, 6, 7, 18 rise (codes 3.1, 3.2, 3.3, 6.4; their values come from other national indices; fixed by default)",
  },
  step: {
    id: "kerangka bernilai pecahan: besar satu langkah yang membagi satu tingkat, mis. 0.5 pada skala 1–5; langkah yang diterima disebut bila satu ditolak (bawaan: ke tingkat bulat berikutnya)",
    en: "frameworks with fractional values: the size of one step that divides a level, e.g. 0.5 on a 1–5 scale; the accepted steps are named when one is refused (default: to the next whole level)",
  },
  diffStrict: { id: "dua instansi atau dua tahun berbeda adalah galat, bukan peringatan", en: "two different instansi or years are an error, not a warning" },
  frameworkCommand: {
    id: "daftar kerangka, atau rincian satu kerangka; check dan schema untuk berkas kerangka sendiri",
    en: "list frameworks, or show one; check and schema for framework files of your own",
  },
  frameworkArg: { id: "id kerangka atau berkas JSON", en: "framework id or JSON file" },
  frameworkCheck: {
    id: "periksa satu berkas kerangka: setiap masalah dengan baris, kolom dan path JSON-nya",
    en: "check one framework file: every problem with its line, column and JSON path",
  },
  frameworkCheckFile: { id: "berkas JSON kerangka", en: "framework JSON file" },
  frameworkSchema: {
    id: "cetak JSON Schema format berkas kerangka (untuk editor)",
    en: "print the JSON Schema of the framework file format (for editors)",
  },
  template: { id: "CSV kosong berisi semua indikator, siap diisi", en: "a blank CSV with every indicator, ready to fill" },
  templateExcel: {
    id: "untuk Excel lokal Indonesia: pemisah ';', BOM, CRLF",
    en: "for Excel in the Indonesian locale: ';' delimiter, BOM, CRLF",
  },
} as const;

export const TEMPLATE_HELP = {
  instansi: { id: "kolom instansi berisi nama ini", en: "an instansi column of this name" },
  tahun: { id: "kolom tahun berisi tahun ini", en: "a year column of this year" },
  jenis: { id: "kolom jenis berisi jenis ini", en: "a jenis column of this jenis" },
} as const;

/** Choosing an output format: `--format`, `--excel` and the `-o` file's extension must agree. */
export const FORMAT = {
  excelNeedsCsv: { id: "--excel hanya untuk CSV, tetapi --format {format} diminta", en: "--excel is for CSV, but --format {format} was asked for" },
  excelContradictsExtension: {
    id: "--excel menulis CSV, tetapi ekstensi -o '{name}' berarti {inferred}; beri nama .csv atau hapus --excel",
    en: "--excel writes CSV, but -o '{name}' has the extension of {inferred}; name a .csv file or drop --excel",
  },
  oneFormatOnly: {
    id: "-o '{name}': {command} hanya menulis {format}; beri nama berakhiran .{format} (atau tanpa ekstensi format lain)",
    en: "-o '{name}': {command} writes {format} only; give a name ending in .{format} (or without another format's extension)",
  },
  extensionNotAFormat: {
    id: "-o '{name}': {command} tidak menulis format {extension} (formatnya: {choices}); beri --format atau nama lain",
    en: "-o '{name}': {command} does not write a {extension} format (its formats: {choices}); give --format or another name",
  },
  contradictsExtension: {
    id: "--format {format} tidak cocok dengan -o '{name}' (ekstensinya berarti {inferred}); samakan atau hapus salah satunya",
    en: "--format {format} does not match -o '{name}' (its extension means {inferred}); make them agree or drop one",
  },
} as const;
