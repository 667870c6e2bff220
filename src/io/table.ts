import { type Finding, FindingSink, finding, NOTHING_OMITTED, type Omitted } from "../core/findings.js";
import { type CsvRecord, CsvTokenizer, type PlainLane } from "./csv.js";
import { ByteDecoder, type Encoding } from "./decode.js";

/** How a file was read; human output says it so a wrong guess is visible. */
export interface Dialect {
  readonly encoding: Encoding;
  readonly delimiter: string;
  /** where the delimiter came from */
  readonly delimiterSource: "option" | "sep-line" | "sniffed" | "default";
  /** "3,5" is read as 3.5: only where the delimiter is not a comma */
  readonly decimalComma: boolean;
  readonly lineEnding: "crlf" | "lf" | "cr" | "none";
}

export interface Table {
  readonly file: string;
  readonly dialect: Dialect;
  /** null when the file has no records at all */
  readonly header: CsvRecord | null;
  readonly rows: readonly CsvRecord[];
  readonly findings: readonly Finding[];
  /** findings past the per-file cap, counted but not kept */
  readonly omittedFindings: Omitted;
}

export interface ReadOptions {
  /** name used in findings: the path as given, or the stdin name */
  readonly file: string;
  /** force a delimiter instead of sniffing: ",", ";", "\t" or "|" */
  readonly delimiter?: string | undefined;
  /**
   * Whether a row is the table's header (the assessment reader's test: the indicator and level
   * columns, or a result table's). When the first row that is not blank is not, and one of the
   * `TITLE_SEARCH` rows below it is, that row is the header: the rows above it (a sheet title,
   * "PENILAIAN MANDIRI SPBE 2024", a subtitle) are not read, and a `file/title-rows` warning says
   * so. Without it, or with no such row below, the first row is the header. "fallback": a header only where
   * no row within reach is one (a side-by-side file's, beside a summary block above a real header).
   */
  readonly isHeader?: ((cells: readonly string[]) => boolean | "fallback") | undefined;
  /** the most characters of one unfinished record held (`MAX_HELD`); the tests give less */
  readonly maxHeld?: number | undefined;
}

/**
 * Rows looked at below a first row that is no header (`ReadOptions.isHeader`): 10 of any kind, and up
 * to 30 of a letterhead (kop surat: the regency, its office, address, the form's title, the year, the
 * officer), whose rows fill one or two cells (`LETTERHEAD_CELLS`): at 10 the header on a kop's line 13
 * was never found ("no indicator column in the header row"). Rows wider than that are a table, its own
 * header misspelled: past 10 of them, a second table's header below was taken, and the first table's
 * rows dropped as "title rows" with exit 0 (a second read).
 */
export const TITLE_SEARCH = 30;
export const TITLE_ROWS = 10;
const LETTERHEAD_CELLS = 2;

/** How many rows below a first row that is no header are looked at, once a row wider than a letterhead's has come or not (`tableWide`). */
export const titleReach = (wide: boolean): number => (wide ? TITLE_ROWS : TITLE_SEARCH);

/** Whether a row fills more cells than a letterhead's (`TITLE_SEARCH`): a table's row, or its header's. */
export function tableWide(cells: readonly string[]): boolean {
  let filled = 0;
  for (const c of cells) if (c !== "" && ++filled > LETTERHEAD_CELLS) return true;
  return false;
}

/** The delimiters sniffed, in the order a tie goes (`sniff`: ';' first); the one list of them. */
export const DELIMITERS = [";", ",", "\t", "|"] as const;
/**
 * Excel's `sep=;` line. The delimiter must be a tab or a visible ASCII character other
 * than a quote: a control character there would reach the terminal in "Dibaca: … pemisah"
 * (ESC moves the cursor), so such a line is not a sep line and is read as the header. The
 * delimiter may repeat: a spreadsheet that opened the file and saved it again wrote the line
 * as a row, its cell "sep=" and the table's empty cells after it (`sep=;;;;`).
 */
const SEP_LINE = /^sep=([\t!#-~])\1*[ \t]*$/i;

/** Bytes → header and rows, with every problem as a finding. Pure; never throws on any input. */
export function readTable(bytes: Uint8Array, options: ReadOptions): Table {
  const reader = new TableReader(options);
  const rows: CsvRecord[] = [];
  const take = (part: TablePart) => {
    for (const r of part.rows) rows.push(r);
  };
  // in slices, as every reader reads: a file of 512 Mi characters or more is no one string V8 can make
  pushSliced(reader, bytes, take);
  const done = reader.end();
  // not text after all (a NUL past the first slice): no rows, as when found in the first
  if (reader.binary) rows.length = 0;
  take(done);
  return {
    file: options.file,
    dialect: done.dialect,
    header: reader.binary ? null : reader.header,
    rows,
    findings: done.findings,
    omittedFindings: done.omittedFindings,
  };
}

/** What a piece of input completes: the rows (and, once, the header). */
export interface TablePart {
  readonly rows: readonly CsvRecord[];
}

/** What is known once the input has ended. */
export interface TableEnd extends TablePart {
  readonly dialect: Dialect;
  readonly findings: readonly Finding[];
  readonly omittedFindings: Omitted;
}

/** Bytes pushed at a time by `pushSliced`: some 1,000 rows of a long-form file (of 8–128 KiB, the fastest on the benchmark). */
export const PUSH_SLICE = 32 * 1024;

/** Bytes pushed at a time while the reader holds a long unfinished record: see `pushSliced`. */
const HELD_PUSH = 64 * 1024 * 1024;

/**
 * Pushes bytes into the reader in slices and hands each slice's rows to
 * `take`, so that the rows of one are built into assessments and dropped
 * before the next is read: a slice's rows then die young, where a megabyte's
 * (30,000 rows) outlive a scavenge and fill the old generation for the full
 * collector to sweep (twice the time, twice the memory). While the reader
 * holds more than a slice of one unfinished record (a 20 MB quoted note), the
 * rest goes in pushes of 64 MiB: the tokenizer reads a held record again from its
 * start at every push, and a slice at a time that would be quadratic; and the
 * held record and a push together stay short of V8's longest string (`MAX_HELD`).
 */
export function pushSliced(reader: TableReader, bytes: Uint8Array, take: (part: TablePart) => void): void {
  for (let at = 0; at < bytes.length; ) {
    let end = Math.min(bytes.length, at + (reader.held > PUSH_SLICE ? HELD_PUSH : PUSH_SLICE));
    // a slice ends after its last line feed where it has one: the tokenizer then holds no part line to
    // join to the next slice's text (a join V8 flattens, copying the whole slice again: 32 MB of a
    // million rows). Where a slice is cut does not change what is read (the reader takes any cut).
    if (end < bytes.length) {
      // looked for in the slice only: a file with no line feed (a Mac's CR-only CSV) searched back to the
      // start of its bytes from every slice, quadratic (32 MB: 4.4 s instead of 0.15)
      const lf = bytes.subarray(at, end).lastIndexOf(LF);
      // UTF-16's line feed is two bytes, 0A 00 little-endian: both go in (big-endian's 00 0A ends at the 0A,
      // and the next character's first byte, if 00, waits in the decoder)
      if (lf >= 0) end = bytes[at + lf + 1] === 0 && at + lf + 2 <= bytes.length ? at + lf + 2 : at + lf + 1;
    }
    take(reader.push(bytes.subarray(at, end)));
    at = end;
  }
}

const LF = 10;

/**
 * The most characters of one record (a line, a quoted cell's lines) held until it ends: 64 Mi. V8's
 * strings end at 512 Mi, and a file without a line break (a 600 MB dump named .csv, read by rank, which
 * has no size limit) ended every command with "kesalahan internal" (exit 2). Past it the rest of the
 * file is not read, and a csv/malformed error (`record-too-long`) says where the record began. No
 * assessment's record comes near: the hostile tests' 8 MB cells are read whole. Before the header is
 * read, only the first line counts against it (`feed`). Whether a record between 64 and ~128 Mi
 * characters is refused can depend on how the bytes arrived (one that ends within a push is read):
 * both answers are fair for a record no assessment has.
 */
export const MAX_HELD = 64 * 1024 * 1024;

/**
 * `readTable` for input that arrives in pieces: bytes in, rows out, nothing
 * kept that the caller has taken, so a national file is read in constant
 * memory. The first line (Excel's `sep=`) and the header (the delimiter is
 * sniffed from it) are held until complete; then every piece gives its rows.
 */
export class TableReader {
  /** the header record, once read */
  header: CsvRecord | null = null;
  private readonly decoder = new ByteDecoder();
  private readonly sink = new FindingSink();
  /** decoded text held until the header line is complete, then "" */
  private pending = "";
  /**
   * Where in `pending` its first line break is, null until it has one (until then the header cannot be
   * complete, and only that first line counts against `MAX_HELD`)
   */
  private firstBreak: number | null = null;
  private tokenizer: CsvTokenizer | null = null;
  private configured: Dialect | null = null;
  private rows = 0;
  private sawContent = false;
  /**
   * The header is one cell holding no delimiter at all: a title above the table, and the rows' widths
   * say nothing about the table against it (the missing column says what is wrong, and where the
   * table's header seems to be). Whoever chose the delimiter: the lines below the title (`sniff`),
   * `--delimiter ';'` or a `sep=;` line, which gave a csv/ragged warning for every row. A header of
   * one cell that holds another delimiter (`;` read with `,`) still has them: there the delimiter is
   * what is wrong; unless `sniff` took the header for a title (`titleSniffed`: a title with a comma
   * above a ';' table).
   */
  private titleHeader = false;
  /** `sniff` read the header as a title: its delimiter is not the table's below it */
  private titleSniffed = false;
  /** rows held while the header is looked for below a first row that is none (`isHeader`), else null */
  private waiting: CsvRecord[] | null = null;
  /** the line a record past `MAX_HELD` began on: nothing after it is read */
  private tooLong: number | null = null;

  constructor(private readonly options: ReadOptions) {}

  /** The dialect once the header line is known (null before). */
  get dialect(): Dialect | null {
    return this.configured;
  }

  /**
   * Once the header is read: offers each plain line of `lane.cells` cells to `lane.take` before
   * it becomes a row (see `PlainLane`), and hands the rows read before such a line to `deliver` first,
   * so that whoever reads the rows has every row in the file's order. A line taken is a row of the
   * header's width (the lane's `cells`); it is counted as a row, and there is nothing to warn of.
   */
  useLane(lane: Omit<PlainLane, "before">, deliver: (rows: CsvRecord[]) => void): void {
    if (!this.header || !this.tokenizer) throw new Error("TableReader.useLane: the header is not read yet");
    if (lane.cells !== this.header.cells.length) throw new Error("TableReader.useLane: a lane reads rows of the header's width");
    // `take` itself, not wrapped: it is called a million times; the lines it took are counted by the tokenizer
    this.tokenizer.useLane({ cells: lane.cells, take: lane.take, before: (records) => deliver(this.take(records)) });
  }

  /** Whether the input turned out not to be text (a NUL, a spreadsheet's bytes): what was read of it counts for nothing. */
  get binary(): boolean {
    return this.decoder.binary !== null;
  }

  /** characters of decoded text held until a line or record is complete */
  get held(): number {
    return this.pending.length + (this.tokenizer?.held ?? 0);
  }

  push(bytes: Uint8Array): TablePart {
    return this.feed(this.decoder.push(bytes), false);
  }

  end(): TableEnd {
    const last = this.feed(this.decoder.end(), true);
    const { file } = this.options;
    const sink = this.sink;
    // the encoding as finally read: a byte that is not UTF-8 may come pieces after the header was sniffed
    const dialect = this.configured ? { ...this.configured, encoding: this.decoder.encoding } : this.fallback();
    const result = (rows: readonly CsvRecord[]): TableEnd => ({ rows, dialect, findings: sink.kept, omittedFindings: sink.omitted });
    if (this.decoder.binary) {
      // found pieces into the file (a NUL past the first slice), it is what it is when found at once: no
      // rows, no dialect, nothing but that (the reader's earlier findings dropped; `binary` tells its
      // callers to drop the rows they took, as `LeanReader` and `InputReader` do)
      const found = finding("file/binary", "error", file, { args: { kind: this.decoder.binary } });
      this.pending = "";
      return { rows: [], dialect: this.fallback(), findings: [found], omittedFindings: NOTHING_OMITTED };
    }
    if (this.decoder.firstInvalidLine !== null) {
      sink.add(finding("file/encoding", "warning", file, { line: this.decoder.firstInvalidLine, args: { encoding: this.decoder.encoding } }));
    }
    if (this.tooLong !== null) {
      sink.add(finding("csv/malformed", "error", file, { line: this.tooLong, args: { reason: "record-too-long" } }));
      return result([]);
    }
    if (!this.sawContent) {
      sink.add(finding("file/empty", "error", file, { args: { reason: "no-content" } }));
      return result([]);
    }
    const t = this.tokenizer!;
    if (t.unclosedQuoteLine !== null) {
      sink.add(finding("csv/malformed", "error", file, { line: t.unclosedQuoteLine, args: { reason: "unclosed-quote" } }));
    }
    for (const line of t.strayQuoteLines) sink.add(finding("csv/malformed", "warning", file, { line, args: { reason: "text-after-quote" } }));
    if (!this.header) {
      sink.add(finding("file/empty", "error", file, { args: { reason: "no-content" } }));
      return result([]);
    }
    if (this.rows + t.laneTaken === 0 && t.unclosedQuoteLine === null) {
      sink.add(finding("file/empty", "error", file, { line: this.header.line, args: { reason: "header-only" } }));
    }
    return result(last.rows);
  }

  private feed(text: string, final: boolean): TablePart {
    if (this.decoder.binary || this.tooLong !== null) return { rows: [] };
    const part = this.feedText(text, final);
    const max = this.options.maxHeld ?? MAX_HELD;
    // once the header is read, the one unfinished record held; before, the first line alone: the text
    // before the header may rightly be held longer (a header cell with a quoted line break waits for
    // its end, which the quotes decide), and only a line with no end grows past any bound
    const over = this.tokenizer ? this.tokenizer.held > max : (this.firstBreak ?? this.pending.length) > max;
    if (over) {
      // let go of it, and read no more (the rows completed before it are read)
      this.tooLong = this.tokenizer ? this.tokenizer.heldLine : 1;
      this.pending = "";
      this.tokenizer?.drop();
    }
    return part;
  }

  private feedText(text: string, final: boolean): TablePart {
    if (!this.sawContent && /\S/.test(text)) this.sawContent = true;
    let input = text;
    if (!this.tokenizer) {
      // no line break yet, and none in this piece: the header cannot be complete (and searching the
      // whole of a long first line again at every piece would be quadratic)
      if (this.firstBreak === null) {
        const at = text.search(/\r|\n/);
        if (at >= 0) this.firstBreak = this.pending.length + at;
      }
      const unbroken = !final && this.firstBreak === null;
      this.pending += text;
      if (unbroken || (!final && !headerComplete(this.pending))) return { rows: [] };
      const body = this.configure(this.pending, final);
      // a header with no delimiter: held until the lines below it that decide one are in
      if (body === null) return { rows: [] };
      input = body;
      this.pending = "";
    }
    const records = this.tokenizer!.push(input);
    if (final) for (const r of this.tokenizer!.end()) records.push(r);
    return { rows: this.take(records, final) };
  }

  /**
   * Reads the sep= line and sniffs the delimiter from the header; returns the text the tokenizer is to
   * read, or null while the text so far cannot decide the delimiter (`final`: it is all there is).
   */
  private configure(text: string, final: boolean): string | null {
    let body = text;
    let firstLine = 1;
    let delimiter = this.options.delimiter;
    let delimiterSource: Dialect["delimiterSource"] = delimiter ? "option" : "default";
    // Excel's "sep=;" first line names the delimiter and is not part of the table
    const firstBreak = text.search(/\r\n|\r|\n/);
    const sep = SEP_LINE.exec(firstBreak < 0 ? text : text.slice(0, firstBreak));
    if (sep) {
      body = firstBreak < 0 ? "" : text.slice(firstBreak + (text.startsWith("\r\n", firstBreak) ? 2 : 1));
      firstLine = 2;
      if (!delimiter) {
        delimiter = sep[1]!;
        delimiterSource = "sep-line";
      }
    }
    if (!delimiter) {
      const sniffed = sniff(body, final);
      if (sniffed === MORE) return null;
      delimiter = sniffed.delimiter ?? ",";
      delimiterSource = sniffed.delimiter ? "sniffed" : "default";
      this.titleSniffed = sniffed.title;
    }
    this.configured = { encoding: this.decoder.encoding, delimiter, delimiterSource, decimalComma: delimiter !== ",", lineEnding: lineEnding(body) };
    this.tokenizer = new CsvTokenizer(delimiter, firstLine);
    return body;
  }

  /**
   * Splits off the header and checks each row's width against it (a blank row's width says nothing).
   * Rows of empty cells before the header (";;;" where Excel kept a blank row above the table) are
   * passed over, as blank lines are.
   */
  private take(records: CsvRecord[], final = false): CsvRecord[] {
    let rows = records;
    if (!this.header) {
      rows = this.findHeader(records, final);
      if (!this.header) return [];
    }
    const width = this.header?.cells.length ?? 0;
    for (const row of rows) {
      // a blank row (";;;" as Excel writes the used range's width) is no row of the table: no warning
      if (row.cells.length !== width && !this.titleHeader && !row.cells.every((c) => c === "")) {
        this.sink.add(finding("csv/ragged", "warning", this.options.file, { line: row.line, args: { cells: row.cells.length, expected: width } }));
      }
    }
    this.rows += rows.length;
    return rows;
  }

  /**
   * Sets the header from the rows so far (held in `waiting` between pieces while a title's rows are
   * looked below) and returns the rows after it; none while it is not yet known.
   */
  private findHeader(records: CsvRecord[], final: boolean): CsvRecord[] {
    const rows = this.waiting ? [...this.waiting, ...records] : records;
    this.waiting = null;
    let first = 0;
    while (first < rows.length && rows[first]!.cells.every((c) => c === "")) first++;
    if (first === rows.length) return [];
    const isHeader = this.options.isHeader;
    const verdict = isHeader?.(rows[first]!.cells) ?? true;
    if (verdict === true) return this.headerAt(rows, first, first);
    // a header "only failing a better one" (a side-by-side file's) is taken where none better is within reach
    let fallback = verdict === "fallback" ? first : -1;
    const last = Math.min(rows.length - 1, first + TITLE_SEARCH);
    let wide = tableWide(rows[first]!.cells);
    let stopped = false;
    for (let at = first + 1; at <= last; at++) {
      // past TITLE_ROWS only below a letterhead: rows wider than its are a table's, not a title's
      if (at > first + titleReach(wide)) {
        stopped = true;
        break;
      }
      const below = isHeader!(rows[at]!.cells);
      if (below === true) return this.headerAt(rows, at, first);
      if (below === "fallback" && fallback < 0) fallback = at;
      wide ||= tableWide(rows[at]!.cells);
    }
    if (!stopped && last < first + TITLE_SEARCH && !final) {
      this.waiting = rows.slice(first);
      return [];
    }
    // no header below either: the first row is the header, and the reader says what it lacks
    return this.headerAt(rows, fallback < 0 ? first : fallback, first);
  }

  private headerAt(rows: readonly CsvRecord[], at: number, first: number): CsvRecord[] {
    const header = rows[at]!;
    this.header = header;
    const cells = header.cells;
    this.titleHeader = cells.length === 1 && (this.titleSniffed || !DELIMITERS.some((d) => cells[0]!.includes(d)));
    if (at > first) {
      const above = rows.slice(first, at).filter((r) => !r.cells.every((c) => c === "")).length;
      this.sink.add(finding("file/title-rows", "warning", this.options.file, { line: rows[first]!.line, args: { header: header.line, rows: above } }));
    }
    return rows.slice(at + 1);
  }

  /** The dialect of a file that never reached its header (binary, empty). */
  private fallback(): Dialect {
    const delimiter = this.options.delimiter ?? ",";
    return {
      encoding: this.decoder.encoding,
      delimiter,
      delimiterSource: this.options.delimiter ? "option" : "default",
      decimalComma: delimiter !== ",",
      lineEnding: lineEnding(this.pending),
    };
  }
}

/** Whether text holds the first line and a complete header: a line break after the first line with content. */
function headerComplete(text: string): boolean {
  const content = text.search(/\S/);
  if (content < 0) return false;
  const firstBreak = text.search(/\r|\n/);
  // a CR ending the text may be half of a CRLF, which decides the line ending the file is said to have
  if (firstBreak < 0 || firstBreak === text.length - 1) return false;
  // the first line may be Excel's sep= line: then the header is the next line with content
  const afterFirst = SEP_LINE.test(text.slice(0, firstBreak)) ? firstBreak + 1 : 0;
  const header = headerStart(text.slice(afterFirst));
  if (header < 0) return false;
  // a header with a quoted line break is complete only at its end (`headerEnd`): the tokenizer copes
  // with it either way, this only decides when to sniff
  const end = headerEnd(text, afterFirst + header, new Map(), false);
  return end >= 0 && !(end === text.length - 1 && text.charCodeAt(end) === 13);
}

/**
 * How far a header line is searched for a line break outside quotes. A header whose quotes allow none
 * within it has a quote that never closes: a stray `"` in a heading (`tingkat "akhir`), which the
 * tokenizer reads as an ordinary character. Without the bound the reader held all of such a file
 * before sniffing it; with it, it holds 64 KiB.
 */
const HEADER_READ = 64 * 1024;

/**
 * Where the header line starting at `from` ends, its candidates outside quotes counted into `counts`:
 * the first line break outside quotes (Excel's Alt+Enter puts one inside a quoted heading,
 * `"No.⏎Urut";…`); where there is none within `HEADER_READ`, the first line break; at the end of all
 * there is (`final`) with its quotes closed, that end. -1 where the text so far does not say.
 *
 * Only the first break was once looked at, and it had to follow an even number of quotes: a header with
 * a quoted line break (or a stray quote) was never complete, and the reader held the whole file before
 * it read a row (rank of a million rows: 3.0 s and 375 MB instead of 0.7 s and 79 MB).
 */
function headerEnd(text: string, from: number, counts: Map<string, number>, final: boolean): number {
  const limit = Math.min(text.length, from + HEADER_READ);
  const end = countLine(text, from, limit, counts);
  if (end < limit) return end;
  if (limit === text.length) {
    if (!final) return -1;
    // all there is, its quotes closed: the header is the file's last line (a template of headings alone)
    if (!quoteOpen(text, from, limit)) return limit;
  }
  // a quote that never closes (within the bound, or in all there is): the heading ends at its first
  // line break, and counts what comes before it; a file as short or as long reads it the same way
  counts.clear();
  const brk = text.slice(from).search(/\r|\n/);
  if (brk >= 0) {
    countLine(text, from, from + brk, counts);
    return from + brk;
  }
  if (!final) return -1;
  countLine(text, from, text.length, counts);
  return text.length;
}

/** Whether an odd number of quotes lies from `from` to `to`: a quote opened there is still open, as `countLine` counts them. */
function quoteOpen(text: string, from: number, to: number): boolean {
  let open = false;
  for (let q = text.indexOf('"', from); q >= 0 && q < to; q = text.indexOf('"', q + 1)) open = !open;
  return open;
}

/**
 * Where the header starts: the first line with more than blanks and delimiters (a row of ";;;" above
 * the table is Excel's blank row, as `take` passes it over); -1 where there is none yet.
 */
function headerStart(text: string): number {
  // looked for in the first 64 KiB only: it is asked again at every piece until the header is complete,
  // and a hostile file of blank rows would make that quadratic; past them, the first content is the header
  const short = text.length <= BLANK_ROWS_READ;
  const found = /^[^\r\n]*[^\s,;|]/m.exec(short ? text : text.slice(0, BLANK_ROWS_READ));
  return found ? found.index : short ? -1 : text.search(/\S/);
}

/** How far blank rows above the header are passed over when the delimiter is sniffed. */
const BLANK_ROWS_READ = 64 * 1024;

/**
 * How many lines with a delimiter below the header are read: they decide the delimiter below a header
 * that has none, and whether a header's own is the table's (the title-row hint also looks 10 rows down).
 */
const SNIFF_LINES = 10;
/**
 * How far below the header they are looked for, in characters from its end: the reader holds the
 * text until then, once per file, and a file with no delimiter anywhere (one column) is not held whole.
 * Under half a `PUSH_SLICE`, so that the first slice of a file with a short header decides.
 */
const SNIFF_READ = 16 * 1024;
/** `sniff`'s answer while the text so far cannot decide */
const MORE = Symbol("more");

/**
 * Picks the candidate that occurs most often, outside quotes, in the header:
 * the first line with content (`headerStart`), up to a line break outside
 * quotes (Excel's Alt+Enter puts one inside a quoted title: `"No.⏎Urut";…`).
 * Ties go to ';' first: a tie means the header has both, and Indonesian Excel
 * writes ';'. Null when neither the header nor the lines below it have one
 * (one column).
 *
 * A header with no candidate at all is most often a title typed above the
 * table (`PENILAIAN MANDIRI SPBE 2024`, by hand or by a tool that does not pad
 * a row with empty cells as Excel does: `…2024;;;;;;;`): then the candidates
 * are counted over the next `SNIFF_LINES` lines that have one (within
 * `SNIFF_READ`), the table's header and first rows, and the file is read with
 * the table's delimiter, so that the title is one cell and the missing column
 * can say where the table's header is. Summed rather than taken from the first
 * such line, so that a subtitle with a comma ("Kabupaten X, Provinsi Y") above
 * a ';' table does not decide it.
 *
 * A title may hold a candidate too (`Penilaian Mandiri SPBE, Kab. Contoh 2024`
 * above a ';' table): the same lines below say so (`tableBelow`), and then
 * they decide as they do below a title with none. A header whose candidate
 * the lines below use, line after line, decides: a two-column header
 * (`indikator,biaya`) is a line of two cells as such a title is, and the rows
 * of a real ',' table may hold more ';' than ',' (notes written with ';'), but
 * each of them holds its ','.
 */
export function sniffDelimiter(text: string): string | null {
  const sniffed = sniff(text, true);
  return sniffed === MORE ? null : sniffed.delimiter;
}

/** What `sniff` finds: the delimiter, and whether the header was taken for a title above a table with another. */
interface Sniffed {
  readonly delimiter: string | null;
  readonly title: boolean;
}

/** `sniffDelimiter`, or `MORE` where the text (not `final`) ends before what decides it. */
function sniff(text: string, final: boolean): Sniffed | typeof MORE {
  // a file of nothing but blank rows (";;") has no header; its delimiter is still theirs
  const start = headerStart(text);
  const from = start >= 0 ? start : text.search(/\S/);
  const header = new Map<string, number>();
  if (start < 0) {
    countLine(text, from < 0 ? text.length : from, text.length, header);
    return { delimiter: mostCounted(header), title: false };
  }
  let end = headerEnd(text, start, header, final);
  if (end < 0) return MORE;
  // the candidates of each of the next lines that have one
  const below: Map<string, number>[] = [];
  const limit = Math.min(text.length, end + SNIFF_READ);
  while (below.length < SNIFF_LINES && end < limit) {
    const line = new Map<string, number>();
    end = countLine(text, end + (text.startsWith("\r\n", end) ? 2 : 1), limit, line);
    // the line may go on in the next piece (the window, once reached, ends it in any case)
    if (end === text.length && !final) return MORE;
    if (line.size > 0) below.push(line);
  }
  if (header.size === 0) {
    const delimiter = mostCounted(sum(below));
    return { delimiter, title: false };
  }
  const own = mostCounted(header)!;
  const table = tableBelow(below, own);
  return table === null ? { delimiter: own, title: false } : { delimiter: table, title: true };
}

/**
 * The delimiter of a table below a header whose own (`own`) it does not use: a candidate in every
 * line from the first that has it on (the table's header and rows; a subtitle may come first), where
 * some of those lines lack `own`. From a later line than the first, at least two lines: one line of
 * one cell with a ';' in it at the end of a ',' table is no table. Null where there is no such
 * candidate; of several, the most counted over their lines.
 */
function tableBelow(below: readonly ReadonlyMap<string, number>[], own: string): string | null {
  const counts = new Map<string, number>();
  for (const d of DELIMITERS) {
    if (d === own) continue;
    const first = below.findIndex((line) => line.has(d));
    if (first < 0) continue;
    const lines = below.slice(first);
    if (first > 0 && lines.length < 2) continue;
    if (!lines.every((line) => line.has(d)) || lines.every((line) => line.has(own))) continue;
    counts.set(d, total(lines.map((line) => line.get(d)!)));
  }
  return mostCounted(counts);
}

/** The candidate counted most, a tie to the first in `DELIMITERS`; null where none is counted. */
function mostCounted(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const c = counts.get(d) ?? 0;
    if (c > bestCount) [best, bestCount] = [d, c];
  }
  return best;
}

function sum(lines: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) for (const [d, c] of line) counts.set(d, (counts.get(d) ?? 0) + c);
  return counts;
}

function total(counts: Iterable<number>): number {
  let n = 0;
  for (const c of counts) n += c;
  return n;
}

/**
 * What `countLine` stops at: a quote, a line break, a candidate. Found by the regular expression
 * engine rather than a loop over every character: the sniffing runs once per file, before any of
 * this code is hot, and in V8's interpreter the loop was ±0.4 ms of a 47-row `score`.
 */
const LINE_MARKS = new RegExp(`["\r\n${DELIMITERS.join("")}]`, "g");

/** Counts the candidates outside quotes from `from` to a line break outside quotes (or `limit`); returns where it stopped. */
function countLine(text: string, from: number, limit: number, counts: Map<string, number>): number {
  if (from >= limit) return from;
  let quoted = false;
  LINE_MARKS.lastIndex = from;
  for (let m = LINE_MARKS.exec(text); m !== null && m.index < limit; m = LINE_MARKS.exec(text)) {
    const ch = m[0];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "\n" || ch === "\r") return m.index;
    else counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return limit;
}

function lineEnding(text: string): Dialect["lineEnding"] {
  const i = text.search(/\r\n|\r|\n/);
  if (i < 0) return "none";
  return text.startsWith("\r\n", i) ? "crlf" : text[i] === "\r" ? "cr" : "lf";
}

/** A table for a file that could not be read at all (too large): no rows, one finding. */
export function unreadTable(file: string, reason: Finding): Table {
  const dialect: Dialect = { encoding: "utf-8", delimiter: ",", delimiterSource: "default", decimalComma: false, lineEnding: "none" };
  return { file, dialect, header: null, rows: [], findings: [reason], omittedFindings: NOTHING_OMITTED };
}
