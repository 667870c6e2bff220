import type { Finding, FindingArgs, FindingCode } from "../core/findings.js";

/**
 * Every sentence the tool prints, in Bahasa Indonesia and English. Domain terms
 * (predikat, domain, aspect and indicator names, level names) stay Indonesian
 * in both languages.
 */
export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

type Template = (args: FindingArgs, value: string) => string;

const roleId: Record<string, string> = {
  indicator: "kolom indikator (indikator, indicator, kode, id, nomor, no)",
  value: "kolom tingkat (tingkat, level, nilai, tk, value)",
};
const roleEn: Record<string, string> = {
  indicator: "indicator column (indikator, indicator, kode, id, nomor, no)",
  value: "level column (tingkat, level, nilai, tk, value)",
};
const binaryId: Record<string, string> = {
  xlsx: "ini berkas Excel (.xlsx), bukan CSV; simpan sebagai CSV dulu",
  xls: "ini berkas Excel lama (.xls), bukan CSV; simpan sebagai CSV dulu",
  nul: "berisi byte NUL, bukan teks CSV",
};
const binaryEn: Record<string, string> = {
  xlsx: "this is an Excel workbook (.xlsx), not CSV; save it as CSV first",
  xls: "this is an old Excel workbook (.xls), not CSV; save it as CSV first",
  nul: "it contains NUL bytes, so it is not CSV text",
};
const quoteId: Record<string, string> = {
  "unclosed-quote": "tanda kutip dibuka di baris ini dan tidak pernah ditutup",
  "text-after-quote": "ada teks setelah tanda kutip penutup",
};
const quoteEn: Record<string, string> = {
  "unclosed-quote": "a quote opened on this line and never closes",
  "text-after-quote": "text follows a closing quote",
};
/** 20971520 → "20 MiB"; ">1024" (a read cut short at the limit) → "more than 1 KiB". */
function size(bytes: string | number | undefined, more: string): string {
  const text = String(bytes ?? "");
  const n = Number(text.replace(/^>/, ""));
  const [value, unit] = n >= 1024 ** 3 ? [n / 1024 ** 3, "GiB"] : n >= 1024 ** 2 ? [n / 1024 ** 2, "MiB"] : n >= 1024 ? [n / 1024, "KiB"] : [n, "byte"];
  const shown = `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
  return text.startsWith(">") ? `${more} ${shown}` : shown;
}
const range = (a: FindingArgs) => `${a.min}–${a.max}`;
const inAssessment = (a: FindingArgs, word: string) => (a.assessment ? ` (${word} ${a.assessment})` : "");

export const FINDING_MESSAGES: Record<Lang, Record<FindingCode, Template>> = {
  id: {
    "file/empty": (a) => (a.reason === "header-only" ? "berkas hanya berisi baris judul, tanpa baris indikator" : "berkas kosong"),
    "file/encoding": () => "bukan UTF-8 yang sah mulai baris ini; karakter yang rusak diganti dengan � (simpan sebagai 'CSV UTF-8')",
    "file/binary": (a) => `berkas tidak dapat dibaca sebagai CSV: ${binaryId[String(a.kind)] ?? a.kind}`,
    "file/too-large": (a) => `ukuran berkas (${size(a.bytes, "lebih dari")}) melebihi batas ${size(a.max, "")} (atur dengan --max-bytes)`,
    "file/too-many-findings": (a) => `${a.omitted} temuan lain tidak dicantumkan (paling banyak ${a.max} per kode dalam satu berkas); perbaiki yang tercantum lalu periksa lagi`,
    "csv/malformed": (a) => `CSV rusak: ${quoteId[String(a.reason)] ?? a.reason}`,
    "csv/ragged": (a) => `baris berisi ${a.cells} sel, baris judul ${a.expected}`,
    "column/missing": (a) =>
      a.role === "named" ? `kolom '${a.name}' tidak ada di baris judul` : `${roleId[String(a.role)] ?? a.role} tidak ditemukan di baris judul`,
    "column/ambiguous": (_a, v) => `kolom '${v}' muncul dua kali; tidak jelas mana yang dipakai`,
    "indicator/missing": (a) => `indikator ${a.id} tidak diisi${inAssessment(a, "penilaian")}`,
    "indicator/duplicate": (a, v) => `indikator '${v}' sudah diisi di baris ${a.first}`,
    "indicator/unknown": (a, v) => `'${v}' bukan indikator ${a.framework}`,
    "indicator/blank": () => "baris berisi tingkat tetapi nomor indikatornya kosong",
    "value/missing": (a) =>
      a.external
        ? `tingkat indikator ${a.id} kosong; nilainya berasal dari ${a.external}: isi bila sudah terbit, atau hitung dengan --without-external`
        : `tingkat indikator ${a.id} kosong (isi ${range(a)})`,
    "value/invalid": (a, v) => `'${v}' bukan tingkat yang sah untuk indikator ${a.id} (isi angka ${range(a)})`,
    "value/out-of-range": (a, v) => `tingkat ${v} untuk indikator ${a.id} di luar rentang ${range(a)}`,
    "value/not-integer": (a, v) => `tingkat ${v} untuk indikator ${a.id} harus bilangan bulat ${range(a)}`,
    "evidence/missing": (a) => `indikator ${a.id} mengklaim tingkat 3 atau lebih tanpa bukti dukung`,
    "meta/invalid": (a, v) => (a.field === "tahun" ? `tahun '${v}' bukan tahun empat angka` : `jenis '${v}' bukan 'mandiri' atau 'evaluasi'`),
    "meta/year-mismatch": (a, v) => `tahun ${v} di luar masa berlaku ${a.framework} (${a.from}–${a.to || "kini"})`,
    "framework/provisional": (a) => `kerangka ${a.framework} masih sementara (provisional): bobot dan batas predikat belum dari salinan resmi`,
    "diff/framework-mismatch": (a) => `kerangka berbeda: ${a.a} dan ${a.b} tidak dapat dibandingkan`,
    "diff/indicator-unmatched": (a) => `indikator ${a.id} hanya ada di ${a.side}`,
    "diff/assessment-count": (a) =>
      a.reason === "needs-two"
        ? "berkas hanya berisi satu penilaian: beri dua berkas, atau satu berkas dengan kolom mandiri dan evaluasi (atau --columns), atau dengan baris berjenis mandiri dan evaluasi"
        : `berkas berisi ${a.count} penilaian; tiap sisi perbandingan harus tepat satu (mis. satu instansi dengan jenis mandiri dan evaluasi)`,
  },
  en: {
    "file/empty": (a) => (a.reason === "header-only" ? "the file has a header row but no indicator rows" : "the file is empty"),
    "file/encoding": () => "not valid UTF-8 from this line on; broken characters were replaced with � (save as 'CSV UTF-8')",
    "file/binary": (a) => `the file cannot be read as CSV: ${binaryEn[String(a.kind)] ?? a.kind}`,
    "file/too-large": (a) => `the file (${size(a.bytes, "more than")}) is over the limit of ${size(a.max, "")} (set it with --max-bytes)`,
    "file/too-many-findings": (a) => `${a.omitted} more findings not listed (at most ${a.max} per code in one file); fix those shown and check again`,
    "csv/malformed": (a) => `malformed CSV: ${quoteEn[String(a.reason)] ?? a.reason}`,
    "csv/ragged": (a) => `the row has ${a.cells} cells, the header ${a.expected}`,
    "column/missing": (a) =>
      a.role === "named" ? `no column '${a.name}' in the header row` : `no ${roleEn[String(a.role)] ?? a.role} in the header row`,
    "column/ambiguous": (_a, v) => `column '${v}' appears twice; it is unclear which one to use`,
    "indicator/missing": (a) => `indicator ${a.id} has no row${inAssessment(a, "assessment")}`,
    "indicator/duplicate": (a, v) => `indicator '${v}' was already given on line ${a.first}`,
    "indicator/unknown": (a, v) => `'${v}' is not an indicator of ${a.framework}`,
    "indicator/blank": () => "the row has a level but no indicator number",
    "value/missing": (a) =>
      a.external
        ? `the level of indicator ${a.id} is blank; it comes from ${a.external}: fill it in once published, or score with --without-external`
        : `the level of indicator ${a.id} is blank (enter ${range(a)})`,
    "value/invalid": (a, v) => `'${v}' is not a valid level for indicator ${a.id} (enter a number ${range(a)})`,
    "value/out-of-range": (a, v) => `level ${v} for indicator ${a.id} is outside ${range(a)}`,
    "value/not-integer": (a, v) => `level ${v} for indicator ${a.id} must be a whole number ${range(a)}`,
    "evidence/missing": (a) => `indicator ${a.id} claims level 3 or higher with no evidence (bukti)`,
    "meta/invalid": (a, v) => (a.field === "tahun" ? `tahun '${v}' is not a four-digit year` : `jenis '${v}' is neither 'mandiri' nor 'evaluasi'`),
    "meta/year-mismatch": (a, v) => `year ${v} is outside the years ${a.framework} applies to (${a.from}–${a.to || "now"})`,
    "framework/provisional": (a) => `framework ${a.framework} is provisional: its weights and predikat bands are not from the official text`,
    "diff/framework-mismatch": (a) => `different frameworks: ${a.a} and ${a.b} cannot be compared`,
    "diff/indicator-unmatched": (a) => `indicator ${a.id} is only in ${a.side}`,
    "diff/assessment-count": (a) =>
      a.reason === "needs-two"
        ? "the file holds one assessment only: give two files, or one file with mandiri and evaluasi columns (or --columns), or with rows of jenis mandiri and evaluasi"
        : `the file holds ${a.count} assessments; each side of the comparison must be exactly one (e.g. one instansi with jenis mandiri and evaluasi)`,
  },
};

/** A finding's sentence in the given language; raw values are cut to 60 characters so a 20 MB cell stays one line. */
export function findingMessage(f: Finding, lang: Lang): string {
  return FINDING_MESSAGES[lang][f.code](f.args, shorten(f.value ?? "", 60));
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
