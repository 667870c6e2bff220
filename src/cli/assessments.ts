import { type AssessmentFile, type BuildOptions, buildAssessments } from "../assessment/build.js";
import type { Framework } from "../frameworks/types.js";
import { readTable, unreadTable } from "../io/table.js";
import type { Context } from "./context.js";
import { cliError } from "./errors.js";
import { type Loaded, loadFile, loadStdin } from "./io.js";

export interface ReadInputOptions extends BuildOptions {
  readonly delimiter?: string | undefined;
  readonly maxBytes: number;
  readonly stdinName?: string | undefined;
}

/** Loads one named input ("-" = stdin) and reads it into assessments. */
export async function readAssessmentFile(ctx: Context, name: string, framework: Framework, options: ReadInputOptions): Promise<AssessmentFile> {
  const loaded: Loaded =
    name === "-" ? await loadStdin(ctx, options.stdinName ?? "-", options.maxBytes) : loadFile(ctx, name, options.maxBytes);
  const table = loaded.ok
    ? readTable(loaded.bytes, { file: loaded.input.name, delimiter: options.delimiter })
    : unreadTable(loaded.input.name, loaded.finding);
  return buildAssessments(table, framework, options);
}

const DELIMITER_WORDS: Record<string, string> = { ",": ",", ";": ";", tab: "\t", "\\t": "\t", "\t": "\t", "|": "|", comma: ",", semicolon: ";" };

/** `--delimiter`: one of , ; tab | (also spelled comma, semicolon, \t). */
export function parseDelimiter(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const d = DELIMITER_WORDS[text.toLowerCase()];
  if (!d) throw cliError(`--delimiter '${text}' tidak dikenal: pakai , ; tab atau |`, `unknown --delimiter '${text}': use , ; tab or |`);
  return d;
}
