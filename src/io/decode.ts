/**
 * Bytes → text. Spreadsheet programs save CSV as UTF-8 with or without a BOM,
 * as UTF-16 ("Unicode text") with a BOM, or in the Windows code page ("CSV"
 * in Excel on Windows is Windows-1252). We decode by BOM, else as UTF-8. When
 * a byte is not UTF-8, the file is read as Windows-1252 from there on if it has
 * no BOM, no UTF-8 character came before, and the byte is one Windows-1252
 * defines (a file saved as ANSI: "café" comes back right); otherwise (a UTF-8
 * file with a stray byte) bad bytes become U+FFFD. The rule looks only at what
 * comes before, so reading in pieces gives the same text as reading whole.
 * Either way a warning names the first line, so a stray "é" in a note never
 * stops scoring.
 *
 * The bytes may arrive in pieces (`ByteDecoder`): a national file is read in
 * chunks in constant memory, and `decodeBytes` is the same decoder given one
 * piece. A UTF-8 sequence split between pieces is carried to the next one.
 */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-8-replaced" | "utf-16le" | "utf-16be" | "windows-1252";

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** 1-based line of the first byte sequence that is not UTF-8, or null */
  readonly firstInvalidLine: number | null;
  /** why the bytes are not text we read (NUL bytes, a ZIP/XLSX container, UTF-16 without a BOM), or null */
  readonly binary: "nul" | "xlsx" | "ods" | "zip" | "xls" | "utf16le" | "utf16be" | null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const d = new ByteDecoder();
  const text = d.push(bytes) + d.end();
  return { text, encoding: d.encoding, firstInvalidLine: d.firstInvalidLine, binary: d.binary };
}

/**
 * The bytes the start of a text is judged by, however its pieces come: a BOM (2–3 bytes), a container's
 * signature (4), and the names a ZIP's first entry gives (`zipKind`, to byte 256). Judged from a first
 * piece that happened to be shorter (a slice ended at an early line feed, stdin's first chunk), an Excel
 * workbook was called a ZIP archive.
 */
const HEAD_BYTES = 256;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

type Mode = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "replace";

export class ByteDecoder {
  /** what the bytes were read as; final once `end` has run */
  encoding: Encoding = "utf-8";
  firstInvalidLine: number | null = null;
  binary: Decoded["binary"] = null;
  /** the first bytes, held until there are enough to see a BOM or a container's signature (`HEAD_BYTES`) */
  private head: Uint8Array | null = new Uint8Array(0);
  /** an incomplete UTF-8 sequence at the end of the last piece */
  private tail = new Uint8Array(0);
  private mode: Mode = "utf-8";
  private bom = false;
  private utf16: InstanceType<typeof TextDecoder> | null = null;
  /** a well-formed multi-byte UTF-8 sequence has been seen: bad bytes later are strays, not Windows-1252 */
  private sawMultibyte = false;
  /** lines decoded so far, counted until the first invalid byte is placed */
  private lines = 1;
  private endedWithCR = false;

  push(bytes: Uint8Array): string {
    if (this.binary) return "";
    if (this.head) {
      const joined = concat(this.head, bytes);
      if (joined.length < HEAD_BYTES) {
        this.head = joined;
        return "";
      }
      this.head = null;
      return this.start(joined);
    }
    return this.piece(bytes, false);
  }

  end(): string {
    if (this.binary) return "";
    if (this.head) {
      const head = this.head;
      this.head = null;
      return this.start(head) + this.piece(new Uint8Array(0), true);
    }
    return this.piece(new Uint8Array(0), true);
  }

  /** The first bytes decide: a UTF-16 BOM, a ZIP or OLE container, a UTF-8 BOM, else UTF-8. */
  private start(bytes: Uint8Array): string {
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
      this.mode = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
      this.encoding = this.mode;
      this.utf16 = new TextDecoder(this.mode, { fatal: false, ignoreBOM: true });
      return this.piece(bytes.subarray(2), false);
    }
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) this.binary = zipKind(bytes);
    else if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) this.binary = "xls";
    else this.binary = utf16WithoutBom(bytes);
    if (this.binary) return "";
    this.bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    this.encoding = this.bom ? "utf-8-bom" : "utf-8";
    return this.piece(this.bom ? bytes.subarray(3) : bytes, false);
  }

  private piece(bytes: Uint8Array, final: boolean): string {
    if (this.mode === "utf-16le" || this.mode === "utf-16be") {
      const text = this.utf16!.decode(bytes, { stream: !final });
      if (text.includes("\0")) this.binary = "nul";
      const bad = text.indexOf("\uFFFD");
      if (this.firstInvalidLine === null) {
        if (bad >= 0) this.firstInvalidLine = this.lines + lineBreaks(text.slice(0, bad), this.endedWithCR);
        else this.count(text);
      }
      return this.binary ? "" : text;
    }
    if (bytes.includes(0)) {
      this.binary = "nul";
      return "";
    }
    if (this.mode === "windows-1252") return decodeWindows1252(bytes);
    // UTF-8 (or UTF-8 with replacements): decode up to the last complete sequence, carry the rest
    const data = this.tail.length ? concat(this.tail, bytes) : bytes;
    const cut = final ? data.length : completeUpTo(data);
    // a copy, never a view: the bytes pushed may be a window on a buffer the caller reads its next piece
    // into (the CLI's file reader reuses one for every mebibyte), and a character cut at that edge was
    // decoded from the next read's bytes (a `score` of a large file: "Kabupat2�n" for "Kabupatén")
    this.tail = new Uint8Array(data.subarray(cut));
    const body = data.subarray(0, cut);
    if (this.mode === "replace") return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body);
    // well-formed UTF-8, by far the usual case, is checked by the native decoder; only a piece it
    // refuses is walked byte by byte to place the first bad byte
    const text = decodeStrict(body);
    if (text !== null) return this.wellFormed(text, body);
    const bad = firstInvalidUtf8(body);
    if (bad < 0) return this.wellFormed(new TextDecoder("utf-8", { ignoreBOM: true }).decode(body), body); // (the two checks agree)
    // the first bad byte: the line it is on, and how to read it and everything after it
    const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body.subarray(0, bad));
    this.firstInvalidLine = this.lines + lineBreaks(before, this.endedWithCR);
    if (!this.bom && !this.sawMultibyte && !body.subarray(0, bad).some((b) => b >= 0x80) && !UNDEFINED_1252.has(body[bad]!)) {
      this.mode = "windows-1252";
      this.encoding = "windows-1252";
      this.tail = new Uint8Array(0);
      return before + decodeWindows1252(data.subarray(bad));
    }
    this.mode = "replace";
    this.encoding = "utf-8-replaced";
    return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body);
  }

  private wellFormed(text: string, bytes: Uint8Array): string {
    // fewer characters than bytes: some were multi-byte sequences
    if (text.length !== bytes.length) this.sawMultibyte = true;
    if (this.firstInvalidLine === null) this.count(text);
    return text;
  }

  private count(text: string): void {
    this.lines += lineBreaks(text, this.endedWithCR);
    if (text.length) this.endedWithCR = text.charCodeAt(text.length - 1) === 13;
  }
}

/**
 * UTF-16 text without a byte-order mark (`iconv -t UTF-16LE`, some exports), told from its first 256 bytes:
 * text in Latin letters has a NUL in every other byte, at the odd ones (little-endian) or the even ones
 * (big-endian), and none in the others. Not read as such (a guess could turn a binary file into
 * nonsense text), but said as what it is, with the fix, instead of "it contains NUL bytes". Null for
 * anything else.
 */
function utf16WithoutBom(head: Uint8Array): "utf16le" | "utf16be" | null {
  // the first bytes only, however long the first piece: the same answer whole or in pieces
  const pairs = Math.min(head.length, HEAD_BYTES) >> 1;
  if (pairs < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  // nine in ten characters of one byte (Latin letters, digits, separators), and no NUL character
  if (evenNul === 0 && oddNul * 10 >= pairs * 9) return "utf16le";
  if (oddNul === 0 && evenNul * 10 >= pairs * 9) return "utf16be";
  return null;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of well-formed UTF-8, or null when a byte is not. */
function decodeStrict(bytes: Uint8Array): string | null {
  try {
    return STRICT.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Line breaks in text (CRLF, LF or a lone CR, as the tokenizer counts them); an LF right after a CR
 * that ended the last piece is not a new one. Every CR is a break, and every LF not right after a CR;
 * both are found with indexOf, several times faster than a loop over the characters.
 */
function lineBreaks(text: string, afterCR: boolean): number {
  let n = 0;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) n++;
  const crs = n > 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (!(i === 0 ? afterCR : crs && text.charCodeAt(i - 1) === 13)) n++;
  }
  return n;
}

/** The length of `data` without an incomplete UTF-8 sequence at its end (which the next piece may complete). */
function completeUpTo(data: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const b = data[data.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? data.length - back : data.length;
  }
  return data.length;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i; // cut short by the end
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹
 * Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. Decoded here: Node 20's TextDecoder
 * ("windows-1252") gives C1 control characters for that range.
 */
const HIGH_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  // natively as Latin-1, then the 0x80–0x9F range mended where the text has it: a character at a time
  // through Array.from and String.fromCharCode, a million-row ANSI file took 0.9 s longer to rank
  // (README, "Kinerja / Performance"). A TextDecoder that does give Windows-1252 leaves nothing to mend.
  const text = latin1(bytes);
  return HAS_C1.test(text) ? text.replace(C1, (c) => HIGH_1252[c.charCodeAt(0) - 0x80]!) : text;
}

/**
 * Latin-1 bytes as text: under Node by its Buffer, which makes the string natively; Node 20's
 * TextDecoder goes through ICU, five times slower (a million-row ANSI file: 82 → 15 ms). Elsewhere
 * TextDecoder. Neither is given a copy of the bytes.
 */
const latin1: (bytes: Uint8Array) => string =
  typeof Buffer === "function"
    ? (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1")
    : (bytes) => new TextDecoder("latin1").decode(bytes);
const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * What a ZIP container is, by the names near its start (its first entry's, after the local header):
 * an Excel workbook's parts, or an OpenDocument spreadsheet's `mimetype` (LibreOffice's .ods), else
 * any ZIP. A LibreOffice file renamed to .csv was called an Excel workbook.
 */
function zipKind(bytes: Uint8Array): "xlsx" | "ods" | "zip" {
  const head = new TextDecoder("latin1").decode(bytes.subarray(4, 256));
  if (head.includes("opendocument.spreadsheet")) return "ods";
  if (/\[Content_Types\]|_rels\/|docProps\/|xl\//.test(head)) return "xlsx";
  return "zip";
}
