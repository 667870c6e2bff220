/**
 * A small RFC 4180 tokenizer that keeps what users need in findings: the line
 * each record starts on and the line where an unclosed quote opened. It takes
 * its text whole (`tokenize`) or in chunks (`CsvTokenizer`), with the same
 * result either way, so a national file is read in constant memory by the same
 * code that reads a 47-row sheet.
 *
 * Why not csv-parse: its delimiter_auto chokes on a BOM or any non-ASCII byte,
 * a delimiter list splits the decimal comma in "3,5", and its `info` reports
 * the line a record ends on, not the one it starts on. Sniffing, decoding and
 * locating are the hard part here, and they are ours either way; and on a
 * million-row file this tokenizer is several times faster than csv-parse
 * (`npm run bench`), which matters more than its size.
 */
export interface CsvRecord {
  /** 1-based physical line the record starts on */
  readonly line: number;
  /** cell texts, trimmed of surrounding whitespace */
  readonly cells: readonly string[];
}

export interface Tokenized {
  readonly records: readonly CsvRecord[];
  /** line where a quote opened and never closed (the rest of the file is in that cell), or null */
  readonly unclosedQuoteLine: number | null;
  /** lines where text follows a closing quote (`"a"b`); the text is kept */
  readonly strayQuoteLines: readonly number[];
}

const QUOTE = 34; // "

/**
 * Who may take a plain line before it becomes a record (`CsvTokenizer.useLane`): one without quotes, or
 * whose quoted cells hold nothing to unescape (`quotedCells`). The batch
 * path of a national file, which reads most of its million rows straight from the text, as
 * positions, without a cell array, a record and a string per cell for each (`AssessmentBuilder.lane`).
 * A line it declines is read as a record, as without it; and so that the two stay in the file's
 * order, the records read before a line is offered are handed over first (`before`).
 */
export interface PlainLane {
  /**
   * the cells of the lines it reads (the header's; at most `LANE_CELLS`): a line of more or fewer is not
   * offered. A lane of one cell may be offered a line the record path drops as blank (spaces, `""`): the
   * builder's lane reads two at least (an indicator and a level), and declines a blank cell
   */
  readonly cells: number;
  /** A plain line of `cells` cells: cell i from `bounds[2i]` to `bounds[2i + 1]` in `text` (inside its quotes), untrimmed. True when taken. */
  take(text: string, bounds: Int32Array, line: number): boolean;
  /** the records read before the next line offered, in the file's order */
  before(records: CsvRecord[]): void;
}

/** The widest lines a lane may read: an assessment has a dozen columns; a table wider than this has no lane. */
export const LANE_CELLS = 64;

/** `cell.trim()`, without the call for the usual cell that starts and ends with a visible ASCII character. */
function trimCell(cell: string): string {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
}
const CR = 13;
const LF = 10;

/** Whether `text` holds a CR or LF from `from` to `to`. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
  }
  return false;
}

/** Splits text into records. Blank lines are dropped; `firstLine` numbers lines after a skipped `sep=` line. */
export function tokenize(text: string, delimiter: string, firstLine = 1): Tokenized {
  const t = new CsvTokenizer(delimiter, firstLine);
  const records = t.push(text);
  for (const r of t.end()) records.push(r);
  return { records, unclosedQuoteLine: t.unclosedQuoteLine, strayQuoteLines: t.strayQuoteLines };
}

/**
 * The tokenizer for text that arrives in pieces. `push` returns the records the
 * text so far completes and keeps the incomplete last one (a line without its
 * break, or a quoted cell still open) for the next piece; `end` finishes it.
 *
 * Most lines of an assessment hold no quote at all: those are split directly
 * (`String.split`), and only a line with a quote goes through the state
 * machine, which also finds the quoted line breaks such a record may span.
 */
export class CsvTokenizer {
  private rest = "";
  /**
   * Why `rest` is held, when only one kind of character in the next piece can
   * end it: "line", a record with no line break yet; "quote", a quoted cell
   * still open. A piece without that character is appended unread: reading a
   * held record again from its start at every piece is quadratic (a 40 MB
   * quoted cell took 3.4 s, a 40 MB line 8.5 s).
   */
  private waiting: "line" | "quote" | null = null;
  private line: number;
  private readonly delim: number;
  /** cells in the last plain line */
  private width = 1;
  unclosedQuoteLine: number | null = null;
  readonly strayQuoteLines: number[] = [];
  /** who is offered each plain line first (see `PlainLane`); null: every line is a record */
  private lane: PlainLane | null = null;
  /** lines the lane took */
  laneTaken = 0;
  private bounds = new Int32Array(0);

  constructor(
    private readonly delimiter: string,
    firstLine = 1,
  ) {
    this.delim = delimiter.charCodeAt(0);
    this.line = firstLine;
  }

  /** Offers each plain line of `lane.cells` cells to `lane` first (see `PlainLane`); null: every line is a record. */
  useLane(lane: PlainLane | null): void {
    if (lane !== null && (lane.cells < 1 || lane.cells > LANE_CELLS)) throw new Error(`CsvTokenizer.useLane: ${lane.cells} cells`);
    this.lane = lane;
    this.bounds = new Int32Array(2 * (lane?.cells ?? 0));
  }

  /** characters held of a record that may go on in the next piece */
  get held(): number {
    return this.rest.length;
  }

  /** the line the held record begins on */
  get heldLine(): number {
    return this.line;
  }

  /** Lets go of the held record: the reader stops here (a record past `MAX_HELD`, src/io/table.ts). */
  drop(): void {
    this.rest = "";
    this.waiting = null;
  }

  push(text: string): CsvRecord[] {
    if ((this.waiting === "line" && !/[\r\n]/.test(text)) || (this.waiting === "quote" && !text.includes('"'))) {
      this.rest += text;
      return [];
    }
    this.waiting = null;
    const all = this.rest === "" ? text : this.rest + text;
    const { records, consumed } = this.scan(all, false);
    this.rest = all.slice(consumed);
    return records;
  }

  end(): CsvRecord[] {
    const { records } = this.scan(this.rest, true);
    this.rest = "";
    return records;
  }

  /** Reads records from `text`; without `final`, stops before a record that may continue in the next piece. */
  private scan(text: string, final: boolean): { records: CsvRecord[]; consumed: number } {
    let records: CsvRecord[] = [];
    const n = text.length;
    let i = 0;
    // the next LF, CR and quote at or after i, found once and reused, so that scanning
    // stays linear however far apart they are (a file of lone CRs, one quote near the end)
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    let quote = text.indexOf('"');
    let delim = text.indexOf(this.delimiter);
    while (i < n) {
      if (lf !== -1 && lf < i) lf = text.indexOf("\n", i);
      if (cr !== -1 && cr < i) cr = text.indexOf("\r", i);
      if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
      const brk = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      const lineEnd = brk === -1 ? n : brk;
      // the last line may go on in the next piece, and a CR ending a piece may be half of a CRLF
      if (!final && (brk === -1 || (brk === n - 1 && text.charCodeAt(brk) === CR))) {
        if (brk === -1) this.waiting = "line";
        break;
      }
      // (a blank line is no record, and not offered)
      if (lineEnd > i && this.lane !== null) {
        const width = this.lane.cells;
        const delimBefore = delim;
        let cells = 0;
        if (quote === -1 || quote >= lineEnd) {
          // the cells as positions, the delimiters found as the record path below finds them (a line not
          // taken is read by it from the same place: `delim` as it was, so that the search stays linear);
          // no further than the lane's width: a wider line is not offered
          const bounds = this.bounds;
          for (let from = i; ; ) {
            if (cells === width) {
              cells = 0; // a cell more than the lane reads
              break;
            }
            if (delim !== -1 && delim < from) delim = text.indexOf(this.delimiter, from);
            bounds[2 * cells] = from;
            if (delim === -1 || delim >= lineEnd) {
              bounds[2 * cells++ + 1] = lineEnd;
              break;
            }
            bounds[2 * cells++ + 1] = delim;
            from = delim + 1;
          }
        } else cells = this.quotedCells(text, i, lineEnd, width);
        if (cells === width) {
          if (records.length > 0) {
            this.lane.before(records);
            records = [];
          }
          if (this.lane.take(text, this.bounds, this.line)) {
            this.laneTaken++;
            i = brk === -1 ? n : brk + (text.charCodeAt(brk) === CR && text.charCodeAt(brk + 1) === LF ? 2 : 1);
            this.line++;
            continue;
          }
        }
        delim = delimBefore;
      }
      if (quote === -1 || quote >= lineEnd) {
        // fast path: a line without quotes is one record, its cells sliced between the delimiters
        // (found with indexOf, like the breaks: three times as fast as slicing the line and splitting it)
        // (sized as the last line was: a million rows held at once take a quarter of the memory)
        const cells: string[] = new Array(this.width);
        let k = 0;
        for (let from = i; ; ) {
          if (delim !== -1 && delim < from) delim = text.indexOf(this.delimiter, from);
          if (delim === -1 || delim >= lineEnd) {
            cells[k++] = trimCell(text.slice(from, lineEnd));
            break;
          }
          cells[k++] = trimCell(text.slice(from, delim));
          from = delim + 1;
        }
        if (k !== this.width) {
          cells.length = k;
          this.width = k;
        }
        if (cells.length > 1 || cells[0] !== "") records.push({ line: this.line, cells });
        i = brk === -1 ? n : brk + (text.charCodeAt(brk) === CR && text.charCodeAt(brk + 1) === LF ? 2 : 1);
        this.line++;
        continue;
      }
      const start = i;
      const startLine = this.line;
      const record = this.quotedRecord(text, i, final);
      if (record === null) {
        // a quoted cell still open at the end of the piece: wait for the rest
        this.line = startLine;
        return { records, consumed: start };
      }
      if (record.cells.length > 1 || record.cells[0] !== "") records.push({ line: startLine, cells: record.cells });
      i = record.end;
    }
    return { records, consumed: final ? n : i };
  }

  /**
   * The cells of a line with quotes as positions for the lane, when each quoted cell is plain within its
   * quotes: the quote opens the cell, the closing one ends it (a delimiter or the line's end next), and
   * none is escaped inside (`""`). The record path reads such a cell as the text between its quotes,
   * and the lane is given that: `"Pemerintah Daerah 7",2024,1,4` (PHP's fputcsv quotes a cell with a
   * space; some tools quote every cell), which it declined, read a million times by `quotedRecord`
   * (1.5 × the time of the same rows unquoted). Any other line, or one of another width than `width`:
   * 0, and the record path reads it.
   */
  private quotedCells(text: string, from: number, lineEnd: number, width: number): number {
    const bounds = this.bounds;
    const delim = this.delim;
    let cells = 0;
    let at = from;
    for (;;) {
      if (cells === width) return 0;
      let end = at;
      if (text.charCodeAt(at) === QUOTE) {
        // (past the line only where its quote stays open: a cell the record path then reads to that quote)
        const close = text.indexOf('"', at + 1);
        end = close + 1;
        if (close === -1 || close >= lineEnd || (end < lineEnd && text.charCodeAt(end) !== delim)) return 0;
        bounds[2 * cells] = at + 1;
        bounds[2 * cells + 1] = close;
      } else {
        for (; end < lineEnd; end++) {
          const c = text.charCodeAt(end);
          if (c === delim) break;
          if (c === QUOTE) return 0; // a quote in an unquoted cell, or after blanks: the record path's
        }
        bounds[2 * cells] = at;
        bounds[2 * cells + 1] = end;
      }
      cells++;
      if (end >= lineEnd) return cells;
      at = end + 1;
    }
  }

  /**
   * One record that holds a quote, from `i` to its line break (or the end):
   * quoted cells may span lines and hold delimiters; "" is an escaped quote;
   * text after a closing quote is kept and noted. Null when a quote is still
   * open at the end of a piece that is not the last.
   *
   * No closure or array is made per record but its cells, and the usual quoted
   * cell (no quote or line break inside) is one slice: a file whose every cell
   * is quoted (some tools write them so) spent half its time collecting what the
   * closures, part arrays and joins of its million records left behind.
   */
  private quotedRecord(text: string, from: number, final: boolean): { cells: string[]; end: number } | null {
    const cells: string[] = [];
    // noted only once the record is complete: a record cut by the end of a piece is read again
    let stray: number[] | null = null;
    const n = text.length;
    let i = from;
    let cell = "";
    // whether `cell` holds only whitespace so far; a flag, not `cell.trim()`, so that a
    // cell full of quotes (`a"a"a"…`) stays linear instead of re-trimming the cell per quote
    let blank = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === QUOTE && blank) {
        const openLine = this.line;
        i++;
        const q = text.indexOf('"', i);
        if (q >= 0 && q + 1 < n && text.charCodeAt(q + 1) !== QUOTE && !hasBreak(text, i, q)) {
          // the usual quoted cell: its text whole, as one slice
          cell = text.slice(i, q);
          i = q + 1;
        } else {
          // read to the closing quote; chunks between quotes are copied whole,
          // their line breaks counted and written as "\n"
          const parts: string[] = [];
          let closed = false;
          while (i < n) {
            const q = text.indexOf('"', i);
            const end = q < 0 ? n : q;
            if (end > i) {
              const chunk = text.slice(i, end);
              if (chunk.includes("\r") || chunk.includes("\n")) {
                const normalised = chunk.replace(/\r\n?/g, "\n");
                for (let at = normalised.indexOf("\n"); at >= 0; at = normalised.indexOf("\n", at + 1)) this.line++;
                parts.push(normalised);
              } else parts.push(chunk);
            }
            i = end;
            if (q < 0) break;
            if (i + 1 === n && !final) return null; // a closing quote, or the first of an escaped pair?
            if (text.charCodeAt(i + 1) === QUOTE) {
              parts.push('"');
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) {
              this.waiting = "quote";
              return null;
            }
            cells.push(parts.join("").trim());
            this.unclosedQuoteLine = openLine;
            return this.recordRead(cells, stray, n);
          }
          cell = parts.join("");
        }
        blank = false;
        // text between the closing quote and the next delimiter is kept, but noted
        const j = this.cellEnd(text, i, false);
        if (j > i) {
          const rest = text.slice(i, j);
          if (/[^ \t]/.test(rest) && stray?.at(-1) !== this.line) {
            stray ??= [];
            stray.push(this.line);
          }
          cell += rest;
          i = j;
        }
        continue;
      }
      if (c === QUOTE) {
        // a quote inside an unquoted cell is an ordinary character
        cell += '"';
        blank = false;
        i++;
        continue;
      }
      if (c === this.delim) {
        cells.push(cell.trim());
        cell = "";
        blank = true;
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        if (c === CR && i + 1 === n && !final) return null; // maybe half of a CRLF
        cells.push(cell.trim());
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        this.line++;
        return this.recordRead(cells, stray, i);
      }
      // once the cell has text, a quote in it is ordinary and need not end the run
      const j = this.cellEnd(text, i + 1, blank);
      const run = text.slice(i, j);
      cell += run;
      if (blank && /\S/.test(run)) blank = false;
      i = j;
    }
    if (!final) {
      // the record's line may go on in the next piece
      this.waiting = "line";
      return null;
    }
    cells.push(cell.trim());
    return this.recordRead(cells, stray, n);
  }

  /** A record read whole: the lines of its stray quotes noted (once each), and where it ends. */
  private recordRead(cells: string[], stray: readonly number[] | null, end: number): { cells: string[]; end: number } {
    if (stray) for (const l of stray) if (this.strayQuoteLines.at(-1) !== l) this.strayQuoteLines.push(l);
    return { cells, end };
  }

  /** The index of the first delimiter or line break in `text` at or after `at` (or, when asked, quote), or its length. */
  private cellEnd(text: string, at: number, stopAtQuote: boolean): number {
    const n = text.length;
    let j = at;
    while (j < n) {
      const k = text.charCodeAt(j);
      if (k === this.delim || k === LF || k === CR || (stopAtQuote && k === QUOTE)) break;
      j++;
    }
    return j;
  }
}
