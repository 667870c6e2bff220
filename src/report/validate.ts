import type { AssessmentFile } from "../assessment/build.js";
import { type ExitPolicy, exitCodeFor } from "../core/exit.js";
import { type Finding, type Severity, tally } from "../core/findings.js";
import { type HumanOptions, renderFindingLines } from "./human.js";
import { SCHEMA_VERSION, findingJson, stringify } from "./json.js";
import type { Lang } from "./messages.js";

/** `spbe validate` text: one line per finding, nothing when clean (the summary goes to stderr). */
export function renderValidateText(files: readonly AssessmentFile[], options: HumanOptions): string {
  const findings = files.flatMap((f) => f.findings);
  return findings.length ? `${renderFindingLines(findings, options)}\n` : "";
}

/** `spbe validate --format json`: the findings list of `score --format json`, plus a per-file `valid` flag. */
export function renderValidateJson(files: readonly AssessmentFile[], lang: Lang, policy: ExitPolicy): string {
  return stringify({
    schemaVersion: SCHEMA_VERSION,
    files: files.map((f) => {
      const s = fileSummary(f, policy);
      return { file: s.file, valid: s.valid, assessments: s.assessments, errors: s.errors, warnings: s.warnings };
    }),
    findings: files.flatMap((f) => f.findings).map((x) => findingJson(x, lang)),
  });
}

/* Shared by the CI renderers (validate-github, validate-junit, validate-markdown). */

export interface FileSummary {
  readonly file: string;
  readonly assessments: number;
  /** counted by the findings' own severity */
  readonly errors: number;
  readonly warnings: number;
  /** no errors, and no warnings under --strict (--max-warnings is a limit on the whole run, not per file) */
  readonly valid: boolean;
}

export function fileSummary(f: AssessmentFile, policy: ExitPolicy): FileSummary {
  return {
    file: f.file,
    assessments: f.assessments.length,
    ...tally(f.findings),
    valid: exitCodeFor(f.findings, { strict: policy.strict }) === 0,
  };
}

/** The severity a finding fails the run with: `--strict` turns every warning into an error. */
export const effectiveSeverity = (f: Finding, policy: ExitPolicy): Severity => (policy.strict ? "error" : f.severity);

/**
 * Why a run with no errors still exits 1, when it does: `--strict` with
 * warnings, or more warnings than `--max-warnings`. null otherwise. The CLI
 * prints it under the summary line, so "0 errors, exit 1" is never a riddle.
 */
export function policyNote(findings: readonly Finding[], policy: ExitPolicy, lang: Lang): string | null {
  const { errors, warnings } = tally(findings);
  if (errors > 0 || warnings === 0) return null;
  if (policy.strict) {
    return lang === "id"
      ? `--strict: ${warnings} peringatan dihitung sebagai galat`
      : `--strict: ${warnings} warning(s) count as errors`;
  }
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) {
    return lang === "id"
      ? `terlalu banyak peringatan: ${warnings}, batas --max-warnings ${policy.maxWarnings}`
      : `too many warnings: ${warnings}, --max-warnings is ${policy.maxWarnings}`;
  }
  return null;
}

/** Findings of a file that belong to no single assessment (file, header, framework). */
export function fileWideFindings(f: AssessmentFile): Finding[] {
  const own = new Set(f.assessments.flatMap((a) => a.findings));
  return f.findings.filter((x) => !own.has(x));
}
