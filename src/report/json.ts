import type { Finding } from "../core/findings.js";
import { type Rational, toNumber } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";
import { findingMessage } from "../messages/findings.js";
import type { Lang } from "../messages/text.js";
import type { RankEntry } from "../rank/entry.js";
import type { Score, Shown } from "../scoring/score.js";
import { basisNote, entryOtherBasis, isIndicative } from "./predikat-text.js";
import { terminalSafe } from "./text.js";

/**
 * Building blocks of every JSON document. The contract (README, "JSON"): a
 * field once published is never removed or renamed; new ones may be added.
 */
export const SCHEMA_VERSION = 1;

export const num = (r: Rational): number => toNumber(r);
export const shownJson = (s: Shown) => ({ value: num(s.value), display: s.display });

/** The index as published, its predikat, and the exact value where it is known (a scored assessment, or a table's index of more than two decimals). */
export function entryIndexJson(e: RankEntry) {
  // where the other basis gives another band, as score's index says it (predikatOtherBasis)
  const other = entryOtherBasis(e);
  return {
    value: num(e.shown),
    display: e.display,
    predikat: e.predikat,
    ...(e.exact ? { exact: num(e.exact) } : {}),
    ...(other ? { predikatBasis: e.basis, predikatOtherBasis: other.predikat } : {}),
  };
}

export function findingJson(f: Finding, lang: Lang) {
  return {
    code: f.code,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    value: f.value,
    // `value` stays raw (it is data); the sentence is made safe to print, since consumers print it
    message: terminalSafe(findingMessage(f, lang)),
  };
}

export function frameworkJson(framework: Framework, lang: Lang) {
  return {
    id: framework.id,
    provisional: framework.provisional,
    caveats: framework.caveats.map((c) => c[lang]),
    /** indicators left out with --without-external; [] for the framework as published */
    excludedIndicators: framework.excluded.map((i) => i.id),
  };
}

/** Stable, two-space-indented JSON with a trailing newline. */
export const stringify = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

/** Items of a long array stringified into one piece, unless it says fewer. */
const ITEMS_PER_PIECE = 512;

/**
 * A long array of a document (rank's rows: one per instansi of a national file): `item` of each of
 * `source`, made as `jsonPieces` writes it instead of all at once, so that each item's object dies
 * young. Its items are plain JSON values (no LongArray inside them). `perPiece`: how many items one
 * piece holds (score's assessments are 17 KB of JSON each: 512 of them made a 9 MB piece).
 */
export class LongArray<T = unknown> {
  constructor(
    readonly source: readonly T[],
    readonly item: (from: T) => unknown,
    readonly perPiece = ITEMS_PER_PIECE,
  ) {}

  *items(): Generator<unknown> {
    for (const from of this.source) yield this.item(from);
  }
}

/**
 * `stringify(doc)` in pieces, byte for byte (`test/json-pieces.test.ts`): the document with each
 * `LongArray` as a marker, and each marker's items stringified one by one at its indentation. A
 * marker that the document's own text could also hold (a NUL in an instansi name is escaped the same
 * way) would be ambiguous: then the document is made whole, as `stringify` makes it.
 */
export function* jsonPieces(doc: unknown): Generator<string> {
  const arrays: LongArray[] = [];
  const marker = (i: number) => `"\\u0000spbe-long-array-${i}\\u0000"`;
  const text = JSON.stringify(doc, (_key, value) => (value instanceof LongArray ? `\u0000spbe-long-array-${arrays.push(value) - 1}\u0000` : value), 2);
  if (text.split('"\\u0000spbe-long-array-').length - 1 !== arrays.length) {
    yield `${JSON.stringify(doc, (_key, value) => (value instanceof LongArray ? [...value.items()] : value), 2)}\n`;
    return;
  }
  let at = 0;
  for (let i = 0; i < arrays.length; i++) {
    const found = text.indexOf(marker(i), at);
    yield text.slice(at, found);
    const lineStart = text.lastIndexOf("\n", found) + 1;
    const indent = " ".repeat(text.slice(lineStart, found).search(/\S|$/));
    const inner = `${indent}  `;
    let batch: unknown[] = [];
    let first = true;
    const flush = () => {
      const piece = `${first ? "[" : ","}\n${itemsAt(batch, inner.length)}`;
      first = false;
      batch = [];
      return piece;
    };
    const long = arrays[i]!;
    for (const item of long.items()) {
      batch.push(item);
      if (batch.length >= long.perPiece) yield flush();
    }
    yield `${batch.length > 0 ? flush() : ""}${first ? "[]" : `\n${indent}]`}`;
    at = found + marker(i).length;
  }
  yield `${text.slice(at)}\n`;
}

/**
 * Items as they stand in an array whose items are indented by `spaces`, separated by ",\n": one
 * native JSON.stringify of them wrapped in arrays deep enough to indent them so, the wrappers' lines
 * cut off (re-indenting each item's own text cost a regex pass over the whole document).
 */
function itemsAt(items: readonly unknown[], spaces: number): string {
  const depth = spaces / 2 - 1;
  let wrapped: unknown = items;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // "[\n", "  [\n", … above the items and "\n  ]", "\n]" … below: (depth + 1) lines each, 2k + 2 characters
  const wrapper = (depth + 1) * (depth + 2);
  return text.slice(wrapper, text.length - wrapper);
}

/**
 * An index with its predikat: `predikatBasis` says which index it was read
 * from ("exact" or "displayed") and why (`predikatBasisSource`: the year's
 * rule, the default, or --predikat-basis); `predikatOtherBasis` and
 * `predikatNote` appear only where the other basis gives another band;
 * `indicative` only for a score without the external indicators.
 */
export function indexJson(score: Score, lang: Lang) {
  const note = basisNote(score, lang);
  return {
    ...shownJson(score.index),
    predikat: score.band.predikat,
    ...(score.band.label ? { label: score.band.label } : {}),
    predikatBasis: score.predikat.basis.basis,
    predikatBasisSource: score.predikat.basis.source,
    ...(score.predikat.otherBand ? { predikatOtherBasis: score.predikat.otherBand.predikat } : {}),
    ...(note ? { predikatNote: note } : {}),
    ...(isIndicative(score.framework) ? { indicative: true } : {}),
  };
}
