import type { Jenis } from "../assessment/jenis.js";
import type { PredikatBasis } from "../frameworks/types.js";

/**
 * Findings are typed data. The core never writes prose: it records a stable
 * code, where it happened and the raw value; `report/messages.ts` turns that
 * into a sentence in the user's language only when rendering.
 */
export type Severity = "error" | "warning";

export const FINDING_CODES = Object.freeze([
  "file/empty",
  "file/encoding",
  "file/binary",
  "file/too-large",
  "file/too-many-findings",
  "file/not-assessment",
  "file/title-rows",
  "csv/malformed",
  "csv/ragged",
  "column/missing",
  "column/ambiguous",
  "indicator/missing",
  "indicator/duplicate",
  "indicator/unknown",
  "indicator/blank",
  "indicator/needs-parts",
  "indicator/name-mismatch",
  "indicator/misaligned",
  "value/missing",
  "value/invalid",
  "value/out-of-range",
  "value/not-integer",
  "evidence/missing",
  "meta/invalid",
  "meta/year-mismatch",
  "meta/partly-blank",
  "meta/split",
  "framework/provisional",
  "framework/mismatch",
  "diff/framework-mismatch",
  "diff/indicator-unmatched",
  "diff/assessment-count",
  "diff/unlike",
  "result/blank",
  "result/invalid",
  "result/out-of-range",
  "result/off-grid",
  "result/index-mismatch",
  "result/predikat-mismatch",
  "result/kategori",
  "result/framework",
  "rank/mixed-frameworks",
  "rank/duplicate",
  "rank/jenis-left-out",
  "rank/not-national",
  "rank/predikat-placed",
  "trend/duplicate",
  "trend/undated",
  "trend/target-unmatched",
  "cost/column-missing",
  "cost/indicator-unknown",
  "cost/invalid",
  "cost/duplicate",
  "cost/not-a-step",
  "cost/missing",
  "plan/assessment-count",
] as const);

export type FindingCode = (typeof FINDING_CODES)[number];

/** What a name cell names instead of its row's indicator: another indicator (its id and code), a domain or an aspect (its id), with the name as the framework writes it. */
export interface NamedAs {
  readonly kind: "indicator" | "domain" | "aspect";
  readonly id: string;
  readonly code: string | null;
  readonly name: string;
}

/** The range a level must lie in, carried by every value finding so its message can say it. */
export interface LevelRange {
  readonly id: string;
  /** the code users type for it (Pemdi "7.2"), or null */
  readonly code: string | null;
  readonly min: number;
  readonly max: number;
}

/**
 * What each code records beside the place and the raw value. A message is
 * rendered from these fields only (`messages/findings.ts`), so a finding cannot
 * be made without the arguments its message needs, and a renderer reads typed
 * fields instead of guessing keys.
 */
export interface FindingArgsByCode {
  "file/empty": { readonly reason: "no-content" | "header-only" };
  "file/encoding": { readonly encoding: string };
  "file/binary": { readonly kind: "nul" | "xlsx" | "ods" | "zip" | "xls" | "utf16le" | "utf16be" };
  /** `cutShort`: reading stopped at the limit, so the file has more than `bytes` */
  "file/too-large": { readonly bytes: number; readonly cutShort: boolean; readonly max: number };
  /** `codes`: how many of each code went unlisted, by severity (summaries, exit codes and --ignore count them) */
  "file/too-many-findings": { readonly omitted: number; readonly max: number; readonly codes: OmittedByCode };
  /** a CSV this tool wrote, or a side-by-side mandiri/evaluasi file, given where an assessment was expected */
  "file/not-assessment": { readonly kind: "score-export" | "diff-export" | "side-by-side" | "result-table" };
  /** rows above the table's header (a sheet title) were not read: `header` is the header's line, `rows` the rows above it that are not blank */
  "file/title-rows": { readonly header: number; readonly rows: number };
  "csv/malformed": { readonly reason: "unclosed-quote" | "text-after-quote" | "record-too-long" };
  "csv/ragged": { readonly cells: number; readonly expected: number };
  /**
   * `found`: the header as read, so the message can list it; `delimiter`: another
   * delimiter the one-column header contains (a ';' file read with --delimiter ,)
   */
  "column/missing": ({ readonly role: "indicator" | "value" } | { readonly role: "named"; readonly name: string }) & {
    readonly found: readonly string[];
    /** a header read as one cell: the delimiter in it, or null */
    readonly delimiter: string | null;
    /** that cell was in quotes (the line written as one quoted cell): the quotes, not the delimiter, are what is wrong */
    readonly quoted: boolean;
    /** a line below with both columns, where the header seems to be (a title row above the table), or null */
    readonly below: number | null;
    /**
     * No level column: the two headers that seem to hold the file's mandiri and evaluasi values
     * ("Nilai Mandiri", "Nilai Evaluasi"; `sideBySideColumns`), as written, for the message to offer
     * `--columns` (diff, validate); whichever command read the file
     */
    readonly columns?: readonly [string, string];
  };
  /**
   * Two columns a role could be read from, and nothing to choose by. `kind`: "repeated" the same
   * header twice; "aliases" two names of a role that changes the score or the grouping ("Nilai" beside
   * "Tingkat"); "rows" two indicator columns that each read as the framework's ids but name different
   * indicators on the finding's line (a running "No" beside the real ids of a sheet sorted by level).
   * The finding is at the column not read (on the header line), or for "rows" at the preferred
   * column's cell; `header` is that column's name, `other` and `otherColumn` the one it competes with,
   * `otherValue` its cell on that line ("rows" only, else null).
   */
  "column/ambiguous": {
    readonly kind: "repeated" | "aliases" | "rows";
    /** "cost", "from", "to": the biaya, dari and ke columns of a `plan --cost` file */
    readonly role:
      | "indicator"
      | "value"
      | "evidence"
      | "note"
      | "owner"
      | "instansi"
      | "tahun"
      | "jenis"
      | "kategori"
      | "provinsi"
      | "target"
      | "cost"
      | "from"
      | "to";
    readonly header: string;
    readonly other: string;
    readonly otherColumn: number;
    readonly otherValue: string | null;
  };
  /**
   * The indicators an assessment has no row for: one finding per id when a few
   * are missing, one for all of them (`ranges` "1–10, 12, 40–47") when more are.
   * `assessment`: which one, when a file holds several ("Kab. X / 2024 / mandiri").
   */
  /**
   * `fits`: the indicators the assessment names are exactly those of another framework it could be
   * read against (the bundled ones), as many as that one counts (rows 1–35 only, read as spbe-2020:
   * spbe-2018's 35), else null; the message asks whether it is that framework's. A hint only: the
   * file is never read as another framework for it.
   */
  "indicator/missing": {
    readonly ids: readonly string[];
    readonly ranges: string;
    readonly framework: string;
    readonly assessment: string | null;
    /**
     * an assessment with no instansi, tahun or jenis in a file that has others (rows split off by Excel's
     * merged cells): the line it starts on, so that the message says which; else null
     */
    readonly unnamedFrom: number | null;
    /**
     * the rows name exactly another framework's indicators: that framework, and, for one whose files
     * write codes (Pemdi), the fraction refused here that it takes ("2,5"), without which rows 1–20 ask nothing
     */
    readonly fits: { readonly framework: string; readonly count: number; readonly fraction: string | null } | null;
  };
  /** `header`: the line of a row repeating the header row between the first row and this one (a second sheet pasted below), else null */
  "indicator/duplicate": { readonly id: string; readonly first: number; readonly header: number | null };
  /**
   * `summary` (also of indicator/blank): a cell of the row that reads as a summary row's label under
   * the table ("Total", "Rata-rata", "Jumlah"), else null; the message then says to delete the row.
   * `bare`: the cell is an indicator id with decoration around it ("1.", "Indikator 1", "I-2", "Kode
   * 3.2") or followed by its own indicator's name ("3.3 Pembangunan Statistik"): the id as written
   * without it ("1"), else null; the message says to write it alone. `repeatsHeader`:
   * the row is the header row again, cell for cell (a second sheet pasted below the first).
   * `misnamed`: the cell is an indicator's number followed by exactly another's name, or a domain's or
   * aspect's ("3.3 Tata Kelola Data": 3.1's): the number as written and what the name names, else null.
   */
  "indicator/unknown": {
    readonly framework: string;
    readonly summary: string | null;
    readonly bare: string | null;
    readonly repeatsHeader: boolean;
    readonly misnamed: { readonly number: string; readonly named: NamedAs } | null;
    /** the cell is `bare`'s indicator's name alone, without its number */
    readonly nameAlone?: true;
    /** text with no level that no indicator is written as: a note or signature under the table (the file's finding, as a summary row's) */
    readonly note?: true;
  };
  "indicator/blank": { readonly summary: string | null };
  /** `id`: what the row says ("35"); `parts`: the items the regulation scores it as ("35.1", "35.2", "35.3") */
  "indicator/needs-parts": { readonly id: string; readonly parts: readonly string[] };
  /**
   * A row read as indicator `id` whose name cell (`nameColumn`) is exactly another indicator's name,
   * or a domain's or aspect's (`named`): rows shifted in a spreadsheet, or a heading given a level.
   * The level still counts for `id`; a warning.
   */
  "indicator/name-mismatch": { readonly id: string; readonly code: string | null; readonly named: NamedAs };
  /** `count` of an assessment's `of` rows read as an indicator's named as another indicator than their number's (indicator/name-mismatch) */
  "indicator/misaligned": { readonly count: number; readonly of: number };
  /** `external`: the national index the value comes from (Pemdi 5, 6, 7, 18), else null */
  "value/missing": LevelRange & { readonly external: string | null };
  /**
   * `decimalComma`: the value has a decimal comma where commas separate columns; `thousands`: a point
   * and three digits ("2.500") where commas are decimal, which an Indonesian reader reads as 2500
   */
  /**
   * `tooPrecise`: a number but for its decimals, more than the twelve a level may have.
   * `alone`: a valid level with words around it ("Tingkat 3", "Level 3", "Tk 3", "3 (Terdefinisi)" with
   * the indicator's own name of level 3): the number as written ("3"), else null. `disagree`: a valid
   * level with another level's name in parentheses ("4 (Terdefinisi)": Terdefinisi is level 3), else null
   */
  "value/invalid": LevelRange & {
    readonly decimalComma: boolean;
    readonly thousands: boolean;
    readonly tooPrecise: boolean;
    readonly alone: string | null;
    readonly disagree: { readonly level: string; readonly name: string; readonly named: number } | null;
  };
  "value/out-of-range": LevelRange;
  "value/not-integer": LevelRange;
  /** `placeholder`: the cell holds a word or mark that stands for none ("-", "tidak ada", "N/A"), said as `value` */
  "evidence/missing": { readonly id: string; readonly code: string | null; readonly placeholder?: true };
  /** `thousands`: a target "3.500" where commas are decimal (3.5 or 3500: never guessed, not taken) */
  /** `thousands`: a target "3.500" where commas are decimal; `lowest`: a target naming the lowest predikat ("Kurang"), which has no bound to reach */
  /** `comma`: a target "3,95" in a file whose commas are no decimal mark, refused as its index "3,89" is */
  "meta/invalid": { readonly field: "tahun" | "jenis" | "target"; readonly thousands?: boolean; readonly lowest?: boolean; readonly comma?: true };
  "meta/year-mismatch": { readonly framework: string; readonly from: number; readonly to: number | null };
  /**
   * A column that names the assessment (instansi, tahun, jenis) blank on some rows and filled on
   * others: the blank rows are an assessment of their own (Excel's merged cells keep the first row's
   * value only). Said once per column, at the first such row; a tahun or jenis only on rows without
   * an instansi or of one that gives it on others (an instansi that gives none is one assessment whole).
   */
  "meta/partly-blank": { readonly field: "instansi" | "tahun" | "jenis" };
  /** the value written on the other assessment's rows, how many rows this one has, and that assessment (`where`) */
  "meta/split": { readonly field: "instansi" | "tahun" | "jenis"; readonly other: string; readonly rows: number; readonly assessment: string | null };
  "framework/provisional": { readonly framework: string };
  /** the file's indicator ids (or its tahun) belong to `suggested`, not to `chosen` */
  "framework/mismatch": {
    readonly chosen: string;
    readonly suggested: string;
    readonly indicators: number;
    /** the suggested framework's first and last code ("1.1–7.2"), or where it has none its ids as runs ("1–47", "1–34, 35.1–35.3") */
    readonly codes: string;
    /** whether `codes` are codes (Pemdi) rather than ids */
    readonly coded: boolean;
    readonly reason: "ids" | "tahun";
    readonly year: number | null;
  };
  /** `structure`: the same id, but the two files' indicators, weights or bands differ */
  "diff/framework-mismatch": { readonly a: string; readonly b: string; readonly reason: "id" | "structure" };
  "diff/indicator-unmatched": { readonly id: string; readonly code: string | null; readonly side: string };
  /** `both-jenis`: one of two files holds a mandiri and an evaluasi itself, the one-file form given a second file */
  /** `jenis`: with "unread-jenis", the jenis cells as written that were read as neither mandiri nor evaluasi */
  "diff/assessment-count": {
    readonly count: number;
    readonly reason: "needs-two" | "too-many" | "both-jenis" | "unread-jenis";
    readonly jenis?: readonly string[];
  };
  /** the two sides are of different instansi or years */
  "diff/unlike": { readonly field: "instansi" | "tahun"; readonly a: string; readonly b: string };
  /** a result-table cell left blank: `field` is its column as headed; `required` for instansi and the index */
  "result/blank": { readonly field: string; readonly required: boolean };
  /** a number cell of a result table that is not a decimal number */
  /** `thousands`: "2.500" where commas are decimal, a point that reads as a thousands separator (never guessed) */
  /** `decimalComma`: a decimal comma where commas separate columns ("3,55" read as two cells), refused */
  "result/invalid": { readonly field: string; readonly thousands: boolean; readonly decimalComma?: boolean };
  "result/out-of-range": { readonly field: string; readonly min: number; readonly max: number };
  /** a tier value that no set of whole levels gives (`tier`: its id) */
  "result/off-grid": { readonly field: string; readonly tier: string };
  /** the index is not what the tiers give: it should lie between `low` and `high` */
  "result/index-mismatch": { readonly low: string; readonly high: string };
  /** the printed predikat is none of `expected` for `index` under the year's basis */
  "result/predikat-mismatch": {
    readonly expected: readonly string[];
    readonly index: string;
    readonly basis: "exact" | "displayed" | "either";
    readonly year: number | null;
    /** the basis is the framework's default for a year without evidence of its own rule (2018–2019, Pemdi) */
    readonly assumed: boolean;
    /**
     * the default is an assumption, and the other basis gives the printed predikat: a warning then, not
     * an error (the year may have read it otherwise). Absent otherwise.
     */
    readonly otherBasisFits?: true;
  };
  "result/kategori": Record<never, never>;
  /** a `kerangka` cell naming no framework; `known`: those there are */
  "result/framework": { readonly known: string };
  /** a ranking would mix indices of different frameworks */
  "rank/mixed-frameworks": { readonly frameworks: readonly string[] };
  /** a second row of the user's for one instansi in the year ranked: the one ranked, as "file:line" */
  /** `--jenis` left out rows of this source: `count` in all, `unknown` of them with no jenis at all */
  "rank/jenis-left-out": { readonly jenis: Jenis; readonly count: number; readonly unknown: number };
  /**
   * `count` rows of the file ranked among the national results of `tahun` that stand for none of their
   * instansi, each ranked as an instansi of its own; the first few by name, with the national name nearest
   * to it where one is within a few edits (`nearest`, null otherwise)
   */
  "rank/not-national": {
    readonly tahun: number;
    readonly count: number;
    readonly names: readonly { readonly instansi: string; readonly nearest: string | null }[];
  };
  /**
   * a row of the user's without a year rule of its own (undated, or of a year `from` the framework has no
   * evidence for), placed among the results of `tahun`, whose rule reads its printed index as `predikat`,
   * not the `printed` one: ranked with the year's
   */
  "rank/predikat-placed": {
    readonly instansi: string;
    readonly from: number | null;
    readonly tahun: number;
    readonly printed: string;
    readonly predikat: string;
    readonly index: string;
    readonly basis: PredikatBasis;
  };
  "rank/duplicate": {
    readonly instansi: string;
    readonly tahun: number | null;
    readonly kept: string;
    /** the jenis of this one (set aside) and of the one ranked: an evaluasi is ranked over a mandiri */
    readonly jenis: Jenis | null;
    readonly keptJenis: Jenis | null;
    /**
     * This row's own year, earlier than the year ranked, where `kept` is the instansi's national row of
     * that year: an older row of the user's does not stand in for a newer official result. Absent otherwise.
     */
    readonly earlier?: number;
    /**
     * This row's own year, later than the year ranked, where `kept` is the instansi's own row of the year
     * ranked: a newer self-assessment joins the latest national year only where the instansi has none
     * there. Absent otherwise (it was called "the first" of one per instansi, of a file of two years).
     */
    readonly later?: number;
  };
  /** a second index of one instansi in one year (trend shows one per year): the one shown, as "file:line" */
  "trend/duplicate": {
    readonly instansi: string;
    readonly tahun: number;
    readonly kept: string;
    /** the jenis of this one (not shown) and of the one shown: an evaluasi is shown over a mandiri */
    readonly jenis: Jenis | null;
    readonly keptJenis: Jenis | null;
  };
  /**
   * A row or assessment with no tahun, left out of every trend series (`TrendReport.undated` counts
   * them). `column`: the input has a tahun column, and this row's cell is blank (or not a year, said
   * too as meta/invalid); false: the input has no tahun column at all.
   */
  "trend/undated": { readonly instansi: string; readonly column: boolean };
  /** a target row (an RPJMD table's) whose instansi has no dated index in any input: not used (a misspelled name) */
  "trend/target-unmatched": { readonly instansi: string };
  /** a cost file (plan --cost) without the column it needs; `found`: its header, so the message can list it */
  "cost/column-missing": { readonly column: "indikator" | "biaya" | "dari" | "ke"; readonly found: readonly string[] };
  "cost/indicator-unknown": { readonly framework: string };
  /** `grouped`: the cost looks like thousands separators ("50.000"), which are never guessed */
  "cost/invalid":
    | { readonly field: "biaya"; readonly id: string; readonly code: string | null; readonly grouped: boolean }
    | { readonly field: "dari" | "ke"; readonly id: string; readonly code: string | null; readonly min: number; readonly max: number };
  /** `step`: "3→4" in a per-level file, null in a per-indicator one */
  "cost/duplicate": { readonly id: string; readonly code: string | null; readonly step: string | null; readonly first: number };
  /** a `dari,ke` row that is not one step of the plan (ke = dari + step) */
  "cost/not-a-step": { readonly id: string; readonly code: string | null; readonly from: string; readonly to: string; readonly step: string };
  /** steps the plan could take but the cost file does not price: not planned; `list` "12, 15 (3→4)" */
  "cost/missing": { readonly items: readonly string[]; readonly list: string };
  /** plan works on one assessment; the file holds `count` */
  "plan/assessment-count": { readonly count: number };
}

export type FindingArgs<C extends FindingCode = FindingCode> = FindingArgsByCode[C];

export interface FindingBase {
  readonly severity: Severity;
  /** the input as the user named it ("-" or --stdin-name for stdin) */
  readonly file: string;
  /** 1-based physical line in the file, null when the finding is about the whole file */
  readonly line: number | null;
  /** 1-based CSV column (field number), null when not about one cell */
  readonly column: number | null;
  /** the raw text that was rejected, null when there is none */
  readonly value: string | null;
}

/** A finding of one code, with that code's arguments. */
export type FindingOf<C extends FindingCode> = FindingBase & { readonly code: C; readonly args: FindingArgs<C> };

/** Any finding: a union discriminated by `code`, so `f.code === "value/invalid"` narrows `f.args`. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

interface Where {
  readonly line?: number | null;
  readonly column?: number | null;
  readonly value?: string | null;
}

/** Codes whose arguments are empty may leave them out. */
type WhereFor<C extends FindingCode> = Where &
  (Record<never, never> extends FindingArgs<C> ? { readonly args?: FindingArgs<C> } : { readonly args: FindingArgs<C> });

export function finding<C extends FindingCode>(
  code: C,
  severity: Severity,
  file: string,
  ...[where]: Record<never, never> extends FindingArgs<C> ? [where?: WhereFor<C>] : [where: WhereFor<C>]
): Finding {
  return {
    code,
    severity,
    file,
    line: where?.line ?? null,
    column: where?.column ?? null,
    value: where?.value ?? null,
    args: (where?.args ?? {}) as FindingArgs<C>,
  } as Finding;
}

/** The indicators a finding is about, for renderers that group by indicator (JUnit); [] for file-wide findings. */
export function findingIndicators(f: Finding): readonly string[] {
  if (f.code === "indicator/missing") return f.args.ids;
  // a bare "35" of spbe-2018 stands for its parts' rows, which it leaves unfilled
  if (f.code === "indicator/needs-parts") return f.args.parts;
  const id = findingIndicator(f);
  return id === null ? [] : [id];
}

/** The one indicator a finding is about, or null (file-wide, or several: see `findingIndicators`). */
export function findingIndicator(f: Finding): string | null {
  switch (f.code) {
    case "indicator/duplicate":
    case "indicator/name-mismatch":
    case "value/missing":
    case "value/invalid":
    case "value/out-of-range":
    case "value/not-integer":
    case "evidence/missing":
    case "diff/indicator-unmatched":
    case "cost/invalid":
    case "cost/duplicate":
    case "cost/not-a-step":
      return f.args.id;
    default:
      return null;
  }
}

export const isError = (f: Finding): boolean => f.severity === "error";

/** The codes an entry of an `--ignore` list names: the code itself, or every code under `prefix/*`. */
const codesNamed = (p: string): readonly string[] =>
  p.endsWith("/*") ? FINDING_CODES.filter((c) => c.startsWith(p.slice(0, -1))) : (FINDING_CODES as readonly string[]).includes(p) ? [p] : [];

/** Of an `--ignore` list (or a config's `ignore`), the entries that name no code: not a code, and not `prefix/*` over one. */
export function unknownIgnores(list: readonly string[]): string[] {
  return list.filter((p) => codesNamed(p).length === 0);
}

/**
 * The codes raised as a warning somewhere (the README's catalogue says "peringatan" of them; a test
 * holds the two equal): only these can be ignored, an error never is.
 */
export const WARNING_CODES: readonly string[] = Object.freeze([
  "file/encoding",
  "file/too-many-findings",
  "file/title-rows",
  "csv/malformed",
  "csv/ragged",
  "indicator/name-mismatch",
  "evidence/missing",
  "meta/invalid",
  "meta/year-mismatch",
  "meta/partly-blank",
  "meta/split",
  "framework/provisional",
  "diff/unlike",
  "result/blank",
  "result/predikat-mismatch",
  "result/kategori",
  "rank/duplicate",
  "rank/jenis-left-out",
  "rank/not-national",
  "rank/predikat-placed",
  "trend/duplicate",
  "trend/undated",
  "trend/target-unmatched",
  "cost/missing",
]);

/**
 * Of an `--ignore` list, the entries that name codes but no warning: `--ignore indicator/missing` was
 * taken, and did nothing (an error is never ignored: the assessment stays unscored).
 */
export function errorOnlyIgnores(list: readonly string[]): string[] {
  return list.filter((p) => {
    const named = codesNamed(p);
    return named.length > 0 && !named.some((c) => WARNING_CODES.includes(c));
  });
}

/**
 * Entries of an ignore list that name `file/too-many-findings` itself: it counts the findings past the cap,
 * and ignoring the count is not ignoring them (it was taken, and did nothing). Its category, `file/*`, is fine.
 */
export function countIgnores(list: readonly string[]): string[] {
  return list.filter((p) => p === "file/too-many-findings");
}

/**
 * How many errors and warnings: the numbers every summary line and exit code is made of. The
 * finding that stands for those past the per-code cap counts as what it stands for.
 */
export function tally(fs: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of fs) {
    if (f.code === "file/too-many-findings") {
      for (const n of Object.values(f.args.codes)) {
        errors += n.errors;
        warnings += n.warnings;
      }
    } else if (isError(f)) errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Order within one file: by line, then column, then code (file-wide findings first). */
export function sortFindings(fs: readonly Finding[]): Finding[] {
  return [...fs].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
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
  /** how many of each code, by severity */
  readonly codes: OmittedByCode;
}

/**
 * Counts a finding the sink did not keep into `into`, by code and severity: what an assessment or a result
 * row holds as `unlisted` (built beside the sink's own count, which is the file's).
 */
export function countUnlisted(into: Partial<Record<FindingCode, OmittedCount>>, f: Finding): void {
  const n = into[f.code] ?? { errors: 0, warnings: 0 };
  into[f.code] = isError(f) ? { errors: n.errors + 1, warnings: n.warnings } : { errors: n.errors, warnings: n.warnings + 1 };
}

/** How many of one code went unlisted, by severity. */
export interface OmittedCount {
  readonly errors: number;
  readonly warnings: number;
}

export type OmittedByCode = Readonly<Partial<Record<FindingCode, OmittedCount>>>;

/** The counts by code, with their total and whether any is an error. */
export function omittedOf(codes: OmittedByCode): Omitted {
  let count = 0;
  let anyError = false;
  for (const n of Object.values(codes)) {
    count += n.errors + n.warnings;
    if (n.errors > 0) anyError = true;
  }
  return { count, anyError, codes };
}

export const NOTHING_OMITTED: Omitted = Object.freeze({ count: 0, anyError: false, codes: Object.freeze({}) });

/** The finding that says how many went unlisted past the cap, or null when none did. */
export function omittedFinding(file: string, omitted: Omitted): Finding | null {
  if (omitted.count === 0) return null;
  return finding("file/too-many-findings", omitted.anyError ? "error" : "warning", file, {
    args: { omitted: omitted.count, max: MAX_FINDINGS_PER_CODE, codes: omitted.codes },
  });
}

/** Keeps the first `max` findings of each code and counts the rest. */
export class FindingSink {
  readonly kept: Finding[] = [];
  private readonly perCode = new Map<FindingCode, number>();
  private readonly omittedCodes = new Map<FindingCode, { errors: number; warnings: number }>();

  constructor(
    private readonly max: number = MAX_FINDINGS_PER_CODE,
    carried: Omitted = NOTHING_OMITTED,
  ) {
    this.carry(carried);
  }

  /** Records a finding; true when it was kept. */
  add(f: Finding): boolean {
    const seen = this.perCode.get(f.code) ?? 0;
    if (seen < this.max) {
      this.perCode.set(f.code, seen + 1);
      this.kept.push(f);
      return true;
    }
    this.count(f.code, isError(f) ? 1 : 0, isError(f) ? 0 : 1);
    return false;
  }

  private count(code: FindingCode, errors: number, warnings: number): void {
    const n = this.omittedCodes.get(code) ?? { errors: 0, warnings: 0 };
    n.errors += errors;
    n.warnings += warnings;
    this.omittedCodes.set(code, n);
  }

  /** Adds what an earlier stage (the reader) could only count. */
  carry(more: Omitted): void {
    for (const [code, n] of Object.entries(more.codes) as [FindingCode, OmittedCount][]) this.count(code, n.errors, n.warnings);
  }

  get omitted(): Omitted {
    return omittedOf(Object.fromEntries([...this.omittedCodes].map(([code, n]) => [code, { ...n }])));
  }
}
