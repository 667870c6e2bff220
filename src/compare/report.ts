import { type AssessmentFile, buildAssessments } from "../assessment/build.js";
import { findColumn } from "../assessment/columns.js";
import type { Finding } from "../core/findings.js";
import type { ScoreOptions } from "../scoring/score.js";
import { compareAssessments, type DiffReport } from "./diff.js";
import { type SidesResult, sidesFromColumns, sidesFromJenis, sidesFromTwoFiles } from "./sides.js";

export interface DiffOptions extends ScoreOptions {
  /**
   * One file holding both sides as two value columns: their headers. Without it, a
   * single file with `mandiri` and `evaluasi` columns is read through those; other
   * single files are split by their `jenis` rows. Only for a single file.
   */
  readonly columns?: readonly [string, string] | undefined;
  /** list at most this many differing indicators in human output (--top) */
  readonly top?: number | undefined;
}

/**
 * `spbe diff`: two files of one assessment each (a usually mandiri, b evaluasi;
 * each read against its own framework), or one file holding both, as two value
 * columns or as rows told apart by `jenis`. Every finding of the inputs and of
 * the comparison is in the report; `result.diff` is null when there is nothing
 * to compare.
 */
export function diff(a: AssessmentFile, b?: AssessmentFile, options: DiffOptions = {}): DiffReport {
  const read: AssessmentFile[] = [];
  let sides: SidesResult;
  if (b !== undefined) {
    read.push(a, b);
    sides = sidesFromTwoFiles(a, b);
  } else {
    const header = a.table.header?.cells ?? [];
    const pair = options.columns ?? (findColumn(header, "mandiri") && findColumn(header, "evaluasi") ? (["mandiri", "evaluasi"] as const) : undefined);
    if (pair) {
      // the same table read again through each value column
      const [ca, cb] = pair;
      const fa = buildAssessments(a.table, a.framework, { valueColumn: ca });
      const fb = buildAssessments(a.table, a.framework, { valueColumn: cb });
      read.push(fa, fb);
      sides = sidesFromColumns(fa, fb, [ca, cb]);
    } else {
      read.push(a);
      sides = sidesFromJenis(a);
    }
  }
  const result = sides.ok ? compareAssessments(sides.a, sides.b, { basis: options.basis }) : null;
  const findings = unique([...read.flatMap((f) => f.findings), ...(sides.ok ? [] : sides.findings), ...(result?.findings ?? [])]);
  return { result, findings, top: options.top };
}

/** Drops exact repeats (a side-by-side file is built twice from one table, so its file-wide findings come twice). */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.code, f.file, f.line, f.column, f.value, f.args]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
