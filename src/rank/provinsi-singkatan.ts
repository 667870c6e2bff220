/**
 * The short forms of province names Indonesians write (in news, in letters, in spreadsheets), each to
 * the province's name as the ministry's tables spell it. A fact table: every entry names one
 * province only. NTB, NTT, DIY and "Kep." are spelled out by `names.ts` itself (they also occur
 * inside an instansi's name: "Pemerintah Provinsi NTB").
 */
export const PROVINSI_SINGKATAN: Readonly<Record<string, string>> = {
  NAD: "Aceh",
  Sumut: "Sumatera Utara",
  Sumbar: "Sumatera Barat",
  Sumsel: "Sumatera Selatan",
  Kepri: "Kepulauan Riau",
  Babel: "Kepulauan Bangka Belitung",
  "Bangka Belitung": "Kepulauan Bangka Belitung",
  DKI: "DKI Jakarta",
  Jakarta: "DKI Jakarta",
  Jabar: "Jawa Barat",
  Jateng: "Jawa Tengah",
  Jatim: "Jawa Timur",
  Yogyakarta: "DI Yogyakarta",
  Jogja: "DI Yogyakarta",
  Kalbar: "Kalimantan Barat",
  Kalteng: "Kalimantan Tengah",
  Kalsel: "Kalimantan Selatan",
  Kaltim: "Kalimantan Timur",
  Kaltara: "Kalimantan Utara",
  Sulut: "Sulawesi Utara",
  Sulteng: "Sulawesi Tengah",
  Sulsel: "Sulawesi Selatan",
  Sultra: "Sulawesi Tenggara",
  Sulbar: "Sulawesi Barat",
  Malut: "Maluku Utara",
  Pabar: "Papua Barat",
  PBD: "Papua Barat Daya",
};
