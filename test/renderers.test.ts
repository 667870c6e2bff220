/**
 * Every renderer of the registry, in-process: the model built from a bundled
 * sample, rendered to a string, checked for what a reader must find in it. The
 * CLI snapshots show whole outputs; these pin the content per format.
 */
import { readFileSync } from "node:fs";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { compareAssessments, type DiffReport } from "../src/compare/diff.js";
import { sidesFromTwoFiles } from "../src/compare/sides.js";
import { builtinFrameworks } from "../src/frameworks/builtin.js";
import type { FrameworkView } from "../src/report/framework.js";
import { type CommandName, formatForExtension, formatsOf, type Models, RENDERERS, rendererFor } from "../src/report/registry.js";
import { score } from "../src/scoring/report.js";
import { parseTarget } from "../src/scoring/score.js";
import { fw, read, renderOptions } from "./helpers.js";

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

describe("the registry", () => {
  it("lists each command's formats, the default first, and every entry loads a renderer", async () => {
    expect(formatsOf("score")).toEqual(["table", "json", "csv", "markdown"]);
    expect(formatsOf("validate")).toEqual(["text", "json", "github", "junit", "markdown"]);
    for (const entries of Object.values(RENDERERS)) for (const e of entries) expect(typeof (await e.load())).toBe("function");
  });

  it("knows the format an output file's extension asks for", () => {
    expect(formatForExtension("score", "hasil.JSON")).toBe("json");
    expect(formatForExtension("score", "laporan.md")).toBe("markdown");
    expect(formatForExtension("validate", "junit.xml")).toBe("junit");
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
      "berkas,instansi,tahun,jenis,kerangka,sementara,tingkatan,id,induk,nama,bobot,nilai,tampilan,keterangan,dasar_predikat,predikat_dasar_lain,catatan,kode,label_predikat,potensi,target,target_tercapai,kurang_target",
    );
    expect(rows).toHaveLength(1 + 1 + 7 + 20);
    expect(rows[1]).toMatch(/,pemdi-2026,true,index,,,/);
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

  it("json and csv: the delta and every indicator's impact", async () => {
    const doc = JSON.parse(await render("diff", "json", diffModel()));
    expect(doc.index.delta.display).toBe("0.56");
    expect(doc.indicators).toHaveLength(47);
    const csv = (await render("diff", "csv", diffModel())).split("\n");
    expect(csv[1]).toMatch(/^spbe-2020,false,index,,Indeks SPBE,100,3\.642,3\.084,0\.558,0\.56,,$/);
  });

  it("says the comparison could not be made when there is no result", async () => {
    expect(await render("diff", "table", { result: null, findings: [], top: undefined })).toBe(
      "Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.\n",
    );
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

  it("markdown and json", async () => {
    expect(await render("framework", "markdown", detail)).toContain("## Predikat\n\n| Predikat | Rentang |  |");
    const doc = JSON.parse(await render("framework", "json", list));
    expect(doc.frameworks.map((f: { id: string }) => f.id)).toEqual(["spbe-2020", "spbe-2018", "pemdi-2026"]);
  });
});
