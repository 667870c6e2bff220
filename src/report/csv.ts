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
export function renderCsv(head: readonly string[], rows: Iterable<readonly (string | number | null)[]>, options: CsvOptions = {}): string {
  return [...csvPieces(head, rows, options)].join("");
}

/** Records per piece of `csvPieces`: ~100 KB of a ranking. */
const RECORDS_PER_PIECE = 1024;

/**
 * The CSV of `renderCsv` in pieces of whole records, made as they are asked
 * for: the CLI writes each before the next is made (`RendererEntry.loadPieces`),
 * so a national ranking's document never exists whole (14 MB of a 2-million-row
 * `spbe rank`'s peak).
 */
export function* csvPieces(head: readonly string[], rows: Iterable<readonly (string | number | null)[]>, options: CsvOptions = {}): Generator<string> {
  const excel = options.excel === true;
  const [delimiter, recordDelimiter] = excel ? ([";", "\r\n"] as const) : ([",", "\n"] as const);
  const safe = (c: string | number | null): string => {
    const text = c === null ? "" : typeof c === "string" ? c : String(c);
    return excel && DECIMAL.test(text) ? text.replace(".", ",") : csvSafe(text);
  };
  const record = (row: readonly (string | number | null)[]): string => csvRecord(row, delimiter, safe);
  // "" last: every record ends with its delimiter, and the piece is the one flat string join makes
  const piece = (records: string[]): string => [...records, ""].join(recordDelimiter);
  let lines = [(excel ? "\uFEFF" : "") + record(head)];
  for (const row of rows) {
    lines.push(record(row));
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
