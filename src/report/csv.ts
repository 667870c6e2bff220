import { stringify } from "csv-stringify/sync";
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
 * Every CSV the tool writes: RFC 4180 quoting by csv-stringify, each cell
 * neutralised against formula injection first.
 */
export function renderCsv(head: readonly string[], rows: readonly (readonly (string | number | null)[])[], options: CsvOptions = {}): string {
  const cell = (c: string | number | null): string => {
    const text = c === null ? "" : String(c);
    return options.excel && DECIMAL.test(text) ? text.replace(".", ",") : csvSafe(text);
  };
  const body = stringify(
    [head, ...rows].map((row) => row.map(cell)),
    options.excel ? { delimiter: ";", record_delimiter: "\r\n" } : { record_delimiter: "\n" },
  );
  return options.excel ? `\uFEFF${body}` : body;
}
