import { type Finding, type FindingCode, type OmittedCount, omittedFinding, omittedOf } from "./findings.js";

/*
 * Apart from findings.ts, which every command loads at start-up: only a side-by-side read (validate
 * --columns, diff of one file) needs this, and in the first chunk its few lines cost ~80 pages of
 * memory touched on every `spbe score` (measured with bench/cases/page-faults.cjs).
 */

/**
 * The findings of a table read more than once (a side-by-side file, once per value column): exact
 * repeats dropped, since the table's own findings come once per read. Those past the cap are merged
 * into one finding per file the same way: a code of the table itself (csv/, file/, column/) was
 * counted in each read and is counted once; any other belongs to its read, and the reads add up.
 */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unlisted = new Map<string, Map<FindingCode, OmittedCount>>();
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.code === "file/too-many-findings") {
      const codes = unlisted.get(f.file) ?? new Map<FindingCode, OmittedCount>();
      unlisted.set(f.file, codes);
      for (const [code, n] of Object.entries(f.args.codes) as [FindingCode, OmittedCount][]) {
        const before = codes.get(code);
        if (!before) codes.set(code, { ...n });
        else if (TABLE_CODE.test(code)) codes.set(code, { errors: Math.max(before.errors, n.errors), warnings: Math.max(before.warnings, n.warnings) });
        else codes.set(code, { errors: before.errors + n.errors, warnings: before.warnings + n.warnings });
      }
      continue;
    }
    const key = JSON.stringify([f.code, f.file, f.line, f.column, f.value, f.args]);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(f);
  }
  for (const [file, codes] of unlisted) {
    const merged = omittedFinding(file, omittedOf(Object.fromEntries(codes)));
    if (merged) kept.push(merged);
  }
  return kept;
}

/** Codes of a table itself, the same in every read of it. */
const TABLE_CODE = /^(?:csv|file|column)\//;
