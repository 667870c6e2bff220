/**
 * Result tables (one row per instansi with its index): every check `validate`
 * makes on a row, each on a small table built here, and the bundled national
 * results, whose known faults (../data/nasional/README.md) must be found
 * exactly — no more, no fewer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readAssessments } from "../src/assessment/read.js";
import { toNumber } from "../src/core/rational.js";
import { builtinFramework, builtinFrameworks } from "../src/frameworks/builtin.js";
import { findingMessage } from "../src/messages/findings.js";
import { isResultHeader } from "../src/results/columns.js";
import { resultTiers } from "../src/results/grid.js";
import { type InputFile, readInput } from "../src/results/input.js";
import type { ResultFile } from "../src/results/read.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SPBE_2020 = builtinFramework("spbe-2020")!;
const HEAD = "tahun,kategori,provinsi,instansi,d1,d2,d3,d4,indeks,predikat";

function results(text: string, file = "hasil.csv"): ResultFile {
  const input: InputFile = readInput(new TextEncoder().encode(text), { file, framework: SPBE_2020, frameworks: builtinFrameworks() });
  if (input.kind !== "results") throw new Error(`${file} was not read as a result table`);
  return input.results;
}
const table = (...rows: string[]) => results([HEAD, ...rows].join("\n"));
const codes = (r: ResultFile) => r.findings.map((f) => `${f.line}:${f.column} ${f.code} ${f.severity} ${f.value ?? ""}`.trim());

describe("telling a result table by its header", () => {
  it("an instansi and an index column, and no indicator column", () => {
    expect(isResultHeader(HEAD.split(","))).toBe(true);
    expect(isResultHeader(["Nama Instansi", "Indeks SPBE"])).toBe(true);
    expect(isResultHeader(["indikator", "tingkat"])).toBe(false);
    expect(isResultHeader(["instansi", "indikator", "tingkat", "indeks"])).toBe(false);
    expect(isResultHeader(["instansi", "d1"])).toBe(false);
  });

  it("score says a result table is one, instead of a missing indicator column", () => {
    const file = readAssessments(`${HEAD}\n2024,kota,Bali,Kota Denpasar,4.00,4.00,4.00,4.00,4.00,Sangat Baik\n`);
    expect(file.findings.map((f) => [f.code, f.args])).toEqual([["file/not-assessment", { kind: "result-table" }]]);
  });

  // a coordinator's sheet with its title on line 1: the assessment reader's findings said "no indicator
  // column; the columns are: 'REKAP INDEKS SPBE 2024'"; then where the header seemed to be; now the table
  // below the title is read as the result table it is, with a warning that the title was not
  it("a title row above a result table: the table is read from its header, and a warning says so", () => {
    const text = ["REKAP INDEKS SPBE 2024", "", "instansi,tahun,indeks,predikat", "Kab. A,2024,3.10,Baik", "Kab. B,2024,2.50,Cukup", ""].join("\n");
    const input = readInput(new TextEncoder().encode(text), { file: "rekap.csv", framework: SPBE_2020, frameworks: builtinFrameworks() });
    expect(input.kind).toBe("results");
    const results = input.kind === "results" ? input.results : null;
    expect(results?.rows.map((r) => [r.instansi, r.line])).toEqual([
      ["Kab. A", 4],
      ["Kab. B", 5],
    ]);
    expect(results?.findings.map((f) => [f.code, f.severity, f.line, f.args])).toEqual([["file/title-rows", "warning", 1, { header: 3, rows: 1 }]]);
    expect(findingMessage(results!.findings[0]!, "id")).toBe("judul kolom tabel ada di baris 3; 1 baris di atasnya (judul lembar) tidak dibaca");
    // score's reader finds the same header, and says it is a result table
    expect(readAssessments(text).findings.map((f) => f.code)).toEqual(["file/title-rows", "file/not-assessment"]);
  });
});

describe("the grid of printed domain values (2020)", () => {
  const tiers = resultTiers(SPBE_2020);
  const grid = (id: string) => tiers.find((t) => t.id === id)!.grid!.byDisplay;
  it("d1 and d2 are multiples of 0.1, d3 of 1/11, d4 of the form (2.75a + 3b)/45.5", () => {
    expect(grid("1").has("3.40")).toBe(true);
    expect(grid("1").has("3.45")).toBe(false);
    expect(grid("2").has("2.70")).toBe(true);
    // 13/11 = 1.1818…, 12/11 = 1.0909…
    expect(grid("3").has("1.18")).toBe(true);
    expect(grid("3").has("1.09")).toBe(true);
    expect(grid("3").has("1.10")).toBe(false);
    // 2023 Kemenko Polhukam d4 3.74; 1.00 and 5.00 at the ends
    expect(grid("4").has("3.74")).toBe(true);
    expect(grid("4").has("1.00")).toBe(true);
    expect(grid("4").has("5.00")).toBe(true);
    expect(grid("4").has("1.01")).toBe(false);
  });
});

describe("checking each row of a result table", () => {
  it("a clean row has no finding", () => {
    const r = table("2023,kementerian,,Kementerian A,3.40,2.70,1.18,3.74,3.01,Baik");
    expect(codes(r)).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.faulty).toBe(false);
  });

  // an exploratory tester: "Kota Z,2024,3,55" was ranked at 3.00 with a csv/ragged warning only, exit 0
  it("a decimal comma in a comma file (a number split in two cells) is refused, not read as its whole part", () => {
    const r = table("2023,kementerian,,Kementerian A,3,40,2.70,1.18,3.74,3.01,Baik", "2023,kementerian,,Kementerian B,3.40,2.70,1.18,3.74,3.01,Baik");
    expect(codes(r)).toEqual(["2:null csv/ragged warning", "2:5 result/invalid error 3,40"]);
    expect(r.rows.map((x) => x.instansi)).toEqual(["Kementerian B"]);
    expect(findingMessage(r.findings.find((f) => f.code === "result/invalid")!, "en")).toBe(
      "d1 '3,40' has a decimal comma in a comma-separated file: it was read as two cells, and the columns after it moved; write 3.40, or save the file with ';'",
    );
    // a stray cell that is no split number stays a warning, and the row is read
    const note = table("2023,kementerian,,Kementerian A,3.40,2.70,1.18,3.74,3.01,Baik,catatan");
    expect(codes(note)).toEqual(["2:null csv/ragged warning"]);
    expect(note.rows).toHaveLength(1);
    // (a review) nor is a whole number before another number's column a split one: "3" before a year, a
    // stray cell after domains whose join would leave a domain no number, a trailing empty cell
    for (const [text, expected] of [
      ["instansi,indeks,tahun\nKabupaten Garut,3,2024,\n", ["2:null csv/ragged warning"]],
      ["instansi,tahun,indeks,d1,d2,d3,d4\nKabupaten Garut,2024,2.60,3,2,2.5,2.7,x\n", ["2:null csv/ragged warning"]],
      ["no,instansi,tahun,indeks,target\n1,Kabupaten Garut,2024,3.10,4,2025\n", ["2:null csv/ragged warning"]],
    ] as const) {
      const r = results(text);
      expect(
        codes(r).filter((c) => !c.includes("result/off-grid") && !c.includes("result/index-mismatch") && !c.includes("result/blank")),
        text,
      ).toEqual(expected);
    }
  });

  it("a domain outside 1–5, and one no whole levels give", () => {
    const r = table("2023,kabupaten,Sumatera Selatan,Kab. A,2.00,1.00,1.00,0.30,1.05,Kurang", "2023,kota,Bali,Kota B,3.45,2.70,1.18,3.74,3.02,Baik");
    expect(codes(r)).toEqual(["2:8 result/out-of-range error 0.30", "3:5 result/off-grid error 3.45"]);
    expect(r.rows.map((x) => x.faulty)).toEqual([true, true]);
  });

  it("an index outside 1–5 (a table without domains): refused and left unranked, not ranked first", () => {
    // (an exploratory review) `rank` put "99.00 Memuaskan" first and `trend` called 6.00 a reached target, exit 0
    const r = results(
      "tahun,instansi,kategori,indeks\n2024,Kab. B,kabupaten,6.00\n2024,Kab. H,kabupaten,0.5\n2024,Kab. Z,kabupaten,99\n2024,Kab. C,kabupaten,5\n",
    );
    expect(codes(r)).toEqual(["2:4 result/out-of-range error 6.00", "3:4 result/out-of-range error 0.5", "4:4 result/out-of-range error 99"]);
    expect(r.rows.map((x) => [x.instansi, x.index && toNumber(x.index), x.faulty])).toEqual([
      ["Kab. B", null, true],
      ["Kab. H", null, true],
      ["Kab. Z", null, true],
      ["Kab. C", 5, false],
    ]);
  });

  it("the index against its domains, within what two-decimal rounding of them allows", () => {
    // (13·3.4 + 25·2.7 + 16.5·(13/11) + 45.5·d4)/100 with d4 = 3.74 printed: 3.01 is consistent, 3.10 is not
    const r = table("2023,kementerian,,A,3.40,2.70,1.18,3.74,3.01,Baik", "2023,kementerian,,B,3.40,2.70,1.18,3.74,3.10,Baik");
    expect(codes(r)).toEqual(["3:9 result/index-mismatch error 3.10"]);
    expect(r.findings[0]!.args).toEqual({ low: "3.01", high: "3.01" });
    // (an exploratory review) one value said as one: "between 3.01 and 3.01" read as a broken range
    expect(findingMessage(r.findings[0]!, "en")).toBe("the index 3.10 does not match its tiers: they give an index of 3.01");
    expect(findingMessage(r.findings[0]!, "id")).toBe("indeks 3.10 tidak sesuai nilai domainnya: dari domain itu indeks 3.01");
  });

  it("the predikat against the index under the year's basis; either basis when the year is unknown", () => {
    const r = table(
      // every domain 3.00 exactly: the index is 3.00, Baik under any rule
      "2024,kota,Bali,A,3.00,3.00,3.00,3.00,3.00,Cukup",
      // no domains: a printed 2.60 may be an exact 2.595 (Cukup in 2024, exact) but is Baik read as displayed (2023)
      "2024,kota,Bali,B,,,,,2.60,Cukup",
      "2023,kota,Bali,C,,,,,2.60,Cukup",
      ",kota,Bali,D,,,,,2.60,Cukup",
    );
    expect(codes(r).filter((c) => c.includes("predikat"))).toEqual(["2:10 result/predikat-mismatch error Cukup", "4:10 result/predikat-mismatch error Cukup"]);
    expect(r.findings.filter((f) => f.code === "result/predikat-mismatch").map((f) => f.args)).toEqual([
      { expected: ["Baik"], index: "3.00", basis: "exact", year: 2024, assumed: false },
      { expected: ["Baik"], index: "2.60", basis: "displayed", year: 2023, assumed: false },
    ]);
  });

  // found by an exploratory tester: a 2019 or 2026 row was told "(the 2019 rule)", as if that year had evidence
  // as 2023 and 2024 do; its basis is the default the framework assumes, and the message says so as score does
  it("a predikat judged by the default basis of a year without evidence says it is the default, not that year's rule", () => {
    const r = results("instansi,tahun,indeks,predikat\nKab. A,2019,2.14,Baik\nKab. B,2026,2.54,Cukup\nKab. C,2024,3.00,Cukup\n");
    expect(r.findings.filter((f) => f.code === "result/predikat-mismatch").map((f) => findingMessage(f, "en"))).toEqual([
      "predikat 'Baik' does not match the index 2.14: from the exact index (the default for years without evidence, 2019) it is Cukup",
      "predikat 'Cukup' does not match the index 2.54: from the exact index (the default for years without evidence, 2026) it is Baik",
      "predikat 'Cukup' does not match the index 3.00: from the exact index (the 2024 rule) it is Baik",
    ]);
    expect(findingMessage(r.findings.find((f) => f.value === "Baik")!, "id")).toContain("(aturan bawaan untuk tahun tanpa bukti, 2019)");
  });

  // a second review: under a year's assumed default (exact) a printed predikat the displayed index gives was an
  // error and exit 1, where the reference says only to tell the user the two rules give different bands
  it("under a year's assumed default, a predikat the other basis gives is a warning that says so", () => {
    // Pacitan's domains allow only 3.4985: Baik from the exact index, Sangat Baik from its display 3.50
    const r = table(
      "2022,kabupaten,Jawa Timur,A,4.70,3.00,2.09,3.94,3.50,Sangat Baik",
      "2024,kabupaten,Jawa Timur,B,4.70,3.00,2.09,3.94,3.50,Sangat Baik",
      "2022,kabupaten,Jawa Timur,C,4.70,3.00,2.09,3.94,3.50,Memuaskan",
    );
    expect(codes(r).filter((c) => c.includes("predikat"))).toEqual([
      "2:10 result/predikat-mismatch warning Sangat Baik",
      "3:10 result/predikat-mismatch error Sangat Baik",
      "4:10 result/predikat-mismatch error Memuaskan",
    ]);
    const [assumed, ruled] = r.findings.filter((f) => f.code === "result/predikat-mismatch");
    expect(assumed!.args).toEqual({ expected: ["Baik"], index: "3.50", basis: "exact", year: 2022, assumed: true, otherBasisFits: true });
    expect(findingMessage(assumed!, "en")).toBe(
      "predikat 'Sangat Baik' does not match the index 3.50: from the exact index (the default for years without evidence, 2022) it is Baik; from the two-decimal index it is 'Sangat Baik': that year's rule is not known, check which one was used",
    );
    expect(findingMessage(assumed!, "id")).toBe(
      "predikat 'Sangat Baik' tidak sesuai indeks 3.50: dari indeks tepat (aturan bawaan untuk tahun tanpa bukti, 2022) predikatnya Baik; dari indeks dua desimal predikatnya 'Sangat Baik': aturan tahun itu tidak diketahui, periksa mana yang dipakai",
    );
    // 2024 has its own rule: the error it was
    expect(ruled!.args).toEqual({ expected: ["Baik"], index: "3.50", basis: "exact", year: 2024, assumed: false });
    // the row under a warning is no faulty row: ranked as any other
    expect(r.rows.map((row) => row.faulty)).toEqual([false, true, true]);
  });

  // found by a second read: an index written with four decimals was read as a two-decimal print (±0.005),
  // so "4.2001 Sangat Baik" passed and a target judged from it contradicted its predikat
  it("takes an index written with more than two decimals as the exact index", () => {
    const r = table("2024,kota,Bali,A,,,,,4.2001,Sangat Baik", "2024,kota,Bali,B,,,,,4.1999,Sangat Baik", "2023,kota,Bali,C,,,,,4.1999,Memuaskan");
    expect(codes(r).filter((c) => c.includes("predikat"))).toEqual(["2:10 result/predikat-mismatch error Sangat Baik"]);
  });

  it("a domain's greatest exact value counts: 2024 Kab. Wonogiri's 4.20 can be exactly 4.20, Memuaskan", () => {
    // d4 4.45 stands for 202.25/45.5 or 202.5/45.5; with the latter the index is exactly 4.20
    const r = table(
      "2024,kabupaten,Jawa Tengah,Kab. Wonogiri,5.00,4.30,2.73,4.45,4.20,Memuaskan",
      "2024,kabupaten,Jawa Tengah,Kab. W2,5.00,4.30,2.73,4.45,4.20,Sangat Baik",
    );
    expect(codes(r)).toEqual([]);
  });

  it("blank cells by cell: required ones (instansi, index) are errors, a blank domain a warning", () => {
    const r = table(
      "2024,kementerian,,Kementerian Pertanian,,3.90,2.64,4.26,3.84,Sangat Baik",
      "2024,kota,Bali,Kota C,4.00,4.00,4.00,4.00,,",
      "2024,kota,Bali,,4.00,4.00,4.00,4.00,4.00,Sangat Baik",
    );
    expect(codes(r)).toEqual(["2:5 result/blank warning", "3:9 result/blank error", "3:10 result/blank warning", "4:4 result/blank error"]);
    // the blank-index row is not ranked; the row without an instansi is not kept
    expect(r.rows.map((x) => [x.instansi, x.index === null])).toEqual([
      ["Kementerian Pertanian", false],
      ["Kota C", true],
    ]);
  });

  it("numbers that are not decimals, and an unknown kategori", () => {
    const r = table("2024,kabupaten,Jawa Barat,Kab. D,4.0x,4.00,4.00,4.00,4.00,Sangat Baik", "2024,desa,Jawa Barat,Desa E,3.00,3.00,3.00,3.00,3.00,Baik");
    expect(codes(r)).toEqual(["2:5 result/invalid error 4.0x", "3:2 result/kategori warning desa"]);
  });

  // (a code review) "03.00" was ranked as 3.00 without a word, where a level of "03" is refused; and a tahun
  // of "0999" was year 999, where --tahun refuses it
  it("an index led by a zero is refused, as a level is; a tahun led by a zero is no year", () => {
    const r = table("2024,kabupaten,Jawa Barat,Kab. D,3.00,3.00,3.00,3.00,03.00,Baik", "0999,kabupaten,Jawa Barat,Kab. E,3.00,3.00,3.00,3.00,3.00,Baik");
    expect(codes(r)).toEqual(["2:9 result/invalid error 03.00", "3:1 meta/invalid warning 0999"]);
    expect(r.rows.map((x) => x.tahun)).toEqual([2024, null]);
    // 0 itself, and a whole number of up to three digits, are still numbers
    expect(codes(table("2024,kabupaten,Jawa Barat,Kab. F,3,3,3,3,3,Baik"))).toEqual([]);
  });

  // found by an adversarial review: "2.500" read as 2.5 where a level of "2.500" is refused as 2500
  it("a point before three digits where commas are decimal is refused, as for levels: 2.500 may be 2500", () => {
    const r = results("instansi;tahun;indeks;d1\r\nKab B;2024;2.500;2,50\r\nKab C;2024;2,500;1.000\r\n");
    expect(codes(r)).toEqual(["2:3 result/invalid error 2.500", "3:4 result/invalid error 1.000"]);
    expect(r.findings.map((f) => f.args)).toEqual([
      { field: "indeks", thousands: true },
      { field: "d1", thousands: true },
    ]);
    expect(r.rows.map((x) => [x.instansi, x.index?.n ?? null])).toEqual([
      ["Kab B", null],
      ["Kab C", 5n],
    ]);
    // a point file: three decimals are decimals
    expect(codes(results("instansi,tahun,indeks\nKab B,2024,2.500\n"))).toEqual([]);
  });

  it("a decimal comma in a semicolon table; a comma is a delimiter otherwise", () => {
    const r = results("instansi;indeks;tahun\nKota F;3,50;2024\n");
    expect(codes(r)).toEqual([]);
    expect(r.rows[0]!.index).toEqual({ n: 7n, d: 2n });
  });

  // the cells read are remembered (`ResultBuilder`'s memo, which every table shares): only those that raised no
  // finding, as a finding names its row. A fault printed on many rows is said on each of them, every time
  it("a fault printed again is said again: on every row, in every table, whatever was read clean before", () => {
    const rows = [
      "2023,kota,Bali,Kota A,3.40,2.70,1.18,3.74,3.01,Baik",
      "2023,kota,Bali,Kota B,3.45,2.70,1.18,3.74,3.02,Baik",
      "2023,kota,Bali,Kota C,3.45,2.70,1.18,3.74,3.02,Baik",
      "2023,kota,Bali,Kota D,3.40,2.70,1.18,0.30,3.01,Baik",
      "2023,kota,Bali,Kota E,3.40,2.70,1.18,0.30,3.01,Baik",
      "2023,kota,Bali,Kota F,x,2.70,1.18,3.74,6.00,Baik",
      "2023,kota,Bali,Kota G,x,2.70,1.18,3.74,6.00,Baik",
      "2023,kota,Bali,Kota H,3.40,2.70,1.18,3.74,3.10,Baik",
      "2023,kota,Bali,Kota I,3.40,2.70,1.18,3.74,3.10,Baik",
    ];
    const expected = [
      "3:5 result/off-grid error 3.45",
      "4:5 result/off-grid error 3.45",
      "5:8 result/out-of-range error 0.30",
      "6:8 result/out-of-range error 0.30",
      "7:5 result/invalid error x",
      "7:9 result/out-of-range error 6.00",
      "8:5 result/invalid error x",
      "8:9 result/out-of-range error 6.00",
      "9:9 result/index-mismatch error 3.10",
      "10:9 result/index-mismatch error 3.10",
    ];
    for (const r of [table(...rows), table(...rows)]) {
      expect(codes(r)).toEqual(expected);
      expect(r.rows.map((x) => x.faulty)).toEqual([false, true, true, true, true, true, true, true, true]);
    }
    // a text read clean in a point table ("2.500": 2.5) is read again where commas are decimal: 2500, or 2.5?
    const point = results("instansi,tahun,indeks,d1\nKab B,2024,2.500,2.500\n");
    expect([codes(point), point.rows[0]!.index, point.rows[0]!.tiers[0]]).toEqual([[], { n: 5n, d: 2n }, { n: 5n, d: 2n }]);
    expect(codes(results("instansi;tahun;indeks;d1\nKab B;2024;2.500;2.500\n"))).toEqual(["2:3 result/invalid error 2.500", "2:4 result/invalid error 2.500"]);
    // and a text read clean against one framework is read again against another: 0.50 is a 2018 index (levels
    // from 0), none of 2020's (from 1), whichever came first
    const years = results("instansi,tahun,indeks\nKab A,2019,0.50\nKab B,2023,0.50\nKab C,2019,0.50\nKab D,2023,0.50\n");
    expect(codes(years)).toEqual(["3:3 result/out-of-range error 0.50", "5:3 result/out-of-range error 0.50"]);
    expect(years.rows.map((x) => x.index === null)).toEqual([false, true, false, true]);
  });

  it("reads each row against the framework its tahun says", () => {
    const r = results("instansi,tahun,indeks\nKab. G,2019,2.50\nKab. G,2024,3.00\n");
    expect(r.rows.map((x) => x.framework.id)).toEqual(["spbe-2018", "spbe-2020"]);
  });

  it("a kerangka column that names no framework", () => {
    const r = results("instansi,kerangka,indeks\nKab. H,spbe-2099,2.50\n");
    expect(codes(r)).toEqual(["2:2 result/framework error spbe-2099"]);
  });
});

describe("the bundled national results", () => {
  const bundled = (year: number) => results(readFileSync(join(ROOT, "data", "nasional", `nasional-${year}.csv`), "utf8"), `nasional-${year}`);

  it("2023: exactly one fault, Kab. Banyuasin's d4 of 0.30", () => {
    const r = bundled(2023);
    expect(r.rows).toHaveLength(621);
    expect(r.findings.map((f) => [f.code, f.value, r.rows.find((x) => x.line === f.line)?.instansi])).toEqual([
      ["result/out-of-range", "0.30", "Pemerintah Kab. Banyuasin"],
    ]);
  });

  it("2024: exactly the three blank d1 cells", () => {
    const r = bundled(2024);
    expect(r.rows).toHaveLength(615);
    const blanks = r.findings.map((f) => [f.code, f.severity, r.rows.find((x) => x.line === f.line)?.instansi]);
    expect(blanks).toEqual([
      ["result/blank", "warning", "Kementerian Pertanian"],
      ["result/blank", "warning", "Kementerian Energi dan Sumber Daya Mineral"],
      ["result/blank", "warning", "Pemerintah Provinsi Jawa Timur"],
    ]);
  });
});
