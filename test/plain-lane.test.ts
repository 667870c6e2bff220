/**
 * The plain lane (`PlainLane`, `AssessmentBuilder.lane`): the batch path reads a national file's usual
 * line straight from the text, as positions, and declines every other line to the record path. Its
 * one promise is that nobody can tell: whatever the lines past the first 2 000 rows (where the lane
 * starts), `InputReader` with it reads exactly what it reads without it, and what `readAssessments`
 * reads whole — the same assessments, levels, lines and findings, in the same order.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { AssessmentBuilder, type AssessmentFile } from "../src/assessment/build.js";
import { readAssessments } from "../src/assessment/read.js";
import { builtinFramework, builtinFrameworks } from "../src/frameworks/builtin.js";
import type { Framework } from "../src/frameworks/types.js";
import { type CsvRecord, CsvTokenizer, LANE_CELLS, tokenize } from "../src/io/csv.js";
import { InputReader } from "../src/results/input.js";
import { cutAt } from "./helpers.js";

const spbe2020 = builtinFramework("spbe-2020")!;
const pemdi = builtinFramework("pemdi-2026")!;

/** Each lean assessment's levels as [numer, places] pairs (a level's window holds its whole slab). */
const plain = (file: Omit<AssessmentFile, "table">) => {
  const { table: _table, ...rest } = file as AssessmentFile;
  return {
    ...rest,
    assessments: file.assessments.map((a) => ({
      ...a,
      levels: a.levels && Array.from({ length: a.levels.length }, (_, i) => [a.levels!.numer(i), a.levels!.places(i)]),
    })),
  };
};

/** Reads bytes through InputReader (lean, as rank and trend read) in the given pieces, with or without the lane. */
function readPieces(bytes: Uint8Array, framework: Framework, cuts: readonly number[], lane: boolean) {
  const reader = new InputReader({ framework, lean: true, file: "n.csv", alternatives: builtinFrameworks() }, lane);
  for (const piece of cutAt(bytes, cuts)) reader.push(piece);
  const end = reader.end();
  if (end.kind !== "assessments") throw new Error("read as results");
  return plain(end.assessments);
}

/** Counts the lines the lane takes and declines, on every builder made while `run` runs. */
function laneCount(run: () => void): { taken: number; declined: number } {
  const count = { taken: 0, declined: 0 };
  const original = AssessmentBuilder.prototype.lane;
  const spy = vi.spyOn(AssessmentBuilder.prototype, "lane").mockImplementation(function (this: AssessmentBuilder) {
    const lane = original.call(this);
    return (
      lane && {
        cells: lane.cells,
        take: (text: string, bounds: Int32Array, line: number) => {
          const took = lane.take(text, bounds, line);
          count[took ? "taken" : "declined"]++;
          return took;
        },
      }
    );
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return count;
}

/** `readPieces` of a 2020 file with the lane, and how many lines the lane took and declined. */
function readCountingLane(bytes: Uint8Array, cuts: readonly number[]): { read: ReturnType<typeof readPieces>; count: { taken: number; declined: number } } {
  let read: ReturnType<typeof readPieces> | undefined;
  const count = laneCount(() => {
    read = readPieces(bytes, spbe2020, cuts, true);
  });
  return { read: read!, count };
}

const CLEAN = 100;
const ids2020 = spbe2020.indicators.map((i) => i.id);
const name2020 = (id: string) => spbe2020.indicators.find((i) => i.id === id)!.name;

/** The header's columns, in one of several orders and sets. */
const HEADERS = [
  ["instansi", "tahun", "indikator", "tingkat"],
  ["instansi", "tahun", "jenis", "kategori", "provinsi", "target", "indikator", "nama", "tingkat", "bukti"],
  ["indikator", "nama", "tingkat", "instansi", "tahun", "bukti"],
] as const;
type Column = (typeof HEADERS)[number][number];

/**
 * A hundred clean assessments (4 700 rows): the indicator column is chosen on the first 2 000, and from
 * the next 32 KiB slice on the lane reads.
 */
function cleanRows(header: readonly Column[]): string[][] {
  const rows: string[][] = [];
  for (let k = 0; k < CLEAN; k++) {
    for (const id of ids2020) {
      const cells: Record<Column, string> = {
        instansi: `Pemerintah Daerah ${k}`,
        tahun: "2024",
        jenis: "mandiri",
        kategori: k === 0 ? "kabupaten" : "",
        provinsi: "",
        target: "",
        indikator: id,
        nama: Number(id) % 3 === 0 ? name2020(id) : "",
        tingkat: String(1 + ((k + Number(id)) % 5)),
        bukti: "ada",
      };
      rows.push(header.map((c) => cells[c]));
    }
  }
  return rows;
}

/** What a later line's cells may be, as a national file's usually are (an assessment's own kategori and the like on its first row). */
const BLOCK = {
  instansi: fc.constantFrom("Kab. Baru", "Kab. Baru", "Kota Lain", "Pemerintah Daerah 42"),
  tahun: fc.constantFrom("2024", "2024", "2024", "2023"),
  jenis: fc.constantFrom("mandiri", "mandiri", "mandiri", "evaluasi"),
  kategori: fc.constantFrom("", "", "kota"),
  provinsi: fc.constantFrom("", "", "Jawa Barat"),
  target: fc.constantFrom("", "", "4"),
};

/** A line's one departure from the usual, if any: each a cell the lane must leave to the record path, or read as it does. */
const HAZARDS: readonly (readonly [Column, readonly string[]])[] = [
  ["instansi", [" Kab. Baru", "Kab. Baru ", "Kab.  Baru", "Kab.\tBaru", "Kota Ñ", "Ñ Kota", "", "Pemerintah Daerah 7"]],
  ["tahun", [" 2024", "2024 ", "", "24", "2025"]],
  ["jenis", ["Mandiri", " mandiri", "", "evaluasi"]],
  // given on a later row than the assessment's first: the first given is kept
  ["kategori", ["kota", " kota", "kabupaten"]],
  ["provinsi", ["Jawa Tengah", " Jawa Tengah"]],
  ["target", ["3,5", " 4", "abc"]],
  ["indikator", ["48", "0", "01", " 3", "3 ", "3.", "1.1", "", "999", "Total", "1", "47"]],
  ["nama", [name2020("1"), name2020("2"), ` ${name2020("3")}`, `${name2020("3")} `, "Domain Kebijakan Internal SPBE", "lain", " "]],
  ["tingkat", ["0", "6", "9", "10", " 3", "3 ", "3,5", "3.5", "", "tiga", "-1", "٣"]],
  ["bukti", ["", " ", "é", "\u00a0"]],
];
const HAZARD = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.constantFrom(...HAZARDS).chain(([column, values]) => fc.constantFrom(...values).map((value) => ({ column, value }))), weight: 2 },
);

/** A block of later lines that share an assessment's cells, as a national file's do; some with a departure, quoted, ragged or blank. */
function block(header: readonly Column[]) {
  const line = fc.record({
    indikator: fc.constantFrom(...ids2020),
    tingkat: fc.constantFrom("1", "2", "3", "4", "5"),
    named: fc.boolean(),
    hazard: HAZARD,
    shape: fc.constantFrom("plain", "plain", "plain", "plain", "plain", "plain", "quoted", "quotedAll", "quoteHazard", "extra", "short", "blank", "delimiters"),
    // which cell a quote hazard is at, and what it is: each one the lane must decline, or read as the record path does
    quoteAt: fc.nat(20),
    quoteHazard: fc.constantFrom<(cell: string) => string>(
      (c) => `"${c}""x"`,
      (c) => `""""${c}`,
      (c) => `"${c}" `,
      (c) => ` "${c}"`,
      (c) => `"${c}"x`,
      (c) => `"${c},;${c}"`,
      (c) => `"${c}\n${c}"`,
      (c) => `"${c}\r\n"`,
      (c) => `${c}"`,
      (c) => `"${c}`,
      () => `""`,
      (c) => `" ${c} "`,
    ),
  });
  return fc.record({ ...BLOCK, lines: fc.array(line, { minLength: 1, maxLength: 12 }) }).map((b) =>
    b.lines.map((l) => {
      if (l.shape === "blank") return null;
      const cells: Record<Column, string> = { ...b, indikator: l.indikator, nama: l.named ? name2020(l.indikator) : "", tingkat: l.tingkat, bukti: "ada" };
      if (l.hazard !== null) cells[l.hazard.column] = l.hazard.value;
      const row = header.map((c) => cells[c]);
      if (l.shape === "delimiters") return row.map(() => "");
      if (l.shape === "quoted") return row.map((c, i) => (i === 0 ? `"${c}"` : c));
      if (l.shape === "quotedAll") return row.map((c) => `"${c}"`);
      if (l.shape === "quoteHazard") return row.map((c, i) => (i === l.quoteAt % row.length ? l.quoteHazard(c) : `"${c}"`));
      if (l.shape === "extra") return [...row, "x"];
      if (l.shape === "short") return row.slice(0, -1);
      return row;
    }),
  );
}

describe("the plain lane reads as the record path reads", () => {
  it("InputReader with the lane = without it = readAssessments, whatever the lines after the first 2 000", () => {
    let taken = 0;
    let declined = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...HEADERS)
          .chain((header) =>
            fc.tuple(
              fc.constant(header),
              fc.array(block(header), { maxLength: 12 }),
              fc.constantFrom(",", ";"),
              fc.constantFrom("\n", "\r\n"),
              fc.array(fc.nat(200_000), { maxLength: 5 }),
            ),
          ),
        ([header, blocks, delimiter, eol, cuts]) => {
          const later = blocks.flat().map((row) => (row === null ? "" : row.join(delimiter)));
          const lines = [header.join(delimiter), ...cleanRows(header).map((r) => r.join(delimiter)), ...later];
          const bytes = new TextEncoder().encode(lines.join(eol) + eol);
          const { read: withLane, count } = readCountingLane(bytes, cuts);
          taken += count.taken;
          declined += count.declined;
          const without = readPieces(bytes, spbe2020, cuts, false);
          expect(withLane).toEqual(without);
          const whole = readAssessments(bytes, { framework: spbe2020, lean: true, file: "n.csv" });
          expect(withLane).toEqual(plain(whole));
        },
      ),
      { numRuns: 50 },
    );
    // not vacuous: the lane took lines (the clean ones past the sample) and declined others
    expect(taken).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(100);
  });

  it("takes an assessment's lines after its first, and none of a full build's", () => {
    const rows = cleanRows(HEADERS[0]);
    const bytes = new TextEncoder().encode(`${[HEADERS[0].join(","), ...rows.map((r) => r.join(","))].join("\n")}\n${rows.map((r) => r.join(",")).join("\n")}`);
    // the second copy of each assessment: every line a duplicate, declined, read as one by the record path
    const lean = laneCount(() => readPieces(bytes, spbe2020, [], true));
    const full = laneCount(() => {
      const reader = new InputReader({ framework: spbe2020, lean: false, file: "n.csv" });
      reader.push(bytes);
      reader.end();
    });
    // from the slice after the first 2 000 rows to the end of the first copy, all but each assessment's first line
    expect(lean.taken).toBeGreaterThan(1500);
    expect(lean.taken).toBeLessThan(CLEAN * 46 - 2000);
    // then every line of the second copy
    expect(lean.declined).toBeGreaterThan(CLEAN * 47);
    expect(full).toEqual({ taken: 0, declined: 0 });
    const read = readPieces(bytes, spbe2020, [], true);
    expect(read).toEqual(readPieces(bytes, spbe2020, [], false));
    expect(read.assessments.every((a) => !a.valid)).toBe(true);
  });

  // PHP's fputcsv quotes a cell with a space ("Pemerintah Daerah 7",2024,1,4), some tools quote every cell:
  // those lines were all declined, and such a national file read 1.5 × slower
  it("takes lines whose quoted cells are plain within their quotes, and reads them as the record path does", () => {
    for (const quote of [(c: string, i: number) => (i === 0 ? `"${c}"` : c), (c: string) => `"${c}"`]) {
      const header = HEADERS[1];
      const lines = [header.join(";"), ...cleanRows(header).map((r) => r.map(quote).join(";"))];
      const bytes = new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
      const { read, count } = readCountingLane(bytes, [12_345]);
      expect(count.taken).toBeGreaterThan(1500);
      expect(read).toEqual(readPieces(bytes, spbe2020, [12_345], false));
      expect(read.assessments.filter((a) => a.valid)).toHaveLength(CLEAN);
    }
  });

  // a database export ORDER BY indikator: every row another assessment's than the row before, all declined once
  it("takes the lines of a file sorted by indicator, the assessment after the last one the time before", () => {
    const header = HEADERS[0];
    const rows = cleanRows(header);
    const byIndicator = ids2020.flatMap((_, i) => Array.from({ length: CLEAN }, (_, k) => rows[k * ids2020.length + i]!));
    // the order turns at one indicator, and one row is another year's: those are the record path's
    byIndicator.splice(30 * CLEAN, CLEAN, ...byIndicator.slice(30 * CLEAN, 31 * CLEAN).reverse());
    byIndicator[40 * CLEAN + 7] = byIndicator[40 * CLEAN + 7]!.map((c) => (c === "2024" ? "2023" : c));
    const bytes = new TextEncoder().encode(`${[header, ...byIndicator].map((r) => r.join(",")).join("\n")}\n`);
    const { read, count } = readCountingLane(bytes, [777]);
    expect(count.taken).toBeGreaterThan(2000);
    expect(read).toEqual(readPieces(bytes, spbe2020, [777], false));
    expect(read).toEqual(plain(readAssessments(bytes, { framework: spbe2020, lean: true, file: "n.csv" })));
    expect(read.assessments.filter((a) => a.valid)).toHaveLength(CLEAN - 1);
  });

  // a legend of the levels under a national file's table ("Keterangan", "1;Rintisan", "2 = Terkelola"): its instansi
  // blank, every line is declined, and the record path skips it as it does in a file read whole
  it("declines a legend of the levels under the table, which the record path skips as a file read whole does", () => {
    const header = HEADERS[1];
    const blank = header.map(() => "");
    const at = (cells: Partial<Record<Column, string>>) => header.map((c) => cells[c] ?? "").join(";");
    const names = ["Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"];
    const legend = [
      blank.join(";"),
      at({ instansi: "Keterangan" }),
      ...names.map((nama, k) => at({ indikator: String(k + 1), nama })),
      at({ indikator: "Keterangan:" }),
      ...names.map((n, k) => at({ indikator: `${k + 1} = ${n}` })),
    ];
    const lines = [header.join(";"), ...cleanRows(header).map((r) => r.join(";")), ...legend];
    const bytes = new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
    const { read, count } = readCountingLane(bytes, [9_999]);
    expect(count.taken).toBeGreaterThan(1500);
    expect(count.declined).toBeGreaterThanOrEqual(legend.length - 1);
    expect(read).toEqual(readPieces(bytes, spbe2020, [9_999], false));
    expect(read).toEqual(plain(readAssessments(bytes, { framework: spbe2020, lean: true, file: "n.csv" })));
    expect(read.findings).toEqual([]);
    expect(read.assessments.map((a) => a.valid)).toEqual(Array.from({ length: CLEAN }, () => true));
  });

  // (a second read) a level in two cells is a legend's only right under the legend: data rows the lane takes
  // after a legend's title end it as the record path's do
  it("ends a legend at the rows the lane takes, as the record path does", () => {
    const header = HEADERS[1];
    const at = (cells: Partial<Record<Column, string>>) => header.map((c) => cells[c] ?? "").join(";");
    const rows = cleanRows(header).map((r) => r.join(";"));
    const lines = [header.join(";"), ...rows.slice(0, -5), at({ instansi: "Keterangan" }), ...rows.slice(-5), at({ indikator: "1", nama: "Rintisan" })];
    const bytes = new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
    const { read, count } = readCountingLane(bytes, [9_999]);
    expect(count.taken).toBeGreaterThan(1500);
    expect(read).toEqual(readPieces(bytes, spbe2020, [9_999], false));
    expect(read.findings.map((f) => f.code)).toContain("value/missing");
  });

  it("leaves Pemdi's codes to the record path, and reads them as it does", () => {
    const ids = pemdi.indicators.map((i) => i.code ?? i.id);
    const lines = ["instansi;tahun;indikator;tingkat"];
    for (let k = 0; k < 120; k++) for (const id of ids) lines.push(`Kab ${k};2026;${id.replace(".", ",")};${(k % 5) + 1}`);
    const bytes = new TextEncoder().encode(lines.join("\n"));
    expect(readPieces(bytes, pemdi, [5000], true)).toEqual(readPieces(bytes, pemdi, [5000], false));
    expect(readPieces(bytes, pemdi, [], true).assessments.filter((a) => a.valid)).toHaveLength(120);
  });
});

describe("the tokenizer's lane", () => {
  /** Pushes text in pieces of 7, handing the records each push (and the end) returns to `take` at once. */
  const pieces = (text: string, t: CsvTokenizer, take: (records: CsvRecord[]) => void): void => {
    for (let at = 0; at < text.length; at += 7) take(t.push(text.slice(at, at + 7)));
    take(t.end());
  };

  it("hands over the records before each line it is offered, so that taken and declined stay in order", () => {
    // a line with plain quoted cells is offered as the text between the quotes ("6"); one with an escaped quote is not
    const text = 'a,1\n"b""x",2\nc,3\n\nd;4,5\ne,"6"\nf,7';
    const seen: string[] = [];
    const t = new CsvTokenizer(",");
    const before = (records: CsvRecord[]) => {
      for (const r of records) seen.push(`record ${r.line}: ${r.cells.join("|")}`);
    };
    t.useLane({
      cells: 2,
      take: (text, bounds, line) => {
        if (text.slice(bounds[0]!, bounds[1]!) === "d;4") return false;
        seen.push(`took ${line}: ${text.slice(bounds[0]!, bounds[1]!)}|${text.slice(bounds[2]!, bounds[3]!)}`);
        return true;
      },
      before,
    });
    pieces(text, t, before);
    expect(seen).toEqual(["took 1: a|1", 'record 2: b"x|2', "took 3: c|3", "record 5: d;4|5", "took 6: e|6", "took 7: f|7"]);
  });

  it("reads a line it declines as without a lane: cells, delimiters far apart, lines wider or narrower", () => {
    const wide = Array.from({ length: LANE_CELLS + 5 }, (_, i) => `c${i}`).join(";");
    const text = `a;b;c\n${"x\n".repeat(50)}y;z\n\n${wide}\n ;  spaced ; \r\nlast;li;ne;`;
    for (const cells of [1, 2, 3]) {
      const t = new CsvTokenizer(";");
      const offered: number[] = [];
      const out: CsvRecord[] = [];
      const before = (records: CsvRecord[]) => out.push(...records);
      t.useLane({
        cells,
        take: (_text, _bounds, line) => {
          offered.push(line);
          return false;
        },
        before,
      });
      pieces(text, t, before);
      expect(out).toEqual(tokenize(text, ";").records);
      // only the lines of the lane's width (never the blank line, no record either)
      const expected = { 1: Array.from({ length: 50 }, (_, i) => i + 2), 2: [52], 3: [1, 55] }[cells];
      expect(offered).toEqual(expected);
    }
  });

  it("a lane reads no table wider than LANE_CELLS, nor of no cells", () => {
    const t = new CsvTokenizer(",");
    const lane = { take: () => true, before: () => {} };
    expect(() => t.useLane({ ...lane, cells: LANE_CELLS + 1 })).toThrow();
    expect(() => t.useLane({ ...lane, cells: 0 })).toThrow();
    // an assessment with extra columns, LANE_CELLS wide (read by the lane) and one wider (not)
    const sheet = (width: number) => {
      const extra = Array.from({ length: width - 4 }, (_, i) => `kolom ${i}`);
      const rows = [["instansi", "tahun", "indikator", "tingkat", ...extra].join(",")];
      for (let k = 0; k < 80; k++) for (const id of ids2020) rows.push([`Kab ${k}`, "2024", id, "3", ...extra.map(() => "")].join(","));
      return new TextEncoder().encode(rows.join("\n"));
    };
    expect(laneCount(() => readPieces(sheet(LANE_CELLS), spbe2020, [], true)).taken).toBeGreaterThan(1000);
    const bytes = sheet(LANE_CELLS + 1);
    expect(laneCount(() => readPieces(bytes, spbe2020, [], true))).toEqual({ taken: 0, declined: 0 });
  });
});
