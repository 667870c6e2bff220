import { type AssessmentFile, type BuildOptions, buildAssessments, isTableHeader } from "../assessment/build.js";
import { type Delimiter, LeanReader, readAssessments } from "../assessment/read.js";
import { headerKey } from "../core/words-key.js";
import { builtinFrameworks } from "../frameworks/builtin.js";
import type { Framework } from "../frameworks/types.js";
import { readTable, type Table, unreadTable } from "../io/table.js";
import { CLI } from "../messages/cli.js";
import type { Context } from "./context.js";
import { cliError } from "./errors.js";
import { type Loaded, loadFile, loadStdin, parseMaxBytes, statOrNull, systemPath } from "./io.js";

export interface ReadInputOptions extends BuildOptions {
  readonly delimiter?: Delimiter | undefined;
  readonly maxBytes: number;
  readonly stdinName?: string | undefined;
  /** read an input of at least this many bytes lean (levels only, its rows never held): score's formats written an assessment at a time */
  readonly leanFrom?: number | undefined;
  /**
   * Whether a lean reading (`leanFrom`) drops what the command shows of this input: then it is read
   * again, whole. score's HTML shows bukti, catatan and pj, which a lean reading does not keep: a file
   * with one of those columns is read whole, any other lean (a national file has none).
   */
  readonly wholeWhen?: ((lean: AssessmentFile) => boolean) | undefined;
  /**
   * Whether the command refuses an input for what a lean reading of it shows (diff and plan: more
   * assessments than they take). An input of `COUNT_FROM` bytes or more is then read lean first, and
   * returned as read when this says so.
   */
  readonly refusedLean?: ((file: AssessmentFile) => boolean) | undefined;
}

/**
 * An input at least this large is read lean before a command that takes one or two assessments
 * (`refusedLean`) reads it whole: a national file given to diff or plan by mistake (a million rows,
 * within the default --max-bytes) read whole held every row and value of its 21 277 assessments —
 * diff 1.2 GB and 3.5 s, plan 0.7 GB — only to be refused for holding them. A usual file (a few
 * kilobytes) is read once, whole.
 */
const COUNT_FROM = 1 << 20;

/** The options of every command that reads assessments, as commander gives them. */
export interface InputFlags {
  readonly framework?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly maxBytes?: string | undefined;
  /** what findings call stdin (`-`); every command that reads inputs takes it, as validate did first */
  readonly stdinName?: string | undefined;
}

/**
 * How to read the inputs: the delimiter and size limit, and the bundled
 * frameworks to tell a file of another framework by (refused with a hint
 * unless --framework was given and the ids fit it).
 */
export function readOptionsOf(flags: InputFlags, extra: { readonly explicit?: boolean } = {}): ReadInputOptions {
  return {
    delimiter: parseDelimiter(flags.delimiter),
    maxBytes: parseMaxBytes(flags.maxBytes),
    stdinName: stdinNameOf(flags),
    // built only for a file that does not fit its framework
    alternatives: builtinFrameworks,
    explicit: extra.explicit ?? flags.framework !== undefined,
  };
}

/** One named input's bytes ("-" = stdin, read once), or the finding that says why it cannot be read. */
async function loadInput(ctx: Context, name: string, options: ReadInputOptions): Promise<Loaded> {
  return name === "-" ? await loadStdin(ctx, options.stdinName ?? "-", options.maxBytes) : loadFile(ctx, name, options.maxBytes);
}

/** Loads one named input ("-" = stdin, read once) into a table. */
export async function readInputTable(ctx: Context, name: string, options: ReadInputOptions): Promise<Table> {
  const loaded = await loadInput(ctx, name, options);
  // its header told as the reader tells it, through the value column read (--columns): a sheet title above is skipped
  const isHeader = (cells: readonly string[]) => isTableHeader(cells, options.valueColumn);
  return loaded.ok ? readTable(loaded.bytes, { file: loaded.name, delimiter: options.delimiter, isHeader }) : unreadTable(loaded.name, loaded.finding);
}

/** The assessments of a loaded input, read whole; one that could not be loaded is a file with the finding that says why. */
function assessmentsOf(loaded: Loaded, framework: Framework, options: ReadInputOptions): AssessmentFile {
  if (!loaded.ok) return buildAssessments(unreadTable(loaded.name, loaded.finding), framework, options);
  return readAssessments(loaded.bytes, { ...options, framework, file: loaded.name });
}

/**
 * Loads one named input ("-" = stdin, read once) and reads it into assessments
 * with the library's `readAssessments`; an input that could not be read becomes
 * a file with the finding that says why.
 */
export async function readAssessmentFile(ctx: Context, name: string, framework: Framework, options: ReadInputOptions): Promise<AssessmentFile> {
  // a size that cannot be told (nothing there, no permission) reads whole, and `loadFile` says why it cannot
  const size = name === "-" || options.leanFrom === undefined ? -1 : (statOrNull(systemPath(ctx.cwd, name))?.size ?? -1);
  if (options.leanFrom !== undefined && size >= options.leanFrom) return readLeanFile(ctx, name, size, framework, options);
  const loaded = await loadInput(ctx, name, options);
  if (loaded.ok && options.refusedLean && loaded.bytes.length >= COUNT_FROM) {
    // its findings are a whole reading's (the two readings cannot differ in what they make of a line)
    const reader = new LeanReader({ ...options, framework, file: loaded.name });
    reader.push(loaded.bytes);
    const lean = reader.end();
    if (options.refusedLean(lean)) return lean;
  }
  return assessmentsOf(loaded, framework, options);
}

/**
 * A file of `leanFrom` bytes or more (score's formats written an assessment at a time): read lean a mebibyte at a time, never
 * held whole (a million rows are 32 MB), with rank's heap settings for one of national size (loaded
 * only then: a usual run never pays for them). What it says when it cannot be read is `loadFile`'s.
 */
async function readLeanFile(ctx: Context, name: string, size: number, framework: Framework, options: ReadInputOptions): Promise<AssessmentFile> {
  const heap = await import("./heap.js");
  if (size >= heap.NATIONAL_SIZE) heap.keepHeapSmall();
  const reader = new LeanReader({ ...options, framework, file: name });
  const loaded = loadFile(ctx, name, options.maxBytes, (piece) => reader.push(piece));
  if (!loaded.ok) return assessmentsOf(loaded, framework, options);
  const lean = reader.end();
  return options.wholeWhen?.(lean) ? assessmentsOf(loadFile(ctx, name, options.maxBytes), framework, options) : lean;
}

/** `--stdin-name`: the name stdin is given in findings, annotations and headings; a blank one is refused. */
export function stdinNameOf(flags: Pick<InputFlags, "stdinName">): string | undefined {
  if (flags.stdinName !== undefined && flags.stdinName.trim() === "") throw cliError(CLI.emptyOption, { flag: "--stdin-name" });
  return flags.stdinName;
}

const DELIMITER_WORDS: Record<string, Delimiter> = { ",": ",", ";": ";", tab: "\t", "\\t": "\t", "\t": "\t", "|": "|", comma: ",", semicolon: ";" };

/** `--delimiter`: one of , ; tab | (also spelled comma, semicolon, \t). */
export function parseDelimiter(text: string | undefined): Delimiter | undefined {
  if (text === undefined) return undefined;
  const d = DELIMITER_WORDS[text.toLowerCase()];
  if (!d) throw cliError(CLI.badDelimiter, { value: text });
  return d;
}

/** `--columns mandiri,evaluasi`: the two value columns of a side-by-side file. */
export function parseColumns(text: string | undefined): [string, string] | undefined {
  if (text === undefined) return undefined;
  const columns = text.split(",").map((c) => c.trim());
  if (columns.length !== 2 || columns.some((c) => c === "")) throw cliError(CLI.badColumns, { value: text });
  // one column against itself differs nowhere: a typo made `diff --fail-above` a check that always passed
  if (headerKey(columns[0]!) === headerKey(columns[1]!)) throw cliError(CLI.sameColumns, { value: text });
  return [columns[0]!, columns[1]!];
}
