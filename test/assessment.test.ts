import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAssessments } from "../src/assessment/build.js";
import { candidates } from "../src/assessment/columns.js";
import { LeanReader, readAssessments } from "../src/assessment/read.js";
import { parseLevelParts } from "../src/assessment/value.js";
import type { Finding, FindingArgs } from "../src/core/findings.js";
import { builtinFrameworks } from "../src/frameworks/builtin.js";
import { loadFramework } from "../src/frameworks/load.js";
import type { Framework } from "../src/frameworks/types.js";
import { readTable } from "../src/io/table.js";
import { findingMessage } from "../src/messages/findings.js";
import { readInput } from "../src/results/input.js";
import { codes, csvOf, fw, read, utf8 } from "./helpers.js";
import { spbe } from "./run-cli.js";

const one = (text: string, frameworkId = "spbe-2020") => read(text, frameworkId);
const only = (text: string, frameworkId?: string) => {
  const f = one(text, frameworkId);
  return f.findings.map((x) => ({ code: x.code, severity: x.severity, line: x.line, column: x.column, value: x.value }));
};

/** `framework`, counting each read of its domains: the section names a heading is told by start there. */
function countingDomains(framework: Framework): { readonly counting: Framework; readonly asked: () => number } {
  let asked = 0;
  const counting: Framework = Object.create(framework, {
    domains: {
      get: () => {
        asked++;
        return framework.domains;
      },
    },
  });
  return { counting, asked: () => asked };
}

describe("findings from rows", () => {
  it("reports every problem of a file, not only the first, with line, column and raw value", () => {
    const text = csvOf("spbe-2020", { "3": "", "5": "tiga", "9": "6", "11": "+3", "13": "3e0", "15": "0x3", "17": "2.5" }, 3);
    expect(only(text).filter((f) => f.code !== "indicator/missing")).toEqual([
      { code: "value/missing", severity: "error", line: 4, column: 2, value: "" },
      { code: "value/invalid", severity: "error", line: 6, column: 2, value: "tiga" },
      { code: "value/out-of-range", severity: "error", line: 10, column: 2, value: "6" },
      { code: "value/invalid", severity: "error", line: 12, column: 2, value: "+3" },
      { code: "value/invalid", severity: "error", line: 14, column: 2, value: "3e0" },
      { code: "value/invalid", severity: "error", line: 16, column: 2, value: "0x3" },
      { code: "value/not-integer", severity: "error", line: 18, column: 2, value: "2.5" },
    ]);
  });

  // "2.500" beside "2,5" in an Excel-ID file was read as 2.5: to its reader it is two thousand five hundred
  it("where commas are decimal, a point and three digits is a thousands separator: never guessed", () => {
    const text = ["indikator;tingkat", "1;2,5", "2;2.500", "3;1.000", "4;2.5", ""].join("\n");
    const f = one(text, "pemdi-2026");
    const invalid = f.findings.filter((x) => x.code === "value/invalid");
    expect(invalid.map((x) => [x.line, x.value])).toEqual([
      [3, "2.500"],
      [4, "1.000"],
    ]);
    expect(findingMessage(invalid[0]!, "en")).toBe(
      "'2.500' for indicator 2 (1.2) is ambiguous: commas are decimal in this file, so a point reads as a thousands separator (2.500 = 2500); write it with a comma: 2,5",
    );
    // a point with other than three digits is no thousands separator; with a comma delimiter, "2.500" is 2.5
    expect(f.findings.some((x) => x.line === 5 && x.code.startsWith("value/"))).toBe(false);
    expect(parseLevelParts("2.500", fw("pemdi-2026"), false)).toEqual({ ok: true, numer: 25, places: 1 });
  });

  it("rejects a leading zero rather than guessing: 03 is not a level", () => {
    expect(only(csvOf("spbe-2020", { "1": "03" }, 3))).toEqual([{ code: "value/invalid", severity: "error", line: 2, column: 2, value: "03" }]);
    expect(codes(one(csvOf("pemdi-2026", { "1": "0,5" }, 3).replace(/,/g, ";").replace("0;5", "0,5"), "pemdi-2026"))).toEqual([
      "framework/provisional",
      "value/out-of-range",
    ]);
  });

  it("accepts 3.0 as 3 in integer frameworks, but never a negative level", () => {
    expect(codes(one(csvOf("spbe-2020", { "1": "3.0" }, 3)))).toEqual([]);
    expect(codes(one(csvOf("spbe-2018", { "1": "-0" }, 3), "spbe-2018"))).toEqual(["value/out-of-range"]);
  });

  it("finds missing, duplicate, unknown and blank indicators", () => {
    const text = `${csvOf("spbe-2020", {}, 3).replace("\n47,3\n", "\n")}1,4\n99,3\n,3\n`;
    expect(only(text)).toEqual([
      { code: "indicator/missing", severity: "error", line: null, column: null, value: null },
      { code: "indicator/duplicate", severity: "error", line: 48, column: 1, value: "1" },
      { code: "indicator/unknown", severity: "error", line: 49, column: 1, value: "99" },
      { code: "indicator/blank", severity: "error", line: 50, column: 1, value: "" },
    ]);
  });

  // an analyst's sheet ends with "Total" or "Rata-rata 3,64": the finding said what is wrong with the row,
  // not that the row is a summary that has no place in the file
  it("a refused row that reads as a summary row (Total, Rata-rata, …) says so: 'a summary row? delete it'", () => {
    const body = csvOf("spbe-2020", {}, 3)
      .replace(/,/g, ";")
      .replace(/^indikator;tingkat/, "indikator;nama;tingkat")
      .replace(/^(\d+);/gm, "$1;x;");
    const rows = (footer: string) => one(`${body}${footer}\n`).findings.filter((f) => f.code === "indicator/blank" || f.code === "indicator/unknown");
    const [blank] = rows(";Rata-rata;3,64");
    expect([blank!.code, blank!.line, blank!.args]).toEqual(["indicator/blank", 49, { summary: "Rata-rata" }]);
    expect(findingMessage(blank!, "id")).toBe("baris berisi tingkat tetapi nomor indikatornya kosong; baris ringkasan ('Rata-rata')? hapus baris ini");
    expect(findingMessage(blank!, "en")).toBe("the row has a level but no indicator number; a summary row ('Rata-rata')? delete it");
    // the indicator cell itself: not quoted twice
    const [unknown] = rows("Total;;");
    expect([unknown!.code, unknown!.args]).toEqual([
      "indicator/unknown",
      { framework: "spbe-2020", summary: "Total", bare: null, repeatsHeader: false, misnamed: null },
    ]);
    expect(findingMessage(unknown!, "en")).toBe("'Total' is not an indicator of spbe-2020; a summary row? delete it");
    // any case, any of the usual words; a word of its own only, and never a row that is no summary
    for (const label of ["JUMLAH", "Rerata", "Nilai Indeks", "Indeks SPBE", "Average", "Sum", "rata2", "Grand total"]) {
      expect(rows(`;${label};3`)[0]!.args, label).toEqual({ summary: label });
    }
    for (const label of ["Totalitas", "Sumber", "Layanan 48"]) expect(rows(`;${label};3`)[0]!.args, label).toEqual({ summary: null });
    expect(rows("99;x;3")[0]!.args).toEqual({ framework: "spbe-2020", summary: null, bare: null, repeatsHeader: false, misnamed: null });
    expect(findingMessage(rows("99;x;3")[0]!, "en")).toBe("'99' is not an indicator of spbe-2020");
  });

  // found by a second read of the session that read national files lean: an instansi named "Rata-rata" reads as
  // a summary row, so its one refused row ("Indikator 36": 'write the number alone') was the file's finding, not
  // the assessment's, which went on valid without indicator 36 and ended `score` with an internal error (exit 2)
  it("an assessment without a row for an indicator is never valid, whatever finding explained the row", async () => {
    const text = ["instansi;indikator;tingkat", ...fw("spbe-2020").indicators.map((i) => `Rata-rata;${i.id === "36" ? "Indikator 36" : i.id};3`)].join("\n");
    for (const lean of [false, true]) {
      const file = readAssessments(text, { lean });
      expect(file.findings.map((f) => [f.code, f.line])).toEqual([["indicator/unknown", 37]]);
      expect(file.assessments.map((a) => [a.instansi, a.valid])).toEqual([["Rata-rata", false]]);
    }
    const dir = mkdtempSync(join(tmpdir(), "spbe-rata-"));
    writeFileSync(join(dir, "rata.csv"), text);
    const run = await spbe(["score", join(dir, "rata.csv"), "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).assessments[0].valid).toBe(false);
  });

  // found by an exploratory tester: "1." or "Indikator 1" on every row said "'1.' is not an indicator" and
  // "47 indicators have no row: 1–47", never that the number alone is what is read
  it("an indicator id with decoration around it ('1.', 'Indikator 1', 'I-2') is refused with 'write the number alone', lean or not", () => {
    const unknown = (text: string, framework = "spbe-2020") => {
      const full = readAssessments(text, { framework: fw(framework) });
      expect(readAssessments(text, { framework: fw(framework), lean: true }).findings).toEqual(full.findings);
      return full.findings;
    };
    const bare = (fs: readonly { code: string; value: string | null; args: unknown }[]) =>
      fs.filter((f) => f.code === "indicator/unknown").map((f) => [f.value, (f.args as { bare: string | null }).bare]);
    const f = unknown(["No;Tingkat", "1.;3", "Indikator 2;3", "I-3;3", "No. 4;3", "#5;3", "6);3", "99.;3", "nama 7;3", "1.0;3", "8;3", ""].join("\n"));
    expect(bare(f)).toEqual([
      ["1.", "1"],
      ["Indikator 2", "2"],
      ["I-3", "3"],
      ["No. 4", "4"],
      ["#5", "5"],
      ["6)", "6"],
      // no indicator once the decoration is gone, or no decoration: no hint
      ["99.", null],
      ["nama 7", null],
      // a number format's "1.0" where the framework has no codes (in a Pemdi file "5.0" has an aspect's shape: no hint there)
      ["1.0", "1"],
    ]);
    const first = f.find((x) => x.code === "indicator/unknown")!;
    expect(findingMessage(first, "id")).toBe("'1.' bukan indikator spbe-2020; tulis nomornya saja: '1'");
    expect(findingMessage(first, "en")).toBe("'1.' is not an indicator of spbe-2020; write the number alone: '1'");
    expect(findingMessage(f.find((x) => x.value === "99.")!, "en")).toBe("'99.' is not an indicator of spbe-2020");
    // the rows refused with the hint explain why their indicators have no row: not said again as missing
    expect(f.filter((x) => x.code === "indicator/missing").map((x) => x.code === "indicator/missing" && x.args.ranges)).toEqual(["7, 9–47"]);
    const all = unknown(["No;Tingkat", ...fw("spbe-2020").indicators.map((i) => `${i.id}.;3`), ""].join("\n"));
    expect(codes({ findings: all } as never)).toEqual(Array(47).fill("indicator/unknown"));
    // a code that is the id as written is read; "1.1" in a 2020 file is no decorated 1, a 2018 "35." no 35.1
    expect(bare(unknown(["kode;tingkat", "1.1.;3", "Indikator 1.2;3", "2.1;3", ""].join("\n"), "pemdi-2026"))).toEqual([
      ["1.1.", "1.1"],
      ["Indikator 1.2", "1.2"],
    ]);
    expect(bare(unknown(["No;Tingkat", "1.1;3", "21;3", "22;3", "23;3", ""].join("\n")))).toEqual([["1.1", null]]);
    expect(bare(unknown(["No;Tingkat", "35.;3", "35.1.;3", "Indikator 35-2;3", ""].join("\n"), "spbe-2018"))).toEqual([
      ["35.", null],
      ["35.1.", "35.1"],
      ["Indikator 35-2", "35-2"],
    ]);
  });

  // found by an exploratory tester: "Indikator 1.1" and "No. 3.1" were told "write the number alone", but "Kode 3.2"
  // and "3.3 Pembangunan Statistik" (the code, then the indicator's name) were only "not an indicator"
  it("'Kode 3.2' and a number followed by its own indicator's name are told to write the number alone, lean or not", () => {
    const bare = (text: string, framework: string) => {
      const full = readAssessments(text, { framework: fw(framework), explicit: true });
      expect(readAssessments(text, { framework: fw(framework), explicit: true, lean: true }).findings).toEqual(full.findings);
      return full.findings.flatMap((f) => (f.code === "indicator/unknown" ? [[f.value, f.args.bare]] : []));
    };
    const pemdi = [
      "kode,tingkat",
      "Kode 1.2,2",
      "3.3 Pembangunan Statistik,2",
      "3.4. pelindungan  data pribadi,2",
      "Indikator 4.1 - Pelaksanaan Audit Keamanan dan Teknologi Pemerintah Digital,2",
      // not the number's own indicator's name (aspect 1's; 3.1's), no name at all: no hint
      "1.1 Tata Kelola dan Manajemen,2",
      "3.2 Tata Kelola Data,2",
      "5.1 x,2",
      "",
    ].join("\n");
    expect(bare(pemdi, "pemdi-2026")).toEqual([
      ["Kode 1.2", "1.2"],
      ["3.3 Pembangunan Statistik", "3.3"],
      ["3.4. pelindungan  data pribadi", "3.4"],
      ["Indikator 4.1 - Pelaksanaan Audit Keamanan dan Teknologi Pemerintah Digital", "4.1"],
      ["1.1 Tata Kelola dan Manajemen", null],
      ["3.2 Tata Kelola Data", null],
      ["5.1 x", null],
    ]);
    // as spbe-2020 treats its own names (or their other spellings) after a number
    const named = [
      "no;tingkat",
      "1 Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah;3",
      "45. Tingkat Kematangan Layanan Publik Sektoral 1 Berbasis Elektronik;3",
      // its name in another punctuation (nameWords)
      "46. tingkat kematangan layanan publik sektoral 2 berbasis elektronik.;3",
      "2 Apa saja;3",
      "",
    ].join("\n");
    const f = readAssessments(named).findings;
    expect(bare(named, "spbe-2020")).toEqual([
      ["1 Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", "1"],
      ["45. Tingkat Kematangan Layanan Publik Sektoral 1 Berbasis Elektronik", "45"],
      ["46. tingkat kematangan layanan publik sektoral 2 berbasis elektronik.", "46"],
      ["2 Apa saja", null],
    ]);
    // the rows told so explain why their indicators have no row; a heading without a level is told nothing
    expect(f.flatMap((x) => (x.code === "indicator/missing" ? [x.args.ranges] : []))).toEqual(["2–44, 47"]);
    expect(bare(["kode,tingkat", "3.3 Pembangunan Statistik,", "1.1,2", ""].join("\n"), "pemdi-2026")).toEqual([["3.3 Pembangunan Statistik", null]]);
    expect(findingMessage(readAssessments(named).findings.find((x) => x.code === "indicator/unknown")!, "en")).toBe(
      "'1 Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Ins…' is not an indicator of spbe-2020; write the number alone: '1'",
    );
  });

  // (an exploratory test) the lampiran's table copied without its numbers: every row "is not an indicator",
  // and 47 missing, where each cell is exactly an indicator's name
  it("an indicator's name alone is told its number, lean or not; a name no indicator has, or two have, is not", () => {
    const text = [
      "indikator;tingkat",
      "Tingkat Kematangan Kebijakan Internal Manajemen Data;3",
      "tingkat kematangan layanan publik sektoral 1 berbasis elektronik.;2",
      "Tingkat Kematangan Sesuatu;2",
      "Tingkat Kematangan Kebijakan Internal Layanan Pusat Data;",
      "",
    ].join("\n");
    const full = readAssessments(text, { framework: fw("spbe-2020"), explicit: true });
    expect(readAssessments(text, { framework: fw("spbe-2020"), explicit: true, lean: true }).findings).toEqual(full.findings);
    const unknown = full.findings.filter((f) => f.code === "indicator/unknown");
    expect(unknown.map((f) => (f.code === "indicator/unknown" ? [f.line, f.args.bare, f.args.nameAlone ?? false] : []))).toEqual([
      [2, "3", true],
      [3, "45", true],
      [4, null, false],
      // a row without a level is told no number: it may be a heading
      [5, null, false],
    ]);
    expect(findingMessage(unknown[0]!, "en")).toBe(
      "'Tingkat Kematangan Kebijakan Internal Manajemen Data' is not an indicator of spbe-2020; that is indicator 3's name: write its number, '3', instead",
    );
    expect(findingMessage(unknown[0]!, "id")).toContain("itu nama indikator 3: tulis nomornya, '3', sebagai gantinya");
    // the rows told so explain why their indicators have no row
    expect(full.findings.flatMap((x) => (x.code === "indicator/missing" ? [x.args.ranges] : []))).toEqual(["1–2, 4–44, 46–47"]);
    // Pemdi's are told their codes
    const pemdi = readAssessments("kode,tingkat\nPembangunan Statistik,2\n", { framework: fw("pemdi-2026"), explicit: true }).findings;
    expect(pemdi.flatMap((f) => (f.code === "indicator/unknown" ? [f.args.bare] : []))).toEqual(["3.3"]);
    // (a review) but not a name an aspect has too: Pemdi's aspect 4 and indicator 4.2 are both "Keamanan Pemerintah
    // Digital", and the aspect's subtotal row was told "write 4.2", a duplicate of the row below
    const aspect = readAssessments("kode;tingkat\nKeamanan Pemerintah Digital;3,5\n4.1;3\n4.2;3\n", { framework: fw("pemdi-2026"), explicit: true });
    expect(aspect.findings.flatMap((f) => (f.code === "indicator/unknown" ? [[f.line, f.args.bare]] : []))).toEqual([[2, null]]);
    // nor a name two indicators have (a framework file's own): neither is meant more than the other
    const twice = fw("spbe-2020");
    const shared: Framework = {
      ...twice,
      indicators: twice.indicators.map((ind, i) => (i < 2 ? { ...ind, aliases: [...ind.aliases, "Tim Unit"] } : ind)),
    };
    const both = readAssessments("indikator;tingkat\nTim Unit;3\n", { framework: shared, explicit: true });
    expect(both.findings.flatMap((f) => (f.code === "indicator/unknown" ? [f.args.bare] : []))).toEqual([null]);
  });

  // found by an exploratory tester: an aspect heading "1;Tata Kelola dan Manajemen;" above rows of codes took
  // indicator 1 (1.1) with a blank level, and the real "1,1" row below it was blamed as the duplicate
  it("an aspect number without a level is a heading in a Pemdi file of codes, not indicator 1 (1.1), lean or not", () => {
    const pemdi = fw("pemdi-2026");
    const findings = (text: string) => {
      const full = readAssessments(text, { framework: pemdi, explicit: true });
      expect(readAssessments(text, { framework: pemdi, explicit: true, lean: true }).findings).toEqual(full.findings);
      return full;
    };
    const at = (f: { findings: readonly { code: string; line: number | null }[] }) =>
      f.findings.filter((x) => x.code !== "framework/provisional").map((x) => `${x.code}@${x.line}`);
    expect(at(findings(["kode;uraian;nilai", "1;Tata Kelola dan Manajemen;", "1,1;x;3", "1,2;x;3", ""].join("\n")))).toEqual(["indicator/missing@null"]);
    // a whole sheet with every aspect's heading above its codes is read and valid
    const sheet = ["kode;uraian;nilai"];
    for (const a of pemdi.aspects) {
      sheet.push(`${a.id};${a.name};`);
      for (const i of pemdi.indicators.filter((x) => x.aspect === a.id)) sheet.push(`${i.code!.replace(".", ",")};${i.name};3,25`);
    }
    const whole = findings(`${sheet.join("\n")}\n`);
    expect([at(whole), whole.assessments.map((a) => [a.valid, a.values.size])]).toEqual([[], [[true, 20]]]);
    // the heading is no row of 1.1: a file without one says 1.1 is missing
    const no11 = findings(["kode;uraian;nilai", "1;Tata Kelola dan Manajemen;", "1.2;x;3", ""].join("\n")).findings;
    expect(no11.flatMap((x) => (x.code === "indicator/missing" ? [x.args.ranges] : []))).toEqual(["1 (1.1), 3–20 (2.1–7.2)"]);
    // plain ids 1–20: "1" is indicator 1 there, its blank level a finding as before; so is a level-less number
    // that is no aspect's, and an aspect number with a level in a file of codes
    expect(at(findings(["kode;uraian;nilai", "1;x;", "1;x;3", ...Array.from({ length: 19 }, (_, k) => `${k + 2};x;3`), ""].join("\n")))).toEqual([
      "value/missing@2",
      "indicator/duplicate@3",
    ]);
    const mixed = findings(["kode;uraian;nilai", "8;x;", "2;x;3", "1.1;x;3", ""].join("\n"));
    expect(at(mixed)).toEqual(["indicator/missing@null", "value/missing@2"]);
    expect(mixed.assessments[0]!.rowLines.get("2")).toBe(3);
  });

  // an aspect's number written with a dot above Pemdi's codes ("1.;Aspek 1;") was "not an indicator", where "1" was skipped
  it("an aspect number with a dot and no level is a heading in a Pemdi file of codes too, lean or not", () => {
    const pemdi = fw("pemdi-2026");
    const at = (text: string) => {
      const full = readAssessments(text, { framework: pemdi, explicit: true });
      expect(readAssessments(text, { framework: pemdi, explicit: true, lean: true }).findings).toEqual(full.findings);
      return full.findings.filter((x) => x.code !== "framework/provisional").map((x) => `${x.code}@${x.line}`);
    };
    const sheet = ["kode;uraian;nilai"];
    for (const a of pemdi.aspects) {
      sheet.push(`${a.id}.;Aspek ${a.id};`);
      for (const i of pemdi.indicators.filter((x) => x.aspect === a.id)) sheet.push(`${i.code!.replace(".", ",")};${i.name};3,25`);
    }
    expect(at(`${sheet.join("\n")}\n`)).toEqual([]);
    // as with "1": no other number, never a row with a level, and not where ids are written plain
    expect(at(["kode;uraian;nilai", "8.;x;", "1.;x;3", "1,1;x;3", ""].join("\n"))).toEqual([
      "indicator/missing@null",
      "indicator/unknown@2",
      "indicator/unknown@3",
    ]);
    expect(at(["kode;uraian;nilai", "1.;x;", ...pemdi.indicators.map((i) => `${i.id};x;3`), ""].join("\n"))).toEqual(["indicator/unknown@2"]);
  });

  // the section names were built for every file, a complete sheet too, and cost `score` ~60 memory pages at start-up
  it("builds the section names a heading is told by only when a row without a level asks", () => {
    const framework = fw("spbe-2020");
    const { counting, asked } = countingDomains(framework);
    const rows = framework.indicators.map((i) => `${i.id};${i.name};3`);
    const read = (lines: readonly string[]) => readAssessments(`${["No;Indikator;Tingkat", ...lines].join("\n")}\n`, { framework: counting, explicit: true });
    expect(read(rows).findings.filter((x) => x.severity === "error")).toEqual([]);
    expect(asked()).toBe(0);
    expect(read(["1;Domain Kebijakan Internal SPBE;", ...rows]).findings.filter((x) => x.severity === "error")).toEqual([]);
    expect(asked()).toBeGreaterThan(0);
  });

  // real worksheets from the evaluation template carry a heading row above each domain's and aspect's indicators,
  // level blank: "1;Domain Kebijakan Internal SPBE;" took indicator 1 and blamed the real row 1 as the duplicate,
  // and "I", "Domain 2", "Aspek 1" were each "not an indicator"
  it("a domain's or aspect's heading without a level is skipped in any spelling, never an indicator's row, lean or not", () => {
    const findings = (id: string, lines: readonly string[]) => {
      const text = `${["No;Indikator;Tingkat", ...lines].join("\n")}\n`;
      const full = readAssessments(text, { framework: fw(id), explicit: true });
      expect(readAssessments(text, { framework: fw(id), explicit: true, lean: true }).findings).toEqual(full.findings);
      return full.findings.filter((x) => x.code !== "framework/provisional").map((x) => `${x.code}@${x.line}`);
    };
    const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
    // every indicator's row, under its domain's and aspect's headings as `domain` and `aspect` write them
    const sheet = (id: string, domain: (n: string, name: string) => string, aspect: (n: string, name: string) => string) => {
      const framework = fw(id);
      const rows: string[] = [];
      framework.indicators.forEach((i, k) => {
        const before = framework.indicators[k - 1];
        if (i.domain !== before?.domain) rows.push(domain(i.domain!, framework.domains.find((x) => x.id === i.domain)!.name));
        if (i.aspect !== before?.aspect) rows.push(aspect(i.aspect, framework.aspects.find((x) => x.id === i.aspect)!.name));
        rows.push(`${i.id};${i.name};3`);
      });
      return rows;
    };
    for (const id of ["spbe-2018", "spbe-2020"]) {
      type Heading = (n: string, name: string) => string;
      const layouts: [string, Heading, Heading][] = [
        // the number in the id column, the name (after "Domain", "Aspek", a number or numeral and a mark, or alone) beside it
        ["Domain name / Aspek n - name", (n, name) => `${n};Domain ${name};`, (n, name) => `${n};Aspek ${n} - ${name};`],
        ["roman, NAME / Aspek n", (n, name) => `${roman[Number(n) - 1]};${name.toUpperCase()};`, (n, name) => `Aspek ${n};${name};`],
        ["Domain n / n. spaced", (n, name) => `Domain ${n};${name};`, (n, name) => `${n}.;  ${name.replace(/ /g, "  ")} ;`],
        // the whole heading in the id column, name column blank
        ["whole heading in the id column", (n, name) => `Domain ${n}: ${name};;`, (n, name) => `${roman[Number(n) - 1]}. ${name};;`],
      ];
      for (const [layout, domainRow, aspectRow] of layouts) expect(findings(id, sheet(id, domainRow, aspectRow)), `${id}: ${layout}`).toEqual([]);
      // the template's outline: domains lettered ("A", "B."), aspects numbered within their domain ("1.1", "2.3.")
      let domain = "";
      let within = 0;
      const letter = (n: string) => String.fromCharCode(64 + Number(n));
      const outline = (dot: string, upper: boolean) =>
        sheet(
          id,
          (n, name) => {
            [domain, within] = [n, 0];
            return `${letter(n)}${dot};${upper ? name.toUpperCase() : name};`;
          },
          (_, name) => `${domain}.${++within}${dot};${upper ? name.toUpperCase() : name};`,
        );
      expect(findings(id, outline("", false))).toEqual([]);
      expect(findings(id, outline(".", true))).toEqual([]);
    }
    const rows2020 = fw("spbe-2020").indicators.map((i) => `${i.id};${i.name};3`);
    // the tester's rows: "Aspek 1" above domain 1's name is a heading too
    for (const heading of ["1;Domain Kebijakan Internal SPBE;", "I;DOMAIN KEBIJAKAN INTERNAL SPBE;", "Aspek 1;Kebijakan Internal SPBE;"]) {
      expect(findings("spbe-2020", [heading, ...rows2020])).toEqual([]);
    }
    expect(findings("spbe-2020", [...rows2020.slice(0, 10), "Domain 2;Tata Kelola SPBE;", ...rows2020.slice(10)])).toEqual([]);
    // a heading is no row of indicator 1: without its own row, 1 is missing
    expect(findings("spbe-2020", ["1;Kebijakan Internal SPBE;", ...rows2020.slice(1)])).toEqual(["indicator/missing@null"]);
    // kept as today: a level makes it a row (indicator 1's, its domain's name warned of: indicator/name-mismatch);
    // an indicator's name, or a name of nothing, is the indicator's row with its level blank; a heading's number
    // without a name (also "1.1", "A") is no indicator
    expect(findings("spbe-2020", ["1;Domain Kebijakan Internal SPBE;3", ...rows2020.slice(1)])).toEqual(["indicator/name-mismatch@2"]);
    expect(findings("spbe-2020", [`1;${fw("spbe-2020").indicators[0]!.name};`, ...rows2020.slice(1)])).toEqual(["value/missing@2"]);
    expect(findings("spbe-2020", ["1;Domain Kebijakan;", ...rows2020])).toEqual(["value/missing@2", "indicator/duplicate@3"]);
    expect(findings("spbe-2020", ["Domain 2;;", "1.1;;", "A.;;", "1.1;Kebijakan Internal Tata Kelola SPBE;", ...rows2020])).toEqual([
      "indicator/unknown@2",
      "indicator/unknown@3",
      "indicator/unknown@4",
    ]);
    // an outline number with a level is a row, never a heading
    expect(findings("spbe-2020", ["A;Kebijakan Internal SPBE;3", ...rows2020])).toEqual(["indicator/unknown@2"]);
    // a number the framework reads as an indicator is that indicator's row: Pemdi's code 1.1, 2018's 35.1
    const rows2018 = fw("spbe-2018").indicators.map((i) => `${i.id};${i.name};3`);
    expect(findings("spbe-2018", [...rows2018.filter((r) => !r.startsWith("35.1;")), "35.1;Kelembagaan;"])).toEqual([
      "indicator/name-mismatch@38",
      "value/missing@38",
    ]);
    // beside an indicator's name, even a heading's name in another label column says nothing
    const wide = (lines: readonly string[]) => readAssessments(`${["No;Indikator;Judul;Tingkat", ...lines].join("\n")}\n`, { framework: fw("spbe-2020") });
    const named = wide([`1;${fw("spbe-2020").indicators[0]!.name};Kebijakan Internal SPBE;`, ...rows2020.slice(1).map((r) => r.replace(/;3$/, ";;3"))]);
    expect(named.findings.map((x) => `${x.code}@${x.line}`)).toEqual(["value/missing@2"]);
    // Pemdi's aspects 4 and 7 are named as its indicators 4.2 and 7.2 are: no heading by those names
    const pemdi = fw("pemdi-2026").indicators.map((i) => `${i.id};${i.name};3`);
    expect(findings("pemdi-2026", ["1;Tata Kelola dan Manajemen;", ...pemdi])).toEqual([]);
    expect(findings("pemdi-2026", ["Aspek 4;Keamanan Pemerintah Digital;", ...pemdi])).toEqual(["indicator/unknown@2"]);
    expect(findings("pemdi-2026", ["1.1;Tata Kelola dan Manajemen;", ...pemdi.slice(1)])).toEqual(["indicator/name-mismatch@2", "value/missing@2"]);
  });

  // analysts keep a legend of the maturity levels under the table ("Keterangan", then "1;Rintisan" … "5;Optimum"):
  // its rows made an assessment "without instansi/tahun/jenis" with 42 indicators missing and five value/missing,
  // and "1 = Rintisan" in the indicator cell was "not an indicator"
  describe("a legend of the levels under the table", () => {
    const MANDIRI = readFileSync(new URL("../fixtures/contoh-spbe-2020-mandiri.csv", import.meta.url), "utf8");
    const KAB = "Kabupaten Contoh (data contoh)";
    /** The findings of `text` read whole and lean (which must agree), as code@line, and its assessments' instansi and validity. */
    const readBoth = (text: string, id = "spbe-2020") => {
      const full = readAssessments(text, { framework: fw(id), explicit: true });
      expect(readAssessments(text, { framework: fw(id), explicit: true, lean: true }).findings).toEqual(full.findings);
      return {
        findings: full.findings.filter((x) => x.code !== "framework/provisional").map((x) => `${x.code}@${x.line}`),
        assessments: full.assessments.map((a) => [a.instansi, a.valid]),
      };
    };
    const proses = ["Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"];
    const layanan = ["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"];
    const lines = (rows: readonly string[]) => rows.map((r) => `${r}\r\n`).join("");
    const LAYOUTS: readonly (readonly [string, string])[] = [
      ["number and name in two cells, titled in the instansi cell", lines([";;;;;;;", "Keterangan;;;;;;;", ...proses.map((n, k) => `;;;${k + 1};${n};;;`)])],
      ["'1 = Rintisan' in the indicator cell, titled there", lines([";;;;;;;", ";;;Keterangan:;;;;", ...proses.map((n, k) => `;;;${k + 1} = ${n};;;;`)])],
      [
        "every way of writing it, in any case and spacing",
        lines([
          ";;;Keterangan tingkat;;;;",
          ";;;1. rintisan;;;;",
          ";;;2 - TERKELOLA;;;;",
          ";;;3: Terdefinisi;;;;",
          ";;;Tingkat 4  Terpadu  dan Terukur;;;;",
          ";;;5\u2013Optimum;;;;",
          ";;;Legenda;;;;",
          ";;;Tingkat 1;Rintisan;;;",
          ";;;2.;Interaksi;;;",
          ";;;3;  transaksi ;;;",
          ";;;4 =;Kolaborasi;;;",
        ]),
      ],
      ["the service levels' names", lines(["Keterangan;;;;;;;", ...layanan.map((n, k) => `;;;${k + 1};${n};;;`)])],
    ];

    it("is skipped before grouping, lean or not: no assessment of its own, no finding", () => {
      for (const [layout, legend] of LAYOUTS) {
        expect(readBoth(MANDIRI + legend), layout).toEqual({ findings: [], assessments: [[KAB, true]] });
      }
    });

    it("leaves validate clean (exit 0) and the index as the fixture's alone", async () => {
      const index = async (input: string) =>
        JSON.parse((await spbe(["score", "-", "--format", "json"], { input })).stdout).assessments.map((a: { index: { display: string } }) => a.index.display);
      const alone = await index(MANDIRI);
      expect(alone).toEqual(["3.64"]);
      for (const [layout, legend] of LAYOUTS) {
        const r = await spbe(["validate", "-"], { input: MANDIRI + legend });
        expect([r.code, r.stdout, r.stderr], layout).toEqual([0, "", "1 berkas diperiksa: 0 galat, 0 peringatan\n"]);
        expect(await index(MANDIRI + legend), layout).toEqual(alone);
      }
    });

    it("is told by each framework's own level names: spbe-2018's, Pemdi's (its bands' names, Merintis … Unggul)", () => {
      const y2018 = readFileSync(new URL("../fixtures/contoh-spbe-2018.csv", import.meta.url), "utf8");
      const names2018 = ["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimalisasi"];
      const legend2018 = ["Keterangan:,,,", ...names2018.map((n, k) => `${k + 1},${n},,`), "Tingkat 5 Optimalisasi,,,", ""].join("\n");
      expect(readBoth(`${y2018}${legend2018}`, "spbe-2018").findings).toEqual([]);
      // 2020's names are not 2018's: its "5 Optimum" is indicator 5's row
      expect(readBoth(`${y2018}5,Optimum,,\n`, "spbe-2018").findings).toEqual(["indicator/duplicate@39"]);
      const bands = ["Merintis", "Membangun", "Berkembang", "Melembaga", "Unggul"];
      const pemdi = fw("pemdi-2026").indicators.map((i) => `${i.id};${i.name};3`);
      const plain = (rows: readonly string[]) => `${["no;indikator;nilai", ...pemdi, ";;", ...rows].join("\n")}\n`;
      expect(readBoth(plain(["Keterangan;;", ...bands.map((n, k) => `${k + 1};${n};`)]), "pemdi-2026").findings).toEqual([]);
      expect(readBoth(plain(bands.map((n, k) => `${k + 1} = ${n.toUpperCase()};;`)), "pemdi-2026").findings).toEqual([]);
      // the file of codes the fixture is: "1".."5" are its aspects' headings anyway, "1 = Merintis" a legend
      const codes = readFileSync(new URL("../fixtures/contoh-pemdi-2026.csv", import.meta.url), "utf8");
      const legend = ["Keterangan:;;;", ...bands.map((n, k) => `${k + 1} = ${n};;;`), ...bands.map((n, k) => `${k + 1};${n};;`), ""].join("\r\n");
      expect(readBoth(codes + legend, "pemdi-2026").findings).toEqual([]);
      // the bands in another order are no legend: "2;Merintis" is indicator 2's row
      expect(readBoth(plain(["2;Merintis;"]), "pemdi-2026").findings).toEqual(["indicator/duplicate@23"]);
    });

    it("is never a row with a level, nor a number beside another level's name or another name", () => {
      const rows = fw("spbe-2020").indicators.map((i) => `${i.id};${i.name};3`);
      const sheet = (lines: readonly string[]) => `${["No;Indikator;Tingkat", ...lines].join("\n")}\n`;
      const without = (id: string) => rows.filter((r) => !r.startsWith(`${id};`));
      // another level's name beside the number: indicator 2's row, its level blank
      expect(readBoth(sheet([...without("2"), "2;Rintisan;"])).findings).toEqual(["value/missing@48"]);
      expect(readBoth(sheet([...without("2"), "2 = Rintisan;;"])).findings).toEqual(["indicator/missing@null", "indicator/unknown@48"]);
      // names that are not the framework's (2020 names its level 3 Terdefinisi), or an indicator's name: kept as rows
      expect(readBoth(sheet([...without("3"), "3;Terstandardisasi;"])).findings).toEqual(["value/missing@48"]);
      expect(readBoth(sheet([...without("1"), `1;${fw("spbe-2020").indicators[0]!.name};`])).findings).toEqual(["value/missing@48"]);
      // a level in the level cell: the row is read, as indicator 1's
      const filled = readAssessments(sheet([...without("1"), "1;Rintisan;4"]), { framework: fw("spbe-2020"), explicit: true });
      expect(filled.findings).toEqual([]);
      expect(filled.assessments[0]!.values.get("1")?.raw).toBe("4");
      // a legend's title or number beside anything else: the instansi filled in, a third label cell
      expect(readBoth(`${MANDIRI}${KAB};2024;mandiri;1;Rintisan;;;\r\n`).findings).toEqual(["indicator/duplicate@49"]);
      expect(readBoth(`${MANDIRI};;;Keterangan: lihat lampiran;;;;\r\n`).findings).toEqual(["indicator/unknown@49"]);
      // (a second read) the analyst's own text in a column the label cells leave out: never skipped
      const noted = (last: string) => `${["No;Indikator;Tingkat;Bukti;Catatan", ...rows.map((r) => `${r.replace(/;3$/, ";2")};;`), last].join("\n")}\n`;
      expect(readBoth(noted("Keterangan;;;;Catatan penting: tingkat indikator 12 perlu dicek")).findings).toEqual(["indicator/unknown@49"]);
      expect(readBoth(noted("1;Rintisan;;https://contoh.go.id/bukti-1.pdf;")).findings).toEqual(["indicator/duplicate@49"]);
      // (a second read) a level in two cells is a legend's only below a legend's title or another legend row:
      // alone it is indicator 1 with its level typed in the name cell, whose finding keeps its line
      expect(readBoth(sheet([...without("1"), "1;Rintisan;"])).findings).toEqual(["value/missing@48"]);
      expect(readBoth(sheet(["1;Rintisan;", ...without("1")])).findings).toEqual(["value/missing@2"]);
      expect(readBoth(sheet([...without("1"), "Keterangan;;", "1;Rintisan;"])).findings).toEqual(["indicator/missing@null"]);
      // a data row ends the legend, on the record path and on the lean lane alike
      expect(readBoth(sheet(["Keterangan;;", "2;Terkelola;", ...without("1"), "1;Rintisan;"])).findings).toEqual(["value/missing@50"]);
      // untitled, and followed by a number beside another level's name: both rows read
      expect(readBoth(`${MANDIRI};;;1;Rintisan;;;\r\n;;;3;Kolaborasi;;;\r\n`).findings).toEqual([
        "indicator/missing@null",
        "meta/partly-blank@49",
        "meta/partly-blank@49",
        "meta/partly-blank@49",
        "value/missing@49",
        "value/missing@50",
      ]);
    });
  });

  // (an exploratory tester, as an office's analyst) rows every office's sheet has, each of which left it unscored
  // or said the wrong thing
  describe("rows of real sheets", () => {
    const lines = (rows: readonly string[]) => `${rows.join("\n")}\n`;
    const scored = (text: string, id = "spbe-2020") => {
      const full = readAssessments(text, { framework: fw(id), explicit: true });
      expect(readAssessments(text, { framework: fw(id), explicit: true, lean: true }).findings).toEqual(full.findings);
      return { findings: full.findings.map((f) => `${f.code}@${f.line}`), valid: full.assessments.map((a) => a.valid), full };
    };
    const sheet2020 = Array.from({ length: 47 }, (_, k) => `${k + 1};Indikator ${k + 1};3`);

    it("2018: a '35' without a level heads its rows 35.1–35.3, as an aspect's row does; with a level it is still the one row they should be", () => {
      const head = ["No;Indikator;Tingkat", ...Array.from({ length: 34 }, (_, k) => `${k + 1};Indikator ${k + 1};2`)];
      const parts = ["35.1;Layanan publik 1;3", "35.2;Layanan publik 2;3", "35.3;Layanan publik 3;3"];
      expect(scored(lines([...head, "35;Layanan Publik Instansi Pemerintah;", ...parts]), "spbe-2018")).toMatchObject({ findings: [], valid: [true] });
      expect(scored(lines([...head, "35;Layanan Publik Instansi Pemerintah;3"]), "spbe-2018").findings).toEqual(["indicator/needs-parts@36"]);
      // (a second read) no parts after it: the row they should have been, said at its line, not three line-less "missing"
      expect(scored(lines([...head, "35;Layanan Publik Instansi Pemerintah;"]), "spbe-2018").findings).toEqual(["indicator/needs-parts@36"]);
      // one part after it: the other two are missing
      expect(scored(lines([...head, "35;Layanan Publik Instansi Pemerintah;", parts[0]!]), "spbe-2018").findings).toEqual(
        Array(2).fill("indicator/missing@null"),
      );
    });

    it("a 'Predikat' footer under the index is a summary row: the file's finding, the assessment still scored", () => {
      const r = scored(lines(["No;Indikator;Tingkat", ...sheet2020, ";INDEKS SPBE;3,00", ";PREDIKAT;Baik", ";Skor;3,00"]));
      expect(r.findings).toEqual(["indicator/blank@49", "indicator/blank@50", "indicator/blank@51"]);
      expect(r.valid).toEqual([true]);
      expect(findingMessage(r.full.findings[1]!, "id")).toBe(
        "baris berisi tingkat tetapi nomor indikatornya kosong; baris ringkasan ('PREDIKAT')? hapus baris ini",
      );
    });

    // (a second read) "Skor"/"Rating" start indicator names in a framework of one's own: never a footer's label there
    it("a summary word that starts one of the framework's own indicator names gives no 'delete it' hint", async () => {
      const dir = mkdtempSync(join(tmpdir(), "spbe-skor-"));
      const framework = readFileSync(new URL("../fixtures/kerangka-contoh-kanwil.json", import.meta.url), "utf8")
        .replace('"id": "contoh-kanwil-2025"', '"id": "uji-skor"')
        .replace('"Pengaduan Layanan"', '"Skor Kepuasan Layanan"')
        .replace('"Informasi Publik"', '"Rating Aplikasi Layanan"');
      writeFileSync(join(dir, "skor.json"), framework);
      const rows = ["1,Tim SPBE Unit,3", "2,Rencana dan Anggaran TIK Unit,2", "3,Naskah Dinas Elektronik,4", "4,Kepegawaian,3", "5,Keuangan dan BMN,3"];
      writeFileSync(join(dir, "skor.csv"), lines(["indikator,nama,tingkat", ...rows, ",Skor Kepuasan Layanan,3", "Indikator 7,Rating Aplikasi Layanan,2"]));
      const r = await spbe(["validate", "skor.csv", "--framework", "skor.json", "--lang", "en"], { cwd: dir });
      expect(r.stdout).toContain("skor.csv:7:1  error  the row has a level but no indicator number  indicator/blank\n");
      expect(r.stdout).toContain("skor.csv:8:1  error  'Indikator 7' is not an indicator of uji-skor; write the number alone: '7'  indicator/unknown\n");
      expect(r.stdout).not.toContain("summary row");
    });

    it("a legend under the level column is skipped, its title anywhere: the assessment above it scored", () => {
      const legend = [";;;", ";;Keterangan:;", ";;1;Rintisan", ";;2;Terkelola", ";;5 = Optimum;"];
      const r = scored(lines(["No;Indikator;Tingkat;Bukti", ...sheet2020.map((x) => `${x};SK`), ...legend]));
      expect(r).toMatchObject({ findings: [], valid: [true] });
      // untitled, a number and a level's name under the level column are still a row without its indicator
      expect(scored(lines(["No;Indikator;Tingkat;Bukti", ...sheet2020.map((x) => `${x};SK`), ";;1;Rintisan"])).findings).toEqual(["indicator/blank@49"]);
    });

    it("says what to write for ids a text column or another locale wrote: '01', '35,1' where commas are no decimal", () => {
      const zero = scored(lines(["Indikator;Tingkat", ...Array.from({ length: 47 }, (_, k) => `${String(k + 1).padStart(2, "0")};3`)]));
      expect(zero.findings).toHaveLength(9);
      expect(findingMessage(zero.full.findings[0]!, "en")).toBe("'01' is not an indicator of spbe-2020; write the number alone: '1'");
      // (a second read) no "5.0" and no "01" in a file of codes: Pemdi's "5.0" is aspect 5's shape, not indicator 5 (code 3.1),
      // and a hint that named it also hid indicator 3.1's missing row. Where there are no codes, "5.0" is a number format's
      // (an exploratory tester: xlsx and pandas export "1.0" … "47.0"), said as "write '5'"
      const fifth = scored(lines(["Indikator;Tingkat", ...Array.from({ length: 47 }, (_, k) => `${k === 4 ? "5.0" : k + 1};3`)]));
      expect(fifth.findings).toEqual(["indicator/unknown@6"]);
      expect(findingMessage(fifth.full.findings[0]!, "en")).toBe("'5.0' is not an indicator of spbe-2020; write the number alone: '5'");
      const exported = scored(["indikator,tingkat", ...Array.from({ length: 47 }, (_, k) => `${k + 1}.0,3.0`), ""].join("\n"));
      expect(exported.findings).toHaveLength(47);
      expect(exported.full.findings.map((f) => f.code === "indicator/unknown" && f.args.bare)).toEqual(Array.from({ length: 47 }, (_, k) => String(k + 1)));
      const pemdi = fw("pemdi-2026")
        .indicators.filter((i) => i.code !== "3.1")
        .map((i) => `${i.code};3`);
      expect(
        scored(lines(["kode;nilai", ...pemdi, "5.0;3"]), "pemdi-2026").full.findings.map((f) => [f.code, f.code === "indicator/unknown" ? f.args.bare : null]),
      ).toEqual([
        ["framework/provisional", null],
        ["indicator/missing", null],
        ["indicator/unknown", null],
      ]);
      expect(scored(lines(["kode;nilai", ...pemdi, "05;3"]), "pemdi-2026").findings).toContain("indicator/missing@null");
      const head2018 = ["indikator,tingkat", ...Array.from({ length: 34 }, (_, k) => `${k + 1},2`)];
      const comma = scored(lines([...head2018, '"35,1",3', '"35,2",3', '"35,3",3']), "spbe-2018");
      expect(comma.findings).toEqual(["indicator/unknown@36", "indicator/unknown@37", "indicator/unknown@38"]);
      expect(findingMessage(comma.full.findings[0]!, "en")).toBe(
        "'35,1' is not an indicator of spbe-2018; commas are no decimal mark in this file: write it with a point ('35.1'), or save the file with ';' as the separator",
      );
    });

    // (a second read) the hints' "01" and "1.0" made a running No beside an indicator column sorted by level
    // an indicator column of its own: column/ambiguous on a valid file
    it("a running No written '01' or '1.0' beside the indicators stays a row number", () => {
      const names = fw("spbe-2020").indicators.map((i) => i.name);
      const byLevel = names.map((n, k) => ({ id: k + 1, n, level: 1 + ((k * 7) % 5) })).sort((a, b) => a.level - b.level || a.id - b.id);
      for (const no of [(k: number) => `${k + 1}.0`, (k: number) => String(k + 1).padStart(2, "0")]) {
        const text = lines(["No;Indikator;Nama;Tingkat", ...byLevel.map((r, k) => `${no(k)};${r.id};${r.n};${r.level}`)]);
        expect(scored(text)).toMatchObject({ findings: [], valid: [true] });
      }
    });

    it("says what to write for a level '3.000' where commas are decimal, and what an unread year costs", () => {
      const r = scored(lines(["Indikator;Tingkat", ...Array.from({ length: 47 }, (_, k) => `${k + 1};${k === 4 ? "3.000" : "3"}`)]));
      expect(findingMessage(r.full.findings[0]!, "en")).toMatch(/\(3\.000 = 3000\); write 3, or with a comma: 3,000$/);
      const year = scored(lines(["Tahun;Indikator;Tingkat", ...Array.from({ length: 47 }, (_, k) => `TA 2023;${k + 1};3`)]));
      expect(findingMessage(year.full.findings[0]!, "id")).toBe(
        "tahun 'TA 2023' bukan tahun empat angka: tulis 2023 saja; tahun yang tak terbaca tidak memilih aturan predikat tahunnya (dipakai aturan bawaan) dan tidak masuk tren",
      );
    });
  });

  // found by an exploratory tester: a second sheet pasted below the first, its header row and all, said
  // "'No' is not an indicator" and 47 duplicates, none of which said why
  it("a row repeating the header row says so, and the duplicates after it name it, lean or not", () => {
    const sheet = fw("spbe-2020").indicators.map((i) => `${i.id};nama ${i.id};4;bukti`);
    const text = ["No;Indikator;Tingkat;Bukti", ...sheet, ";;;", "no;INDIKATOR;tingkat;bukti", ...sheet, ""].join("\n");
    const full = readAssessments(text);
    expect(readAssessments(text, { lean: true }).findings).toEqual(full.findings);
    const [header, ...duplicates] = full.findings;
    expect([header!.code, header!.line, header!.args]).toEqual([
      "indicator/unknown",
      50,
      { framework: "spbe-2020", summary: null, bare: null, repeatsHeader: true, misnamed: null },
    ]);
    expect(findingMessage(header!, "id")).toBe(
      "'no' bukan indikator spbe-2020; baris ini mengulang baris judul (lembar kedua ditempel di bawah?): hapus baris ini, dan bila di bawahnya penilaian lain, pisahkan berkasnya atau beri kolom instansi/jenis",
    );
    expect(findingMessage(header!, "en")).toBe(
      "'no' is not an indicator of spbe-2020; this row repeats the header row (a second sheet pasted below?): delete it, and if another assessment follows, split the file or give it an instansi/jenis column",
    );
    expect(duplicates).toHaveLength(47);
    expect(duplicates[0]!.args).toEqual({ id: "1", first: 2, header: 50 });
    expect(findingMessage(duplicates[0]!, "id")).toBe("indikator '1' sudah diisi di baris 2 (di atas baris judul berulang di baris 50)");
    expect(findingMessage(duplicates[0]!, "en")).toBe("indicator '1' was already given on line 2 (above the repeated header row on line 50)");
    // a duplicate with no header row between it and the first: as before
    const plain = readAssessments(["No;Tingkat", "1;3", "1;4", "No;Tingkat", ""].join("\n")).findings.find((f) => f.code === "indicator/duplicate")!;
    expect([plain.args, findingMessage(plain, "en")]).toEqual([{ id: "1", first: 2, header: null }, "indicator '1' was already given on line 2"]);
    // a row that is not the header again, though its indicator cell is the header's: no hint
    expect(readAssessments(["No;Tingkat", "No;3", ""].join("\n")).findings.find((f) => f.code === "indicator/unknown")!.args).toMatchObject({
      repeatsHeader: false,
    });
    // with an instansi column, the header row is no assessment "Instansi" missing 47 indicators
    const named = (kab: string) => sheet.map((r) => `${kab};${r}`);
    const two = readAssessments(
      ["Instansi;No;Indikator;Tingkat;Bukti", ...named("Kab. A"), "Instansi;No;Indikator;Tingkat;Bukti", ...named("Kab. B"), ""].join("\n"),
    );
    expect(two.assessments.map((a) => a.instansi)).toEqual(["Kab. A", "Kab. B"]);
    expect(two.findings.map((f) => `${f.code}@${f.line}`)).toEqual(["indicator/unknown@49"]);
    // (an exploratory tester) its tahun and jenis cells are no year or jenis written wrong: two meta/invalid said them so
    const dated = (kab: string) => sheet.map((r) => `${kab};2024;mandiri;${r}`);
    const head = "instansi;tahun;jenis;No;Indikator;Tingkat;Bukti";
    const withYears = [head, ...dated("Kab. A"), head, ...dated("Kab. B"), ""].join("\n");
    for (const lean of [false, true]) {
      expect(readAssessments(withYears, { lean }).findings.map((f) => `${f.code}@${f.line}`)).toEqual(["indicator/unknown@49"]);
    }
  });

  // found by review: rows shifted in Excel (a sort on one column only, a row inserted) put indicator 5's name
  // beside the number 4, and the level was credited to 4 without a word; "1;Domain Kebijakan Internal SPBE;3"
  // (a domain's heading given a level) was indicator 1's row, silently too
  describe("a row whose number and name disagree (indicator/name-mismatch)", () => {
    const f2020 = fw("spbe-2020");
    const name = (id: string, framework = f2020) => framework.indicators.find((i) => i.id === id)!.name;
    /** The findings of `rows` under `header`, the same from the lean builder; every indicator named as its own unless `rows` says. */
    const read = (header: string, rows: readonly string[], framework = f2020) => {
      const text = `${[header, ...rows].join("\n")}\n`;
      const full = readAssessments(text, { framework, explicit: true });
      expect(readAssessments(text, { framework, explicit: true, lean: true }).findings).toEqual(full.findings);
      return full;
    };
    const sheet = (names: Record<string, string>, framework = f2020) => framework.indicators.map((i) => `${i.id};${names[i.id] ?? i.name};3`);
    const at = (file: { findings: readonly { code: string; line: number | null; column: number | null }[] }) =>
      file.findings.filter((x) => x.code !== "framework/provisional").map((x) => `${x.code}@${x.line}:${x.column}`);
    const said = (header: string, rows: readonly string[], framework = f2020) => at(read(header, rows, framework));

    // (an exploratory tester) the sheet sorted by name and renumbered 1…47: 45 name-mismatch warnings, and 3.43 Baik
    // printed for a 3.64 Sangat Baik with exit 0; past half the indicators the sheet is shifted, and not scored
    it("an assessment with half its rows or more named as another indicator is misaligned: an error, not scored", () => {
      const ids = f2020.indicators.map((i) => i.id);
      const byName = [...f2020.indicators].sort((a, b) => a.name.localeCompare(b.name, "id"));
      const renumbered = byName.map((ind, k) => `${ids[k]};${ind.name};${1 + (Number(ind.id) % 5)}`);
      const f = read("No;Indikator;Tingkat", renumbered);
      const mismatched = f.findings.filter((x) => x.code === "indicator/name-mismatch");
      const misaligned = f.findings.filter((x) => x.code === "indicator/misaligned");
      expect(misaligned.map((x) => [x.severity, x.line, x.column, x.args])).toEqual([["error", mismatched[0]!.line, 2, { count: mismatched.length, of: 47 }]]);
      expect(mismatched.length).toBeGreaterThanOrEqual(24);
      expect(f.assessments[0]!.valid).toBe(false);
      expect(findingMessage(misaligned[0]!, "en")).toBe(
        `${mismatched.length} of this assessment's 47 rows carry another indicator's name than their number's (the first on this row): the sheet seems sorted on one column only, or renumbered; the levels would count for the wrong indicators, so the assessment is not scored: fix the numbers or the names (or delete the name column if the names are what is wrong)`,
      );
      expect(findingMessage(misaligned[0]!, "id")).toMatch(/^\d+ dari 47 baris penilaian ini memuat nama indikator lain, bukan nama indikator nomornya/);
      // 23 rows swapped in pairs (fewer than half): each a warning, the assessment scored as before
      const swaps: Record<string, string> = {};
      for (let k = 1; k < 23; k += 2) Object.assign(swaps, { [String(k)]: name(String(k + 1)), [String(k + 1)]: name(String(k)) });
      swaps["23"] = name("24");
      const fewer = read("No;Indikator;Tingkat", sheet(swaps));
      expect(fewer.findings.map((x) => x.code)).toEqual(Array(23).fill("indicator/name-mismatch"));
      expect(fewer.assessments[0]!.valid).toBe(true);
      // one more is half: misaligned
      const half = read("No;Indikator;Tingkat", sheet({ ...swaps, "24": name("23") }));
      expect(half.findings.map((x) => x.code)).toContain("indicator/misaligned");
      // (a second read) half of the rows there are, not of the framework's indicators: 30 rows, 27 shifted, "27 of 30"
      const thirty = read("No;Indikator;Tingkat", renumbered.slice(0, 30));
      expect(thirty.findings.find((x) => x.code === "indicator/misaligned")?.args).toMatchObject({ of: 30 });
      // a framework of one's own with few indicators: 7 in reverse order is shifted (there were none below 5 rows)
      const kanwil = loadFramework(readFileSync(new URL("../fixtures/kerangka-contoh-kanwil.json", import.meta.url)));
      if (!kanwil.ok) throw new Error("kanwil");
      const inds = kanwil.framework.indicators;
      const reversed = inds.map((ind, k) => `${ind.id};${inds[inds.length - 1 - k]!.name};3`);
      expect(read("No;Indikator;Tingkat", reversed, kanwil.framework).findings.map((x) => x.code)).toContain("indicator/misaligned");
      const swapped = inds.map((ind, k) => `${ind.id};${inds[k === 0 ? 1 : k === 1 ? 0 : k]!.name};3`);
      expect(read("No;Indikator;Tingkat", swapped, kanwil.framework).findings.map((x) => x.code)).toEqual([
        "indicator/name-mismatch",
        "indicator/name-mismatch",
      ]);
    });

    // a new-user review: a sheet renumbered after a sort, its names written without spbe-2020's "Tingkat Kematangan",
    // validated clean and scored 3.23 instead of 3.48
    it("knows a name without the words every indicator's name starts with, own or another's", () => {
      const short = (id: string) => name(id).replace(/^Tingkat Kematangan /, "");
      const own = Object.fromEntries(f2020.indicators.map((i) => [i.id, short(i.id)]));
      expect(said("No;Indikator;Tingkat", sheet(own))).toEqual([]);
      expect(said("No;Indikator;Tingkat", sheet({ ...own, "4": short("5"), "5": short("4").toLowerCase() }))).toEqual([
        "indicator/name-mismatch@5:2",
        "indicator/name-mismatch@6:2",
      ]);
      // a name cut shorter than the shared words is no indicator's: not said
      expect(said("No;Indikator;Tingkat", sheet({ "4": short("5").split(" ").slice(1).join(" ") }))).toEqual([]);
    });

    // a second review: a sheet sorted by level and renumbered 1…47 scored 3.36 instead of 3.64 with exit 0 and
    // not one finding, where its names had a full stop after them, their number in front ("34. Tingkat …"), or
    // were another indicator's other spelling without "Tingkat Kematangan"
    it("compares names without punctuation, a number in front, or the shared words of an other spelling", () => {
      const short = (id: string) => name(id).replace(/^Tingkat Kematangan /, "");
      expect(said("No;Indikator;Tingkat", sheet({ "4": `${name("5").toLowerCase()}.`, "5": `${name("4")} .` }))).toEqual([
        "indicator/name-mismatch@5:2",
        "indicator/name-mismatch@6:2",
      ]);
      // the indicator's number in front of its name: "34. Tingkat …", "34 Tingkat …", "34) …"
      const numbered = sheet({ "4": `5. ${name("5")}`, "5": `4 ${short("4")}`, "6": `7) ${name("7")}` });
      expect(said("No;Indikator;Tingkat", numbered)).toEqual(["indicator/name-mismatch@5:2", "indicator/name-mismatch@6:2", "indicator/name-mismatch@7:2"]);
      const mismatch = read("No;Indikator;Tingkat", numbered).findings[0]!;
      expect([mismatch.value, mismatch.args]).toEqual([
        `5. ${name("5")}`,
        { id: "4", code: null, named: { kind: "indicator", id: "5", code: null, name: name("5") } },
      ]);
      // …and beside a column of the names alone (the helper's sheet: No;Indikator;Nama Indikator;Tingkat)
      const both = sheet({}).map((r) => {
        const [id, n] = r.split(";");
        const shown = id === "1" ? "34" : id === "34" ? "1" : id!;
        return `${id};${shown}. ${id === "1" ? name("34") : id === "34" ? name("1") : n};${n};3`;
      });
      expect(said("No;Indikator;Nama Indikator;Tingkat", both)).toEqual(["indicator/name-mismatch@2:2", "indicator/name-mismatch@35:2"]);
      // another indicator's other spelling, without the words every name starts with (2020's 34 "…Layanan Keuangan
      // Berbasis Elektronik"); the row's own likewise is its own
      const alias34 = f2020.indicators.find((i) => i.id === "34")!.aliases[0]!.replace(/^Tingkat Kematangan /, "");
      const alias35 = f2020.indicators.find((i) => i.id === "35")!.aliases[0]!.replace(/^Tingkat Kematangan /, "");
      expect(said("No;Indikator;Tingkat", sheet({ "1": alias34, "35": alias35 }))).toEqual(["indicator/name-mismatch@2:2"]);
      // Pemdi by a running number beside "3.2 Operasional …": the code in front names 3.2, not the row's indicator
      const pemdi = fw("pemdi-2026");
      const running = pemdi.indicators.map((ind, k) => {
        const other = pemdi.indicators[k === 0 ? 1 : k === 1 ? 0 : k]!;
        return `${ind.id};${other.code} ${other.name};3`;
      });
      expect(said("No;Indikator;Nilai", running, pemdi)).toEqual(["indicator/name-mismatch@2:2", "indicator/name-mismatch@3:2"]);
      // (a second read) an outline number in front of an aspect's name, a number before "Domain 1:", and numbers
      // written twice: said as they were before numbers in front were passed over
      const aspect = { kind: "aspect", id: "2", code: null, name: "Perencanaan Strategis SPBE" };
      for (const cell of [
        "1.2 Perencanaan Strategis SPBE",
        "1.2. Perencanaan Strategis SPBE",
        "34) Domain 1: Kebijakan Internal SPBE",
        `1. 34. ${name("2")}`,
      ]) {
        const f = read("No;Indikator;Tingkat", [`1;${cell};3`, ...sheet({}).slice(1)]);
        expect(
          f.findings.map((x) => x.code),
          cell,
        ).toEqual(["indicator/name-mismatch"]);
        if (cell.startsWith("1.2")) expect(f.findings[0]!.args).toMatchObject({ named: aspect });
      }
      // a number in front of the row's own name, or in front of no name: nothing to say
      expect(said("No;Indikator;Tingkat", sheet(Object.fromEntries(f2020.indicators.map((i) => [i.id, `${i.id}. ${i.name}`]))))).toEqual([]);
      expect(said("No;Indikator;Tingkat", sheet({ "4": "5. Catatan lain" }))).toEqual([]);
    });

    it("warns at the name cell of a row named exactly as another indicator, in any case and spacing; the level stays the number's", () => {
      // 4 and 5 swapped in the name column only
      const swapped = read("No;Indikator;Tingkat", sheet({ "4": name("5"), "5": `  ${name("4").toUpperCase().replace(/ /g, "  ")} ` }));
      expect(at(swapped)).toEqual(["indicator/name-mismatch@5:2", "indicator/name-mismatch@6:2"]);
      const [four, five] = swapped.findings;
      expect([four!.severity, four!.value, four!.args]).toEqual([
        "warning",
        name("5"),
        { id: "4", code: null, named: { kind: "indicator", id: "5", code: null, name: name("5") } },
      ]);
      expect(five!.args).toMatchObject({ id: "5", named: { kind: "indicator", id: "4" } });
      // a warning: the assessment is scored, the level read as the number's
      expect([swapped.assessments[0]!.valid, swapped.assessments[0]!.values.get("4")!.line]).toEqual([true, 5]);
      expect(findingMessage(four!, "id")).toBe(
        `nomor indikator 4, tetapi namanya nama indikator 5 ('${name("5")}'): tingkatnya dibaca sebagai tingkat indikator 4; barisnya bergeser (diurutkan satu kolom saja, atau ada baris yang disisipkan)? perbaiki nomor atau namanya`,
      );
      expect(findingMessage(four!, "en")).toBe(
        `indicator number 4, but the name is indicator 5's ('${name("5")}'): its level is read as indicator 4's; were the rows shifted (a sort on one column only, a row inserted)? fix the number or the name`,
      );
      // another indicator's other spelling (2020's 45 as "…Sektoral 1 Berbasis Elektronik"); the sample's shape,
      // its name column between the indicator's and the level's, beside instansi, tahun and jenis
      const alias = f2020.indicators.find((i) => i.id === "45")!.aliases[0]!;
      const sample = read(
        "instansi;tahun;jenis;indikator;nama;tingkat;bukti;catatan",
        sheet({ "46": alias }).map((r) => `Kab. Contoh;2024;mandiri;${r};bukti;`),
      );
      expect(at(sample)).toEqual(["indicator/name-mismatch@47:5"]);
      // the same cell on every assessment of a national file, in capitals: each row is warned of, none else
      const kabs = ["Kab. A", "Kab. B", "Kab. C"].flatMap((k) => sheet({ "4": name("5").toUpperCase() }).map((r) => `${k};${r.toUpperCase()}`));
      expect(at(read("instansi;indikator;nama;tingkat", kabs))).toEqual([5, 52, 99].map((line) => `indicator/name-mismatch@${line}:3`));
      // Pemdi, by its codes: the message names both by id and code
      const pemdi = fw("pemdi-2026");
      const coded = read(
        "kode;uraian;nilai",
        pemdi.indicators.map((i) => `${i.code!.replace(".", ",")};${i.id === "9" ? name("4", pemdi) : i.name};3`),
        pemdi,
      );
      expect(at(coded)).toEqual(["indicator/name-mismatch@10:2"]);
      expect(findingMessage(coded.findings.find((x) => x.code === "indicator/name-mismatch")!, "en")).toMatch(
        /^indicator number 9 \(4\.1\), but the name is indicator 4 \(2\.2\)'s \('Kolaborasi Pemerintah Digital'\)/,
      );
    });

    // (an exploratory review) a row retyped from 5 to 4 was refused as 4's duplicate, and warned beside it
    // that "its level is read as indicator 4's"
    it("says nothing of the name of a row refused as a duplicate: its level counts for no indicator", () => {
      const rows = sheet({});
      rows[4] = `4;${name("5")};3`;
      expect(said("No;Indikator;Tingkat", rows)).toEqual(["indicator/missing@null:null", "indicator/duplicate@6:1"]);
    });

    it("warns of a domain's or aspect's name beside a number: a heading given a level", () => {
      const rows = sheet({}).slice(1);
      for (const [heading, named] of [
        ["1;Domain Kebijakan Internal SPBE;3", { kind: "domain", id: "1", code: null, name: "Kebijakan Internal SPBE" }],
        ["1;kebijakan  internal SPBE;3", { kind: "domain", id: "1", code: null, name: "Kebijakan Internal SPBE" }],
        ["1;Aspek 2 - Perencanaan Strategis SPBE;3", { kind: "aspect", id: "2", code: null, name: "Perencanaan Strategis SPBE" }],
        // a domain's other spelling
        ["1;Tata Kelola;3", { kind: "domain", id: "2", code: null, name: "Tata Kelola SPBE" }],
      ] as const) {
        const f = read("No;Indikator;Tingkat", [heading, ...rows]);
        expect(f.findings.map((x) => [x.code, x.line, x.column, x.args])).toEqual([["indicator/name-mismatch", 2, 2, { id: "1", code: null, named }]]);
      }
      const domain = read("No;Indikator;Tingkat", ["1;Domain Kebijakan Internal SPBE;3", ...rows]).findings[0]!;
      expect(findingMessage(domain, "id")).toBe(
        "nomor indikator 1, tetapi namanya nama domain 1 ('Domain Kebijakan Internal SPBE'): tingkatnya dibaca sebagai tingkat indikator 1; baris judul domain 1 yang diberi tingkat? hapus tingkatnya, atau perbaiki nomor atau namanya",
      );
      expect(findingMessage(domain, "en")).toBe(
        "indicator number 1, but the name is domain 1's ('Domain Kebijakan Internal SPBE'): its level is read as indicator 1's; a domain 1 heading given a level? delete the level, or fix the number or the name",
      );
      const aspect = read("No;Indikator;Tingkat", ["1;Perencanaan Strategis SPBE;3", ...rows]).findings[0]!;
      expect(findingMessage(aspect, "en")).toMatch(/^indicator number 1, but the name is aspek 2's \('Perencanaan Strategis SPBE'\)/);
      // Pemdi's aspect 4 is named as its indicator 4.2 is: said as the indicator's
      const pemdi = fw("pemdi-2026");
      const four = read("kode;uraian;nilai", [...sheet({ "11": "Keamanan Pemerintah Digital" }, pemdi)], pemdi);
      expect(four.findings.filter((x) => x.code === "indicator/name-mismatch").map((x) => x.args)).toEqual([
        { id: "11", code: "4.3", named: { kind: "indicator", id: "10", code: "4.2", name: "Keamanan Pemerintah Digital" } },
      ]);
    });

    it("never warns of a name that is the row's own, an other spelling of it, shortened, or no name exactly", () => {
      const quiet = (header: string, rows: readonly string[], framework = f2020) => expect(at(read(header, rows, framework))).toEqual([]);
      // the sample names 32–47 by their other spellings
      quiet("No;Indikator;Tingkat", sheet(Object.fromEntries(f2020.indicators.flatMap((i) => (i.aliases[0] ? [[i.id, i.aliases[0]]] : [])))));
      // abbreviated, a variant, a typo, another indicator's name with words added: no other indicator's name exactly
      quiet(
        "No;Indikator;Tingkat",
        sheet({
          "1": "Keb. Internal Arsitektur SPBE",
          "4": `${name("5")} Berbasis Elektronik`,
          "5": name("16").replace("Pusat", "Pust"),
          "16": "Layanan Pusat Data",
        }),
      );
      // shortened to another's: spbe-2018's 1 "Kebijakan Internal Tim Pengarah SPBE …" without its first words is 18's
      // name, and 2020's 5 "… Kebijakan Internal Layanan Pusat Data" without them 16's; the other way round is no shortening
      const f2018 = fw("spbe-2018");
      quiet("No;Indikator;Tingkat", sheet({ "1": name("18", f2018) }, f2018), f2018);
      quiet("No;Indikator;Tingkat", sheet({ "5": name("16") }));
      expect(at(read("No;Indikator;Tingkat", sheet({ "18": name("1", f2018) }, f2018), f2018))).toEqual(["indicator/name-mismatch@19:2"]);
      expect(at(read("No;Indikator;Tingkat", sheet({ "16": name("5") })))).toEqual(["indicator/name-mismatch@17:2"]);
    });

    it("reads the name from one column: the first after the number's and before the level's that is no other role's, else the nearest before", () => {
      const rows = sheet({ "4": name("5") });
      // the names left of the number's column
      const nameFirst = rows.map((r) => r.replace(/^(\d+);([^;]+);/, "$2;$1;"));
      expect(said("Indikator;No;Tingkat", nameFirst)).toEqual(["indicator/name-mismatch@5:1"]);
      // a Domain and an Aspek column beside the indicator's name: their sections are the row's own, never its name
      const f = read(
        "No;Domain;Aspek;Indikator;Tingkat",
        f2020.indicators.map((i) => {
          const d = f2020.domains.find((x) => x.id === i.domain)!.name;
          const a = f2020.aspects.find((x) => x.id === i.aspect)!.name;
          return `${i.id};${d};${a};${i.id === "4" ? name("5") : "Nama singkat"};3`;
        }),
      );
      expect(at(f)).toEqual(["indicator/name-mismatch@5:4"]);
      // the template's shape: indikator, domain, aspek, nama
      const template = rows.map((r) => r.replace(/^(\d+);/, "$1;1;1;"));
      expect(said("indikator;domain;aspek;nama;tingkat", template)).toEqual(["indicator/name-mismatch@5:4"]);
      // no name column: the name after the level, in an instansi (one, named as indicator 5), a bukti, a note
      const cells = rows.map((r) => r.split(";"));
      const none = (header: string, line: (cells: string[]) => string) => expect(said(header, cells.map(line))).toEqual([]);
      none("indikator;tingkat;nama", ([id, n]) => `${id};3;${n}`);
      none("instansi;indikator;tingkat", ([id]) => `${name("5")};${id};3`);
      none("indikator;bukti;catatan;tingkat", ([id, n]) => `${id};${n};${n};3`);
    });

    it("builds the names it compares by only when a name cell is not its indicator's own as written", () => {
      const { counting, asked } = countingDomains(f2020);
      const aliases = Object.fromEntries(f2020.indicators.flatMap((i) => (i.aliases[0] ? [[i.id, i.aliases[0]]] : [])));
      expect(at(read("No;Indikator;Tingkat", sheet(aliases), counting))).toEqual([]);
      expect(asked()).toBe(0);
      expect(at(read("No;Indikator;Tingkat", sheet({ "4": name("5") }), counting))).toEqual(["indicator/name-mismatch@5:2"]);
      expect(asked()).toBeGreaterThan(0);
    });

    it("a number followed by another's name in the id cell is told the two disagree, not to write the number alone", () => {
      const pemdi = fw("pemdi-2026");
      const text = [
        "kode,tingkat",
        "3.3 Tata Kelola Data,2",
        "1.1 Tata Kelola dan Manajemen,2",
        "3.4 pelindungan  data pribadi,2",
        "5.1 x,2",
        "3.2 Tata Kelola Data,",
        "",
      ].join("\n");
      const full = readAssessments(text, { framework: pemdi, explicit: true });
      expect(readAssessments(text, { framework: pemdi, explicit: true, lean: true }).findings).toEqual(full.findings);
      const unknown = full.findings.flatMap((f) => (f.code === "indicator/unknown" ? [f] : []));
      expect(unknown.map((f) => [f.value, f.args.bare, f.args.misnamed])).toEqual([
        ["3.3 Tata Kelola Data", null, { number: "3.3", named: { kind: "indicator", id: "5", code: "3.1", name: "Tata Kelola Data" } }],
        ["1.1 Tata Kelola dan Manajemen", null, { number: "1.1", named: { kind: "aspect", id: "1", code: null, name: "Tata Kelola dan Manajemen" } }],
        // its own name: write the number alone, as before; no name of anything, or no level: nothing
        ["3.4 pelindungan  data pribadi", "3.4", null],
        ["5.1 x", null, null],
        ["3.2 Tata Kelola Data", null, null],
      ]);
      expect(findingMessage(unknown[0]!, "id")).toBe(
        "'3.3 Tata Kelola Data' bukan indikator pemdi-2026; nomornya 3.3 tetapi namanya nama indikator 5 (3.1): tulis nomor indikator yang dimaksud saja",
      );
      expect(findingMessage(unknown[0]!, "en")).toBe(
        "'3.3 Tata Kelola Data' is not an indicator of pemdi-2026; its number is 3.3 but the name is indicator 5 (3.1)'s: write the number of the indicator meant alone",
      );
      // neither is read: both are still missing
      expect(full.findings.flatMap((f) => (f.code === "indicator/missing" ? [f.args.ranges] : []))).toEqual(["1–7 (1.1–3.3), 9–20 (4.1–7.2)"]);
    });
  });

  // found by an exploratory tester: a 2018 file without its 35.x rows (1–35, no tahun) fits spbe-2020 too, so
  // framework/mismatch never fires; it was "12 indicators have no row: 36–47" and nothing on 2018
  it("missing rows of an assessment naming exactly another framework's indicators ask whether it is that one's, lean or not", () => {
    const rows = (ids: readonly (string | number)[]) => ["no;tingkat;bukti", ...ids.map((id) => `${id};3;x`), ""].join("\n");
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const missing = (text: string) => {
      const full = readAssessments(text);
      expect(readAssessments(text, { lean: true }).findings).toEqual(full.findings);
      return full.findings.filter((f) => f.code === "indicator/missing");
    };
    const [m] = missing(rows(upTo(35)));
    expect(m!.args).toEqual({
      ids: upTo(12).map((i) => String(i + 35)),
      ranges: "36–47",
      framework: "spbe-2020",
      assessment: null,
      unnamedFrom: null,
      fits: { framework: "spbe-2018", count: 35, fraction: null },
    });
    expect(findingMessage(m!, "id")).toBe(
      "12 indikator tidak diisi: 36–47; yang diisi tepat 35 indikator spbe-2018: penilaian spbe-2018? pakai --framework spbe-2018",
    );
    expect(findingMessage(m!, "en")).toBe(
      "12 indicators have no row: 36–47; the rows are exactly the 35 indicators of spbe-2018: is it an assessment under spbe-2018? use --framework spbe-2018",
    );
    // only a hint: the file is read as spbe-2020 still, and scored by none
    expect(readAssessments(rows(upTo(35))).assessments.map((a) => [a.framework.id, a.valid])).toEqual([["spbe-2020", false]]);
    // not for other sets of rows: fewer, more, or 35 that are not 1–35; nor without frameworks to compare with
    for (const ids of [upTo(34), [...upTo(35), 40], [...upTo(34), 36]])
      expect(missing(rows(ids)).map((f) => f.code === "indicator/missing" && f.args.fits)).toEqual([null]);
    expect(read(rows(upTo(35))).findings.map((f) => f.code === "indicator/missing" && f.args.fits)).toEqual([null]);
    // nor of other years than the assessment's tahun (2018's are 2018–2019); with a tahun of them the file is
    // refused as spbe-2018's outright (framework/mismatch), unless spbe-2020 was chosen: then the hint
    const dated = ["tahun;no;tingkat", ...upTo(35).map((id) => `2024;${id};3`), ""].join("\n");
    expect(missing(dated).map((f) => f.code === "indicator/missing" && f.args.fits)).toEqual([null]);
    const of2019 = dated.replace(/^2024/gm, "2019");
    expect(readAssessments(of2019).findings.map((f) => f.code)).toEqual(["framework/mismatch"]);
    const chosen = readAssessments(of2019, { framework: fw("spbe-2020") }).findings;
    expect(chosen.map((f) => (f.code === "indicator/missing" ? f.args.fits : f.code))).toEqual([
      { framework: "spbe-2018", count: 35, fraction: null },
      "meta/year-mismatch",
    ]);
    // nor Pemdi for rows 1–20: its files write its codes 1.1–7.2, and a 2020 file filled from the top has those rows
    expect(missing(rows(upTo(20))).map((f) => f.code === "indicator/missing" && f.args.fits)).toEqual([null]);
  });

  // found by an exploratory tester: a Pemdi file of plain ids 1–20 and fractional levels, scored as the default
  // spbe-2020, said "27 indicators have no row" and "must be a whole number" twenty times, and never pemdi-2026
  it("rows that are exactly Pemdi's 1–20 with a fraction Pemdi takes ask whether the file is pemdi-2026's, lean or not", () => {
    const rows = (levels: (id: number) => string, header = "indikator;tingkat") =>
      [header, ...Array.from({ length: 20 }, (_, k) => `${levels(k + 1)}`), ""].join("\n");
    const fits = (text: string, framework = "spbe-2020") => {
      const full = readAssessments(text, { framework: fw(framework) });
      expect(readAssessments(text, { framework: fw(framework), lean: true }).findings).toEqual(full.findings);
      return full.findings.flatMap((f) => (f.code === "indicator/missing" ? [f.args.fits] : []));
    };
    const p20 = rows((id) => `${id};2,5`);
    expect(fits(p20)).toEqual([{ framework: "pemdi-2026", count: 20, fraction: "2,5" }]);
    const [m] = readAssessments(p20).findings;
    expect(findingMessage(m!, "id")).toBe(
      "27 indikator tidak diisi: 21–47; yang diisi tepat 20 indikator pemdi-2026, dengan tingkat pecahan (2,5) yang diterima pemdi-2026: penilaian pemdi-2026? pakai --framework pemdi-2026",
    );
    expect(findingMessage(m!, "en")).toBe(
      "27 indicators have no row: 21–47; the rows are exactly the 20 indicators of pemdi-2026, with fractional levels (2,5) as pemdi-2026 takes: is it an assessment under pemdi-2026? use --framework pemdi-2026",
    );
    // one fraction is enough (Pemdi's assessors write whole levels too), in a comma file as "1.17"; and under spbe-2018
    expect(fits(rows((id) => `${id},${id === 7 ? "1.17" : "3"}`, "indikator,tingkat"))).toEqual([{ framework: "pemdi-2026", count: 20, fraction: "1.17" }]);
    expect(fits(p20, "spbe-2018")).toEqual([{ framework: "pemdi-2026", count: 20, fraction: "2,5" }]);
    // the reasons Pemdi is otherwise left out hold: whole levels only (the first rows of a 2020 file), a fraction
    // Pemdi does not take either (out of its range), 19 or 21 rows, a tahun of other years
    for (const text of [
      rows((id) => `${id};3`),
      rows((id) => `${id};${id === 3 ? "5,5" : "3"}`),
      rows((id) => (id === 20 ? "" : `${id};2,5`)),
      `${rows((id) => `${id};2,5`)}21;3\n`,
      rows((id) => `2024;${id};2,5`, "tahun;indikator;tingkat"),
    ])
      expect(fits(text)).toEqual([null]);
  });

  // found by an exploratory tester: a 2018 file refused under another framework was "spbe-2018 (35 indicators,
  // codes 1–35.3)", 2020's "codes 1–47": neither has codes, and 2018 writes its 35 in parts 35.1–35.3
  it("framework/mismatch names codes for a framework with codes, and ids as runs for one without", () => {
    const rows = (ids: readonly string[]) => ["indikator,tingkat", ...ids.map((id) => `${id},3`), ""].join("\n");
    const mismatch = (text: string, chosen: string) =>
      readAssessments(text, { framework: fw(chosen), explicit: true }).findings.find((f) => f.code === "framework/mismatch")!;
    const of2018 = mismatch(rows(fw("spbe-2018").indicators.map((i) => i.id)), "pemdi-2026");
    expect(of2018.args).toMatchObject({ suggested: "spbe-2018", indicators: 35, codes: "1–34, 35.1–35.3", coded: false });
    expect(findingMessage(of2018, "id")).toBe(
      "berkas ini tampaknya penilaian spbe-2018 (35 indikator, nomor 1–34, 35.1–35.3), bukan pemdi-2026: pakai --framework spbe-2018",
    );
    expect(findingMessage(of2018, "en")).toBe("this looks like spbe-2018 (35 indicators, numbered 1–34, 35.1–35.3), not pemdi-2026: use --framework spbe-2018");
    const of2020 = mismatch(rows(fw("spbe-2020").indicators.map((i) => i.id)), "pemdi-2026");
    expect(findingMessage(of2020, "en")).toBe("this looks like spbe-2020 (47 indicators, numbered 1–47), not pemdi-2026: use --framework spbe-2020");
    // Pemdi's codes are codes, as before
    const ofPemdi = mismatch(rows(["1.1", "1.2", "2.1"]), "spbe-2018");
    expect([ofPemdi.args, findingMessage(ofPemdi, "id")]).toEqual([
      expect.objectContaining({ codes: "1.1–7.2", coded: true }),
      "berkas ini tampaknya penilaian pemdi-2026 (20 indikator, kode 1.1–7.2), bukan spbe-2018: pakai --framework pemdi-2026",
    ]);
  });

  it("places a duplicate by its first row however far apart the rows of an assessment are, lean or not", () => {
    // A's first row on line 2; 70 000 rows of others (more than a 16-bit distance); then A's other rows and a second "1"
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const others = Array.from({ length: 1490 }, (_, k) => ids.map((id) => `B${k},2024,${id},3`)).flat();
    const lines = ["instansi,tahun,indikator,tingkat", "A,2024,1,3", ...others, ...ids.slice(1).map((id) => `A,2024,${id},4`), "A,2024,1,5"];
    for (const lean of [false, true]) {
      const file = readAssessments(lines.join("\n"), { lean });
      expect(file.findings.map((f) => [f.code, f.line, f.args])).toEqual([["indicator/duplicate", lines.length, { id: "1", first: 2, header: null }]]);
      const a = file.assessments[0]!;
      expect([a.instansi, a.line, a.valid, file.assessments.length]).toEqual(["A", 2, false, 1491]);
      if (!lean) expect([a.rowLines.get("1"), a.rowLines.get("2"), a.rowLines.get("47")]).toEqual([2, others.length + 3, lines.length - 1]);
    }
  });

  // the builder tries the assessment that came after the last one the time before (a file sorted by
  // indicator): only an exact match of name, tahun and jenis as written may take it, whatever the order does
  it("reads a file sorted by indicator as the same rows sorted by assessment, when the order changes between indicators", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const who = [
      ["Kab A", "2024", "mandiri"],
      ["Kab A", "2023", "mandiri"],
      ["Kab A", "2024", "evaluasi"],
      ["Kab B", "2024", "mandiri"],
    ];
    const row = (k: number, id: string) => `${who[k]!.join(",")},${id},${1 + ((k + id.length) % 5)}`;
    // every third indicator in the other order, and "Kab B" missing the last one
    const kept = (k: number, i: number) => !(k === 3 && i === ids.length - 1);
    const byIndicator = ids.flatMap((id, i) => (i % 3 === 0 ? [3, 2, 1, 0] : [0, 1, 2, 3]).filter((k) => kept(k, i)).map((k) => row(k, id)));
    const byAssessment = [0, 1, 2, 3].flatMap((k) => ids.filter((_, i) => kept(k, i)).map((id) => row(k, id)));
    const header = "instansi,tahun,jenis,indikator,tingkat";
    for (const lean of [false, true]) {
      const read = (rows: string[]) => {
        const file = readAssessments([header, ...rows].join("\n"), { lean });
        const assessments = file.assessments
          .map((a) => [`${a.instansi} ${a.tahun} ${a.jenis}`, a.valid, lean ? JSON.stringify(a.levels) : [...a.values.values()].map((v) => v.raw).join()])
          .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
        return { assessments, findings: file.findings.map((f) => [f.code, f.args]) };
      };
      const sorted = read(byIndicator);
      expect(sorted).toEqual({ ...read(byAssessment), findings: sorted.findings });
      expect(sorted.assessments.map((a) => [a[0], a[1]])).toEqual([
        ["Kab A 2023 mandiri", true],
        ["Kab A 2024 evaluasi", true],
        ["Kab A 2024 mandiri", true],
        ["Kab B 2024 mandiri", false],
      ]);
      expect(sorted.findings).toEqual([["indicator/missing", expect.objectContaining({ ids: [ids.at(-1)] })]]);
    }
  });

  // a second read found the framework told by every row held: all of them in a whole reading (score's HTML, stdin),
  // 2 000 and the rest of a 32 KiB slice in a lean one (score's table, CSV, JSON, rank, validate); a stray id past
  // them made one refuse the file as spbe-2018's and the other score 149 of its 150 assessments
  it("tells the framework by the first 2 000 rows, however the file is read", () => {
    const framework = fw("pemdi-2026");
    const rows = Array.from({ length: 150 }, (_, k) => Array.from({ length: 20 }, (_, i) => `Kab ${k},2026,${i + 1},3`)).flat();
    const text = ["instansi,tahun,indikator,tingkat", ...rows, "Kab 149,2026,35.1,3"].join("\n");
    const shape = (f: ReturnType<typeof readAssessments>) => [f.findings.map((x) => x.code), f.assessments.filter((a) => a.valid).length];
    const whole = readAssessments(text, { framework });
    expect(shape(whole)).toEqual([["framework/provisional", "indicator/unknown"], 149]);
    expect(shape(readAssessments(text, { framework, lean: true }))).toEqual(shape(whole));
    const bytes = new TextEncoder().encode(text);
    for (const size of [1000, 40_000]) {
      const reader = new LeanReader({ framework });
      for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size));
      expect(shape(reader.end()), `pieces of ${size}`).toEqual(shape(whole));
    }
  });

  it("keeps an instansi's years and kinds apart, in the order they first came", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const rows = (instansi: string, tahun: string, jenis: string) => ids.map((id) => `${instansi},${tahun},${jenis},${id},3`);
    const text = [
      "instansi,tahun,jenis,indikator,tingkat",
      ...rows("A", "2023", "mandiri"),
      ...rows("B", "2024", "mandiri"),
      ...rows("A", "2024", "Mandiri"),
      ...rows("A", "2023", "evaluasi"),
    ]
      .concat(
        rows("A", "2024", "MANDIRI")
          .slice(0, 1)
          .map((r) => r.replace(",1,3", ",1,4")),
      )
      .join("\n");
    const file = readAssessments(text, { lean: true });
    expect(file.assessments.map((a) => [a.instansi, a.tahun, a.jenis, a.valid])).toEqual([
      ["A", 2023, "mandiri", true],
      ["B", 2024, "mandiri", true],
      ["A", 2024, "mandiri", false],
      ["A", 2023, "evaluasi", true],
    ]);
    expect(file.findings.map((f) => [f.code, f.args])).toEqual([["indicator/duplicate", { id: "1", first: 2 * 47 + 2, header: null }]]);
  });

  // found by an adversarial review: each split one assessment in two, each missing the other's rows,
  // under labels no one could tell apart
  it("one assessment whatever the jenis is called (Penilaian Mandiri, mandiri) and whatever spaces its name has", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const text = [
      "instansi,jenis,indikator,tingkat",
      ...ids.map((id, k) => `${k === 0 ? "Kab\u00a0X" : k === 1 ? "Kab  X" : "Kab X"},${k === 0 ? "Penilaian Mandiri" : k === 2 ? "SELF" : "mandiri"},${id},3`),
      ...ids.map((id, k) => `Kab X,${k === 0 ? "resmi" : "evaluasi"},${id},4`),
    ].join("\n");
    for (const lean of [false, true]) {
      const file = readAssessments(text, { lean });
      expect(file.assessments.map((a) => [a.instansi, a.jenis, a.valid])).toEqual([
        ["Kab X", "mandiri", true],
        ["Kab X", "evaluasi", true],
      ]);
      expect(file.findings).toEqual([]);
    }
  });

  // found by an adversarial review: the level was read as 3, the 5 past the header said only as a ragged row
  it("an unquoted decimal comma split over two cells of a comma file is refused as what was written", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const body = (first: string) => ids.map((id, k) => (k === 0 ? `${id},${first}` : `${id},3,x`)).join("\n");
    const last = (first: string) => `indikator,tingkat\n${ids.map((id, k) => (k === 0 ? `${id},${first}` : `${id},3`)).join("\n")}`;
    const split = read(last("3,5"), "spbe-2020");
    const bad = split.findings.filter((f) => f.severity === "error");
    expect(bad.map((f) => [f.code, f.line, f.column, f.value])).toEqual([["value/invalid", 2, 2, "3,5"]]);
    expect(findingMessage(bad[0]!, "en")).toContain("a decimal comma is read only where commas do not separate columns");
    // with a trailing delimiter's empty cells
    expect(codes(read(last("3,5,,"), "spbe-2020"))).toContain("value/invalid");
    // not guessed: a level followed by other columns (a bukti "2024, Perbup no 5" of its own unquoted comma,
    // a second review), a row as wide as the header, two cells too many, a fraction that is not digits
    for (const first of ["3,5,x", "4,2024, Perbup no 5", "3,5", "3,5,x,y", "3,a,x"]) {
      expect(codes(read(`indikator,tingkat,bukti\n${body(first)}`, "spbe-2020")).filter((c) => c.startsWith("value/"))).toEqual([]);
    }
    expect(codes(read(last("3,5,x"), "spbe-2020"))).not.toContain("value/invalid");
  });

  // found by an exploratory tester: Pemdi's own template (`spbe template`: tingkat, then bukti and catatan) with
  // '2,5' typed unquoted read level 2 and exit 0, six fractional levels cut to whole ones, a ragged warning each
  it("a split decimal comma is refused where blank columns follow the level, as in the template", () => {
    const codesOf = fw("pemdi-2026").indicators.map((i) => i.code!);
    const sheet = (first: string) =>
      ["indikator,domain,aspek,nama,tingkat,bukti,catatan", ...codesOf.map((c, k) => `${c},,1,Nama,${k === 0 ? first : "3,SK,"}`)].join("\n");
    const split = read(sheet("2,5,,"), "pemdi-2026");
    const bad = split.findings.filter((f) => f.severity === "error");
    expect(bad.map((f) => [f.code, f.line, f.column, f.value])).toEqual([["value/invalid", 2, 5, "2,5"]]);
    expect(split.assessments[0]!.valid).toBe(false);
    // a bukti of its own unquoted comma after the level is not guessed at: level 4, the row ragged
    for (const first of ["4,2024, Perbup no 5,", "3,5,x,", "3,x,,"]) {
      expect(codes(read(sheet(first), "pemdi-2026")).filter((c) => c.startsWith("value/"))).toEqual([]);
    }
  });

  // found by an exploratory tester (a Google Sheets id-ID export): the advice "(or --delimiter ';')" made the
  // comma header one column, whose finding said to drop --delimiter; and "(3.5)" was shown for every value
  it("a decimal comma in a comma file is shown with a point as written, and never sent to --delimiter ';'", () => {
    const text = ["kode,indikator_nama,nilai,catatan", '1.1,Tata Kelola,"2,5",', '1.2,Manajemen,"3,17",', '2.1,x,"tiga, empat",'].join("\n");
    const invalid = read(text, "pemdi-2026").findings.filter((f) => f.code === "value/invalid");
    expect(invalid.map((f) => [f.value, f.code === "value/invalid" && f.args.decimalComma])).toEqual([
      ["2,5", true],
      ["3,17", true],
      // a comma that is no decimal one: no point to write
      ["tiga, empat", false],
    ]);
    expect(findingMessage(invalid[0]!, "id")).toBe(
      "'2,5' bukan tingkat yang sah untuk indikator 1 (1.1): koma desimal hanya dibaca bila koma bukan pemisah kolom; tulis dengan titik (2.5), atau simpan berkas dengan pemisah ';'",
    );
    expect(findingMessage(invalid[1]!, "en")).toBe(
      "'3,17' is not a valid level for indicator 2 (1.2): a decimal comma is read only where commas do not separate columns; write a point (3.17), or save the file with ';' as its delimiter",
    );
    expect(findingMessage(invalid[2]!, "en")).toBe("'tiga, empat' is not a valid level for indicator 3 (2.1) (enter a number 1–5)");
  });

  // found by an exploratory tester: "Tingkat 3", "Level 3", "3 (Terdefinisi)" typed as the sheet's words were
  // "'Tingkat 3' is not a valid level (enter a number 1–5)", with nothing on the number already there
  it("a level with words around it is refused with 'write the number alone'; another level's name, as disagreeing", () => {
    const cells: Record<string, string> = {
      "1": "Level 4",
      "2": "Tingkat 3",
      "3": "Tk. 2",
      "4": "3 (Terdefinisi)",
      "5": "4 (terpadu  dan terukur)",
      "6": "Tingkat 3 (Terdefinisi)",
      "7": "4 (Terdefinisi)",
      // a service indicator: its levels have the service names
      "32": "3 (Transaksi)",
      // none: out of range, a name that is no level's (or not of this indicator's set), a word alone, a bare name
      "8": "Level 7",
      "9": "3 (foo)",
      "33": "3 (Terdefinisi)",
      "10": "tiga",
      "11": "Terdefinisi",
    };
    const text = csvOf("spbe-2020", cells, 3).replace(/,/g, ";");
    const full = readAssessments(text);
    expect(readAssessments(text, { lean: true }).findings).toEqual(full.findings);
    const got = full.findings.flatMap((f) => (f.code === "value/invalid" ? [[f.value, f.args.alone, f.args.disagree]] : []));
    expect(got).toEqual([
      ["Level 4", "4", null],
      ["Tingkat 3", "3", null],
      ["Tk. 2", "2", null],
      ["3 (Terdefinisi)", "3", null],
      ["4 (terpadu  dan terukur)", "4", null],
      ["Tingkat 3 (Terdefinisi)", "3", null],
      ["4 (Terdefinisi)", null, { level: "4", name: "Terdefinisi", named: 3 }],
      ["Level 7", null, null],
      ["3 (foo)", null, null],
      ["tiga", null, null],
      ["Terdefinisi", null, null],
      ["3 (Transaksi)", "3", null],
      ["3 (Terdefinisi)", null, null],
    ]);
    const say = (value: string, lang: "id" | "en") => findingMessage(full.findings.find((f) => f.value === value)!, lang);
    expect(say("Tingkat 3", "id")).toBe("'Tingkat 3' bukan tingkat yang sah untuk indikator 2; tulis angkanya saja: 3");
    expect(say("Tingkat 3", "en")).toBe("'Tingkat 3' is not a valid level for indicator 2; write the number alone: 3");
    expect(say("4 (Terdefinisi)", "id")).toBe(
      "'4 (Terdefinisi)' bukan tingkat yang sah untuk indikator 7; angka 4 dan nama 'Terdefinisi' (tingkat 3) tidak cocok: tulis angka tingkat yang dimaksud saja",
    );
    expect(say("4 (Terdefinisi)", "en")).toBe(
      "'4 (Terdefinisi)' is not a valid level for indicator 7; the number 4 and the name 'Terdefinisi' (level 3) disagree: write the number of the level meant, alone",
    );
    expect(say("tiga", "en")).toBe("'tiga' is not a valid level for indicator 10 (enter a number 1–5)");
    // decimal levels (Pemdi, no level names): the number as written, where a level may be so written
    const pemdi = readAssessments(["kode;tingkat", "1.1;Level 3,5", "1.2;Tingkat 2.25", "2.1;3,5 (Unggul)", ""].join("\n"), { framework: fw("pemdi-2026") });
    expect(pemdi.findings.flatMap((f) => (f.code === "value/invalid" ? [[f.value, f.args.alone]] : []))).toEqual([
      ["Level 3,5", "3,5"],
      ["Tingkat 2.25", "2.25"],
      ["3,5 (Unggul)", null],
    ]);
  });

  // found by a review: "'3.0000000000000' is not a valid level (enter a number 1–5)" for a number in 1–5
  it("a level with more than twelve decimals is said to have too many, not to be no number", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const text = (sep: string, value: string) => [`indikator${sep}tingkat`, ...ids.map((id, k) => `${id}${sep}${k === 0 ? value : "3"}`)].join("\n");
    for (const [sep, value] of [
      [",", "3.0000000000000"],
      [";", "3,0000000000000"],
    ] as const) {
      const f = read(text(sep, value), "spbe-2020").findings.filter((x) => x.code === "value/invalid");
      expect(f.map((x) => [x.value, findingMessage(x, "en")])).toEqual([[value, `'${value}' for indicator 1 has more than 12 decimals: write at most 12`]]);
    }
    // twelve are read (3.000000000000 is 3)
    expect(codes(read(text(",", "3.000000000000"), "spbe-2020"))).toEqual([]);
  });

  // found by a review: "'3' is not a valid level" for a cell of "3" and a zero-width space pasted from a web page,
  // and "no level column … the columns are: 'indikator', 'tingkat'": nothing a user could see to fix
  it("a value's invisible characters are written as code points in the message, never shown as nothing", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const rows = ids.map((id, k) => `${k === 2 ? `${id}\u00ad` : id},${k === 0 ? "3\u200b" : k === 1 ? "4\u200e" : "3"}`);
    const f = read(`indikator,tingkat\n${rows.join("\n")}\n`);
    const messages = f.findings.filter((x) => x.line !== null).map((x) => [x.value, findingMessage(x, "en")]);
    expect(messages).toEqual([
      ["3\u200b", "'3<U+200B>' is not a valid level for indicator 1 (enter a number 1–5)"],
      ["4\u200e", "'4<U+200E>' is not a valid level for indicator 2 (enter a number 1–5)"],
      ["3\u00ad", "'3<U+00AD>' is not an indicator of spbe-2020"],
    ]);
    const header = read("indikator,tingkat\u200b\n1,3\n").findings.find((x) => x.code === "column/missing")!;
    expect(findingMessage(header, "id")).toContain("kolom yang ada: 'indikator', 'tingkat<U+200B>'");
    // a tab or a line break in a cell is whitespace the user can see in the sheet: as before
    expect(findingMessage(read('indikator,tingkat\n1,"3\n5"\n').findings.find((x) => x.code === "value/invalid")!, "en")).toContain("'3\n5'");
  });

  // the bug: a header line written as one quoted cell ("indikator;tingkat" in quotes, as a spreadsheet writes a
  // cell that holds its delimiter) above ';' rows is read with ';' from the rows below; the cell holds that ';'
  // itself, and the hint matched only a delimiter other than the file's: the findings said "the columns are:
  // 'indikator;tingkat'" and no more, as they did before the rows below chose the delimiter
  it("a header of one quoted cell holding a delimiter says the whole line is in quotes", () => {
    const missing = (text: string, delimiter?: string) =>
      buildAssessments(readTable(utf8(text), { file: "q.csv", delimiter }), fw("spbe-2020")).findings.filter((x) => x.code === "column/missing");
    const hints = (text: string, delimiter?: string) =>
      missing(text, delimiter).map((x) => {
        const { delimiter, quoted } = x.args as FindingArgs<"column/missing">;
        return [delimiter, quoted, findingMessage(x, "en").replace(/^.*?in the header row; /, "")];
      });
    const quoted =
      "the header was read as one column 'indikator;tingkat': the whole line is in quotes, so the ';' in it separates no columns (delete the quotes around it, and around any other line quoted so)";
    // the rows below are ';': the file is ';', and the header's one cell holds the file's own delimiter
    expect(hints('"indikator;tingkat"\n1;3\n2;4\n')).toEqual([
      [";", true, quoted],
      [";", true, quoted],
    ]);
    expect(findingMessage(missing('"indikator;tingkat"\n1;3\n')[0]!, "id")).toContain(
      "; baris judul terbaca sebagai satu kolom 'indikator;tingkat': seluruh barisnya diapit tanda kutip, jadi ';' di dalamnya tidak memisahkan kolom",
    );
    // every line quoted: no delimiter outside quotes, read with ',' by default; the ';' was in quotes too
    expect(hints('"indikator;tingkat"\n"1;3"\n"2;4"\n')).toEqual([
      [";", true, quoted],
      [";", true, quoted],
    ]);
    // a header of another delimiter where --delimiter chose the file's: the delimiter is what is wrong, as before
    const other = "the header was read as one column 'indikator;tingkat': the delimiter looks like ';' (drop --delimiter or use --delimiter ';')";
    expect(hints("indikator;tingkat\n1;3\n", ",")).toEqual([
      [";", false, other],
      [";", false, other],
    ]);
    // (a new-user review) a tab is said as the word --delimiter takes: a tab in quotes looked like a space
    const tab = "the header was read as one column 'indikator\ttingkat': the delimiter looks like tab (drop --delimiter or use --delimiter tab)";
    expect(hints("indikator\ttingkat\n1\t3\n", ";")).toEqual([
      ["\t", false, tab],
      ["\t", false, tab],
    ]);
    // a title with a comma above a ';' table whose header is not recognised: no delimiter to suggest (',' is the title's)
    expect(hints("Penilaian SPBE, Kab. X\nNo;Nilai Akhir\n1;3\n")).toEqual([
      [null, false, "the columns are: 'Penilaian SPBE, Kab. X'"],
      [null, false, "the columns are: 'Penilaian SPBE, Kab. X'"],
    ]);
  });

  it("finds missing and ambiguous columns", () => {
    expect(codes(one("indikator,skor\n1,3\n"))).toEqual(["column/missing"]);
    expect(codes(one("nama,tingkat\nx,3\n"))).toEqual(["column/missing"]);
    expect(codes(one("indikator,tingkat,tingkat\n1,3,4\n"))).toEqual(["column/ambiguous"]);
  });

  // only the winning alias was checked for a repeat: the ids were read from the first "No" (row numbers),
  // and a shuffled sheet scored 1.906 where its real ids give 1.52, exit 0
  it("a repeated header of any alias of a role is ambiguous: No;Indikator;No;Tingkat", () => {
    const rows = Array.from({ length: 47 }, (_, i) => `${i + 1};x;${47 - i};${47 - i <= 10 ? 5 : 1}`);
    const f = one(`No;Indikator;No;Tingkat\n${rows.join("\n")}\n`);
    expect(f.findings.map((x) => [x.code, x.column])).toEqual([["column/ambiguous", 3]]);
    expect(f.assessments.every((a) => !a.valid)).toBe(true);
  });

  // found by a review: a header written three times gave one finding, where the cost reader says each extra column
  it("says each extra column of a header written three times or more, up to ten per role, as the cost reader does", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const three = one(`indikator;Tingkat;tingkat;TINGKAT\n${ids.map((id) => `${id};3;3;3`).join("\n")}\n`);
    const args = (x: Finding) => x.args as { kind: string; otherColumn: number };
    expect(three.findings.map((x) => [x.code, x.column, x.value, args(x).kind, args(x).otherColumn])).toEqual([
      ["column/ambiguous", 3, "tingkat", "repeated", 2],
      ["column/ambiguous", 4, "TINGKAT", "repeated", 2],
    ]);
    // a header of many: the first ten after the first, left to right
    const many = one(`indikator;${"tingkat;".repeat(14)}tingkat\n1;3\n`);
    expect(many.findings.filter((x) => x.code === "column/ambiguous").map((x) => x.column)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("finds empty files, header-only files and ragged rows", () => {
    expect(codes(one(""))).toEqual(["file/empty"]);
    expect(codes(one(" \r\n \n"))).toEqual(["file/empty"]);
    expect(codes(one("indikator,tingkat\n"))).toEqual(["file/empty"]);
    expect(codes(one(csvOf("spbe-2020", { "2": "3,extra" }, 3)))).toEqual(["csv/ragged"]);
    // a blank row wider than the header (";;;" as Excel writes its used range) is no ragged row
    expect(codes(one(`${csvOf("spbe-2020", {}, 3).trimEnd()}\n,,,,,\n`))).toEqual([]);
  });

  it("takes a file whose rows are all blank or headings for as empty as a header alone: an error, not 0 assessments", () => {
    for (const text of ["indikator,tingkat\n,\n,\n", "instansi,tahun,indikator,tingkat\nBagian A,,,\n,,,\n"]) {
      const f = one(text);
      expect(f.assessments).toEqual([]);
      expect(f.findings.map((x) => [x.code, x.line, x.severity])).toEqual([["file/empty", 1, "error"]]);
    }
  });

  it("reports only the unclosed quote, not the indicators it swallowed", () => {
    const f = one('indikator,tingkat,catatan\n1,3,"ok"\n2,3,"never closed\n3,3,x\n');
    expect(f.findings.map((x) => [x.code, x.line])).toEqual([["csv/malformed", 3]]);
    expect(f.assessments[0]!.valid).toBe(false);
  });

  it("skips section-heading rows whose indicator and level are both blank", () => {
    const text = csvOf("spbe-2020", {}, 3).replace("indikator,tingkat\n", 'indikator,tingkat\n,\n""," "\n');
    expect(codes(one(text))).toEqual([]);
  });
});

describe("the per-file cap on findings", () => {
  const rows = (instansi: number, level: number) => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const out = ["instansi,indikator,tingkat,bukti"];
    for (let k = 0; k < instansi; k++) for (const id of ids) out.push(`I${k},${id},${level},`);
    return `${out.join("\n")}\n`;
  };

  it("never lets a flood of one code hide another", () => {
    const ragged = Array.from({ length: 2_000 }, (_, k) => `${(k % 47) + 1},3,x,y`);
    const f = one(`indikator,tingkat,tingkat\n${ragged.join("\n")}\n`);
    expect(f.findings.filter((x) => x.code === "csv/ragged")).toHaveLength(1_000);
    expect(f.findings.map((x) => x.code)).toContain("column/ambiguous");
  });

  it("keeps 1 000 findings of a code and counts the rest, as an error when errors were dropped", () => {
    // 1 300 instansi with one row each: 1 300 indicator/missing errors (46 indicators folded into one each)
    const text = ["instansi,indikator,tingkat", ...Array.from({ length: 1_300 }, (_, k) => `I${k},1,3`)].join("\n");
    const f = one(text);
    expect(f.findings).toHaveLength(1_001);
    const last = f.findings.at(-1)!;
    expect(last).toMatchObject({ code: "file/too-many-findings", severity: "error", args: { omitted: 300, max: 1_000 } });
    expect(f.assessments.every((a) => !a.valid)).toBe(true);
  });

  it("is a warning when only warnings were dropped, and valid assessments stay valid", () => {
    const f = one(rows(25, 3)); // 25 × 47 = 1 175 levels ≥ 3 without bukti
    expect(f.findings.at(-1)).toMatchObject({ code: "file/too-many-findings", severity: "warning", args: { omitted: 175 } });
    expect(f.assessments.every((a) => a.valid)).toBe(true);
  });
});

describe("columns", () => {
  it("matches Indonesian and English headers case-insensitively after trimming", () => {
    const f = one(csvOf("spbe-2020", {}, 2).replace("indikator,tingkat", "  Indicator , LEVEL "));
    expect(codes(f)).toEqual([]);
  });

  // a new-user review: "Tahun Penilaian" was no tahun column, so a 2023 sheet whose index is exactly 3.495 was judged
  // by the default rule (Baik) instead of 2023's (Sangat Baik), without a word; "Bukti Dukung" was no bukti column,
  // so the evidence check was off; "Tingkat Kematangan" was refused as no level column
  it("reads the headers Indonesian templates write: Nama Instansi, Tahun Penilaian, Jenis Penilaian, Tingkat Kematangan, Bukti Dukung", () => {
    const rows = csvOf("spbe-2020", {}, 3).split("\n").slice(1).filter(Boolean);
    const header = "Nama Instansi,Tahun Penilaian,Jenis Penilaian,indikator,Tingkat Kematangan,Bukti Dukung";
    const f = one([header, ...rows.map((l) => `Kab. Contoh,2023,mandiri,${l},`)].join("\n"));
    const a = f.assessments[0]!;
    expect([a.instansi, a.tahun, a.jenis, a.valid]).toEqual(["Kab. Contoh", 2023, "mandiri", true]);
    expect([...new Set(codes(f))]).toEqual(["evidence/missing"]);
    const other = header.replace("Tahun Penilaian", "Tahun Evaluasi").replace("Bukti Dukung", "Bukti Pendukung");
    const g = one([other, ...rows.map((l) => `Kab. Contoh,2023,mandiri,${l},`)].join("\n"));
    expect([g.assessments[0]!.tahun, [...new Set(codes(g))]]).toEqual([2023, ["evidence/missing"]]);
    // a no-break space (pasted from a PDF or the web) or a run of spaces inside a header: the same names. The
    // bukti column went unread, and with it the evidence check, without a word (validate --strict passed)
    for (const spaced of [header.replaceAll(" ", "\u00a0"), header.replaceAll(" ", "  ")]) {
      const s = one([spaced, ...rows.map((l) => `Kab. Contoh,2023,mandiri,${l},`)].join("\n"));
      expect([s.assessments[0]!.instansi, s.assessments[0]!.tahun, s.assessments[0]!.valid, [...new Set(codes(s))]]).toEqual([
        "Kab. Contoh",
        2023,
        true,
        ["evidence/missing"],
      ]);
    }
    // (an exploratory review) a byte-order mark before the first name, read as Windows-1252 and saved again as
    // UTF-8 ("ï»¿"), or left by two files joined (U+FEFF): the column was no column's, and the instansi lost silently
    for (const mark of ["\u00ef\u00bb\u00bf", "\ufeff"]) {
      const marked = one([mark + header, ...rows.map((l) => `Kab. Contoh,2023,mandiri,${l},`)].join("\n"));
      expect([marked.assessments[0]!.instansi, marked.assessments[0]!.tahun], JSON.stringify(mark)).toEqual(["Kab. Contoh", 2023]);
    }
    const table = readInput(new TextEncoder().encode("\u00ef\u00bb\u00bfinstansi,tahun,indeks\nKab. A,2024,3.10\n"), {
      file: "h.csv",
      framework: fw("spbe-2020"),
    });
    expect(table.kind).toBe("results");
    // two names of the tahun column stay ambiguous, never settled by the order of the aliases
    expect(codes(one(["Tahun,Tahun Penilaian,indikator,tingkat", ...rows.map((l) => `2023,2023,${l}`)].join("\n")))).toContain("column/ambiguous");
  });

  // a second new-user review: "Nomor Indikator", "No. Indikator", "Kode Indikator" and a level column with its scale
  // in brackets ("Tingkat (1-5)") were no column's: column/missing, exit 1; and beside a name column headed
  // "Indikator", the names were read as the numbers ("'Tingkat Kematangan …' is not an indicator" 47 times)
  it("reads an indicator column named with its kind (Nomor/No./Kode/Id Indikator) and a level column with its scale in brackets", () => {
    const f2020 = fw("spbe-2020");
    const sheet = (header: string) => one([header, ...f2020.indicators.map((i) => `${i.id};${i.name};${Number(i.id) % 5 === 0 ? 5 : 3}`)].join("\n"));
    const want = sheet("No;Indikator;Tingkat");
    expect(want.assessments[0]!.valid).toBe(true);
    for (const id of ["Nomor Indikator", "No. Indikator", "No Indikator", "Kode Indikator", "ID Indikator", "No.  Indikator"]) {
      for (const level of [
        "Tingkat",
        "Tingkat (1-5)",
        "Tingkat Kematangan (1 - 5)",
        "Nilai (1–5)",
        "Tingkat [0-5]",
        "Tingkat (1 s.d. 5)",
        "Tingkat (1.0-5.0)",
        "Tingkat (01-05)",
      ]) {
        const f = sheet(`${id};Indikator;${level}`);
        expect([codes(f), f.assessments[0]!.values.size], `${id};Indikator;${level}`).toEqual([[], 47]);
        expect([...f.assessments[0]!.values].map(([k, v]) => [k, v.raw])).toEqual([...want.assessments[0]!.values].map(([k, v]) => [k, v.raw]));
      }
    }
    // a bracket that is no scale is part of the name, as before: no level column
    expect(codes(sheet("No;Indikator;Tingkat (mandiri)"))).toContain("column/missing");
    // (a second read) nor a scale beyond the levels': a 0–100 score beside the level column is another column, as
    // before, not a second level column (column/ambiguous)
    const scored = one(["No;Indikator;Tingkat;Nilai (0-100)", ...f2020.indicators.map((i) => `${i.id};${i.name};3;60`)].join("\n"));
    expect([codes(scored), scored.assessments[0]!.valid]).toEqual([[], true]);
  });

  // an Excel sheet with a title above the table: "no indicator column; the columns are: 'PENILAIAN MANDIRI …'"
  // said what was wrong but not where the table was
  it("a title row above the table: the missing columns' findings say where the header seems to be", () => {
    const rows = Array.from({ length: 47 }, (_, i) => `${i + 1};Nama ${i + 1};3`);
    const f = one(["PENILAIAN MANDIRI SPBE KAB. CONTOH 2024;;", ";;", "No;Indikator;Tingkat", ...rows, ""].join("\n"));
    expect(f.findings.map((x) => [x.code, x.line, x.code === "column/missing" && x.args.below])).toEqual([
      ["column/missing", 1, 3],
      ["column/missing", 1, 3],
    ]);
    expect(findingMessage(f.findings[0]!, "en")).toBe(
      "no indicator column (indikator, indicator, kode indikator, nomor indikator, no indikator, no. indikator, id indikator, kode, id, nomor, no, no.) in the header row; the header seems to be line 3 (a title or blank rows above it): delete the rows above it",
    );
    expect(findingMessage(f.findings[1]!, "id")).toMatch(
      /^kolom tingkat .* baris judul tampaknya baris 3 \(di atasnya judul atau baris kosong\): hapus baris di atasnya$/,
    );
    // none within reach (ten rows of three cells; thirty of a letterhead's one or two): the columns that are there, as before
    const far = one(["Judul;;", ...Array.from({ length: 10 }, () => "x;y;z"), "No;Indikator;Tingkat", ...rows, ""].join("\n"));
    expect(far.findings.map((x) => x.code === "column/missing" && x.args.below)).toEqual([null, null]);
    expect(findingMessage(far.findings[0]!, "en")).toMatch(/; the columns are: 'Judul', '', ''$/);
  });

  // the same title typed with no ';' of its own (by hand, or by a tool that does not pad the row with empty
  // cells): the file was read with ',' and the findings said "the columns are: 'PENILAIAN …'", no more
  it("a title with no delimiter above a ';' table: the same findings, and no row said ragged against the title", () => {
    const rows = Array.from({ length: 47 }, (_, i) => `${i + 1};Nama ${i + 1};3,5`);
    const f = one(["PENILAIAN MANDIRI SPBE KAB. CONTOH 2024", "", "No;Indikator;Tingkat", ...rows, ""].join("\r\n"));
    expect(f.dialect).toMatchObject({ delimiter: ";", delimiterSource: "sniffed" });
    expect(f.findings.map((x) => [x.code, x.line, x.code === "column/missing" && x.args.below])).toEqual([
      ["column/missing", 1, 3],
      ["column/missing", 1, 3],
    ]);
  });

  // Excel's merged cells keep the first row's instansi and tahun only: the rest were an unnamed assessment of
  // their own ("46 indicators have no row (Kab. Contoh / 2024)" and "indicator 1 has no row"), with no word why
  // (an exploratory tester) a one-row typo of the instansi or tahun made a second assessment: two indicator/missing
  // with no line, and nothing to find the row by
  it("an assessment split in two by a typo in one cell is said at the typo's first row (meta/split)", () => {
    const rows = (name: (i: number) => string, tahun: (i: number) => string = () => "2024") =>
      ["instansi;tahun;indikator;tingkat", ...Array.from({ length: 47 }, (_, i) => `${name(i + 1)};${tahun(i + 1)};${i + 1};3`), ""].join("\n");
    const split = (f: ReturnType<typeof one>) => f.findings.filter((x) => x.code === "meta/split");
    const byCase = one(rows((i) => (i === 31 ? "KAB X" : "Kab X")));
    expect(split(byCase).map((x) => [x.line, x.column, x.value, x.severity, x.args])).toEqual([
      [32, 1, "KAB X", "warning", { field: "instansi", other: "Kab X", rows: 1, assessment: "Kab X / 2024" }],
    ]);
    expect(findingMessage(split(byCase)[0]!, "en")).toBe(
      "instansi 'KAB X' is on this row alone, read as an assessment apart; assessment Kab X / 2024 lacks exactly the indicators there: a typo of 'Kab X'? write the same instansi on every row of an assessment",
    );
    expect(findingMessage(split(byCase)[0]!, "id")).toBe(
      "instansi 'KAB X' hanya di baris ini, yang dihitung sebagai penilaian tersendiri; penilaian Kab X / 2024 kekurangan tepat indikator di sana: salah ketik 'Kab X'? tulis instansi yang sama di setiap baris penilaian",
    );
    // the rest as before: each part's indicator/missing, neither scored
    expect(codes(byCase).filter((c) => c !== "meta/split")).toEqual(["indicator/missing", "indicator/missing"]);
    // a block of rows with another tahun: said of the smaller part, at its first row, whichever comes first
    const byYear = one(
      rows(
        () => "Kab X",
        (i) => (i <= 8 ? "2025" : "2024"),
      ),
    );
    expect(split(byYear).map((x) => [x.line, x.column, x.value, x.args.rows, x.args.other])).toEqual([[2, 2, "2025", 8, "2024"]]);
    // read lean (rank, trend), the same
    const lean = readAssessments(
      rows((i) => (i === 31 ? "KAB X" : "Kab X")),
      { lean: true },
    );
    expect(split(lean as ReturnType<typeof one>).map((x) => x.line)).toEqual([32]);
    // not said: parts that share an indicator, parts apart in two cells, a blank cell (meta/partly-blank's), a whole file
    const overlapping = rows((i) => (i === 31 ? "KAB X" : "Kab X")).replace("Kab X;2024;30;3", "Kab X;2024;31;3");
    expect(overlapping).toContain("Kab X;2024;31;3");
    expect(codes(one(overlapping))).not.toContain("meta/split");
    expect(
      codes(
        one(
          rows(
            (i) => (i === 31 ? "KAB X" : "Kab X"),
            (i) => (i === 31 ? "2025" : "2024"),
          ),
        ),
      ),
    ).not.toContain("meta/split");
    expect(codes(one(rows((i) => (i === 31 ? "" : "Kab X"))))).toEqual(expect.arrayContaining(["meta/partly-blank"]));
    expect(codes(one(rows((i) => (i === 31 ? "" : "Kab X"))))).not.toContain("meta/split");
    expect(codes(one(rows(() => "Kab X")))).toEqual([]);
    // (a second read) two instansi with the same row mistyped: each part paired with its own, not the first of its
    // pattern ("KAB BANDUNG … a typo of 'Kab Bogor'?"); a tahun typo in both said of both
    const two = (name: (kab: string, i: number) => string, tahun: (i: number) => string = () => "2024") =>
      one(
        [
          "instansi;tahun;indikator;tingkat",
          ...["Kab Bogor", "Kab Bandung"].flatMap((kab) => Array.from({ length: 47 }, (_, i) => `${name(kab, i + 1)};${tahun(i + 1)};${i + 1};3`)),
          "",
        ].join("\n"),
      );
    const upper = split(two((kab, i) => (i === 6 ? kab.toUpperCase() : kab)));
    expect(upper.map((x) => [x.line, x.value, x.args.other])).toEqual([
      [7, "KAB BOGOR", "Kab Bogor"],
      [54, "KAB BANDUNG", "Kab Bandung"],
    ]);
    const years = split(
      two(
        (kab) => kab,
        (i) => (i === 6 ? "2025" : "2024"),
      ),
    );
    expect(years.map((x) => [x.line, x.value, x.args.assessment])).toEqual([
      [7, "2025", "Kab Bogor / 2024"],
      [54, "2025", "Kab Bandung / 2024"],
    ]);
    // as near to two parts (neither the same name in another case, nor fewer edits from one): no telling whose, not said
    const tie = [
      "instansi;indikator;tingkat",
      ...["Kab A", "Kab B"].flatMap((kab) => Array.from({ length: 47 }, (_, i) => `${i === 5 ? `${kab}x` : kab};${i + 1};3`)),
    ];
    expect(split(one(tie.join("\n").replace("Kab Ax;", "Kab C;").replace("Kab Bx;", "Kab D;")))).toEqual([]);
    expect(split(one(tie.join("\n"))).map((x) => [x.value, x.args.other])).toEqual([
      ["Kab Ax", "Kab A"],
      ["Kab Bx", "Kab B"],
    ]);
  });

  it("a column naming the assessment blank on some rows and filled on others is said (meta/partly-blank)", () => {
    const merged = ["instansi;tahun;indikator;tingkat", "Kab. Contoh;2024;1;3", ...Array.from({ length: 46 }, (_, i) => `;;${i + 2};3`), ""].join("\n");
    const f = one(merged);
    const said = f.findings.filter((x) => x.code === "meta/partly-blank");
    expect(said.map((x) => [x.line, x.column, x.severity, x.args])).toEqual([
      [3, 1, "warning", { field: "instansi" }],
      [3, 2, "warning", { field: "tahun" }],
    ]);
    expect(findingMessage(said[0]!, "en")).toMatch(
      /^the instansi column is blank on this row .* fill instansi on every row \(Excel's merged cells keep only the first row's\)$/,
    );
    // (an exploratory review) the unnamed one's missing indicator is said as whose: "indicator 1 has no row" stood
    // beside the row of indicator 1, with nothing to say it was the other assessment's
    const missing = f.findings.filter((x) => x.code === "indicator/missing");
    expect(missing.map((x) => findingMessage(x, "en"))).toEqual([
      "46 indicators have no row: 2–47 (assessment Kab. Contoh / 2024)",
      "indicator 1 has no row (the assessment without instansi/tahun/jenis, from line 3)",
    ]);
    expect(findingMessage(missing[1]!, "id")).toBe("indikator 1 tidak diisi (penilaian tanpa instansi/tahun/jenis, mulai baris 3)");
    // alone in its file, an unnamed assessment is the file's: nothing to tell it from
    expect(read("indikator;tingkat\n2;3\n", "spbe-2020").findings.find((x) => x.code === "indicator/missing")!.args).toMatchObject({ unnamedFrom: null });
    // a footer row with a level and nothing else ("Indeks" totals) is its indicator/blank, not a split assessment
    const footer = one(merged.replace(/^;;/gm, "Kab. Contoh;2024;").replace(/\n$/, "\n;;;3,00\n"));
    expect(codes(footer)).toContain("indicator/blank");
    expect(codes(footer)).not.toContain("meta/partly-blank");
    // all blank, or all filled: nothing to say
    expect(codes(one(merged.replace("Kab. Contoh;2024", ";")))).not.toContain("meta/partly-blank");
    expect(codes(one(merged.replace(/^;;/gm, "Kab. Contoh;2024;")))).toEqual([]);
  });

  // Kab. B giving no tahun or jenis beside Kab. A's is its own assessment whole, nothing split off: it was told
  // "those rows are read as an assessment of their own" (and failed --max-warnings 0)
  it("meta/partly-blank: tahun or jenis blank for a whole instansi while another gives them is not said", () => {
    const rows = (name: string, tahun: string, jenis: string) => Array.from({ length: 47 }, (_, i) => `${name};${tahun};${jenis};${i + 1};3`);
    const two = ["instansi;tahun;jenis;indikator;tingkat", ...rows("Kab. A", "2024", "mandiri"), ...rows("Kab. B", "", ""), ""].join("\n");
    expect(codes(one(two))).toEqual([]);
    // one instansi's rows split by a blank tahun are said, as they are without the instansi column
    const split = ["instansi;tahun;jenis;indikator;tingkat", ...rows("Kab. A", "2024", "mandiri").slice(0, 1), ...rows("Kab. A", "", "mandiri").slice(1)];
    const said = one([...split, ...rows("Kab. B", "", ""), ""].join("\n")).findings.filter((x) => x.code === "meta/partly-blank");
    expect(said.map((x) => [x.line, x.args])).toEqual([[3, { field: "tahun" }]]);
  });

  // an analyst's footer ("Rata-rata 3,64", "Total") under rows that name their instansi/tahun/jenis was, besides its
  // own finding, an unnamed assessment of its own: "47 indicators have no row: 1–47" and "2 assessments, 1 scored"
  it("a footer row refused as no indicator's makes no assessment of its own, lean or not", () => {
    const mandiri = readFileSync(new URL("../fixtures/contoh-spbe-2020-mandiri.csv", import.meta.url), "utf8");
    const gabungan = readFileSync(new URL("../fixtures/contoh-spbe-2020-gabungan.csv", import.meta.url), "utf8");
    const read = (text: string) => {
      const full = readAssessments(text);
      const lean = readAssessments(text, { lean: true });
      expect(lean.findings).toEqual(full.findings);
      expect(lean.assessments.map((a) => [a.instansi, a.tahun, a.jenis, a.valid])).toEqual(
        full.assessments.map((a) => [a.instansi, a.tahun, a.jenis, a.valid]),
      );
      return {
        codes: full.findings.map((f) => `${f.code}@${f.line}`),
        assessments: full.assessments.map((a) => [a.instansi, a.jenis, a.valid, a.findings.length]),
      };
    };
    const kab = "Kabupaten Contoh (data contoh)";
    // blank instansi/tahun/jenis: a level under the name column, or "Total" in the indicator column; the
    // assessment above is whole and still scored, and the file still has its error (exit 1)
    for (const [footer, code] of [
      [";;;;Rata-rata;3,64;;\r\n", "indicator/blank"],
      [";;;Total;;;;\r\n", "indicator/unknown"],
      [";;;Jumlah;;171;;\r\n", "indicator/unknown"],
    ] as const) {
      expect(read(mandiri + footer), footer).toEqual({ codes: [`${code}@49`], assessments: [[kab, "mandiri", true, 0]] });
    }
    // a file of several assessments: the footer joins none of them; its label in the instansi column is no instansi
    for (const footer of [",,,Total,\n", ",,,,3.5\n", "Rata-rata,,,,3.41\n", `${kab},,,Rata-rata,3.41\n`]) {
      expect(read(gabungan + footer), footer).toEqual({
        codes: [`${footer.includes("Total") || footer.includes(",Rata-rata,") ? "indicator/unknown" : "indicator/blank"}@96`],
        assessments: [
          [kab, "mandiri", true, 0],
          [kab, "evaluasi", true, 0],
        ],
      });
    }
    // any refused row whose only difference from an assessment is its blank cells, summary or not
    for (const footer of [",,,99,3\n", `${kab},,,99,3\n`, ",2024,evaluasi,,3\n"]) {
      expect(read(gabungan + footer).assessments, footer).toEqual([
        [kab, "mandiri", true, 0],
        [kab, "evaluasi", true, 0],
      ]);
    }
    // the rule is only for rows that belong nowhere: a named assessment whose rows were all refused is still said
    // to have none of its indicators, and without the instansi/tahun/jenis columns the footer joins the one
    // assessment there is (its own finding makes that assessment invalid, as before)
    expect(read(`${gabungan}Kab. Lain,2024,mandiri,99,3\n`).codes).toEqual(["indicator/missing@null", "indicator/unknown@96"]);
    expect(read(`${csvOf("spbe-2020", {}, 3)},3\n`)).toEqual({ codes: ["indicator/blank@49"], assessments: [[null, null, false, 1]] });
    // nor for a row read as an indicator's: blank cells there split off an assessment (meta/partly-blank)
    expect(read(`${gabungan},,,47,3\n`).codes).toEqual(["indicator/missing@null", "meta/partly-blank@96", "meta/partly-blank@96", "meta/partly-blank@96"]);
  });

  // found by a review: the same footer left its assessment scored under blank instansi cells, but "not scored"
  // where it joined it (a file without those columns, as `spbe template` writes, or with them filled in)
  it("a summary row counts against no assessment, wherever its instansi cells put it; the file stays invalid", () => {
    const kab = "Kabupaten Contoh (data contoh)";
    const mandiri = readFileSync(new URL("../fixtures/contoh-spbe-2020-mandiri.csv", import.meta.url), "utf8");
    const template = `${csvOf("spbe-2020", {}, 3).replace(/,/g, ";")}`;
    for (const [text, code, instansi] of [
      [`${template}Total;3,64\n`, "indicator/unknown", null],
      [`${template}Rata-rata;3,64\n`, "indicator/unknown", null],
      [`${mandiri}${kab};2024;mandiri;;Jumlah;3,64;;\r\n`, "indicator/blank", kab],
    ] as const) {
      for (const lean of [false, true]) {
        const f = readAssessments(text, { lean });
        expect(
          f.findings.map((x) => [x.code, x.severity, (x.args as { summary?: string | null }).summary]),
          text.slice(-30),
        ).toEqual([[code, "error", expect.any(String)]]);
        expect(
          f.assessments.map((a) => [a.instansi, a.valid, a.findings.length]),
          text.slice(-30),
        ).toEqual([[instansi, true, 0]]);
      }
    }
    // a row that is not a footer still makes its assessment invalid, as before
    expect(readAssessments(`${template};3,64\n`).assessments.map((a) => a.valid)).toEqual([false]);
  });

  // found by a review: a note "Jumlah aplikasi: 12" beside a mistyped indicator "4a" told the analyst to delete
  // indicator 4's row as a summary row; and a name column right of the level is a note, not a label
  it("reads a summary row's label from the label cells only, never from notes or a mistyped indicator", () => {
    const body = csvOf("spbe-2020", {}, 3)
      .replace(/,/g, ";")
      .replace(/^indikator;tingkat/, "indikator;tingkat;catatan;keterangan")
      .replace(/^(\d+);(\d)$/gm, "$1;$2;;")
      .replace(/^4;3;;$/m, "4a;3;Jumlah aplikasi: 12;Total 3 aplikasi");
    const [unknown] = one(body).findings.filter((f) => f.code === "indicator/unknown");
    expect([unknown!.value, unknown!.args]).toEqual(["4a", expect.objectContaining({ framework: "spbe-2020", summary: null })]);
    expect(findingMessage(unknown!, "en")).toBe("'4a' is not an indicator of spbe-2020");
    // the label column left of the level is read; a column right of it is not
    const footer = (row: string) => one(`${body}${row}\n`).findings.find((f) => f.line === 49)?.args;
    expect(footer("Total;;;")).toMatchObject({ framework: "spbe-2020", summary: "Total" });
    expect(footer(";3;Rata-rata;")).toEqual({ summary: null });
    expect(footer(";3;;Rata-rata")).toEqual({ summary: null });
  });

  it("prefers the indicator column whose cells are indicator ids (No vs Indikator)", () => {
    const rows = csvOf("spbe-2020", {}, 2)
      .split("\n")
      .slice(1)
      .filter(Boolean)
      .map((l) => `${l.split(",")[0]},Nama indikator ${l.split(",")[0]},2`);
    const f = one(`No,Indikator,Tingkat\n${rows.join("\n")}\n`);
    expect(codes(f)).toEqual([]);
    // "No." with its dot, as Indonesian sheets head the number column: it was no alias, so the names
    // were read as ids (47 indicator/unknown and one indicator/missing), with no word of "No."
    const dotted = one(`No.;Indikator;Tingkat\n${rows.map((r) => r.replace(/,/g, ";")).join("\n")}\n`);
    expect([codes(dotted), dotted.assessments[0]!.valid]).toEqual([[], true]);
  });

  // found by exploratory testing: a sheet sorted by level (as Excel leaves it) with a running "No" 1…47 and the
  // real ids in "Indikator", one of them typed "44.": "No" had one id more and was read, every level landed on
  // the wrong indicator, 2.79 for 3.08, exit 0 and no finding
  describe("two columns of indicator ids", () => {
    const ids = Array.from({ length: 47 }, (_, i) => i + 1);
    const level = (id: number) => (id % 4) + 1;
    // sorted by level, highest first, as Excel's sort leaves rows of one level in their order
    const sorted = [...ids].sort((a, b) => level(b) - level(a));
    const running = (_id: number, k: number) => String(k + 1);
    const sheet = (order: number[], cell: (id: number) => string = String, no: (id: number, k: number) => string = running) =>
      `No;Indikator;Tingkat;Bukti\n${order.map((id, k) => `${no(id, k)};${cell(id)};${level(id)};ada`).join("\n")}\n`;

    it("a running No numbers rows: beside ids sorted otherwise, Indikator is read, and its bad cell is its own finding", () => {
      const typo = one(sheet(sorted, (id) => (id === 44 ? "44." : String(id))));
      // "44." is told to be written "44" alone, and so is not said missing again
      expect(typo.findings.map((x) => [x.code, x.line, x.column, x.value])).toEqual([["indicator/unknown", 2 + sorted.indexOf(44), 2, "44."]]);
      const fixed = one(sheet(sorted));
      expect([codes(fixed), fixed.assessments[0]!.valid, fixed.assessments[0]!.rowLines.get("44")]).toEqual([[], true, 2 + sorted.indexOf(44)]);
      // numbered again from 1 for each instansi, as a long file's "No" may be
      const twice = one(
        `instansi;${sheet(sorted).split("\n")[0]}\n${["A", "B"]
          .flatMap((i) =>
            sheet(sorted)
              .trim()
              .split("\n")
              .slice(1)
              .map((r) => `${i};${r}`),
          )
          .join("\n")}\n`,
      );
      expect([codes(twice), twice.assessments.map((a) => a.valid)]).toEqual([[], [true, true]]);
    });

    it("that name different indicators on a row, neither counting rows: the file is refused at that row, naming both", () => {
      // "No" holds ids too, in another order than "Indikator" (sorted the other way): nothing tells which is right
      const other = [...ids].sort((a, b) => level(a) - level(b));
      const f = one(sheet(sorted, String, (_id, k) => String(other[k])));
      expect(f.findings.map((x) => [x.code, x.line, x.column, x.value, x.args])).toEqual([
        [
          "column/ambiguous",
          2,
          2,
          String(sorted[0]),
          { kind: "rows", role: "indicator", header: "Indikator", other: "No", otherColumn: 1, otherValue: String(other[0]) },
        ],
      ]);
      expect(f.assessments).toEqual([]);
      expect(findingMessage(f.findings[0]!, "en")).toBe(
        `columns 'Indikator' and 'No' (column 1) both hold indicator numbers but differ on this line ('3' and '${other[0]}'): delete the one that is not the indicator number (a row number, say) or rename its header`,
      );
    });

    it("that agree wherever both give an id: Indikator is read, and its bad cell is a finding of its own", () => {
      const typo = one(sheet(ids, (id) => (id === 44 ? "44." : String(id))));
      expect(typo.findings.map((x) => [x.code, x.line, x.column, x.value])).toEqual([["indicator/unknown", 45, 2, "44."]]);
      // a bad cell in "No" beside them: Indikator is read as it was
      const badNo = one(sheet(ids).replace("\n44;44;", "\n44.;44;"));
      expect([codes(badNo), badNo.assessments[0]!.valid]).toEqual([[], true]);
    });

    // found by exploratory testing: "No" written "1.", "2." … beside names in "Indikator": no column held an id as
    // written, the names were read, and every row said "'nama 1' is not an indicator" instead of "write '1' alone"
    it("where no column holds an id as written, the one of decorated ids is read, and told to write them alone", () => {
      const text = `No;Indikator;Tingkat\n${ids.map((id) => `${id}.;nama ${id};3`).join("\n")}\n`;
      for (const lean of [false, true]) {
        const f = readAssessments(text, { lean });
        expect(f.findings.length).toBe(47);
        expect(f.findings.every((x) => x.code === "indicator/unknown" && x.column === 1 && (x.args as { bare?: string }).bare === x.value!.slice(0, -1))).toBe(
          true,
        );
      }
    });

    // found by a second read: ids in framework order count 1, 2, 3 too, so "Indikator" in order gave way to a stale
    // "No" (a sheet sorted by level, numbered, sorted back): a wrong index, exit 0; and a running "No" beside
    // decorated ids sorted by level ("4.", "17." …) was the only column of plain ids, and read
    it("only a column headed No gives way as a row number; a decorated Indikator is compared with it too", () => {
      const inOrder = (no: (id: number, k: number) => string) =>
        `No;Indikator;Tingkat;Bukti\n${ids.map((id, k) => `${no(id, k)};${id};${level(id)};ada`).join("\n")}\n`;
      // the stale numbers of the sorted sheet, and a "No" with two numbers swapped: nothing tells which is right
      const stale = inOrder((id) => String(sorted.indexOf(id) + 1));
      const swapped = inOrder((_id, k) => String(k === 0 ? 2 : k === 1 ? 1 : k + 1));
      for (const text of [stale, swapped]) {
        for (const lean of [false, true]) {
          const f = readAssessments(text, { lean });
          expect([f.findings.map((x) => [x.code, x.line, x.column]), f.assessments.length], text.slice(20, 40)).toEqual([[["column/ambiguous", 2, 2]], 0]);
        }
      }
      // decorated ids sorted by level beside a running No: the ids are read, each told to be written alone
      const deco = one(sheet(sorted, (id) => `${id}.`));
      expect(deco.findings.length).toBe(47);
      expect(deco.findings.every((x) => x.code === "indicator/unknown" && x.column === 2)).toBe(true);
      // found by a review: a running No written as a numbered list ("1.", "(1)") beside plain ids sorted by level
      // could never give way, and the correct file was refused
      for (const no of [(_id: number, k: number) => `${k + 1}.`, (_id: number, k: number) => `(${k + 1})`]) {
        for (const lean of [false, true]) {
          const f = readAssessments(sheet(sorted, String, no), { lean });
          expect([f.findings.map((x) => x.code), f.assessments.map((a) => a.valid)]).toEqual([[], [true]]);
        }
      }
      // a heading row "1." with no level is not told to be written "1": that would make it indicator 1
      const heading = one(`No;Indikator;Tingkat\n1.;Kebijakan Internal;\n${ids.map((id) => `${id};nama;3`).join("\n")}\n`);
      expect(heading.findings.map((x) => [x.code, x.line, (x.args as { bare?: string | null }).bare])).toEqual([["indicator/unknown", 2, null]]);
    });

    it("a column with fewer than half as many ids does not compete (section numbers in No)", () => {
      // "No" numbers the four domains on their first rows only, and so names other indicators there
      const rows = ids.map((id) => `${id === 1 ? 1 : id === 11 ? 2 : id === 21 ? 3 : id === 32 ? 4 : ""},${id},3,ada`);
      const f = one(`no,indikator,tingkat,bukti\n${rows.join("\n")}\n`);
      expect([codes(f), f.assessments[0]!.valid]).toEqual([[], true]);
    });

    it("Pemdi: a running No beside codes, sorted otherwise or in order: the codes are read, a bad code its own finding", () => {
      const pemdi = fw("pemdi-2026").indicators;
      const text = (list: typeof pemdi) =>
        `No;Kode;Indikator;Nilai\n${list.map((ind, k) => `${k + 1};${ind.code === "6.2" ? "01-Jul" : ind.code};${ind.name};3`).join("\n")}\n`;
      const reversed = one(text([...pemdi].reverse()), "pemdi-2026");
      expect(reversed.findings.map((x) => [x.code, x.line, x.column, x.value])).toEqual([
        ["framework/provisional", null, null, null],
        ["indicator/missing", null, null, null],
        ["indicator/unknown", 6, 2, "01-Jul"],
      ]);
      const inOrder = one(text(pemdi), "pemdi-2026");
      expect(inOrder.findings.map((x) => [x.code, x.line, x.column, x.value])).toEqual([
        ["framework/provisional", null, null, null],
        ["indicator/missing", null, null, null],
        ["indicator/unknown", 17, 2, "01-Jul"],
      ]);
    });
  });

  // found by exploratory testing: "No;Indikator;Nilai;Tingkat" (the evaluator's value beside the self-score) read
  // "Tingkat" because it comes first in the alias list: 3.00, exit 0, no finding
  it("two names of the level column (or of tahun, jenis, kategori, provinsi) are ambiguous; two of bukti, catatan or pj are not", () => {
    const rows = Array.from({ length: 47 }, (_, i) => `${i + 1};nama;${i % 2 === 0 ? 2 : 4};3`);
    const f = one(`No;Indikator;Nilai;Tingkat\n${rows.join("\n")}\n`);
    expect(f.findings.map((x) => [x.code, x.line, x.column, x.value, x.args])).toEqual([
      ["column/ambiguous", 1, 3, "Nilai", { kind: "aliases", role: "value", header: "Nilai", other: "Tingkat", otherColumn: 4, otherValue: null }],
    ]);
    expect(f.assessments.every((a) => !a.valid)).toBe(true);
    expect(findingMessage(f.findings[0]!, "id")).toBe(
      "kolom 'Nilai' dan 'Tingkat' (kolom 4) sama-sama kolom tingkat; tidak jelas mana yang dipakai: hapus atau ganti judul salah satunya, atau bandingkan keduanya dengan `spbe diff <berkas> --columns Tingkat,Nilai`",
    );
    // a value column named by the caller (diff and validate --columns) is read, whatever else the header holds
    const named = readAssessments(`No;Indikator;Nilai;Tingkat\n${rows.join("\n")}\n`, { valueColumn: "Nilai" });
    expect([codes(named), named.assessments[0]!.valid]).toEqual([[], true]);
    const body = csvOf("spbe-2020", {}, 2).split("\n").slice(1).filter(Boolean);
    const withMeta = (head: string, cells: string) => one(`${head},indikator,tingkat\n${body.map((l) => `${cells},${l}`).join("\n")}\n`);
    expect(withMeta("tahun,year", "2024,2024").findings.map((x) => [x.code, x.column, x.code === "column/ambiguous" && x.args.role])).toEqual([
      ["column/ambiguous", 2, "tahun"],
    ]);
    expect(codes(withMeta("jenis,type", "mandiri,mandiri"))).toEqual(["column/ambiguous"]);
    // pj and opd side by side are two different things (a person, a unit): the first is the owner, as documented
    const owners = withMeta("pj,opd,catatan,note", "Budi,Diskominfo,a,b");
    expect(codes(owners)).toEqual([]);
    expect([...owners.assessments[0]!.values.values()].map((v) => [v.owner, v.note])[0]).toEqual(["Budi", "a"]);
  });

  it("accepts Pemdi codes and, in a ';' file, 35,1 for 35.1", () => {
    const byCode = fw("pemdi-2026").indicators.map((i) => `${i.code},2`);
    expect(codes(one(`kode,nilai\n${byCode.join("\n")}\n`, "pemdi-2026"))).toEqual(["framework/provisional"]);
    const semi = csvOf("spbe-2018", {}, 2)
      .replace(/,/g, ";")
      .replace(/35\.(\d)/g, "35,$1");
    expect(codes(one(semi, "spbe-2018"))).toEqual([]);
  });
});

describe("metadata and warnings", () => {
  it("splits a file into one assessment per instansi / tahun / jenis", () => {
    const a = csvOf("spbe-2020", {}, 3).split("\n").slice(1).filter(Boolean);
    const text = [
      "instansi,tahun,jenis,indikator,tingkat",
      ...a.map((l) => `Kota A,2024,mandiri,${l}`),
      ...a.map((l) => `Kota A,2024,evaluasi,${l}`),
      ...a.map((l) => `Kota B,2023,mandiri,${l}`),
    ].join("\n");
    const f = one(text);
    expect(f.assessments.map((x) => [x.instansi, x.tahun, x.jenis, x.valid])).toEqual([
      ["Kota A", 2024, "mandiri", true],
      ["Kota A", 2024, "evaluasi", true],
      ["Kota B", 2023, "mandiri", true],
    ]);
  });

  // (an exploratory tester) a signature block under the table ("Mengetahui,", "NIP. …") left the assessment above it
  // unscored in a file without an instansi column, with no hint, where a summary row with a level did not
  it("a note or signature under the table is the file's finding, with a hint, and the assessment is scored", () => {
    const table = ["No;Indikator;Tingkat", ...Array.from({ length: 47 }, (_, k) => `${k + 1};x;3`)];
    const notes = [
      "Mengetahui,",
      "(ttd)",
      "NIP. 19750101 200001 1 001",
      "*) diisi sesuai bukti dukung",
      "Sumber: Dinas Kominfo",
      // (a second read) numbered footnotes: a number and words after it
      "1) diisi sesuai bukti dukung",
      "2. Nilai tingkat 1-5",
    ];
    // ("Keterangan:" above the footnotes is a legend's title, skipped without a word as before)
    const text = [...table, ";;", ...notes.slice(0, 5).map((n) => `${n};;`), "Keterangan:;;", ...notes.slice(5).map((n) => `${n};;`), ""].join("\n");
    const lineOf = (n: string) => text.split("\n").indexOf(`${n};;`) + 1;
    for (const lean of [false, true]) {
      const f = readAssessments(text, { lean });
      expect(
        f.assessments.map((a) => a.valid),
        `lean ${lean}`,
      ).toEqual([true]);
      expect(f.assessments[0]!.findings).toEqual([]);
      expect(f.findings.map((x) => [x.code, x.line, x.value, x.code === "indicator/unknown" && x.args.note])).toEqual(
        notes.map((n) => ["indicator/unknown", lineOf(n), n, true]),
      );
    }
    const first = readAssessments(text).findings[0]!;
    expect(findingMessage(first, "en")).toBe(
      "'Mengetahui,' is not an indicator of spbe-2020; a note or signature under the table? delete the row (it does not count against the assessment)",
    );
    expect(findingMessage(first, "id")).toBe(
      "'Mengetahui,' bukan indikator spbe-2020; catatan atau tanda tangan di bawah tabel? hapus baris ini (baris ini tidak dihitung sebagai bagian penilaian)",
    );
    // an indicator written wrong with its level left blank is no note: it stays the assessment's, which is not scored
    const name = fw("spbe-2020").indicators[2]!.name;
    for (const row of ["Indikator 5;;", "4a;;", `${name};;`, "12 (Layanan);;", `3. ${name};;`]) {
      const f = readAssessments([...table, row, ""].join("\n"));
      expect(
        f.assessments.map((a) => a.valid),
        row,
      ).toEqual([false]);
      expect(
        f.assessments[0]!.findings.map((x) => x.code === "indicator/unknown" && x.args.note),
        row,
      ).toEqual([undefined]);
    }
  });

  // (an exploratory tester) "-", "tidak ada", "N/A" in the bukti column counted as evidence: --strict passed level 4 on them
  it("a bukti cell that only says there is none is no evidence, read in full or lean", () => {
    const says = ["-", "Tidak Ada", "N/A", "…", "0", "belum  ada"];
    const evidence = (i: number) => (i <= says.length ? says[i - 1]! : i === 20 ? "- SK 12/2024" : i === 21 ? "Tidak ada SK, ada Perbup 3" : `SK ${i}`);
    const text = ["indikator;tingkat;bukti", ...Array.from({ length: 47 }, (_, k) => `${k + 1};${k === 6 ? 2 : 4};${evidence(k + 1)}`), ""].join("\n");
    for (const lean of [false, true]) {
      const f = readAssessments(text, { lean });
      const said = f.findings.filter((x) => x.code === "evidence/missing");
      expect(
        said.map((x) => [x.line, x.column, x.value, x.args]),
        `lean ${lean}`,
      ).toEqual(says.map((v, k) => [k + 2, 3, v, { id: String(k + 1), code: null, placeholder: true }]));
      expect(f.assessments[0]!.valid).toBe(true);
    }
    const first = readAssessments(text).findings[0]!;
    expect(findingMessage(first, "en")).toBe(
      "indicator 1 claims level 3 or higher with no evidence (bukti): '-' is no evidence (write the document: a decree number, a link, a file name)",
    );
    expect(findingMessage(first, "id")).toBe(
      "indikator 1 mengklaim tingkat 3 atau lebih tanpa bukti dukung: '-' bukan bukti (tulis dokumennya: nomor SK, tautan, nama berkas)",
    );
    // a level below 3 asks for none: "-" beside a 2 (indicator 7 here) says nothing
    expect(readAssessments(text).findings.some((x) => x.line === 8)).toBe(false);
  });

  it("warns about level ≥ 3 without bukti, a year outside the framework and bad metadata", () => {
    const rows = csvOf("spbe-2020", {}, 2).split("\n").slice(1).filter(Boolean);
    const text = ["tahun,jenis,indikator,tingkat,bukti", ...rows.map((l, i) => `2019,swadaya,${l.replace(/,2$/, i === 0 ? ",3," : ",2,")}`)].join("\n");
    const f = one(text);
    expect(f.findings.map((x) => [x.code, x.severity, x.line])).toEqual([
      ["meta/year-mismatch", "warning", 2],
      ["meta/invalid", "warning", 2],
      ["evidence/missing", "warning", 2],
    ]);
    expect(f.assessments[0]!.valid).toBe(true);
    expect(
      codes(
        one(
          `tahun,${csvOf("spbe-2020", {}, 2)
            .replace(/\n(?=.)/g, "\nduaribu,")
            .replace(/^tahun,indikator/, "tahun,indikator")}`,
        ),
      ),
    ).toContain("meta/invalid");
  });

  // (a code review) "0999" was year 999 (score printed "Tahun: 999", rank a ranking "of 999"), where --tahun refuses it
  it("a tahun led by a zero is no year: meta/invalid, as --tahun refuses it", () => {
    const rows = csvOf("spbe-2020", {}, 3).split("\n").slice(1).filter(Boolean);
    const f = one(["tahun,indikator,tingkat", ...rows.map((l) => `0999,${l}`)].join("\n"));
    expect(f.findings.map((x) => [x.code, x.line, x.column, x.value])).toEqual([["meta/invalid", 2, 1, "0999"]]);
    expect(f.assessments.map((x) => x.tahun)).toEqual([null]);
  });

  it("marks a provisional framework on every file", () => {
    expect(codes(one(csvOf("pemdi-2026", {}, 2), "pemdi-2026"))).toEqual(["framework/provisional"]);
  });
});

describe("2018 indicator 35: three public services, 35.1–35.3", () => {
  const rows2018 = (replace: (id: string) => string[]) =>
    ["indikator,tingkat", ...fw("spbe-2018").indicators.flatMap((i) => (i.partOf ? replace(i.id) : [`${i.id},2`])), ""].join("\n");

  it("accepts 35-1, 35-2, 35-3 as official sheets write them", () => {
    const file = read(
      rows2018((id) => [`${id.replace(".", "-")},3`]),
      "spbe-2018",
    );
    expect(codes(file)).toEqual([]);
    expect(file.assessments[0]!.values.get("35.2")!.raw).toBe("3");
  });

  it("explains a bare 35 in one finding, instead of 'not an indicator' and three missing rows", () => {
    let once = false;
    const file = read(
      rows2018(() => {
        if (once) return [];
        once = true;
        return ["35,3"];
      }),
      "spbe-2018",
    );
    expect(codes(file)).toEqual(["indicator/needs-parts"]);
    const f = file.findings[0]!;
    expect([f.line, f.column, f.value]).toEqual([36, 1, "35"]);
    expect(findingMessage(f, "en")).toBe(
      "indicator 35 is assessed per service, one row for each of 35.1, 35.2, 35.3 (e.g. 35.1 = the first service assessed); give each service's level on its own row, not one row 35",
    );
  });
});

describe("one-character levels", () => {
  it("read as the general path reads the same level written with '.0' (the single-digit shortcut), for every character", () => {
    const wrong: string[] = [];
    for (const framework of builtinFrameworks()) {
      for (const decimalComma of [false, true]) {
        for (let c = 0; c < 0x10000; c++) {
          const ch = String.fromCharCode(c);
          const got = parseLevelParts(ch, framework, decimalComma);
          const general = parseLevelParts(`${ch}.0`, framework, decimalComma);
          if (JSON.stringify(got) !== JSON.stringify(general)) wrong.push(`${framework.id} ${JSON.stringify(ch)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    const spbe = builtinFrameworks()[0]!;
    expect(parseLevelParts("3", spbe, false)).toEqual({ ok: true, numer: 3, places: 0 });
    expect(parseLevelParts("0", spbe, false)).toEqual({ ok: false, code: "value/out-of-range" });
    expect(parseLevelParts("6", spbe, false)).toEqual({ ok: false, code: "value/out-of-range" });
    expect(parseLevelParts("x", spbe, false)).toEqual({ ok: false, code: "value/invalid" });
  });
});

describe("candidates (the columns that may hold the indicator)", () => {
  it("lists them by alias priority, then left to right, matching case and spaces loosely", () => {
    const header = ["No", "Indikator", "kode", " NO ", "tingkat", "indikator"];
    expect(candidates(header, "indicator")).toEqual([
      { index: 1, header: "Indikator" },
      { index: 5, header: "indikator" },
      { index: 2, header: "kode" },
      { index: 0, header: "No" },
      { index: 3, header: " NO " },
    ]);
    expect(candidates(header, "evidence")).toEqual([]);
  });
});
