import { FINDING_CODES, type Finding, type FindingCode, type OmittedByCode, type OmittedCount, omittedFinding, omittedOf } from "../core/findings.js";
import type { AssessmentFile } from "./build.js";

/**
 * `--ignore framework/provisional,evidence/*`: finding codes a project has
 * acknowledged (every Pemdi file is provisional; a CI job with --max-warnings 0
 * could never pass). Only warnings are ignored — an error still stops the data
 * from being scored, so hiding it would leave an unexplained "not scored" —
 * and ignored findings are counted and said, never dropped silently.
 */
export type IgnoreList = readonly string[];

// (the check of the list itself lives with the codes: the config loader asks it too, and that module
// is in every command's first chunk, where this one would be split out of its own)
export { errorOnlyIgnores, unknownIgnores } from "../core/findings.js";

export function ignores(list: IgnoreList): (f: Finding) => boolean {
  const codes = new Set<FindingCode>(FINDING_CODES.filter((c) => list.some((p) => p === c || (p.endsWith("/*") && c.startsWith(p.slice(0, -1))))));
  return (f) => f.severity === "warning" && codes.has(f.code);
}

/**
 * A list without its ignored findings: those dropped, and how many of the ignored codes the
 * finding for those past the per-code cap stood for (it stays for what is left, if anything).
 */
export function dropIgnored(
  list: readonly Finding[],
  ignored: (f: Finding) => boolean,
): { kept: Finding[]; dropped: Finding[]; unlisted: { file: string; code: FindingCode; count: number }[] } {
  const kept: Finding[] = [];
  const dropped: Finding[] = [];
  const unlisted: { file: string; code: FindingCode; count: number }[] = [];
  for (const f of list) {
    if (f.code === "file/too-many-findings") {
      const { left, dropped: gone } = withoutIgnoredCodes(f.args.codes, (code) => ignored({ ...f, code, severity: "warning" } as Finding));
      for (const [code, count] of gone) unlisted.push({ file: f.file, code, count });
      const still = omittedFinding(f.file, omittedOf(left));
      if (still) kept.push({ ...still, line: f.line, column: f.column });
    } else if (ignored(f)) dropped.push(f);
    else kept.push(f);
  }
  return { kept, dropped, unlisted };
}

/**
 * Counts by code without the warnings of the codes `ignored` takes (their errors stay: only warnings are
 * ignored): what is left, codes with nothing left gone, and how many warnings of each code went.
 */
function withoutIgnoredCodes(
  codes: OmittedByCode,
  ignored: (code: FindingCode) => boolean,
): { left: Partial<Record<FindingCode, OmittedCount>>; dropped: [FindingCode, number][] } {
  const left: Partial<Record<FindingCode, OmittedCount>> = {};
  const dropped: [FindingCode, number][] = [];
  for (const [code, n] of Object.entries(codes) as [FindingCode, OmittedCount][]) {
    const drop = n.warnings > 0 && ignored(code);
    if (drop) dropped.push([code, n.warnings]);
    const rest = { errors: n.errors, warnings: drop ? 0 : n.warnings };
    if (rest.errors + rest.warnings > 0) left[code] = rest;
  }
  return { left, dropped };
}

/**
 * An assessment or result row without the ignored warnings among its findings past the cap
 * (`unlisted`): JUnit would mark its testcases unknown for them under --strict.
 */
export function withoutIgnoredUnlisted<T extends { readonly unlisted?: OmittedByCode | undefined }>(item: T, ignored: (f: Finding) => boolean): T {
  if (item.unlisted === undefined) return item;
  const { left } = withoutIgnoredCodes(item.unlisted, (code) => ignored({ code, severity: "warning" } as Finding));
  const { unlisted: _, ...rest } = item;
  return (Object.keys(left).length > 0 ? { ...rest, unlisted: left } : rest) as T;
}

/** The file without its ignored findings, and those findings (see `dropIgnored`). */
export function withoutIgnored(
  file: AssessmentFile,
  ignored: (f: Finding) => boolean,
): { file: AssessmentFile; ignored: Finding[]; unlisted: { file: string; code: FindingCode; count: number }[] } {
  const { kept, dropped, unlisted } = dropIgnored(file.findings, ignored);
  if (dropped.length === 0 && unlisted.length === 0) return { file, ignored: [], unlisted: [] };
  return {
    file: {
      ...file,
      findings: kept,
      assessments: file.assessments.map((a) => withoutIgnoredUnlisted({ ...a, findings: a.findings.filter((f) => !ignored(f)) }, ignored)),
    },
    ignored: dropped,
    unlisted,
  };
}
