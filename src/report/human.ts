import type { ChalkInstance } from "chalk";
import type { Finding } from "../core/findings.js";
import { LABELS } from "./labels.js";
import { type Lang, findingMessage } from "./messages.js";
import { terminalSafe } from "./text.js";

/** Options every human renderer takes; colour is decided once by the CLI and injected as a chalk instance. */
export interface HumanOptions {
  readonly lang: Lang;
  readonly color: ChalkInstance;
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
