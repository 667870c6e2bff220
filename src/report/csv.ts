import { csvSafe } from "./text.js";

export interface CsvOptions {
  /**
   * For Excel in the Indonesian locale: ';' delimiter, decimal comma, UTF-8 BOM
   * and CRLF. Without it Excel-ID reads "3.084" as three thousand and eighty-four.
   */
  readonly excel?: boolean | undefined;
}

const DECIMAL = /^-?\d+\.\d+$/;

/**
 * Every CSV the tool writes, whole: each cell neutralised against formula
 * injection first, then RFC 4180 quoting (`csvRecords`). The document is
 * `csvPieces` joined; where a CSV must never be held whole (score's and rank's,
 * which the CLI writes as they are made) the renderer gives the pieces instead.
 */
export function renderCsv(head: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  return [...csvPieces(head, rows, options)].join("");
}

/** Records per piece of `csvPieces`: ~100 KB of a ranking. */
const RECORDS_PER_PIECE = 1024;

export type CsvCell = string | number | null;

/** How the tool writes a CSV with `options`: its delimiters, and a record as one flat string. */
export interface CsvDialect {
  readonly delimiter: "," | ";";
  readonly recordDelimiter: "\n" | "\r\n";
  /** what the document starts with: the UTF-8 BOM of an --excel CSV, else nothing */
  readonly bom: "\uFEFF" | "";
  /**
   * The cells neutralised against formula injection, quoted where they must be and joined, without
   * the record delimiter. A row's record is its parts' records joined by `delimiter`: a renderer
   * may write the cells every row shares once (score-csv: the assessment's, an indicator's).
   */
  record(row: readonly CsvCell[]): string;
}

export function csvDialect(options: CsvOptions = {}): CsvDialect {
  const excel = options.excel === true;
  const delimiter = excel ? ";" : ",";
  const safe = (c: CsvCell): string => {
    const text = c === null ? "" : typeof c === "string" ? c : String(c);
    return excel && DECIMAL.test(text) ? text.replace(".", ",") : csvSafe(text);
  };
  return { delimiter, recordDelimiter: excel ? "\r\n" : "\n", bom: excel ? "\uFEFF" : "", record: (row) => csvRecord(row, delimiter, safe) };
}

/**
 * The CSV of `renderCsv` in pieces of whole records, made as they are asked
 * for: the CLI writes each before the next is made (`RendererEntry.loadPieces`),
 * so a national ranking's document never exists whole (14 MB of a 2-million-row
 * `spbe rank`'s peak). A row given as a string is a record already written:
 * the document is then made in the dialect it was written in, given instead of the options.
 */
export function* csvPieces(head: readonly string[], rows: Iterable<readonly CsvCell[] | string>, options: CsvOptions | CsvDialect = {}): Generator<string> {
  const dialect = "record" in options ? options : csvDialect(options);
  const { recordDelimiter } = dialect;
  // "" last: every record ends with its delimiter, and the piece is the one flat string join makes
  const piece = (records: string[]): string => [...records, ""].join(recordDelimiter);
  let lines = [dialect.bom + dialect.record(head)];
  for (const row of rows) {
    lines.push(typeof row === "string" ? row : dialect.record(row));
    if (lines.length === RECORDS_PER_PIECE) {
      yield piece(lines);
      lines = [];
    }
  }
  if (lines.length > 0) yield piece(lines);
}

const NEEDS_QUOTES: Readonly<Record<"," | ";", RegExp>> = { ",": /[",\r\n]/, ";": /[";\r\n]/ };

/**
 * RFC 4180 records as csv-stringify writes them by default, which
 * test/csv-writer.test.ts holds it to: a cell is quoted when it holds the
 * delimiter, a quote, CR or LF, its quotes doubled, and every record ends with
 * the record delimiter. Written here because csv-stringify took 120–270 ms
 * for the 21 000 rows of `spbe rank` on a national file and this 15–30 ms.
 */
export function csvRecords(records: readonly (readonly string[])[], delimiter: "," | ";", recordDelimiter: "\n" | "\r\n"): string {
  return records.map((record) => csvRecord(record, delimiter, (cell) => cell) + recordDelimiter).join("");
}

/**
 * One record, without its record delimiter, as one flat string: the cells
 * joined (`Array.join` copies into a flat string). Appending cell by cell with
 * `+=` built a rope of every cell instead, which stayed alive until the document
 * was joined: 35 MB for the 42 000 rows of a 2-million-row `spbe rank`. Each cell
 * made its text (`text`: csvPieces makes it safe first), then quoted, in one pass
 * into one array: a national file's score is 1.3 million rows of 23 cells, and an
 * array per step of each row was most of its garbage.
 */
function csvRecord<T>(record: readonly T[], delimiter: "," | ";", text: (cell: T) => string): string {
  const needsQuotes = NEEDS_QUOTES[delimiter];
  const cells = new Array<string>(record.length);
  for (let i = 0; i < record.length; i++) {
    const value = text(record[i]!);
    cells[i] = needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  }
  return cells.join(delimiter);
}
