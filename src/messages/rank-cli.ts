/**
 * The words of `spbe rank`, `spbe trend`, `spbe plan` and `score --banding` on the command line
 * when they run: errors, progress and summaries. Indonesian and English side by side; `{name}`
 * placeholders; kategori names and predikat stay Indonesian in both. Apart from their options'
 * help (rank.ts), which every start loads: these only the commands that say them, and the file
 * every run loads stays under V8's largest regular object (test/binary.test.ts).
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
  badJenis: { id: "--jenis '{value}' tidak dikenal: pakai mandiri atau evaluasi", en: "unknown --jenis '{value}': use mandiri or evaluasi" },
  badTahun: { id: "{flag} '{value}' bukan tahun empat angka", en: "{flag} '{value}' is not a four-digit year" },
  targetsOnly: {
    id: "masukan hanya berisi target, tanpa satu indeks pun ({files}): beri juga hasilnya — berkas hasil atau penilaian, atau --nasional TAHUN",
    en: "the inputs hold targets only, not one index ({files}): give the results too — result or assessment files, or --nasional YEAR",
  },
  bandingTargetsOnly: {
    id: "--banding {files} hanya berisi target, tanpa satu indeks pun: tidak ada yang menjadi pembanding; pakai hasil, mis. --banding nasional-2024, atau tabel hasil Anda",
    en: "--banding {files} holds targets only, not one index: nothing to place among; give results, e.g. --banding nasional-2024, or a result table of yours",
  },
  targetsOnlyOf: {
    id: "instansi '{name}' hanya punya target di masukan ({files}), tanpa satu indeks pun: beri juga hasilnya — berkas hasil atau penilaian, atau --nasional TAHUN",
    en: "instansi '{name}' has targets only in the inputs ({files}), not one index: give its results too — result or assessment files, or --nasional YEAR",
  },
  noYear: {
    id: "tidak ada baris tahun {year} dalam masukan (ada: {years})",
    en: "no rows of {year} in the inputs (there are: {years})",
  },
  noInstansi: {
    id: "tidak ada instansi '{name}' dalam masukan{similar}",
    en: "no instansi '{name}' in the inputs{similar}",
  },
  manyInstansi: {
    id: "--instansi '{name}' cocok dengan {count} instansi ({names}): tulis namanya lebih lengkap, mis. '{first}'",
    en: "--instansi '{name}' matches {count} instansi ({names}): write the name more fully, e.g. '{first}'",
  },
  noProvinsi: {
    id: "tidak ada provinsi '{name}' dalam masukan{similar}",
    en: "no provinsi '{name}' in the inputs{similar}",
  },
  targetRankOneYear: {
    id: "--nasional '{value}': --target-rank menempatkan penilaian di antara hasil satu tahun (ada: {years})",
    en: "--nasional '{value}': --target-rank places the assessment among the results of one year (there are: {years})",
  },
  targetRankGroup: {
    id: "--kategori {value}: --target-rank memberi peringkat di dalam satu kategori, dan {value} adalah kelompok ({kategori}); sebut salah satunya",
    en: "--kategori {value}: --target-rank ranks within one kategori, and {value} is a group ({kategori}); name one of them",
  },
  raiseNoExternal: {
    id: "--raise-external: indeks {framework}{why} tidak memuat indikator eksternal, jadi tidak ada yang dinaikkannya",
    en: "--raise-external: the {framework} index{why} has no external indicators, so it has nothing to raise",
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
  targetRankAlone: {
    id: "--target-rank: kelompok ini hanya berisi penilaian ini ({kategori}{where}, {source}): tidak ada pembanding peringkatnya; sebut provinsi atau kategori lain",
    en: "--target-rank: this group holds this assessment alone ({kategori}{where}, {source}): nothing to rank against; name another provinsi or kategori",
  },
  targetRankBeyond: {
    id: "--target-rank {rank}: kelompok ini hanya {of} tempat ({kategori}{where}, {source}, termasuk penilaian ini); peringkat terakhir pun sudah {of}",
    en: "--target-rank {rank}: this group has only {of} places ({kategori}{where}, {source}, this assessment included); even the last is rank {of}",
  },
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
    en: "{series} instansi from {files} input(s); year(s) {years}",
  },
} as const;
