import type { Command } from "commander";
import type { Framework, PredikatBasis } from "../../frameworks/types.js";
import { CLI, HELP } from "../../messages/cli.js";
import type { Translator } from "../../messages/text.js";
import { type CommandName, formatsOf } from "../../report/registry.js";
import { targetPredikat } from "../../scoring/target-predikat.js";
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import type { LocalCommand } from "../program.js";

/** Runs a command body with the decided context and records its exit code. */
export type Runner = (cmd: Command, body: (ctx: Context) => Promise<number>) => Promise<void>;

/**
 * How a command module adds itself to the program. A command is two files:
 * `x.ts` declares its arguments and options (every run needs them, for
 * parsing and help) and `x-run.ts` holds its body, imported when the command
 * runs, so that a run loads only its own command's code (start-up time:
 * scripts/bundle.mjs, README "Kinerja / Performance").
 */
export type Define = (program: LocalCommand, run: Runner, t: Translator) => Command;

/** Options of every command that reads assessment files. */
export function inputOptions(cmd: Command, t: Translator): Command {
  return (
    cmd
      .option("--framework <id|path>", t(HELP.framework))
      .option("--delimiter <char>", t(HELP.delimiter))
      .option("--without-external", t(HELP.withoutExternal))
      .option("--max-bytes <size>", t(HELP.maxBytes))
      .option("--stdin-name <path>", t(HELP.stdinName))
      // given twice, both lists count: the second replaced the first, and its codes were reported again
      .option("--ignore <codes>", t(HELP.ignore), (codes: string, before?: string) => (before === undefined ? codes : `${before},${codes}`))
  );
}

/**
 * `-f, --format` with the command's formats from the renderer registry (the
 * first is the default; no commander default, so an explicit `--format` can be
 * told from none when `-o`'s extension or `--excel` choose), and `-o`.
 */
export function outputOptions(cmd: Command, command: CommandName, t: Translator): Command {
  const formats = formatsOf(command);
  const format = cmd.createOption("-f, --format <format>", t(HELP.format));
  // for help only: the choices are checked, and the default applied, by cli/output.ts
  format.argChoices = formats;
  format.defaultValueDescription = formats[0]!;
  return outputOption(cmd.addOption(format), t);
}

/** `-o, --output <file>`; `-o -` is stdout (main.ts turns it into no -o at all). */
export function outputOption(cmd: Command, t: Translator): Command {
  return cmd.option("-o, --output <file>", t(HELP.output));
}

/** `--predikat-basis exact|displayed`: overrides the framework's rule for the year, for every command that gives a predikat. */
export function basisOption(cmd: Command, t: Translator): Command {
  const option = cmd.createOption("--predikat-basis <basis>", t(HELP.predikatBasis));
  option.argChoices = ["exact", "displayed"];
  return cmd.addOption(option);
}

/**
 * A whole number as every count option reads it (--top, --max-warnings, --budget in steps, --max-step,
 * --target-rank): spaces around it and leading zeros allowed, and one larger than any input can need
 * taken as that many (clamped, never Infinity). They drifted apart: " 3" was 3 for rank's --top and
 * refused by diff's, "03" refused by --max-step alone, and a long number was told "must be a whole
 * number, 1 or more". Null when it is no whole number; each option checks its own least value.
 */
export function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Math.min(Number(t), Number.MAX_SAFE_INTEGER) : null;
}

/**
 * `--top N` of rank and diff: a count of 1 or more (`wholeNumber`). --top 0 would list nothing under a
 * heading that says "ranks 1–0" (rank) or "0 of 25 shown" (diff).
 */
export function parseTop(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const top = wholeNumber(text);
  if (top === null || top < 1) throw usageError(CLI.badPositiveCount, { flag: "--top", value: text });
  return top;
}

export function parseBasis(text: string | undefined): PredikatBasis | undefined {
  if (text === undefined) return undefined;
  // in any case, as the other words options take (--lang EN, --jenis Mandiri, --kategori Kabupaten)
  const basis = text.trim().toLowerCase();
  if (basis !== "exact" && basis !== "displayed") throw usageError(CLI.badBasis, { value: text });
  return basis;
}

/** What a refused `--target` is told (CLI.badTarget): the framework's scale and its predikat with a lower edge. */
export function badTargetArgs(framework: Framework, value: string): { value: string; max: number; names: string } {
  return { value, max: framework.levels.max, names: targetPredikat(framework).join(", ") };
}
