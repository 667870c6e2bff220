/**
 * What a new user hits in the first ten minutes (issue #10): real spreadsheets
 * and common slips. Each case failed before its fix.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvOf } from "./helpers.js";
import { ROOT, spbe } from "./run-cli.js";

const fixture = (name: string) => readFileSync(join(ROOT, "fixtures", name));

/** A temporary directory with files: { "a/b.csv": content }. */
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-new-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** The 2020 sample with instansi/tahun/jenis columns, as a coordinator's sheet has them. */
const withMeta = (extra: string[]) => {
  const rows = csvOf("spbe-2020", {}, 3)
    .trim()
    .split("\n")
    .slice(1)
    .map((r) => `Kab. Contoh,2024,mandiri,${r}`);
  return ["instansi,tahun,jenis,indikator,tingkat,nama", ...rows.map((r) => `${r},`), ...extra, ""].join("\n");
};

describe("1. blank and heading rows make no phantom assessment", () => {
  it.each([
    ["a row of commas", [",,,,,"]],
    ["Excel's trailing rows", [",,,,,", ",,,,,", ",,,,,"]],
    ["a section heading in a name column", [",,,,,Domain 1 Kebijakan Internal"]],
  ])("%s", async (_name, extra) => {
    const dir = tree({ "a.csv": withMeta(extra) });
    const r = await spbe(["score", "a.csv", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.assessments).toHaveLength(1);
    expect(doc.assessments[0].index.display).toBe("3.00");
    expect(doc.findings).toEqual([]);
  });

  it("in a ';' sheet too", async () => {
    const dir = tree({ "a.csv": withMeta([";;;;;", ";;;;;Domain 2"]).replace(/,/g, ";") });
    const r = await spbe(["score", "a.csv"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).not.toContain("Tidak dihitung");
  });
});

describe("2. a file of another framework is named, first and once", () => {
  it("a Pemdi file scored as spbe-2020 (the default): one finding that says which framework, not 67", async () => {
    const r = await spbe(["score", "fixtures/contoh-pemdi-2026.csv", "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.map((f: { code: string }) => f.code)).toEqual(["framework/mismatch"]);
    expect(doc.findings[0].message).toBe("this looks like pemdi-2026 (20 indicators, codes 1.1–7.2), not spbe-2020: use --framework pemdi-2026");
    const table = await spbe(["score", "fixtures/contoh-pemdi-2026.csv"]);
    expect(table.stderr).toMatch(/berkas ini tampaknya penilaian pemdi-2026 \(20 indikator, kode 1\.1–7\.2\), bukan spbe-2020: pakai --framework pemdi-2026/);
    expect(table.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a 2018 file scored as spbe-2020", async () => {
    const r = await spbe(["validate", "fixtures/contoh-spbe-2018.csv", "--format", "json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings).toEqual([expect.objectContaining({ code: "framework/mismatch", message: expect.stringContaining("pakai --framework spbe-2018") })]);
  });

  it("--framework pemdi-2026 on a 47-indicator file is refused, not mapped onto indicators 1–20", async () => {
    const r = await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--framework", "pemdi-2026", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)).toContain("framework/mismatch");
    expect(JSON.parse(r.stdout).assessments).toEqual([]);
  });

  it("an explicit --framework the ids fit is obeyed, and an incomplete 2020 file is never refused", async () => {
    const pemdi = await spbe(["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--format", "json"]);
    expect(pemdi.code).toBe(0);
    // rows 1–20 only: they fit Pemdi's plain ids too, but nothing says it is Pemdi
    const dir = tree({ "part.csv": ["indikator,tingkat", ...Array.from({ length: 20 }, (_, i) => `${i + 1},3`), ""].join("\n") });
    const doc = JSON.parse((await spbe(["score", "part.csv", "--format", "json"], { cwd: dir })).stdout);
    expect(doc.findings).toEqual([expect.objectContaining({ code: "indicator/missing", message: "27 indikator tidak diisi: 21–47" })]);
  });

  it("a 2026 file with plain ids 1–20 is Pemdi by its tahun when no framework was chosen", async () => {
    const dir = tree({ "p.csv": ["tahun,indikator,tingkat", ...Array.from({ length: 20 }, (_, i) => `2026,${i + 1},3`), ""].join("\n") });
    const doc = JSON.parse((await spbe(["score", "p.csv", "--format", "json", "--lang", "en"], { cwd: dir })).stdout);
    expect(doc.findings.map((f: { message: string }) => f.message)).toEqual([
      "this looks like pemdi-2026 (year 2026; 20 indicators, codes 1.1–7.2), not spbe-2020: use --framework pemdi-2026",
    ]);
  });

  it("folds many missing indicators into one line per assessment, ids compact", async () => {
    const dir = tree({
      "m.csv": [
        "indikator,tingkat",
        ...[
          "11",
          "13",
          "14",
          "15",
          "16",
          "17",
          "18",
          "19",
          "20",
          "21",
          "22",
          "23",
          "24",
          "25",
          "26",
          "27",
          "28",
          "29",
          "30",
          "31",
          "32",
          "33",
          "34",
          "35",
          "36",
          "37",
          "38",
          "39",
        ].map((id) => `${id},3`),
        "",
      ].join("\n"),
    });
    const r = await spbe(["validate", "m.csv"], { cwd: dir });
    expect(r.stdout).toBe("m.csv  galat  19 indikator tidak diisi: 1–10, 12, 40–47  indicator/missing\n");
    const few = tree({
      "f.csv": csvOf("spbe-2020")
        .split("\n")
        .filter((l) => !/^(3|9),/.test(l))
        .join("\n"),
    });
    expect((await spbe(["validate", "f.csv"], { cwd: few })).stdout.split("\n").filter(Boolean)).toEqual([
      "f.csv  galat  indikator 3 tidak diisi  indicator/missing",
      "f.csv  galat  indikator 9 tidak diisi  indicator/missing",
    ]);
  });
});

describe("5. --excel and -o choose the format", () => {
  it("--excel alone writes Excel CSV, not the human table", async () => {
    const dir = tree({ "in.csv": fixture("contoh-spbe-2020-evaluasi.csv") });
    expect((await spbe(["score", "in.csv", "--excel", "-o", "hasil.csv"], { cwd: dir })).code).toBe(0);
    const out = readFileSync(join(dir, "hasil.csv"), "utf8");
    expect(out.startsWith("\uFEFFberkas;instansi;")).toBe(true);
    expect(out).toContain(";3,084;3,08;Baik;");
  });

  it("-o's extension picks the format; a contradicting --format is a usage error", async () => {
    const dir = tree({ "in.csv": fixture("contoh-spbe-2020-evaluasi.csv") });
    await spbe(["score", "in.csv", "-o", "hasil.json"], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, "hasil.json"), "utf8")).assessments[0].index.display).toBe("3.08");
    await spbe(["score", "in.csv", "-o", "hasil.md"], { cwd: dir });
    expect(readFileSync(join(dir, "hasil.md"), "utf8")).toContain("**Indeks SPBE: 3.08 — Baik**");
    await spbe(["validate", "in.csv", "-o", "junit.xml"], { cwd: dir });
    expect(readFileSync(join(dir, "junit.xml"), "utf8")).toMatch(/^<\?xml/);
    const r = await spbe(["score", "in.csv", "--format", "csv", "-o", "hasil.json", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^spbe: --format csv does not match -o 'hasil\.json' \(its extension means json\)/);
    expect((await spbe(["score", "in.csv", "--excel", "--format", "json"], { cwd: dir })).stderr).toMatch(/^spbe: --excel hanya untuk CSV/);
  });
});

describe("6. score and diff take directories and globs, as validate does", () => {
  it("score expands a quoted glob itself and sums up the run", async () => {
    const dir = tree({ "data/a.csv": fixture("contoh-spbe-2020-mandiri.csv"), "data/b.csv": fixture("contoh-spbe-2020-evaluasi.csv") });
    const r = await spbe(["score", "data/*.csv", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).assessments.map((a: { index: { display: string } }) => a.index.display)).toEqual(["3.64", "3.08"]);
    expect(r.stderr).toBe("2 berkas, 2 penilaian, 2 dihitung; rata-rata indeks 3.36 (Sangat Baik 1, Baik 1)\n");
  });

  it("diff takes a pattern that names exactly one file per side", async () => {
    const dir = tree({ "m/mandiri-2024.csv": fixture("contoh-spbe-2020-mandiri.csv"), "e/evaluasi-2024.csv": fixture("contoh-spbe-2020-evaluasi.csv") });
    const r = await spbe(["diff", "m/*.csv", "e/*.csv", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout).index.delta.display).toBe("0.56");
    const two = await spbe(["diff", "*/*.csv", "e/*.csv"], { cwd: dir });
    expect([two.code, two.stderr]).toEqual([2, "spbe: '*/*.csv' harus menunjuk tepat satu berkas, bukan 2\n"]);
  });

  it("an empty name says it is empty", async () => {
    expect((await spbe(["score", ""])).stderr).toBe("spbe: nama berkas kosong: beri path berkas CSV\n");
  });
});
