/**
 * The words of `spbe rank`, `spbe trend` and `score --banding` on the command
 * line: errors and help texts. Indonesian and English side by side; `{name}`
 * placeholders; kategori names and predikat stay Indonesian in both. The
 * reports' words are in rank-labels.ts: these are loaded at every start (the
 * options' help), those only by the renderers.
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
  targetRankNeedsKategori: {
    id: "--target-rank perlu kategori penilaian ini: beri --kategori atau kolom kategori",
    en: "--target-rank needs this assessment's kategori: give --kategori or a kategori column",
  },
  targetRankFramework: {
    id: "--target-rank memeringkat di antara {source} ({national}); penilaian ini {framework}, indeksnya tidak sebanding",
    en: "--target-rank ranks among {source} ({national}); this assessment is {framework}, whose index is not comparable",
  },
  targetBoth: { id: "pilih satu: --target atau --target-rank", en: "choose one: --target or --target-rank" },
  targetRankBeyond: {
    id: "--target-rank {rank}: kelompok ini hanya {of} tempat ({kategori}{where}, {source}, termasuk penilaian ini); peringkat terakhir pun sudah {of}",
    en: "--target-rank {rank}: this group has only {of} places ({kategori}{where}, {source}, this assessment included); even the last is rank {of}",
  },
  badRank: { id: "--target-rank '{value}' harus bilangan bulat 1 atau lebih", en: "--target-rank '{value}' must be a whole number, 1 or more" },
  placeNeedsBanding: {
    id: "--kategori dan --provinsi pada score hanya berlaku dengan --banding (posisi di antara hasil nasional)",
    en: "--kategori and --provinsi on score apply only with --banding (the standing among national results)",
  },
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
  planKategori: {
    id: "peringkat di dalam kategori ini (bukan kolom berkas): kabupaten, kota, provinsi, kementerian, lembaga",
    en: "rank within this kategori (not the file's column): kabupaten, kota, provinsi, kementerian, lembaga",
  },
  provinsi: { id: "hanya provinsi ini, mis. 'Jawa Barat' atau 'Jabar'", en: "only this provinsi, e.g. 'Jawa Barat' or 'Jabar'" },
  by: { id: "satu peringkat per kategori atau per provinsi", en: "one ranking per kategori or per provinsi" },
  top: { id: "tampilkan peringkat 1 sampai N saja (yang seri di batas ikut)", en: "list ranks 1 to N only (ties at the cut included)" },
  jenis: {
    id: "hanya jenis ini: mandiri (penilaian mandiri) atau evaluasi (hasil resmi)",
    en: "only this jenis: mandiri (self-assessments) or evaluasi (official results)",
  },
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
