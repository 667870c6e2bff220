/**
 * Documents written as they are made (rank's and trend's tables and JSON, a line or an item per
 * instansi of a national file): `jsonPieces` writes a document with long arrays item by item, and
 * must write exactly what `stringify` writes of the same document made whole; `linePieces` joins
 * lines into pieces; the registry gives these renderers in pieces, so the CLI writes them so.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces, LongArray, stringify } from "../src/report/json.js";
import { endTrimmed, joinedPieces, linePieces } from "../src/report/line-pieces.js";
import { RENDERERS } from "../src/report/registry.js";

/** The document with every long array made whole: what `stringify` would have been given. */
function whole(doc: unknown): unknown {
  if (doc instanceof LongArray) return [...doc.items()].map(whole);
  if (Array.isArray(doc)) return doc.map(whole);
  if (doc !== null && typeof doc === "object") return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, whole(v)]));
  return doc;
}

// strings as names come: Indonesian, quotes, a line break, a NUL, and one that looks like the marker
const text = fc.oneof(fc.string(), fc.constantFrom("Kab. Bandung", 'a "quoted" name', "two\nlines", "\u0000", "\u0000spbe-long-array-0\u0000"));
const plain = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
})).value;
/** a document with long arrays of plain items here and there, empty ones too */
const doc = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    plain,
    fc.tuple(fc.array(plain, { maxLength: 6 }), fc.integer({ min: 1, max: 600 })).map(([items, perPiece]) => new LongArray(items, (item) => item, perPiece)),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("node"), { maxKeys: 3 }),
  ),
})).node;

describe("jsonPieces", () => {
  it("writes what stringify writes of the whole document", () => {
    fc.assert(
      fc.property(doc, (d) => {
        expect([...jsonPieces(d)].join("")).toBe(stringify(whole(d)));
      }),
      { numRuns: 500 },
    );
  });

  it("makes a long array's items as it writes them, a piece per 512", () => {
    let made = 0;
    const row = (i: number) => {
      made++;
      return { rank: i + 1, instansi: `Kab. ${i}` };
    };
    const rows = new LongArray(
      Array.from({ length: 1500 }, (_, i) => i),
      row,
    );
    const pieces = jsonPieces({ schemaVersion: 1, groups: [{ key: null, rows }], findings: [] });
    expect(pieces.next().value).toBe('{\n  "schemaVersion": 1,\n  "groups": [\n    {\n      "key": null,\n      "rows": ');
    expect(made).toBe(0);
    expect(pieces.next().value).toMatch(/^\[\n {8}\{\n {10}"rank": 1,/);
    expect(made).toBe(512);
    const rest = [...pieces];
    expect(made).toBe(1500);
    expect(rest.at(-1)).toBe('\n    }\n  ],\n  "findings": []\n}\n');
  });
});

describe("linePieces", () => {
  it("joins lines into pieces of 512 whole lines, each ending in a line break", () => {
    for (const n of [0, 1, 511, 512, 513, 1500]) {
      const lines = Array.from({ length: n }, (_, i) => `baris ${i}`);
      const pieces = [...linePieces(lines)];
      expect(pieces.join("")).toBe(n === 0 ? "" : `${lines.join("\n")}\n`);
      expect(pieces).toHaveLength(Math.ceil(n / 512));
      for (const p of pieces) expect(p.endsWith("\n")).toBe(true);
    }
  });
});

describe("joinedPieces", () => {
  it("joins lines as join does, in pieces of 512 whole lines", () => {
    for (const n of [0, 1, 511, 512, 513, 1500]) {
      const lines = Array.from({ length: n }, (_, i) => (i % 3 === 2 ? "" : `baris ${i}`));
      const pieces = [...joinedPieces(lines)];
      expect(pieces.join("")).toBe(lines.join("\n"));
      expect(pieces).toHaveLength(Math.ceil(n / 512));
    }
  });

  it("linePieces takes another count a piece: score's table gives a block as one", () => {
    const blocks = Array.from({ length: 20 }, (_, i) => `blok ${i}\nbaris dua`);
    const pieces = [...linePieces(blocks, 8)];
    expect(pieces).toHaveLength(3);
    expect(pieces.join("")).toBe(`${blocks.join("\n")}\n`);
  });
});

describe("endTrimmed", () => {
  // a Markdown report's end: as `${lines.join("\n").trimEnd()}\n`, made line by line
  it("trims the end as trimEnd trims the joined lines", () => {
    const line = fc.constantFrom("", " ", "\t", "a", "a ", " b", "x\n", "\n", "| c |", "y \n ", "\u00a0");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        expect([...linePieces(endTrimmed(lines))].join("")).toBe(`${lines.join("\n").trimEnd()}\n`);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the renderers of national-sized documents are made in pieces", () => {
  // what grows with a national file: rank's, trend's and score's rows in every format, validate's JUnit too
  // (score's table of a million rows was one string of 260 MB, and the run 2.3 GB; its HTML of a national
  // file's 615 assessments one of 20 MB, and the run 285 MB)
  it.each([
    ["rank", ["table", "json", "csv", "markdown", "html"]],
    ["trend", ["table", "json", "csv", "markdown", "html"]],
    ["score", ["table", "json", "csv", "markdown", "html"]],
    ["validate", ["junit"]],
  ] as const)("%s: %s", (command, formats) => {
    const pieced = RENDERERS[command].filter((e) => e.loadPieces !== undefined).map((e) => e.format);
    expect(pieced).toEqual(formats);
  });
});
