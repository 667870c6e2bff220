/**
 * `spbe rank`, `spbe trend`, `validate` of result tables and `score --banding`
 * end to end, in-process, over the bundled national results; one spawned run
 * proves the built binary finds the bundled data.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keepHeapSmall, nationalHeapFlags, restoreHeapDefaults } from "../src/cli/heap.js";
import { PROGRESS_FROM, progressBar, wantsProgress } from "../src/cli/stream.js";
import { builtinFrameworks } from "../src/frameworks/builtin.js";
import { tokenize } from "../src/io/csv.js";
import { translator } from "../src/messages/text.js";
import { InputReader } from "../src/results/input.js";
import { kanwilOnHundred } from "./helpers.js";
import { ROOT, spawnSpbe, spbe } from "./run-cli.js";

const SAMPLE = "fixtures/contoh-spbe-2020-mandiri.csv";
const json = (text: string) => JSON.parse(text);

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-rank-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("spbe rank over the bundled national results", () => {
  it("ranks one year, filtered, as published (--format json)", async () => {
    const r = await spbe(["rank", "nasional-2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = json(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tahun).toBe(2024);
    expect(doc.filters).toEqual({ kategori: "kabupaten", provinsi: "Jawa Barat", by: null, jenis: null });
    const g = doc.groups[0];
    expect(g.key).toBeNull();
    expect(g.summary).toMatchObject({ count: 18, max: { display: "4.51" }, min: { display: "2.94" }, predikat: { Memuaskan: 2, "Sangat Baik": 14, Baik: 2 } });
    expect(g.rows[0]).toMatchObject({
      rank: 1,
      instansi: "Pemerintah Kab. Sumedang",
      kategori: "kabupaten",
      provinsi: "Jawa Barat",
      index: { value: 4.51, display: "4.51", predikat: "Memuaskan" },
      domains: [
        { id: "1", display: "5.00" },
        { id: "2", display: "4.30" },
        { id: "3", display: "3.91" },
        { id: "4", display: "4.69" },
      ],
      change: null,
      source: "nasional-2024",
      user: false,
      // the ministry's results are the assessors' official ones
      jenis: "evaluasi",
    });
    expect(r.stderr).toBe("spbe: 18 baris dari 1 masukan; tahun 2024\n");
  });

  it("with the year before, the change per row and how many names did not match", async () => {
    const r = await spbe(["rank", "nasional-2023", "nasional-2024", "--kategori", "kementerian", "--top", "2", "-f", "json"]);
    const doc = json(r.stdout);
    expect(doc.previousYear).toBe(2023);
    expect(doc.groups[0].rows.map((x: { instansi: string; change: { display: string } }) => [x.instansi, x.change.display])).toEqual([
      ["Kementerian Komunikasi dan Informatika", "+0.23"],
      ["Kementerian Keuangan", "+0.08"],
    ]);
    // Kemenko Kemaritiman became "… dan Investasi": not guessed
    expect(doc.unmatched).toBe(1);
  });

  it("--tahun ranks an older year; --by gives a ranking per group", async () => {
    const r = await spbe(["rank", "--nasional", "2023,2024", "--tahun", "2023", "--kategori", "pemda", "--by", "kategori", "--top", "1", "-f", "json"]);
    const doc = json(r.stdout);
    expect(doc.tahun).toBe(2023);
    expect(doc.groups.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([
      ["kabupaten", 398],
      ["kota", 93],
      ["provinsi", 38],
    ]);
  });

  it("the bundled rows with a fault are ranked by their printed index, marked, with one note", async () => {
    const r = await spbe(["rank", "nasional-2023", "--kategori", "kabupaten", "--provinsi", "Sumatera Selatan"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Pemerintah Kab\. Banyuasin †/);
    expect(r.stdout).toContain("nasional-2023: 1 baris bercacat di sumbernya (lihat spbe validate nasional-2023)");
    const doc = json((await spbe(["rank", "nasional-2024", "-f", "json"])).stdout);
    expect(doc.faults).toEqual([{ source: "nasional-2024", count: 3 }]);
    expect(doc.findings).toEqual([]);
  });

  it("places the user's assessment among the national rows: rank, percentile, next rank up, top of the province", async () => {
    const r = await spbe(["rank", SAMPLE, "--nasional", "2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat", "-f", "json"]);
    expect(r.code).toBe(0);
    const doc = json(r.stdout);
    const mine = doc.groups[0].rows.find((x: { user: boolean }) => x.user);
    expect(mine).toMatchObject({ rank: 14, instansi: "Kabupaten Contoh (data contoh)", index: { display: "3.64", exact: 3.642 }, source: SAMPLE });
    expect(doc.standing[0]).toMatchObject({
      national: { rank: 76, of: 393, percentile: 80 },
      provinsi: { rank: 14, of: 19, name: "Jawa Barat" },
      nextUp: { rank: 75, gap: { display: "0.01" }, instansi: ["Pemerintah Kab. Ciamis"] },
      provinceTop: { gap: { display: "0.87" }, instansi: ["Pemerintah Kab. Sumedang"] },
    });
    const table = await spbe(["rank", SAMPLE, "--nasional", "2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat"]);
    // a self-assessment among official results says so, beside its name and in a note
    expect(table.stdout).toContain("Kabupaten Contoh (data contoh) (mandiri) *");
    expect(table.stdout).toContain(
      "(mandiri) penilaian mandiri instansi, belum diverifikasi penilai eksternal; hasil nasional adalah hasil evaluasi (resmi)\n",
    );
    expect(table.stdout).toContain("peringkat 76 dari 393 kabupaten secara nasional (persentil 80)");
    // an exploratory tester: the note spoke of the national results where there were none among the inputs
    const own = await spbe(["rank", "fixtures/contoh-kanwil.csv", "--framework", "fixtures/kerangka-contoh-kanwil.json"]);
    expect(own.stdout).toContain("(mandiri) penilaian mandiri instansi, belum diverifikasi penilai eksternal\n");
    const trend = await spbe(["trend", "fixtures/contoh-kanwil.csv", "--framework", "fixtures/kerangka-contoh-kanwil.json", "--lang", "en"]);
    expect(trend.stdout).toContain("(mandiri) the instansi's self-assessment, not yet verified by the external assessors\n");
  });

  it("refuses to rank a 2018 and a 2020 index together, unless --allow-mixed", async () => {
    const dir = tempDir({ "lama.csv": "instansi,tahun,kategori,indeks\nPemerintah Kab. Bandung,2024,kabupaten,2.10\n" });
    // the 2018 index of the same instansi, read as spbe-2018 by its kerangka column
    writeFileSync(join(dir, "lama.csv"), "instansi,tahun,kategori,indeks,kerangka\nKab. Lama,2024,kabupaten,2.10,spbe-2018\n");
    const refused = await spbe(["rank", "lama.csv", "--nasional", "2024", "--kategori", "kabupaten", "-f", "json"], { cwd: dir });
    expect(refused.code).toBe(1);
    const doc = json(refused.stdout);
    expect(doc.groups).toEqual([]);
    // said against the odd file out, not against the bundled results
    expect(doc.findings.map((f: { code: string; file: string }) => [f.code, f.file])).toEqual([["rank/mixed-frameworks", "lama.csv"]]);
    const allowed = await spbe(["rank", "lama.csv", "--nasional", "2024", "--kategori", "kabupaten", "--allow-mixed", "-f", "json"], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(json(allowed.stdout).groups[0].total).toBe(393);
  });

  it("csv (and --excel) and markdown", async () => {
    const csv = await spbe(["rank", "nasional-2024", "--kategori", "kota", "--top", "1", "-f", "csv"]);
    expect(csv.stdout.split("\n").slice(0, 2)).toEqual([
      "grup,peringkat,instansi,tahun,kategori,provinsi,kerangka,indeks,predikat,d1,d2,d3,d4,perubahan,sumber,masukan_anda,bercacat,sementara,catatan,jenis,predikat_dasar_lain,perubahan_dari_bercacat",
      ",1,Pemerintah Kota Bandung,2024,kota,Jawa Barat,spbe-2020,4.59,Memuaskan,5.00,4.80,4.18,4.51,,nasional-2024,false,false,false,,evaluasi,,",
    ]);
    const excel = await spbe(["rank", "nasional-2024", "--kategori", "kota", "--top", "1", "--excel"]);
    expect(excel.stdout.startsWith("\uFEFFgrup;peringkat")).toBe(true);
    expect(excel.stdout).toContain(";4,59;Memuaskan;");
    const md = await spbe(["--lang", "en", "rank", "nasional-2024", "--kategori", "kota", "--top", "3", "-f", "markdown"]);
    expect(md.stdout).toMatch(/^## Ranking of the Indeks SPBE 2024 — kategori kota\n/);
    expect(md.stdout).toContain("| 1 | Pemerintah Kota Bandung | Jawa Barat | 4.59 | Memuaskan |");
  });

  it("-o writes atomically and never over an input", async () => {
    const dir = tempDir({ "hasil.csv": "instansi,tahun,indeks\nKab. A,2024,3.00\n" });
    expect((await spbe(["rank", "hasil.csv", "-o", "peringkat.json"], { cwd: dir })).code).toBe(0);
    expect(json(readFileSync(join(dir, "peringkat.json"), "utf8")).groups[0].rows[0].instansi).toBe("Kab. A");
    const over = await spbe(["rank", "hasil.csv", "-o", "hasil.csv"], { cwd: dir });
    expect(over.code).toBe(2);
    expect(readFileSync(join(dir, "hasil.csv"), "utf8")).toBe("instansi,tahun,indeks\nKab. A,2024,3.00\n");
  });

  it("usage errors exit 2 with one line", async () => {
    expect(await spbe(["rank"])).toMatchObject({ code: 2, stdout: "" });
    expect((await spbe(["rank", "nasional-2019"])).stderr).toBe("spbe: tidak ada hasil nasional tahun '2019' yang dibundel (ada: 2023, 2024)\n");
    // an empty --nasional (an unset "$TAHUN" in a script) read no national results and went on, exit 0
    const dir = tempDir({ "rpjmd.csv": "tahun,instansi,indeks\n2022,Kab. Bandung,3.12\n" });
    for (const empty of ["", ","]) {
      for (const command of ["trend", "rank"]) {
        expect(await spbe([command, "rpjmd.csv", "--nasional", empty], { cwd: dir })).toEqual({
          code: 2,
          stdout: "",
          stderr: `spbe: tidak ada hasil nasional tahun '${empty}' yang dibundel (ada: 2023, 2024)\n`,
        });
      }
    }
    const plan = await spbe(["plan", "fixtures/contoh-spbe-2020-mandiri.csv", "--target-rank", "3", "--nasional", ""]);
    expect(plan).toMatchObject({ code: 2, stdout: "", stderr: "spbe: tidak ada hasil nasional tahun '' yang dibundel (ada: 2023, 2024)\n" });
    // an exploratory tester: two years, as rank and trend take them, were pooled ("rank 5 of 791": every
    // kabupaten twice); --target-rank places among the results of one year
    const pooled = await spbe(["plan", "fixtures/contoh-spbe-2020-pj.csv", "--target-rank", "5", "--nasional", "2023,2024", "--lang", "en"]);
    expect(pooled).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        "spbe: --nasional '2023,2024': --target-rank places the assessment among the results of one year (there are: 2023, 2024)\n(see: spbe plan --help)\n",
    });
    // read as rank and trend read the option: "2024," is 2024 (a review)
    const trailing = await spbe(["plan", "fixtures/contoh-spbe-2020-pj.csv", "--target-rank", "5", "--nasional", "2024,", "-f", "json"]);
    expect(json(trailing.stdout).target).toMatchObject({ kind: "rank", rank: 5 });
    expect((await spbe(["rank", "nasional-2024", "--kategori", "desa"])).code).toBe(2);
    expect((await spbe(["rank", "nasional-2024", "--tahun", "2022"])).stderr).toBe("spbe: tidak ada baris tahun 2022 dalam masukan (ada: 2024)\n");
    expect((await spbe(["rank", "nasional-2024", "--provinsi", "Jawa Barta"])).stderr).toBe(
      "spbe: tidak ada provinsi 'Jawa Barta' dalam masukan; mungkin: Jawa Barat\n",
    );
    // (an exploratory test) a part of names: "Jawa" suggested Jawa Barat alone, "Sumatera" Sulawesi Tenggara
    expect((await spbe(["rank", "nasional-2024", "--provinsi", "jawa"])).stderr).toBe(
      "spbe: tidak ada provinsi 'jawa' dalam masukan; mungkin: Jawa Barat, Jawa Tengah, Jawa Timur\n",
    );
    expect((await spbe(["rank", "nasional-2023", "--provinsi", "Sumatera", "--lang", "en"])).stderr).toMatch(
      /perhaps: Sumatera Barat, Sumatera Selatan, Sumatera Utara\n$/,
    );
    expect((await spbe(["rank", "nasional-2024", "--top", "x"])).code).toBe(2);
    // no row under "ranks 1–0"
    expect(await spbe(["rank", "nasional-2024", "--top", "0"])).toMatchObject({ code: 2, stdout: "" });
    expect((await spbe(["rank", "nasional-2024", "--top", "0"])).stderr).toContain("--top '0' harus bilangan bulat 1 atau lebih");
    // and diff's, which listed "0 of 25 indicators shown" (found by a second read)
    const diff = await spbe(["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2020-evaluasi.csv", "--top", "0"]);
    expect(diff).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("--top '0' harus bilangan bulat 1 atau lebih") });
    // a count past 1e308 was Infinity, which rank() refuses: 'kesalahan internal' (found by a second read)
    const huge = await spbe(["rank", "nasional-2024", "--top", `1${"0".repeat(400)}`, "-f", "json"]);
    expect([huge.code, huge.stderr]).toEqual([0, expect.not.stringContaining("internal")]);
    expect(json(huge.stdout).groups[0].rows).toHaveLength(615);
  });

  // found by an exploratory tester: "--provinsi Jabar" exited 2 with no suggestion, while "Jawa Barta" got one
  it("--provinsi takes the short forms people write (Jabar, DKI, Kepri…), and every output names the province in full", async () => {
    const full = json((await spbe(["rank", "nasional-2024", "--provinsi", "Jawa Barat", "-f", "json"])).stdout);
    const short = await spbe(["rank", "nasional-2024", "--provinsi", "Jabar", "-f", "json"]);
    expect(short).toMatchObject({ code: 0 });
    expect(json(short.stdout)).toEqual(full);
    expect(full.filters.provinsi).toBe("Jawa Barat");
    expect((await spbe(["rank", "nasional-2024", "--provinsi", "jateng"])).stdout).toMatch(/^Peringkat Indeks SPBE 2024 — provinsi Jawa Tengah\n/);
    for (const [written, province] of [
      ["DKI", "DKI Jakarta"],
      ["Kepri", "Kepulauan Riau"],
      ["Babel", "Kepulauan Bangka Belitung"],
      ["Sultra", "Sulawesi Tenggara"],
      ["PBD", "Papua Barat Daya"],
    ]) {
      expect(json((await spbe(["rank", "nasional-2024", "--provinsi", written!, "-f", "json"])).stdout).filters.provinsi, written).toBe(province);
    }
    // after a prefix ("Prov. Jabar" was refused with exit 2 while "Provinsi Jabar" was taken)
    for (const written of ["Prov. Jabar", "Prov Jabar", "Provinsi Jabar"]) {
      const r = await spbe(["rank", "nasional-2024", "--provinsi", written, "-f", "json"]);
      expect(r.code, written).toBe(0);
      expect(json(r.stdout), written).toEqual(full);
    }
    // a short form mistyped: the province it stands for
    expect((await spbe(["rank", "nasional-2024", "--provinsi", "Jabr"])).stderr).toBe("spbe: tidak ada provinsi 'Jabr' dalam masukan; mungkin: Jawa Barat\n");
    // score --banding and plan --target-rank take them too
    expect((await spbe(["score", SAMPLE, "--banding", "nasional-2024", "--provinsi", "Jabar"])).stdout).toContain("peringkat 14 dari 19 di Jawa Barat");
    const plan = json((await spbe(["plan", SAMPLE, "--target-rank", "5", "--provinsi", "Jabar", "-f", "json"])).stdout);
    expect(plan.target.note).toContain("peringkat 5 dari 19 kabupaten di Jawa Barat (nasional-2024)");
  });

  it("a user's result table with a fault: still ranked, the finding on stderr, exit 1", async () => {
    const dir = tempDir({ "hasil.csv": "instansi,tahun,d1,d2,d3,d4,indeks\nKab. A,2024,3.45,3.00,3.00,3.00,3.06\nKab. B,2024,,,,,2.00\n" });
    const r = await spbe(["rank", "hasil.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 │ Kab\. A †/);
    expect(r.stderr).toContain("hasil.csv:2:3  galat  d1 3.45 tidak mungkin dihasilkan tingkat bilangan bulat");
  });
});

describe("spbe rank from stdin (the streaming reader)", () => {
  const longForm = ["instansi,tahun,indikator,tingkat", ...Array.from({ length: 47 }, (_, i) => `Kab Contoh,2024,${i + 1},3`)].join("\n");

  it("reads a long-form file piped in, as it reads the same file by name", async () => {
    const dir = tempDir({ "panjang.csv": longForm });
    const piped = await spbe(["rank", "-", "--format", "csv"], { input: longForm });
    const named = await spbe(["rank", join(dir, "panjang.csv"), "--format", "csv"]);
    expect(piped.code).toBe(0);
    // the source column names stdin "-", written '- in CSV (a leading minus is a formula to a spreadsheet)
    expect(piped.stdout).toBe(named.stdout.replaceAll(join(dir, "panjang.csv"), "'-"));
    expect(piped.stdout).toMatch(/Kab Contoh,2024,.*,3\.00,Baik/);
  });

  it("stops at --max-bytes with file/too-large, and refuses a terminal with exit 2", async () => {
    const over = await spbe(["rank", "-", "--max-bytes", "100", "--lang", "en"], { input: longForm });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/file\/too-large/);
    const tty = await spbe(["rank", "-"], { tty: { stdin: true } });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/^spbe: '-' membaca stdin, tetapi stdin adalah terminal/);
  });
});

describe("spbe trend", () => {
  it("one instansi, year by year, with a target (--format json)", async () => {
    const r = await spbe(["trend", "nasional-2023", "nasional-2024", "--instansi", "Kab. Bandung", "--target", "4", "-f", "json"]);
    expect(r.code).toBe(0);
    const doc = json(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.instansi).toHaveLength(1);
    const s = doc.instansi[0];
    expect(s.name).toBe("Pemerintah Kab. Bandung");
    expect(
      s.years.map((y: { tahun: number; index: { display: string }; change: { display: string } | null }) => [
        y.tahun,
        y.index.display,
        y.change?.display ?? null,
      ]),
    ).toEqual([
      [2023, "3.48", null],
      [2024, "3.98", "+0.50"],
    ]);
    expect(s.years[1].predikatChanged).toBe(true);
    expect(s.target).toMatchObject({
      value: { display: "4.00" },
      predikat: "Sangat Baik",
      reached: false,
      gap: { display: "0.02" },
      tahun: 2024,
      basis: "exact",
    });
  });

  // a 2024 row read its predikat and its target from the printed "3.50", where the year's predikat is the
  // exact index's and the domains allow only 3.4985 (validate already said so of a printed predikat)
  it("a 2024 row under the exact basis: the tiers say where the index lies, for the predikat and the target", async () => {
    const dir = tempDir({
      "hasil.csv": [
        "tahun,kategori,provinsi,instansi,d1,d2,d3,d4,indeks",
        "2024,kabupaten,Jawa Timur,Kab. Pacitan X,4.70,3.00,2.09,3.94,3.50",
        "2024,kabupaten,Sulawesi Selatan,Kab. Luwu X,1.20,2.10,1.27,3.75,2.60",
        "2024,kabupaten,Sumatera Utara,Kab. Nias Barat X,1.00,1.10,1.00,2.70,1.80",
        "",
      ].join("\n"),
    });
    const ranked = json((await spbe(["rank", "hasil.csv", "-f", "json"], { cwd: dir })).stdout);
    // Nias Barat X may be 1.7975 or 1.8: either side of the edge, so its printed index's band stands
    expect(ranked.groups[0].rows.map((r: { index: { predikat: string } }) => r.index.predikat)).toEqual(["Baik", "Cukup", "Cukup"]);
    const trend = await spbe(["trend", "nasional-2024", "--instansi", "Kab. Pacitan", "--target", "3.5", "-f", "json"]);
    expect(json(trend.stdout).instansi[0].target).toMatchObject({ reached: false, gap: { display: "0.0015" }, basis: "exact" });
    const byName = await spbe(["trend", "nasional-2024", "--instansi", "Kab. Pacitan", "--target", "Sangat Baik", "-f", "json"]);
    expect(json(byName.stdout).instansi[0].target).toMatchObject({ reached: false, gap: { display: "0.0015" } });
    // under --predikat-basis displayed the printed "Baik" is not the reading asked for: a predikat target is
    // judged as a number then, as --target 3.50 is (it said "short by 0.00")
    for (const target of ["Sangat Baik", "3.50"]) {
      const over = await spbe(["trend", "nasional-2024", "--instansi", "Kab. Pacitan", "--predikat-basis", "displayed", "--target", target, "-f", "json"]);
      expect(json(over.stdout).instansi[0].target, target).toMatchObject({ reached: true, basis: "displayed" });
    }
  });

  // a second review: under --predikat-basis the target was judged by the basis asked for, and the predikat
  // column kept the ministry's printed one: "3.50 │ Baik" beside "target 3.50 (Sangat Baik) reached"
  it("--predikat-basis reads a printed row's predikat again, marks it ◊ and says the printed one", async () => {
    const args = ["trend", "nasional-2024", "--instansi", "Kab. Pacitan", "--predikat-basis", "displayed", "--target", "Sangat Baik"];
    const doc = json((await spbe([...args, "-f", "json"])).stdout).instansi[0];
    expect([doc.target.reached, doc.years.at(-1).index]).toEqual([
      true,
      { value: 3.5, display: "3.50", predikat: "Sangat Baik", predikatBasis: "displayed", predikatOtherBasis: "Baik" },
    ]);
    const text = (await spbe(args)).stdout;
    expect(text).toMatch(/│ 2024 {2}│ {3}3\.50 │ Sangat Baik ◊/);
    expect(text).toContain(
      "◊ Pemerintah Kab. Pacitan (2024): predikat Sangat Baik dibaca dari indeks yang ditampilkan (--predikat-basis atau predikatBasis konfigurasi); tercetak 3.50 Baik menurut aturan tahunnya",
    );
    expect((await spbe([...args, "--lang", "en"])).stdout).toContain(
      "◊ Pemerintah Kab. Pacitan (2024): predikat Sangat Baik read from the displayed index (--predikat-basis or the config's predikatBasis); printed 3.50 Baik under its year's rule",
    );
    // rank: the three 2024 rows the two readings part on, and the counts; 2023 under the exact basis where the
    // domains say the exact index (Boven Digoel's 1.7995, Nias Barat's 1.795–1.7975: Kurang, printed Cukup)
    const ranked = json((await spbe(["rank", "nasional-2024", "--predikat-basis", "displayed", "-f", "json"])).stdout).groups[0];
    const reread = ranked.rows.filter((r: { index: { predikatOtherBasis?: string } }) => r.index.predikatOtherBasis);
    expect(
      reread.map((r: { instansi: string; index: { predikat: string; predikatOtherBasis: string } }) => [
        r.instansi,
        r.index.predikat,
        r.index.predikatOtherBasis,
      ]),
    ).toEqual([
      ["Pemerintah Kab. Pacitan", "Sangat Baik", "Baik"],
      ["Pemerintah Kab. Luwu", "Baik", "Cukup"],
      ["Pemerintah Kab. Nias Barat", "Cukup", "Kurang"],
    ]);
    const exact = (await spbe(["rank", "nasional-2023", "--predikat-basis", "exact"])).stdout;
    expect(
      exact
        .split("\n")
        .filter((l) => l.includes("◊") && l.startsWith("│"))
        .map((l) => l.split("│")[2]!.trim()),
    ).toEqual(["Pemerintah Kab. Boven Digoel", "Pemerintah Kab. Nias Barat"]);
    // their CSV says it too, in a column of its own at the end (score's predikat_dasar_lain), for rank and trend
    const csv = (await spbe(["rank", "nasional-2024", "--predikat-basis", "displayed", "-f", "csv"])).stdout.trim().split("\n");
    expect(csv[0]!.endsWith(",jenis,predikat_dasar_lain,perubahan_dari_bercacat")).toBe(true);
    const pacitan = csv.find((l) => l.includes(",Pemerintah Kab. Pacitan,"))!.split(",");
    expect([pacitan[8], pacitan.at(-2)]).toEqual(["Sangat Baik", "Baik"]);
    expect(csv.filter((l) => !l.endsWith(",,")).length).toBe(1 + 3);
    const trendCsv = (await spbe([...args, "-f", "csv", "--lang", "en"])).stdout.trim().split("\n");
    expect(trendCsv[0]!.endsWith(",target_reached_since,predikat_other_basis,target_for_year,change_from_fault")).toBe(true);
    expect(trendCsv.at(-1)!.split(",").at(-3)).toBe("Baik");
    // (a second read) a row without a tahun was printed under the default rule, not "its year's"
    const undated = tempDir({ "r.csv": "kategori,provinsi,instansi,indeks,predikat\nkabupaten,Jawa Timur,Kab A,3.50,Baik\n" });
    expect((await spbe(["rank", "r.csv", "--predikat-basis", "displayed", "--lang", "en"], { cwd: undated })).stdout).toContain(
      "◊ Kab A: predikat Sangat Baik read from the displayed index (--predikat-basis or the config's predikatBasis); printed 3.50 Baik under the default rule",
    );
    // without the option, or with the year's own rule, the printed predikat stands unmarked
    for (const extra of [[], ["--predikat-basis", "exact"]]) {
      const plain = json((await spbe(["rank", "nasional-2024", ...extra, "-f", "json"])).stdout).groups[0];
      expect(plain.rows.filter((r: { index: { predikatOtherBasis?: string } }) => r.index.predikatOtherBasis)).toEqual([]);
    }
  });

  // found by an exploratory tester: Kota Bogor's 3.72 reached Sangat Baik in 2023, and the line said "tercapai pada 2024"
  it("a target reached in the years before the latest too is said reached since the first of them", async () => {
    const args = ["trend", "nasional-2023", "nasional-2024", "--instansi", "Kota Bogor", "--target", "Sangat Baik"];
    const r = await spbe(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Target 3.50 (Sangat Baik): tercapai sejak 2023;");
    expect((await spbe([...args, "--lang", "en"])).stdout).toContain("Target 3.50 (Sangat Baik): reached since 2023;");
    expect(json((await spbe([...args, "-f", "json"])).stdout).instansi[0].target).toMatchObject({ reached: true, tahun: 2024, since: 2023 });
    // the CSV says it too, in a column of its own at the end (JSON's target.since), on every row of the instansi
    const csv = (await spbe([...args, "-f", "csv"])).stdout.trim().split("\n");
    expect(csv[0]!.endsWith(",sementara,catatan,jenis,target_tercapai_sejak,predikat_dasar_lain,target_untuk_tahun,perubahan_dari_bercacat")).toBe(true);
    expect(csv.slice(1).map((l) => l.split(",").slice(-5, -3))).toEqual([
      ["evaluasi", "2023"],
      ["evaluasi", "2023"],
    ]);
    expect(
      (await spbe([...args, "-f", "csv", "--lang", "en"])).stdout
        .split("\n")[0]!
        .endsWith(",type,target_reached_since,predikat_other_basis,target_for_year,change_from_fault"),
    ).toBe(true);
    // reached in the latest year only: "in 2024" is the year it was first reached (Kab. Bandung: 3.48, then 3.98)
    const bandung = await spbe(["trend", "nasional-2023", "nasional-2024", "--instansi", "Kab. Bandung", "--target", "3.9"]);
    expect(bandung.stdout).toContain(": tercapai pada 2024;");
    // not reached (Kota Bogor's 4.08 under Memuaskan): blank, as JSON's null
    const short = await spbe(["trend", "nasional-2023", "nasional-2024", "--instansi", "Kota Bogor", "--target", "Memuaskan", "-f", "csv"]);
    expect(
      short.stdout
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",").at(-4)),
    ).toEqual(["", ""]);
    // the table of every instansi says it in its target column too
    const all = (await spbe(["trend", "nasional-2023", "nasional-2024", "--target", "Sangat Baik", "-f", "markdown"])).stdout.split("\n");
    expect(all.find((l) => l.includes("| Pemerintah Kota Bogor |"))).toMatch(/ \| Sangat Baik tercapai \(sejak 2023\) \|$/);
    expect(all.find((l) => l.includes("| Badan Keamanan Laut |"))).toMatch(/ \| Sangat Baik tercapai \(2024\) \|$/);
  });

  it("gaps in years are shown as gaps; a target column is read", async () => {
    const dir = tempDir({
      "rpjmd.csv": "instansi,tahun,indeks,target\nPemerintah Kab. Bandung,2021,2.71,\nKabupaten Bandung,2025,4.10,3.50\n",
    });
    const r = await spbe(["trend", "rpjmd.csv", "--nasional", "2023,2024", "--instansi", "kab bandung"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2022 +│ +– +│ +–/);
    // 2024's 3.98 reached it already; 2022 is a gap, so nothing is said of the years before
    expect(r.stdout).toContain("Target 3.50 (Sangat Baik): tercapai sejak 2024");
    const doc = json((await spbe(["trend", "rpjmd.csv", "--nasional", "2023,2024", "--instansi", "kab bandung", "-f", "json"], { cwd: dir })).stdout);
    expect(doc.instansi[0].years.map((y: { tahun: number; index: unknown }) => [y.tahun, y.index === null])).toEqual([
      [2021, false],
      [2022, true],
      [2023, false],
      [2024, false],
      [2025, false],
    ]);
    expect(doc.instansi[0].years[2].change).toEqual({ value: 0.77, display: "+0.77", since: 2021, acrossFrameworks: false, acrossJenis: false });
  });

  it("an unreadable target cell is said at its line and column", async () => {
    const dir = tempDir({ "rpjmd.csv": "instansi,tahun,indeks,target\nKab. Bandung,2024,3.10,tinggi\n" });
    const r = await spbe(["trend", "rpjmd.csv", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^rpjmd\.csv:2:4 +warning .*meta\/invalid$/m);
  });

  it("an assessment's unreadable target is said on the row it was read from", async () => {
    // the first row's target cell is blank: the target, and the warning, are the second row's
    const rows = ["1,3,", "2,3,tinggi", ...Array.from({ length: 45 }, (_, i) => `${i + 3},3,`)].map((r) => `2024,${r}`);
    const dir = tempDir({ "a.csv": `tahun,indikator,tingkat,target\n${rows.join("\n")}\n` });
    const r = await spbe(["trend", "a.csv", "--framework", "spbe-2020", "--lang", "en"], { cwd: dir });
    expect(r.stderr).toMatch(/^a\.csv:3:4 +warning .*meta\/invalid$/m);
  });

  // (an exploratory test) Kab. Buru, evaluated in 2023 alone, showed 2023 as if its latest beside 2024's results
  it("one instansi's table runs over every year of the inputs: a year after its last is a gap too", async () => {
    const r = await spbe(["trend", "nasional-2023", "nasional-2024", "--instansi", "Kab. Buru", "--lang", "en"]);
    expect(r.stdout).toMatch(/│ 2023 │ +1\.39 │ Kurang +│/);
    expect(r.stdout).toMatch(/│ 2024 │ +– │ – +│/);
    expect(r.stdout).toContain("– not in that year's inputs");
    // (a review) a row of one's own with a mistyped tahun of 2204 made 182 year columns of every national instansi
    const dir = tempDir({
      "typo.csv": "tahun,instansi,indeks\n2204,Kab. Zed,3.00\n",
      "own.csv": "tahun,instansi,indeks\n2023,Kanwil A,3.0\n2024,Kanwil A,3.1\n2025,Kanwil A,3.2\n2023,Kanwil B,2.0\n2024,Kanwil B,2.1\n",
    });
    const typo = await spbe(["trend", "typo.csv", "--nasional", "2023,2024", "-f", "markdown"], { cwd: dir });
    expect(typo.stdout.split("\n").find((l) => l.startsWith("| Instansi"))).toMatch(/\| 2023 \| 2024 \| 2204 \|/);
    // (a review) and one's own series ends at one's own latest, a national file beside it or not: Kanwil B's 2025
    for (const national of [[], ["--nasional", "2023,2024"]]) {
      const own = await spbe(["trend", "own.csv", ...national, "--instansi", "Kanwil B", "--lang", "en"], { cwd: dir });
      expect(own.stdout, national.join(" ")).toMatch(/│ 2025 │ +– │ – +│/);
    }
  });

  it("every instansi, one row each (csv long form with gaps)", async () => {
    const r = await spbe(["trend", "nasional-2023", "nasional-2024", "-f", "csv"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "instansi,kategori,provinsi,tahun,kerangka,indeks,predikat,perubahan,perubahan_sejak,predikat_berubah,sumber,bercacat,target,target_tercapai,kurang_target,sementara,catatan,jenis,target_tercapai_sejak,predikat_dasar_lain,target_untuk_tahun,perubahan_dari_bercacat",
    );
    expect(lines).toContain(
      "Pemerintah Kab. Banyuasin,kabupaten,Sumatera Selatan,2023,spbe-2020,1.05,Kurang,,,false,nasional-2023,true,,,,false,,evaluasi,,,,",
    );
    // (a review) its change rests on the 2023 row's fault, as rank marks it
    expect(lines).toContain(
      "Pemerintah Kab. Banyuasin,kabupaten,Sumatera Selatan,2024,spbe-2020,2.71,Baik,1.66,2023,true,nasional-2024,false,,,,false,,evaluasi,,,,true",
    );
  });

  // (an exploratory test) `trend rpjmd.csv` of a table of targets alone said "no instansi with a year", exit 0;
  // rank said "no rows match": the results were forgotten, and neither said so
  it("a table of targets alone with no results anywhere is refused with what to add, exit 2", async () => {
    const dir = tempDir({ "rpjmd.csv": "instansi,tahun,indeks,target\nKab. A,2026,,3.50\nKab. A,2027,,4.00\n" });
    for (const command of ["trend", "rank"]) {
      const r = await spbe([command, "rpjmd.csv", "--lang", "en"], { cwd: dir });
      expect(r, command).toEqual({
        code: 2,
        stdout: "",
        stderr: "spbe: the inputs hold targets only, not one index (rpjmd.csv): give the results too — result or assessment files, or --nasional YEAR\n",
      });
    }
    // (an exploratory test) --instansi of one with targets alone said "no instansi 'Kab. A' in the inputs" beside
    // the table that names it
    const mixed = tempDir({ "rpjmd.csv": "instansi,tahun,indeks,target\nKab. A,2026,,3.50\n", "b.csv": "instansi,tahun,indeks\nKota B,2024,3.10\n" });
    expect(await spbe(["trend", "rpjmd.csv", "b.csv", "--instansi", "kab a", "--lang", "en"], { cwd: mixed })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "spbe: instansi 'kab a' has targets only in the inputs (rpjmd.csv), not one index: give its results too — result or assessment files, or --nasional YEAR\n",
    });
    // (a review) the inputs' warnings are said first; score --banding says it in its own words (it has no --nasional)
    const titled = tempDir({ "rt.csv": "TARGET RPJMD\ninstansi,tahun,indeks,target\nKab. A,2026,,3.50\n" });
    expect((await spbe(["trend", "rt.csv", "--lang", "en"], { cwd: titled })).stderr).toBe(
      "rt.csv:1  warning  the table's header is line 2; the line above it (a sheet title) is not read  file/title-rows\nspbe: the inputs hold targets only, not one index (rt.csv): give the results too — result or assessment files, or --nasional YEAR\n",
    );
    expect(await spbe(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "--banding", "rpjmd.csv", "--lang", "en"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "spbe: --banding rpjmd.csv holds targets only, not one index: nothing to place among; give results, e.g. --banding nasional-2024, or a result table of yours\n",
    });
    // with results from elsewhere, the targets are what they were for
    const given = await spbe(["trend", "rpjmd.csv", "--nasional", "2024", "--lang", "en", "--instansi", "Kota Bogor"], { cwd: dir });
    expect(given.code, given.stderr).toBe(0);
    // a table whose rows are faulty too is said by its findings (exit 1), not refused as targets alone
    const faulty = tempDir({ "t.csv": "instansi,tahun,indeks,target\nKab. A,2026,,3.50\nKab. A,20x7,,4.00\n" });
    const said = await spbe(["trend", "t.csv", "--lang", "en"], { cwd: faulty });
    expect(said.code).toBe(1);
    // (the same test) trend said of the blank index "this row cannot be ranked"
    expect(said.stderr).toContain("t.csv:3:3  error  indeks is blank: this row is left out of rankings and trends  result/blank");
  });

  // (an exploratory test) only the one-instansi line named a target's year: the many-instansi table, the
  // HTML and the CSV put an RPJMD table's 2027 target beside the 2025 index as if it were 2025's own
  it("a target of another year than the one judged is named with its year in every format", async () => {
    const dir = tempDir({
      "hasil.csv": "instansi,tahun,indeks\nKab. A,2024,3.10\nKab. A,2025,3.30\nKab. B,2025,3.90\n",
      "rpjmd.csv": "instansi,tahun,indeks,target\nKab. A,2027,,3.50\nKab. B,2025,,3.50\n",
    });
    const args = ["trend", "hasil.csv", "rpjmd.csv", "--lang", "en"];
    const table = await spbe(args, { cwd: dir });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain("3.50 for 2027: 0.20 short (2025)");
    // a target of the year judged says no year
    expect(table.stdout).toContain("3.50 reached (2025)");
    expect(table.stdout).not.toContain("for 2025");
    expect((await spbe([...args, "-f", "markdown"], { cwd: dir })).stdout).toContain("3.50 for 2027: 0.20 short (2025)");
    expect((await spbe([...args, "-f", "html"], { cwd: dir })).stdout).toContain("3.50 for 2027: 0.20 short (2025)");
    const csv = (await spbe([...args, "-f", "csv"], { cwd: dir })).stdout.trim().split("\n");
    expect(csv[0]!.endsWith(",predikat_other_basis,target_for_year,change_from_fault")).toBe(true);
    expect(csv.filter((l) => l.startsWith("Kab. A,")).map((l) => l.split(",").at(-2))).toEqual(["2027", "2027"]);
    expect(csv.filter((l) => l.startsWith("Kab. B,")).map((l) => l.split(",").at(-2))).toEqual([""]);
    expect(
      (await spbe(["trend", "hasil.csv", "rpjmd.csv", "-f", "csv"], { cwd: dir })).stdout
        .split("\n")[0]!
        .endsWith(",target_untuk_tahun,perubahan_dari_bercacat"),
    ).toBe(true);
  });

  // found by a review of framework files: --target was read against spbe-2020 whatever --framework said
  it("--target is read against the framework of the rows judged: a framework file's scale and predikat", async () => {
    const kerangka = kanwilOnHundred(true);
    const rows = [60, 70, 80, 40, 50, 60, 70].map((v, i) => `Unit X,2025,${i + 1},${v}`);
    const dir = tempDir({ "k.json": JSON.stringify(kerangka), "unit.csv": ["instansi,tahun,indikator,tingkat", ...rows].join("\n") });
    for (const target of ["80", "Unggul"]) {
      const r = await spbe(["trend", "unit.csv", "--framework", "k.json", "--target", target, "-f", "json"], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(json(r.stdout).instansi[0].target, target).toMatchObject({ value: { display: "80.00" }, predikat: "Unggul", reached: false });
    }
    const refused = await spbe(["trend", "unit.csv", "--framework", "k.json", "--target", "Sangat Baik", "--lang", "en"], { cwd: dir });
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("--target 'Sangat Baik' is neither a number 0–100 (at most four decimals) nor a predikat (Unggul)");
    // one no bundled framework reads is refused before any input is read (it waited for a national file's
    // million rows, and said nothing when no dated row came): here, before the missing file is said
    expect(await spbe(["trend", "tidak-ada.csv", "--target", "Luar Biasa", "--lang", "en"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^spbe: --target 'Luar Biasa' is neither a number 0–5 \(at most four decimals\) nor a predikat \(Memuaskan, /),
    });
  });

  it("an instansi not in the inputs: exit 2, with the names it may have meant", async () => {
    const r = await spbe(["trend", "nasional-2024", "--instansi", "Kab Bandungg"]);
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "spbe: tidak ada instansi 'Kab Bandungg' dalam masukan; mungkin: Pemerintah Kab. Bandung\n" });
  });

  // (an exploratory review) "--instansi Bogor" gave Kab. and Kota Bogor, "Kabupaten" 392 series, exit 0
  it("an --instansi matching several: exit 2, naming them", async () => {
    expect(await spbe(["trend", "nasional-2024", "--instansi", "Bogor", "--lang", "en"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "spbe: --instansi 'Bogor' matches 2 instansi (Pemerintah Kab. Bogor, Pemerintah Kota Bogor): write the name more fully, e.g. 'Pemerintah Kab. Bogor'\n",
    });
    expect((await spbe(["trend", "nasional-2024", "--instansi", "Kabupaten"])).stderr).toMatch(
      /^spbe: --instansi 'Kabupaten' cocok dengan \d{3} instansi \(.*, …\)/,
    );
    expect((await spbe(["trend", "nasional-2024", "--instansi", "Kab. Bogor", "-f", "json"])).code).toBe(0);
  });
});

describe("rank and trend say what their framework leaves unsettled", () => {
  // reference/README.md: "surface `provisional` / unverified items to users"; Pemdi 2026 is provisional,
  // the 2018 bands other than 2.6 are assumed. A ranking reads its predikat from those bands.
  const tables = () =>
    tempDir({
      "pemdi.csv": "tahun,instansi,indeks\n2026,Kab A,3.00\n2026,Kab B,2.49\n",
      "lama.csv": "tahun,instansi,indeks\n2019,Kab A,3.00\n2019,Kab B,3.49\n",
    });

  // `trend --target Melembaga` (Pemdi's own name of the band) showed "3.50 tercapai" where "Sangat Baik"
  // showed "Sangat Baik tercapai", and was judged as a number: a band's name is its predikat's, as in plan
  it("a Pemdi band's own name as --target is its predikat, in trend as in plan", async () => {
    const dir = tables();
    for (const format of [[], ["-f", "json"], ["-f", "csv"]]) {
      const named = await spbe(["trend", join(dir, "pemdi.csv"), "--target", "melembaga", ...format]);
      const predikat = await spbe(["trend", join(dir, "pemdi.csv"), "--target", "Sangat Baik", ...format]);
      expect(named.stdout.replace(/"text": "melembaga"/g, '"text": "Sangat Baik"'), format.join(" ")).toBe(predikat.stdout);
    }
    expect((await spbe(["trend", join(dir, "pemdi.csv"), "--target", "Melembaga"])).stdout).toContain("Sangat Baik: kurang 0.50 (2026)");
  });

  it("a ranking or trend of Pemdi 2026 rows says the framework is provisional, in every format", async () => {
    const dir = tables();
    for (const cmd of ["rank", "trend"]) {
      const human = await spbe([cmd, join(dir, "pemdi.csv")]);
      expect(human.stdout, cmd).toContain("pemdi-2026 — SEMENTARA (provisional)");
      expect(human.stdout, cmd).toContain("Catatan (pemdi-2026): Indeks Pemdi 2026 bersifat sementara (provisional)");
      const md = await spbe([cmd, join(dir, "pemdi.csv"), "-f", "markdown", "--lang", "en"]);
      expect(md.stdout, cmd).toContain("pemdi-2026 — PROVISIONAL");
      const doc = json((await spbe([cmd, join(dir, "pemdi.csv"), "-f", "json", "--lang", "en"])).stdout);
      expect(doc.frameworks, cmd).toEqual([
        { id: "pemdi-2026", provisional: true, caveats: [expect.stringContaining("Indeks Pemdi 2026 is provisional")], excludedIndicators: [] },
      ]);
      // the CSV said none of it: a spreadsheet made from it lost the warning. Every row carries it, in
      // the two columns before the last (`sementara`, `catatan`; `jenis` came after them), and an Excel CSV too
      // (trend's target_tercapai_sejak and target_untuk_tahun and both's predikat_dasar_lain, later still, set
      // aside: a year, a predikat or blank)
      for (const csv of [["-f", "csv"], ["--excel"]]) {
        const out = (await spbe([cmd, join(dir, "pemdi.csv"), ...csv])).stdout.trim().split(/\r?\n/);
        const rows = out.map((r) => (cmd === "trend" ? r.replace(/[,;][^,;]*[,;][^,;]*[,;][^,;]*[,;][^,;]*$/, "") : r.replace(/[,;][^,;]*[,;][^,;]*$/, "")));
        expect(rows[0], cmd).toMatch(/[,;]sementara[,;]catatan[,;]jenis$/);
        expect(rows.slice(1), cmd).toHaveLength(2);
        for (const row of rows.slice(1))
          expect(row, cmd).toMatch(/[,;]true[,;]"?Indeks Pemdi 2026 bersifat sementara \(provisional\): bobot dan batas predikat [^\n]*resmi\."?[,;]$/);
      }
    }
  });

  it("validate of a result table of Pemdi 2026 rows warns once that its predikat is read from provisional bands", async () => {
    const dir = tables();
    const r = await spbe(["validate", join(dir, "pemdi.csv"), "-f", "json"]);
    expect(r.code).toBe(0);
    const doc = json(r.stdout);
    expect(doc.findings.map((f: { code: string; line: number | null }) => [f.code, f.line])).toEqual([["framework/provisional", null]]);
    expect(doc.files[0]).toMatchObject({ kind: "results", valid: true, warnings: 1 });
    const old = await spbe(["validate", join(dir, "lama.csv"), "-f", "json"]);
    expect(json(old.stdout).findings).toEqual([]);
  });

  it("a ranking or trend of 2019 rows says the 2018 bands other than 2.60 are assumed; the national results say nothing more", async () => {
    const dir = tables();
    for (const cmd of ["rank", "trend"]) {
      const human = await spbe([cmd, join(dir, "lama.csv"), "--lang", "en"]);
      expect(human.stdout, cmd).toContain("Note (spbe-2018): Predikat bands other than 2.60 are assumed equal to spbe-2020 (unverified for 2018).");
      expect(human.stdout, cmd).not.toContain("PROVISIONAL");
      const doc = json((await spbe([cmd, join(dir, "lama.csv"), "-f", "json"])).stdout);
      expect(doc.frameworks[0]).toMatchObject({ id: "spbe-2018", provisional: false, caveats: [expect.stringContaining("Batas predikat selain 2.60")] });
      const out = (await spbe([cmd, join(dir, "lama.csv"), "-f", "csv", "--lang", "en"])).stdout.trim().split("\n");
      // (trend's target_reached_since and target_for_year and both's predikat_other_basis, after jenis, set aside)
      const csv = out.map((r) => (cmd === "trend" ? r.replace(/,[^,]*,[^,]*,[^,]*,[^,]*$/, "") : r.replace(/,[^,]*,[^,]*$/, "")));
      expect(csv.slice(1), cmd).toHaveLength(2);
      for (const row of csv.slice(1))
        expect(row, cmd).toMatch(/,false,Predikat bands other than 2\.60 are assumed equal to spbe-2020 \(unverified for 2018\)\.,$/);
    }
    const national = await spbe(["rank", "nasional-2024", "--top", "1"]);
    expect(national.stdout).not.toMatch(/Catatan \(|SEMENTARA/);
    expect(json((await spbe(["rank", "nasional-2024", "--top", "1", "-f", "json"])).stdout).frameworks).toEqual([
      { id: "spbe-2020", provisional: false, caveats: [], excludedIndicators: [] },
    ]);
  });
});

describe("validate and score over result tables", () => {
  // (an exploratory test) validate --strict passed, exit 0, an RPJMD table whose targets "abc" and "9" trend then
  // set aside: a CI check says what trend says of the same cells
  it("validate says of target cells what trend says, in results and assessments alike", async () => {
    const rows = Array.from({ length: 47 }, (_, i) => `Kab. X;2024;${i + 1};3;${i === 1 ? "tinggi" : ""}`);
    const dir = tempDir({
      "rpjmd.csv": "tahun,instansi,indeks,target\n2023,Kab. A,3.10,abc\n2024,Kab. A,3.60,9\n2026,Kab. A,,Memuaskan\n2027,Kab. A,,lima\n",
      "koma.csv": "tahun;instansi;indeks;target\n2024;Kab. A;3,60;3.500\n",
      "mandiri.csv": `instansi;tahun;indikator;tingkat;target\n${rows.join("\n")}\n`,
    });
    const at = (stderr: string) =>
      stderr
        .split("\n")
        .filter((l) => l.endsWith("meta/invalid"))
        .map((l) => l.split(/ +/)[0]);
    const trended = await spbe(["trend", "rpjmd.csv"], { cwd: dir });
    const checked = await spbe(["validate", "rpjmd.csv"], { cwd: dir });
    expect(at(checked.stdout)).toEqual(["rpjmd.csv:2:4", "rpjmd.csv:3:4", "rpjmd.csv:5:4"]);
    expect(at(trended.stderr)).toEqual(at(checked.stdout));
    expect(checked.code).toBe(0);
    expect((await spbe(["validate", "rpjmd.csv", "--strict"], { cwd: dir })).code).toBe(1);
    // "3.500" where commas are decimal: 3.5 or 3500, never guessed
    expect((await spbe(["validate", "koma.csv", "--lang", "en"], { cwd: dir })).stdout).toMatch(/^koma\.csv:2:4 .*3\.500.*meta\/invalid$/m);
    // an assessment's target (its second row's: the first's cell is blank), in the file's findings and its own
    const doc = json((await spbe(["validate", "mandiri.csv", "-f", "json"], { cwd: dir })).stdout);
    expect(doc.findings.map((f: { code: string; line: number; column: number }) => [f.code, f.line, f.column])).toEqual([["meta/invalid", 3, 5]]);
    const junit = (await spbe(["validate", "mandiri.csv", "-f", "junit", "--strict"], { cwd: dir })).stdout;
    expect(junit).toContain("meta/invalid");
    // (a review) held to the cap per code as the file's own findings are, the count last, none of them moved
    const many = ["tahun,instansi,indeks,target", "2024,Kab. X,9.00,", ...Array.from({ length: 1200 }, (_, i) => `2024,Kab. ${i},3.10,abc`)];
    writeFileSync(join(dir, "banyak.csv"), `${many.join("\n")}\n`);
    const capped = json((await spbe(["validate", "banyak.csv", "-f", "json"], { cwd: dir })).stdout);
    expect([capped.findings.length, capped.files[0].errors, capped.files[0].warnings]).toEqual([1002, 1, 1200]);
    expect(capped.findings.map((f: { code: string; line: number | null }) => [f.code, f.line]).filter((_: unknown, i: number) => i < 2 || i > 999)).toEqual([
      ["result/out-of-range", 2],
      ["meta/invalid", 3],
      ["meta/invalid", 1002],
      ["file/too-many-findings", null],
    ]);
    // (a review) a row of a year to come read against its year's framework: 2027's "Unggul" is Pemdi's
    writeFileSync(join(dir, "p27.csv"), "tahun,instansi,indeks,target\n2027,Kab. A,,Unggul\n");
    expect(json((await spbe(["validate", "p27.csv", "-f", "json"], { cwd: dir })).stdout).findings).toEqual([]);
    // (a review) "Kurang" is a predikat, the lowest, with no bound to reach: not "neither an index nor a predikat"
    writeFileSync(join(dir, "kurang.csv"), "tahun,instansi,indeks,target\n2024,Kab. A,3.10,kurang\n");
    for (const command of ["validate", "trend"]) {
      const said = await spbe([command, "kurang.csv", "--lang", "en"], { cwd: dir });
      expect(`${said.stdout}${said.stderr}`, command).toContain(
        "kurang.csv:2:4  warning  target 'kurang' is the lowest predikat, with no lower bound to reach: write an index or a higher predikat; ignored  meta/invalid",
      );
    }
  });

  // a coordinator's sheet saved with its title on line 1: rank --nasional said only that the columns were
  // 'REKAP INDEKS SPBE 2024'; then where the header seemed to be; now the table is read, with a warning
  it("a title row above a result table: rank, trend and validate read the table, and warn of the title", async () => {
    const dir = tempDir({ "rekap.csv": "REKAP INDEKS SPBE 2024\ninstansi,tahun,indeks,predikat\nKab. A,2024,3.10,Baik\n" });
    const warning = "rekap.csv:1  warning  the table's header is line 2; the line above it (a sheet title) is not read  file/title-rows\n";
    for (const args of [
      ["rank", "rekap.csv", "--nasional", "2024", "--top", "1"],
      ["trend", "rekap.csv"],
      ["validate", "rekap.csv"],
    ]) {
      const r = await spbe([...args, "--lang", "en"], { cwd: dir });
      expect(r.code, args[0]).toBe(0);
      // (validate lists its findings on stdout, rank and trend on stderr)
      expect((r.stdout + r.stderr).split(warning), args[0]).toHaveLength(2);
      if (args[0] !== "validate") expect(r.stdout, args[0]).toContain("Kab. A");
    }
  });

  // an exploratory tester: "Predikat: Baik 1, baik 1, SANGAT BAIK 1" (JSON `summary.predikat` keyed as typed),
  // where validate took them as the same; "Sangat  Baik" (two spaces) was a predikat mismatch
  it("a printed predikat in any case and spacing is its band's, as the framework writes it", async () => {
    const dir = tempDir({
      "res.csv": [
        "No;Nama Instansi;Kategori;Provinsi;Tahun;D1;D2;D3;D4;Indeks;Predikat",
        "1;Kab. Satu;Kabupaten;Jawa Barat;2024;4,10;3,90;3,64;4,33;4,08;SANGAT BAIK",
        "2;Kota Dua;Kota;Jawa Barat;2024;3,00;3,00;3,00;3,00;3,00;baik",
        "3;Kab. Tiga;Kabupaten;Jawa Barat;2024;3,00;3,00;3,00;3,00;3,00;Baik",
        "4;Kab. Empat;Kabupaten;Jawa Barat;2024;4,10;3,90;3,64;4,33;4,08;Sangat  Baik",
        "",
      ].join("\r\n"),
    });
    const doc = json((await spbe(["rank", "res.csv", "-f", "json"], { cwd: dir })).stdout);
    expect(doc.groups[0].summary.predikat).toEqual({ "Sangat Baik": 2, Baik: 2 });
    expect(doc.groups[0].rows.map((r: { index: { predikat: string } }) => r.index.predikat)).toEqual(["Sangat Baik", "Sangat Baik", "Baik", "Baik"]);
    const validate = await spbe(["validate", "res.csv", "-f", "json"], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(json(validate.stdout).findings).toEqual([]);
  });

  // an exploratory tester: Kab. Garut's 2023 row of the user's stood in for its official 2024 result (3.89),
  // ranked last at 2.50 "replacing the national row"; a history table's 2023 rows were each a false rank/duplicate
  it("a row of an earlier year does not stand in for the instansi's official result of the year ranked", async () => {
    const dir = tempDir({
      "lama.csv": "instansi,tahun,indeks\nKab. Garut,2023,2.50\n",
      "riwayat.csv": "instansi,tahun,indeks\nKab. Garut,2023,2.50\nKab. Garut,2024,3.10\n",
    });
    const args = ["--nasional", "2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat", "-f", "json", "--lang", "en"];
    const old = json((await spbe(["rank", "lama.csv", ...args], { cwd: dir })).stdout);
    const garut = old.groups[0].rows.filter((r: { instansi: string }) => r.instansi.includes("Garut"));
    expect(garut.map((r: { instansi: string; index: { display: string }; user: boolean }) => [r.instansi, r.index.display, r.user])).toEqual([
      ["Pemerintah Kab. Garut", "3.89", false],
    ]);
    expect(old.standing).toEqual([]);
    expect(old.findings.map((f: { code: string; line: number; message: string }) => [f.code, f.line, f.message])).toEqual([
      [
        "rank/duplicate",
        2,
        "this 2023 row of Kab. Garut is not ranked among the results of 2024: the instansi's official result of 2024 (nasional-2024:267) is",
      ],
    ]);
    // the user's own 2024 row is ranked; the year before it is history, said nowhere
    const history = json((await spbe(["rank", "riwayat.csv", ...args], { cwd: dir })).stdout);
    expect(history.findings).toEqual([]);
    // (an exploratory tester, as a coordinator) a 2025 row beside the instansi's own 2024 one: it was "the first
    // (riwayat.csv:3) is ranked, not this one: give one per instansi", of a file of two years in order
    writeFileSync(join(dir, "dua.csv"), "instansi,tahun,indeks\nKabupaten Garut,2025,3.90\nKabupaten Garut,2024,3.95\n");
    const two = json((await spbe(["rank", "dua.csv", ...args], { cwd: dir })).stdout);
    expect(two.findings.map((f: { code: string; line: number; message: string }) => [f.code, f.line, f.message])).toEqual([
      [
        "rank/duplicate",
        2,
        "this 2025 row of Kabupaten Garut is not ranked among the results of 2024: its 2024 row (dua.csv:3) is (a row per instansi and year is history, not a duplicate)",
      ],
    ]);
    const mine = history.groups[0].rows.find((r: { user: boolean }) => r.user);
    expect([mine.index.display, mine.change.display]).toEqual(["3.10", "+0.60"]);
    // (a review) so it is beside a 2025 row placed among 2024's: no "the official result of 2024 is ranked"
    writeFileSync(join(dir, "lanjut.csv"), "instansi,tahun,indeks\nKabupaten Garut,2022,2.10\nKabupaten Garut,2023,2.50\nKabupaten Garut,2025,3.90\n");
    const placed = json((await spbe(["rank", "lanjut.csv", ...args], { cwd: dir })).stdout);
    expect(placed.findings).toEqual([]);
    expect(placed.groups[0].rows.find((r: { user: boolean }) => r.user)).toMatchObject({ tahun: 2025, replaces: true });
    // and a later row is not placed into an earlier year asked for, with a national year between (2025 was
    // ranked among 2023's, replacing Garut's official 2023 result)
    const asked = json(
      (await spbe(["rank", "lanjut.csv", "--nasional", "2023,2024", "--tahun", "2023", "--kategori", "kabupaten", "-f", "json"], { cwd: dir })).stdout,
    );
    expect(asked.groups[0].rows.filter((r: { user: boolean }) => r.user).map((r: { tahun: number }) => r.tahun)).toEqual([2023]);
    // (an exploratory test) nor into a year asked for that has no national results at all: --tahun 2019 of one's
    // own 2019 row, 2024's results loaded, took in a 2021 row of another framework and refused the ranking
    writeFileSync(join(dir, "lama.csv"), "tahun,instansi,indeks\n2019,Kota Bogor,2.80\n2021,Kota Depok,3.00\n");
    for (const loaded of [[], ["nasional-2024"]]) {
      const old = json((await spbe(["rank", "lama.csv", ...loaded, "--tahun", "2019", "-f", "json"], { cwd: dir })).stdout);
      expect(old.findings, loaded.join()).toEqual([]);
      expect(old.groups[0].rows.map((r: { instansi: string; tahun: number }) => [r.instansi, r.tahun])).toEqual([["Kota Bogor", 2019]]);
      // nor "1 of your assessments … placed among the results of 2019", of which there are none
      expect((await spbe(["rank", "lama.csv", ...loaded, "--tahun", "2019", "--lang", "en"], { cwd: dir })).stdout).not.toContain("placed among");
    }
    // score --banding places the earlier assessment, asked for it alone (a review: the first fix made it
    // "cannot be placed" with a false reason)
    const banding = await spbe(["score", "-", "--banding", "nasional-2024"], {
      input: readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"))
        .toString("utf8")
        .replaceAll("Kabupaten Contoh (data contoh);2024", "Kabupaten Garut;2023"),
    });
    expect(banding.stdout).toMatch(
      /Posisi di antara hasil tahun 2024 \(penilaian ini tahun 2023; [^)]*\): Kabupaten Garut \(3\.64 Sangat Baik\): peringkat \d+ dari 392/,
    );
  });

  // an exploratory tester: rows with no provinsi took --provinsi "Jawa Tengah" though their national rows
  // say Jawa Barat (Garut, Bogor): the Jawa Tengah ranking grew by them, "rank 2 of 2 in Jawa Tengah"
  it("a row of the user's with no kategori or provinsi takes its instansi's national row's, before the filters'", async () => {
    const dir = tempDir({ "nama.csv": "instansi,tahun,indeks\nPemkab Garut,2024,1.11\nKab Bogor,2024,1.13\n" });
    const doc = json(
      (await spbe(["rank", "nama.csv", "--nasional", "2024", "--provinsi", "Jawa Tengah", "--kategori", "kabupaten", "-f", "json"], { cwd: dir })).stdout,
    );
    expect(doc.groups[0].rows.filter((r: { user: boolean }) => r.user)).toEqual([]);
    expect(doc.groups[0].total).toBe(29);
    // in Jawa Barat they are ranked, named with their province
    const jabar = json(
      (await spbe(["rank", "nama.csv", "--nasional", "2024", "--provinsi", "jabar", "--kategori", "kabupaten", "-f", "json"], { cwd: dir })).stdout,
    );
    expect(jabar.groups[0].rows.filter((r: { user: boolean }) => r.user).map((r: { instansi: string; provinsi: string }) => [r.instansi, r.provinsi])).toEqual([
      ["Kab Bogor", "Jawa Barat"],
      ["Pemkab Garut", "Jawa Barat"],
    ]);
  });

  // an exploratory tester: the rows naming no province, last under --by provinsi, were headed "kabupaten"
  // (the filter), or "nasional" without one, as if a national ranking
  it("--by provinsi heads the rows with no provinsi as that, in every human format", async () => {
    const dir = tempDir({ "bp.csv": "instansi,tahun,indeks,provinsi\nKab. Tanpa Prov,2024,2.0,\n" });
    const args = ["rank", "bp.csv", "--nasional", "2024", "--kategori", "kabupaten", "--by", "provinsi", "--lang", "en"];
    const human = await spbe(args, { cwd: dir });
    const heading = human.stdout.split("\n\n").find((b) => b.includes("│ Kab. Tanpa Prov *"))!;
    expect(heading.split("\n")[0]).toBe("no provinsi");
    expect((await spbe([...args, "-f", "markdown"], { cwd: dir })).stdout).toContain("### no provinsi\n");
    // (an exploratory test) and where those are all the rows: --kategori pusat --by provinsi (no ministry names a
    // province) dropped the heading, the same output as without --by
    const pusat = ["rank", "nasional-2024", "--kategori", "pusat", "--by", "provinsi", "--top", "1", "--lang", "en"];
    expect((await spbe(pusat)).stdout.split("\n").slice(0, 3)).toEqual(["Ranking of the Indeks SPBE 2024 — kategori pusat", "", "no provinsi"]);
    expect((await spbe([...pusat, "-f", "markdown"])).stdout).toContain("### no provinsi\n");
    expect((await spbe([...pusat, "-f", "html"])).stdout).toContain("<h2>no provinsi</h2>");
  });

  // (an exploratory test) the README's own advice, a copy of spbe-2020.json under a new id with other bands: given
  // as --framework (or in the config) it read the ministry's rows too, called 324 of them faulty by its bands,
  // and ranked an assessment it scored among them, unrefused
  it("a framework file of one's own never reads the bundled results: they keep their year's framework", async () => {
    const mine = JSON.parse(readFileSync(join(ROOT, "src/frameworks/data/spbe-2020.json"), "utf8"));
    mine.id = "saya-2020";
    mine.bands = mine.bands.map((b: { predikat: string; min: string | null }) => (b.predikat === "Memuaskan" ? { ...b, min: "4.00" } : b));
    mine.bands = mine.bands.map((b: { predikat: string; max: string | null }) => (b.predikat === "Sangat Baik" ? { ...b, max: "4.00" } : b));
    const dir = tempDir({ "mine.json": JSON.stringify(mine) });
    const ranked = json((await spbe(["rank", "nasional-2024", "--framework", "mine.json", "-f", "json"], { cwd: dir })).stdout);
    expect(ranked.frameworks.map((f: { id: string }) => f.id)).toEqual(["spbe-2020"]);
    expect(ranked.faults).toEqual([{ source: "nasional-2024", count: 3 }]);
    const checked = json((await spbe(["validate", "nasional-2024", "--framework", "mine.json", "-f", "json"], { cwd: dir })).stdout);
    expect(checked.files[0]).toMatchObject({ errors: 0, warnings: 3 });
    // an assessment scored by it is of another framework than theirs: refused as a mix, as a 2018 file is
    const mixed = await spbe(["rank", join(ROOT, SAMPLE), "--nasional", "2024", "--framework", "mine.json", "--lang", "en"], { cwd: dir });
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("(saya-2020, spbe-2020)");
    // (a review) a table of one's own given to --banding is read with the run's framework, as rank reads it: it was
    // read as spbe-2020's, and every assessment of the framework file "not placed"
    writeFileSync(join(dir, "hasil.csv"), "tahun,kategori,instansi,indeks\n2025,kanwil,Kanwil A,3.10\n2025,kanwil,Kanwil B,2.50\n");
    const kanwil = ["--framework", join(ROOT, "fixtures/kerangka-contoh-kanwil.json")];
    const placed = await spbe(["score", join(ROOT, "fixtures/contoh-kanwil.csv"), ...kanwil, "--banding", "hasil.csv", "--lang", "en"], { cwd: dir });
    expect(placed.stderr).not.toContain("not placed");
    expect(placed.stdout).toContain("Standing among the results of 2025");
    // (a review) nor does --max-bytes apply to the bundled results: validate said nasional-2024 was over it, exit 1
    const small = await spbe(["validate", "nasional-2024", "--max-bytes", "1000", "-f", "json"]);
    expect([small.code, json(small.stdout).files[0]]).toEqual([0, expect.objectContaining({ errors: 0, warnings: 3 })]);
  });

  // (an exploratory test) Banyuasin's +1.66, the largest change in the country, rests on its 2023 row's d4 of 0.30
  // (a fault of the source): trend marks that year †, rank gave the change as any other
  it("a change from a row with a fault of the year before is marked, in every format", async () => {
    const args = ["rank", "nasional-2023", "nasional-2024", "--kategori", "kabupaten", "--provinsi", "Sumatera Selatan", "--lang", "en"];
    const table = (await spbe(args)).stdout;
    expect(table).toMatch(/│ +6 │ Pemerintah Kab\. Banyuasin +│ .* │ +\+1\.66 † │/);
    expect(table).toContain("† on a change: the instansi's 2023 row has a fault in the source (1 row(s)); the change is from that printed index");
    const doc = json((await spbe([...args, "-f", "json"])).stdout);
    const rows = doc.groups[0].rows as { instansi: string; changeFromFault?: boolean }[];
    expect(rows.filter((r) => r.changeFromFault).map((r) => r.instansi)).toEqual(["Pemerintah Kab. Banyuasin"]);
    const csv = tokenize((await spbe([...args, "-f", "csv"])).stdout, ",").records.map((r) => [...r.cells]);
    const at = csv[0]!.indexOf("change_from_fault");
    expect(
      csv
        .slice(1)
        .filter((r) => r[at] === "true")
        .map((r) => r[2]),
    ).toEqual(["Pemerintah Kab. Banyuasin"]);
    expect(csv.slice(1).filter((r) => r[at] === "false")).toHaveLength(12);
    // (a review) and trend, which marked the 2023 value †, marks the change from it too
    const trend = await spbe(["trend", "nasional-2023", "nasional-2024", "--instansi", "Kab. Banyuasin", "--lang", "en"]);
    expect(trend.stdout).toMatch(/│ 2024 │ +2\.71 │ Baik \(changed\) │ \+1\.66 † │/);
    expect(trend.stdout).toContain("† on a change: from the printed index of a year with a fault");
    const trendDoc = json((await spbe(["trend", "nasional-2023", "nasional-2024", "--instansi", "Kab. Banyuasin", "-f", "json"])).stdout);
    expect(trendDoc.instansi[0].years[1].change).toMatchObject({ display: "+1.66", fromFault: true });
    // (a review) the note only where a change it marks is shown: the table of several shows each latest change alone
    const later = tempDir({ "ban.csv": "tahun,instansi,indeks\n2025,Kab. Banyuasin,2.90\n2025,Kab. Musi Banyuasin,3.70\n" });
    const several = await spbe(["trend", "ban.csv", "--nasional", "2023,2024", "--lang", "en"], { cwd: later });
    expect(several.stdout).not.toContain("† on a change");
  });

  it("validate reports exactly the known faults of the bundled results", async () => {
    const r = await spbe(["validate", "nasional-2023", "nasional-2024", "-f", "json"]);
    expect(r.code).toBe(1);
    const doc = json(r.stdout);
    expect(doc.findings.map((f: { file: string; line: number; code: string; value: string }) => [f.file, f.line, f.code, f.value])).toEqual([
      ["nasional-2023", 212, "result/out-of-range", "0.30"],
      ["nasional-2024", 17, "result/blank", ""],
      ["nasional-2024", 18, "result/blank", ""],
      ["nasional-2024", 336, "result/blank", ""],
    ]);
    expect(doc.files.map((f: { kind: string; rows: number }) => [f.kind, f.rows])).toEqual([
      ["results", 621],
      ["results", 615],
    ]);
  });

  // found by an adversarial review: a config's framework (pemdi-2026) was taken as --framework for the
  // bundled tables too (121 errors), and -o could replace a bundled table with a report
  it("the bundled tables keep their own framework, and are never an output", async () => {
    const dir = tempDir({ "spbe.config.json": '{ "framework": "pemdi-2026" }' });
    const r = await spbe(["validate", "nasional-2023", "nasional-2024", "-f", "json"], { cwd: dir });
    expect(json(r.stdout).findings).toHaveLength(4);
    const bundled = join(ROOT, "data/nasional/nasional-2024.csv");
    const before = readFileSync(bundled, "utf8");
    for (const args of [
      ["validate", "nasional-2024", "-o", bundled, "-f", "json"],
      ["template", "-o", bundled],
    ]) {
      expect(await spbe(args)).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("berkas masukan tidak pernah ditimpa") });
    }
    expect(readFileSync(bundled, "utf8")).toBe(before);
  });

  it("score on a result table says what it is", async () => {
    const r = await spbe(["score", "--lang", "en", join(ROOT, "data/nasional/nasional-2024.csv")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("this file is a result table (one row per instansi with its index)");
  });

  it("score --banding nasional-2024 adds the standing line", async () => {
    const r = await spbe(["score", SAMPLE, "--banding", "nasional-2024", "--provinsi", "Jawa Barat"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Posisi di antara hasil tahun 2024 (penilaian mandiri, belum diverifikasi): Kabupaten Contoh (data contoh) (3.64 Sangat Baik): peringkat 76 dari 393 kabupaten secara nasional (persentil 80); 0.01 poin lagi untuk peringkat 75 (3.65, Pemerintah Kab. Ciamis); peringkat 14 dari 19 di Jawa Barat",
    );
    const doc = json((await spbe(["score", SAMPLE, "--banding", "nasional-2024", "-f", "json"])).stdout);
    expect(doc.assessments[0].standing).toMatchObject({ kategori: "kabupaten", national: { rank: 76, of: 393 }, amongNational: true, provinsi: null });
    // without --banding the field is not there
    expect(json((await spbe(["score", SAMPLE, "-f", "json"])).stdout).assessments[0]).not.toHaveProperty("standing");
    // a provinsi typo is refused as rank refuses it, not dropped from the standing (found by an adversarial review)
    const typo = await spbe(["score", SAMPLE, "--banding", "nasional-2024", "--provinsi", "Jawa Barta"]);
    expect(typo).toMatchObject({ code: 2, stdout: "", stderr: "spbe: tidak ada provinsi 'Jawa Barta' dalam masukan; mungkin: Jawa Barat\n" });
    // the HTML page says it with the page's decimal mark (it said "3.64" under a headline of "3,64")
    const html = (await spbe(["score", SAMPLE, "--banding", "nasional-2024", "-f", "html"])).stdout;
    expect(html).toMatch(/<p class="standing">[^<]*\(3,64 Sangat Baik\)[^<]*0,01 poin lagi[^<]*\(3,65, /);
  });

  // (an exploratory tester) the page's decimal mark was put into the standing sentence after the fact, names and all
  it("the HTML standing line keeps a name's own digits: 'Kota Versi 4.0', not '4,0'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-v40-"));
    const file = join(dir, "v40.csv");
    writeFileSync(
      file,
      readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv"), "utf8").replaceAll("Kabupaten Contoh (data contoh)", "Kota Versi 4.0 Smart City"),
    );
    const rank = (await spbe(["rank", file, "--nasional", "2024", "-f", "html"])).stdout;
    expect(rank).toMatch(
      /<li>Kota Versi 4\.0 Smart City \(3,08 Baik\): peringkat 66 dari 94 kota secara nasional \(persentil 29\); 0,01 poin lagi untuk peringkat 65 \(3,09, /,
    );
    const score = (await spbe(["score", file, "--banding", "nasional-2024", "-f", "html"])).stdout;
    expect(score).toMatch(/<p class="standing">[^<]*Kota Versi 4\.0 Smart City \(3,08 Baik\)/);
    expect(`${rank}${score}`).not.toContain("4,0 Smart");
    // (a second read) the ◊ notes take the page's mark as their numbers go in; a trend's provinsi keeps its own digits
    const basis = (await spbe(["rank", "nasional-2024", "--predikat-basis", "displayed", "-f", "html"])).stdout;
    expect(basis).toContain("tercetak 3,50 Baik menurut aturan tahunnya");
    const trendFile = join(dir, "tren.csv");
    writeFileSync(trendFile, "instansi,tahun,kategori,provinsi,indeks\nKota Uji,2023,kota,Wilayah Uji 2.0,2.50\nKota Uji,2024,kota,Wilayah Uji 2.0,2.75\n");
    const trend = (await spbe(["trend", trendFile, "--instansi", "Kota Uji", "--target", "3", "-f", "html"])).stdout;
    expect(trend).toContain('<p class="summary-line">kota · Wilayah Uji 2.0</p>');
    expect(trend).toMatch(/<p class="summary-line">[^<]*3,00[^<]*kurang 0,25/);
  });

  // (an exploratory tester) with --top, the user's row below the cut lost its mark on the histogram, where it matters most
  it("rank --top keeps the user's mark on the group's histogram", async () => {
    const args = ["rank", SAMPLE, "--nasional", "2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat", "-f", "html"];
    for (const top of [[], ["--top", "10"]]) {
      const html = (await spbe([...args, ...top])).stdout;
      expect(html.match(/class="mark"/g), top.join(" ")).toHaveLength(1);
    }
  });

  // (an exploratory tester) score said "Baik (indikatif)" of an index without the external indicators,
  // rank and trend "Baik" beside a note: the predikat is marked wherever it is printed
  it("rank and trend --without-external name the index so and mark its predikat indicative", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-indikatif-"));
    const [header, ...rows] = readFileSync(join(ROOT, "fixtures/contoh-pemdi-2026-eksternal-belum-ada.csv"), "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .filter((l) => l !== "");
    const years = [2026, 2027].flatMap((y) => rows.map((r) => `Kab Uji;${y};${r}`));
    writeFileSync(join(dir, "pemdi.csv"), `instansi;tahun;${header}\n${years.join("\n")}\n`);
    const args = ["pemdi.csv", "--framework", "pemdi-2026", "--without-external"];
    const trend = (await spbe(["trend", ...args], { cwd: dir })).stdout;
    expect(trend).toContain("Tren Indeks Pemdi (tanpa indikator eksternal): Kab Uji\n");
    expect(trend).toMatch(/│ 2027 {2}│ {3}2\.85 │ Baik \(indikatif\) │/);
    const rank = (await spbe(["rank", ...args, "--lang", "en"], { cwd: dir })).stdout;
    expect(rank).toContain("Indeks Pemdi (without external indicators) 2027");
    expect(rank).toMatch(/│ Kab Uji +│[^│]*│ +2\.85 │ Baik \(indicative\) │/);
  });

  // (an exploratory tester, as a coordinator) a year of one's own rows alone beside earlier national results
  it("rank places no standing in a year without national results, and gives no change across frameworks", async () => {
    const dir = tempDir({
      "riwayat.csv":
        "instansi;tahun;indeks;predikat\nKab. Malang;2022;3,10;Baik\nKab. Malang;2025;3,90;Sangat Baik\nKab. Malang;2026;3,60;Sangat Baik\nKota Batu;2026;4,00;Memuaskan\n",
    });
    const doc = json((await spbe(["rank", "riwayat.csv", "--nasional", "2024", "--tahun", "2026", "-f", "json"], { cwd: dir })).stdout);
    expect(doc.standing).toEqual([]);
    // 2025 is spbe-2020's, 2026 Pemdi's: "-0.30" compared indices that are not comparable (trend marks it ‡)
    const malang = doc.groups[0].rows.find((r: { instansi: string }) => r.instansi === "Kab. Malang");
    expect(malang.change).toBeNull();
    const table = (await spbe(["rank", "riwayat.csv", "--tahun", "2026"], { cwd: dir })).stdout;
    expect(table).not.toContain("-0.30");
    // (a second read) said, not a blank a reader takes for "no year before": ‡ and its note, and JSON's flag
    expect(table).toMatch(/│ +2 │ Kab\. Malang .*│ +‡ │/);
    expect(table).toContain("‡ tahun sebelumnya dinilai dengan kerangka lain (1 baris): indikator dan bobotnya berbeda, jadi perubahannya tidak dihitung");
    expect(malang.acrossFrameworks).toBe(true);
  });

  // (a second read) a reference table with no tahun column: "cannot be placed … no results in its kategori",
  // beside three kabupaten of its framework
  it("score --banding <own table without years> places among it whatever the year", async () => {
    const dir = tempDir({
      "ref.csv": "instansi;kategori;provinsi;indeks\nKab. X;kabupaten;Jawa Barat;3,50\nKab. Y;kabupaten;Jawa Barat;2,90\nKab. Z;kabupaten;Jawa Barat;4,10\n",
    });
    const r = await spbe(["score", join(ROOT, SAMPLE), "--banding", "ref.csv"], { cwd: dir });
    expect(r.stdout).toContain(
      "Posisi: Kabupaten Contoh (data contoh) (mandiri) (3.64 Sangat Baik): peringkat 2 dari 4 kabupaten di hasil pembanding (persentil 50); 0.46 poin lagi untuk peringkat 1 (4.10, Kab. Z)",
    );
  });

  // (an exploratory tester) "4.20 Sangat Baik" of a table's 4.195 stood with no word of why
  it("a table's index written with more decimals is exact as written: its other basis is said (◊)", async () => {
    const dir = tempDir({ "t.csv": "instansi;tahun;indeks\nKab. Contoh B;2024;4,195\nKab. Contoh C;2024;4,21\n" });
    const table = (await spbe(["rank", "t.csv"], { cwd: dir })).stdout;
    expect(table).toMatch(/│ +2 │ Kab\. Contoh B │ kabupaten │ +4\.20 │ Sangat Baik ◊ │/);
    expect(table).toContain(
      "◊ Kab. Contoh B (2024): indeks tepat 4.195 di bawah batas 4.20; predikat Sangat Baik dari indeks tepat (dasar yang lain memberi Memuaskan)",
    );
    const doc = json((await spbe(["rank", "t.csv", "-f", "json"], { cwd: dir })).stdout);
    expect(doc.groups[0].rows[1]).toMatchObject({ instansi: "Kab. Contoh B", index: { exact: 4.195, predikatOtherBasis: "Memuaskan" } });
    expect((await spbe(["trend", "t.csv", "-f", "csv"], { cwd: dir })).stdout).toMatch(/^Kab\. Contoh B,.*,Memuaskan,,$/m);
    // (a second read) not where the printed predikat is not that index's (a fault said elsewhere): ranked, and its
    // target judged, by what is printed, and never "the other basis gives" the predikat shown
    const wrong = tempDir({ "w.csv": "instansi;tahun;indeks;predikat;target\nKab. A;2023;4,10;Sangat Baik;\nKab. A;2024;4,195;Memuaskan;Memuaskan\n" });
    const trend = (await spbe(["trend", "w.csv"], { cwd: wrong })).stdout;
    expect(trend).not.toContain("◊");
    expect(trend).toContain("Target 4.20 (Memuaskan): tercapai pada 2024");
  });

  // (a reader of the English output) "Ranking of the Indeks SPBE no year"
  it("names a ranking of rows without a year as such, in both languages", async () => {
    const dir = tempDir({ "t.csv": "instansi;indeks\nKab. X;3,50\nKab. Y;2,90\n" });
    expect((await spbe(["rank", "t.csv", "--lang", "en"], { cwd: dir })).stdout).toMatch(/^Ranking of the Indeks SPBE \(no year\)\n/);
    expect((await spbe(["rank", "t.csv"], { cwd: dir })).stdout).toMatch(/^Peringkat Indeks SPBE tanpa tahun\n/);
  });

  // (an exploratory tester) "quote it" was advice a quoted "4,03" did not follow
  it("a decimal comma in a comma-separated result table is told to write a point, quoted or not", async () => {
    const dir = tempDir({
      "q.csv": 'instansi,tahun,indeks,predikat\nKota Batu,2024,"4,03",Sangat Baik\n',
      "unq.csv": "instansi,tahun,indeks,predikat\nKota Batu,2024,4,03,Sangat Baik\n",
    });
    const quoted = await spbe(["validate", "q.csv", "--lang", "en"], { cwd: dir });
    expect(quoted.stdout).toContain("indeks '4,03' is not a decimal number: commas are no decimal mark in this file; write 4.03, or save the file with ';'");
    expect((await spbe(["validate", "unq.csv", "--lang", "en"], { cwd: dir })).stdout).not.toContain("quote it");
  });

  // a province's own table of four kabupaten was "rank 2 of 4 kabupaten nationally"
  it("score --banding <a table of one's own> places among it, not 'nationally'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-banding-"));
    const table = join(dir, "hasil-jabar.csv");
    writeFileSync(
      table,
      "instansi;tahun;kategori;provinsi;indeks;predikat\nKabupaten Satu;2024;kabupaten;Jawa Barat;3,10;Baik\nKabupaten Dua;2024;kabupaten;Jawa Barat;2,50;Cukup\nKabupaten Tiga;2024;kabupaten;Jawa Barat;3,80;Sangat Baik\n",
    );
    const r = await spbe(["score", SAMPLE, "--banding", table, "--kategori", "kabupaten", "--provinsi", "Jawa Barat"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "(3.64 Sangat Baik): peringkat 2 dari 4 kabupaten di hasil pembanding (persentil 50); 0.16 poin lagi untuk peringkat 1 (3.80, Kabupaten Tiga); peringkat 2 dari 4 di Jawa Barat",
    );
    const doc = json((await spbe(["score", SAMPLE, "--banding", table, "--kategori", "kabupaten", "-f", "json", "--lang", "en"])).stdout);
    expect(doc.assessments[0].standing).toMatchObject({ national: { rank: 2, of: 4 }, amongNational: false });
    expect(doc.assessments[0].standing.text).toContain("rank 2 of 4 kabupaten in the results compared with (percentile 50)");
    // (a second read) rank counts the table's rows beside the national ones: 77 of 396 is no national place
    const ranked = json((await spbe(["rank", table, SAMPLE, "nasional-2024", "--kategori", "kabupaten", "-f", "json"])).stdout);
    const mine = ranked.standing.find((x: { instansi: string }) => x.instansi === "Kabupaten Contoh (data contoh)");
    expect(mine).toMatchObject({ national: { rank: 77, of: 396 }, amongNational: false });
    expect(mine.text).toContain("peringkat 77 dari 396 kabupaten di hasil pembanding");
    const national = json((await spbe(["rank", SAMPLE, "nasional-2024", "--kategori", "kabupaten", "-f", "json"])).stdout);
    expect(national.standing[0]).toMatchObject({ national: { rank: 76, of: 393 }, amongNational: true });
    // (an exploratory test) rows of one's own that each stand in for their instansi's national row keep the place
    // a national one: two kabupaten of the national results were each "67 of 392 … in the results compared with"
    const two = tempDir({ "c.csv": "tahun,instansi,indeks\n2024,Kab. Ciamis,3.70\n2024,Kab. Garut,4.195\n" });
    const both = json((await spbe(["rank", "c.csv", "--nasional", "2024", "--kategori", "kabupaten", "-f", "json"], { cwd: two })).stdout);
    expect(both.standing.map((x: { national: { of: number }; amongNational: boolean }) => [x.national.of, x.amongNational])).toEqual([
      [392, true],
      [392, true],
    ]);
  });

  // an exploratory tester: a spbe-2018 assessment among 2024's results was "cannot be placed (no results to
  // compare with in its kategori)", with 392 kabupaten there; plan --target-rank says the framework
  // (an exploratory review) without --banding they placed nothing and were ignored: "--provinsi Atlantis", exit 0
  it("score refuses --kategori and --provinsi without --banding (exit 2)", async () => {
    for (const args of [
      ["--kategori", "kota"],
      ["--provinsi", "Atlantis"],
    ]) {
      expect(await spbe(["score", SAMPLE, ...args, "--lang", "en"]), args.join(" ")).toEqual({
        code: 2,
        stdout: "",
        stderr: "spbe: --kategori and --provinsi on score apply only with --banding (the standing among national results)\n(see: spbe score --help)\n",
      });
    }
  });

  it("score --banding says why an assessment of another framework is not placed", async () => {
    const r = await spbe([
      "score",
      "fixtures/contoh-spbe-2018.csv",
      "--framework",
      "spbe-2018",
      "--banding",
      "nasional-2024",
      "--kategori",
      "kabupaten",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "spbe: fixtures/contoh-spbe-2018.csv: --banding nasional-2024 holds spbe-2020 results; this assessment is spbe-2018, whose index is not comparable, so it is not placed\n",
    );
    expect(r.stdout).toContain(
      "Standing: cannot be placed (another framework or outside --kategori, see stderr; or no results to compare with in its kategori)",
    );
  });

  // (a review of the streaming --banding) a spbe-2018 assessment of a kabupaten in Bali, with --provinsi
  // "Jawa Barat", was placed "372 of 393 kabupaten" among spbe-2020's results (rank and placeAmong count only
  // the rows the filters select for a mix), while the note said it was not placed
  it("score --banding never places an assessment among results of another framework, whatever the filters", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-banding-"));
    const lines = readFileSync(join(ROOT, "fixtures/contoh-spbe-2018.csv"), "utf8").trimEnd().split("\n");
    writeFileSync(
      join(dir, "bali.csv"),
      [`instansi,kategori,provinsi,tahun,${lines[0]}`, ...lines.slice(1).map((l) => `Kabupaten Uji,kabupaten,Bali,2024,${l}`)].join("\n"),
    );
    for (const filter of [
      ["--provinsi", "Jawa Barat"],
      ["--kategori", "kota"],
    ]) {
      const r = await spbe(["score", "bali.csv", "--framework", "spbe-2018", "--banding", "nasional-2024", ...filter, "--format", "json", "--lang", "en"], {
        cwd: dir,
      });
      expect(r.code, filter.join(" ")).toBe(0);
      expect(JSON.parse(r.stdout).assessments[0].standing, filter.join(" ")).toBeNull();
      expect(r.stderr).toContain("this assessment is spbe-2018, whose index is not comparable, so it is not placed");
    }
  });

  // (a third read) and an entry of another framework, not placed itself, was still counted among the others'
  // peers: "178 of 394 kabupaten … 8 of 10 in Bali" with a spbe-2018 row beside, "177 of 393 … 7 of 9" without
  it("rank: a row of another framework is no peer of the others in their standings", async () => {
    const dir = tempDir({
      "mix.csv":
        "instansi,provinsi,kategori,tahun,kerangka,indeks\nKabupaten Uji,Bali,kabupaten,2024,spbe-2020,3.00\nKabupaten Contohan,Bali,kabupaten,2024,spbe-2018,3.50\n",
      "one.csv": "instansi,provinsi,kategori,tahun,kerangka,indeks\nKabupaten Uji,Bali,kabupaten,2024,spbe-2020,3.00\n",
      // (a fourth read) one that replaces its instansi's national row left neither row among the peers
      "replacing.csv":
        "instansi,provinsi,kategori,tahun,kerangka,indeks\nKabupaten Uji,Bali,kabupaten,2024,spbe-2020,3.00\nPemerintah Kab. Gianyar,Bali,kabupaten,2024,spbe-2018,3.20\n",
    });
    const standing = async (file: string) =>
      json(
        (await spbe(["rank", file, "--nasional", "2024", "--provinsi", "Jawa Barat", "--format", "json", "--lang", "en"], { cwd: dir })).stdout,
      ).standing.map((s: object) => ({ ...s, source: "" }));
    const mixed = await standing("mix.csv");
    expect(mixed).toHaveLength(1);
    expect(mixed).toEqual(await standing("one.csv"));
    expect(await standing("replacing.csv")).toEqual(mixed);
    expect(mixed[0]).toMatchObject({ instansi: "Kabupaten Uji", national: { of: 393 } });
  });

  // (an exploratory test) "Kabupaten Contoh" with --kategori kota was placed among the kabupaten without a
  // word, where --help says "its standing within this kategori" and plan --target-rank places it among the kota
  it("score --banding --kategori kota places the assessment among the kota, as plan --target-rank does", async () => {
    const evaluasi = "fixtures/contoh-spbe-2020-evaluasi.csv";
    const placed = json((await spbe(["score", evaluasi, "--banding", "nasional-2024", "--kategori", "kota", "--format", "json"])).stdout).assessments[0]
      .standing;
    expect(placed).toMatchObject({ kategori: "kota", national: { rank: 66, of: 94 } });
    const planned = await spbe(["plan", evaluasi, "--target-rank", "5", "--kategori", "kota", "--lang", "en"]);
    expect(planned.stdout).toContain("now rank 66");
    // a group fills in only a kategori the file does not give: its name says kabupaten
    const group = json((await spbe(["score", evaluasi, "--banding", "nasional-2024", "--kategori", "pemda", "--format", "json"])).stdout).assessments[0]
      .standing;
    expect(group).toMatchObject({ kategori: "kabupaten", national: { of: 393 } });
    // (an exploratory test) the CSV dropped the standing without a word, where every other format says it
    const out = await spbe(["score", evaluasi, "--banding", "nasional-2024", "--kategori", "kota", "--provinsi", "Jabar", "-f", "csv", "--lang", "en"]);
    const csv = tokenize(out.stdout, ",").records.map((r) => [...r.cells]);
    const standingAt = csv[0]!.indexOf("standing_year");
    expect(csv[0]!.slice(standingAt)).toEqual([
      "standing_year",
      "standing_kategori",
      "standing_rank",
      "standing_of",
      "standing_percentile",
      "standing_national",
      "standing_provinsi",
      "standing_provinsi_rank",
      "standing_provinsi_of",
    ]);
    const index = csv.find((r) => r.includes("index"))!;
    expect(index.slice(standingAt, standingAt + 6)).toEqual(["2024", "kota", "66", "94", String(placed.national.percentile), "true"]);
    // Jawa Barat's nine kota and it
    expect(index.slice(standingAt + 6)).toEqual(["Jawa Barat", "10", "10"]);
    // (a review) an assessment placed nowhere (no kategori) says no "national": "true" beside a blank rank read as one
    const nowhere = await spbe(["score", "-", "--banding", "nasional-2024", "-f", "csv", "--lang", "en"], {
      input: readFileSync(join(ROOT, SAMPLE), "utf8").replaceAll("Kabupaten Contoh (data contoh)", "Unit XYZ"),
    });
    const unplaced = tokenize(nowhere.stdout, ",").records.map((r) => [...r.cells]);
    expect(unplaced.find((r) => r.includes("index"))!.slice(standingAt)).toEqual(["2024", "", "", "", "", "", "", "", ""]);
    // blank on every other row, and without --banding
    expect(
      csv
        .slice(1)
        .filter((r) => !r.includes("index"))
        .every((r) => r.slice(standingAt).every((c) => c === "")),
    ).toBe(true);
    // (an exploratory test) a province with no other of its kategori (a kabupaten in DKI Jakarta) was left out of
    // the line without a word, where plan --target-rank refuses it
    const jakarta = await spbe(["score", SAMPLE, "--banding", "nasional-2024", "--provinsi", "DKI Jakarta", "--lang", "en"]);
    expect(jakarta.stdout).toMatch(/rank 76 of 393 kabupaten nationally .*; no other kabupaten in DKI Jakarta\n/);
    const jakartaJson = json((await spbe(["score", SAMPLE, "--banding", "nasional-2024", "--provinsi", "DKI Jakarta", "-f", "json"])).stdout);
    expect(jakartaJson.assessments[0].standing).toMatchObject({ provinsi: null, provinsiAlone: "DKI Jakarta" });
    // (a session's note) a group that leaves its kategori out (pusat) placed it among the kabupaten without a word
    const outside = await spbe(["score", evaluasi, "--banding", "nasional-2024", "--kategori", "pusat", "--format", "json", "--lang", "en"]);
    expect(outside.code).toBe(0);
    expect(json(outside.stdout).assessments[0].standing).toBeNull();
    expect(outside.stderr).toContain(
      "spbe: fixtures/contoh-spbe-2020-evaluasi.csv: this assessment is of kategori kabupaten, outside --kategori pusat (kementerian, lembaga), so it is not placed; name its kategori, or one kategori to place it there\n",
    );
    expect((await spbe(["score", evaluasi, "--banding", "nasional-2024", "--kategori", "pusat", "--lang", "en"])).stdout).toContain(
      "Standing: cannot be placed (another framework or outside --kategori, see stderr;",
    );
  });

  it("score --banding: stdin is read once; errors are said in the order of the command line (inputs first)", async () => {
    const twice = await spbe(["score", "-", "--banding", "-", "--lang", "en"], { input: readFileSync(join(ROOT, SAMPLE)) });
    expect(twice).toMatchObject({ code: 2, stderr: "spbe: '-' (stdin) may be given only once\n" });
    const both = await spbe(["score", "tidak-ada.csv", "--banding", "juga-tidak-ada.csv", "--lang", "en"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^spbe: .*tidak-ada\.csv/);
    expect(both.stderr).not.toContain("juga-tidak-ada");
  });
});

describe("the built binary", () => {
  it("finds the bundled national results", () => {
    const r = spawnSpbe(["rank", "nasional-2024", "--kategori", "provinsi", "--top", "1", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).groups[0].rows[0]).toMatchObject({ rank: 1, kategori: "provinsi" });
  });
});

describe("a heap kept small for an input of national size", () => {
  it("is asked of V8 once per process, whatever the number of large inputs", () => {
    const asked: string[] = [];
    const expected = nationalHeapFlags(process.versions.v8);
    expect(keepHeapSmall((flags) => asked.push(flags))).toBe(expected !== null);
    expect(keepHeapSmall((flags) => asked.push(flags))).toBe(false);
    expect(asked).toEqual(expected === null ? [] : [expected]);
  });

  // (a performance review) a result table keeps every row: under the flags, 17 MB took twice 16.6 MB's time
  it("V8's own settings again for a result table, told by its header before its rows pile up", () => {
    const told: string[] = [];
    const reader = (header: string, row: (k: number) => string) => {
      const r = new InputReader({
        framework: builtinFrameworks()[1]!,
        frameworks: builtinFrameworks(),
        explicit: false,
        lean: true,
        file: "n.csv",
        onKind: (kind) => told.push(kind),
      });
      // (the reader knows its header once it has seen enough lines to tell the dialect by: well within a mebibyte)
      r.push(new TextEncoder().encode(`${header}\n${Array.from({ length: 200 }, (_, k) => row(k)).join("\n")}\n`));
      return r;
    };
    expect(reader("instansi,tahun,indeks", (k) => `Kab ${k},2024,3.00`).kind).toBe("results");
    expect(reader("instansi,tahun,indikator,tingkat", (k) => `Kab ${k},2024,1,3`).kind).toBe("assessments");
    expect(told).toEqual(["results", "assessments"]);
    // V8's own values again, once they were changed (here, or by the test above: once per process)
    keepHeapSmall(() => {});
    const asked: string[] = [];
    expect(restoreHeapDefaults((flags) => asked.push(flags))).toBe(nationalHeapFlags(process.versions.v8) !== null);
    expect(asked).toEqual(nationalHeapFlags(process.versions.v8) === null ? [] : ["--semi-space-growth-factor=2 --heap-growing-percent=0 --parallel-scavenge"]);
    // (a second read) and a national long-form input after the table is kept small again
    expect(keepHeapSmall((flags) => asked.push(flags))).toBe(nationalHeapFlags(process.versions.v8) !== null);
    expect(restoreHeapDefaults(() => {})).toBe(nationalHeapFlags(process.versions.v8) !== null);
  });

  // every flag of both settings is one this V8 knows: it ignores an unknown one, with a line of its own
  // (V8 11 on stderr; the comment on `nationalHeapFlags` says why a V8 not checked gets none)
  it("sets flags this V8 knows, quietly", () => {
    const national = nationalHeapFlags(process.versions.v8);
    const flags: string[] = national === null ? [] : [national];
    keepHeapSmall(() => {});
    restoreHeapDefaults((f) => flags.push(f));
    const set = (f: string) => {
      const r = spawnSync(process.execPath, ["-e", `require("node:v8").setFlagsFromString(${JSON.stringify(f)})`], { encoding: "utf8" });
      return r.stdout + r.stderr;
    };
    for (const f of flags) expect(set(f), f).toBe("");
    // (the check can fail: a flag V8 does not know)
    expect(set("--no-parallel-scavenging")).not.toBe("");
  });

  it("only of a V8 known to have the flags (an unknown one would be said, and ignored)", () => {
    expect(nationalHeapFlags("11.3.244.8-node.33")).toBe("--semi-space-growth-factor=1 --heap-growing-percent=25 --no-parallel-scavenge");
    expect(nationalHeapFlags("12.4.254.21-node.24")).toBeNull();
    expect(nationalHeapFlags("9.4.146.26-node.26")).toBeNull();
  });
});

describe("the progress bar of a large input", () => {
  it("only when stderr is a terminal and the input is large", () => {
    expect(wantsProgress({ stderr: { write: () => true, isTTY: true } }, PROGRESS_FROM)).toBe(true);
    expect(wantsProgress({ stderr: { write: () => true, isTTY: true } }, PROGRESS_FROM - 1)).toBe(false);
    expect(wantsProgress({ stderr: { write: () => true, isTTY: false } }, PROGRESS_FROM * 10)).toBe(false);
    expect(wantsProgress({ stderr: { write: () => true } }, PROGRESS_FROM * 10)).toBe(false);
  });

  it("redraws one line at each whole percent and erases it at the end", () => {
    const written: string[] = [];
    const bar = progressBar({ stderr: { write: (s: string | Uint8Array) => written.push(String(s)) }, t: translator("en") }, "big.csv", 200);
    bar(1);
    bar(2);
    bar(2);
    bar(200);
    bar(null);
    expect(written).toEqual([
      "\r\u001b[Kspbe: reading big.csv ░░░░░░░░░░░░░░░░░░░░ 0%",
      "\r\u001b[Kspbe: reading big.csv ░░░░░░░░░░░░░░░░░░░░ 1%",
      "\r\u001b[Kspbe: reading big.csv ████████████████████ 100%",
      "\r\u001b[K",
    ]);
  });

  // found by an adversarial review: a 112-column line in a 40-column terminal wraps, and each redraw
  // clears only its last row, so the screen filled with stale bars
  it("fits the terminal: a long name is cut from its start, then the bar is shortened", () => {
    const lines = (columns: number, name: string) => {
      const written: string[] = [];
      const bar = progressBar({ stderr: { write: (s: string | Uint8Array) => written.push(String(s)), columns }, t: translator("en") }, name, 100);
      bar(100);
      return written.map((w) => w.replace("\r\u001b[K", ""));
    };
    const long = "penilaian-dengan-nama-berkas-yang-sangat-panjang-sekali.csv";
    const [at40] = lines(40, long);
    expect([...at40!].length).toBeLessThanOrEqual(39);
    expect(at40).toBe(`spbe: reading …kali.csv ${"█".repeat(10)} 100%`);
    expect(lines(120, long)[0]).toBe(`spbe: reading ${long} ${"█".repeat(20)} 100%`);
    // a name in wide characters takes two columns a character (found by a second read)
    const wide = `data/${"東京都庁".repeat(4)}.csv`;
    const [at50] = lines(50, wide);
    const columns = [...at50!].reduce((n, c) => n + (/[\u3040-\u9fff]/.test(c) ? 2 : 1), 0);
    expect(columns).toBeLessThanOrEqual(49);
    expect(at50).toMatch(/^spbe: reading …[東京都庁]+\.csv █+ 100%$/);
    // a short name is never cut, and an emoji or a CJK character past the BMP is two columns too
    expect(lines(20, "a.csv")[0]).toBe(`spbe: reading a.csv ${"█".repeat(5)} 100%`);
    const [emoji] = lines(40, `${"✅".repeat(20)}.csv`);
    expect([...emoji!].reduce((n, c) => n + (c === "✅" ? 2 : 1), 0)).toBeLessThanOrEqual(39);
  });
});

describe("spbe plan --target-rank over the bundled results", () => {
  it("plans to the least display that ranks N, and says whom it overtakes", async () => {
    const r = await spbe(["plan", SAMPLE, "--target-rank", "5", "--provinsi", "Jawa Barat", "-f", "json"]);
    expect(r.code).toBe(0);
    const doc = json(r.stdout);
    expect(doc.target).toMatchObject({ kind: "rank", rank: 5, display: "3.98", basis: "displayed" });
    expect(doc.target.note).toContain("peringkat 5 dari 19 kabupaten di Jawa Barat (nasional-2024): perlu indeks tampilan 3.98; sekarang peringkat 14");
    expect(doc.target.note).toContain("seri dengan Pemerintah Kab. Bandung");
    expect(doc.reachable).toBe(true);
    // the plan reaches a display of 3.98 or more
    expect(Number(doc.result.index.display)).toBeGreaterThanOrEqual(3.98);
  });

  it("usage errors: both targets, a bad rank, rank options without --target-rank, no kategori", async () => {
    expect((await spbe(["plan", SAMPLE, "--target-rank", "3", "--target", "4"])).stderr).toContain("pilih satu: --target atau --target-rank");
    expect((await spbe(["plan", SAMPLE, "--target-rank", "0"])).code).toBe(2);
    expect((await spbe(["plan", SAMPLE, "--nasional", "2024"])).code).toBe(2);
    // no instansi, no kategori column: the file's name ("mine") says no kategori either
    const dir = tempDir({ "mine.csv": ["indikator,tingkat", ...Array.from({ length: 47 }, (_, i) => `${i + 1},3`)].join("\n") });
    const noKategori = await spbe(["plan", "mine.csv", "--target-rank", "3"], { cwd: dir });
    expect(noKategori).toMatchObject({ code: 2, stdout: "" });
    expect(noKategori.stderr).toContain("--target-rank perlu kategori penilaian ini");
    expect((await spbe(["plan", "mine.csv", "--target-rank", "3", "--kategori", "kota", "-f", "json"], { cwd: dir })).code).toBe(0);
  });

  // found by a review: "peringkat 20 dari 9 kabupaten di Bali: perlu indeks tampilan 1.00", target reached
  it("a rank past the group's last is refused, naming how many places it has; the last itself is planned", async () => {
    const beyond = await spbe(["plan", SAMPLE, "--target-rank", "20", "--provinsi", "Bali", "--kategori", "kabupaten", "--lang", "en"]);
    expect(beyond).toMatchObject({ code: 2, stdout: "" });
    expect(beyond.stderr).toContain("--target-rank 20: this group has only 9 places (kabupaten Bali, nasional-2024, this assessment included)");
    // (an exploratory test) a group of no one else: "rank 1 of 1", "Target: 1.00 Kurang" was a plan of nothing
    const alone = await spbe(["plan", SAMPLE, "--target-rank", "1", "--kategori", "kabupaten", "--provinsi", "DKI Jakarta", "--lang", "en"]);
    expect(alone).toMatchObject({ code: 2, stdout: "" });
    expect(alone.stderr).toContain("--target-rank: this group holds this assessment alone (kabupaten DKI Jakarta, nasional-2024): nothing to rank against");
    expect((await spbe(["plan", SAMPLE, "--target-rank", "9", "--provinsi", "Bali", "--kategori", "kabupaten", "-f", "json"])).code).toBe(0);
  });

  // found by an adversarial review: each of these gave a plan, exit 0
  it("--kategori wins over the file's own; a provinsi no row is in and another framework's index are refused", async () => {
    const kota = await spbe(["plan", SAMPLE, "--target-rank", "1", "--kategori", "kota", "--provinsi", "Jawa Barat", "-f", "json"]);
    expect(json(kota.stdout).target.note).toContain("peringkat 1 dari 10 kota di Jawa Barat");
    const atlantis = await spbe(["plan", SAMPLE, "--target-rank", "1", "--provinsi", "Atlantis"]);
    expect(atlantis).toMatchObject({ code: 2, stdout: "", stderr: "spbe: tidak ada provinsi 'Atlantis' dalam masukan\n" });
    // a group of kategori names none to rank within (an exploratory review: pusat was refused as "give
    // --kategori", which had been given, and pemda quietly became the file's own kabupaten)
    // (a second review) and a word that is no kategori is offered the five plan takes, not the groups it refuses
    expect((await spbe(["plan", SAMPLE, "--target-rank", "1", "--kategori", "kab", "--lang", "en"])).stderr).toContain("--kategori 'kab'");
    expect((await spbe(["plan", SAMPLE, "--target-rank", "1", "--kategori", "kab"])).stderr).toMatch(/pakai kementerian, lembaga, provinsi, kabupaten, kota\n/);
    for (const group of ["pusat", "pemda"]) {
      const refused = await spbe(["plan", SAMPLE, "--target-rank", "1", "--kategori", group]);
      expect(refused, group).toEqual({
        code: 2,
        stdout: "",
        stderr: expect.stringContaining(`--kategori ${group}: --target-rank memberi peringkat di dalam satu kategori, dan ${group} adalah kelompok (`),
      });
    }
    const pemdi = await spbe(["plan", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--target-rank", "3", "--kategori", "kabupaten"]);
    expect(pemdi).toMatchObject({ code: 2, stdout: "" });
    expect(pemdi.stderr).toContain("--target-rank memeringkat di antara nasional-2024 (spbe-2020); penilaian ini pemdi-2026");
  });
});

// found by a coordinator: a self-assessment (mandiri) was ranked among, and compared with, the
// assessors' official results (evaluasi), and no format said which row was which
describe("mandiri and evaluasi in rank, trend and score --banding", () => {
  const EVALUASI = "fixtures/contoh-spbe-2020-evaluasi.csv";
  const garut2025 = () =>
    tempDir({
      "garut-2025.csv": readFileSync(join(ROOT, SAMPLE), "utf8").replaceAll("Kabupaten Contoh (data contoh);2024", "Kabupaten Garut;2025"),
    });

  // found by a review: the warnings rank and trend make themselves never went through --ignore
  it("--ignore holds for rank's and trend's own warnings (rank/duplicate, rank/jenis-left-out, trend/duplicate)", async () => {
    const args = ["rank", SAMPLE, EVALUASI, "--nasional", "2024"];
    const said = await spbe(args);
    expect(said.stderr).toContain("rank/duplicate");
    const quiet = await spbe([...args, "--jenis", "evaluasi", "--ignore", "rank/duplicate,rank/jenis-left-out"]);
    // no finding line ends with either code (the summary's "(--ignore …)" names them)
    expect([quiet.code, quiet.stderr]).toEqual([0, expect.not.stringMatching(/ {2}(rank\/duplicate|rank\/jenis-left-out)$/m)]);
    expect(quiet.stderr).toMatch(/diabaikan/);
    const trendQuiet = await spbe(["trend", SAMPLE, EVALUASI, "--ignore", "trend/duplicate"]);
    expect([trendQuiet.code, trendQuiet.stderr]).toEqual([0, expect.not.stringMatching(/ {2}trend\/duplicate$/m)]);
    expect(trendQuiet.stderr).toContain("1 temuan diabaikan (--ignore trend/duplicate)");
  });

  it("rank ranks an instansi's evaluasi over its mandiri, says the mandiri set aside, and --jenis mandiri ranks the mandiri", async () => {
    const args = ["rank", SAMPLE, EVALUASI, "--nasional", "2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat"];
    const r = await spbe(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Kabupaten Contoh (data contoh) (3.08 Baik): peringkat 160 dari 393 kabupaten secara nasional");
    expect(r.stdout).not.toContain("3.64");
    expect(r.stderr).toContain(
      `${SAMPLE}:2  peringatan  Kabupaten Contoh (data contoh) ada lebih dari sekali di masukan peringkat 2024; yang diperingkat hasil evaluasi (${EVALUASI}:2), hasil resmi, bukan penilaian mandiri ini (--jenis mandiri memeringkat penilaian mandiri)  rank/duplicate`,
    );
    const own = json((await spbe([...args, "--jenis", "mandiri", "-f", "json"])).stdout);
    expect(own.filters.jenis).toBe("mandiri");
    expect(own.groups[0].rows.map((x: { instansi: string; index: { display: string }; jenis: string }) => [x.instansi, x.index.display, x.jenis])).toEqual([
      ["Kabupaten Contoh (data contoh)", "3.64", "mandiri"],
    ]);
    // what --jenis left out is said, per file: the evaluasi, and the national rows
    expect(own.findings.map((f: { code: string; file: string }) => [f.code, f.file])).toEqual([
      ["rank/jenis-left-out", "nasional-2024"],
      ["rank/jenis-left-out", EVALUASI],
    ]);
    const bad = await spbe([...args, "--jenis", "kira"]);
    expect(bad).toMatchObject({ code: 2, stdout: "", stderr: "spbe: --jenis 'kira' tidak dikenal: pakai mandiri atau evaluasi\n(lihat: spbe rank --help)\n" });
  });

  it("rank marks a user's mandiri in the table, the CSV (last column) and the JSON (row and standing)", async () => {
    const args = ["rank", SAMPLE, "--nasional", "2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat"];
    const csv = (await spbe([...args, "-f", "csv"])).stdout.trim().split("\n");
    expect(csv[0]!.endsWith(",sementara,catatan,jenis,predikat_dasar_lain,perubahan_dari_bercacat")).toBe(true);
    expect(csv.find((l) => l.includes("Kabupaten Contoh"))!.endsWith(",true,false,false,,mandiri,,")).toBe(true);
    expect(csv.filter((l) => l.endsWith(",evaluasi,,"))).toHaveLength(18);
    const doc = json((await spbe([...args, "-f", "json"])).stdout);
    expect(doc.groups[0].rows.find((x: { user: boolean }) => x.user).jenis).toBe("mandiri");
    expect(doc.standing[0]).toMatchObject({ tahun: 2024, amongTahun: 2024, jenis: "mandiri" });
    const md = (await spbe([...args, "-f", "markdown", "--lang", "en"])).stdout;
    expect(md).toContain("| Kabupaten Contoh (data contoh) (mandiri) \\* |");
    expect(md).toContain("(mandiri) the instansi's self-assessment, not yet verified by the external assessors");
  });

  it("trend: rows left out for want of a tahun are counted in JSON and on stderr, and each is a trend/undated warning", async () => {
    // an Excel table with one row's Tahun blank: the table said so in a note, JSON and CSV said nothing
    const dir = tempDir({ "rpjmd.csv": "\uFEFFTahun;Instansi;Indeks\r\n2023;Kab. Bandung;3,40\r\n;Kab. Bandung;3,0\r\n2024;Kab. Bandung;3,50\r\n" });
    const args = ["trend", "rpjmd.csv"];
    const table = await spbe(args, { cwd: dir });
    expect(table.stdout).toContain("1 baris hasil atau penilaian tanpa tahun tidak masuk tren");
    // and the row itself is a warning at its blank cell, in every format (it was only counted)
    expect(table).toMatchObject({ code: 0 });
    expect(table.stderr).toContain(
      "rpjmd.csv:3:1  peringatan  Kab. Bandung tanpa tahun (sel tahun kosong atau bukan tahun): tidak masuk tren; isi tahunnya  trend/undated\n",
    );
    const doc = await spbe([...args, "-f", "json", "--lang", "en"], { cwd: dir });
    expect(json(doc.stdout).undated).toBe(1);
    expect(json(doc.stdout).findings).toEqual([
      {
        code: "trend/undated",
        severity: "warning",
        file: "rpjmd.csv",
        line: 3,
        column: 1,
        value: null,
        message: "Kab. Bandung has no year (its tahun cell is blank or not a year): left out of the trend; fill in its year",
      },
    ]);
    expect(doc.stderr).toBe("spbe: 1 instansi from 1 input(s); year(s) 2023, 2024; 1 result row(s) or assessment(s) without a year left out of the trend\n");
    const csv = await spbe([...args, "-f", "csv"], { cwd: dir });
    expect(csv.stdout.trim().split("\n")).toHaveLength(3);
    expect(csv.stderr).toContain("rpjmd.csv:3:1  peringatan  Kab. Bandung tanpa tahun");
    expect(csv.stderr).toContain("; 1 baris hasil atau penilaian tanpa tahun tidak masuk tren\n");
    // a warning like the others: --ignore acknowledges it
    const quiet = await spbe([...args, "--ignore", "trend/undated"], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain("trend/undated\n");
    expect(json((await spbe(["trend", "nasional-2024", "-f", "json"])).stdout).undated).toBe(0);
  });

  it("trend marks a mandiri year and a change from an evaluasi to it, in every format, and still gives the number", async () => {
    const dir = garut2025();
    const args = ["trend", "nasional-2023", "nasional-2024", join(dir, "garut-2025.csv"), "--instansi", "Garut"];
    const table = await spbe(args);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/│ 2025 \(mandiri\) │ +3\.64 │ Sangat Baik +│ +-0\.25 § │/);
    expect(table.stdout).toContain(
      "§ perubahan antarjenis (evaluasi → mandiri): penilaian mandiri dibandingkan dengan hasil evaluasi; selisihnya bukan perubahan yang terverifikasi",
    );
    const en = await spbe([...args, "--lang", "en"]);
    expect(en.stdout).toContain("§ a change across jenis (evaluasi → mandiri): a self-assessment compared with an official result");
    const csv = (await spbe([...args, "-f", "csv"])).stdout.trim().split("\n");
    expect(csv[0]!.endsWith(",sementara,catatan,jenis,target_tercapai_sejak,predikat_dasar_lain,target_untuk_tahun,perubahan_dari_bercacat")).toBe(true);
    expect(csv.slice(1).map((l) => l.split(",").at(-5))).toEqual(["evaluasi", "evaluasi", "mandiri"]);
    const doc = json((await spbe([...args, "-f", "json"])).stdout);
    expect(doc.instansi[0].years[2]).toMatchObject({ tahun: 2025, jenis: "mandiri", change: { display: "-0.25", acrossJenis: true } });
    // many instansi: the year's cell says it
    const wide = await spbe(["trend", "nasional-2023", "nasional-2024", join(dir, "garut-2025.csv")]);
    expect(wide.stdout).toMatch(/Kabupaten Garut .*│ +3\.64 \(mandiri\) § │/);
  });

  it("score --banding says the year placed among, the assessment's own where it is another, and a mandiri", async () => {
    const evaluasi = await spbe(["score", EVALUASI, "--banding", "nasional-2023", "--kategori", "kabupaten"]);
    expect(evaluasi.stdout).toContain(
      "Posisi di antara hasil tahun 2023 (penilaian ini tahun 2024): Kabupaten Contoh (data contoh) (3.08 Baik): peringkat 99 dari 399 kabupaten secara nasional (persentil 74)",
    );
    const mandiri = await spbe(["score", SAMPLE, "--banding", "nasional-2024", "--kategori", "kabupaten", "--lang", "en"]);
    expect(mandiri.stdout).toContain(
      "Standing among the results of 2024 (a self-assessment (mandiri), not yet verified): Kabupaten Contoh (data contoh) (3.64",
    );
    const doc = json((await spbe(["score", EVALUASI, "--banding", "nasional-2023", "--kategori", "kabupaten", "-f", "json"])).stdout);
    expect(doc.assessments[0].standing).toMatchObject({ tahun: 2024, amongTahun: 2023, jenis: "evaluasi" });
  });
});
