import * as fs from "node:fs";
import { buildAssessments } from "../assessment/build.js";
import { finding } from "../core/findings.js";
import type { Framework } from "../frameworks/types.js";
import { unreadTable } from "../io/table.js";
import { RANK_CLI } from "../messages/rank-cli.js";
import { terminalSafe } from "../report/text.js";
import { type InputFile, InputReader } from "../results/input.js";
import type { Context } from "./context.js";
import { keepHeapSmall, NATIONAL_SIZE, restoreHeapDefaults } from "./heap.js";
import { readStdin, systemPath, unreadable } from "./io.js";

/** Pieces a file is read in: large enough to be fast, small enough that memory stays flat. */
const PIECE = 1 << 20;
/**
 * Inputs at least this large are of national size: they get a progress bar, when stderr is a
 * terminal, and a heap kept small (`keepHeapSmall`).
 */
export const PROGRESS_FROM = NATIONAL_SIZE;

/** A bar only for a person watching: stderr is a terminal and the input takes a while to read. */
export const wantsProgress = (ctx: Pick<Context, "stderr">, size: number): boolean => ctx.stderr.isTTY === true && size >= PROGRESS_FROM;

export interface StreamOptions {
  readonly framework: Framework;
  readonly frameworks: readonly Framework[];
  readonly explicit: boolean;
  readonly delimiter?: string | undefined;
  /** refuse more than this many bytes; null for no limit (rank and trend read in constant memory) */
  readonly maxBytes: number | null;
  /** keep only levels (rank, trend) */
  readonly lean: boolean;
}

/**
 * Reads one input piece by piece into `InputReader`: a result table row or an
 * assessment's levels are all that stay, so a national long-form file of a
 * million rows does not sit in memory as text or cells. `name` is what the
 * findings say; `file` the path to read, or "-" for stdin.
 */
export async function streamInput(ctx: Context, name: string, file: string, options: StreamOptions): Promise<InputFile> {
  // V8's heap kept small for an input of national size, from before its first byte, and V8's own settings
  // again the moment its header says it is a result table (`restoreHeapDefaults`)
  let national = false;
  const reader = new InputReader({
    ...options,
    file: name,
    lean: options.lean,
    alternatives: options.frameworks,
    onKind: (kind) => {
      if (kind === "results" && national) restoreHeapDefaults();
    },
  });
  const tooLarge = (bytes: number, cutShort: boolean): InputFile => {
    const table = unreadTable(name, finding("file/too-large", "error", name, { args: { bytes, cutShort, max: options.maxBytes! } }));
    return { kind: "assessments", assessments: buildAssessments(table, options.framework) };
  };
  let total = 0;
  if (file === "-") {
    // stdin says no size beforehand: kept small once it reaches national size, if it is no result table
    const within = await readStdin(ctx, options.maxBytes, (bytes) => {
      total += bytes.length;
      if (total >= PROGRESS_FROM && reader.kind !== "results") keepHeapSmall();
      reader.push(bytes);
      return !reader.binary;
    });
    return within ? reader.end() : tooLarge(options.maxBytes!, true);
  }
  const abs = systemPath(ctx.cwd, file);
  let fd: number;
  let size: number;
  try {
    fd = fs.openSync(abs, "r");
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    size = stat.size;
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    if (options.maxBytes !== null && size > options.maxBytes) return tooLarge(size, false);
    const progress = wantsProgress(ctx, size) ? progressBar(ctx, name, size) : null;
    national = size >= PROGRESS_FROM;
    if (national) keepHeapSmall();
    // one buffer for the whole file: the reader keeps nothing of a piece once pushed (the decoder
    // copies an incomplete sequence, the tokenizer keeps text); a fresh megabyte per piece is
    // external memory that waits for a full collection, and grew the peak with the file
    const piece = new Uint8Array(PIECE);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, piece, 0, PIECE, null);
      } catch (error) {
        throw unreadable(file, error);
      }
      if (n === 0) break;
      total += n;
      if (options.maxBytes !== null && total > options.maxBytes) return tooLarge(options.maxBytes, true);
      reader.push(piece.subarray(0, n));
      progress?.(total);
      // no text: the rest is not read (rank and trend have no size limit, and `rank /dev/zero` never ended)
      if (reader.binary) break;
    }
    progress?.(null);
    return reader.end();
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * "spbe: membaca besar.csv ████░░ 45%" on one stderr line, redrawn at each whole percent, erased at
 * the end. The line fits the terminal: a line that wraps is redrawn on its last row only, and the
 * rows above pile up. A long name is cut from its start (its end is the file's own name), then the
 * bar is shortened.
 */
export function progressBar(ctx: Pick<Context, "stderr" | "t">, name: string, size: number): (done: number | null) => void {
  const draw = (label: string, width: number, percent: number) => {
    const filled = Math.round((width * percent) / 100);
    return ctx.t(RANK_CLI.progress, { name: label, bar: `${"█".repeat(filled)}${"░".repeat(width - filled)}`, percent });
  };
  // laid out once, at its longest (100%), a column short of the edge (a full last column wraps some terminals)
  const room = (ctx.stderr.columns ?? 80) - 1;
  let label = terminalSafe(name);
  let width = 20;
  const over = () => columnsOf(draw(label, width, 100)) - room;
  // the end of the name, in as many columns as are left (at least 8), after an ellipsis; a name that
  // short is left whole
  const keep = Math.max(8, columnsOf(label) - over() - 1);
  if (over() > 0 && keep < columnsOf(label)) {
    let end = "";
    for (const c of [...label].reverse()) {
      if (columnsOf(c + end) > keep) break;
      end = c + end;
    }
    label = `…${end}`;
  }
  if (over() > 0) width = Math.max(5, width - over());
  let shown = -1;
  return (done) => {
    if (done === null) {
      ctx.stderr.write("\r\x1b[K");
      return;
    }
    const percent = Math.min(100, Math.floor((100 * done) / size));
    if (percent === shown) return;
    shown = percent;
    ctx.stderr.write(`\r\x1b[K${draw(label, width, percent)}`);
  };
}

/** East Asian wide characters (CJK past the BMP too) and emoji shown as emoji: two columns on a terminal. */
const WIDE =
  /[\u1100-\u115f\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/**
 * The columns a line takes, near enough for one line of progress: wide characters two, others one.
 * (The tables measure with string-width (`report/table.ts`); this line is drawn by us, and the
 * module is not worth loading for it on every large input.)
 */
function columnsOf(text: string): number {
  let n = 0;
  for (const c of text) n += WIDE.test(c) ? 2 : 1;
  return n;
}
