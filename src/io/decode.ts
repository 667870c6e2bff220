/**
 * Bytes → text. Spreadsheet programs save CSV as UTF-8 with or without a BOM,
 * as UTF-16 ("Unicode text") with a BOM, or in the Windows code page. We decode
 * by BOM, else as UTF-8; invalid UTF-8 (typically Windows-1252 notes) is decoded
 * with U+FFFD and reported as a warning naming the first bad line, so a stray
 * "é" in a note never stops scoring.
 */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** 1-based line of the first byte sequence that is not UTF-8, or null */
  readonly firstInvalidLine: number | null;
  /** why the bytes are not text at all (NUL bytes, a ZIP/XLSX container), or null */
  readonly binary: "nul" | "xlsx" | "xls" | null;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, "utf-16be");

  const binary = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ? "xlsx" : startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) ? "xls" : bytes.includes(0) ? "nul" : null;
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding: Encoding = bom ? "utf-8-bom" : "utf-8";
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding, firstInvalidLine: null, binary };
  } catch {
    const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body);
    return { text, encoding, firstInvalidLine: firstInvalidUtf8Line(body), binary };
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(2));
  const bad = text.indexOf("\uFFFD");
  const firstInvalidLine = bad < 0 ? null : lineOfOffset(text, bad);
  return { text, encoding, firstInvalidLine, binary: text.includes("\0") ? "nul" : null };
}

/**
 * Decodes line by line with a fatal decoder until one fails; only runs on files already known to be bad.
 * Lines end at CRLF, LF or a lone CR, as the tokenizer counts them (old Mac "CSV" files use CR).
 */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (i === bytes.length || b === 0x0a || b === 0x0d) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
      line++;
      start = i + 1;
    }
  }
  return line;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
