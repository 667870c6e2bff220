import * as fs from "node:fs";
import * as path from "node:path";
import { buildAssessments } from "../../assessment/build.js";
import { type ValidatedFile, validate } from "../../assessment/validate.js";
import type { ExitPolicy } from "../../core/exit.js";
import { uniqueFindings } from "../../core/unique-findings.js";
import { CLI } from "../../messages/cli.js";
import { LABEL } from "../../messages/labels.js";
import { inBoth, say } from "../../messages/text.js";
import { exitNotes } from "../../report/exit-notes.js";
import { terminalSafe } from "../../report/text.js";
import { parseColumns, readInputTable, readOptionsOf, stdinNameOf } from "../assessments.js";
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import { parseIgnore } from "../ignore.js";
import { expandInputs } from "../inputs.js";
import { isOneOfInputs, osReason, parseMaxBytes, refuseOutputOverInput, systemPath } from "../io.js";
import { asNationalInput, NATIONAL_READING } from "../national.js";
import { chooseRenderer, type OutputOptions, renderOptions, writeReport } from "../output.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { readValidatedFile } from "../validated-file.js";
import { wholeNumber } from "./common.js";

export interface ValidateOptions extends OutputOptions {
  framework?: string;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
  strict?: boolean;
  maxWarnings?: string;
  stdinName?: string;
  ignore?: string;
  columns?: string;
}

/**
 * GitHub refuses a step summary over 1 MiB (and drops it whole); a national
 * file set can have tens of thousands of findings. The annotations and the log
 * carry all of them; the summary lists this many.
 */
const STEP_SUMMARY_MAX_FINDINGS = 1000;
/**
 * …and a thousand findings stay under it only while their values are short: an instansi's name is
 * not cut, and 800 findings of 3 000-character names made 1.3 MB. Fewer are listed until it fits.
 */
const STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;

export async function runValidate(ctx: Context, inputs: readonly string[], options: ValidateOptions): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  stdinNameOf(options);
  // before anything is read: against the arguments as given, then against what they expand to
  refuseOutputOverInput(ctx, options.output, [...inputs, ...frameworkFiles(options.framework)]);
  const entry = await chooseRenderer(ctx, "validate", options);
  const framework = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  const readOptions = readOptionsOf(options);
  const ignoring = parseIgnore(options.ignore, ctx.configured("ignore"));
  // the bundled national results by name (`validate nasional-2024`), then files, directories and globs
  const national = inputs.map((i) => asNationalInput(ctx, i));
  const paths = inputs.filter((_, k) => national[k] === null);
  const files = paths.length > 0 ? expandInputs(ctx, paths) : [];
  refuseOutputOverInput(ctx, options.output, files);
  if (options.stdinName !== undefined) (await import("../stdin-name.js")).sayUnusedStdinName(ctx, options.stdinName, files);
  const read: ValidatedFile[] = [];
  const columns = parseColumns(options.columns);
  // the bundled files are ours: their years choose their framework, whatever --framework or the config
  // says, and no --delimiter of the user's applies to them
  // (nor does its --framework: a framework file of one's own with spbe-2020's years read them by its bands)
  for (const n of national)
    if (n)
      read.push(
        ignoring.validated(
          // (nor --max-bytes: "nasional-2024 (58.3 KiB) is over the limit", exit 1, of the file rank reads whole)
          await readValidatedFile(
            ctx,
            n.name,
            NATIONAL_READING.framework,
            // (read whole: the reader's limit is a number, where the stream's is null)
            { ...readOptions, ...NATIONAL_READING, maxBytes: parseMaxBytes(undefined) },
            n.path,
          ),
        ),
      );
  for (const file of files) {
    if (columns === undefined) read.push(ignoring.validated(await readValidatedFile(ctx, file, framework, readOptions)));
    else {
      // a side-by-side file: each value column checked as its own assessment, the findings of both together
      const table = await readInputTable(ctx, file, { ...readOptions, valueColumn: columns[0] });
      // each side's assessments named by their column where the file names no jenis: "Kab X / 2024 / mandiri"
      const sides = columns.map((c) => {
        const side = ignoring.file(buildAssessments(table, framework, { ...readOptions, valueColumn: c }));
        return { ...side, assessments: side.assessments.map((a) => (a.jenis === null ? { ...a, jenis: c } : a)) };
      });
      read.push({ ...sides[0]!, assessments: sides.flatMap((s) => s.assessments), findings: uniqueFindings(sides.flatMap((s) => s.findings)) });
    }
  }

  const policy: ExitPolicy = { strict: options.strict, maxWarnings, maxWarningsFrom: ctx.configured("maxWarnings") };
  const ignored = { count: ignoring.count, codes: ignoring.list, ...(ignoring.from === undefined ? {} : { from: ignoring.from }) };
  // the list in force whenever one is given, whether or not it matched anything this run: a script reads the policy
  const report = { ...validate(read, policy), ...(ignoring.list.length > 0 ? { ignored } : {}) };
  const { findings } = report;
  // a clean run with a line-per-finding format prints nothing; a document (json, junit, markdown) is always written
  const workspace = ctx.env.GITHUB_WORKSPACE;
  const written = entry.format === "github" && workspace ? fromWorkspace(report, workspace, ctx.cwd) : report;
  await writeReport(ctx, entry, options, written, findings, true);

  const stepSummary = ctx.env.GITHUB_STEP_SUMMARY;
  if (entry.format === "github" && stepSummary !== undefined && stepSummary !== "") {
    const { renderValidateMarkdown } = await import("../../report/validate-markdown.js");
    const rendering = await renderOptions(ctx, entry, {});
    let maxFindings = STEP_SUMMARY_MAX_FINDINGS;
    let markdown = renderValidateMarkdown({ ...report, maxFindings }, rendering);
    for (let size = Buffer.byteLength(markdown); size > STEP_SUMMARY_MAX_BYTES && maxFindings > 0; size = Buffer.byteLength(markdown)) {
      maxFindings = Math.floor((maxFindings * STEP_SUMMARY_MAX_BYTES) / size / 1.05);
      markdown = renderValidateMarkdown({ ...report, maxFindings }, rendering);
    }
    // GitHub names the file; a summary pointed at one of the inputs by hand would grow a table in it
    if (isOneOfInputs(ctx, stepSummary, [...files, ...frameworkFiles(options.framework), ...national.flatMap((n) => (n ? [n.path] : []))])) {
      ctx.stderr.write(`spbe: ${ctx.t(CLI.stepSummaryIsInput, { name: terminalSafe(stepSummary) })}\n`);
    } else appendStepSummary(ctx, stepSummary, `${markdown}\n`);
  }

  // humans read the summary on stderr; stdout stays the requested output only
  const { errors, warnings } = report;
  ctx.stderr.write(`${ctx.t(LABEL.summary, { files: read.length, errors, warnings })}${ignoring.suffix(ctx)}\n`);
  // why it exits 1 when no error says it: `spbe:` as diff and plan say the same notes, and as every
  // line that stops or fails a run; the count above is a summary, like score's
  for (const note of exitNotes(report.reasons, ctx.lang)) ctx.stderr.write(`spbe: ${note}\n`);
  return report.exitCode;
}

/**
 * The report with each finding's file as GitHub matches annotations: from the repository's root
 * ($GITHUB_WORKSPACE), not from where the step runs. A step with `working-directory: data` wrote
 * `file=2024/a.csv` for data/2024/a.csv, and no annotation reached the pull request's diff (a CI
 * tester). A file outside the workspace keeps its name; `a//b/../c` is normalised either way.
 */
function fromWorkspace<R extends { readonly files: readonly ValidatedFile[] }>(report: R, workspace: string, cwd: string): R {
  const root = path.resolve(cwd, workspace);
  const named = new Map<string, string>();
  const nameOf = (file: string): string => {
    let name = named.get(file);
    if (name === undefined) {
      const rel = path.relative(root, path.resolve(cwd, file));
      name = rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : path.normalize(file);
      named.set(file, name);
    }
    return name;
  };
  return { ...report, files: report.files.map((f) => ({ ...f, findings: f.findings.map((x) => (x.file === "-" ? x : { ...x, file: nameOf(x.file) })) })) };
}

function parseMaxWarnings(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const limit = wholeNumber(text);
  if (limit === null) throw usageError(CLI.badCount, { flag: "--max-warnings", value: text });
  return limit;
}

/**
 * GitHub Actions collects `$GITHUB_STEP_SUMMARY` after the step and shows it on
 * the run's page. The file is shared by every command of the step, so it is
 * appended to, never replaced. A failure to write it is reported but does not
 * change the result: the annotations and the exit code already tell it.
 */
function appendStepSummary(ctx: Context, file: string, markdown: string): void {
  try {
    fs.appendFileSync(systemPath(ctx.cwd, file), markdown);
  } catch (error) {
    const reason = osReason(error);
    const text = inBoth((l) => say(l, CLI.stepSummaryUnwritable, { name: terminalSafe(file), reason: reason[l] }));
    ctx.stderr.write(`spbe: ${text[ctx.lang]}\n`);
  }
}
