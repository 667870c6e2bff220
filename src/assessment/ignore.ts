import { FINDING_CODES, type Finding, type FindingCode } from "../core/findings.js";
import type { AssessmentFile } from "./build.js";

/**
 * `--ignore framework/provisional,evidence/*`: finding codes a project has
 * acknowledged (every Pemdi file is provisional; a CI job with --max-warnings 0
 * could never pass). Only warnings are ignored — an error still stops the data
 * from being scored, so hiding it would leave an unexplained "not scored" —
 * and ignored findings are counted and said, never dropped silently.
 */
export type IgnoreList = readonly string[];

/** The entries that name no code: not a code, and not `prefix/*` over at least one. */
export function unknownIgnores(list: IgnoreList): string[] {
  return list.filter(
    (p) => !(FINDING_CODES as readonly string[]).includes(p) && !(p.endsWith("/*") && FINDING_CODES.some((c) => c.startsWith(p.slice(0, -1)))),
  );
}

export function ignores(list: IgnoreList): (f: Finding) => boolean {
  const codes = new Set<FindingCode>(FINDING_CODES.filter((c) => list.some((p) => p === c || (p.endsWith("/*") && c.startsWith(p.slice(0, -1))))));
  return (f) => f.severity === "warning" && codes.has(f.code);
}

/** The file without its ignored findings, and those findings. */
export function withoutIgnored(file: AssessmentFile, ignored: (f: Finding) => boolean): { file: AssessmentFile; ignored: Finding[] } {
  const dropped = file.findings.filter(ignored);
  if (dropped.length === 0) return { file, ignored: [] };
  return {
    file: {
      ...file,
      findings: file.findings.filter((f) => !ignored(f)),
      assessments: file.assessments.map((a) => ({ ...a, findings: a.findings.filter((f) => !ignored(f)) })),
    },
    ignored: dropped,
  };
}
