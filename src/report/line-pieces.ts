/** Lines of a human document joined into one piece. */
const LINES_PER_PIECE = 512;

/**
 * A document of lines (each ending in "\n") in pieces of whole lines, made as they are asked for: a
 * national file's table has a line per instansi, and written as it is made it is never whole in
 * memory. Joined, the pieces are `${[...lines].join("\n")}\n`. `perPiece`: for "lines" of many lines each
 * (score's table gives an assessment's block as one).
 */
export function* linePieces(lines: Iterable<string>, perPiece = LINES_PER_PIECE): Generator<string> {
  for (const piece of batches(lines, perPiece)) yield `${piece.join("\n")}\n`;
}

/**
 * `[...lines].join("\n")` in pieces of whole lines, made as they are asked for: `linePieces` without
 * the line break it ends the document with (a Markdown report ends with its own blank line).
 */
export function* joinedPieces(lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const piece of batches(lines, LINES_PER_PIECE)) {
    yield `${first ? "" : "\n"}${piece.join("\n")}`;
    first = false;
  }
}

/** The lines, `perPiece` at a time (the last batch fewer; none for no lines). */
function* batches(lines: Iterable<string>, perPiece: number): Generator<string[]> {
  let piece: string[] = [];
  for (const line of lines) {
    piece.push(line);
    if (piece.length === perPiece) {
      yield piece;
      piece = [];
    }
  }
  if (piece.length > 0) yield piece;
}

/**
 * The lines with the document's end trimmed, as `${lines.join("\n").trimEnd()}` trims it: blank lines at
 * the end dropped, the last line with text trimmed; the rest passed on as they come (a Markdown report
 * ends with blank lines its sections leave). No line with text at all: one empty line.
 */
export function* endTrimmed(lines: Iterable<string>): Generator<string> {
  let held: string | null = null;
  let blanks: string[] = [];
  for (const line of lines) {
    if (line.trimEnd() === "") {
      blanks.push(line);
      continue;
    }
    if (held !== null) yield held;
    yield* blanks;
    blanks = [];
    held = line;
  }
  yield held === null ? "" : held.trimEnd();
}
