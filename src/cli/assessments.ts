import { type AssessmentFile, type BuildOptions, buildAssessments } from "../assessment/build.js";
import { type Delimiter, readAssessments } from "../assessment/read.js";
import type { Framework } from "../frameworks/types.js";
import { unreadTable } from "../io/table.js";
import { CLI } from "../messages/cli.js";
import type { Context } from "./context.js";
import { cliError } from "./errors.js";
import { type Loaded, loadFile, loadStdin } from "./io.js";

export interface ReadInputOptions extends BuildOptions {
  readonly delimiter?: Delimiter | undefined;
  readonly maxBytes: number;
  readonly stdinName?: string | undefined;
}

/**
 * Loads one named input ("-" = stdin, read once) and reads it into assessments
 * with the library's `readAssessments`; an input that could not be read becomes
 * a file with the finding that says why.
 */
export async function readAssessmentFile(ctx: Context, name: string, framework: Framework, options: ReadInputOptions): Promise<AssessmentFile> {
  const loaded: Loaded = name === "-" ? await loadStdin(ctx, options.stdinName ?? "-", options.maxBytes) : loadFile(ctx, name, options.maxBytes);
  if (!loaded.ok) return buildAssessments(unreadTable(loaded.name, loaded.finding), framework, options);
  return readAssessments(loaded.bytes, { framework, file: loaded.name, delimiter: options.delimiter, valueColumn: options.valueColumn });
}

/** stdin can be read once: `score - -` would score an empty second file. */
export function refuseRepeatedStdin(inputs: readonly string[]): void {
  if (inputs.filter((i) => i === "-").length > 1) {
    throw cliError(CLI.stdinTwice);
  }
}

const DELIMITER_WORDS: Record<string, Delimiter> = { ",": ",", ";": ";", tab: "\t", "\\t": "\t", "\t": "\t", "|": "|", comma: ",", semicolon: ";" };

/** `--delimiter`: one of , ; tab | (also spelled comma, semicolon, \t). */
export function parseDelimiter(text: string | undefined): Delimiter | undefined {
  if (text === undefined) return undefined;
  const d = DELIMITER_WORDS[text.toLowerCase()];
  if (!d) throw cliError(CLI.badDelimiter, { value: text });
  return d;
}
