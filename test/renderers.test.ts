/**
 * Every renderer of the registry, in-process: the model built from a bundled
 * sample, rendered to a string, checked for what a reader must find in it. The
 * CLI snapshots show whole outputs; these pin the content per format.
 */
import { readFileSync } from "node:fs";
import { Chalk } from "chalk";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildAssessments } from "../src/assessment/build.js";
import { compareAssessments, type DiffReport } from "../src/compare/diff.js";
import { sidesFromTwoFiles } from "../src/compare/sides.js";
import { rational, toDecimal, toText } from "../src/core/rational.js";
import { builtinFrameworks } from "../src/frameworks/builtin.js";
import pemdi2026 from "../src/frameworks/data/pemdi-2026.json" with { type: "json" };
import { parseFramework } from "../src/frameworks/load.js";
import { withoutExternal } from "../src/frameworks/types.js";
import { readTable } from "../src/io/table.js";
import { rank } from "../src/rank/rank.js";
import { trend } from "../src/rank/trend.js";
import type { FrameworkView } from "../src/report/framework.js";
import { decimalsIn } from "../src/report/html/common.js";
import { maturityOf } from "../src/report/maturity.js";
import { type CommandName, formatForExtension, formatsOf, type Models, RENDERERS, rendererFor } from "../src/report/registry.js";
import { entriesOf, readInput } from "../src/results/input.js";
import { type ScoredAssessment, score } from "../src/scoring/report.js";
import { parseTarget } from "../src/scoring/score.js";
import { csvOf, fw, read, renderOptions, scoreOf } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const render = async <C extends CommandName>(command: C, format: string, model: Models[C], lang: "id" | "en" = "id") =>
  (await rendererFor(command, format)!.load())(model, renderOptions(lang));

const scoreModel = () => score([read(fixture("contoh-spbe-2020-evaluasi.csv"), "spbe-2020", "evaluasi.csv")], { target: parseTarget(fw("spbe-2020"), "3.5")! });
const pemdiModel = () => score([read(fixture("contoh-pemdi-2026.csv"), "pemdi-2026", "pemdi.csv")]);
function diffModel(top?: number): DiffReport {
  const sides = sidesFromTwoFiles(
    read(fixture("contoh-spbe-2020-mandiri.csv"), "spbe-2020", "mandiri.csv"),
    read(fixture("contoh-spbe-2020-evaluasi.csv"), "spbe-2020", "evaluasi.csv"),
  );
  if (!sides.ok) throw new Error("sides");
  const result = compareAssessments(sides.a, sides.b);
  return { result, findings: result.findings, top };
}

/** Two different instansi (diff/unlike), b's name hostile markup; an error with `strict`, as under --strict. */
function unlikeModel(strict = false): DiffReport {
  const b = fixture("contoh-spbe-2020-evaluasi.csv").toString("utf8").replaceAll("Kabupaten Contoh (data contoh)", "Kota <b>Lain</b> & *Co* | x");
  const sides = sidesFromTwoFiles(read(fixture("contoh-spbe-2020-mandiri.csv"), "spbe-2020", "mandiri.csv"), read(b, "spbe-2020", "evaluasi.csv"));
  if (!sides.ok) throw new Error("sides");
  const result = compareAssessments(sides.a, sides.b, { strict });
  return { result, findings: result.findings, top: undefined };
}

/** A pair that cannot be compared, both sides valid: b read with spbe-2018 (diff/framework-mismatch). */
function mismatchModel(): DiffReport {
  const sides = sidesFromTwoFiles(
    read(fixture("contoh-spbe-2020-mandiri.csv"), "spbe-2020", "mandiri.csv"),
    read(fixture("contoh-spbe-2018.csv"), "spbe-2018", "2018.csv"),
  );
  if (!sides.ok) throw new Error("sides");
  const result = compareAssessments(sides.a, sides.b);
  return { result, findings: result.findings, top: undefined };
}

/** A pair that cannot be compared, a valid and one with errors: b's level of indicator 3 is blank (value/missing). */
function brokenModel(b = csvOf("spbe-2020", { "3": "" }, 3), file = "b.csv"): DiffReport {
  const sides = sidesFromTwoFiles(read(fixture("contoh-spbe-2020-mandiri.csv"), "spbe-2020", "mandiri.csv"), read(b, "spbe-2020", file));
  if (!sides.ok) throw new Error("sides");
  const result = compareAssessments(sides.a, sides.b);
  return { result, findings: result.findings, top: undefined };
}

describe("the registry", () => {
  it("lists each command's formats, the default first, and every entry loads a renderer", async () => {
    expect(formatsOf("score")).toEqual(["table", "json", "csv", "markdown", "html"]);
    expect(formatsOf("diff")).toEqual(["table", "json", "csv", "markdown", "html"]);
    expect(formatsOf("validate")).toEqual(["text", "json", "github", "junit", "markdown"]);
    for (const entries of Object.values(RENDERERS)) for (const e of entries) expect(typeof (await e.load())).toBe("function");
  });

  it("knows the format an output file's extension asks for", () => {
    expect(formatForExtension("score", "hasil.JSON")).toBe("json");
    expect(formatForExtension("score", "laporan.md")).toBe("markdown");
    expect(formatForExtension("validate", "junit.xml")).toBe("junit");
    expect(formatForExtension("score", "laporan.html")).toBe("html");
    expect(formatForExtension("diff", "SELISIH.HTM")).toBe("html");
    expect(formatForExtension("score", "hasil.xlsx")).toBeUndefined();
  });

  it("colours human formats only when given a colour chalk", async () => {
    const coloured = { ...renderOptions("id"), color: new Chalk({ level: 1 }) };
    const table = (await rendererFor("score", "table")!.load())(scoreModel(), coloured);
    expect(table).toMatch(/\u001b\[1m/);
    expect(await render("score", "table", scoreModel())).not.toMatch(/\u001b\[/);
  });
});

describe("score renderers", () => {
  it("table: the headline, the target, the three sections with the ▼ legend", async () => {
    const out = await render("score", "table", scoreModel());
    expect(out).toContain("Indeks SPBE: 3.08 — Baik");
    expect(out).toContain("Target 3.50 (Sangat Baik): kurang 0.42 poin");
    for (const heading of ["\nDomain\n", "\nAspek\n", "\nIndikator\n"]) expect(out).toContain(heading);
    expect(out).toContain("▼ Tiga aspek yang paling menurunkan indeks");
  });

  it("markdown: the same sections as tables, with Potensi and the findings", async () => {
    const out = await render("score", "markdown", scoreModel(), "en");
    expect(out).toContain("**Indeks SPBE: 3.08 — Baik**");
    expect(out).toContain("### Indicator\n\n| No | Indicator | Weight | Level | Level name | Potential |");
    expect(out).toContain("Target 3.50 (Sangat Baik): 0.42 points short");
  });

  it("json: the index, tiers and target as exact numbers and displays", async () => {
    const doc = JSON.parse(await render("score", "json", scoreModel()));
    expect(doc.assessments[0].index).toMatchObject({ display: "3.08", predikat: "Baik" });
    expect(doc.assessments[0].domains).toHaveLength(4);
    expect(doc.assessments[0].target).toMatchObject({ display: "3.50", reached: false, gap: { display: "0.42" } });
  });

  it("csv: a row per index, domain, aspect and indicator, with the provisional flag", async () => {
    const rows = (await render("score", "csv", pemdiModel())).trimEnd().split("\n");
    expect(rows[0]).toBe(
      "berkas,instansi,tahun,jenis,kerangka,sementara,tingkatan,id,induk,nama,bobot,nilai,tampilan,keterangan,dasar_predikat,predikat_dasar_lain,catatan,kode,label_predikat,potensi,target,target_tercapai,kurang_target,posisi_tahun,posisi_kategori,posisi_peringkat,posisi_dari,posisi_persentil,posisi_nasional,posisi_provinsi,posisi_peringkat_provinsi,posisi_dari_provinsi",
    );
    // every row as wide as the head
    expect(rows.every((r) => r.split(",").length >= 32)).toBe(true);
    expect(rows).toHaveLength(1 + 1 + 7 + 20);
    expect(rows[1]).toMatch(/,pemdi-2026,true,index,,,/);
  });

  it("csv: an indicator's row is its own assessment's, where another gives the same value too", async () => {
    // the cells of an indicator's row are written once for every assessment that gives it the value, and
    // taken only where the row says the same: a Score made by hand may pair a value with other words
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const text = ["instansi,indikator,tingkat", ...ids.map((id) => `A,${id},3`), ...ids.map((id) => `B,${id},3`)].join("\n");
    const report = score([read(text)]);
    const [a, b] = report.assessments as [ScoredAssessment, ScoredAssessment];
    const [first, ...others] = b.score!.indicators;
    // the value as the very object A's row has (a lean reading shares them so), other words beside it
    const value = a.score!.indicators[0]!.value;
    const own = { ...first!, value, levelName: "Nama Buatan", levelNameVerified: true, shortfall: rational(7n, 100n) };
    const handMade = { ...report, assessments: [a, { ...b, score: { ...b.score!, indicators: [own, ...others] } }] };
    const rows: Record<string, string>[] = parse(await render("score", "csv", handMade), { columns: true });
    const row = (instansi: string, id: string) => rows.find((r) => r.instansi === instansi && r.tingkatan === "indicator" && r.id === id)!;
    expect(row("A", "1").potensi).toBe(toDecimal(first!.shortfall));
    expect(row("A", "1").keterangan).toBe(first!.levelName);
    expect(row("B", "1")).toMatchObject({ potensi: "0.07", keterangan: "Nama Buatan" });
    expect(row("B", "2")).toEqual({ ...row("A", "2"), instansi: "B" });
  });
});

describe("diff renderers", () => {
  it("table and markdown: summary, sections, --top and the impact note with the total weight", async () => {
    const table = await render("diff", "table", diffModel(3));
    expect(table).toContain("Perbandingan Indeks SPBE (spbe-2020)");
    expect(table).toContain("Selisih: +0.56 (predikat berubah)");
    expect(table).toContain("3 dari 25 indikator yang berbeda ditampilkan (--top)");
    expect(table).toContain("jumlah bobot (100)");
    const md = await render("diff", "markdown", diffModel(), "en");
    expect(md).toContain("## Comparison of Indeks SPBE (spbe-2020)");
    expect(md).toContain("### Indicator");
  });

  it("table and markdown: two different instansi are said under the difference, not only among the findings at the end", async () => {
    const lines = (await render("diff", "table", unlikeModel(), "en")).split("\n");
    const at = lines.indexOf("Difference: +0.56 (predikat changes)");
    expect(lines[at + 1]).toBe(
      "warning: the two sides are different instansi ('Kabupaten Contoh (data contoh)' and 'Kota <b>Lain</b> & *Co* | x'): make sure they are the same assessment (--strict makes this an error)",
    );
    expect(lines[at + 2]).toBe("25 indicators higher in mandiri than in evaluasi, 0 lower, 22 equal");
    expect((await render("diff", "table", unlikeModel(true))).split("\n")).toContain(
      "galat: kedua sisi adalah instansi berbeda ('Kabupaten Contoh (data contoh)' dan 'Kota <b>Lain</b> & *Co* | x'): pastikan yang dibandingkan memang penilaian yang sama (galat karena --strict)",
    );
    const md = (await render("diff", "markdown", unlikeModel())).split("\n");
    const mdAt = md.indexOf("- Selisih: +0.56 (predikat berubah)");
    expect(md[mdAt + 1]).toBe(
      "- **peringatan:** kedua sisi adalah instansi berbeda ('Kabupaten Contoh (data contoh)' dan 'Kota &lt;b&gt;Lain&lt;/b&gt; &amp; \\*Co\\* \\| x'): pastikan yang dibandingkan memang penilaian yang sama (--strict menjadikannya galat)",
    );
    // the finding is still listed with the others
    expect(md.filter((l) => l.includes("diff/unlike"))).toHaveLength(1);
    // the same instansi: no such line
    expect(await render("diff", "table", diffModel())).not.toMatch(/^peringatan:/m);
  });

  it("json and csv: the delta and every indicator's impact", async () => {
    const doc = JSON.parse(await render("diff", "json", diffModel()));
    expect(doc.index.delta.display).toBe("0.56");
    expect(doc.indicators).toHaveLength(47);
    const csv = (await render("diff", "csv", diffModel())).split("\n");
    expect(csv[1]).toMatch(/^spbe-2020,false,index,,Indeks SPBE,100,3\.642,3\.084,0\.558,0\.56,,,$/);
  });

  it("pemdi: the codes users type (1.1–7.2) beside the numbers, in the table, JSON and CSV, as score and plan show them", async () => {
    const base = fixture("contoh-pemdi-2026.csv").toString("utf8");
    const changed = base.replace("7.2;Kepuasan Pengguna Layanan Digital Pemerintah;3,25", "7.2;Kepuasan Pengguna Layanan Digital Pemerintah;2,5");
    const sides = sidesFromTwoFiles(read(base, "pemdi-2026", "a.csv"), read(changed, "pemdi-2026", "b.csv"));
    if (!sides.ok) throw new Error("sides");
    const result = compareAssessments(sides.a, sides.b);
    const model: DiffReport = { result, findings: result.findings, top: undefined };
    const table = await render("diff", "table", model);
    expect(table).toMatch(/│ No │ Kode │ Indikator/);
    expect(table).toMatch(/│ 20 │ 7\.2 {2}│ Kepuasan Pengguna/);
    const doc = JSON.parse(await render("diff", "json", model));
    expect(doc.indicators[0]).toMatchObject({ id: "20", code: "7.2" });
    const csv = (await render("diff", "csv", model)).split("\n");
    expect(csv[0]!.split(",").at(-1)).toBe("kode");
    expect(
      csv
        .find((l) => l.includes(",indicator,20,"))!
        .split(",")
        .at(-1),
    ).toBe("7.2");
    // spbe-2020 has no codes: no column in the table, none in JSON, an empty cell in CSV
    expect(await render("diff", "table", diffModel())).not.toContain("Kode");
    expect(JSON.parse(await render("diff", "json", diffModel())).indicators[0]).not.toHaveProperty("code");
  });

  // (an exploratory review) score's HTML indicator table had no code column, while its notes named indicators by code
  it("pemdi: score's HTML indicator table has the code column the other formats have; spbe-2020's has none", async () => {
    const html = await render("score", "html", pemdiModel());
    const indicators = html.slice(html.indexOf('class="table-wrap indicators'));
    expect(indicators).toMatch(/<th[^>]*>No<\/th>\s*<th[^>]*>Kode<\/th>\s*<th[^>]*>Indikator<\/th>/);
    expect(indicators).toMatch(/>20<\/td>\s*<td[^>]*>7\.2<\/td>/);
    expect(await render("score", "html", scoreModel())).not.toMatch(/<th[^>]*>Kode<\/th>/);
  });

  // exploratory testing: with spbe-2020 against spbe-2018 the document's only framework was a's
  it("json: each side names its own framework; the top-level one stays side a's", async () => {
    const doc = JSON.parse(await render("diff", "json", mismatchModel(), "en"));
    expect(doc.framework.id).toBe("spbe-2020");
    expect(doc.a.framework).toEqual(doc.framework);
    expect(doc.b.framework).toMatchObject({ id: "spbe-2018", provisional: false, excludedIndicators: [] });
    expect(doc.b.framework.caveats).toEqual(fw("spbe-2018").caveats.map((c) => c.en));
    expect(doc.b.index).toMatchObject({ display: "1.92", predikat: "Cukup" });
    // a comparison made: both sides name the one framework
    const same = JSON.parse(await render("diff", "json", diffModel()));
    expect([same.a.framework.id, same.b.framework.id]).toEqual(["spbe-2020", "spbe-2020"]);
  });

  // exploratory testing: the table, Markdown and HTML said only "Tidak dapat dibandingkan", though the JSON gave a valid side its index
  it("table: a pair that cannot be compared still shows each side's file and framework, a valid side's index and predikat", async () => {
    expect(await render("diff", "table", brokenModel())).toBe(
      [
        "Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.",
        "mandiri: mandiri.csv · kerangka spbe-2020 · Indeks SPBE 3.64 — Sangat Baik",
        "b.csv · kerangka spbe-2020 · tidak sah: berisi galat (lihat temuan)",
        "",
      ].join("\n"),
    );
    // two frameworks: each side under its own, with the caveat of the 2018 bands its predikat rests on
    expect(await render("diff", "table", mismatchModel(), "en")).toBe(
      [
        "Cannot compare: fix the findings below first.",
        "mandiri: mandiri.csv · framework spbe-2020 · Indeks SPBE 3.64 — Sangat Baik",
        "2018.csv · framework spbe-2018 · Indeks SPBE 1.92 — Cukup",
        `Note (spbe-2018): ${fw("spbe-2018").caveats[0]!.en}`,
        "",
      ].join("\n"),
    );
  });

  it("markdown: the sides as a list before the findings, escaped", async () => {
    const md = await render("diff", "markdown", brokenModel(csvOf("spbe-2020", { "3": "" }, 3), "b_|<x>.csv"));
    expect(md).toContain(
      [
        "**Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.**",
        "",
        "- mandiri: mandiri.csv · kerangka spbe-2020 · Indeks SPBE 3.64 — Sangat Baik",
        "- b\\_\\|&lt;x&gt;.csv · kerangka spbe-2020 · tidak sah: berisi galat (lihat temuan)",
        "",
      ].join("\n"),
    );
    const en = await render("diff", "markdown", mismatchModel(), "en");
    expect(en).toContain("- 2018.csv · framework spbe-2018 · Indeks SPBE 1.92 — Cukup\n\n> Note (spbe-2018): ");
  });

  it("csv: a pair that cannot be compared is the header alone, also with a valid side", async () => {
    for (const model of [brokenModel(), mismatchModel()]) expect((await render("diff", "csv", model)).trimEnd().split("\n")).toHaveLength(1);
  });

  it("says the comparison could not be made when there is no result", async () => {
    expect(await render("diff", "table", { result: null, findings: [], top: undefined })).toBe(
      "Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.\n",
    );
  });
});

describe("notes that depend on the scores (found by an adversarial review)", () => {
  const levelsFile = (name: string, levels: Record<string, number>) =>
    read(["indikator,tingkat", ...fw("spbe-2020").indicators.map((i) => `${i.id},${levels[i.id] ?? 1}`), ""].join("\n"), "spbe-2020", name);
  const fives = (ids: number[]) => Object.fromEntries(ids.map((i) => [String(i), 5]));

  it("names the aspects that pull the index down as many as there are: 'three' only for three", async () => {
    const allFive = Object.fromEntries(fw("spbe-2020").indicators.map((i) => [i.id, i.id === "30" ? 4 : 5]));
    const one = score([levelsFile("satu.csv", allFive)]);
    expect(one.assessments[0]!.score!.weakestAspects).toHaveLength(1);
    const md = await render("score", "markdown", one);
    expect(md).toContain("▼ Aspek yang menurunkan indeks (potensi");
    expect(md).not.toContain("Tiga aspek");
    expect(await render("score", "html", one)).toContain("<h3>Aspek yang menurunkan indeks</h3>");
  });

  it("diff says side a's basis note before side b's", async () => {
    // exact 1.7975 (shown 1.80) and 3.4985 (shown 3.50): each side's two readings give different bands
    const a = levelsFile("a.csv", { ...fives([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]), "11": 3, "32": 2 });
    const b = levelsFile("b.csv", {
      ...fives([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 34, 35]),
      "1": 2,
      "11": 4,
      "21": 3,
      "32": 4,
    });
    const sides = sidesFromTwoFiles(a, b);
    if (!sides.ok) throw new Error("sides");
    const result = compareAssessments(sides.a, sides.b);
    const lines = (await render("diff", "table", { result, findings: result.findings, top: undefined })).split("\n");
    const noteOf = (label: string) => lines.findIndex((l) => l.startsWith(`${label}: `) && l.includes("indeks tepat"));
    expect(noteOf("a.csv")).toBeGreaterThan(-1);
    expect(noteOf("a.csv")).toBeLessThan(noteOf("b.csv"));
  });
});

describe("decimalsIn: a sentence's decimals in the page's mark", () => {
  it("turns numbers, signed or at a sentence's end, and leaves names and dotted lists alone", () => {
    expect(decimalsIn("3.64 Sangat Baik; 0.01 poin (3.65, Kab. X); perubahan -0.05; biaya 100.5.", "id")).toBe(
      "3,64 Sangat Baik; 0,01 poin (3,65, Kab. X); perubahan -0,05; biaya 100,5.",
    );
    expect(decimalsIn("berkas biaya-2024.12.csv, 2024.12.csv, v1.2, 5.12.2024, a/1.5", "id")).toBe(
      "berkas biaya-2024.12.csv, 2024.12.csv, v1.2, 5.12.2024, a/1.5",
    );
    expect(decimalsIn("3.64", "en")).toBe("3.64");
  });
});

describe("framework renderers", () => {
  const list: FrameworkView = { kind: "list", frameworks: builtinFrameworks() };
  const detail: FrameworkView = { kind: "detail", framework: fw("pemdi-2026") };

  it("table: the list, and one framework's sections with codes and band labels", async () => {
    expect(await render("framework", "table", list)).toMatch(/spbe-2020 .*│ +47 │/);
    const out = await render("framework", "table", detail, "en");
    expect(out).toContain("pemdi-2026 — ");
    expect(out).toContain("│ Code │");
    expect(out).toContain("Unggul");
    expect(out).toContain("Levels: 1–5 (fractions allowed)");
  });

  // found by an exploratory tester: Pemdi has no domain tier, yet its aspects had a Domain column blank on every row
  it("an aspect table has a Domain column only where the framework has domains", async () => {
    const pemdi = await render("framework", "markdown", detail);
    expect(pemdi).toContain("## Aspek\n\n| No | Aspek | Bobot |\n|---|---|---:|\n| 1 | Tata Kelola dan Manajemen | 10 |");
    expect(await render("framework", "table", detail, "en")).not.toMatch(/│ Domain │/);
    const tiered = await render("framework", "markdown", { kind: "detail", framework: fw("spbe-2018") });
    expect(tiered).toContain("| No | Aspek | Domain | Bobot |\n|---|---|---|---:|\n| 1 | Kebijakan Internal Tata Kelola SPBE | 1 | 7 |");
  });

  it("markdown and json", async () => {
    expect(await render("framework", "markdown", detail)).toContain("## Predikat\n\n| Predikat | Rentang |  |");
    const doc = JSON.parse(await render("framework", "json", list));
    expect(doc.frameworks.map((f: { id: string }) => f.id)).toEqual(["spbe-2020", "spbe-2018", "pemdi-2026"]);
    // the bands say which edge is in them (found by a fidelity review: a JSON reader could not tell)
    const bands = JSON.parse(await render("framework", "json", detail)).framework.bands;
    expect(bands.map((b: { min: string | null; max: string; maxInclusive: boolean }) => [b.min, b.max, b.maxInclusive])).toEqual([
      ["4", "5", true],
      ["3.5", "4", false],
      ["2.5", "3.5", false],
      ["1.5", "2.5", false],
      [null, "1.5", false],
    ]);
  });
});

describe("html renderers", () => {
  /** The page's visible text, roughly: tags dropped, the five entities decoded. */
  const text = (html: string) =>
    html
      .replace(/<style>[\s\S]*?<\/style>/, "")
      .replace(/<title>[^<]*<\/title>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ");
  const charts = (html: string) => html.match(/<svg [^>]*role="img"/g) ?? [];

  it("score: one self-contained document with no script, the headline with its maturity name, target and charts", async () => {
    const html = await render("score", "html", scoreModel());
    expect(html.startsWith('<!doctype html>\n<html lang="id">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    const page = text(html);
    expect(page).toContain("Indeks SPBE 3,08 Baik");
    expect(page).toContain("Tingkat kematangan: 3,08 — Terdefinisi");
    // a reading of Tabel 1's process levels, which the regulation does not give an index: said as such
    expect(page).toContain(
      "(tingkat 3 tercapai: indeks yang ditampilkan dibulatkan ke bawah; bacaan atas tingkat proses Tabel 1, bukan penilaian dari regulasi)",
    );
    expect(page).toContain("Target 3,50 (Sangat Baik): kurang 0,42 poin");
    expect(page).toContain("Tiga aspek yang paling menurunkan indeks");
    // the band scale, the radar of the domains and the bars of the aspects
    expect(charts(html)).toHaveLength(3);
    expect(html).toContain('aria-label="Diagram radar indeks per domain, skala 0 sampai 5"');
    expect(html).toContain('<section class="findings-doc">');
  });

  it("score: decimal commas in Bahasa Indonesia, points in English, and only the mark changes", async () => {
    const id = text(await render("score", "html", scoreModel()));
    const en = text(await render("score", "html", scoreModel(), "en"));
    expect(id).toMatch(/ Manajemen SPBE 16,5 \d,\d\d /);
    expect(en).toContain("Maturity level: 3.08 — Terdefinisi");
    expect(en).toContain("(level 3 reached: the displayed index rounded down; a reading of Tabel 1's process levels, not a rating the regulation gives)");
    expect(en).toContain("Target 3.50 (Sangat Baik): 0.42 points short");
    expect(en).toMatch(/ Manajemen SPBE 16\.5 \d\.\d\d /);
    expect(en).not.toMatch(/\d,\d\d\b/);
  });

  it("score: the indicator table carries level, level name, bukti, catatan and the owner", async () => {
    const csv = [
      "indikator,tingkat,bukti,catatan,opd",
      ...fw("spbe-2020").indicators.map(
        (i) => `${i.id},${i.id === "1" ? 2 : 3},${i.id === "1" ? "SK 1/2024" : ""},${i.id === "1" ? "perlu reviu" : ""},Diskominfo`,
      ),
    ].join("\n");
    const html = await render("score", "html", score([read(csv, "spbe-2020", "opd.csv")]));
    // bukti and catatan are the file's prose, wrapped inside a long word (a link) where they must be
    expect(html).toContain('<th scope="col" class="text">Bukti</th><th scope="col" class="text">Catatan</th><th scope="col">Penanggung jawab</th>');
    expect(html).toContain('<td class="text" data-label="Bukti">SK 1/2024</td>');
    expect(text(html)).toContain(
      "1 Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah 1,3 2 Terkelola 0,04 SK 1/2024 perlu reviu Diskominfo",
    );
    expect(html).toContain('<td data-label="Penanggung jawab">Diskominfo</td>');
  });

  it("score: everything from the input is escaped, in text and in attributes", async () => {
    const evil = `<script>alert(1)</script>`;
    const attr = `" onmouseover="alert(2)`;
    const rows = fw("spbe-2020").indicators.map((i) => `"${evil}",2024,${i.id},3,"${attr.replace(/"/g, '""')}","${evil}","<img src=x onerror=alert(3)>"`);
    const csv = ["instansi,tahun,indikator,tingkat,bukti,catatan,pj", ...rows].join("\n");
    const html = await render("score", "html", score([read(csv, "spbe-2020", `"><svg onload=alert(4)>.csv`)]));
    expect(html).not.toMatch(/<script|<img|<svg onload| onmouseover="/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot; onmouseover=&quot;alert(2)");
    expect(text(html)).toContain(`${evil} · 2024`);
    expect(text(html)).toContain("<img src=x onerror=alert(3)>");
  });

  it("diff that cannot be compared: a card per side, a valid one with its index and predikat, one with errors not valid", async () => {
    const html = await render("diff", "html", brokenModel());
    expect(html.match(/class="index-value"/g)).toHaveLength(1);
    expect(html.match(/<div class="side">/g)).toHaveLength(2);
    const page = text(html);
    expect(page).toContain("Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu. mandiri 3,64 Sangat Baik Indeks SPBE · kerangka spbe-2020");
    expect(page).toContain("b.csv tidak sah: berisi galat (lihat temuan) kerangka spbe-2020 b.csv");
    const en = text(await render("diff", "html", mismatchModel(), "en"));
    expect(en).toContain(`Note (spbe-2018): ${fw("spbe-2018").caveats[0]!.en}`);
    expect(en).toContain("2018.csv 1.92 Cukup Indeks SPBE · framework spbe-2018");
  });

  // found by a review: two frameworks, and the page's only heading was the generic "Laporan spbe diff"
  it("diff that cannot be compared: the heading and title name the sides' frameworks, both where they differ", async () => {
    const heading = (html: string) => [html.match(/<title>(.*?)<\/title>/)![1], html.match(/<h1>(.*?)<\/h1>/)![1]];
    expect(heading(await render("diff", "html", mismatchModel()))).toEqual(Array(2).fill("Laporan spbe diff: kerangka spbe-2020 dan spbe-2018"));
    expect(heading(await render("diff", "html", mismatchModel(), "en"))).toEqual(Array(2).fill("spbe diff report: frameworks spbe-2020 and spbe-2018"));
    // one framework, a side with errors: that framework, once
    expect(heading(await render("diff", "html", brokenModel()))).toEqual(Array(2).fill("Laporan spbe diff: kerangka spbe-2020"));
    // sides never formed: no framework to name
    expect(heading(await render("diff", "html", { result: null, findings: [], top: undefined }))).toEqual(Array(2).fill("Laporan spbe diff"));
    // a framework built in code is not held to the file schema's id pattern: its id is escaped too
    const odd = { ...fw("spbe-2018"), id: "<i>x&y</i>" };
    const sides = sidesFromTwoFiles(
      read(fixture("contoh-spbe-2020-mandiri.csv"), "spbe-2020", "mandiri.csv"),
      buildAssessments(readTable(fixture("contoh-spbe-2018.csv"), { file: "2018.csv" }), odd),
    );
    if (!sides.ok) throw new Error("sides");
    const result = compareAssessments(sides.a, sides.b);
    const html = await render("diff", "html", { result, findings: result.findings, top: undefined });
    expect(html).not.toContain("<i>");
    expect(heading(html)[1]).toBe("Laporan spbe diff: kerangka spbe-2020 dan &lt;i&gt;x&amp;y&lt;/i&gt;");
  });

  it("diff that cannot be compared: everything from the input is escaped", async () => {
    const evil = `<script>alert(1)</script>`;
    const b = csvOf("spbe-2020", { "3": "" }, 3)
      .replace(/^indikator,tingkat\n/, "instansi,indikator,tingkat\n")
      .replace(/\n(?=.)/g, `\n"${evil}",`);
    const html = await render("diff", "html", brokenModel(b, `"><svg onload=alert(4)>.csv`));
    expect(html).not.toMatch(/<script|<svg onload/i);
    expect(text(html)).toContain(`${evil} · "><svg onload=alert(4)>.csv`);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("score, Pemdi: the band's own name, a radar of the aspects, the provisional notice; --without-external says indicative", async () => {
    const html = await render("score", "html", pemdiModel());
    const page = text(html);
    expect(page).toContain("Indeks Pemdi 2,78 Baik");
    expect(page).toContain("Tingkat kematangan: 2,78 — Berkembang");
    expect(page).toContain("SEMENTARA (provisional)");
    expect(html).toContain('aria-label="Diagram radar indeks per aspek, skala 0 sampai 5"');
    expect(page).toContain("Indeks per aspek (nomor aspek seperti pada diagram batang)");
    const partial = withoutExternal(fw("pemdi-2026"))!;
    const table = readTable(fixture("contoh-pemdi-2026-eksternal-belum-ada.csv"), { file: "pemdi.csv" });
    const indicative = text(await render("score", "html", score([buildAssessments(table, partial)]), "en"));
    // (an exploratory review) in the report's language: English reports said "(tanpa indikator eksternal)"
    expect(indicative).toMatch(/Indeks Pemdi \(without external indicators\) \d\.\d\d \w+ (\w+ )?\(indicative\)/);
    expect(indicative).toContain("This is not the official index.");
    const indonesian = text(await render("score", "html", score([buildAssessments(table, partial)]), "id"));
    expect(indonesian).toMatch(/Indeks Pemdi \(tanpa indikator eksternal\) \d,\d\d \w+ (\w+ )?\(indikatif\)/);
    // the framework's own name is left as the file gives it
    expect(partial.indexName).toBe("Indeks Pemdi");
  });

  it("score: the predikat-basis note where the exact and displayed index disagree, with the page's decimal mark", async () => {
    const five = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13].map(String);
    const level = (id: string) => (five.includes(id) ? 5 : id === "11" ? 3 : id === "32" ? 2 : 1);
    const csv = ["tahun,indikator,tingkat", ...fw("spbe-2020").indicators.map((i) => `2024,${i.id},${level(i.id)}`)].join("\n");
    const page = text(await render("score", "html", score([read(csv)])));
    expect(page).toContain("1,80 Kurang");
    expect(page).toContain("(indeks tepat 1,7975 di bawah batas 1,80; predikat dari indeks tepat, aturan KemenPANRB 2024)");
    expect(page).toContain("Tingkat kematangan: 1,80 — Rintisan");
  });

  it("score: a framework of two tiers gets the bars but no radar (two axes make no shape)", async () => {
    const two = JSON.parse(JSON.stringify(pemdi2026));
    two.id = "dua-aspek";
    two.aspects = two.aspects.slice(0, 2).map((a: any) => ({ ...a, weight: "50", indicators: a.indicators.map((i: any) => ({ ...i, weight: "25" })) }));
    const parsed = parseFramework(two);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const table = readTable(new TextEncoder().encode("indikator,tingkat\n1,3\n2,4\n3,2\n4,5\n"), { file: "dua.csv" });
    const html = await render("score", "html", score([buildAssessments(table, parsed.framework)]));
    expect(html).not.toContain("Diagram radar");
    expect(html).toContain('aria-label="Diagram batang indeks per aspek');
    expect(charts(html)).toHaveLength(2);
  });

  it("score: an invalid assessment is not scored: it says so and lists its findings; the findings table closes the page", async () => {
    const report = score([read(fixture("tidak-sah/nilai-salah.csv"), "spbe-2020", "nilai-salah.csv")]);
    const html = await render("score", "html", report);
    expect(text(html)).toContain("Tidak dihitung: perbaiki temuan di bawah ini dulu.");
    expect(html).toContain("<code>value/invalid</code>");
    expect(charts(html)).toHaveLength(0);
    expect(html.match(/<td data-label="Kode">[a-z]+\/[a-z-]+<\/td>/g)).toHaveLength(report.findings.length);
    const none = await render("score", "html", { files: [], assessments: [], findings: [] });
    expect(text(none)).toContain("Tidak ada penilaian yang terbaca; lihat temuan.");
    expect(text(none)).toContain("Tidak ada temuan.");
  });

  it("diff: both indices with their predikat, the difference, paired bars per aspect, the top impacts", async () => {
    const html = await render("diff", "html", diffModel(3));
    const page = text(html);
    expect(page).toContain("Perbandingan Indeks SPBE (spbe-2020)");
    expect(page).toContain("mandiri 3,64 Sangat Baik");
    expect(page).toContain("evaluasi 3,08 Baik");
    expect(page).toContain("Selisih: +0,56 (predikat berubah)");
    expect(page).toContain("3 dari 25 indikator yang berbeda ditampilkan (--top)");
    expect(page).toContain("40 Tingkat Kematangan Layanan Akuntabilitas Kinerja Organisasi 2,75 5 3 +2 +0,06");
    expect(html).toContain('aria-label="Diagram batang berpasangan: indeks per aspek, mandiri (atas) dan evaluasi (bawah)"');
    // band scale with both marks, paired bars, two-series radar
    expect(charts(html)).toHaveLength(3);
    const impactTable = html.slice(html.indexOf('<section class="impact">'), html.indexOf('<section class="details">'));
    expect(impactTable.match(/<tr><td/g)).toHaveLength(3);
    expect(text(await render("diff", "html", diffModel(), "en"))).toContain("Difference: +0.56 (predikat changes)");
  });

  it("diff: two different instansi are a banner beside the difference, escaped, the finding kept at the end", async () => {
    const html = await render("diff", "html", unlikeModel(), "en");
    const summary = html.slice(html.indexOf('<section class="summary">'), html.indexOf("</section>"));
    expect(summary).toContain(
      '<p class="delta">Difference: +0.56 (predikat changes)</p>\n<p class="notice unlike"><strong>warning:</strong> the two sides are different instansi (&#39;Kabupaten Contoh (data contoh)&#39; and &#39;Kota &lt;b&gt;Lain&lt;/b&gt; &amp; *Co* | x&#39;): make sure they are the same assessment (--strict makes this an error)</p>',
    );
    expect(html).not.toContain("<b>Lain</b>");
    expect(html.slice(html.indexOf('<section class="findings-doc">'))).toContain("diff/unlike");
    expect(await render("diff", "html", unlikeModel(true))).toContain(
      '<p class="notice unlike bad"><strong>galat:</strong> kedua sisi adalah instansi berbeda',
    );
    expect(await render("diff", "html", diffModel())).not.toContain("notice unlike");
  });

  it("diff: says the comparison could not be made, and lists the findings", async () => {
    const html = await render("diff", "html", { result: null, findings: [], top: undefined });
    expect(text(html)).toContain("Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.");
    expect(charts(html)).toHaveLength(0);
  });
});

describe("maturity name of an index", () => {
  const at = (levels: Record<string, number>, base: number) => scoreOf(csvOf("spbe-2020", levels, base));

  it("spbe-2020: the process level the displayed index has reached, rounded down", () => {
    expect(maturityOf(at({}, 2))).toEqual({ name: "Terkelola", level: 2, verified: true });
    expect(maturityOf(at({ "1": 5 }, 2))?.name).toBe("Terkelola");
    expect(maturityOf(at({}, 5))?.name).toBe("Optimum");
    // every indicator at 3 but one at 2 with weight 1.3: 2.987 shows 2.99 — not yet Terdefinisi
    expect(maturityOf(at({ "1": 2 }, 3))).toMatchObject({ name: "Terkelola", level: 2 });
  });

  it("reads the displayed index, so the name never contradicts the number printed beside it", () => {
    // all at 3, indicator 11 (weight 2.5) at 4 and 45 (weight 3) at 2: exact 2.995, shown 3.00 (half up)
    const edge = at({ "11": 4, "45": 2 }, 3);
    expect([toText(edge.index.value), edge.index.display]).toEqual(["2.995", "3.00"]);
    expect(maturityOf(edge)).toMatchObject({ name: "Terdefinisi", level: 3 });
  });

  it("Pemdi quotes its band's name; spbe-2018 names only service levels, so its index has none", () => {
    expect(maturityOf(pemdiModel().assessments[0]!.score!)).toEqual({ name: "Berkembang", level: null, verified: true });
    const s2018 = score([read(fixture("contoh-spbe-2018.csv"), "spbe-2018", "2018.csv")]).assessments[0]!.score!;
    expect(maturityOf(s2018)).toBeNull();
  });
});

describe("rank and trend renderers", () => {
  const charts = (html: string) => html.match(/<svg [^>]*role="img"/g) ?? [];
  const table = (text: string, user: boolean, source: string) =>
    entriesOf(readInput(new TextEncoder().encode(text), { file: source, framework: fw("spbe-2020"), frameworks: builtinFrameworks() }), { user, source })
      .entries;
  const HOSTILE = '=HYPERLINK("http://x")<script>alert(1)</script>';
  const national = table(
    "tahun,kategori,provinsi,instansi,d1,d2,d3,d4,indeks,predikat\n2024,kabupaten,Jawa Barat,Kab. A,4.00,4.00,4.00,4.00,4.00,Sangat Baik\n2024,kabupaten,Jawa Barat,Kab. B,3.00,3.00,3.00,3.00,3.00,Baik\n",
    false,
    "nasional-2024",
  );
  const before = table("tahun,kategori,provinsi,instansi,indeks,predikat\n2023,kabupaten,Jawa Barat,Kab. A,3.73,Sangat Baik\n", false, "nasional-2023");
  const mine = table(`instansi,tahun,kategori,provinsi,indeks\n"${HOSTILE.replace(/"/g, '""')}",2024,kabupaten,Jawa Barat,3.50\n`, true, "mine.csv");
  const rankModel = () => rank([...before, ...national, ...mine], { kategori: "kabupaten" });
  const trendModel = () => trend([...before, ...national], { target: "Memuaskan" });

  // (an exploratory review) an exact 1.7975 shown 1.80 is Kurang in 2024 (exact basis) and Cukup by its display:
  // score said so, rank and trend showed "1.80 Kurang" without a word
  it("rank and trend mark an entry whose exact and displayed index give different predikat, and say why", async () => {
    const five = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13].map(String);
    const level = (id: string) => (five.includes(id) ? 5 : id === "11" ? 3 : id === "32" ? 2 : 1);
    const csv = ["instansi,tahun,indikator,tingkat", ...fw("spbe-2020").indicators.map((i) => `Kab. Tepi,2024,${i.id},${level(i.id)}`)].join("\n");
    const edge = table(csv, true, "tepi.csv");
    const note = "◊ Kab. Tepi (2024): the exact index 1.7975 is below the 1.80 edge; predikat Kurang from the exact index (the other basis gives Cukup)";
    const ranked = await render("rank", "markdown", rank([...national, ...edge]), "en");
    expect(ranked).toMatch(/\| Kab\. Tepi \\\* \|.*\| 1\.80 \| Kurang ◊ \|/);
    expect(ranked).toContain(note);
    const trended = await render("trend", "table", trend(edge), "en");
    expect(trended).toMatch(/│ 2024 +│ +1\.80 │ Kurang ◊ +│/);
    expect(trended).toContain(note);
    const doc = JSON.parse(await render("rank", "json", rank(edge)));
    expect(doc.groups[0].rows[0].index).toEqual({
      value: 1.8,
      display: "1.80",
      predikat: "Kurang",
      exact: 1.7975,
      predikatBasis: "exact",
      predikatOtherBasis: "Cukup",
    });
    // both readings agree: no mark, no note, no field
    expect(await render("rank", "markdown", rank(national), "en")).not.toContain("◊");
    expect(JSON.parse(await render("rank", "json", rank(national))).groups[0].rows[0].index).not.toHaveProperty("predikatOtherBasis");
  });

  it("rank table and markdown: summary, the ranking with the user's row marked, the change, the standing", async () => {
    const out = await render("rank", "table", rankModel());
    expect(out).toContain("Peringkat Indeks SPBE 2024 — kategori kabupaten");
    expect(out).toContain("3 instansi · rata-rata 3.50 · median 3.50 · terendah 3.00 · tertinggi 4.00");
    expect(out).toMatch(/│ +1 │ Kab\. A +│ Jawa Barat │ +4\.00 │ Sangat Baik │ 4\.00 │ 4\.00 │ 4\.00 │ 4\.00 │ +\+0\.27 │/);
    expect(out).toContain("* masukan Anda");
    expect(out).toContain("peringkat 2 dari 3 kabupaten secara nasional (persentil 33); 0.50 poin lagi untuk peringkat 1 (4.00, Kab. A)");
    const md = await render("rank", "markdown", rankModel(), "en");
    expect(md).toContain("### Standing");
    // a name from the input cannot open a tag or a formula in Markdown
    expect(md).not.toContain("<script>");
    expect(md).toContain("&lt;script&gt;");
  });

  it("rank json follows the contract; csv neutralises a formula; html escapes and highlights the user's row", async () => {
    const doc = JSON.parse(await render("rank", "json", rankModel()));
    expect(Object.keys(doc)).toEqual([
      "schemaVersion",
      "tahun",
      "filters",
      "previousYear",
      "unmatched",
      "groups",
      "standing",
      "frameworks",
      "faults",
      "findings",
    ]);
    expect(doc.groups[0].rows[1]).toMatchObject({ rank: 2, instansi: HOSTILE, user: true, change: null, source: "mine.csv" });
    const csv = await render("rank", "csv", rankModel());
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")<script>alert(1)</script>"`);
    const html = await render("rank", "html", rankModel());
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/<tr class="mine">.*&lt;script&gt;/);
    expect(charts(html)).toHaveLength(1);
  });

  it("trend html: a year under Pemdi is drawn over Pemdi's bands, not the earlier framework's", async () => {
    const rows = table(
      "tahun,kategori,provinsi,instansi,indeks,predikat\n2024,kabupaten,Jawa Barat,Kab. A,3.60,Sangat Baik\n2026,kabupaten,Jawa Barat,Kab. A,4.10,Memuaskan\n",
      false,
      "hasil.csv",
    );
    const html = await render("trend", "html", trend(rows, {}));
    // Pemdi's Memuaskan starts at 4,00 (4,10 is Memuaskan there); SPBE's at 4,20 (4,10 would read Sangat Baik)
    expect(html).toContain("<title>Memuaskan: 4,00 ≤ indeks ≤ 5,00</title>");
    expect(html).toContain("<title>Memuaskan: 4,20 ≤ indeks ≤ 5,00</title>");
    // the title names the indices the trend runs through (it named the first year's only: "Tren Indeks SPBE")
    const pemdi = "Indeks Pemdi";
    expect(html).toContain(`<h1>Tren Indeks SPBE → ${pemdi}: Kab. A</h1>`);
    expect(await render("trend", "table", trend(rows, {}))).toContain(`Tren Indeks SPBE → ${pemdi}`);
  });

  it("trend in every format: years, the change, the predikat change, the target", async () => {
    const out = await render("trend", "table", trendModel());
    expect(out).toMatch(/Kab\. A +│ kabupaten │ Jawa Barat │ +3\.73 │ +4\.00 │ +\+0\.27 │ Sangat Baik +│ Memuaskan: kurang 0\.20 \(2024\)/);
    const doc = JSON.parse(await render("trend", "json", trendModel()));
    expect(Object.keys(doc)).toEqual(["schemaVersion", "years", "filters", "undated", "instansi", "frameworks", "findings"]);
    expect(doc.instansi[0].target).toMatchObject({ predikat: "Memuaskan", reached: false, gap: { display: "0.20" } });
    expect((await render("trend", "csv", trendModel())).split("\n")[2]).toBe(
      "Kab. A,kabupaten,Jawa Barat,2024,spbe-2020,4.00,Sangat Baik,0.27,2023,false,nasional-2024,false,4.20,false,0.20,false,,evaluasi,,,,false",
    );
    expect(await render("trend", "markdown", trendModel(), "en")).toContain(
      "| Kab. B | kabupaten | Jawa Barat |  | 3.00 |  | Baik | Memuaskan: 1.20 short (2024) |",
    );
    const html = await render("trend", "html", trendModel());
    expect(charts(html)).toHaveLength(2);
    // the target line's tooltip in the page's decimal mark (it said "kurang 0.20")
    expect(html).toContain("kurang 0,20 (2024)");
    expect(html).not.toMatch(/kurang 0\.20/);
  });

  it("trend: the target column says the target as read, not as the cell typed it", async () => {
    // an Indonesian Excel table: "4,2" and "sangat baik" were shown as typed, a decimal comma in English
    // output beside the "4.20" of the one-instansi line and the CSV
    const rows = table("instansi;tahun;indeks;target\nKab. A;2024;3,90;4,2\nKab. B;2024;3,00;sangat baik\n", true, "rpjmd.csv");
    const en = await render("trend", "markdown", trend(rows, {}), "en");
    expect(en).toContain("| Kab. A | kabupaten |  | 3.90 |  | Sangat Baik | 4.20: 0.30 short (2024) |");
    expect(en).toContain("| Kab. B | kabupaten |  | 3.00 |  | Baik | Sangat Baik: 0.50 short (2024) |");
    expect(en).not.toContain("4,2");
    expect(await render("trend", "html", trend(rows, {}), "en")).toContain("4.20: 0.30 short (2024)");
    expect(await render("trend", "html", trend(rows, {}))).toContain("4,20: kurang 0,30 (2024)");
  });

  // the other formats said a framework's caveats and the CSV none: a spreadsheet made from it lost them
  // `sementara`, `catatan`: the two columns before the last (`jenis`, appended after them)
  // (the two before jenis; after it, rank's predikat_other_basis: lines below are cut to end at jenis)
  const lastTwo = (line: string) => line.split(",").slice(-3, -1);
  it("rank and trend csv: every row says its own framework's provisional flag and caveats, before its jenis", async () => {
    // rows of 2018 and 2020 alternating down the ranking (--allow-mixed): each row its own framework's cells
    const mixed = table(
      "tahun,instansi,indeks,kerangka\n2024,Kab. A,3.00,spbe-2018\n2024,Kab. B,2.90,spbe-2020\n2024,Kab. C,2.80,spbe-2018\n",
      false,
      "hasil.csv",
    );
    const caveat2018 = fw("spbe-2018").caveats[0]!.en;
    const rankOut = (await render("rank", "csv", rank(mixed, { allowMixed: true }), "en")).trim().split("\n");
    expect(rankOut[0]).toMatch(/,fault,provisional,caveats,type,predikat_other_basis,change_from_fault$/);
    // predikat_other_basis and change_from_fault, later still, set aside (printed rows of their own year's rule,
    // no year before: blank)
    expect(rankOut.slice(1).every((l) => l.endsWith(",,"))).toBe(true);
    const rankLines = rankOut.map((l) => l.replace(/,[^,]*,[^,]*$/, ""));
    expect(rankLines.slice(1).map((l) => [l.split(",")[2], l.split(",")[6], ...lastTwo(l)])).toEqual([
      ["Kab. A", "spbe-2018", "false", caveat2018],
      ["Kab. B", "spbe-2020", "false", ""],
      ["Kab. C", "spbe-2018", "false", caveat2018],
    ]);
    const pemdi = table("tahun,instansi,indeks\n2024,Kab. A,3.00\n2026,Kab. A,3.20\n", false, "hasil.csv");
    // trend's target_reached_since, predikat_other_basis, target_for_year and change_from_fault, later still, set
    // aside (no target, no re-reading, no fault: blank or false)
    const trendOut = (await render("trend", "csv", trend(pemdi), "en")).trim().split("\n");
    expect(trendOut[0]).toMatch(/,target_gap,provisional,caveats,type,target_reached_since,predikat_other_basis,target_for_year,change_from_fault$/);
    expect(trendOut.slice(1).every((l) => /,,,,(false)?$/.test(l))).toBe(true);
    const trendLines = trendOut.map((l) => l.replace(/,[^,]*,[^,]*,[^,]*,[^,]*$/, ""));
    // the national rows (not the user's) are evaluasi; a gap year has none
    expect(trendLines.slice(1).map((l) => l.split(",").at(-1))).toEqual(["evaluasi", "", "evaluasi"]);
    // the gap year (2025) is of no framework: blank
    expect(trendLines.slice(1).map((l) => l.split(",")[3])).toEqual(["2024", "2025", "2026"]);
    expect(trendLines.slice(1, 3).map(lastTwo)).toEqual([
      ["false", ""],
      ["", ""],
    ]);
    expect(trendLines[3]).toMatch(
      /,true,"Indeks Pemdi 2026 is provisional: weights and predikat bands come from third-party copies of PermenPANRB 8\/2026, not from the official text\.",evaluasi$/,
    );
  });

  it("rank and trend csv: a framework file's caveat that reads as a formula is neutralised like any cell", async () => {
    const hostile = { ...fw("spbe-2020"), id: "kanwil", caveats: [{ id: '=HYPERLINK("http://x")', en: "@SUM(A1)" }] };
    const rows = national.map((e) => ({ ...e, framework: hostile }));
    expect((await render("rank", "csv", rank(rows))).trim().split("\n")[1]).toMatch(/,false,"'=HYPERLINK\(""http:\/\/x""\)",evaluasi,,$/);
    expect((await render("trend", "csv", trend(rows), "en")).trim().split("\n")[1]).toMatch(/,false,'@SUM\(A1\),evaluasi,,,,$/);
  });
});
