/**
 * The help texts of `spbe rank`, `spbe trend`, `spbe plan` and `score --banding`'s options:
 * Indonesian and English side by side; kategori names and predikat stay Indonesian in both.
 * Loaded at every start (the options' help); their errors are in rank-cli.ts and the reports'
 * words in rank-labels.ts, loaded only by the commands that say them.
 */
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
    id: "posisi penilaian di antara hasil nasional (nasional-2024) atau tabel hasil Anda sendiri",
    en: "where the assessment stands among national results (nasional-2024) or a result table of your own",
  },
  // score's --kategori and --provinsi place among the results --banding names; alone they are refused, and their
  // help said "only this kategori" as if they filtered the scores (a contract review)
  bandingKategori: {
    id: "dengan --banding: posisinya di antara kategori ini: kabupaten, kota, provinsi, kementerian, lembaga, pemda, pusat",
    en: "with --banding: the standing among this kategori: kabupaten, kota, provinsi, kementerian, lembaga, pemda, pusat",
  },
  bandingProvinsi: {
    id: "dengan --banding: posisinya di provinsi ini, mis. 'Jawa Barat' atau 'Jabar'",
    en: "with --banding: the standing in this provinsi, e.g. 'Jawa Barat' or 'Jabar'",
  },
} as const;

/**
 * The one error of `score --banding`'s options that `score` itself says: here, beside their help,
 * so that a score run loads no file of rank's words (rank-cli.ts) for it.
 */
export const BANDING_CLI = {
  placeNeedsBanding: {
    id: "--kategori dan --provinsi pada score hanya berlaku dengan --banding (posisi di antara hasil nasional)",
    en: "--kategori and --provinsi on score apply only with --banding (the standing among national results)",
  },
} as const;
