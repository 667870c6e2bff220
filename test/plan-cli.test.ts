/**
 * `spbe plan` end to end, in-process (`spbe()` runs `main` as the binary
 * does), and every plan renderer of the registry on its own: what a reader
 * must find in each format, the JSON contract of the issue, the exit codes
 * (0 planned, 1 data invalid or the target out of reach, 2 could not run).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { add, div, fromInt, mul, parseDecimal, sub, toDecimal } from "../src/core/rational.js";
import { parsePlanTarget, plan } from "../src/plan/plan.js";
import { shareAxis } from "../src/report/plan-html.js";
import { formatsOf, rendererFor } from "../src/report/registry.js";
import { kanwilOnHundred, read, renderOptions } from "./helpers.js";
import { ROOT, spbe } from "./run-cli.js";

const PJ = "fixtures/contoh-spbe-2020-pj.csv";
const PEMDI = "fixtures/contoh-pemdi-2026.csv";
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const model = () => plan(read(fixture("contoh-spbe-2020-pj.csv"), "spbe-2020", "pj.csv"));
const renderPlan = async (format: string, m = model(), lang: "id" | "en" = "id") => (await rendererFor("plan", format)!.load())(m, renderOptions(lang));
const tmp = () => mkdtempSync(join(tmpdir(), "spbe-plan-"));

describe("plan renderers", () => {
  it("are registered for every format, the table first", () => {
    expect(formatsOf("plan")).toEqual(["table", "json", "csv", "markdown", "html"]);
  });

  it("table: now, target, objective, result; raises by domain and aspect; criteria; owners; projection; total", async () => {
    const out = await renderPlan("table");
    expect(out).toContain("Sekarang: 3.08 — Baik");
    expect(out).toContain("Target: 3.50 Sangat Baik (predikat berikutnya); dinilai dari indeks tepat (aturan KemenPANRB 2024)");
    expect(out).toContain("Hasil: 15 langkah → 3.52 — Sangat Baik: target tercapai");
    expect(out).toContain("Domain 4 Layanan SPBE › Aspek 8 Layanan Publik Berbasis Elektronik");
    expect(out).toMatch(/│ 45 │ Tingkat Kematangan Layanan Publik Sektor 1 +│ +3 │ +5 │ Optimum +│ +3 │ \+0\.06 │ Disdukcapil/);
    expect(out).toContain("Yang dibutuhkan tingkat yang dituju");
    expect(out).toContain("Kriteria Tingkat Kolaborasi telah terpenuhi.");
    expect(out).toContain("Sumber: PermenPANRB No. 59 Tahun 2020, Lampiran, Tabel 2");
    expect(out).toMatch(/│ Disdukcapil +│ +1 │ +2 │ \+0\.06 │/);
    expect(out).toContain("Indeks SPBE: 3.08 — Baik → 3.52 — Sangat Baik (+0.44)");
    expect(out.trimEnd().endsWith("Total: 15 langkah")).toBe(true);
  });

  it("markdown: the same content as a document, with the findings", async () => {
    const out = await renderPlan("markdown", model(), "en");
    expect(out).toContain("## Plan for Indeks SPBE (spbe-2020)");
    expect(out).toContain("**Result: 15 step(s) → 3.52 — Sangat Baik: target reached**");
    expect(out).toContain("#### Domain 4 Layanan SPBE › Aspect 8 Layanan Publik Berbasis Elektronik");
    expect(out).toContain("| No | Indicator | From | To | Level reached | Weight | +Points | Owner |");
    expect(out).toContain("Bagian Hukum &amp; HAM");
  });

  it("json: the issue's contract, exact numbers beside their displays", async () => {
    const doc = JSON.parse(await renderPlan("json"));
    expect(doc).toMatchObject({
      schemaVersion: 1,
      source: "pj.csv",
      target: { kind: "predikat", display: "3.50", predikat: "Sangat Baik", rank: null },
      reachable: true,
      steps: 15,
      cost: null,
      result: { index: { value: 3.519, display: "3.52", predikat: "Sangat Baik", predikatBasis: "exact" } },
      findings: [],
    });
    expect(doc.raises[0]).toMatchObject({ id: "32", from: 4, to: 5, weight: 2.75, gain: { value: 0.0275, display: "0.03" }, owner: "Bappeda" });
    expect(doc.result.aspects).toHaveLength(8);
    expect(doc.result.domains[3]).toMatchObject({ id: "4", display: "4.52", before: { display: "3.56" } });
    expect(doc.owners[0]).toMatchObject({ owner: "Dinas Kesehatan", raises: 1, steps: 2, gain: { value: 0.06 } });
  });

  // a cost has at most 15 digits, which a JSON number writes exactly, but a sum of them need not: 42 steps
  // of 99999999999999.7 were written 4199999999999987.5, while the table said 4199999999999987.4
  it("json: every cost also as the exact decimal the table writes (costDisplay), since a sum passes 15 digits", async () => {
    const costs = { input: ["indikator,biaya", ...Array.from({ length: 47 }, (_, i) => `${i + 1},99999999999999.7`)].join("\n") };
    const target = parsePlanTarget(read(fixture("contoh-spbe-2020-pj.csv")).assessments[0]!.framework, "Memuaskan");
    const m = plan(read(fixture("contoh-spbe-2020-pj.csv"), "spbe-2020", "pj.csv"), { costs, target: target! });
    const doc = JSON.parse(await renderPlan("json", m));
    expect([doc.steps, doc.cost, doc.costDisplay]).toEqual([42, 4199999999999987.5, "4199999999999987.4"]);
    expect(await renderPlan("table", m)).toContain("Total: 42 langkah, biaya 4199999999999987.4");
    expect(doc.owners.map((o: { costDisplay: string }) => o.costDisplay)).toContain("1099999999999996.7");
    const raises = doc.raises as { steps: number; cost: number; costDisplay: string }[];
    for (const r of raises)
      expect([r.costDisplay, r.cost], r.costDisplay).toEqual([toDecimal(mul(fromInt(r.steps), parseDecimal("99999999999999.7")!)), Number(r.costDisplay)]);
    // the exact strings add up to the exact total, as the numbers do not
    const exactSum = raises.reduce((a, r) => add(a, parseDecimal(r.costDisplay)!), fromInt(0));
    expect(toDecimal(exactSum)).toBe(doc.costDisplay);
    // without a cost file both are null; and when nothing could be planned
    const steps = JSON.parse(await renderPlan("json"));
    expect([steps.cost, steps.costDisplay, steps.raises[0].cost, steps.raises[0].costDisplay, steps.owners[0].costDisplay]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(JSON.parse(await renderPlan("json", { file: "x.csv", plan: null, findings: [] }))).toMatchObject({ cost: null, costDisplay: null });
  });

  it("csv: index, tiers, raises and owners as rows; --excel for Excel-ID", async () => {
    const rows = (await renderPlan("csv")).trimEnd().split("\n");
    expect(rows[0]).toBe(
      "berkas,instansi,tahun,jenis,kerangka,sementara,tingkatan,id,kode,induk,nama,bobot,dari,ke,langkah,poin,biaya,pj,sebelum,sesudah,tampilan_sebelum,tampilan_sesudah,keterangan,target,target_tercapai",
    );
    expect(rows[1]).toBe(
      "pj.csv,Kabupaten Contoh (data contoh),2024,evaluasi,spbe-2020,false,index,,,,Indeks SPBE,100,,,15,0.435,,,3.084,3.519,3.08,3.52,Sangat Baik,3.5,true",
    );
    expect(rows.filter((r) => r.includes(",raise,"))).toHaveLength(11);
    expect(rows.filter((r) => r.includes(",owner,"))).toHaveLength(9);
    const excel = (await rendererFor("plan", "csv")!.load())(model(), { ...renderOptions("id"), excel: true });
    expect(excel.startsWith("\uFEFFberkas;instansi")).toBe(true);
    expect(excel).toContain(";3,084;3,519;3,08;3,52;Sangat Baik;3,5;true");
  });

  it("html: one page, now and planned with their predikat, paired bars per aspect, bars per owner, the raises by owner", async () => {
    const html = await renderPlan("html");
    expect(html.startsWith('<!doctype html>\n<html lang="id">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html.match(/<span class="index-value">[^<]+<\/span>/g)).toEqual(['<span class="index-value">3,08</span>', '<span class="index-value">3,52</span>']);
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Diagram batang poin indeks yang ditambahkan per penanggung jawab"');
    expect(html).toContain("<caption>Kenaikan per penanggung jawab</caption>");
    expect(html).toMatch(/<tr><td data-label="PJ">Disdukcapil<\/td><td data-label="No">45<\/td>/);
    expect(html).toContain("<title>Disdukcapil: +0,06 poin, 1 kenaikan</title>");
    expect(html).toContain("Bagian Hukum &amp; HAM");
    expect(html).toContain("Hasil: 15 langkah → 3,52 — Sangat Baik: target tercapai");
  });

  it("html: an unreached target is marked on the band scale beside now and planned", async () => {
    const pemdi = plan(read(fixture("contoh-pemdi-2026.csv"), "pemdi-2026", "pemdi.csv"), { target: { kind: "index", value: fromInt(5) } });
    const html = await renderPlan("html", pemdi, "en");
    expect(html).toContain("<title>Target: 5.00 (Memuaskan)</title>");
    expect(html).toContain('<p class="delta unreached">The target cannot be reached.');
  });

  it("says every blocker with the index points it holds back: --fix, unpriced steps, the budget; the framework's max where it binds", async () => {
    const costs = ["indikator,biaya", ...Array.from({ length: 46 }, (_, i) => `${i + 1},10`)].join("\n");
    const held = plan(read(fixture("contoh-spbe-2020-evaluasi.csv"), "spbe-2020", "evaluasi.csv"), {
      target: { kind: "predikat", value: parseDecimal("3.5")! },
      fix: ["42"],
      budget: fromInt(50),
      costs: { input: costs, file: "biaya.csv" },
    });
    expect(held.plan!.blockers.map((b) => b.kind)).toEqual(["fix", "no-cost", "budget"]);
    const out = await renderPlan("table", held);
    expect(out).toContain("- indikator tetap 42 (--fix): menahan 0.03 poin");
    expect(out).toContain("- langkah tanpa biaya di berkas biaya (indikator 47): menahan 0.06 poin");
    expect(out).toMatch(/- --budget 50: menahan \d\.\d\d poin/);
    // every indicator at 5 would reach 3.50: the framework's maximum holds nothing back, and is not said
    expect(out).not.toContain("tingkat maksimum kerangka");
    expect(out).toMatch(/, kurang 0\.\d\d poin dari target;/);
    const doc = JSON.parse(await renderPlan("json", held));
    expect(doc.blockers[2]).toMatchObject({ kind: "budget", budget: 50 });
    expect(doc.blockers).toHaveLength(3);
    expect(doc.shortfall.display).toMatch(/^0\.\d\d$/);
    // where it binds (every indicator that may move, at 5, still short): said, in both languages
    const high = plan(read(fixture("contoh-spbe-2020-evaluasi.csv"), "spbe-2020", "evaluasi.csv"), {
      target: { kind: "index", value: parseDecimal("4.99")! },
      fix: ["42"],
    });
    expect(high.plan!.blockers.map((b) => b.kind)).toEqual(["fix", "framework-max"]);
    expect(await renderPlan("table", high)).toContain("- tidak ada indikator yang dapat melampaui tingkat maksimum kerangka (5)");
    expect(await renderPlan("table", high, "en")).toContain("- no indicator can go above the framework's maximum level (5)");
    expect(held.findings.map((f) => f.code)).toEqual(["cost/missing"]);
  });

  // found by an adversarial review: a step past --max-step was blamed on the cost file ("add its row"),
  // and the limit that held it was not said
  it("a step past --max-step is held by the limit, not by a missing cost row", () => {
    const perLevel = ["indikator,dari,ke,biaya", "45,3,4,10"].join("\n");
    const fix = Array.from({ length: 47 }, (_, i) => String(i + 1)).filter((id) => id !== "45");
    const held = plan(read(fixture("contoh-spbe-2020-pj.csv"), "spbe-2020", "pj.csv"), {
      target: { kind: "predikat", value: parseDecimal("3.5")! },
      fix,
      maxStep: 1,
      costs: { input: perLevel, file: "biaya.csv" },
    });
    expect(held.plan!.blockers.map((b) => [b.kind, "ids" in b ? b.ids : null])).toEqual([
      ["fix", fix],
      ["max-step", ["45"]],
      ["framework-max", null],
    ]);
    expect(held.findings).toEqual([]);
  });

  it("shareAxis: a round step giving at most five intervals", () => {
    expect(shareAxis(0.06)).toEqual({ max: 0.06, ticks: [0, 0.02, 0.04, 0.06], places: 2 });
    expect(shareAxis(0.435)).toEqual({ max: 0.5, ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5], places: 1 });
    expect(shareAxis(0.013)).toEqual({ max: 0.02, ticks: [0, 0.01, 0.02], places: 2 });
    expect(shareAxis(1.2).max).toBe(1.25);
  });

  // exploratory testing: with nothing to plan the document lost instansi, tahun, framework, owners, before…
  it("json keeps every key when nothing could be planned: null, or [] for a list, and whose assessment it is", async () => {
    const dir = tmp();
    const blanked = readFileSync(join(ROOT, PJ), "utf8")
      .replace(/^(.*),2,3,/m, "$1,2,,")
      .replace(/^(.*),5,3,/m, "$1,5,,");
    writeFileSync(join(dir, "kosong.csv"), blanked);
    const r = await spbe(["plan", "kosong.csv", "-f", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const full = JSON.parse((await spbe(["plan", PJ, "-f", "json"])).stdout);
    expect(Object.keys(doc)).toEqual(Object.keys(full));
    expect(doc).toMatchObject({
      source: "kosong.csv",
      instansi: "Kabupaten Contoh (data contoh)",
      tahun: 2024,
      jenis: "evaluasi",
      framework: { id: "spbe-2020" },
      mode: null,
      target: null,
      constraints: null,
      raises: [],
      owners: [],
      before: null,
      result: null,
      ceiling: null,
      blockers: [],
    });
    expect(doc.findings.map((f: { code: string }) => f.code)).toEqual(["value/missing", "value/missing"]);
    // a file of two assessments: nothing says whose, and the keys are still there
    const two = JSON.parse(await renderPlan("json", plan(read(fixture("contoh-spbe-2020-gabungan.csv"), "spbe-2020", "gabungan.csv"))));
    expect(Object.keys(two)).toEqual(Object.keys(full));
    expect([two.instansi, two.framework]).toEqual([null, null]);
  });

  it("every format says when nothing could be planned", async () => {
    const none = plan(read(fixture("contoh-spbe-2020-gabungan.csv"), "spbe-2020", "gabungan.csv"));
    expect(await renderPlan("table", none)).toContain("Tidak dapat direncanakan");
    expect(JSON.parse(await renderPlan("json", none))).toMatchObject({ target: null, reachable: null, steps: null, result: null, raises: [] });
    expect((await renderPlan("csv", none)).trimEnd().split("\n")).toHaveLength(1);
    expect(await renderPlan("markdown", none)).toContain("plan/assessment-count");
    expect(await renderPlan("html", none)).toContain("Tidak dapat direncanakan");
  });
});

describe("spbe plan on the command line", () => {
  it("plans to the next predikat by default and exits 0", async () => {
    const r = await spbe(["plan", PJ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Hasil: 15 langkah → 3.52 — Sangat Baik: target tercapai");
    expect(r.stderr).toBe("");
  });

  it("--cost - reads the costs from stdin; the assessment and the costs cannot both be stdin", async () => {
    const costs = readFileSync(join(ROOT, "fixtures/contoh-biaya.csv"), "utf8");
    const piped = await spbe(["plan", PJ, "--cost", "-", "-f", "json"], { input: costs });
    const named = await spbe(["plan", PJ, "--cost", "fixtures/contoh-biaya.csv", "-f", "json"]);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).cost).toBe(JSON.parse(named.stdout).cost);
    expect(JSON.parse(piped.stdout).cost).toBe(935);
    const both = await spbe(["plan", "-", "--cost", "-"], { input: costs });
    expect(both).toMatchObject({ code: 2, stdout: "" });
    expect(both.stderr).toContain("'-' (stdin) hanya boleh disebut sekali");
  });

  // found by a review: `--cost ""` said "'' adalah direktori" (an empty path is the working directory)
  it("--cost that names no readable file is one line and exit 2; an empty cost file is a finding, exit 1", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "kosong.csv"), "");
    const pj = join(ROOT, PJ);
    const oneLine = async (cost: string, stderr: string) => {
      const r = await spbe(["plan", pj, "--cost", cost], { cwd: dir });
      expect([r.code, r.stdout, r.stderr], cost).toEqual([2, "", stderr]);
    };
    await oneLine("", "spbe: nama berkas kosong: beri path berkas CSV\n");
    await oneLine("tidak-ada.csv", "spbe: berkas 'tidak-ada.csv' tidak ditemukan\n");
    await oneLine(".", "spbe: '.' adalah direktori, bukan berkas CSV\n");
    await oneLine("kosong.csv/biaya.csv", "spbe: berkas 'kosong.csv/biaya.csv' tidak dapat dibaca: bagian dari path bukan direktori\n");
    // an empty file or stdin is data, like an empty assessment: said as file/empty, the index now still shown
    for (const [cost, input] of [
      ["kosong.csv", undefined],
      ["-", ""],
    ] as const) {
      const r = await spbe(["plan", pj, "--cost", cost], { cwd: dir, ...(input === undefined ? {} : { input }) });
      expect(r.code, cost).toBe(1);
      expect(r.stdout).toContain("Sekarang: 3.08 — Baik");
      expect(r.stderr).toContain(`${cost}  galat  berkas kosong  file/empty\n`);
    }
  });

  // exploratory testing: "Indikator;Biaya (juta Rp)" was refused as a cost file without a cost column
  it("--cost reads a header with its unit in parentheses, and shows the unit on the cost columns and in JSON", async () => {
    const dir = tmp();
    const sample = readFileSync(join(ROOT, "fixtures/contoh-biaya.csv"), "utf8");
    writeFileSync(
      join(dir, "b.csv"),
      sample.replace("indikator,dari,ke,biaya,keterangan", "Indikator,Dari,Ke,Biaya (juta Rp),Keterangan").replaceAll(",", ";"),
    );
    const r = await spbe(["plan", join(ROOT, PJ), "--cost", "b.csv"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Hasil: 20 langkah, biaya 935 → 3.50 — Sangat Baik: target tercapai");
    expect(r.stdout).toMatch(/│ \+Poin │ Biaya \(juta Rp\) │ PJ/);
    const json = JSON.parse((await spbe(["plan", join(ROOT, PJ), "--cost", "b.csv", "-f", "json"], { cwd: dir })).stdout);
    expect([json.cost, json.constraints.costUnit]).toEqual([935, "juta Rp"]);
    const plainJson = JSON.parse((await spbe(["plan", PJ, "--cost", "fixtures/contoh-biaya.csv", "-f", "json"])).stdout);
    expect(plainJson.constraints.costUnit).toBeNull();
  });

  // exploratory testing: "indikator,dari,ke,biaya,anggaran" planned with biaya, exit 0, never a word of anggaran
  it("--cost refuses a file with two cost columns, naming both, instead of planning with the first", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "c2.csv"), "indikator,dari,ke,biaya,anggaran\n1,1,2,20,30\n");
    const r = await spbe(["plan", join(ROOT, PJ), "--cost", "c2.csv", "--target", "Memuaskan", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("Total:");
    expect(r.stderr).toContain(
      "c2.csv:1:5  error  columns 'anggaran' and 'biaya' (column 4) are both a cost column; it is unclear which one to use: delete or rename one of them  column/ambiguous",
    );
  });

  it("a Pemdi cost file's findings name the indicator by the code it was given as: 20 (7.2), not 20 alone", async () => {
    const dir = tmp();
    const twice = join(dir, "dua.csv");
    writeFileSync(twice, "indikator;biaya\r\n7.2;1\r\n20;2\r\n");
    const r = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--cost", twice]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("galat  biaya indikator 20 (7.2) sudah diberikan di baris 2  cost/duplicate");
    const some = join(dir, "satu.csv");
    writeFileSync(some, "indikator;biaya\r\n7.2;1\r\n");
    const missing = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--cost", some, "--lang", "en"]);
    expect(missing.stderr).toContain("the cost file gives no cost for 1–4 (1.1–2.2), 8–17 (3.4–6.3), 19 (7.1):");
  });

  it("an unreachable target exits 1, with the best within reach and what blocks it", async () => {
    const r = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--target", "Memuaskan", "--max-step", "1", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "The target cannot be reached. The highest index within reach: 3.48 — Baik (Berkembang) (16 step(s)), 0.52 points short of the target; the plan below is that best.",
    );
    expect(r.stdout).toContain("- fixed indicators 5 (3.1), 6 (3.2), 7 (3.3), 18 (6.4) (values from other national indices): hold back 0.37 points");
    expect(r.stdout).toContain("- --max-step 1 (indicators");
    expect(r.stderr).toContain("spbe: the target 4.00 cannot be reached; the highest index within reach is 3.48 (see what blocks it)");
    const json = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--target", "Memuaskan", "--max-step", "1", "--format", "json"]);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect([doc.reachable, doc.result.index.display, doc.blockers.map((b: { kind: string }) => b.kind)]).toEqual([false, "3.48", ["external", "max-step"]]);
    expect(doc.shortfall).toEqual({ value: 0.5157, display: "0.52" });
  });

  it("Pemdi's external indicators are fixed by default and the output says so; --raise-external frees them", async () => {
    const fixed = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--ignore", "framework/provisional"]);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(
      /Tetap: 5 \(3\.1\), 6 \(3\.2\), 7 \(3\.3\), 18 \(6\.4\) — nilainya dari indeks nasional lain \(SDI, SJIG, EPSS, interoperabilitas\)/,
    );
    expect(fixed.stdout).toContain("--raise-external untuk ikut menaikkannya");
    const free = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--raise-external", "--format", "json"]);
    expect(JSON.parse(free.stdout).constraints.fixed).toEqual([]);
    // (an exploratory test) where the index has no external indicators it did nothing, exit 0, without a word
    expect(await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--without-external", "--raise-external", "--lang", "en"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "spbe: --raise-external: the pemdi-2026 index (--without-external) has no external indicators, so it has nothing to raise\n(see: spbe plan --help)\n",
    });
    expect((await spbe(["plan", "fixtures/contoh-spbe-2020-mandiri.csv", "--raise-external"])).stderr).toContain(
      "--raise-external: indeks spbe-2020 tidak memuat indikator eksternal",
    );
  });

  it("--step 0.5 on Pemdi: every raise by half levels", async () => {
    const r = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--step", "0,5", "--max-step", "1", "--format", "json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.constraints.step).toBe(0.5);
    for (const x of doc.raises) expect(x.to - x.from).toBeLessThanOrEqual(0.5);
  });

  it("--budget: the highest index within so many steps, or so much cost with --cost", async () => {
    const steps = JSON.parse((await spbe(["plan", PJ, "--budget", "4", "--format", "json"])).stdout);
    expect([steps.mode, steps.target, steps.reachable, steps.steps, steps.result.index.display]).toEqual(["budget", null, null, 4, "3.20"]);
    const cost = await spbe(["plan", PJ, "--cost", "fixtures/contoh-biaya.csv", "--budget", "300"]);
    expect(cost.code).toBe(0);
    expect(cost.stdout).toContain("Anggaran: biaya 300; dicari indeks tertinggi yang muat di dalamnya");
    expect(cost.stdout).toMatch(/Hasil: \d+ langkah, biaya (2\d\d|300) → /);
    // with a target the budget is only a limit: not "the highest index that fits in it" above "fewest steps"
    const limit = await spbe(["plan", PJ, "--budget", "30", "--target", "3.5"]);
    expect(limit.stdout).toContain("Anggaran: 30 langkah; target harus tercapai di dalamnya");
    expect(limit.stdout).not.toContain("dicari indeks tertinggi");
  });

  // found by an adversarial review: the page said "biaya 100.5" beside tables of "12,5", and "biaya-2024,12.csv"
  it("html: costs in the page's decimal mark everywhere, and file names as they are", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-plan-html-"));
    const rows = ["indikator;biaya", ...Array.from({ length: 47 }, (_, i) => `${i + 1};12,5`)].join("\n");
    writeFileSync(join(dir, "biaya-2024.12.csv"), rows);
    const html = (await spbe(["plan", join(ROOT, PJ), "--cost", "biaya-2024.12.csv", "--budget", "100,5", "--format", "html"], { cwd: dir })).stdout;
    expect(html).toContain("Anggaran: biaya 100,5;");
    expect(html).not.toMatch(/biaya \d+\.\d/);
    // the objective names the cost file
    const named = (await spbe(["plan", join(ROOT, PJ), "--cost", "biaya-2024.12.csv", "--format", "html"], { cwd: dir })).stdout;
    expect(named).toContain("(berkas biaya biaya-2024.12.csv)");
    expect(named).not.toContain("biaya-2024,12");
  });

  // found by a second read: with every sentence's decimals rewritten, 2018's indicators 35.1 and 35.2 became "35,1, 35,2"
  it("html: indicator ids stay ids, numbers take the page's mark", async () => {
    const args = [
      "plan",
      "fixtures/contoh-spbe-2018.csv",
      "--framework",
      "spbe-2018",
      "--fix",
      "35.1,35.2",
      "--max-step",
      "1",
      "--target",
      "4.5",
      "-f",
      "html",
    ];
    const html = (await spbe(args)).stdout;
    expect(html).toContain("<li>indikator tetap 35.1, 35.2 (--fix): menahan 0,23 poin</li>");
    expect(html).toMatch(/, 34, 35\.3\): menahan 1,92 poin/);
    expect(html).toContain("Tetap: 35.1, 35.2 (--fix)");
  });

  it("--cost: the least total cost; a bad cost file exits 1 with every finding on stderr", async () => {
    const good = await spbe(["plan", PJ, "--cost", "fixtures/contoh-biaya.csv", "--format", "json"]);
    expect(good.code).toBe(0);
    const doc = JSON.parse(good.stdout);
    expect([doc.objective, doc.cost, doc.steps, doc.reachable]).toEqual(["cost", 935, 20, true]);
    const dir = tmp();
    writeFileSync(join(dir, "biaya.csv"), "indikator;biaya\n7;50.000\n99;3\n");
    const bad = await spbe(["plan", PJ, "--cost", join(dir, "biaya.csv")]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("Tidak dapat direncanakan");
    expect(bad.stderr).toContain(`${join(dir, "biaya.csv")}:2:2  galat  biaya '50.000' untuk indikator 7 tampak memakai pemisah ribuan`);
    expect(bad.stderr).toContain("cost/indicator-unknown");
  });

  // exploratory testing: with the cost file refused, `plan --format json` wrote "before": null for a valid assessment
  it("a refused cost file still says where a valid assessment stands: before in JSON, the now line elsewhere", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "c2.csv"), "indikator,dari,ke,biaya,anggaran\n1,1,2,20,30\n");
    const run = (format: string, lang = "id") => spbe(["plan", join(ROOT, PJ), "--cost", "c2.csv", "--format", format, "--lang", lang], { cwd: dir });
    const json = await run("json");
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    const planned = JSON.parse((await spbe(["plan", PJ, "--format", "json"])).stdout);
    expect([doc.before, doc.result, doc.findings.map((f: { code: string }) => f.code)]).toEqual([planned.before, null, ["column/ambiguous"]]);
    expect(doc.before.index).toMatchObject({ display: "3.08", predikat: "Baik" });
    expect((await run("table")).stdout).toBe("Tidak dapat direncanakan: perbaiki temuan di bawah ini dulu.\nSekarang: 3.08 — Baik\n");
    expect((await run("markdown", "en")).stdout).toContain("**Cannot plan: fix the findings below first.**\n\n- Now: 3.08 — Baik\n");
    expect((await run("html")).stdout).toContain("<p>Sekarang: 3,08 — Baik</p>");
    // an invalid assessment has no score to give
    const invalid = await spbe(["plan", "fixtures/tidak-sah/nilai-salah.csv", "--cost", "fixtures/contoh-biaya.csv", "--format", "json"]);
    expect(JSON.parse(invalid.stdout).before).toBeNull();
  });

  it("a file with several assessments, or an invalid one, exits 1 with its findings", async () => {
    const two = await spbe(["plan", "fixtures/contoh-spbe-2020-gabungan.csv", "--format", "json"]);
    expect(two.code).toBe(1);
    expect(JSON.parse(two.stdout).findings.map((f: { code: string }) => f.code)).toEqual(["plan/assessment-count"]);
    const invalid = await spbe(["plan", "fixtures/tidak-sah/nilai-salah.csv"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("value/");
  });

  // (an exploratory tester) "Sekarang: 3.50 — Baik" beside a 3.50 Sangat Baik edge, where score and diff say why
  it("says why a displayed index on a band's edge has the band below, in every human format", async () => {
    const dir = tmp();
    const rows = Array.from({ length: 47 }, (_, k) => {
      const i = k + 1;
      const v = i >= 32 && i <= 40 ? 5 : i === 41 ? 4 : i === 11 ? 2 : 3;
      return `Kab Uji,2024,evaluasi,${i},${v}`;
    });
    writeFileSync(join(dir, "tepi-2024.csv"), `instansi,tahun,jenis,indikator,tingkat\n${rows.join("\n")}\n`);
    const note = "(indeks tepat 3.4975 di bawah batas 3.50; predikat dari indeks tepat, aturan KemenPANRB 2024)";
    const table = await spbe(["plan", "tepi-2024.csv", "--budget", "0"], { cwd: dir });
    expect(table.stdout).toContain(`Sekarang: 3.50 — Baik ${note}\n`);
    expect(table.stdout).toContain(`Hasil: 0 langkah → 3.50 — Baik ${note}\n`);
    // the projection line stays the two headlines
    expect(table.stdout).toContain("Indeks SPBE: 3.50 — Baik → 3.50 — Baik (0.00)\n");
    expect((await spbe(["plan", "tepi-2024.csv", "-f", "markdown"], { cwd: dir })).stdout).toContain(`Sekarang: 3.50 — Baik ${note}`);
    // (a second read) on the page, once under each side, not again in the result line
    const budget = (await spbe(["plan", "tepi-2024.csv", "--budget", "0", "-f", "html"], { cwd: dir })).stdout;
    expect(budget.match(/indeks tepat 3,4975/g)).toHaveLength(2);
    expect(budget).toMatch(/<p class="delta">Hasil: 0 langkah → 3,50 — Baik<\/p>/);
    const html = (await spbe(["plan", "tepi-2024.csv", "-f", "html"], { cwd: dir })).stdout;
    expect(html.match(/indeks tepat 3,4975/g)).toHaveLength(1);
    expect(html).toContain(
      '<p class="basis-note"><small>(indeks tepat 3,4975 di bawah batas 3,50; predikat dari indeks tepat, aturan KemenPANRB 2024)</small></p>',
    );
  });

  // (an exploratory tester) "--fix: '3.1' is not an indicator of pemdi-2026", of an indicator --without-external leaves out
  it("--fix takes an indicator --without-external leaves out, which no plan raises", async () => {
    const file = "fixtures/contoh-pemdi-2026-eksternal-belum-ada.csv";
    const args = ["plan", file, "--framework", "pemdi-2026", "--without-external", "--format", "json"];
    const held = await spbe([...args, "--fix", "3.1,1.1"]);
    expect(held.code).toBe(0);
    const plain = await spbe([...args, "--fix", "1.1"]);
    expect(JSON.parse(held.stdout)).toEqual(JSON.parse(plain.stdout));
    expect((await spbe([...args, "--fix", "3.9"])).stderr).toMatch(/--fix: '3.9' bukan indikator pemdi-2026/);
  });

  it("usage errors exit 2 before anything is read", async () => {
    const cases: [string[], RegExp][] = [
      [["--target", "Luar Biasa"], /--target 'Luar Biasa' bukan angka 0–5 \(paling banyak empat desimal\) atau predikat/],
      // a number in range with a fifth decimal was told it is no number 0–5
      [["--target", "3.08499"], /--target '3.08499' bukan angka 0–5 \(paling banyak empat desimal\) atau predikat/],
      [["--fix", "7,99"], /--fix: '99' bukan indikator spbe-2020/],
      // an empty list (an unset "$TETAP" in a script) planned with nothing held, exit 0
      [["--fix", ""], /--fix: '' bukan indikator spbe-2020/],
      [["--fix", " , "], /--fix: ' , ' bukan indikator spbe-2020/],
      [["--step", "0.5"], /--step: kerangka spbe-2020 hanya bertingkat bulat/],
      [["--budget", "lima"], /--budget 'lima' harus bilangan bulat langkah/],
      [["--max-step", "0"], /--max-step '0' harus bilangan bulat 1 atau lebih/],
      [["--format", "github"], /format 'github' tidak tersedia untuk spbe plan/],
    ];
    for (const [args, message] of cases) {
      const r = await spbe(["plan", PJ, ...args]);
      expect([r.code, r.stdout], args.join(" ")).toEqual([2, ""]);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
    const step = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--step", "0.3"]);
    expect([step.code, step.stderr]).toEqual([2, expect.stringMatching(/--step '0.3' harus pecahan satu tingkat/)]);
    // 0.01 took seventeen seconds here, 0.001 minutes: refused at once
    const fine = await spbe(["plan", PEMDI, "--framework", "pemdi-2026", "--step", "0.01"]);
    expect([fine.code, fine.stderr]).toEqual([2, expect.stringMatching(/--step '0.01' terlalu halus: paling halus 0.05/)]);
    // a framework file of levels 0–100: 0.05 is 2000 options an indicator, and the plan ran for hours
    const dir = mkdtempSync(join(tmpdir(), "spbe-plan-step-"));
    const kerangka = kanwilOnHundred(false);
    writeFileSync(join(dir, "k.json"), JSON.stringify(kerangka));
    writeFileSync(join(dir, "unit.csv"), ["indikator,tingkat", ...[60, 70, 80, 40, 50, 60, 70].map((v, i) => `${i + 1},${v}`)].join("\n"));
    const wide = await spbe(["plan", "unit.csv", "--framework", "k.json", "--step", "0.05", "--lang", "en"], { cwd: dir });
    expect([wide.code, wide.stderr]).toEqual([2, expect.stringMatching(/--step '0.05' is too fine: 1 at the finest/)]);
    // a step of one level, the default, is never too fine: 80 steps over 0–100 (1.25) refused every --step,
    // and named one that does not divide a level
    const whole = await spbe(["plan", "unit.csv", "--framework", "k.json", "--step", "1", "--target", "90"], { cwd: dir });
    expect([whole.code, whole.stderr]).toEqual([0, expect.not.stringMatching(/--step/)]);
    // and no other step is accepted there, so the summary does not send the user to --step for one
    const plain = await spbe(["plan", "unit.csv", "--framework", "k.json", "--target", "90", "--lang", "en"], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("then level by level (the scale is too wide for finer steps)");
    expect(plain.stdout).not.toContain("--step for other steps");
    const budget = await spbe(["plan", PJ, "--cost", "fixtures/contoh-biaya.csv", "--budget", "1.000.000"]);
    expect([budget.code, budget.stderr]).toEqual([2, expect.stringMatching(/tanpa pemisah ribuan/)]);
    expect((await spbe(["plan", "tidak-ada.csv"])).code).toBe(2);
    expect((await spbe(["plan", PJ, "--cost", "tidak-ada.csv"])).code).toBe(2);
  });

  // (an exploratory test) a framework file of one band, without a lower edge: "Target: 0.00 X (already the top
  // predikat)", below the scale's least level
  it("the default target of a band without a lower edge is the scale's least, not 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-plan-oneband-"));
    const kerangka = kanwilOnHundred(true);
    kerangka.levels = { min: 1, max: 5, integerOnly: true };
    kerangka.bands = [{ predikat: "X", min: null, max: "5" }];
    writeFileSync(join(dir, "k.json"), JSON.stringify(kerangka));
    writeFileSync(join(dir, "unit.csv"), ["indikator,tingkat", ...[3, 3, 3, 2, 4, 3, 3].map((v, i) => `${i + 1},${v}`)].join("\n"));
    const r = await spbe(["plan", "unit.csv", "--framework", "k.json", "--lang", "en"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Target: 1\.00 X \(already the top predikat\)/m);
  });

  // found by a review of framework files: over 0–30 the finest step was named as 0.375 (30 / 80), which
  // divides no level, so '--step 0.375' was refused in turn; over 0–6, 7 and 9 likewise (0.075, 0.0875, 0.1125)
  it("every --step a refusal names is accepted when given, on every scale a framework file can have", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-plan-steps-"));
    const named = (stderr: string): string[] => {
      const finest = /paling halus ([\d.]+)/.exec(stderr);
      if (finest) return [finest[1]!];
      const all = /untuk kerangka contoh-kanwil-2025: ([\d., ]+)$/m.exec(stderr);
      if (all) return all[1]!.split(", ");
      // a framework of whole levels: one step is one level, and --step 1 says so
      expect(stderr).toMatch(/hanya bertingkat bulat; satu langkah selalu satu tingkat/);
      return ["1"];
    };
    const scale = (min: number, span: number, integerOnly: boolean) => {
      const kerangka = kanwilOnHundred(integerOnly);
      kerangka.levels = { min, max: min + span, integerOnly };
      kerangka.bands = [{ predikat: "Semua", min: null, max: String(min + span) }];
      writeFileSync(join(dir, "k.json"), JSON.stringify(kerangka));
      writeFileSync(join(dir, "unit.csv"), ["indikator,tingkat", ...[1, 2, 3, 4, 5, 6, 7].map((id) => `${id},${min}`)].join("\n"));
    };
    scale(0, 30, false);
    const fine = await spbe(["plan", "unit.csv", "--framework", "k.json", "--step", "0.05"], { cwd: dir });
    expect([fine.code, fine.stderr]).toEqual([2, expect.stringMatching(/--step '0.05' terlalu halus: paling halus 0.5 /)]);
    const half = await spbe(["plan", "unit.csv", "--framework", "k.json", "--step", "0.5", "--budget", "1"], { cwd: dir });
    expect([half.code, half.stderr]).toEqual([0, ""]);
    const odd = await spbe(["plan", "unit.csv", "--framework", "k.json", "--step", "0.375", "--lang", "en"], { cwd: dir });
    expect([odd.code, odd.stderr]).toEqual([
      2,
      expect.stringMatching(/--step '0.375' must be a fraction of a level that divides it; for framework contoh-kanwil-2025: 1, 0.5\n/),
    ]);
    // whole levels only say 1, so only a few of their scales; a fractional one every scale 1–100 can be
    for (const integerOnly of [false, true]) {
      for (const span of integerOnly ? [1, 5, 30, 100] : Array.from({ length: 100 }, (_, i) => i + 1)) {
        const min = span === 100 ? 0 : span % 2;
        scale(min, span, integerOnly);
        const suggested = new Set<string>();
        // too fine, dividing no level, not a number
        for (const refused of ["0.0001", "0.3", "dua"]) {
          const r = await spbe(["plan", "unit.csv", "--framework", "k.json", "--step", refused, "--budget", "1"], { cwd: dir });
          expect([r.code, r.stdout], `${span} ${refused}`).toEqual([2, ""]);
          for (const step of named(r.stderr)) suggested.add(step);
        }
        expect(suggested.size, `${min}–${min + span}`).toBeGreaterThan(0);
        for (const step of suggested) {
          const r = await spbe(["plan", "unit.csv", "--framework", "k.json", "--step", step, "--budget", "1", "--format", "json"], { cwd: dir });
          expect([r.code, r.stderr], `${min}–${min + span} --step ${step}`).toEqual([0, ""]);
          // the step divides the scale into at most 80 steps (or a wider scale into its levels), and the raise lands on one
          const grid = parseDecimal(step)!;
          const cuts = div(fromInt(span), grid);
          expect([cuts.d, cuts.n <= BigInt(Math.max(80, span))], `${min}–${min + span} --step ${step}`).toEqual([1n, true]);
          const raise = JSON.parse(r.stdout).raises[0];
          expect(div(sub(parseDecimal(String(raise.to))!, fromInt(min)), grid).d, `${min}–${min + span} --step ${step}`).toBe(1n);
        }
      }
    }
  });

  it("-o picks the format from its extension, atomically, and never writes over the cost file", async () => {
    const dir = tmp();
    const out = join(dir, "rencana.html");
    const r = await spbe(["plan", PJ, "-o", out]);
    expect([r.code, r.stdout]).toEqual([0, ""]);
    expect(readFileSync(out, "utf8")).toContain("<title>Rencana Indeks SPBE (spbe-2020) — Kabupaten Contoh (data contoh) · 2024 · evaluasi</title>");
    const cost = join(dir, "biaya.csv");
    writeFileSync(cost, readFileSync("fixtures/contoh-biaya.csv"));
    const over = await spbe(["plan", PJ, "--cost", cost, "-o", cost]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("sama dengan berkas masukan");
  });

  it("--help lists the plan options in the user's language", async () => {
    const r = await spbe(["plan", "--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const flag of ["--target", "--cost", "--budget", "--max-step", "--fix", "--raise-external", "--step", "--predikat-basis", "--excel"])
      expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain("the cheapest plan to a target");
  });
});
