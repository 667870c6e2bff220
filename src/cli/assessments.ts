import { type AssessmentFile, type BuildOptions, buildAssessments } from "../assessment/build.js";
import type { Framework } from "../frameworks/types.js";
import { readTable, type Table, unreadTable } from "../io/table.js";
import { CLI } from "../messages/cli.js";
import type { Context } from "./context.js";
import { cliError } from "./errors.js";
import { type Loaded, loadFile, loadStdin } from "./io.js";

export interface ReadInputOptions extends BuildOptions {
  readonly delimiter?: string | undefined;
  readonly maxBytes: number;
  readonly stdinName?: string | undefined;
}

/** Loads one named input ("-" = stdin) into a table. Read once: stdin cannot be read twice. */
export async function readInputTable(ctx: Context, name: string, options: ReadInputOptions): Promise<Table> {
  const loaded: Loaded = name === "-" ? await loadStdin(ctx, options.stdinName ?? "-", options.maxBytes) : loadFile(ctx, name, options.maxBytes);
  return loaded.ok ? readTable(loaded.bytes, { file: loaded.name, delimiter: options.delimiter }) : unreadTable(loaded.name, loaded.finding);
}

/** Loads one named input ("-" = stdin) and reads it into assessments. */
export async function readAssessmentFile(ctx: Context, name: string, framework: Framework, options: ReadInputOptions): Promise<AssessmentFile> {
  return buildAssessments(await readInputTable(ctx, name, options), framework, options);
}

/** stdin can be read once: `score - -` would score an empty second file. */
export function refuseRepeatedStdin(inputs: readonly string[]): void {
  if (inputs.filter((i) => i === "-").length > 1) {
    throw cliError(CLI.stdinTwice);
  }
}

const DELIMITER_WORDS: Record<string, string> = { ",": ",", ";": ";", tab: "\t", "\\t": "\t", "\t": "\t", "|": "|", comma: ",", semicolon: ";" };

/** `--delimiter`: one of , ; tab | (also spelled comma, semicolon, \t). */
export function parseDelimiter(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const d = DELIMITER_WORDS[text.toLowerCase()];
  if (!d) throw cliError(CLI.badDelimiter, { value: text });
  return d;
}
