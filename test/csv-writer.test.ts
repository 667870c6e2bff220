/**
 * The CSV writer (`csvRecords`), which replaced csv-stringify on the output
 * path for speed: csv-parse reads back exactly the cells written, for any
 * cells, either delimiter and either record delimiter; and where csv-stringify
 * quotes correctly, the bytes are its bytes.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvDialect, csvPieces, csvRecords, renderCsv } from "../src/report/csv.js";

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom("", '"', '""', ",", ";", "\n", "\r", "\r\n", " a ", "=1+2", "3.14", "a,b", 'say "hi"', "baris\nbaru"),
  fc.array(fc.constantFrom("a", '"', ",", ";", "\r", "\n", " ", "é", "—"), { maxLength: 8 }).map((cs) => cs.join("")),
);
const records = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
const dialect = fc.tuple(fc.constantFrom("," as const, ";" as const), fc.constantFrom("\n" as const, "\r\n" as const));

describe("csvRecords", () => {
  it("writes cells that csv-parse reads back exactly, for any cells and either dialect", () => {
    fc.assert(
      fc.property(records, dialect, (rs, [delimiter, recordDelimiter]) => {
        const text = csvRecords(rs, delimiter, recordDelimiter);
        expect(parse(text, { delimiter, record_delimiter: recordDelimiter, relax_column_count: true })).toEqual(rs);
      }),
      { numRuns: 500 },
    );
  });

  it("writes csv-stringify's bytes wherever it quotes correctly", () => {
    // csv-stringify 6.9 leaves a lone LF unquoted under CRLF records (and a lone CR under LF ones),
    // which Excel and csv-parse read as a new record: not a behaviour to keep
    const noBreaks = records.map((rs) => rs.map((r) => r.map((c) => c.replace(/[\r\n]/g, " "))));
    fc.assert(
      fc.property(noBreaks, dialect, (rs, [delimiter, recordDelimiter]) => {
        expect(csvRecords(rs, delimiter, recordDelimiter)).toBe(stringify(rs, { delimiter, record_delimiter: recordDelimiter }));
      }),
      { numRuns: 500 },
    );
  });

  it("quotes a cell holding the delimiter, a quote or a line break, and nothing else", () => {
    expect(csvRecords([["a", "b,c", 'd"e', "f\ng", "h;i"]], ",", "\n")).toBe('a,"b,c","d""e","f\ng",h;i\n');
    expect(csvRecords([["a", "b,c", "h;i", "j\nk"]], ";", "\r\n")).toBe('a;b,c;"h;i";"j\nk"\r\n');
  });

  it("keeps a note's line break inside its cell in an --excel CSV (csv-stringify split the row there)", () => {
    const text = renderCsv(["indikator", "catatan"], [["1", "baris satu\nbaris dua"]], { excel: true });
    expect(text).toBe('\uFEFFindikator;catatan\r\n1;"baris satu\nbaris dua"\r\n');
    expect(parse(text.slice(1), { delimiter: ";", record_delimiter: "\r\n" })).toEqual([
      ["indikator", "catatan"],
      ["1", "baris satu\nbaris dua"],
    ]);
  });
});

describe("csvPieces", () => {
  const head = ["instansi", "indeks"];
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Pemda ${i}`, "3.25"]);

  it("is the whole document in pieces of whole records, in order, the BOM only at its start", () => {
    for (const excel of [false, true]) {
      const [delimiter, end] = excel ? ([";", "\r\n"] as const) : ([",", "\n"] as const);
      const cells = (r: string[]) => (excel ? [r[0]!, r[1]!.replace(".", ",")] : r);
      // around the piece size: 1 024 records a piece, the header counted in the first
      for (const n of [1022, 1023, 1024, 2500]) {
        const pieces = [...csvPieces(head, rows(n), { excel })];
        // made independently of csvPieces (renderCsv is their join)
        const whole = (excel ? "\uFEFF" : "") + csvRecords([head, ...rows(n).map(cells)], delimiter, end);
        expect(pieces.join("")).toBe(whole);
        expect(pieces.length).toBe(Math.ceil((n + 1) / 1024));
        expect(pieces.every((p) => p.length > 0 && p.endsWith(end))).toBe(true);
        expect(pieces.filter((p) => p.includes("\uFEFF")).length).toBe(excel ? 1 : 0);
      }
    }
  });

  it("neutralises formula cells in every piece, not only the first", () => {
    const hostile = ['=HYPERLINK("http://x")', "+62 812", "-Kab. Contoh", "@Pemda", '"kutip", koma', "-0.25"];
    const made = (n: number) => Array.from({ length: n }, (_, i) => [hostile[i % hostile.length]!, `${i}`]);
    for (const excel of [false, true]) {
      const [delimiter, end] = excel ? ([";", "\r\n"] as const) : ([",", "\n"] as const);
      const pieces = [...csvPieces(head, made(2500), { excel })];
      expect(pieces.length).toBe(3);
      // written out here rather than through csvSafe: a plain number keeps its sign, every other formula start gets '
      const expected = ['\'=HYPERLINK("http://x")', "'+62 812", "'-Kab. Contoh", "'@Pemda", '"kutip", koma', excel ? "-0,25" : "-0.25"];
      const whole = (excel ? "\uFEFF" : "") + csvRecords([head, ...made(2500).map((r, i) => [expected[i % expected.length]!, r[1]!])], delimiter, end);
      expect(pieces.join("")).toBe(whole);
      // the last piece starts with row 2047 (1 024 records a piece, the header in the first): "+62 812"
      expect(pieces[2]!.startsWith(`'+62 812${delimiter}2047${end}`)).toBe(true);
    }
  });

  it("makes each piece only when asked: rows not yet needed are not yet made", () => {
    let made = 0;
    function* counted(): Generator<string[]> {
      for (const r of rows(5000)) {
        made++;
        yield r;
      }
    }
    const pieces = csvPieces(head, counted());
    pieces.next();
    expect(made).toBeLessThan(2048);
  });

  it("writes a row given as its record as it is, and a row's record is its parts' records joined by the delimiter", () => {
    const row = fc.array(fc.oneof(cellText, fc.constant(null), fc.integer()), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(row, row, fc.boolean(), (first, rest, excel) => {
        const csv = csvDialect({ excel });
        // score-csv writes an assessment's cells once and puts them before each of its rows' own
        const parts = csv.record(first) + csv.delimiter + csv.record(rest);
        expect(parts).toBe(csv.record([...first, ...rest]));
        expect([...csvPieces(head, [parts], csv)]).toEqual([...csvPieces(head, [[...first, ...rest]], { excel })]);
      }),
      { numRuns: 500 },
    );
  });

  it("is the header alone for no rows", () => {
    expect([...csvPieces(head, [])]).toEqual(["instansi,indeks\n"]);
  });
});
