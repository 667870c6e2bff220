import { type Assessment, AssessmentBuilder, type AssessmentFile, type BuildOptions, isTableHeader } from "../assessment/build.js";
import { matchColumns } from "../assessment/columns.js";
import type { Finding } from "../core/findings.js";
import { headerKey } from "../core/words-key.js";
import { type Framework, frameworkOption, type PredikatBasis } from "../frameworks/types.js";
import { bytesOf, delimiterOption, type TextOrBytes } from "../io/bytes.js";
import { pushSliced, TableReader } from "../io/table.js";
import { entryFromAssessment, entryFromResult, type RankEntry, type TargetRow } from "../rank/entry.js";
import { nameKey } from "../rank/names.js";
import { isResultHeader, roleColumn } from "./columns.js";
import { ResultBuilder, type ResultFile } from "./read.js";

/**
 * One input of rank, trend or validate, whatever it holds: a result table
 * (one row per instansi with its index, told by its header) or assessments by
 * indicator. Bytes arrive in pieces (`push`), so a national long-form file is
 * read and dropped as it goes; only what a ranking needs is kept.
 */
export type InputFile = { readonly kind: "results"; readonly results: ResultFile } | { readonly kind: "assessments"; readonly assessments: AssessmentFile };

export interface InputOptions extends BuildOptions {
  /** the name findings carry */
  readonly file: string;
  readonly framework: Framework;
  /** the bundled frameworks: a result row is read against the one its tahun or `kerangka` says */
  readonly frameworks?: readonly Framework[] | undefined;
  readonly delimiter?: string | undefined;
  /**
   * Told once what the input is, as soon as its header says so (within its first lines): the CLI gives V8
   * its own heap settings back for a result table of national size before its rows pile up (cli/stream.ts)
   */
  readonly onKind?: ((kind: "assessments" | "results") => void) | undefined;
}

export class InputReader {
  private readonly reader: TableReader;
  private results: ResultBuilder | null = null;
  private assessments: AssessmentBuilder | null = null;
  /** whether lines are still to be offered to the assessment builder's lane (`AssessmentBuilder.lane`) once it has one */
  private laneWanted: boolean;

  /** `lane`: false reads every line as a record (the tests compare the two) */
  constructor(
    private readonly options: InputOptions,
    lane = true,
  ) {
    this.laneWanted = lane;
    // below a sheet title, the header is the first of the next rows that is one: an assessment's, or a result table's
    this.reader = new TableReader({ file: options.file, delimiter: options.delimiter, isHeader: (cells) => isTableHeader(cells, options.valueColumn) });
  }

  /** told from its bytes to be no text: nothing more need be pushed (an endless `/dev/zero` was read for ever) */
  get binary(): boolean {
    return this.reader.binary;
  }

  /** What the input is, once its header is read: assessments by indicator, or a result table; null before. */
  get kind(): "assessments" | "results" | null {
    return this.results ? "results" : this.assessments ? "assessments" : null;
  }

  push(bytes: Uint8Array): void {
    pushSliced(this.reader, bytes, (part) => {
      this.take(part.rows);
      // once the builder reads rows one by one, a lean one reads the lines it can straight from the text
      if (this.laneWanted && this.assessments?.laneInto(this.reader, (rows) => this.take(rows))) this.laneWanted = false;
    });
  }

  end(): InputFile {
    const done = this.reader.end();
    // a file that is not text after all (a NUL past the first slice) gives nothing, as read whole
    if (this.reader.binary)
      return { kind: "assessments", assessments: new AssessmentBuilder(this.options.file, this.options.framework, this.options).end(done) };
    this.take(done.rows);
    if (this.results) return { kind: "results", results: this.results.end(done) };
    // no header at all (an empty file): the assessment reader says what is wrong
    return { kind: "assessments", assessments: this.assessmentBuilder().end(done) };
  }

  private take(rows: Parameters<ResultBuilder["rows"]>[0]): void {
    const header = this.reader.header;
    if (!header) return;
    if (!this.results && !this.assessments) {
      const { file, framework, frameworks, explicit } = this.options;
      if (isResultHeader(header.cells)) {
        this.results = new ResultBuilder(file, { framework, frameworks, explicit });
        this.results.setHeader(header, this.reader.dialect!);
      } else this.assessmentBuilder().header(header, this.reader.dialect!);
      this.options.onKind?.(this.results ? "results" : "assessments");
    }
    if (this.results) this.results.rows(rows);
    else this.assessments!.rows(rows);
  }

  private assessmentBuilder(): AssessmentBuilder {
    this.assessments ??= new AssessmentBuilder(this.options.file, this.options.framework, this.options);
    return this.assessments;
  }
}

/** `InputReader` given the whole input at once: bytes, or text as `readAssessments` takes it. */
export function readInput(input: TextOrBytes, options: InputOptions): InputFile {
  const bytes = bytesOf(input, "readInput");
  // required here (readAssessments defaults it)
  frameworkOption(options?.framework, "readInput", true);
  delimiterOption(options.delimiter, "readInput");
  const r = new InputReader(options);
  r.push(bytes);
  return r.end();
}

/** How an input's entries are made: whose they are, and under which predikat basis. */
export interface EntryOptions {
  /** what the entries say they came from (default: the file) */
  readonly source?: string | undefined;
  readonly user: boolean;
  readonly basis?: PredikatBasis | undefined;
}

/**
 * What a ranking keeps of an input: an entry per ranked row or valid assessment, every finding, and
 * the targets of rows that have no index yet (an RPJMD table's years to come; `trend` reads them).
 */
export function entriesOf(input: InputFile, how: EntryOptions): { entries: RankEntry[]; findings: readonly Finding[]; targets: TargetRow[] } {
  if (input.kind === "results") {
    const { results } = input;
    const source = how.source ?? results.file;
    const placed = placeCells(input);
    const entries: RankEntry[] = [];
    for (const r of results.rows) {
      const e = entryFromResult(r, source, how.user, how.basis);
      if (e) entries.push(placed.entry(e));
    }
    // a row with a target and no index that is no fault: a year to come (a blank index of any other year is an error)
    const targets = results.rows.flatMap((r) => {
      if (r.index !== null || r.target === null || r.faulty) return [];
      const row = {
        instansi: r.instansi,
        key: nameKey(r.instansi),
        tahun: r.tahun,
        target: r.target,
        source,
        line: r.line,
        ...(r.targetDecimalComma ? { targetDecimalComma: true as const } : {}),
      };
      const column = placed.target();
      return [column === null ? row : { ...row, column }];
    });
    return { entries, findings: results.findings, targets };
  }
  const { assessments } = input;
  // the entries are whose `how` says, from where it says (a colleague's file passed as a reference is not the user's)
  const placed = placeCells(input);
  const entries: RankEntry[] = [];
  for (const a of assessments.assessments) {
    const e = entryFromAssessment(a, how);
    if (e) entries.push(placed.entry(e, a.targetLine));
  }
  return { entries, findings: assessments.findings, targets: [] };
}

/**
 * `entriesOf` for an input read for this alone (the CLI's rank and trend): it
 * **empties** the input's list of assessments, letting each go as its entry is
 * made, so that the levels of a national file and its entries are never all held
 * at once. At 2 million rows they were ±50 MB and ±25 MB, and the peak was
 * their sum. The entries come in the input's order, as from `entriesOf`.
 */
export function takeEntries(input: InputFile, how: EntryOptions): { entries: RankEntry[]; findings: readonly Finding[]; targets: TargetRow[] } {
  if (input.kind === "results") return entriesOf(input, how);
  // the reader's own list, which nobody else holds: taken from the end, so each slab of levels
  // (512 assessments) is free as soon as its last assessment is
  const list = input.assessments.assessments as Assessment[];
  const entries: RankEntry[] = [];
  const placed = placeCells(input);
  for (let a = list.pop(); a !== undefined; a = list.pop()) {
    const e = entryFromAssessment(a, how);
    if (e) entries.push(placed.entry(e, a.targetLine));
  }
  return { entries: entries.reverse(), findings: input.assessments.findings, targets: [] };
}

/** The 1-based column of the input's `target` cells (as its entries' `targetColumn`), or null without one. */
export const targetColumnOf = (input: InputFile): number | null => placeCells(input).target();

/**
 * An entry of this input with the columns findings about it point at: an undated one's tahun column
 * (`RankEntry.tahunColumn`, where trend's `trend/undated` points), one with a target cell its target
 * column (`RankEntry.targetColumn`, for trend's meta/invalid) and, for an assessment's read from a later
 * row than its first, that row (`targetLine`). The header is read for them once, at
 * the first such entry: a dated entry without a target never pays for it.
 */
function placeCells(input: InputFile): { entry: (e: RankEntry, targetLine?: number | null) => RankEntry; target: () => number | null } {
  let columns: { readonly tahun: number | null; readonly target: number | null } | undefined;
  const known = () => {
    if (columns === undefined) {
      const header = input.kind === "results" ? input.results.header : input.assessments.header;
      const at = (role: "tahun" | "target") => {
        const i = header === null ? undefined : input.kind === "results" ? roleColumn(header.map(headerKey), role) : matchColumns(header).map[role]?.index;
        return i === undefined ? null : i + 1;
      };
      columns = { tahun: at("tahun"), target: at("target") };
    }
    return columns;
  };
  return {
    entry: (e, targetLine) => {
      if (e.tahun !== null && e.target === null) return e;
      const { tahun, target } = known();
      const tahunColumn = e.tahun === null ? tahun : null;
      const targetColumn = e.target === null ? null : target;
      // an assessment's target may be a later row's than its first (whose target cell was blank)
      const moved = e.target !== null && targetLine !== undefined && targetLine !== null && targetLine !== e.line;
      if (tahunColumn === null && targetColumn === null && !moved) return e;
      const placed = targetColumn === null ? { ...e, tahunColumn } : { ...e, tahunColumn, targetColumn };
      return moved ? { ...placed, targetLine } : placed;
    },
    target: () => known().target,
  };
}
