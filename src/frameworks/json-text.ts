import { equals, parseDecimal } from "../core/rational.js";
import { FRAMEWORK_PROBLEM as P } from "../messages/frameworks.js";
import { both, inBoth, say, type Text } from "../messages/text.js";

/**
 * Where things are in the text of a JSON file, for people fixing one by hand:
 * the line and column of the first syntax error, said in words (JSON.parse on
 * Node 20 gives neither), and the line and column of every value by its JSON
 * path, so that a schema or rule problem points into the file. Only run when
 * there is a problem to locate; JSON.parse still does the parsing.
 */

/** 1-based, as editors count; the column in UTF-16 code units after the line start. */
export interface JsonPosition {
  readonly line: number;
  readonly column: number;
}

export interface JsonSyntaxError extends JsonPosition {
  /** the JSON path of the value being read when the error came (`domains[0].aspects`), or "(root)" */
  readonly path: string;
  /** what is wrong, in both languages, without the position */
  readonly message: Text;
}

export type JsonScan =
  | {
      readonly ok: true;
      readonly positionOf: (path: string) => JsonPosition | null;
      /** keys written twice in one object (JSON.parse keeps the last in silence), where the second is */
      readonly duplicateKeys: readonly (JsonPosition & { readonly path: string; readonly key: string })[];
      /**
       * numbers written with more digits than a JSON number (a double) keeps: `15.0000000000000001` is
       * read as 15 by JSON.parse, in silence, where the same digits as a string are refused as too fine
       */
      readonly inexactNumbers: readonly (JsonPosition & { readonly path: string; readonly written: string; readonly kept: string })[];
    }
  | { readonly ok: false; readonly error: JsonSyntaxError };

/** `domains[1].aspects[0].weight`; "(root)" for the document itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out || "(root)";
}

/** Deeper than the loader allows (32); the scanner recurses, so it stops here whatever it is given. */
const MAX_DEPTH = 64;

class Failure {
  constructor(
    readonly offset: number,
    readonly message: Text,
  ) {}
}

const EXPECTED = {
  value: P.jsonExpectValue,
  key: P.jsonExpectKey,
  colon: P.jsonExpectColon,
  objectNext: P.jsonExpectObjectNext,
  arrayNext: P.jsonExpectArrayNext,
} as const;
type Expected = keyof typeof EXPECTED;

/** A character as the message shows it: itself when visible, else its code point. */
function shown(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
    ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}`
    : String.fromCodePoint(code);
}

class Scanner {
  private i = 0;
  private readonly path: PropertyKey[] = [];
  readonly offsets = new Map<string, number>();
  readonly duplicateKeys: { readonly path: string; readonly key: string; readonly offset: number }[] = [];
  readonly inexactNumbers: { readonly path: string; readonly written: string; readonly kept: string; readonly offset: number }[] = [];
  /** the path of the value being read when a failure is thrown */
  failedAt = "(root)";

  constructor(private readonly text: string) {}

  document(): void {
    this.ws();
    this.value(0);
    this.ws();
    if (this.i < this.text.length) this.fail(both(P.jsonTrailingText));
  }

  private fail(message: Text, offset = this.i): never {
    this.failedAt = formatPath(this.path);
    throw new Failure(offset, message);
  }

  private unexpected(expected: Expected): never {
    const ch = this.text[this.i];
    const what = EXPECTED[expected];
    if (ch === undefined) this.fail(inBoth((l) => say(l, P.jsonEnd, { expected: what[l] })));
    if (ch === "/" && (this.text[this.i + 1] === "/" || this.text[this.i + 1] === "*")) this.fail(both(P.jsonComment));
    if (ch === "\u0000") this.fail(both(P.jsonUtf16));
    if (ch === "'" && (expected === "value" || expected === "key")) this.fail(both(P.jsonSingleQuote));
    if (expected === "key" && /[A-Za-z_$]/.test(ch)) this.fail(both(P.jsonUnquotedKey));
    const found = shown(String.fromCodePoint(this.text.codePointAt(this.i)!));
    this.fail(inBoth((l) => say(l, P.jsonUnexpected, { found, expected: what[l] })));
  }

  private ws(): void {
    while (this.i < this.text.length) {
      const c = this.text.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      this.i++;
    }
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(both(P.tooDeep, { max: MAX_DEPTH }));
    this.offsets.set(formatPath(this.path), this.i);
    const ch = this.text[this.i];
    if (ch === "{") this.object(depth);
    else if (ch === "[") this.array(depth);
    else if (ch === '"') this.string(false);
    else if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) this.number();
    else if (!this.literal("true") && !this.literal("false") && !this.literal("null")) this.unexpected("value");
  }

  private literal(word: string): boolean {
    if (!this.text.startsWith(word, this.i)) return false;
    this.i += word.length;
    return true;
  }

  private object(depth: number): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === "}") {
      this.i++;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      if (this.text[this.i] !== '"') this.unexpected("key");
      const at = this.i;
      const key = this.string(true);
      if (keys.has(key)) this.duplicateKeys.push({ path: formatPath([...this.path, key]), key, offset: at });
      keys.add(key);
      this.ws();
      if (this.text[this.i] !== ":") this.unexpected("colon");
      this.i++;
      this.ws();
      this.path.push(key);
      this.value(depth + 1);
      this.path.pop();
      this.ws();
      const next = this.text[this.i];
      if (next === "}") {
        this.i++;
        return;
      }
      if (next !== ",") this.unexpected("objectNext");
      const comma = this.i++;
      this.ws();
      if (this.text[this.i] === "}") this.fail(both(P.jsonTrailingComma, { close: "}" }), comma);
    }
  }

  private array(depth: number): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === "]") {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.path.push(index);
      this.value(depth + 1);
      this.path.pop();
      this.ws();
      const next = this.text[this.i];
      if (next === "]") {
        this.i++;
        return;
      }
      if (next !== ",") this.unexpected("arrayNext");
      const comma = this.i++;
      this.ws();
      if (this.text[this.i] === "]") this.fail(both(P.jsonTrailingComma, { close: "]" }), comma);
    }
  }

  /** Reads a string from its opening quote; its value only when `keep` (keys: a 2 MB name need not be copied). */
  private string(keep: boolean): string {
    const start = this.i++;
    let value = "";
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined) this.fail(both(P.jsonUnterminated), start);
      if (ch === '"') {
        this.i++;
        return value;
      }
      if (ch.charCodeAt(0) < 0x20) this.fail(both(P.jsonControl));
      if (ch === "\\") {
        const esc = this.text[this.i + 1];
        if (esc === "u") {
          const hex = this.text.slice(this.i + 2, this.i + 6);
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail(both(P.jsonBadEscape, { found: "u" }));
          if (keep) value += String.fromCharCode(Number.parseInt(hex, 16));
          this.i += 6;
          continue;
        }
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (esc === undefined || !Object.hasOwn(simple, esc)) this.fail(both(P.jsonBadEscape, { found: esc === undefined ? "" : shown(esc) }));
        if (keep) value += simple[esc];
        this.i += 2;
        continue;
      }
      if (keep) value += ch;
      this.i++;
    }
  }

  private number(): void {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.i;
    const match = m.exec(this.text);
    const rest = /[-+.\w]*/y;
    rest.lastIndex = this.i;
    const word = rest.exec(this.text)![0];
    // "01", "1.", ".5", "1e", "-": a number JSON does not allow, said as one word
    if (!match || match[0].length !== word.length) this.fail(both(P.jsonBadNumber, { found: word.slice(0, 40) || "-" }));
    // a decimal written (no exponent: those are refused as weights and edges anyway) that the double it
    // becomes does not hold exactly
    const written = match[0];
    if (!/[eE]/.test(written)) {
      const kept = String(Number(written));
      // (a number longer than a weight's 40 characters is never kept exactly, and is not parsed digit by digit)
      const exact = written.length > 40 ? null : parseDecimal(written);
      const read = exact === null || /[eE]/.test(kept) ? null : parseDecimal(kept);
      if (written.length > 40 || (exact && (!read || !equals(exact, read))))
        this.inexactNumbers.push({ path: formatPath(this.path), written: written.length > 40 ? `${written.slice(0, 40)}…` : written, kept, offset: this.i });
    }
    this.i += match[0].length;
  }
}

/** Line starts of the text, for turning offsets into positions. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

function positionAt(starts: readonly number[], offset: number): JsonPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Drops the last segment of a path: `a.b[2]` → `a.b` → `a` → "". */
function parentPath(path: string): string {
  const m = /(?:\[[^\]]*\]|\.[^.[]*|^[^.[]+)$/.exec(path);
  return m ? path.slice(0, m.index) : "";
}

/** Checks the JSON syntax of a text and maps every value's path to where it starts. */
export function scanJson(text: string): JsonScan {
  const scanner = new Scanner(text);
  const starts = lineStarts(text);
  try {
    scanner.document();
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { ok: false, error: { ...positionAt(starts, error.offset), path: scanner.failedAt, message: error.message } };
  }
  const { offsets } = scanner;
  return {
    ok: true,
    duplicateKeys: scanner.duplicateKeys.map((d) => ({ path: d.path, key: d.key, ...positionAt(starts, d.offset) })),
    inexactNumbers: scanner.inexactNumbers.map((n) => ({ path: n.path, written: n.written, kept: n.kept, ...positionAt(starts, n.offset) })),
    // a path the file does not have (a rule's summary path such as `domains[*].aspects`) points at its nearest ancestor
    positionOf: (path) => {
      for (let p = path; p !== "" && p !== "(root)"; p = parentPath(p)) {
        const offset = offsets.get(p);
        if (offset !== undefined) return positionAt(starts, offset);
      }
      const root = offsets.get("(root)");
      return root === undefined ? null : positionAt(starts, root);
    },
  };
}
