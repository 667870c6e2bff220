import { type Finding, FindingSink, finding, type Omitted } from "../core/findings.js";
import { type CsvRecord, tokenize } from "./csv.js";
import { decodeBytes, type Encoding } from "./decode.js";

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
}

const DELIMITERS = [",", ";", "\t", "|"] as const;
/**
 * Excel's `sep=;` line. The delimiter must be a tab or a visible ASCII character other
 * than a quote: a control character there would reach the terminal in "Dibaca: … pemisah"
 * (ESC moves the cursor), so such a line is not a sep line and is read as the header.
 */
const SEP_LINE = /^sep=([\t!#-~])[ \t]*$/i;

/** Bytes → header and rows, with every problem as a finding. Pure; never throws on any input. */
export function readTable(bytes: Uint8Array, options: ReadOptions): Table {
  const { file } = options;
  const decoded = decodeBytes(bytes);
  const sink = new FindingSink();
  const empty = (dialect: Dialect): Table => ({ file, dialect, header: null, rows: [], findings: sink.kept, omittedFindings: sink.omitted });

  let text = decoded.text;
  const fallback: Dialect = {
    encoding: decoded.encoding,
    delimiter: options.delimiter ?? ",",
    delimiterSource: options.delimiter ? "option" : "default",
    decimalComma: (options.delimiter ?? ",") !== ",",
    lineEnding: lineEnding(text),
  };
  if (decoded.binary) {
    sink.add(finding("file/binary", "error", file, { args: { kind: decoded.binary } }));
    return empty(fallback);
  }
  if (decoded.firstInvalidLine !== null) {
    sink.add(finding("file/encoding", "warning", file, { line: decoded.firstInvalidLine, args: { encoding: decoded.encoding } }));
  }
  if (text.trim() === "") {
    sink.add(finding("file/empty", "error", file, { args: { reason: "no-content" } }));
    return empty(fallback);
  }

  // Excel's "sep=;" first line names the delimiter and is not part of the table
  let firstLine = 1;
  let delimiter = options.delimiter;
  let delimiterSource: Dialect["delimiterSource"] = delimiter ? "option" : "default";
  const firstBreak = text.search(/\r\n|\r|\n/);
  const first = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const sep = SEP_LINE.exec(first);
  if (sep) {
    text = firstBreak < 0 ? "" : text.slice(firstBreak + (text.startsWith("\r\n", firstBreak) ? 2 : 1));
    firstLine = 2;
    if (!delimiter) {
      delimiter = sep[1]!;
      delimiterSource = "sep-line";
    }
  }
  if (!delimiter) {
    const sniffed = sniffDelimiter(text);
    delimiter = sniffed ?? ",";
    delimiterSource = sniffed ? "sniffed" : "default";
  }
  const dialect: Dialect = {
    encoding: decoded.encoding,
    delimiter,
    delimiterSource,
    decimalComma: delimiter !== ",",
    lineEnding: lineEnding(text),
  };

  const tokenized = tokenize(text, delimiter, firstLine);
  if (tokenized.unclosedQuoteLine !== null) {
    sink.add(finding("csv/malformed", "error", file, { line: tokenized.unclosedQuoteLine, args: { reason: "unclosed-quote" } }));
  }
  for (const line of tokenized.strayQuoteLines) {
    sink.add(finding("csv/malformed", "warning", file, { line, args: { reason: "text-after-quote" } }));
  }
  const [header, ...rows] = tokenized.records;
  if (!header) {
    sink.add(finding("file/empty", "error", file, { args: { reason: "no-content" } }));
    return empty(dialect);
  }
  if (rows.length === 0 && tokenized.unclosedQuoteLine === null) {
    sink.add(finding("file/empty", "error", file, { line: header.line, args: { reason: "header-only" } }));
  }
  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      sink.add(
        finding("csv/ragged", "warning", file, {
          line: row.line,
          args: { cells: row.cells.length, expected: header.cells.length },
        }),
      );
    }
  }
  return { file, dialect, header, rows, findings: sink.kept, omittedFindings: sink.omitted };
}

/**
 * Picks the candidate that occurs most often, outside quotes, in the first
 * non-blank line (the header). Ties go to ';' first: a tie means the header has
 * both, and Indonesian Excel writes ';'. Null when the header has none (one column).
 */
export function sniffDelimiter(text: string): string | null {
  const header = /^[^\r\n]*\S[^\r\n]*/m.exec(text)?.[0] ?? "";
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const d of [";", ",", "\t", "|"]) {
    const c = counts.get(d) ?? 0;
    if (c > bestCount) [best, bestCount] = [d, c];
  }
  return best;
}

function lineEnding(text: string): Dialect["lineEnding"] {
  const i = text.search(/\r\n|\r|\n/);
  if (i < 0) return "none";
  return text.startsWith("\r\n", i) ? "crlf" : text[i] === "\r" ? "cr" : "lf";
}

/** A table for a file that could not be read at all (too large): no rows, one finding. */
export function unreadTable(file: string, reason: Finding): Table {
  const dialect: Dialect = { encoding: "utf-8", delimiter: ",", delimiterSource: "default", decimalComma: false, lineEnding: "none" };
  return { file, dialect, header: null, rows: [], findings: [reason], omittedFindings: { count: 0, anyError: false } };
}
