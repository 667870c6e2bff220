import { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "../frameworks/builtin.js";
import { type Framework, frameworkOption } from "../frameworks/types.js";
import { bytesOf, delimiterOption, type TextOrBytes } from "../io/bytes.js";
import type { CsvRecord } from "../io/csv.js";
import { pushSliced, readTable, TableReader } from "../io/table.js";
import { AssessmentBuilder, type AssessmentFile, type BuildOptions, buildAssessments, isTableHeader } from "./build.js";

/** The column delimiters a file may use; without one it is sniffed from the header line. */
export type Delimiter = "," | ";" | "\t" | "|";

/**
 * As the CLI reads: `alternatives` are the bundled frameworks and `explicit` is whether `framework`
 * was given (as --framework), unless said otherwise.
 */
export interface ReadAssessmentsOptions extends BuildOptions {
  /** the framework to read against; spbe-2020 (the CLI's default) when not given */
  readonly framework?: Framework | undefined;
  /** the name findings carry (`file`); "input.csv" when not given */
  readonly file?: string | undefined;
  /** force a delimiter instead of sniffing it (the CLI's --delimiter) */
  readonly delimiter?: Delimiter | undefined;
}

/**
 * CSV text or bytes → the assessments in it, validated against the framework,
 * with every problem as a finding. Bytes are decoded as the CLI decodes a file
 * (UTF-8 with or without BOM, UTF-16 by its BOM); a string is taken as the text
 * itself. Pure, and total on text and bytes: whatever they hold is said as findings. Only a caller's
 * mistake throws (a TypeError): an input that is neither, a framework given by its id.
 */
export function readAssessments(input: TextOrBytes, options: ReadAssessmentsOptions = {}): AssessmentFile {
  const bytes = bytesOf(input, "readAssessments");
  frameworkOption(options.framework, "readAssessments");
  delimiterOption(options.delimiter, "readAssessments");
  if (options.lean) {
    const reader = new LeanReader(options);
    reader.push(bytes);
    return reader.end();
  }
  const { framework, reading, building } = settings(options);
  return buildAssessments(readTable(bytes, reading), framework, building);
}

/** How a file is read and built, as the CLI reads: the options' framework, or spbe-2020. */
function settings(options: ReadAssessmentsOptions) {
  const framework = options.framework ?? builtinFramework(DEFAULT_FRAMEWORK_ID)!;
  const file = options.file ?? "input.csv";
  // below a sheet title, the header is the first of the next rows that is one (file/title-rows)
  const reading = { file, delimiter: options.delimiter, isHeader: (cells: readonly string[]) => isTableHeader(cells, options.valueColumn) };
  // as the CLI reads: a file that fits another bundled framework is said to (one framework/mismatch
  // finding, "use --framework pemdi-2026") rather than as dozens of unknown and missing rows; a
  // framework given is the user's choice, as --framework is
  const building = {
    ...options,
    alternatives: options.alternatives ?? builtinFrameworks,
    explicit: options.explicit ?? options.framework !== undefined,
  };
  return { framework, file, reading, building };
}

/**
 * `readAssessments` with `lean` (levels only), for bytes that arrive in pieces (`push`; a national
 * file read a mebibyte at a time): the rows go to the builder a slice at a time and, once it reads
 * rows one by one, most lines go to it straight from the text (its lane), as rank reads. Held whole,
 * a million-row file's rows took 400 MB; a lean build keeps a few hundred bytes an assessment, and
 * no `table` (a one-file diff, which reads the rows again, reads whole). Nothing of a piece is kept
 * once pushed.
 */
export class LeanReader {
  private readonly reader: TableReader;
  private readonly builder: AssessmentBuilder;
  private headed = false;
  private laneWanted = true;

  private readonly fresh: () => AssessmentBuilder;

  constructor(options: ReadAssessmentsOptions) {
    const { framework, file, reading, building } = settings(options);
    this.reader = new TableReader(reading);
    this.fresh = () => new AssessmentBuilder(file, framework, { ...building, lean: true });
    this.builder = this.fresh();
  }

  push(bytes: Uint8Array): void {
    pushSliced(this.reader, bytes, (part) => {
      this.take(part.rows);
      if (this.laneWanted && this.builder.laneInto(this.reader, (rows) => this.take(rows))) this.laneWanted = false;
    });
  }

  end(): AssessmentFile {
    const done = this.reader.end();
    // a file that is not text after all (a NUL past the first slice) gives no assessments, as read whole
    if (this.reader.binary) return this.fresh().end(done);
    this.take(done.rows);
    return this.builder.end(done);
  }

  private take(rows: readonly CsvRecord[]): void {
    if (!this.headed) {
      if (!this.reader.header) return;
      this.builder.header(this.reader.header, this.reader.dialect!);
      this.headed = true;
    }
    this.builder.rows(rows);
  }
}
