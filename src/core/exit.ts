import { type Finding, tally } from "./findings.js";

export interface ExitPolicy {
  /** warnings count as errors */
  readonly strict?: boolean | undefined;
  /** more warnings than this fail the run (eslint's --max-warnings); undefined = no limit */
  readonly maxWarnings?: number | undefined;
}

/** 0 clean, 1 data invalid or a threshold failed. (2, could not run, never comes from findings.) */
export function exitCodeFor(findings: readonly Finding[], policy: ExitPolicy = {}): 0 | 1 {
  const { errors, warnings } = tally(findings);
  if (errors > 0) return 1;
  if (policy.strict && warnings > 0) return 1;
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) return 1;
  return 0;
}
