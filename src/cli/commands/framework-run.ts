import type { Command } from "commander";
import { builtinFrameworks } from "../../frameworks/builtin.js";
import { regulationIndicatorCount } from "../../frameworks/types.js";
import { CLI } from "../../messages/cli.js";
import type { FrameworkView } from "../../report/framework.js";
import { terminalSafe } from "../../report/text.js";
import type { Context } from "../context.js";
import { cliError, usageError } from "../errors.js";
import { lstatOrNull, refuseOutputOverInput, systemPath } from "../io.js";
import { chooseRenderer, emitOutput, type OutputOptions, refuseOtherExtension, writeReport } from "../output.js";
import { bundledFramework, frameworkFiles, readFrameworkFile, resolveFramework } from "../resolve-framework.js";

/**
 * `spbe framework [id|path]` shows the bundled list or one framework;
 * `spbe framework check <file>` and `spbe framework schema` are subcommands.
 * Commander dispatches to a subcommand when the first operand names one and
 * runs this command's own action otherwise, so no id or path is taken from
 * users (a file called `check` is still `./check`). `framework`'s options are
 * parsed wherever they are on the line (as the global ones are), so the
 * subcommands see them too: `schema` writes to its `-o`, and any other of
 * them given to a subcommand is refused rather than ignored.
 */

export async function framework(ctx: Context, id: string | undefined, options: OutputOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, frameworkFiles(id));
  const entry = await chooseRenderer(ctx, "framework", options);
  const view: FrameworkView =
    id === undefined ? { kind: "list", frameworks: builtinFrameworks() } : { kind: "detail", framework: await resolveFramework(ctx, id, ["check", "schema"]) };
  await writeReport(ctx, entry, options, view, []);
  return 0;
}

/** `framework`'s options, as a subcommand sees them; one it does not use is refused rather than silently ignored. */
function parentOptions(c: Command, uses: readonly (keyof OutputOptions)[]): OutputOptions {
  const parent = c.parent?.opts<OutputOptions>() ?? {};
  for (const [key, option] of [
    ["format", "--format"],
    ["output", "--output"],
  ] as const) {
    if (parent[key] !== undefined && !uses.includes(key)) throw usageError(CLI.optionNotForSubcommand, { option, command: c.name() });
  }
  return parent;
}

/**
 * Every problem of one framework file, each with its line, column and JSON
 * path, on stdout; the verdict on stderr (as `spbe validate`). Exit 0 valid,
 * 1 invalid, 2 when the file cannot be read.
 */
export async function checkFramework(ctx: Context, c: Command, file: string): Promise<number> {
  parentOptions(c, []);
  // its problems on stdout: `framework check k.json >> k.json` appended them to the file it checked
  refuseOutputOverInput(ctx, undefined, [file]);
  // a bundled id where no file is: "cannot read 'spbe-2020': not there; perhaps: spbe-2020" went in a circle
  const builtin = bundledFramework(file);
  // (nothing there at all: a link named so, even a broken one, is the user's file and is read)
  if (builtin && lstatOrNull(systemPath(ctx.cwd, file)) === null) throw cliError(CLI.checkBundled, { id: builtin.id });
  const text = readFrameworkFile(ctx, file);
  const { parseFrameworkText } = await import("../../frameworks/load.js");
  const result = parseFrameworkText(text);
  const name = terminalSafe(file);
  if (result.ok) {
    const f = result.framework;
    const counts = { aspects: f.aspects.length, indicators: regulationIndicatorCount(f) };
    ctx.stderr.write(`${ctx.t(CLI.frameworkValid, { name, id: terminalSafe(f.id), ...counts })}\n`);
    return 0;
  }
  const { renderFrameworkProblems } = await import("../../report/framework-check.js");
  ctx.stdout.write(`${renderFrameworkProblems(file, result.problems, ctx.lang, await ctx.color())}\n`);
  ctx.stderr.write(`${ctx.t(CLI.frameworkProblems, { name, count: result.problems.length })}\n`);
  if (result.stage === "text") ctx.stderr.write(`${ctx.t(CLI.frameworkSchemaLater)}\n`);
  if (result.stage === "schema") ctx.stderr.write(`${ctx.t(CLI.frameworkRulesLater)}\n`);
  return 1;
}

/** The JSON Schema of the framework file format, generated from the zod schema (loaded only here). */
export async function printSchema(ctx: Context, c: Command): Promise<number> {
  const { output } = parentOptions(c, ["output"]);
  const { frameworkJsonSchema } = await import("../../frameworks/json-schema.js");
  await refuseOtherExtension(ctx, "framework schema", output, ".json");
  await emitOutput(ctx, output, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
  return 0;
}
