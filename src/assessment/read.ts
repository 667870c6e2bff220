import { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "../frameworks/builtin.js";
import type { Framework } from "../frameworks/types.js";
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
 * itself. Pure and total: it never throws on any input.
 */
export function readAssessments(input: string | Uint8Array, options: ReadAssessmentsOptions = {}): AssessmentFile {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
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
  if (options.lean) return readLean(bytes, new TableReader(reading), new AssessmentBuilder(file, framework, building));
  return buildAssessments(readTable(bytes, reading), framework, building);
}

/**
 * A lean reading (levels only) never holds the file's rows: they go to the builder a slice at a
 * time, and once it reads rows one by one, most lines go to it straight from the text (its lane),
 * as rank reads a national file. Held whole, a million-row file's rows took 400 MB; a lean build
 * keeps a few hundred bytes an assessment. So it has no `table` (a one-file diff, which reads the
 * rows again, reads whole).
 */
function readLean(bytes: Uint8Array, reader: TableReader, builder: AssessmentBuilder): AssessmentFile {
  let headed = false;
  let laneWanted = true;
  const take = (rows: readonly CsvRecord[]) => {
    if (!headed) {
      if (!reader.header) return;
      builder.header(reader.header, reader.dialect!);
      headed = true;
    }
    builder.rows(rows);
  };
  pushSliced(reader, bytes, (part) => {
    take(part.rows);
    const lane = laneWanted ? builder.lane() : null;
    if (lane === null) return;
    laneWanted = false;
    reader.useLane(lane, take);
  });
  const done = reader.end();
  take(done.rows);
  return builder.end(done);
}
