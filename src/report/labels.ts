import { type Rational, toFixedHalfUp, toText } from "../core/rational.js";
import type { Dialect } from "../io/table.js";
import { DIALECT_LABEL, LABEL } from "../messages/labels.js";
import { type Lang, say } from "../messages/text.js";
import { terminalSafe } from "./text.js";

const DELIMITER_NAMES: Record<string, string> = { ",": "','", ";": "';'", "\t": "tab", "|": "'|'" };

/** "UTF-8 dengan BOM, pemisah ';' (dari baris sep=), koma desimal" */
export function describeDialect(d: Dialect, lang: Lang): string {
  const delimiter = DELIMITER_NAMES[d.delimiter] ?? `'${terminalSafe(d.delimiter)}'`;
  const parts = [
    say(lang, DIALECT_LABEL[d.encoding]),
    say(lang, DIALECT_LABEL.delimiter, { delimiter, source: say(lang, DIALECT_LABEL[d.delimiterSource]) }),
    say(lang, d.decimalComma ? DIALECT_LABEL.decimalComma : DIALECT_LABEL.decimalPoint),
  ];
  if (d.lineEnding === "crlf") parts.push("CRLF");
  return parts.join(", ");
}

/** A level name with the reference's doubt attached: "Optimalisasi (nama belum terverifikasi)". */
export function levelNameText(name: string | null, verified: boolean, lang: Lang): string {
  if (name === null) return "";
  return verified ? name : say(lang, LABEL.withUnverified, { name });
}

/** A weight as people read it: "1.3", "2.75", and 20/6 as "3.33" (exact values are in the JSON). */
export function weightText(weight: Rational): string {
  const exact = toText(weight);
  return exact.includes("/") ? toFixedHalfUp(weight, 2) : exact;
}

/** "Kab. Contoh · 2024 · mandiri", or the file name when the assessment names none of them. */
export function assessmentTitle(a: { instansi: string | null; tahun: number | null; jenis: string | null; source: string }): string {
  return [a.instansi, a.tahun, a.jenis].filter((p) => p !== null).join(" · ") || a.source;
}
