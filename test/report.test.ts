import { describe, expect, it } from "vitest";
import { stripControls } from "../src/core/control.js";
import { renderCsv } from "../src/report/csv.js";
import { csvSafe, markdownCell, terminalSafe } from "../src/report/text.js";

describe("CSV output", () => {
  it("neutralises formula injection but keeps numbers numbers", () => {
    expect(renderCsv(["a", "b", "c", "d", "e"], [['=HYPERLINK("x")', "+1", "-0.25", "@SUM(A1)", "\tx"]])).toBe(
      'a,b,c,d,e\n"\'=HYPERLINK(""x"")",\'+1,-0.25,\'@SUM(A1),\'\tx\n',
    );
    expect(csvSafe("-2+3")).toBe("'-2+3");
    expect(csvSafe("-3")).toBe("-3");
  });

  it("takes out exactly the unsafe characters, for every character alone and inside text (stripControls' printable-ASCII shortcut)", () => {
    const FORMULA = /^[=+\-@\t\r]/;
    const NUMBER = /^-?\d+(?:\.\d+)?$/;
    // the definition, written out here apart from src/core/control.ts: C0, DEL and C1, the bidi marks (U+061C
    // too) and the Unicode line and paragraph separators
    const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    const strip = (text: string, keep: string) => text.replace(UNSAFE, (c) => (keep.includes(c) ? c : ""));
    const reference = (text: string) => {
      const clean = strip(text, "\t\n");
      return FORMULA.test(clean) && !NUMBER.test(clean) ? `'${clean}` : clean;
    };
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}12`]) {
        if (csvSafe(text) !== reference(text)) wrong.push(JSON.stringify(text));
        for (const keep of ["", "\t\n", "\t\r\n"])
          if (stripControls(text, keep) !== strip(text, keep)) wrong.push(`${JSON.stringify(keep)} ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(csvSafe("Kab\u001b[31m X")).toBe("Kab[31m X");
    expect(csvSafe("\u202eKota")).toBe("Kota");
  });

  it("writes an Excel-ID CSV with ';', decimal commas, BOM and CRLF", () => {
    expect(
      renderCsv(
        ["nilai", "teks"],
        [
          ["3.084", "a;b"],
          ["-0.5", "=1+1"],
        ],
        { excel: true },
      ),
    ).toBe('\uFEFFnilai;teks\r\n3,084;"a;b"\r\n-0,5;\'=1+1\r\n');
  });
});

describe("escaping", () => {
  it("strips terminal control sequences from input-derived text", () => {
    expect(terminalSafe("Kota\u001b[2J\u001b]0;pwned\u0007 A\r\nB")).toBe("Kota[2J]0;pwned A B");
  });

  it("escapes Markdown table cells", () => {
    expect(markdownCell("a|b <script> *x*\nz")).toBe("a\\|b &lt;script&gt; \\*x\\* z");
  });
});
