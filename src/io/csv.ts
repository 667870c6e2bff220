/**
 * A small RFC 4180 tokenizer that keeps what users need in findings: the line
 * each record starts on and the line where an unclosed quote opened.
 *
 * Why not csv-parse: its delimiter_auto chokes on a BOM or any non-ASCII byte,
 * a delimiter list splits the decimal comma in "3,5", and its `info` reports
 * the line a record ends on, not the one it starts on. Sniffing, decoding and
 * locating are the hard part here, and they are ours either way.
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
const CR = 13;
const LF = 10;

/** Splits text into records. Blank lines are dropped; `firstLine` numbers lines after a skipped `sep=` line. */
export function tokenize(text: string, delimiter: string, firstLine = 1): Tokenized {
  const delim = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const strayQuoteLines: number[] = [];
  let line = firstLine;
  let recordLine = line;
  let cells: string[] = [];
  let cell = "";
  // whether `cell` holds only whitespace so far; a flag, not `cell.trim()`, so that a
  // cell full of quotes (`a"a"a"…`) stays linear instead of re-trimming the cell per quote
  let blank = true;
  let i = 0;
  const n = text.length;

  const endCell = () => {
    cells.push(cell.trim());
    cell = "";
    blank = true;
  };
  const endRecord = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== "") records.push({ line: recordLine, cells });
    cells = [];
  };
  /** consumes one line break at i (CRLF, LF or a lone CR) and returns true if there was one */
  const lineBreak = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      return true;
    }
    return false;
  };
  /** index of the first delimiter or line break at or after `from`, or n */
  const cellEnd = (from: number, stopAtQuote: boolean): number => {
    let j = from;
    while (j < n) {
      const k = text.charCodeAt(j);
      if (k === delim || k === LF || k === CR || (stopAtQuote && k === QUOTE)) break;
      j++;
    }
    return j;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && blank) {
      // quoted cell: read to the closing quote, "" is an escaped quote; chunks between
      // quotes are copied whole, their line breaks counted and written as "\n"
      const openLine = line;
      const parts: string[] = [];
      i++;
      let closed = false;
      while (i < n) {
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        if (end > i) {
          const chunk = text.slice(i, end);
          if (chunk.includes("\r") || chunk.includes("\n")) {
            const normalised = chunk.replace(/\r\n?/g, "\n");
            for (let at = normalised.indexOf("\n"); at >= 0; at = normalised.indexOf("\n", at + 1)) line++;
            parts.push(normalised);
          } else parts.push(chunk);
        }
        i = end;
        if (q < 0) break;
        if (text.charCodeAt(i + 1) === QUOTE) {
          parts.push('"');
          i += 2;
          continue;
        }
        i++;
        closed = true;
        break;
      }
      cell = parts.join("");
      blank = false;
      if (!closed) {
        endRecord();
        return { records, unclosedQuoteLine: openLine, strayQuoteLines };
      }
      // text between the closing quote and the next delimiter is kept, but noted
      const j = cellEnd(i, false);
      if (j > i) {
        const rest = text.slice(i, j);
        if (/[^ \t]/.test(rest) && strayQuoteLines.at(-1) !== line) strayQuoteLines.push(line);
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
    if (c === delim) {
      endCell();
      i++;
      continue;
    }
    if (lineBreak()) {
      endRecord();
      recordLine = line;
      continue;
    }
    // once the cell has text, a quote in it is ordinary and need not end the run
    const j = cellEnd(i + 1, blank);
    const run = text.slice(i, j);
    cell += run;
    if (blank && /\S/.test(run)) blank = false;
    i = j;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return { records, unclosedQuoteLine: null, strayQuoteLines };
}
