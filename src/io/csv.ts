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
  let i = 0;
  const n = text.length;

  const endCell = () => {
    cells.push(cell.trim());
    cell = "";
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

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && cell.trim() === "") {
      // quoted cell: read to the closing quote, "" is an escaped quote
      const openLine = line;
      cell = "";
      i++;
      let closed = false;
      while (i < n) {
        const q = text.charCodeAt(i);
        if (q === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (lineBreak()) {
          cell += "\n";
          continue;
        }
        // copy a run of ordinary characters at once
        let j = i + 1;
        while (j < n) {
          const k = text.charCodeAt(j);
          if (k === QUOTE || k === LF || k === CR) break;
          j++;
        }
        cell += text.slice(i, j);
        i = j;
      }
      if (!closed) {
        endRecord();
        return { records, unclosedQuoteLine: openLine, strayQuoteLines };
      }
      // text between the closing quote and the next delimiter is kept, but noted
      while (i < n) {
        const k = text.charCodeAt(i);
        if (k === delim || k === LF || k === CR) break;
        if (k !== 32 && k !== 9 && strayQuoteLines.at(-1) !== line) strayQuoteLines.push(line);
        cell += text[i];
        i++;
      }
      continue;
    }
    if (c === QUOTE) {
      // a quote inside an unquoted cell is an ordinary character
      cell += '"';
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
    let j = i + 1;
    while (j < n) {
      const k = text.charCodeAt(j);
      if (k === delim || k === LF || k === CR || k === QUOTE) break;
      j++;
    }
    cell += text.slice(i, j);
    i = j;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return { records, unclosedQuoteLine: null, strayQuoteLines };
}
