/**
 * The words of the rank and trend reports and of the standing line of `score
 * --banding`: headings, table heads, notes. Indonesian and English side by
 * side; `{name}` placeholders; kategori names and predikat stay Indonesian in
 * both. Apart from rank.ts (the command line's words) so that only the
 * renderers load them: the file every run loads stays smaller (README, Kinerja).
 */
/** Headings, table heads and notes of the rank and trend reports. */
export const RANK_LABEL = {
  title: { id: "Peringkat {index} {tahun}", en: "Ranking of the {index} {tahun}" },
  titleGeneric: { id: "Peringkat {tahun}", en: "Ranking {tahun}" },
  allYears: { id: "tanpa tahun", en: "(no year)" },
  filterKategori: { id: "kategori {value}", en: "kategori {value}" },
  filterProvinsi: { id: "provinsi {value}", en: "provinsi {value}" },
  national: { id: "nasional", en: "national" },
  /** the group of --by kategori / --by provinsi whose rows name none */
  noKategori: { id: "tanpa kategori", en: "no kategori" },
  noProvinsi: { id: "tanpa provinsi", en: "no provinsi" },
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
  filterJenis: { id: "jenis {value}", en: "jenis {value}" },
  /** a self-assessment's name or year, wherever it stands beside official results */
  mandiriMark: { id: "{text} (mandiri)", en: "{text} (mandiri)" },
  mandiriNote: {
    id: "(mandiri) penilaian mandiri instansi, belum diverifikasi penilai eksternal{national}",
    en: "(mandiri) the instansi's self-assessment, not yet verified by the external assessors{national}",
  },
  /** after mandiriNote, only where the bundled national results are among the rows */
  mandiriNational: { id: "; hasil nasional adalah hasil evaluasi (resmi)", en: "; the national results are evaluasi (official) results" },
  standingAmong: { id: "Posisi di antara hasil tahun {tahun}{notes}: {line}", en: "Standing among the results of {tahun}{notes}: {line}" },
  standingOwnYear: { id: "penilaian ini tahun {tahun}", en: "this assessment is of {tahun}" },
  standingNoYear: { id: "penilaian ini tanpa tahun", en: "this assessment gives no year" },
  standingMandiri: { id: "penilaian mandiri, belum diverifikasi", en: "a self-assessment (mandiri), not yet verified" },
  faultMark: {
    id: "† baris bercacat (lihat temuan; untuk hasil nasional: spbe validate nasional-TAHUN); diperingkat menurut indeks tercetak",
    en: "† a row with a fault (see the findings; for the national results: spbe validate nasional-YEAR); ranked by its printed index",
  },
  changeFromFault: {
    id: "† pada perubahan: baris {year} instansinya bercacat di sumbernya ({count} baris); perubahannya dihitung dari indeks tercetak itu",
    en: "† on a change: the instansi's {year} row has a fault in the source ({count} row(s)); the change is from that printed index",
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
  /** score --banding: an assessment of another framework than the results it is to be placed among */
  bandingFramework: {
    id: "{file}: --banding {source} adalah hasil {national}; penilaian ini {framework}, indeksnya tidak sebanding, jadi tidak ditempatkan",
    en: "{file}: --banding {source} holds {national} results; this assessment is {framework}, whose index is not comparable, so it is not placed",
  },
  /** score --banding --kategori <a group>: an assessment of a kategori the group leaves out */
  bandingOutsideGroup: {
    id: "{file}: penilaian ini berkategori {kategori}, di luar --kategori {value} ({group}), jadi tidak ditempatkan; sebut kategorinya, atau satu kategori untuk menempatkannya di sana",
    en: "{file}: this assessment is of kategori {kategori}, outside --kategori {value} ({group}), so it is not placed; name its kategori, or one kategori to place it there",
  },
  standingNone: {
    id: "Posisi: tidak dapat ditempatkan (kerangkanya lain atau di luar --kategori, lihat stderr; atau tidak ada hasil pembanding pada kategorinya)",
    en: "Standing: cannot be placed (another framework or outside --kategori, see stderr; or no results to compare with in its kategori)",
  },
  standingProvinsiAlone: { id: "tidak ada {kategori} lain di {provinsi}", en: "no other {kategori} in {provinsi}" },
  standingRank: {
    id: "peringkat {rank} dari {of} {kategori} secara nasional (persentil {percentile})",
    en: "rank {rank} of {of} {kategori} nationally (percentile {percentile})",
  },
  /** the same place among a table of the user's own given as the reference (`score --banding hasil.csv`) */
  standingRankGiven: {
    id: "peringkat {rank} dari {of} {kategori} di hasil pembanding (persentil {percentile})",
    en: "rank {rank} of {of} {kategori} in the results compared with (percentile {percentile})",
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
  /** rank's change column, where the year before has the instansi under another framework */
  changeAcrossFrameworks: {
    id: "‡ tahun sebelumnya dinilai dengan kerangka lain ({count} baris): indikator dan bobotnya berbeda, jadi perubahannya tidak dihitung",
    en: "‡ the year before was scored under another framework ({count} row(s)): its indicators and weights differ, so no change is given",
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
  refusedMixed: {
    id: "Tidak diperingkat: indeks dari kerangka berbeda tidak sebanding (lihat temuan rank/mixed-frameworks).",
    en: "Not ranked: indices of different frameworks are not comparable (see the finding rank/mixed-frameworks).",
  },
} as const;

export const TREND_LABEL = {
  title: { id: "Tren {index}", en: "Trend of the {index}" },
  titleOne: { id: "Tren {index}: {instansi}", en: "Trend of the {index}: {instansi}" },
  gap: { id: "–", en: "–" },
  gapNote: { id: "– tidak ada dalam masukan tahun itu", en: "– not in that year's inputs" },
  since: { id: "{change} (sejak {year})", en: "{change} (since {year})" },
  predikatChanged: { id: "{predikat} (berubah)", en: "{predikat} (changed)" },
  acrossFrameworks: {
    id: "‡ perubahan melintasi kerangka ({crossings}): indikator dan bobotnya berbeda, jadi kedua indeks tidak sepenuhnya sebanding",
    en: "‡ a change across frameworks ({crossings}): their indicators and weights differ, so the two indices are not fully comparable",
  },
  acrossJenis: {
    id: "§ perubahan antarjenis ({crossings}): penilaian mandiri dibandingkan dengan hasil evaluasi; selisihnya bukan perubahan yang terverifikasi",
    en: "§ a change across jenis ({crossings}): a self-assessment compared with an official result; the difference is not a verified change",
  },
  lastChange: { id: "Perubahan terakhir", en: "Latest change" },
  target: { id: "Target", en: "Target" },
  targetReached: { id: "{target} tercapai ({tahun})", en: "{target} reached ({tahun})" },
  targetReachedSince: { id: "{target} tercapai (sejak {since})", en: "{target} reached (since {since})" },
  targetShort: { id: "{target}: kurang {gap} ({tahun})", en: "{target}: {gap} short ({tahun})" },
  // a target of another year than the one judged, in a cell of the many-instansi table and the HTML chart's legend
  targetFor: { id: "{target} untuk {of}", en: "{target} for {of}" },
  targetLine: {
    id: "Target {target} ({predikat}): {status}; dinilai seperti predikatnya, dari {basis}",
    en: "Target {target} ({predikat}): {status}; judged as its predikat is, from the {basis}",
  },
  // the target of another year than the one judged (an RPJMD table's 2027 target, the 2025 index): its year said
  targetLineOf: {
    id: "Target {of} {target} ({predikat}): {status}; dinilai seperti predikatnya, dari {basis}",
    en: "Target {of} {target} ({predikat}): {status}; judged as its predikat is, from the {basis}",
  },
  reached: { id: "tercapai pada {tahun}", en: "reached in {tahun}" },
  reachedSince: { id: "tercapai sejak {since}", en: "reached since {since}" },
  short: { id: "kurang {gap} poin pada {tahun}", en: "{gap} points short in {tahun}" },
  // rows of a result table or assessments, not inputs: "3 masukan" beside "dari 1 masukan" counted files
  undated: {
    id: "{count} baris hasil atau penilaian tanpa tahun tidak masuk tren",
    en: "{count} result row(s) or assessment(s) without a year left out of the trend",
  },
  /** after the summary line on stderr (RANK_CLI.trendSummary), as JSON and CSV have no note to say it in */
  undatedSummary: {
    id: "; {count} baris hasil atau penilaian tanpa tahun tidak masuk tren",
    en: "; {count} result row(s) or assessment(s) without a year left out of the trend",
  },
  faultMark: {
    id: "† baris bercacat (lihat temuan; untuk hasil nasional: spbe validate nasional-TAHUN); dipakai indeks tercetaknya",
    en: "† a row with a fault (see the findings; for national results: spbe validate nasional-YEAR); its printed index is used",
  },
  changeFromFault: {
    id: "† pada perubahan: dari indeks tercetak tahun yang bercacat",
    en: "† on a change: from the printed index of a year with a fault",
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
