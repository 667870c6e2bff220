import { type Rational, toFixedHalfUp, toText } from "../core/rational.js";
import type { Encoding } from "../io/decode.js";
import type { Dialect } from "../io/table.js";
import type { Lang } from "./messages.js";
import { terminalSafe } from "./text.js";

/** Words for headings and table heads. Domain terms stay Indonesian in English output. */
export const LABELS = {
  id: {
    framework: "Kerangka",
    source: "Berkas",
    read: "Dibaca",
    instansi: "Instansi",
    tahun: "Tahun",
    jenis: "Jenis",
    domain: "Domain",
    aspect: "Aspek",
    indicator: "Indikator",
    no: "No",
    name: "Nama",
    weight: "Bobot",
    index: "Indeks",
    level: "Tingkat",
    levelName: "Nama tingkat",
    shortfall: "Potensi",
    predikat: "Predikat",
    weakest: "Tiga aspek yang paling menurunkan indeks (potensi = poin indeks yang hilang dari tingkat maksimum)",
    weakMark: "▼",
    unverified: "nama belum terverifikasi",
    notScored: "Tidak dihitung: perbaiki temuan di bawah ini dulu.",
    findings: "Temuan",
    noFindings: "Tidak ada temuan.",
    noAssessments: "Tidak ada penilaian yang terbaca; lihat temuan.",
    error: "galat",
    warning: "peringatan",
    target: "Target",
    targetReached: "tercapai",
    targetGap: (gap: string) => `kurang ${gap} poin`,
    caveat: "Catatan",
    provisional: "SEMENTARA (provisional)",
    tier: "Tingkatan",
    line: "Baris",
    column: "Kolom",
    severity: "Keparahan",
    code: "Kode",
    message: "Pesan",
    display: "Tampilan",
    value: "Nilai",
    summary: (files: number, errors: number, warnings: number) =>
      `${files} berkas diperiksa: ${errors} galat, ${warnings} peringatan`,
  },
  en: {
    framework: "Framework",
    source: "File",
    read: "Read as",
    instansi: "Instansi",
    tahun: "Year",
    jenis: "Type",
    domain: "Domain",
    aspect: "Aspect",
    indicator: "Indicator",
    no: "No",
    name: "Name",
    weight: "Weight",
    index: "Index",
    level: "Level",
    levelName: "Level name",
    shortfall: "Potential",
    predikat: "Predikat",
    weakest: "The three aspects that pull the index down most (potential = index points lost against the top level)",
    weakMark: "▼",
    unverified: "name unverified",
    notScored: "Not scored: fix the findings below first.",
    findings: "Findings",
    noFindings: "No findings.",
    noAssessments: "No assessment could be read; see the findings.",
    error: "error",
    warning: "warning",
    target: "Target",
    targetReached: "reached",
    targetGap: (gap: string) => `${gap} points short`,
    caveat: "Note",
    provisional: "PROVISIONAL",
    tier: "Tier",
    line: "Line",
    column: "Column",
    severity: "Severity",
    code: "Code",
    message: "Message",
    display: "Display",
    value: "Value",
    summary: (files: number, errors: number, warnings: number) =>
      `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s)`,
  },
} as const;

export type Labels = (typeof LABELS)[Lang];

const ENCODING_NAMES: Record<Lang, Record<Encoding, string>> = {
  id: { "utf-8": "UTF-8", "utf-8-bom": "UTF-8 dengan BOM", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE" },
  en: { "utf-8": "UTF-8", "utf-8-bom": "UTF-8 with BOM", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE" },
};

const DELIMITER_NAMES: Record<string, string> = { ",": "','", ";": "';'", "\t": "tab", "|": "'|'" };

/** "UTF-8 dengan BOM, pemisah ';' (dari baris sep=), koma desimal" */
export function describeDialect(d: Dialect, lang: Lang): string {
  const delim = DELIMITER_NAMES[d.delimiter] ?? `'${terminalSafe(d.delimiter)}'`;
  const from =
    lang === "id"
      ? { option: "dari --delimiter", "sep-line": "dari baris sep=", sniffed: "terdeteksi", default: "bawaan" }
      : { option: "from --delimiter", "sep-line": "from the sep= line", sniffed: "detected", default: "default" };
  const parts = [
    ENCODING_NAMES[lang][d.encoding],
    lang === "id" ? `pemisah ${delim} (${from[d.delimiterSource]})` : `delimiter ${delim} (${from[d.delimiterSource]})`,
    d.decimalComma ? (lang === "id" ? "koma desimal" : "decimal comma") : lang === "id" ? "titik desimal" : "decimal point",
  ];
  if (d.lineEnding === "crlf") parts.push("CRLF");
  return parts.join(", ");
}

/** A level name with the reference's doubt attached: "Optimalisasi (nama belum terverifikasi)". */
export function levelNameText(name: string | null, verified: boolean, lang: Lang): string {
  if (name === null) return "";
  return verified ? name : `${name} (${LABELS[lang].unverified})`;
}

/** A weight as people read it: "1.3", "2.75", and 20/6 as "3.33" (exact values are in the JSON). */
export function weightText(weight: Rational): string {
  const exact = toText(weight);
  return exact.includes("/") ? toFixedHalfUp(weight, 2) : exact;
}
