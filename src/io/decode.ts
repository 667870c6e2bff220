/**
 * Bytes → text. Spreadsheet programs save CSV as UTF-8 with or without a BOM,
 * as UTF-16 ("Unicode text") with a BOM, or in the Windows code page ("CSV"
 * in Excel on Windows is Windows-1252). We decode by BOM, else as UTF-8. Bytes
 * that are not UTF-8 are then read as Windows-1252 when the file has no UTF-8
 * sequence at all and no byte that code page leaves undefined (a whole file
 * saved as ANSI: "café" comes back right); otherwise (a UTF-8 file with a stray
 * byte) they become U+FFFD. Either way a warning names the first line, so a
 * stray "é" in a note never stops scoring.
 */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-8-replaced" | "utf-16le" | "utf-16be" | "windows-1252";

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
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? "utf-8-bom" : "utf-8", firstInvalidLine: null, binary };
  } catch {
    const firstInvalidLine = firstInvalidUtf8Line(body);
    if (!bom && looksLikeWindows1252(body)) {
      return { text: decodeWindows1252(body), encoding: "windows-1252", firstInvalidLine, binary };
    }
    const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body);
    return { text, encoding: "utf-8-replaced", firstInvalidLine, binary };
  }
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹
 * Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. Decoded here: Node 20's TextDecoder
 * ("windows-1252") gives C1 control characters for that range.
 */
const HIGH_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? HIGH_1252.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** No well-formed UTF-8 multi-byte sequence anywhere, and no byte Windows-1252 leaves undefined. */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (UNDEFINED_1252.has(b)) return false;
    const follow = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (follow > 0 && i + follow < bytes.length) {
      let ok = true;
      for (let k = 1; k <= follow; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
      if (ok) return false; // a real UTF-8 character: the file is UTF-8 with a stray byte
    }
  }
  return true;
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
