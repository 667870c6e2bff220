import stringWidth from "string-width";
import { alignOf, type Column, type Section } from "./layout.js";
import { terminalSafe } from "./text.js";

/*
 * Kept apart from the finding lines so that string-width loads only with a
 * renderer that draws a table (those are imported lazily).
 */

/** Names are cut to this before any label column is dropped, and never below the second value. */
const NAME_SOFT_MIN = 16;
const NAME_HARD_MIN = 8;

/** Printable ASCII only: one column and one character per grapheme (most indicator names). */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * Columns a text takes on a terminal: 東 and most emoji take two, a combining accent none
 * (string-width, as cli-table3 measured; printable ASCII is one column a character without asking).
 */
const length = (s: string): number => (PLAIN.test(s) ? s.length : stringWidth(s));

/**
 * Made on first use: building a grapheme segmenter loads ICU's break rules, ±8 ms and a few
 * collections of garbage, which was a third of a `score` table's run in a pipe, where nothing is cut.
 */
let graphemes: Intl.Segmenter | null = null;

/** The longest start of `text` that takes at most `width` columns, never splitting a character. */
function cutTo(text: string, width: number): string {
  if (PLAIN.test(text)) return text.slice(0, Math.max(0, width));
  let out = "";
  let used = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width) break;
    out += segment;
    used += w;
  }
  return out;
}

/**
 * A table with a border around it and a rule under its head, cells padded by one space, numbers to
 * the right. `width`: the terminal's columns to fit into, or null for full width (not a terminal:
 * scripts and files get every name whole).
 */
export function drawTable(section: Pick<Section, "columns" | "rows">, width: number | null = null): string {
  return [...tableLines(section, width)].join("\n");
}

/** `drawTable`'s lines, made as they are asked for (rank writes a national file's table in pieces). */
export function tableLines(section: Pick<Section, "columns" | "rows">, width: number | null = null): Generator<string> {
  // a row whose every cell is already safe (nearly all) is drawn as it is: a national ranking's copy
  // of 21 000 rows was garbage the collector copied while the table was drawn
  const safe = { columns: section.columns, rows: section.rows.map((r) => (r.every((c) => terminalSafe(c) === c) ? r : r.map(terminalSafe))) };
  const { columns, rows } = width === null ? safe : fitToWidth(safe.columns, safe.rows, width);
  return boxLines(
    columns.map((c) => terminalSafe(c.head)),
    rows,
    columns.map((c) => alignOf(c) === "right"),
  );
}

/**
 * The box as cli-table3 drew it with the options this module gave it (no colours, no rule between body
 * rows, padding 1, a cell's lines split at "\n" and top-aligned), byte for byte for rows as wide as the
 * head, which every section's are: `test/table.test.ts` draws random tables both ways. Drawn here in one
 * pass because cli-table3 lays every cell out against every cell before it (for spans, which spbe never
 * uses): `rank` of a national file's 21 277 rows took 91 s as a table, 0.7 s as CSV. Unlike cli-table3,
 * a row shorter than the head has blank cells (cli-table3 spanned cells across rows into a broken box),
 * cells past the head are not drawn (it drew a column without a head), and no columns is no box.
 */
function* boxLines(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): Generator<string> {
  const n = head.length;
  if (n === 0) return;
  const all = [head, ...rows];
  const widths: number[] = new Array(n).fill(0);
  for (const row of all) for (let i = 0; i < n; i++) widths[i] = Math.max(widths[i]!, widthOf(row[i]));
  const rule = (left: string, join: string, end: string) => `${left}${widths.map((w) => "─".repeat(w + 2)).join(join)}${end}`;
  /** each run of padding spaces, made once */
  const pads: string[] = [];
  const padOf = (k: number): string => (pads[k] ??= " ".repeat(k));
  // a line's pieces, joined into one flat string: appended cell by cell (`+=`) each line was a rope
  // of some forty strings until its piece was written, and a national ranking's table (21 000 lines)
  // drew 6 % slower than this and held 9 MB more at its peak
  const parts: string[] = new Array(3 * n + 1);
  parts[0] = "│ ";
  for (let i = 0; i < n; i++) parts[3 + 3 * i] = i === n - 1 ? " │" : " │ ";
  /** one drawn line of the cells' texts (one line each) */
  const line = (texts: readonly string[]): string => {
    for (let i = 0; i < n; i++) {
      const text = texts[i]!;
      const pad = padOf(widths[i]! - length(text));
      parts[1 + 3 * i] = right[i] ? pad : text;
      parts[2 + 3 * i] = right[i] ? text : pad;
    }
    return parts.join("");
  };
  yield rule("┌", "┬", "┐");
  for (const row of all) {
    // the usual row: every cell one line, drawn without splitting any
    if (row.length >= n && row.every((c) => !c.includes("\n"))) {
      yield line(row);
      continue;
    }
    const cells = Array.from({ length: n }, (_, i) => linesOf(row[i]));
    let height = 1;
    for (const cell of cells) height = Math.max(height, cell.length);
    for (let k = 0; k < height; k++) yield line(cells.map((cell) => cell[k] ?? ""));
  }
  yield rule("└", "┴", "┘");
}

/** A cell's lines: most have one, and are not split for it. */
const linesOf = (cell: string | undefined): readonly string[] => (cell === undefined ? [""] : cell.includes("\n") ? cell.split("\n") : [cell]);

/** The columns a cell's widest line takes; a cell of one line (most) measured without splitting it. */
const widthOf = (cell: string | undefined): number => (cell === undefined ? 0 : cell.includes("\n") ? Math.max(...cell.split("\n").map(length)) : length(cell));

/** Each column's content width plus its padding and one border, plus the last border. */
const drawnWidth = (widths: readonly number[]): number => widths.reduce((n, w) => n + w + 3, 1);

/**
 * Fits a table into `width` terminal columns, in this order: shorten name
 * columns (widest first) to a readable minimum, drop label columns (level
 * names: the number beside them stays), then shorten names further. Numbers
 * and keys are never cut, so a table of numbers may still be wider than a very
 * narrow terminal. Names are cut with an ellipsis; long prose (level
 * criteria) is wrapped instead, since cutting legal text changes it.
 */
export function fitToWidth(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number,
): { columns: readonly Column[]; rows: readonly (readonly string[])[] } {
  let keep = columns.map((_, i) => i);
  // a loop, not Math.max(...cells): a spread passes every row as an argument, past the stack at ±100 000 rows
  const natural = columns.map((c, i) => rows.reduce((w, r) => Math.max(w, length(r[i] ?? "")), length(c.head)));
  const widths = [...natural];
  const total = () => drawnWidth(keep.map((i) => widths[i]!));
  const shrinkNames = (floor: number) => {
    const names = keep.filter((i) => columns[i]!.kind === "name" || columns[i]!.kind === "text");
    while (total() > width) {
      const widest = names.filter((i) => widths[i]! > floor).sort((a, b) => widths[b]! - widths[a]!)[0];
      if (widest === undefined) return;
      widths[widest] = Math.max(floor, widths[widest]! - (total() - width));
    }
  };
  shrinkNames(NAME_SOFT_MIN);
  for (let i = columns.length - 1; i >= 0 && total() > width; i--) if (columns[i]!.kind === "label") keep = keep.filter((k) => k !== i);
  shrinkNames(NAME_HARD_MIN);
  // a prefix every name of a column shares ("Tingkat Kematangan …" on all 47 indicators) says
  // nothing in a narrow column: it goes first, so the cut keeps the words that differ
  const prefixes = columns.map((c, i) => (c.kind === "name" && widths[i]! < natural[i]! ? sharedPrefix(rows.map((r) => r[i] ?? "")) : ""));
  const cell = (text: string, i: number) => {
    const w = widths[i]!;
    if (length(text) <= w) return text;
    if (columns[i]!.kind === "text") return wrap(text, w);
    const short = text.startsWith(prefixes[i]!) ? text.slice(prefixes[i]!.length) : text;
    return length(short) <= w ? short : `${cutTo(short, w - 1)}…`;
  };
  return { columns: keep.map((i) => columns[i]!), rows: rows.map((r) => keep.map((i) => cell(r[i] ?? "", i))) };
}

/** Word-wraps prose to lines of at most `width` columns (a longer word is cut). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (length(candidate) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      line = length(word) <= width ? word : cutTo(word, width);
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/** The whole words all texts begin with ("Tingkat Kematangan "), when there are two or more of them; else "". */
function sharedPrefix(texts: readonly string[]): string {
  const words = texts.map((t) => t.split(" "));
  const first = words[0] ?? [];
  let n = 0;
  while (n < first.length - 1 && words.every((w) => w.length > n + 1 && w[n] === first[n])) n++;
  return n >= 2 ? `${first.slice(0, n).join(" ")} ` : "";
}
