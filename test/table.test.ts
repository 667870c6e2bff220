import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { column } from "../src/report/layout.js";

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
