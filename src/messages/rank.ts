/**
 * The words of `spbe rank`, `spbe trend` and the standing line of `score
 * --banding`: command-line errors, help texts, report headings. Indonesian and
 * English side by side; `{name}` placeholders; kategori names and predikat stay
 * Indonesian in both.
 */
export const RANK_CLI = {
  noNational: {
    id: "tidak ada hasil nasional tahun '{year}' yang dibundel (ada: {years})",
    en: "no bundled national results for '{year}' (there are: {years})",
  },
  noInputs: {
    id: "beri berkas masukan, nasional-TAHUN, atau --nasional TAHUN",
    en: "give input files, nasional-YEAR, or --nasional YEAR",
  },
  badKategori: {
    id: "--kategori '{value}' tidak dikenal: pakai {known}",
    en: "unknown --kategori '{value}': use {known}",
  },
  badBy: { id: "--by '{value}' tidak dikenal: pakai kategori atau provinsi", en: "unknown --by '{value}': use kategori or provinsi" },
  badTahun: { id: "{flag} '{value}' bukan tahun empat angka", en: "{flag} '{value}' is not a four-digit year" },
  noYear: {
    id: "tidak ada baris tahun {year} dalam masukan (ada: {years})",
    en: "no rows of {year} in the inputs (there are: {years})",
  },
  noInstansi: {
    id: "tidak ada instansi '{name}' dalam masukan{similar}",
    en: "no instansi '{name}' in the inputs{similar}",
  },
  noProvinsi: {
    id: "tidak ada provinsi '{name}' dalam masukan{similar}",
    en: "no provinsi '{name}' in the inputs{similar}",
  },
  targetRankNeedsKategori: {
    id: "--target-rank perlu kategori penilaian ini: beri --kategori atau kolom kategori",
    en: "--target-rank needs this assessment's kategori: give --kategori or a kategori column",
  },
  targetRankFramework: {
    id: "--target-rank memeringkat di antara {source} ({national}); penilaian ini {framework}, indeksnya tidak sebanding",
    en: "--target-rank ranks among {source} ({national}); this assessment is {framework}, whose index is not comparable",
  },
  targetBoth: { id: "pilih satu: --target atau --target-rank", en: "choose one: --target or --target-rank" },
  badRank: { id: "--target-rank '{value}' harus bilangan bulat 1 atau lebih", en: "--target-rank '{value}' must be a whole number, 1 or more" },
  rankNeedsTarget: {
    id: "--nasional, --kategori dan --provinsi pada plan hanya berlaku dengan --target-rank",
    en: "--nasional, --kategori and --provinsi on plan apply only with --target-rank",
  },
  progress: { id: "spbe: membaca {name} {bar} {percent}%", en: "spbe: reading {name} {bar} {percent}%" },
  rankSummary: {
    id: "{rows} baris dari {files} masukan; tahun {tahun}",
    en: "{rows} row(s) from {files} input(s); year {tahun}",
  },
  trendSummary: {
    id: "{series} instansi dari {files} masukan; tahun {years}",
    en: "{series} instansi from {files} input(s); years {years}",
  },
} as const;

export const RANK_HELP = {
  rank: {
    id: "peringkat instansi per tahun: nasional, per kategori, per provinsi; posisi penilaian Anda",
    en: "rank instansi by year: nationally, by kategori, by provinsi; where your assessment stands",
  },
  rankInputs: {
    id: "tabel hasil atau berkas penilaian (direktori, glob, - untuk stdin), atau nasional-2024",
    en: "result tables or assessment files (directories, globs, - for stdin), or nasional-2024",
  },
  nasional: {
    id: "tambahkan hasil nasional yang dibundel, mis. 2024 atau 2023,2024",
    en: "add the bundled national results, e.g. 2024 or 2023,2024",
  },
  tahun: { id: "tahun yang diperingkat (bawaan: yang terbaru)", en: "the year to rank (default: the latest)" },
  kategori: {
    id: "hanya kategori ini: kabupaten, kota, provinsi, kementerian, lembaga, pemda, pusat",
    en: "only this kategori: kabupaten, kota, provinsi, kementerian, lembaga, pemda, pusat",
  },
  provinsi: { id: "hanya provinsi ini, mis. 'Jawa Barat'", en: "only this provinsi, e.g. 'Jawa Barat'" },
  by: { id: "satu peringkat per kategori atau per provinsi", en: "one ranking per kategori or per provinsi" },
  top: { id: "tampilkan peringkat 1 sampai N saja (yang seri di batas ikut)", en: "list ranks 1 to N only (ties at the cut included)" },
  allowMixed: {
    id: "izinkan indeks dari kerangka berbeda dalam satu peringkat",
    en: "allow indices of different frameworks in one ranking",
  },
  trend: {
    id: "indeks per tahun tiap instansi: perubahan, predikat, jarak ke target",
    en: "each instansi's index year by year: change, predikat, distance to a target",
  },
  instansi: { id: "satu instansi saja, mis. 'Kab. Bandung'", en: "one instansi only, e.g. 'Kab. Bandung'" },
  trendTarget: {
    id: "target indeks atau predikat untuk tiap instansi (bawaan: kolom target)",
    en: "target index or predikat for every instansi (default: the target column)",
  },
  targetRank: {
    id: "target peringkat N di kategorinya (dan provinsi, dengan --provinsi) di antara hasil nasional",
    en: "target rank N in its kategori (and provinsi, with --provinsi) among the national results",
  },
  planNasional: {
    id: "tahun hasil nasional untuk --target-rank (bawaan: yang terbaru)",
    en: "the national results' year for --target-rank (default: the latest)",
  },
  banding: {
    id: "posisi penilaian di antara hasil nasional, mis. nasional-2024",
    en: "where the assessment stands among national results, e.g. nasional-2024",
  },
} as const;

/** Headings, table heads and notes of the rank and trend reports. */
export const RANK_LABEL = {
  title: { id: "Peringkat {index} {tahun}", en: "Ranking of the {index} {tahun}" },
  titleGeneric: { id: "Peringkat {tahun}", en: "Ranking {tahun}" },
  allYears: { id: "tanpa tahun", en: "no year" },
  filterKategori: { id: "kategori {value}", en: "kategori {value}" },
  filterProvinsi: { id: "provinsi {value}", en: "provinsi {value}" },
  national: { id: "nasional", en: "national" },
  rank: { id: "Peringkat", en: "Rank" },
  kategori: { id: "Kategori", en: "Kategori" },
  provinsi: { id: "Provinsi", en: "Provinsi" },
  change: { id: "Perubahan", en: "Change" },
  changeFrom: { id: "Perubahan dari {year}", en: "Change from {year}" },
  summary: {
    id: "{count} instansi · rata-rata {mean} · median {median} · terendah {min} · tertinggi {max}",
    en: "{count} instansi · mean {mean} · median {median} · lowest {min} · highest {max}",
  },
  predikatCounts: { id: "Predikat: {counts}", en: "Predikat: {counts}" },
  meanNote: {
    id: "rata-rata di sini rata-rata biasa indeks yang ditampilkan; rata-rata nasional laporan KemenPANRB dihitung dengan cara yang tidak dijelaskan",
    en: "the mean here is the plain mean of the displayed indices; the ministry's reported national mean uses a method it does not state",
  },
  topNote: { id: "ditampilkan peringkat 1–{top} ({shown} dari {total})", en: "showing ranks 1–{top} ({shown} of {total})" },
  userMark: {
    id: "* masukan Anda{replacing}",
    en: "* your input{replacing}",
  },
  replacing: { id: "; menggantikan baris nasional instansi yang sama ({count})", en: "; standing in for the same instansi's national row ({count})" },
  faultMark: {
    id: "† baris bercacat (lihat temuan; untuk hasil nasional: spbe validate nasional-TAHUN); diperingkat menurut indeks tercetak",
    en: "† a row with a fault (see the findings; for the national results: spbe validate nasional-YEAR); ranked by its printed index",
  },
  unmatched: {
    id: "{count} instansi tahun {tahun} tidak ditemukan pada {previous} (nama dicocokkan setelah menyeragamkan huruf, spasi, Kab./Kabupaten, Pemerintah)",
    en: "{count} instansi of {tahun} not found in {previous} (names matched after normalising case, spacing, Kab./Kabupaten, Pemerintah)",
  },
  undated: {
    id: "{count} penilaian Anda tanpa tahun, atau dari tahun tanpa hasil nasional, ditempatkan di antara hasil tahun {tahun}",
    en: "{count} of your assessments without a year, or of a year without national results, placed among the results of {tahun}",
  },
  standingTitle: { id: "Posisi", en: "Standing" },
  standingLine: { id: "Posisi: {line}", en: "Standing: {line}" },
  standingNone: {
    id: "Posisi: tidak dapat ditempatkan (tidak ada hasil pembanding pada kategorinya)",
    en: "Standing: cannot be placed (no results to compare with in its kategori)",
  },
  standingRank: {
    id: "peringkat {rank} dari {of} {kategori} secara nasional (persentil {percentile})",
    en: "rank {rank} of {of} {kategori} nationally (percentile {percentile})",
  },
  standingProvinsi: { id: "peringkat {rank} dari {of} di {provinsi}", en: "rank {rank} of {of} in {provinsi}" },
  standingNext: {
    id: "{gap} poin lagi untuk peringkat {rank} ({index}, {instansi})",
    en: "{gap} points more for rank {rank} ({index}, {instansi})",
  },
  standingFirst: { id: "sudah peringkat pertama", en: "already first" },
  standingTop: {
    id: "{gap} poin di bawah teratas {provinsi} ({index}, {instansi})",
    en: "{gap} points below the top of {provinsi} ({index}, {instansi})",
  },
  standingTopOwn: { id: "teratas di {provinsi}", en: "top of {provinsi}" },
  standingNoKategori: {
    id: "kategori tidak diketahui: beri --kategori atau kolom kategori",
    en: "kategori unknown: give --kategori or a kategori column",
  },
  bundledNote: {
    id: "{name}: {count} baris bercacat di sumbernya (lihat spbe validate {name}); diperingkat menurut indeks tercetak, ditandai †",
    en: "{name}: {count} row(s) with a fault in the source (see spbe validate {name}); ranked by the printed index, marked †",
  },
  rankTargetNote: {
    id: "peringkat {rank} dari {of} {kategori}{where} ({source}): perlu indeks tampilan {value}; sekarang peringkat {current}{overtakes}{ties}",
    en: "rank {rank} of {of} {kategori}{where} ({source}): needs a displayed index of {value}; now rank {current}{overtakes}{ties}",
  },
  rankTargetWhere: { id: " di {provinsi}", en: " in {provinsi}" },
  rankTargetOvertakes: { id: "; menyusul {names}", en: "; overtakes {names}" },
  rankTargetTies: { id: "; seri dengan {names}", en: "; tied with {names}" },
  andMore: { id: "{names} dan {count} lainnya", en: "{names} and {count} more" },
  source: { id: "Sumber", en: "Source" },
  noRows: { id: "Tidak ada baris yang cocok.", en: "No rows match." },
} as const;

export const TREND_LABEL = {
  title: { id: "Tren {index}", en: "Trend of the {index}" },
  titleOne: { id: "Tren {index}: {instansi}", en: "Trend of the {index}: {instansi}" },
  gap: { id: "–", en: "–" },
  gapNote: { id: "– tidak ada dalam masukan tahun itu", en: "– not in that year's inputs" },
  since: { id: "{change} (sejak {year})", en: "{change} (since {year})" },
  predikatChanged: { id: "{predikat} (berubah)", en: "{predikat} (changed)" },
  acrossFrameworks: {
    id: "‡ perubahan melintasi kerangka ({from} → {to}): indikator dan bobotnya berbeda, jadi kedua indeks tidak sepenuhnya sebanding",
    en: "‡ a change across frameworks ({from} → {to}): their indicators and weights differ, so the two indices are not fully comparable",
  },
  lastChange: { id: "Perubahan terakhir", en: "Latest change" },
  target: { id: "Target", en: "Target" },
  targetReached: { id: "{target} tercapai ({tahun})", en: "{target} reached ({tahun})" },
  targetShort: { id: "{target}: kurang {gap} ({tahun})", en: "{target}: {gap} short ({tahun})" },
  targetLine: {
    id: "Target {target} ({predikat}): {status}; dinilai seperti predikatnya, dari {basis}",
    en: "Target {target} ({predikat}): {status}; judged as its predikat is, from the {basis}",
  },
  reached: { id: "tercapai pada {tahun}", en: "reached in {tahun}" },
  short: { id: "kurang {gap} poin pada {tahun}", en: "{gap} points short in {tahun}" },
  undated: { id: "{count} masukan tanpa tahun tidak masuk tren", en: "{count} input(s) without a year left out of the trend" },
  faultMark: {
    id: "† baris bercacat (lihat temuan; untuk hasil nasional: spbe validate nasional-TAHUN); dipakai indeks tercetaknya",
    en: "† a row with a fault (see the findings; for national results: spbe validate nasional-YEAR); its printed index is used",
  },
  noSeries: { id: "Tidak ada instansi dengan tahun dalam masukan.", en: "No instansi with a year in the inputs." },
} as const;

/** The words of `rank --format html` and `trend --format html`. */
export const RANK_HTML = {
  distribution: { id: "Sebaran indeks: {group} ({count} instansi)", en: "Distribution of the index: {group} ({count} instansi)" },
  distributionAria: {
    id: "Histogram indeks {group} per 0,25 poin, dengan pita predikat{marks}",
    en: "Histogram of the {group} index per 0.25 points, with the predikat bands{marks}",
  },
  marked: { id: "; ditandai: {names}", en: "; marked: {names}" },
  bin: { id: "{from}–{to}: {count} instansi", en: "{from}–{to}: {count} instansi" },
  mark: { id: "{instansi}: {index} ({predikat})", en: "{instansi}: {index} ({predikat})" },
  lineCaption: { id: "Indeks per tahun: {instansi}", en: "Index by year: {instansi}" },
  lineAria: {
    id: "Diagram garis indeks {instansi} per tahun, dengan pita predikat{target}",
    en: "Line chart of the {instansi} index by year, with the predikat bands{target}",
  },
  lineTarget: { id: " dan target {target}", en: " and the target {target}" },
  point: { id: "{tahun}: {index} ({predikat})", en: "{tahun}: {index} ({predikat})" },
  targetMark: { id: "Target {target}", en: "Target {target}" },
  chartsLimited: {
    id: "Diagram garis digambar untuk paling banyak {max} instansi; pakai --instansi untuk satu instansi",
    en: "Line charts are drawn for at most {max} instansi; use --instansi for one",
  },
  rankGeneric: { id: "Laporan spbe rank", en: "spbe rank report" },
  trendGeneric: { id: "Laporan spbe trend", en: "spbe trend report" },
} as const;
