import Table from "cli-table3";
import fc from "fast-check";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { alignOf, type Column, type ColumnKind, column } from "../src/report/layout.js";
import { drawTable, fitToWidth } from "../src/report/table.js";

/** The drawn lines' widths, as a terminal counts columns. */
const widths = (drawn: string) => drawn.split("\n").map((l) => stringWidth(l));

describe("drawTable fitted to a terminal", () => {
  const Original = Intl.Segmenter;
  /** Intl's own property, writable as Node defines it (TypeScript's lib calls it read-only) */
  const setSegmenter = (value: typeof Original) => Object.defineProperty(Intl, "Segmenter", { value, writable: true, configurable: true });
  afterEach(() => setSegmenter(Original));

  // building a grapheme segmenter loads ICU's break rules (±8 ms of a score table's run): made only
  // when a name that is not plain ASCII must be cut
  it("makes no grapheme segmenter to load, nor to cut plain ASCII names; one to cut others, without splitting a character", async () => {
    let made = 0;
    setSegmenter(
      class extends Original {
        constructor(...args: ConstructorParameters<typeof Original>) {
          super(...args);
          made++;
        }
      },
    );
    // a module instance of its own (the query), evaluated now: other files in this worker keep theirs
    const fresh = "../src/report/table.js?segmenter";
    const { drawTable } = (await import(/* @vite-ignore */ fresh)) as typeof import("../src/report/table.js");
    expect(made).toBe(0);

    const columns = [column("No", "key"), column("Indikator", "name"), column("Tingkat", "number")];
    // two names with nothing in common at their start: the cut is the names' own (no shared prefix dropped)
    const rows = [
      ["1", "Kebijakan Internal Arsitektur SPBE Instansi Pusat", "3"],
      ["2", "Layanan Publik", "4"],
    ];
    const ascii = drawTable({ columns, rows }, 40);
    expect(made).toBe(0);
    expect(ascii).toContain("│ Kebijakan Internal A… │");
    expect(Math.max(...widths(ascii))).toBeLessThanOrEqual(40);

    // "é" written as e + a combining accent: two code units, one grapheme, one column
    const accented = `Kebijakan Pe${"re\u0301".repeat(12)}ncanaan`;
    const cut = drawTable({ columns, rows: [["2", accented, "4"], ...rows] }, 40);
    expect(made).toBe(1);
    expect(Math.max(...widths(cut))).toBeLessThanOrEqual(40);
    const name = cut.split("\n").find((l) => l.includes("Kebijakan"))!;
    expect(name).toMatch(/Kebijakan Pe(re\u0301)+r?…/u);
    expect(name).not.toMatch(/e…/);
  });
});

/**
 * drawTable drew with cli-table3 until it took 91 s for rank's 21 277 rows (its layout is quadratic);
 * it now draws the same box itself, and cli-table3, with the options drawTable gave it, is the yardstick.
 */
function cliTable3(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const t = new Table({
    head: columns.map((c) => c.head),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: columns.map(alignOf),
  });
  for (const row of rows) t.push([...row]);
  return t.toString();
}

describe("drawTable draws what cli-table3 drew", () => {
  // names as the tables hold them: Indonesian, a wide character, a combining accent, an emoji, blanks
  const word = fc.constantFrom("Kab.", "Bandung", "Indeks", "3.50", "", "東京", "e\u0301", "👍", "Tingkat", "—", "x".repeat(30), " ");
  const text = fc.array(word, { maxLength: 5 }).map((ws) => ws.join(" "));
  const kind = fc.constantFrom<ColumnKind>("key", "name", "number", "label", "text");
  const table = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      columns: fc.array(fc.tuple(text, kind), { minLength: n, maxLength: n }).map((cs) => cs.map(([head, k]) => column(head, k))),
      rows: fc.array(fc.array(text, { minLength: n, maxLength: n }), { maxLength: 8 }),
    }),
  );

  it("at full width (a pipe, a file)", () => {
    fc.assert(
      fc.property(table, ({ columns, rows }) => {
        expect(drawTable({ columns, rows })).toBe(cliTable3(columns, rows));
      }),
      { numRuns: 300 },
    );
  });

  // fitted to a terminal, names are cut and prose wrapped onto lines of its cell ("\n"): what cli-table3 made of those cells
  it("fitted to a terminal, with names cut and prose wrapped", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 10, max: 90 }), ({ columns, rows }, width) => {
        const fitted = fitToWidth(columns, rows, width);
        expect(drawTable({ columns, rows }, width)).toBe(cliTable3(fitted.columns, fitted.rows));
      }),
      { numRuns: 200 },
    );
  });

  it("draws rank's 21 277 rows in one pass", () => {
    const columns = [column("Peringkat", "key"), column("Instansi", "name"), column("Indeks", "number")];
    const rows = Array.from({ length: 21_277 }, (_, i) => [String(i + 1), `Pemerintah Daerah ${String(i).padStart(5, "0")}`, "3.00"]);
    const drawn = drawTable({ columns, rows });
    expect(drawn.split("\n")).toHaveLength(21_277 + 3);
    // and fitted to a terminal: names cut, the same number of lines
    expect(drawTable({ columns, rows }, 30).split("\n")).toHaveLength(21_277 + 3);
    // the same box as cli-table3's for its first rows: each row is drawn on its own
    expect(drawn.split("\n").slice(0, 12).join("\n")).toBe(cliTable3(columns, rows.slice(0, 12)).split("\n").slice(0, 12).join("\n"));
  });
});
