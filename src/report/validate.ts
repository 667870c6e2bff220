import type { AssessmentFile } from "../assessment/build.js";
import { type ExitPolicy, exitCodeFor } from "../core/exit.js";
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
      const errors = f.findings.filter((x) => x.severity === "error").length;
      return {
        file: f.file,
        valid: exitCodeFor(f.findings, { strict: policy.strict }) === 0,
        assessments: f.assessments.length,
        errors,
        warnings: f.findings.length - errors,
      };
    }),
    findings: files.flatMap((f) => f.findings).map((x) => findingJson(x, lang)),
  });
}
