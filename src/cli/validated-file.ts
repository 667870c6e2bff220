import { buildAssessments } from "../assessment/build.js";
import type { ValidatedFile } from "../assessment/validate.js";
import { builtinFrameworks } from "../frameworks/builtin.js";
import type { Framework } from "../frameworks/types.js";
import { unreadTable } from "../io/table.js";
import { readInput } from "../results/input.js";
import { withTargetFindings } from "../results/target-cells.js";
import type { ReadInputOptions } from "./assessments.js";
import type { Context } from "./context.js";
import { type Loaded, loadFile, loadStdin, statOrNull, systemPath } from "./io.js";

// Apart from cli/assessments.ts, which score, diff and plan load too: the result-table reader
// behind readInput is validate's alone, and stays off their path.

/**
 * Files at least this large are read as rank reads them (`streamInput`): a mebibyte at a time, V8's
 * heap kept small. Read whole, a national file's million rows (32 MB, within the default --max-bytes)
 * were held as bytes beside a heap left to grow: peak 112 MB, and 177 MB for 2 M rows under a
 * raised --max-bytes (README, Kinerja). A usual file is read whole, and its run never loads the stream.
 */
// heap.ts's NATIONAL_SIZE, from which rank keeps the heap small: not imported, so that a usual run loads nothing
// more (test/validate-cli.test.ts holds the two equal)
export const STREAM_FROM = 16 << 20;

/**
 * One input of `validate`: a file of assessments by indicator, or a result
 * table (told by its header), read under --max-bytes. `path` is where
 * the bytes are (the bundled `nasional-2024` lives in the package), `name` what
 * the findings say.
 */
export async function readValidatedFile(
  ctx: Context,
  name: string,
  framework: Framework,
  options: ReadInputOptions,
  path = name,
  streamFrom = STREAM_FROM,
): Promise<ValidatedFile> {
  // (a size that cannot be told reads whole, and `loadFile` says why it cannot be read)
  if (path !== "-" && (statOrNull(systemPath(ctx.cwd, path))?.size ?? -1) >= streamFrom) {
    const { streamInput } = await import("./stream.js");
    const input = await streamInput(ctx, name, path, {
      framework,
      frameworks: builtinFrameworks(),
      explicit: options.explicit ?? false,
      delimiter: options.delimiter,
      maxBytes: options.maxBytes,
      lean: true,
    });
    return withTargetFindings(input);
  }
  const loaded: Loaded = path === "-" ? await loadStdin(ctx, options.stdinName ?? "-", options.maxBytes) : loadFile(ctx, path, options.maxBytes);
  if (!loaded.ok) return buildAssessments(unreadTable(name, loaded.finding), framework, options);
  // lean: validate needs each assessment's findings, never its values, and a national file's twenty
  // thousand assessments kept their IndicatorValue objects (1 M rows: 410 MB; as JUnit 1.2 GB)
  const input = readInput(loaded.bytes, { ...options, framework, frameworks: builtinFrameworks(), file: path === "-" ? loaded.name : name, lean: true });
  // its target cells read as trend reads them: a CI check passes no RPJMD table whose targets trend sets aside
  return withTargetFindings(input);
}
