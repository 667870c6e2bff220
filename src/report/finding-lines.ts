import type { Finding } from "../core/findings.js";
import { findingMessage } from "../messages/findings.js";
import { LABEL } from "../messages/labels.js";
import { type Lang, say } from "../messages/text.js";
import type { Paint } from "./paint.js";
import { terminalSafe } from "./text.js";

/** `file:line:col` as editors and CI logs link it. */
export function location(f: Finding): string {
  return [terminalSafe(f.file), f.line, f.line !== null ? f.column : null].filter((p) => p !== null).join(":");
}

/** One line per finding: `data.csv:12:2  galat  '3,5x' bukan tingkat …  value/invalid`. */
export function renderFindingLines(findings: readonly Finding[], lang: Lang, color: Paint): string {
  return findings
    .map((f) => {
      const sev = f.severity === "error" ? color.red(say(lang, LABEL.error)) : color.yellow(say(lang, LABEL.warning));
      return `${location(f)}  ${sev}  ${terminalSafe(findingMessage(f, lang))}  ${color.dim(f.code)}`;
    })
    .join("\n");
}
