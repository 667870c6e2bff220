/**
 * Property-based tests (fast-check).
 *
 * 1. Whatever bytes arrive, reading and validating them returns findings and
 *    never throws; every finding has a documented code and renders in both
 *    languages.
 * 2. The same for CSV-shaped text: recognised and unknown headers, every
 *    delimiter, quotes (closed, escaped, unclosed), odd values, BOMs, sep= lines.
 * 3. Every valid assessment generated for each bundled framework scores to an
 *    index between the framework's level bounds, and its displayed index (and
 *    aspect and domain indices, and the predikat) equal an exact computation
 *    written here from the framework's JSON with plain bigint fractions — not
 *    with src/core/rational.ts.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssessmentFile, buildAssessments } from "../src/assessment/build.js";
import { COLUMN_ALIASES } from "../src/assessment/columns.js";
import { FINDING_CODES } from "../src/core/findings.js";
import { builtinFramework } from "../src/frameworks/builtin.js";
import type { Framework } from "../src/frameworks/types.js";
import { CsvTokenizer, tokenize } from "../src/io/csv.js";
import { ByteDecoder, decodeBytes } from "../src/io/decode.js";
import { readTable, TableReader } from "../src/io/table.js";
import { findingMessage } from "../src/messages/findings.js";
import { scoreLean } from "../src/scoring/lean.js";
import { scoreAssessment } from "../src/scoring/score.js";
import { cutAt } from "./helpers.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FRAMEWORK_IDS = ["spbe-2020", "spbe-2018", "pemdi-2026"] as const;
const FRAMEWORKS: readonly Framework[] = FRAMEWORK_IDS.map((id) => {
  const f = builtinFramework(id);
  if (!f) throw new Error(`no bundled framework ${id}`);
  return f;
});
const CODES: ReadonlySet<string> = new Set(FINDING_CODES);
const RUNS = 200;

/** Reads and builds against every framework; checks every finding is well-formed; scores what is valid. */
function readAll(bytes: Uint8Array, delimiter?: string): AssessmentFile[] {
  const table = readTable(bytes, { file: "acak.csv", delimiter });
  return FRAMEWORKS.map((framework) => {
    const file = buildAssessments(table, framework);
    for (const f of file.findings) {
      expect(CODES.has(f.code), f.code).toBe(true);
      expect(["error", "warning"]).toContain(f.severity);
      expect(f.file).toBe("acak.csv");
      if (f.line !== null) expect(Number.isInteger(f.line) && f.line >= 1, `line ${f.line}`).toBe(true);
      if (f.column !== null) expect(Number.isInteger(f.column) && f.column >= 1, `column ${f.column}`).toBe(true);
      for (const lang of ["id", "en"] as const) expect(findingMessage(f, lang)).not.toBe("");
    }
    for (const a of file.assessments) {
      if (a.findings.some((f) => f.severity === "error")) expect(a.valid).toBe(false);
      if (!a.valid) continue;
      expect(a.values.size).toBe(framework.indicators.length);
      scoreAssessment(a);
    }
    return file;
  });
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = endian === "le" ? c & 0xff : c >> 8;
    out[3 + i * 2] = endian === "le" ? c >> 8 : c & 0xff;
  }
  return out;
}

const delimiterOption = fc.constantFrom(undefined, ",", ";", "\t", "|");

describe("reader and validator on arbitrary bytes", () => {
  it("only ever return findings with documented codes, never throw", () => {
    const prefixes = fc.constantFrom<number[]>([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]);
    fc.assert(
      fc.property(prefixes, fc.uint8Array({ maxLength: 4096 }), delimiterOption, (prefix, body, delimiter) => {
        readAll(new Uint8Array([...prefix, ...body]), delimiter);
      }),
      { numRuns: RUNS },
    );
  });

  it("also for bytes made of CSV punctuation, line breaks and broken UTF-8", () => {
    const byte = fc.constantFrom(0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d, 0x20, 0x31, 0x33, 0x2e, 0x61, 0xc3, 0xa9, 0xe9, 0x80, 0xff, 0x1b, 0x00);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 3000 }), delimiterOption, (bytes, delimiter) => {
        readAll(new Uint8Array([...utf8("indikator,tingkat\n"), ...bytes]), delimiter);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("reader and validator on CSV-shaped text", () => {
  const allAliases = Object.values(COLUMN_ALIASES).flat();
  const headerName = fc.oneof(
    fc.constantFrom(...allAliases),
    fc.constantFrom(...allAliases).map((a) => ` ${a.toUpperCase()} `),
    fc.string({ maxLength: 8 }),
  );
  const value = fc.oneof(
    fc.constantFrom("1", "3", "5", "0", "6", "47", "35.1", "35,1", "1.1", "7.2", "3.5", "3,5", "3.0", "-1", "-0", "+3", "3e0", "0x3", "tiga", ""),
    fc.constantFrom("mandiri", "evaluasi", "2024", "20x4", "Kab. Contoh", "=1+1", "\u00e9", "\uFFFD", "\u001b[2J", "\u202e"),
    fc.string({ maxLength: 12 }),
  );
  /** a cell as written: bare, properly quoted, or with a stray or unclosed quote */
  const cell = fc.tuple(value, fc.constantFrom("bare", "quoted", "quoted", "stray", "open")).map(([v, how]) => {
    if (how === "quoted") return `"${v.replace(/"/g, '""')}"`;
    if (how === "stray") return `"${v}"x`;
    if (how === "open") return `"${v}`;
    return v;
  });
  const table = fc.record({
    header: fc.array(headerName, { minLength: 1, maxLength: 7 }),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }),
    delimiter: fc.constantFrom(",", ";", "\t", "|"),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    sepLine: fc.boolean(),
    encoding: fc.constantFrom("utf-8", "utf-8", "utf-8-bom", "utf-16le", "utf-16be"),
    forced: delimiterOption,
  });

  it("only ever return findings with documented codes, never throw", () => {
    fc.assert(
      fc.property(table, (t) => {
        const lines = [t.header.join(t.delimiter), ...t.rows.map((r) => r.join(t.delimiter))];
        if (t.sepLine) lines.unshift(`sep=${t.delimiter}`);
        const text = lines.join(t.eol);
        const bytes =
          t.encoding === "utf-16le" || t.encoding === "utf-16be"
            ? utf16(text, t.encoding === "utf-16le" ? "le" : "be")
            : t.encoding === "utf-8-bom"
              ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])
              : utf8(text);
        readAll(bytes, t.forced);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------- exact scoring, independently

/** A non-negative fraction on bigint, never reduced: n / d. */
interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}
const frac = (n: bigint, d = 1n): Frac => ({ n, d });
const plus = (a: Frac, b: Frac): Frac => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const times = (a: Frac, b: Frac): Frac => ({ n: a.n * b.n, d: a.d * b.d });
const over = (a: Frac, b: Frac): Frac => ({ n: a.n * b.d, d: a.d * b.n });

/** "1.3" → 13/10, "20/6" → 20/6, "5" → 5/1 */
function parseExact(text: string): Frac {
  const slash = /^(\d+)\/(\d+)$/.exec(text);
  if (slash) return frac(BigInt(slash[1]!), BigInt(slash[2]!));
  const dec = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!dec) throw new Error(`not an exact number: ${text}`);
  const places = dec[2] ?? "";
  return frac(BigInt(dec[1]! + places), 10n ** BigInt(places.length));
}

/** Hundredths, rounded half up (values here are never negative). */
function cents(x: Frac): bigint {
  const scaled = x.n * 100n;
  const q = scaled / x.d;
  return 2n * (scaled % x.d) >= x.d ? q + 1n : q;
}
const centsText = (c: bigint): string => `${c / 100n}.${(c % 100n).toString().padStart(2, "0")}`;

interface JsonIndicator {
  id: string;
  code?: string;
  weight: string | number;
}
interface JsonAspect {
  id: string;
  indicators: JsonIndicator[];
}
interface JsonFramework {
  levels: { min: number; max: number; integerOnly: boolean };
  bands: { predikat: string; min: string | null }[];
  domains?: { id: string; aspects: JsonAspect[] }[];
  aspects?: JsonAspect[];
}

/** The framework as its JSON file states it, flattened: indicator → weight, aspect, domain. */
function frameworkFromJson(id: string) {
  const json = JSON.parse(readFileSync(join(ROOT, "src/frameworks/data", `${id}.json`), "utf8")) as JsonFramework;
  const domains = json.domains ?? [{ id: "", aspects: json.aspects! }];
  const indicators = domains.flatMap((d) =>
    d.aspects.flatMap((a) =>
      a.indicators.map((i) => ({ id: i.id, code: i.code ?? null, weight: parseExact(String(i.weight)), aspect: a.id, domain: json.domains ? d.id : null })),
    ),
  );
  return { json, indicators };
}

/** A level as a decimal string with `places` decimals: `scaled` / 10^places. */
const decimalText = (scaled: number, places: number): string =>
  places === 0 ? String(scaled) : `${Math.floor(scaled / 10 ** places)}.${String(scaled % 10 ** places).padStart(places, "0")}`;

describe("scoring valid generated assessments", () => {
  for (const id of FRAMEWORK_IDS) {
    it(`${id}: index within the level bounds; displays and predikat equal an independent exact computation`, () => {
      const { json, indicators } = frameworkFromJson(id);
      const framework = builtinFramework(id)!;
      const { min, max, integerOnly } = json.levels;
      /** places of decimals, and the level scaled by 10^places */
      // integer frameworks also get "3.0" and "3.00" (exactly whole, written with decimals)
      const level = fc
        .integer({ min: 0, max: integerOnly ? 2 : 3 })
        .chain((places) =>
          integerOnly
            ? fc.integer({ min, max }).map((v) => ({ places, scaled: v * 10 ** places }))
            : fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).map((scaled) => ({ places, scaled })),
        );
      const assessment = fc.record({
        levels: fc.array(level, { minLength: indicators.length, maxLength: indicators.length }),
        order: fc.shuffledSubarray(
          indicators.map((_, i) => i),
          { minLength: indicators.length, maxLength: indicators.length },
        ),
        semicolon: fc.boolean(),
        useCodes: fc.boolean(),
        crlf: fc.boolean(),
        headers: fc.tuple(fc.constantFrom(...COLUMN_ALIASES.indicator), fc.constantFrom(...COLUMN_ALIASES.value)),
        note: fc.string({ maxLength: 10 }),
      });

      fc.assert(
        fc.property(assessment, (g) => {
          const delim = g.semicolon ? ";" : ",";
          const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const rows = g.order.map((i) => {
            const ind = indicators[i]!;
            const lv = g.levels[i]!;
            const text = decimalText(lv.scaled, lv.places);
            const written = g.semicolon ? text.replace(".", ",") : text;
            const idText = g.useCodes && ind.code ? ind.code : ind.id;
            return [g.semicolon ? idText.replace(".", ",") : idText, written, q(g.note)].join(delim);
          });
          const text = [[g.headers[0], g.headers[1], "catatan"].join(delim), ...rows].join(g.crlf ? "\r\n" : "\n");
          const file = buildAssessments(readTable(utf8(text), { file: "gen.csv" }), framework);
          expect(file.findings.filter((f) => f.severity === "error")).toEqual([]);
          expect(file.assessments).toHaveLength(1);
          const a = file.assessments[0]!;
          expect(a.valid).toBe(true);
          const score = scoreAssessment(a);

          // the exact computation: index = Σ(w·v) / 100
          const levelOf = (i: number): Frac => frac(BigInt(g.levels[i]!.scaled), 10n ** BigInt(g.levels[i]!.places));
          const weighted = (pick: (i: number) => boolean): { wv: Frac; w: Frac } =>
            indicators.reduce((acc, ind, i) => (pick(i) ? { wv: plus(acc.wv, times(ind.weight, levelOf(i))), w: plus(acc.w, ind.weight) } : acc), {
              wv: frac(0n),
              w: frac(0n),
            });
          const all = weighted(() => true);
          const index = over(all.wv, frac(100n));
          expect(index.n >= BigInt(min) * index.d && index.n <= BigInt(max) * index.d).toBe(true);
          const shown = cents(index);
          expect(score.index.display).toBe(centsText(shown));
          expect(shown >= BigInt(min) * 100n && shown <= BigInt(max) * 100n).toBe(true);

          // predikat (no tahun: the default basis, the exact index): the first band from the top whose lower edge the exact index reaches
          const reaches = (x: Frac, edge: Frac) => x.n * edge.d >= edge.n * x.d;
          const exactBand = json.bands.find((b) => b.min === null || reaches(index, parseExact(b.min)));
          expect(score.band.predikat).toBe(exactBand!.predikat);
          // under the displayed basis (--predikat-basis displayed, the 2023 rule): the lower edge the displayed index reaches
          const displayedBand = json.bands.find((b) => b.min === null || shown >= cents(parseExact(b.min)));
          expect(scoreAssessment(a, { basis: "displayed" }).band.predikat).toBe(displayedBand!.predikat);

          for (const s of score.aspects) {
            const t = weighted((i) => indicators[i]!.aspect === s.tier.id);
            expect(s.score.display, `aspect ${s.tier.id}`).toBe(centsText(cents(over(t.wv, t.w))));
          }
          for (const s of score.domains) {
            const t = weighted((i) => indicators[i]!.domain === s.tier.id);
            expect(s.score.display, `domain ${s.tier.id}`).toBe(centsText(cents(over(t.wv, t.w))));
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe("the tokenizer reads text in pieces exactly as whole", () => {
  const piece = fc.constantFrom('"', '""', ",", ";", "\n", "\r", "\r\n", " ", "a", "3,5", '"x\ny"', "é", "\t");
  it("for any text and any cut into pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.array(fc.nat(400), { maxLength: 12 }), fc.constantFrom(",", ";"), (parts, cuts, delimiter) => {
        const text = parts.join("");
        const whole = tokenize(text, delimiter);
        const t = new CsvTokenizer(delimiter);
        const records = [];
        for (const piece of cutAt(text, cuts)) records.push(...t.push(piece));
        records.push(...t.end());
        expect(records).toEqual(whole.records);
        expect(t.unclosedQuoteLine).toBe(whole.unclosedQuoteLine);
        expect(t.strayQuoteLines).toEqual(whole.strayQuoteLines);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the decoder reads bytes in pieces exactly as whole", () => {
  const byte = fc.constantFrom(0x61, 0x2c, 0x0a, 0x0d, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xe9, 0x80, 0x81, 0x93, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xf0, 0x9f, 0x98);
  it("for any bytes and any cut into pieces", () => {
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 300 }), fc.array(fc.nat(400), { maxLength: 10 }), (list, cuts) => {
        const bytes = Uint8Array.from(list);
        const whole = decodeBytes(bytes);
        const d = new ByteDecoder();
        let text = "";
        for (const piece of cutAt(bytes, cuts)) text += d.push(piece);
        text += d.end();
        expect({ text, encoding: d.encoding, firstInvalidLine: d.firstInvalidLine, binary: d.binary }).toEqual(whole);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the table reader reads bytes in pieces exactly as whole", () => {
  const piece = fc.constantFrom(
    "sep=;\n",
    // a title with no delimiter: the delimiter is then sniffed from the lines below it, held across pieces
    "PENILAIAN SPBE\n",
    "Judul\r\n",
    // a title with a comma: the lines below say whether it is a header or a title above a ';' table
    "Penilaian SPBE, Kab. X\n",
    "indikator;tingkat\n",
    "indikator,tingkat\n",
    "1;3\n",
    "2,3\r\n",
    '"3";"4"\n',
    '"x\ny";5\n',
    "\n",
    " ",
    "é",
    "\r",
    ";;\n",
    // bytes that are not UTF-8 (Windows-1252 é, a byte 1252 leaves undefined, a lead byte cut short):
    // the encoding a late one decides must be the same read in pieces
    "<e9>",
    "<81>",
    "<c3>",
  );
  const raw: Record<string, number> = { "<e9>": 0xe9, "<81>": 0x81, "<c3>": 0xc3 };
  it("for any CSV-shaped text and any cut into pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(600), { maxLength: 8 }), (parts, cuts) => {
        const bytes = new Uint8Array(parts.flatMap((p) => (p in raw ? [raw[p]!] : [...utf8(p)])));
        const whole = readTable(bytes, { file: "t.csv" });
        const reader = new TableReader({ file: "t.csv" });
        const rows = [];
        for (const piece of cutAt(bytes, cuts)) rows.push(...reader.push(piece).rows);
        const end = reader.end();
        rows.push(...end.rows);
        expect({ header: reader.header, rows, dialect: end.dialect, findings: end.findings }).toEqual({
          header: whole.header,
          rows: whole.rows,
          dialect: whole.dialect,
          findings: whole.findings,
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("lean scoring (rank, trend) equals scoreAssessment", () => {
  it.each(FRAMEWORK_IDS.map((id) => [id]))("%s: index, domains, aspects and predikat, for random levels", (id) => {
    const framework = builtinFramework(id)!;
    const { min, max, integerOnly } = framework.levels;
    const level = integerOnly
      ? fc.integer({ min, max }).map(String)
      : fc
          .tuple(fc.integer({ min: min * 100, max: max * 100 }), fc.constantFrom(0, 1, 2))
          .map(([n, p]) => (p === 0 ? String(Math.round(n / 100)) : (n / 100).toFixed(p)));
    fc.assert(
      fc.property(
        fc.array(level, { minLength: framework.indicators.length, maxLength: framework.indicators.length }),
        fc.constantFrom(2022, 2023, 2024, 2026),
        (levels, tahun) => {
          const text = ["tahun,indikator,tingkat", ...framework.indicators.map((ind, i) => `${tahun},${ind.id},${levels[i]}`)].join("\n");
          const table = readTable(utf8(text), { file: "a.csv" });
          const rich = buildAssessments(table, framework).assessments[0]!;
          const lean = buildAssessments(table, framework, { lean: true }).assessments[0]!;
          expect(lean.valid).toBe(rich.valid);
          if (!rich.valid) return;
          const a = scoreAssessment(rich);
          const b = scoreLean(lean);
          expect(b.index).toEqual(a.index);
          expect(b.predikat).toEqual(a.predikat);
          expect(b.domains).toEqual(a.domains.map((d) => d.score.display));
          expect(b.aspects).toEqual(a.aspects.map((s) => s.score.display));
        },
      ),
      { numRuns: 150 },
    );
  });
});
