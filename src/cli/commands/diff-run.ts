import type { AssessmentFile } from "../../assessment/build.js";
import { type DiffReport, failAboveThreshold } from "../../compare/diff.js";
import { diff, valueColumnPair } from "../../compare/report.js";
import { decideExit, type Threshold } from "../../core/exit.js";
import { parseDecimal } from "../../core/rational.js";
import { CLI } from "../../messages/cli.js";
import { exitNotes } from "../../report/exit-notes.js";
import { parseColumns, readAssessmentFile, readOptionsOf } from "../assessments.js";
import type { Context } from "../context.js";
import { cliError, usageError } from "../errors.js";
import { parseIgnore } from "../ignore.js";
import { expandOne, refuseExcess, refuseSameFile } from "../inputs.js";
import { refuseOutputOverInput } from "../io.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { parseBasis, parseTop } from "./common.js";

export interface DiffOptions extends OutputOptions {
  /** `--stdin-name` (every reading command has it: `inputOptions`) */
  stdinName?: string;
  framework?: string;
  frameworkB?: string;
  columns?: string;
  top?: string;
  failAbove?: string;
  strict?: boolean;
  ignore?: string;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
  predikatBasis?: string;
}

/** `--fail-above 0.5` (an index difference, decimal point or comma); `--top` is `parseTop`. */
function parseLimit(given: string | undefined) {
  if (given === undefined) return undefined;
  // spaces around it allowed, as around every number an option takes (" 0.5" was refused, "0,5" taken)
  const text = given.trim();
  if (!/^\d{1,2}(?:[.,]\d{1,4})?$/.test(text)) throw usageError(CLI.badNumber, { flag: "--fail-above", value: given });
  return { text, value: parseDecimal(text.replace(",", "."))! };
}

/**
 * A file diff refuses for its count, told by a lean reading (`refusedLean`): more assessments than
 * any form of diff takes from one file, a mandiri and its evaluasi (`sidesFromJenis`). Not one whose
 * values diff reads through two columns (`valueColumnPair`: --columns, or `mandiri` and `evaluasi`;
 * the rows are read again through each), which may group its rows otherwise.
 */
const tooManyToDiff = (file: AssessmentFile): boolean => file.assessments.length > 2 && valueColumnPair(file.header ?? []) === undefined;

/** `extra`: arguments past the two files (a name with spaces, unquoted), see `refuseExcess`. */
export async function runDiff(ctx: Context, fileA: string, fileB: string | undefined, options: DiffOptions, extra: readonly string[] = []): Promise<number> {
  const inputs = fileB === undefined ? [fileA] : [fileA, fileB];
  if (options.stdinName !== undefined) (await import("../stdin-name.js")).sayUnusedStdinName(ctx, options.stdinName, inputs);
  // first, where commander said it: before any option is judged
  refuseExcess("diff", 2, [...inputs, ...extra], ctx);
  if (inputs.filter((i) => i === "-").length > 1) throw cliError(CLI.stdinTwice);
  refuseOutputOverInput(ctx, options.output, [...inputs, ...frameworkFiles(options.framework, options.frameworkB)]);
  const entry = await chooseRenderer(ctx, "diff", options);
  const top = parseTop(options.top);
  const basis = parseBasis(options.predikatBasis);
  const failAbove = parseLimit(options.failAbove);
  if (fileB !== undefined && options.columns !== undefined) throw cliError(CLI.columnsNeedOneFile);
  const columns = parseColumns(options.columns);
  const frameworkA = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  const frameworkB = options.frameworkB === undefined ? frameworkA : await resolveScoringFramework(ctx, options.frameworkB, options.withoutExternal);
  const readOptions = readOptionsOf(options);
  const ignoring = parseIgnore(options.ignore, ctx.configured("ignore"));
  const readOptionsB = readOptionsOf(options, { explicit: options.framework !== undefined || options.frameworkB !== undefined });

  // each side is one file, a directory or glob naming one included: checked against -o as the file it is
  const pathA = expandOne(ctx, fileA, fileB === undefined ? [] : [fileB, ...extra]);
  const pathB = fileB === undefined ? undefined : expandOne(ctx, fileB, extra);
  refuseExcess("diff", 2, [...inputs, ...extra]);
  if (pathB !== undefined) refuseSameFile(ctx, pathA, pathB);
  refuseOutputOverInput(ctx, options.output, pathB === undefined ? [pathA] : [pathA, pathB]);
  // one file is read once (it may be stdin); `diff` takes it apart by value columns or by jenis
  // (--columns is a one-file diff's, read through them whatever the count: read whole, once)
  const refusedLean = columns === undefined ? tooManyToDiff : undefined;
  // (with --columns, its header is told by the first of them, as the table is read again through each)
  const a = await readAssessmentFile(ctx, pathA, frameworkA, { ...readOptions, refusedLean, ...(columns ? { valueColumn: columns[0] } : {}) });
  const b = pathB === undefined ? undefined : await readAssessmentFile(ctx, pathB, frameworkB, { ...readOptionsB, refusedLean });
  // --strict makes diff/unlike an error, which no --ignore takes out: one the user also ignores stays the warning it
  // is, and is ignored (it was an error without a word that the ignore went unheeded; validate keeps its so too)
  const strict = options.strict === true && !ignoring.ignoresWarningsOf("diff/unlike");
  const full = diff(a, b, { basis, strict, top, columns, build: readOptions });
  const findings = ignoring.findings(full.findings);
  const report: DiffReport = { ...full, findings };
  const { result } = report;
  await writeReport(ctx, entry, options, report, findings);

  const thresholds: Threshold[] = failAbove && result?.diff ? [failAboveThreshold(result.diff, failAbove.value, failAbove.text)] : [];
  const decision = decideExit(findings, {}, thresholds);
  ignoring.sayIgnored(ctx);
  for (const note of exitNotes(decision.reasons, ctx.lang)) ctx.stderr.write(`spbe: ${note}\n`);
  return decision.code;
}
