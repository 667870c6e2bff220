import type { ValidatedFile, ValidateReport } from "../assessment/validate.js";
import { decideExit, type ExitPolicy, type ExitReason, exitCodeFor } from "../core/exit.js";
import { type Finding, type Severity, tally } from "../core/findings.js";
import type { Lang } from "../messages/text.js";
import { isResultFile } from "../results/read.js";
import { exitNotes } from "./exit-notes.js";
import { renderFindingLines } from "./finding-lines.js";
import { findingJson, SCHEMA_VERSION, stringify } from "./json.js";
import type { RenderOptions } from "./options.js";

export type { ValidateReport } from "../assessment/validate.js";

const allFindings = (r: ValidateReport): Finding[] => r.files.flatMap((f) => f.findings);

/** `spbe validate` text: one line per finding, nothing when clean (the summary goes to stderr). */
export function renderValidateText(report: ValidateReport, { lang, color }: RenderOptions): string {
  const findings = allFindings(report);
  return findings.length ? `${renderFindingLines(findings, lang, color)}\n` : "";
}

/** `spbe validate --format json`: the findings list of `score --format json`, plus a per-file `valid` flag. */
export function renderValidateJson(report: ValidateReport, { lang }: RenderOptions): string {
  return stringify({
    schemaVersion: SCHEMA_VERSION,
    files: report.files.map((f) => {
      const s = fileSummary(f, report.policy);
      return {
        file: s.file,
        kind: s.kind,
        valid: s.valid,
        assessments: s.assessments,
        ...(s.kind === "results" ? { rows: s.rows } : {}),
        errors: s.errors,
        warnings: s.warnings,
      };
    }),
    findings: allFindings(report).map((x) => findingJson(x, lang)),
    // `from`: the config file that set the list, as exit.reasons' `from` says it of maxWarnings
    ignored: {
      count: report.ignored?.count ?? 0,
      codes: report.ignored?.codes ?? [],
      ...(report.ignored?.from === undefined ? {} : { from: report.ignored.from }),
    },
    // the run's verdict, as the exit code says it: a --max-warnings failure left every file `valid: true`
    // and said nowhere in the document why the job failed
    exit: runExit(report),
  });
}

/** The exit code the report's findings give under its policy, and why (`errors`, `strict`, `max-warnings`). */
function runExit(report: ValidateReport): { code: 0 | 1; reasons: readonly ExitReason[] } {
  const { code, reasons } = decideExit(allFindings(report), report.policy);
  return { code, reasons };
}

/* Shared by the CI renderers (validate-github, validate-junit, validate-markdown). */

export interface FileSummary {
  readonly file: string;
  /** assessments by indicator, or a result table (one row per instansi) */
  readonly kind: "assessments" | "results";
  /** 0 for a result table */
  readonly assessments: number;
  /** the rows of a result table; 0 for assessments */
  readonly rows: number;
  /** counted by the findings' own severity */
  readonly errors: number;
  readonly warnings: number;
  /** no errors, and no warnings under --strict (--max-warnings is a limit on the whole run, not per file) */
  readonly valid: boolean;
}

export function fileSummary(f: ValidatedFile, policy: ExitPolicy): FileSummary {
  const results = isResultFile(f);
  return {
    file: f.file,
    kind: results ? "results" : "assessments",
    assessments: results ? 0 : f.assessments.length,
    rows: results ? f.rows.length : 0,
    ...tally(f.findings),
    valid: exitCodeFor(f.findings, { strict: policy.strict }) === 0,
  };
}

/** The severity a finding fails the run with: `--strict` turns every warning into an error. */
export const effectiveSeverity = (f: Finding, policy: ExitPolicy): Severity => (policy.strict ? "error" : f.severity);

/** The lines that explain an exit 1 without errors (see `exitNotes`). */
export function policyNotes(findings: readonly Finding[], policy: ExitPolicy, lang: Lang): string[] {
  return exitNotes(decideExit(findings, policy).reasons, lang);
}

/** Findings of a file that belong to no single assessment (file, header, framework). */
export function fileWideFindings(f: ValidatedFile): Finding[] {
  // a result table's findings are its rows' (they carry a line), but for the header's
  if (isResultFile(f)) {
    const lines = new Set(f.rows.map((r) => r.line));
    return f.findings.filter((x) => x.line === null || !lines.has(x.line));
  }
  const own = new Set(f.assessments.flatMap((a) => a.findings));
  return f.findings.filter((x) => !own.has(x));
}
