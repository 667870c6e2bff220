import type { ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Finding } from "../core/findings.js";
import { LABELS } from "./labels.js";
import { type Lang, findingMessage } from "./messages.js";
import { terminalSafe } from "./text.js";

/** Options every human renderer takes; colour is decided once by the CLI and injected as a chalk instance. */
export interface HumanOptions {
  readonly lang: Lang;
  readonly color: ChalkInstance;
}

/** A borderless-head table; cli-table3 would colour the head red and borders grey unless told not to. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("left" | "right")[]): string {
  const t = new Table({
    head: head.map(terminalSafe),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    // no rule between body rows: a 47-indicator table stays one screen per 47 lines
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    ...(align ? { colAligns: [...align] } : {}),
  });
  for (const row of rows) t.push(row.map(terminalSafe));
  return t.toString();
}

/** `file:line:col` as editors and CI logs link it. */
export function location(f: Finding): string {
  return [terminalSafe(f.file), f.line, f.line !== null ? f.column : null].filter((p) => p !== null).join(":");
}

/** One line per finding: `data.csv:12:2  galat  '3,5x' bukan tingkat …  value/invalid`. */
export function renderFindingLines(findings: readonly Finding[], { lang, color }: HumanOptions): string {
  const L = LABELS[lang];
  return findings
    .map((f) => {
      const sev = f.severity === "error" ? color.red(L.error) : color.yellow(L.warning);
      return `${location(f)}  ${sev}  ${terminalSafe(findingMessage(f, lang))}  ${color.dim(f.code)}`;
    })
    .join("\n");
}
