import { builtinFramework, DEFAULT_FRAMEWORK_ID } from "../frameworks/builtin.js";
import type { Framework } from "../frameworks/types.js";
import { pushSliced, readTable, type TablePart, TableReader } from "../io/table.js";
import { AssessmentBuilder, type AssessmentFile, type BuildOptions, buildAssessments } from "./build.js";

/** The column delimiters a file may use; without one it is sniffed from the header line. */
export type Delimiter = "," | ";" | "\t" | "|";

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
 * itself. Pure and total: it never throws on any input.
 */
export function readAssessments(input: string | Uint8Array, options: ReadAssessmentsOptions = {}): AssessmentFile {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const framework = options.framework ?? builtinFramework(DEFAULT_FRAMEWORK_ID)!;
  const table = readTable(bytes, { file: options.file ?? "input.csv", delimiter: options.delimiter });
  return buildAssessments(table, framework, options);
}

/**
 * `readAssessments` for bytes that arrive in pieces (a national file read in
 * chunks): `push` each piece, then `end`. Only each assessment's levels are
 * kept, never the file or its rows, so memory follows the number of
 * assessments rather than the size of the file; with `lean: true` a few
 * hundred bytes each. The same findings and assessments as `readAssessments`
 * on the whole input (test/lean.test.ts), without the `table`, which a
 * streaming read never holds.
 */

export class AssessmentReader {
  private readonly reader: TableReader;
  private readonly builder: AssessmentBuilder;
  private headed = false;

  constructor(options: ReadAssessmentsOptions = {}) {
    const file = options.file ?? "input.csv";
    this.reader = new TableReader({ file, delimiter: options.delimiter });
    this.builder = new AssessmentBuilder(file, options.framework ?? builtinFramework(DEFAULT_FRAMEWORK_ID)!, options);
  }

  push(bytes: Uint8Array): void {
    pushSliced(this.reader, bytes, (part) => this.take(part));
  }

  end(): AssessmentFile {
    const end = this.reader.end();
    this.take(end);
    return this.builder.end(end);
  }

  private take(part: TablePart): void {
    if (!this.headed && this.reader.header) {
      this.builder.header(this.reader.header, this.reader.dialect!);
      this.headed = true;
    }
    if (part.rows.length > 0) this.builder.rows(part.rows);
  }
}
