import { stripControls } from "../core/control.js";
import type { Finding } from "../core/findings.js";
import { findingMessage } from "../messages/findings.js";
import { LABEL, VALIDATE_LABEL as V } from "../messages/labels.js";
import { type Lang, say } from "../messages/text.js";
import { location } from "./finding-lines.js";
import type { RenderOptions } from "./options.js";
import { terminalSafe } from "./text.js";
import { effectiveSeverity, type ValidateReport } from "./validate.js";

/**
 * `spbe validate --format github`: GitHub Actions workflow commands, one
 * annotation per finding, placed on the file and line:
 *
 *     ::error file=data/a.csv,line=12,col=2,title=spbe value/invalid::'3,5x' bukan tingkat …
 *
 * GitHub shows at most 10 error and 10 warning annotations per step and drops
 * the rest silently, so the first 10 of each are annotated, the others are
 * printed as plain log lines, and one `::notice` says how many were not
 * annotated (the step summary, written by the CLI, lists them all).
 */
export const GITHUB_ANNOTATION_CAP = 10;

/** `cap`: annotations per severity; GitHub's own limit is 10. */
export function renderValidateGithub({ files, policy }: ValidateReport, { lang }: RenderOptions, cap = GITHUB_ANNOTATION_CAP): string {
  const lines: string[] = [];
  const rest: Finding[] = [];
  const used = { error: 0, warning: 0 };
  for (const f of files.flatMap((x) => x.findings)) {
    const level = effectiveSeverity(f, policy);
    if (used[level] < cap) {
      used[level]++;
      lines.push(annotation(f, level, lang));
    } else {
      rest.push(f);
    }
  }
  if (rest.length > 0) {
    // plain lines so the log is complete; the "- " prefix keeps data from starting a `::` workflow
    // command, and `##[` is broken wherever it is: the runner also reads the old `##[command]` form
    // anywhere in a line (a cell '##[stop-commands]x' would end every command after it)
    for (const f of rest) {
      const sev = say(lang, effectiveSeverity(f, policy) === "error" ? LABEL.error : LABEL.warning);
      lines.push(noLegacyCommand(`- ${location(f)}  ${sev}  ${terminalSafe(findingMessage(f, lang))}  ${f.code}`));
    }
    lines.push(command("notice", { title: "spbe" }, say(lang, V.notAnnotated, { count: rest.length, cap })));
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** `##[` with a zero-width space inside: shown the same, never read as the runner's `##[command]`. */
const noLegacyCommand = (line: string): string => line.replaceAll("##[", "##\u200b[");

/**
 * One workflow command; findings without a line carry no line, stdin without a name no file. No
 * `col`: GitHub's is a character position in the line, a finding's column the CSV field's number
 * (field 6 of a row may start at character 110); the message names the value.
 */
function annotation(f: Finding, level: "error" | "warning", lang: Lang): string {
  const props: Record<string, string> = {};
  if (f.file !== "-") props.file = annotationPath(f.file);
  if (f.line !== null) props.line = String(f.line);
  props.title = `spbe ${f.code}`;
  return command(level, props, findingMessage(f, lang));
}

/** GitHub matches annotations to repository paths: forward slashes, no leading "./". */
function annotationPath(file: string): string {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

/** `::name key=value,key=value::message`, each part escaped as @actions/core escapes it. */
export function command(name: string, props: Readonly<Record<string, string>>, message: string): string {
  const entries = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(v)}`);
  return `::${name}${entries.length ? ` ${entries.join(",")}` : ""}::${escapeData(message)}`;
}

/**
 * Control characters other than tab, CR and LF (ESC, BEL, NUL, C1) and the
 * bidirectional overrides are dropped: they have no place in a log line. CR and
 * LF are kept and percent-encoded, so a value with a line break still shows one.
 */
const stripUnsafe = (s: string): string => stripControls(s, "\t\r\n");

/** @actions/core `escapeData`: % CR LF. */
export function escapeData(s: string): string {
  return stripUnsafe(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** @actions/core `escapeProperty`: % CR LF, and the separators : and , of the property list. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
