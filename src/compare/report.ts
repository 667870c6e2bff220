import { type AssessmentFile, type BuildOptions, buildAssessments } from "../assessment/build.js";
import { findColumn } from "../assessment/columns.js";
import { uniqueFindings } from "../core/unique-findings.js";
import { type CompareOptions, compareAssessments, type DiffReport } from "./diff.js";
import { type SidesResult, sidesFromColumns, sidesFromJenis, sidesFromTwoFiles } from "./sides.js";

export interface DiffOptions extends CompareOptions {
  /** how a one-file input is read again through its value columns (the CLI's framework check) */
  readonly build?: BuildOptions | undefined;
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
  // --top 0 is a usage error in the CLI; here it showed no indicator, and -1 all but one
  if (options.top !== undefined && !(Number.isInteger(options.top) && options.top >= 1)) {
    throw new RangeError(`diff: top ${options.top} is not a whole number of 1 or more`);
  }
  const read: AssessmentFile[] = [];
  let sides: SidesResult;
  if (b !== undefined) {
    read.push(a, b);
    sides = sidesFromTwoFiles(a, b);
  } else {
    const pair = valueColumnPair(a.header ?? [], options.columns);
    if (pair && a.table) {
      // the same table read again through each value column
      const [ca, cb] = pair;
      const fa = buildAssessments(a.table, a.framework, { ...options.build, valueColumn: ca });
      const fb = buildAssessments(a.table, a.framework, { ...options.build, valueColumn: cb });
      read.push(fa, fb);
      sides = sidesFromColumns(fa, fb, [ca, cb]);
    } else {
      // no level column, but headers like "Nilai Mandiri" and "Nilai Evaluasi": the reader's column/missing
      // offers the --columns that reads them (sideBySideColumns), for diff as for score and validate
      read.push(a);
      sides = sidesFromJenis(a);
    }
  }
  const result = sides.ok ? compareAssessments(sides.a, sides.b, { basis: options.basis, strict: options.strict }) : null;
  const findings = uniqueFindings([...read.flatMap((f) => f.findings), ...(sides.ok ? [] : sides.findings), ...(result?.findings ?? [])]);
  return { result, findings, top: options.top };
}

/**
 * The two value columns a one-file diff reads its sides through: those given (`--columns`), or the
 * header's `mandiri` and `evaluasi`; undefined where it has neither, and the file's rows are split by
 * their `jenis` instead.
 */
export function valueColumnPair(header: readonly string[], columns?: readonly [string, string]): readonly [string, string] | undefined {
  return columns ?? (findColumn(header, "mandiri") && findColumn(header, "evaluasi") ? ["mandiri", "evaluasi"] : undefined);
}
