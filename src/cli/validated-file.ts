import { buildAssessments } from "../assessment/build.js";
import type { ValidatedFile } from "../assessment/validate.js";
import { builtinFrameworks } from "../frameworks/builtin.js";
import type { Framework } from "../frameworks/types.js";
import { unreadTable } from "../io/table.js";
import { readInput } from "../results/input.js";
import { withTargetFindings } from "../results/target-cells.js";
import type { ReadInputOptions } from "./assessments.js";
import type { Context } from "./context.js";
import { type Loaded, loadFile, loadStdin } from "./io.js";

// Apart from cli/assessments.ts, which score, diff and plan load too: the result-table reader
// behind readInput is validate's alone, and stays off their path.

/**
 * One input of `validate`: a file of assessments by indicator, or a result
 * table (told by its header), read whole under --max-bytes. `path` is where
 * the bytes are (the bundled `nasional-2024` lives in the package), `name` what
 * the findings say.
 */
export async function readValidatedFile(ctx: Context, name: string, framework: Framework, options: ReadInputOptions, path = name): Promise<ValidatedFile> {
  const loaded: Loaded = path === "-" ? await loadStdin(ctx, options.stdinName ?? "-", options.maxBytes) : loadFile(ctx, path, options.maxBytes);
  if (!loaded.ok) return buildAssessments(unreadTable(name, loaded.finding), framework, options);
  // lean: validate needs each assessment's findings, never its values, and a national file's twenty
  // thousand assessments kept their IndicatorValue objects (1 M rows: 410 MB; as JUnit 1.2 GB)
  const input = readInput(loaded.bytes, { ...options, framework, frameworks: builtinFrameworks(), file: path === "-" ? loaded.name : name, lean: true });
  // its target cells read as trend reads them: a CI check passes no RPJMD table whose targets trend sets aside
  return withTargetFindings(input);
}
