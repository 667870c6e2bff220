import { stripControls } from "../core/control.js";
import type { AssessmentFile } from "../assessment/build.js";
import type { ExitPolicy } from "../core/exit.js";
import type { Finding } from "../core/findings.js";
import { location } from "./human.js";
import { type Lang, findingMessage } from "./messages.js";
import { terminalSafe } from "./text.js";
import { effectiveSeverity } from "./validate.js";

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

const W = {
  id: {
    rest: (n: number, cap: number) =>
      `${n} temuan lagi tidak dijadikan anotasi (GitHub menampilkan paling banyak ${cap} galat dan ${cap} peringatan per langkah); semuanya ada di log dan ringkasan langkah ini`,
    error: "galat",
    warning: "peringatan",
  },
  en: {
    rest: (n: number, cap: number) =>
      `${n} more finding(s) not annotated (GitHub shows at most ${cap} errors and ${cap} warnings per step); all are in this log and the step summary`,
    error: "error",
    warning: "warning",
  },
} as const;

export interface GithubOptions {
  readonly lang: Lang;
  readonly policy: ExitPolicy;
  /** annotations per severity; GitHub's own limit is 10 */
  readonly cap?: number;
}

export function renderValidateGithub(files: readonly AssessmentFile[], { lang, policy, cap = GITHUB_ANNOTATION_CAP }: GithubOptions): string {
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
    // plain lines so the log is complete; the "- " prefix keeps data from ever starting a workflow command
    for (const f of rest) {
      const sev = effectiveSeverity(f, policy) === "error" ? W[lang].error : W[lang].warning;
      lines.push(`- ${location(f)}  ${sev}  ${terminalSafe(findingMessage(f, lang))}  ${f.code}`);
    }
    lines.push(command("notice", { title: "spbe" }, W[lang].rest(rest.length, cap)));
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** One workflow command; findings without a line carry no line or col, stdin without a name no file. */
function annotation(f: Finding, level: "error" | "warning", lang: Lang): string {
  const props: Record<string, string> = {};
  if (f.file !== "-") props.file = annotationPath(f.file);
  if (f.line !== null) {
    props.line = String(f.line);
    if (f.column !== null) props.col = String(f.column);
  }
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
