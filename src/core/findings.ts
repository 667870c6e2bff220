/**
 * Findings are typed data. The core never writes prose: it records a stable
 * code, where it happened and the raw value; `report/messages.ts` turns that
 * into a sentence in the user's language only when rendering.
 */
export type Severity = "error" | "warning";

export const FINDING_CODES = [
  "file/empty",
  "file/encoding",
  "file/binary",
  "file/too-large",
  "file/too-many-findings",
  "csv/malformed",
  "csv/ragged",
  "column/missing",
  "column/ambiguous",
  "indicator/missing",
  "indicator/duplicate",
  "indicator/unknown",
  "indicator/blank",
  "value/missing",
  "value/invalid",
  "value/out-of-range",
  "value/not-integer",
  "evidence/missing",
  "meta/invalid",
  "meta/year-mismatch",
  "framework/provisional",
  "diff/framework-mismatch",
  "diff/indicator-unmatched",
  "diff/assessment-count",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** Arguments a message template may use; all plain strings or numbers. */
export type FindingArgs = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** the input as the user named it ("-" or --stdin-name for stdin) */
  readonly file: string;
  /** 1-based physical line in the file, null when the finding is about the whole file */
  readonly line: number | null;
  /** 1-based CSV column (field number), null when not about one cell */
  readonly column: number | null;
  /** the raw text that was rejected, null when there is none */
  readonly value: string | null;
  readonly args: FindingArgs;
}

export function finding(
  code: FindingCode,
  severity: Severity,
  file: string,
  where: { line?: number | null; column?: number | null; value?: string | null; args?: FindingArgs } = {},
): Finding {
  return {
    code,
    severity,
    file,
    line: where.line ?? null,
    column: where.column ?? null,
    value: where.value ?? null,
    args: where.args ?? {},
  };
}

export const isError = (f: Finding): boolean => f.severity === "error";

/** How many errors and warnings: the numbers every summary line and exit code is made of. */
export function tally(fs: readonly Finding[]): { errors: number; warnings: number } {
  const errors = fs.filter(isError).length;
  return { errors, warnings: fs.length - errors };
}

/** Order within one file: by line, then column, then code (file-wide findings first). */
export function sortFindings(fs: readonly Finding[]): Finding[] {
  return [...fs].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/**
 * Findings kept per file and code. A hostile file (100 000 instansi, each
 * missing every indicator) would otherwise produce millions of findings and
 * exhaust memory long before anyone could read them. The cap is per code so a
 * flood of one kind (ragged rows) never hides a different problem (an ambiguous
 * column); past it findings are only counted.
 */
export const MAX_FINDINGS_PER_CODE = 1_000;

export interface Omitted {
  readonly count: number;
  /** whether any omitted finding was an error, so the exit code stays right */
  readonly anyError: boolean;
}

/** Keeps the first `max` findings of each code and counts the rest. */
export class FindingSink {
  readonly kept: Finding[] = [];
  private readonly perCode = new Map<FindingCode, number>();
  private omittedCount: number;
  private omittedError: boolean;

  constructor(
    private readonly max: number = MAX_FINDINGS_PER_CODE,
    carried: Omitted = { count: 0, anyError: false },
  ) {
    this.omittedCount = carried.count;
    this.omittedError = carried.anyError;
  }

  /** Records a finding; true when it was kept. */
  add(f: Finding): boolean {
    const seen = this.perCode.get(f.code) ?? 0;
    if (seen < this.max) {
      this.perCode.set(f.code, seen + 1);
      this.kept.push(f);
      return true;
    }
    this.omittedCount++;
    if (f.severity === "error") this.omittedError = true;
    return false;
  }

  get omitted(): Omitted {
    return { count: this.omittedCount, anyError: this.omittedError };
  }
}
