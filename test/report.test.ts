import { describe, expect, it } from "vitest";
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
