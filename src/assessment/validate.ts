import { decideExit, type ExitPolicy, type ExitReason } from "../core/exit.js";
import { type Finding, tally } from "../core/findings.js";
import type { ResultFile } from "../results/read.js";
import type { AssessmentFile } from "./build.js";

/** What `validate` checks: a file of assessments by indicator, or a result table (one row per instansi). */
export type ValidatedFile = AssessmentFile | ResultFile;

/** What every `validate` renderer receives. */
export interface ValidateReport {
  /** each file carries the framework it was read against */
  readonly files: readonly ValidatedFile[];
  readonly policy: ExitPolicy;
  /** list at most this many findings in Markdown (GitHub refuses a step summary over 1 MiB); all by default */
  readonly maxFindings?: number | undefined;
  /**
   * Findings left out by an ignore list (`spbe validate --ignore`, counted by the CLI): said in the
   * documents as on stderr, so a CI summary never hides that warnings were set aside. None by default.
   * `from`: the config file that set the codes, as messages name it (not --ignore).
   */
  readonly ignored?: { readonly count: number; readonly codes: readonly string[]; readonly from?: string | undefined } | undefined;
}

/** `validate`'s answer: the report its renderers take, and the verdict the CLI exits with. */
export interface ValidateResult extends ValidateReport {
  /** every file's findings, in input order */
  readonly findings: readonly Finding[];
  /** counted by the findings' own severity (--strict does not change them) */
  readonly errors: number;
  readonly warnings: number;
  /** 0 clean, 1 invalid: the exit code of `spbe validate` */
  readonly exitCode: 0 | 1;
  /** why it is 1 (errors, --strict, --max-warnings); empty when 0 */
  readonly reasons: readonly ExitReason[];
}

/** Judges files already read (`readAssessments`) under the policy (`strict`, `maxWarnings`), as `spbe validate` does. */
export function validate(files: readonly ValidatedFile[], policy: ExitPolicy = {}): ValidateResult {
  const findings = files.flatMap((f) => f.findings);
  const { code, reasons } = decideExit(findings, policy);
  return { files, policy, findings, ...tally(findings), exitCode: code, reasons };
}
