import type { Finding } from "../core/findings.js";
import { CLI, FORMAT } from "../messages/cli.js";
import type { RenderOptions } from "../report/options.js";
import { plain } from "../report/paint.js";
import {
  type CommandName,
  formatForExtension,
  formatsOf,
  knownExtension,
  type Models,
  RENDERERS,
  type RendererEntry,
  rendererFor,
} from "../report/registry.js";
import { terminalSafe } from "../report/text.js";
import type { Context } from "./context.js";
import { cliError, usageError } from "./errors.js";
import type { Writes } from "./foreign-output.js";
import { emit, type Output } from "./write.js";

/** The output options every command with formats has. */
export interface OutputOptions {
  readonly format?: string | undefined;
  readonly output?: string | undefined;
  readonly excel?: boolean | undefined;
}

/**
 * The renderer a run asked for: `--format`, else what `--excel` implies (csv),
 * else the `-o` file's extension (hasil.json → json), else the command's first
 * format. The three must agree: `--excel --format json`, or `--format csv -o
 * hasil.json`, is a usage error rather than a file that is not what its name says. So is a name of
 * a format spbe does not write (hasil.xlsx, laporan.pdf: `foreignOutput`), before anything is read.
 */
export async function chooseRenderer<C extends CommandName>(ctx: Context, command: C, options: OutputOptions): Promise<RendererEntry<Models[C]>> {
  const choices = formatsOf(command);
  // in any case, as --lang EN and -o X.JSON are read: --format JSON was refused
  const explicit = options.format?.trim().toLowerCase();
  if (explicit !== undefined && !choices.includes(explicit)) {
    throw usageError(CLI.badFormat, { format: explicit, command, choices: choices.join(", ") });
  }
  if (options.excel && explicit !== undefined && explicit !== "csv") throw usageError(FORMAT.excelNeedsCsv, { format: explicit });
  const inferred = options.output === undefined ? undefined : formatForExtension(command, options.output);
  // plain text (".txt", ".log") promises no structure: an explicit format is written under it, as under
  // ".out" (`validate --format github -o anotasi.log`, a CI artifact, stopped with exit 2)
  const plain = inferred === "table" || inferred === "text";
  if (explicit !== undefined && inferred !== undefined && inferred !== explicit && !plain && !(options.excel && inferred === "csv")) {
    throw usageError(FORMAT.contradictsExtension, { format: explicit, name: options.output!, inferred });
  }
  // without --format, a name must not promise another document than the one written: `--excel -o
  // hasil.json` (or `score --excel -o x.xml`) would be a CSV, `validate -o laporan.html` the text format
  if (explicit === undefined && options.output !== undefined) {
    // (a plain-text name promises nothing here either: `--excel -o hasil.txt` is `--format csv -o hasil.txt`)
    const promised = plain ? undefined : (inferred ?? knownExtension(options.output));
    if (options.excel && promised !== undefined && promised !== "csv") {
      throw usageError(FORMAT.excelContradictsExtension, { name: options.output, inferred: promised });
    }
    if (!options.excel && inferred === undefined && promised !== undefined) {
      throw usageError(FORMAT.extensionNotAFormat, { name: options.output, extension: promised, command, choices: choices.join(", ") });
    }
  }
  if (options.output !== undefined && inferred === undefined) {
    const entries = RENDERERS[command] as readonly RendererEntry<Models[C]>[];
    await refuseForeignOutput(
      ctx,
      options.output,
      { formats: choices, extensionOf: (f) => entries.find((e) => e.format === f)?.extensions[0] },
      explicit,
      options,
    );
  }
  const format = explicit ?? (options.excel && choices.includes("csv") ? "csv" : undefined) ?? inferred ?? choices[0]!;
  return rendererFor(command, format)!;
}

/**
 * `foreignOutput` for a name with an extension no format of ours has (hasil.xlsx, not hasil.csv, run.log
 * or hasil): its table and words load only then. A refusal is thrown; a warning goes to stderr.
 */
async function refuseForeignOutput(ctx: Context, output: string, writes: Writes, format: string | undefined, options: OutputOptions): Promise<void> {
  if (!/\.[A-Za-z0-9]+$/.test(output) || knownExtension(output) !== undefined || /\.(txt|log)$/i.test(output)) return;
  const { foreignOutput } = await import("./foreign-output.js");
  const warning = foreignOutput(output, writes, format, options.excel === true);
  if (warning) ctx.stderr.write(`spbe: ${terminalSafe(warning[ctx.lang])}\n`);
}

/**
 * For a command that writes one document (template: CSV; framework schema: JSON): an `-o` whose
 * extension names another (`template -o t.json`, `framework schema -o s.md`) is refused as
 * `chooseRenderer` refuses it for the others, not written as what its name is not.
 */
export async function refuseOtherExtension(ctx: Context, command: string, output: string | undefined, written: ".csv" | ".json"): Promise<void> {
  if (output === undefined) return;
  const extension = knownExtension(output);
  if (extension !== undefined && extension !== written) {
    throw usageError(FORMAT.oneFormatOnly, { name: output, command, format: written.slice(1) });
  }
  const format = written.slice(1);
  await refuseForeignOutput(ctx, output, { formats: [format], extensionOf: (f) => (f === format ? written : undefined) }, undefined, {});
}

/** Columns to fit human tables into: only when writing to a terminal. */
function terminalWidth(ctx: Context): number {
  // a pseudo-terminal may report 0 columns: then COLUMNS, then 80
  const fromEnv = Number(ctx.env.COLUMNS);
  const reported = ctx.stdout.columns;
  return reported !== undefined && reported > 0 ? reported : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

export async function renderOptions(ctx: Context, entry: { readonly human: boolean }, options: OutputOptions): Promise<RenderOptions> {
  const toTerminal = entry.human && options.output === undefined;
  return {
    lang: ctx.lang,
    color: toTerminal ? await ctx.color() : plain,
    excel: options.excel === true,
    width: toTerminal && ctx.stdout.isTTY ? terminalWidth(ctx) : null,
  };
}

/**
 * Renders the model with the renderer `chooseRenderer` picked (before anything
 * was read, so a bad --format costs nothing) and writes it to `-o` (atomically) or
 * stdout. Findings the document does not carry go to stderr, one line each, so
 * stdout stays the requested output only. `quietWhenEmpty`: a line-per-finding
 * output with nothing to say writes nothing to stdout (a clean `validate`).
 *
 * A renderer with `loadPieces` is written as it is made (`quietWhenEmpty` looks
 * only as far as its first piece with text). To `-o` that is still all or
 * nothing; stdout is a stream, as it is for any Unix tool: a renderer that fails
 * half-way (a bug, exit 2) leaves what it had written there.
 */
export async function writeReport<M>(
  ctx: Context,
  entry: RendererEntry<M>,
  options: OutputOptions,
  model: M,
  findings: readonly Finding[],
  quietWhenEmpty = false,
): Promise<void> {
  const settings = await renderOptions(ctx, entry, options);
  if (entry.loadPieces) {
    const pieces = (await entry.loadPieces())(model, settings)[Symbol.iterator]();
    const next = () => {
      try {
        return pieces.next();
      } catch (error) {
        throw tooLong(error, entry.format);
      }
    };
    let first = next();
    while (!first.done && first.value === "") first = next();
    if (!(quietWhenEmpty && first.done && options.output === undefined)) await emitOutput(ctx, options.output, from(first, next));
  } else {
    const render = await entry.load();
    const out = renderWithin(render, model, settings, entry.format);
    if (!(quietWhenEmpty && out === "" && options.output === undefined)) await emitOutput(ctx, options.output, out);
  }
  if (!entry.carriesFindings && findings.length > 0) await sayFindings(ctx, findings);
}

/** Findings as lines on stderr. Loaded only when there is something to say: the catalogues are a sixth of a clean run's code. */
export async function sayFindings(ctx: Context, findings: readonly Finding[]): Promise<void> {
  const { renderFindingLines } = await import("../report/finding-lines.js");
  ctx.stderr.write(`${renderFindingLines(findings, ctx.lang, await ctx.errColor())}\n`);
}

/** The pieces of a document of which the first has been taken (to see whether there is any text). */
function* from(first: IteratorResult<string>, rest: () => IteratorResult<string>): Generator<string> {
  for (let next = first; !next.done; next = rest()) yield next.value;
}

/**
 * A document rendered whole: past V8's longest string (~512 MiB: the JSON or HTML of `score` over a million
 * rows) it ended "internal error: Invalid string length", exit 2 as a bug. Said as what it is, with the
 * formats written in pieces instead. (Only that RangeError: any other is still a bug.)
 */
function renderWithin<M>(render: (model: M, options: RenderOptions) => string, model: M, settings: RenderOptions, format: string): string {
  try {
    return render(model, settings);
  } catch (error) {
    throw tooLong(error, format);
  }
}

/**
 * V8's "Invalid string length" as the document being too long, any other error as it is. A document in
 * pieces can meet it too: a piece made whole (`jsonPieces`' fallback for a name that spells its marker).
 */
function tooLong(error: unknown, format: string): unknown {
  return error instanceof RangeError && /Invalid string length/.test(error.message) ? cliError(CLI.outputTooLarge, { format }) : error;
}

/** `emit`, with a write into a folder that is not there said as the folder (`asFolderMissing`, loaded only then). */
export async function emitOutput(ctx: Context, output: string | undefined, content: Output): Promise<void> {
  try {
    await emit(ctx, output, content);
  } catch (error) {
    throw output === undefined ? error : (await import("./write-error.js")).asFolderMissing(ctx, output, error);
  }
}
