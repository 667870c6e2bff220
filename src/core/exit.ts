import { type Finding, tally } from "./findings.js";

export interface ExitPolicy {
  /** warnings count as errors */
  readonly strict?: boolean | undefined;
  /** more warnings than this fail the run (eslint's --max-warnings); undefined = no limit */
  readonly maxWarnings?: number | undefined;
  /** the config file that set `maxWarnings`, as messages name it; undefined when the command line did */
  readonly maxWarningsFrom?: string | undefined;
}

/**
 * A limit the user set on a result, failing which fails the run: diff
 * --fail-above (the difference must not exceed it), plan --target (the plan
 * must reach it; `value` is then the best index within reach).
 */
export interface Threshold {
  readonly option: "--fail-above" | "--target";
  readonly failed: boolean;
  /** the value judged and the limit, as displayed */
  readonly value: string;
  readonly limit: string;
}

/** Why a run exits 1; the CLI says each one under the result, so "0 errors, exit 1" is never a riddle. */
export type ExitReason =
  | { readonly kind: "errors"; readonly errors: number }
  | { readonly kind: "strict"; readonly warnings: number }
  | { readonly kind: "max-warnings"; readonly warnings: number; readonly max: number; readonly from?: string | undefined }
  | { readonly kind: "threshold"; readonly threshold: Threshold };

export interface ExitDecision {
  /** 0 clean, 1 data invalid or a threshold failed. (2, could not run, never comes from results.) */
  readonly code: 0 | 1;
  readonly reasons: readonly ExitReason[];
}

/**
 * The one place that turns a run's findings and thresholds into its exit code,
 * for every command and format (attw's `getExitCode`).
 */
export function decideExit(findings: readonly Finding[], policy: ExitPolicy = {}, thresholds: readonly Threshold[] = []): ExitDecision {
  // as --max-warnings is read: -1 failed every run ('more than -1 warnings'), NaN none
  const max = policy.maxWarnings;
  if (max !== undefined && !(Number.isInteger(max) && max >= 0)) throw new RangeError(`maxWarnings ${max} is not a whole number of 0 or more`);
  const { errors, warnings } = tally(findings);
  const reasons: ExitReason[] = [];
  if (errors > 0) reasons.push({ kind: "errors", errors });
  else if (policy.strict && warnings > 0) reasons.push({ kind: "strict", warnings });
  else if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) reasons.push(maxWarningsReason(warnings, policy));
  for (const threshold of thresholds) if (threshold.failed) reasons.push({ kind: "threshold", threshold });
  return { code: reasons.length > 0 ? 1 : 0, reasons };
}

/** More warnings than the policy allows, with where its limit was set. */
export function maxWarningsReason(warnings: number, policy: ExitPolicy): ExitReason {
  return { kind: "max-warnings", warnings, max: policy.maxWarnings!, ...(policy.maxWarningsFrom === undefined ? {} : { from: policy.maxWarningsFrom }) };
}

/** The exit code alone. */
export const exitCodeFor = (findings: readonly Finding[], policy: ExitPolicy = {}, thresholds: readonly Threshold[] = []): 0 | 1 =>
  decideExit(findings, policy, thresholds).code;
