import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Context } from "../src/cli/context.js";
import { makeContext } from "../src/cli/context.js";
import { CliError } from "../src/cli/errors.js";
import { NATIONAL_SIZE } from "../src/cli/heap.js";
import { expandInputs, partRegex } from "../src/cli/inputs.js";
import { readValidatedFile, STREAM_FROM } from "../src/cli/validated-file.js";
import { builtinFrameworks } from "../src/frameworks/builtin.js";
import { csvOf, fw } from "./helpers.js";
// the built CLI, spawned as CI would: no colour, no language setting, arguments passed without a shell
import { main, ROOT, spbe } from "./run-cli.js";

const CLEAN = readFileSync(join(ROOT, "fixtures/ci/bersih.csv"));
const ERRORS = readFileSync(join(ROOT, "fixtures/ci/galat.csv"));
const WARNINGS = readFileSync(join(ROOT, "fixtures/ci/lama/peringatan.csv"));

/** A temporary tree: { "a/b.csv": content } */
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-ci-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** The file names findings and summaries mention, from text output. */
const namesIn = (stdout: string) => [
  ...new Set(
    stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split(/[: ]/)[0]),
  ),
];

describe("spbe validate: inputs", () => {
  it("walks fixtures/ci recursively, in sorted order, and counts files, errors and warnings on stderr", async () => {
    const r = await spbe(["validate", "fixtures/ci"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("3 berkas diperiksa: 7 galat, 4 peringatan\n");
    expect(namesIn(r.stdout)).toEqual(["fixtures/ci/galat.csv", "fixtures/ci/lama/peringatan.csv"]);
  });

  it("walks a directory for *.csv in any case, skipping node_modules, hidden entries and other files", async () => {
    const dir = tree({
      "data/._b.csv": "\u0000\u0005macOS resource fork",
      "data/b.csv": CLEAN,
      "data/a.CSV": WARNINGS,
      "data/sub/c.csv": CLEAN,
      "data/catatan.txt": "bukan csv",
      "data/node_modules/x.csv": "rusak",
      "data/.git/y.csv": "rusak",
    });
    const r = await spbe(["validate", "data", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(["data/a.CSV", "data/b.csv", "data/sub/c.csv"]);
    expect(r.stderr).toBe("3 berkas diperiksa: 0 galat, 3 peringatan\n");
  });

  it("expands a quoted glob itself (as CI YAML passes it), with ** matching no folder or many", async () => {
    const dir = tree({
      "data/2024/kab-a.csv": CLEAN,
      "data/2024/opd/dinas.csv": CLEAN,
      "data/top.csv": CLEAN,
      "data/KAPITAL.CSV": CLEAN,
      "data/.tersembunyi/x.csv": "rusak",
      "data/node_modules/x.csv": "rusak",
      "data/catatan.txt": "bukan csv",
      "lain/z.csv": "rusak",
    });
    const r = await spbe(["validate", "data/**/*.csv", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      "data/2024/kab-a.csv",
      "data/2024/opd/dinas.csv",
      "data/KAPITAL.CSV",
      "data/top.csv",
    ]);
    const q = await spbe(["validate", "data/20??/*.csv", "./data/t*.csv", "data/*/opd", "--format", "json"], { cwd: dir });
    expect(JSON.parse(q.stdout).files.map((f: { file: string }) => f.file)).toEqual(["data/2024/kab-a.csv", "./data/top.csv", "data/2024/opd/dinas.csv"]);
  });

  it("reads a file reached twice once, and takes an explicit file whatever its extension", async () => {
    const dir = tree({ "data/a.csv": CLEAN, "penilaian.txt": CLEAN });
    const r = await spbe(["validate", "data", "data/a.csv", "data/*.csv", "penilaian.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("2 berkas diperiksa: 0 galat, 0 peringatan\n");
    // through a symbolic or a hard link too: the same file, its findings counted once
    symlinkSync("a.csv", join(dir, "data/tautan.csv"));
    linkSync(join(dir, "data/a.csv"), join(dir, "data/keras.csv"));
    const linked = await spbe(["validate", "data", "-f", "json"], { cwd: dir });
    expect(JSON.parse(linked.stdout).files.map((f: { file: string }) => f.file)).toEqual(["data/a.csv"]);
  });

  it("names a link called *.csv that leads nowhere, in a folder or by a glob, rather than pass over it: exit 2", async () => {
    const dir = tree({ "data/a.csv": CLEAN });
    symlinkSync("tidak-ada.csv", join(dir, "data/rusak.csv"));
    symlinkSync("putaran.csv", join(dir, "data/putaran.csv"));
    for (const arg of ["data", "data/*.csv", "data/rusak.csv"]) {
      expect(await spbe(["validate", arg, "--lang", "en"], { cwd: dir }), arg).toEqual({
        code: 2,
        stdout: "",
        stderr:
          arg === "data/rusak.csv"
            ? "spbe: file 'data/rusak.csv' not found\n"
            : expect.stringMatching(/^spbe: (file 'data\/rusak\.csv' not found|cannot read 'data\/putaran\.csv': too many symbolic links)\n$/),
      });
    }
  });

  it("follows a symlinked folder in a walk and through ** as * does, and a link back up the tree ends", async () => {
    // (an exploratory review) the walk and ** skipped linked folders, so `validate data` and
    // 'data/**/*.csv' passed a CI check over the file behind the link that 'data/*/*.csv' failed on
    const dir = tree({ "data/a.csv": CLEAN, "lain/b.csv": CLEAN });
    symlinkSync(join(dir, "lain"), join(dir, "data/tautan"));
    symlinkSync(join(dir, "data"), join(dir, "data/putaran"));
    for (const arg of ["data", "data/**/*.csv", "data/**/**/*.csv"]) {
      const r = await spbe(["validate", arg, "--format", "json"], { cwd: dir });
      expect(r.code, arg).toBe(0);
      expect(
        JSON.parse(r.stdout).files.map((f: { file: string }) => f.file),
        arg,
      ).toEqual(["data/a.csv", "data/tautan/b.csv"]);
    }
  });

  it.each([
    [["validate", "tidak-ada.csv"], "spbe: berkas 'tidak-ada.csv' tidak ditemukan\n"],
    [["validate", "tidak-ada/**/*.csv"], "spbe: pola 'tidak-ada/**/*.csv' tidak cocok dengan berkas apa pun\n"],
    [["validate", "fixtures/ci/*.xlsx"], "spbe: pola 'fixtures/ci/*.xlsx' tidak cocok dengan berkas apa pun\n"],
    [["validate", "src"], "spbe: direktori 'src' tidak berisi berkas .csv\n"],
    [["validate", "-", "-"], "spbe: '-' (stdin) hanya boleh disebut sekali\n"],
    [
      ["validate", "fixtures/ci", "--max-warnings", "banyak"],
      "spbe: --max-warnings 'banyak' harus bilangan bulat 0 atau lebih\n(lihat: spbe validate --help)\n",
    ],
  ])("exits 2 with one line and no output: %j", async (args, stderr) => {
    const r = await spbe(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe("");
  });

  it("says it in English with --lang en", async () => {
    expect((await spbe(["validate", "x/**/*.csv", "--lang", "en"])).stderr).toBe("spbe: pattern 'x/**/*.csv' matches no files\n");
  });

  // (an exploratory tester, as a CI maintainer) a submission's .xlsx beside CSV files passed without a word
  it("names the workbooks a folder's walk passes over, on stderr, and reads the CSV files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    writeFileSync(join(dir, "ok.csv"), readFileSync(join(ROOT, "fixtures/ci/bersih.csv")));
    for (const f of ["b.xlsx", "a.XLS", "c.ods", "d.xlsm", "readme.txt"]) writeFileSync(join(dir, f), "x");
    const r = await spbe(["validate", ".", "--lang", "en", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(["ok.csv"]);
    expect(r.stderr.split("\n")[0]).toBe("spbe: 4 workbook(s) in '.' not read, only .csv files: a.XLS, b.xlsx, c.ods, … (save as CSV to check them)");
    // a glob names what it matches: a workbook it names is read (and said to be one, file/binary)
    expect((await spbe(["validate", "*.csv"], { cwd: dir })).stderr).not.toContain("workbook");
  });

  // (an exploratory tester, as a CI maintainer) a file whose name is no UTF-8 (a Windows zip unpacked on Linux):
  // a quoted glob dropped it and the run of a file full of errors passed; the walk said "not found" of it
  it("refuses a file name that is no UTF-8, by glob, walk or the shell's expansion, never passing over it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    writeFileSync(join(dir, "ok.csv"), readFileSync(join(ROOT, "fixtures/ci/bersih.csv")));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/Pati`), Buffer.from([0xf1]), Buffer.from("o.csv")]), readFileSync(join(ROOT, "fixtures/ci/galat.csv")));
    const said = "spbe: the file name '{name}' is not valid UTF-8 (a Windows zip unpacked on Linux?), and cannot be read by that name: rename it\n";
    const bn = dir.split("/").at(-1)!;
    const name = `${bn}/Pati\uFFFDo.csv`;
    for (const args of [
      ["validate", `${bn}/*.csv`],
      ["validate", `${bn}/**/*.csv`],
      ["validate", bn],
      ["validate", name, `${bn}/ok.csv`],
    ]) {
      const r = await spbe([...args, "--lang", "en"], { cwd: dirname(dir) });
      expect([r.code, r.stderr, r.stdout], args.join(" ")).toEqual([2, said.replace("{name}", name), ""]);
    }
  });

  it("is shared with score: a directory is walked, and the run ends with a one-line summary", async () => {
    const r = await spbe(["score", "fixtures/ci", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).assessments.map((a: { source: string }) => a.source)).toEqual([
      "fixtures/ci/bersih.csv",
      "fixtures/ci/galat.csv",
      "fixtures/ci/lama/peringatan.csv",
    ]);
    expect(r.stderr).toBe("3 berkas, 3 penilaian, 2 dihitung; rata-rata indeks 2.91 (Baik 2)\n");
  });
});

describe("expandInputs (in process)", () => {
  const dir = tree({
    "a.csv": "x",
    ".tersembunyi.csv": "x",
    "data/b.csv": "x",
    "data/c[1].csv": "x",
    "data/d1.csv": "x",
    "data/d22.csv": "x",
    "data/sub/e.csv": "x",
  });
  const expand = (...args: string[]) => expandInputs({ cwd: dir } as Context, args);

  it("keeps names as written, without doubling separators or adding './'", async () => {
    expect(expand("data/")).toEqual(["data/b.csv", "data/c[1].csv", "data/d1.csv", "data/d22.csv", "data/sub/e.csv"]);
    expect(expand(".")).toEqual(["a.csv", "data/b.csv", "data/c[1].csv", "data/d1.csv", "data/d22.csv", "data/sub/e.csv"]);
    expect(expand("*.csv")).toEqual(["a.csv"]);
  });

  it("matches ? as one character, [ literally, and dotfiles only when the pattern starts with a dot", async () => {
    expect(expand("data/d?.csv")).toEqual(["data/d1.csv"]);
    expect(expand("data/c[1]*")).toEqual(["data/c[1].csv"]);
    expect(expand(".*.csv")).toEqual([".tersembunyi.csv"]);
    expect(expand("**/e.csv")).toEqual(["data/sub/e.csv"]);
  });

  it("expands absolute patterns", async () => {
    expect(expand(`${dir}/data/*/*.csv`)).toEqual([`${dir}/data/sub/e.csv`]);
  });

  it("keeps stdin where it was given", async () => {
    expect(expand("a.csv", "-", "data/b.csv")).toEqual(["a.csv", "-", "data/b.csv"]);
  });

  it("throws a CliError (exit 2) for a pattern that matches nothing", async () => {
    expect(() => expand("data/*.xlsx")).toThrow(CliError);
  });

  it("builds anchored, case-insensitive part patterns with everything else literal", async () => {
    expect(partRegex("*.csv").test("A.CSV")).toBe(true);
    expect(partRegex("*.csv").test("a.csv.bak")).toBe(false);
    expect(partRegex("a+b(1).csv").test("a+b(1).csv")).toBe(true);
    expect(partRegex("a+b(1).csv").test("aab1.csv")).toBe(false);
    expect(partRegex("a**b").source).toBe("^a[^/]*b$");
  });
});

describe("spbe validate: stdin", () => {
  it("reads '-' and names it with --stdin-name in findings and annotations", async () => {
    const r = await spbe(["validate", "-", "--stdin-name", "data/kiriman.csv", "--format", "github"], { input: ERRORS });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error file=data/kiriman.csv,line=6,title=spbe value/invalid::");
    expect(r.stdout).not.toContain("file=-");
    expect(r.stderr).toBe("1 berkas diperiksa: 7 galat, 1 peringatan\n");
  });

  // an exploratory tester: only validate took --stdin-name, and score, rank, trend and diff of a piped file
  // said "-:32:4" and "Berkas: -" in a CI log
  it("--stdin-name names stdin for every command that reads inputs", async () => {
    const name = "data/kiriman.csv";
    const score = await spbe(["score", "-", "--stdin-name", name], { input: ERRORS });
    expect(score.stdout).toContain(`Berkas: ${name}`);
    expect(score.stderr).toContain(`${name}:6:`);
    expect(score.stderr).not.toMatch(/^-:/m);
    for (const command of ["rank", "trend"]) {
      const r = await spbe([command, "-", "--stdin-name", name], { input: ERRORS });
      expect(r.stderr, command).toContain(`${name}:6:`);
      expect(r.stderr, command).not.toMatch(/^-:/m);
    }
    const diff = await spbe(["diff", "-", "--stdin-name", name], { input: ERRORS });
    expect(diff.stderr).toContain(`${name}:6:`);
    // plan's assessment, or its --cost piped in
    expect((await spbe(["plan", "-", "--stdin-name", name], { input: ERRORS })).stderr).toContain(`${name}:6:`);
    const cost = await spbe(["plan", "fixtures/contoh-spbe-2020-mandiri.csv", "--cost", "-", "--stdin-name", "biaya.csv", "-f", "json"], {
      input: "indikator,biaya\n1,x\n",
    });
    expect(JSON.parse(cost.stdout).findings).toContainEqual(expect.objectContaining({ file: "biaya.csv" }));
    // blank: refused by each, as validate refuses it
    expect(await spbe(["score", "-", "--stdin-name", " ", "--lang", "en"], { input: ERRORS })).toMatchObject({
      code: 2,
      stderr: "spbe: --stdin-name must not be empty\n",
    });
  });

  // (an exploratory test) given with no input read from stdin, it was ignored without a word
  it("--stdin-name with no '-' among the inputs is said on stderr, for every command; the exit code is the data's", async () => {
    const sample = "fixtures/contoh-spbe-2020-mandiri.csv";
    const note = "spbe: --stdin-name 'x.csv' is not used: no input is read from stdin ('-')\n";
    for (const args of [
      ["score", sample],
      ["validate", sample],
      ["rank", sample],
      ["trend", sample],
      ["diff", sample],
      ["plan", sample],
    ]) {
      const r = await spbe([...args, "--stdin-name", "x.csv", "--lang", "en"]);
      expect(r.stderr.startsWith(note), args[0]).toBe(true);
      expect(r.code, args[0]).toBe((await spbe([...args, "--lang", "en"])).code);
    }
    expect((await spbe(["score", "-", "--stdin-name", "x.csv", "--lang", "en"], { input: readFileSync(sample) })).stderr).not.toContain("not used");
    // (a review) stdin may be score's --banding table: then the name is used, and names its findings
    const banding = await spbe(["score", sample, "--banding", "-", "--stdin-name", "hasil.csv", "--lang", "en"], {
      input: "instansi,tahun,indeks\nKab. A,2024,3.00\nKab. B,2024,abc\n",
    });
    expect(banding.stderr).not.toContain("not used");
    expect(banding.stderr).toContain("hasil.csv:3:3");
    // a name with terminal control characters is said safely; a blank one is refused, not said unused first
    expect((await spbe(["score", sample, "--stdin-name", "x\u001b[31m.csv", "--lang", "en"])).stderr).not.toContain("\u001b");
    expect((await spbe(["rank", sample, "--stdin-name", " ", "--lang", "en"])).stderr).toBe("spbe: --stdin-name must not be empty\n");
  });

  it("calls stdin '-' without --stdin-name, and mixes it with files", async () => {
    const r = await spbe(["validate", "fixtures/ci/bersih.csv", "-", "--format", "json"], { input: "indikator,tingkat\n1,tiga\n" });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      ["fixtures/ci/bersih.csv", true],
      ["-", false],
    ]);
    expect(doc.findings).toContainEqual(expect.objectContaining({ file: "-", code: "value/invalid", line: 2 }));
  });

  it("refuses a terminal on stdin with exit 2 instead of waiting", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.ReadStream;
    const out: string[] = [];
    const err: string[] = [];
    const sink = (into: string[]) => ({ write: (s: string) => into.push(s) !== 0, isTTY: false }) as unknown as NodeJS.WriteStream;
    const code = await main(["validate", "-"], { env: { NO_COLOR: "1" }, stdin, stdout: sink(out), stderr: sink(err), cwd: ROOT });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("")).toMatch(/^spbe: '-' membaca stdin, tetapi stdin adalah terminal/);
  });
});

describe("spbe validate: exit codes and thresholds", () => {
  it("exits 0 on a clean file, with nothing on stdout", async () => {
    const r = await spbe(["validate", "fixtures/ci/bersih.csv"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", "1 berkas diperiksa: 0 galat, 0 peringatan\n"]);
  });

  it("exits 0 on warnings only, 1 under --strict, and says why", async () => {
    expect((await spbe(["validate", "fixtures/ci/lama/peringatan.csv"])).code).toBe(0);
    const strict = await spbe(["validate", "fixtures/ci/lama/peringatan.csv", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe("1 berkas diperiksa: 0 galat, 3 peringatan\nspbe: --strict: 3 peringatan dihitung sebagai galat\n");
  });

  it("fails when warnings exceed --max-warnings, as eslint does", async () => {
    expect((await spbe(["validate", "fixtures/ci/lama/peringatan.csv", "--max-warnings", "3"])).code).toBe(0);
    const over = await spbe(["validate", "fixtures/ci/lama/peringatan.csv", "--max-warnings", "2", "--lang", "en"]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("1 file(s) checked: 0 error(s), 3 warning(s)\nspbe: too many warnings: 3, over --max-warnings 2\n");
    expect((await spbe(["validate", "fixtures/ci/bersih.csv", "--max-warnings", "0"])).code).toBe(0);
    // a count past 1e308 was Infinity, which decideExit refuses: 'kesalahan internal' (found by a second read)
    const huge = await spbe(["validate", "fixtures/ci/lama/peringatan.csv", "--max-warnings", `1${"0".repeat(400)}`]);
    expect([huge.code, huge.stderr]).toEqual([0, "1 berkas diperiksa: 0 galat, 3 peringatan\n"]);
  });

  // found by an adversarial review: past the first 1 000 of a code findings are only counted, and those
  // counted were one warning to --max-warnings and the summary, and out of --ignore's reach
  it("counts the findings past the per-code cap, for --max-warnings, the summary and --ignore", async () => {
    const rows = ["instansi,indikator,tingkat,bukti"];
    for (let k = 0; k < 30; k++) for (let i = 1; i <= 47; i++) rows.push(`I${k},${i},3,`);
    const dir = tree({ "tanpa-bukti.csv": `${rows.join("\n")}\n` });
    const over = await spbe(["validate", "tanpa-bukti.csv", "--max-warnings", "1200"], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("1 berkas diperiksa: 0 galat, 1410 peringatan\nspbe: terlalu banyak peringatan: 1410, batas --max-warnings 1200\n");
    expect(over.stdout).toContain("410 temuan lain tidak dicantumkan (evidence/missing 410;");
    const json = JSON.parse((await spbe(["validate", "tanpa-bukti.csv", "-f", "json"], { cwd: dir })).stdout);
    expect([json.files[0].errors, json.files[0].warnings]).toEqual([0, 1410]);
    // a side-by-side file read once per column: the table's own (ragged rows) counted once, each side's own added
    // (found by a second read: 1256 warnings of 1128 ragged rows, and two "too many" findings)
    const side = ["instansi,indikator,mandiri,evaluasi"];
    for (let k = 0; k < 24; k++) for (let i = 1; i <= 47; i++) side.push(`I${k},${i},x,3,lebih`);
    writeFileSync(join(dir, "berdampingan.csv"), `${side.join("\n")}\n`);
    const sides = JSON.parse((await spbe(["validate", "berdampingan.csv", "--columns", "mandiri,evaluasi", "-f", "json"], { cwd: dir })).stdout);
    expect([sides.files[0].errors, sides.files[0].warnings]).toEqual([1128, 1128]);
    expect(sides.findings.filter((f: { code: string }) => f.code === "file/too-many-findings")).toHaveLength(1);
    const ignored = await spbe(["validate", "tanpa-bukti.csv", "--ignore", "evidence/missing", "--max-warnings", "0"], { cwd: dir });
    expect(ignored).toMatchObject({ code: 0, stderr: "1 berkas diperiksa: 0 galat, 0 peringatan; 1410 temuan diabaikan (--ignore evidence/missing)\n" });
  });

  it("treats the provisional framework as a warning", async () => {
    const args = ["validate", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026"];
    expect((await spbe(args)).code).toBe(0);
    const strict = await spbe([...args, "--strict", "--format", "github"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(
      "::error file=fixtures/contoh-pemdi-2026.csv,title=spbe framework/provisional::kerangka pemdi-2026 masih sementara (provisional): bobot dan batas predikat belum dari salinan resmi\n",
    );
  });
});

describe("spbe validate: formats end to end", () => {
  it.each(["text", "json", "github", "junit", "markdown"])("--format %s keeps stdout to the output and the summary on stderr", async (format) => {
    const r = await spbe(["validate", "fixtures/ci", "--format", format]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("3 berkas diperiksa: 7 galat, 4 peringatan\n");
    if (format !== "markdown") expect(r.stdout).not.toContain("berkas diperiksa"); // the Markdown document has its own summary
    if (format === "json") expect(JSON.parse(r.stdout).findings).toHaveLength(11);
    if (format === "junit") expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites [^>]*tests="144" failures="7"/);
    if (format === "markdown") expect(r.stdout).toMatch(/^## spbe validate\n/);
    if (format === "github") expect(r.stdout.split("\n").filter((l) => l.startsWith("::"))).toHaveLength(11);
  });

  // the Markdown (a step summary) and JSON documents said nothing of --ignore: a CI page showed "0 warnings"
  // with no word that four had been set aside, which only stderr said
  it("says the findings --ignore set aside in the Markdown and JSON documents too", async () => {
    const args = ["validate", "fixtures/ci", "--ignore", "evidence/*,meta/*"];
    const md = await spbe([...args, "--format", "markdown"]);
    // the codes' asterisks escaped: bare, "evidence/*,meta/*" inside the bold line rendered as "evidence/,meta/" in italics
    expect(md.stdout).toContain("**3 berkas diperiksa: 7 galat, 0 peringatan; 4 temuan diabaikan (--ignore evidence/\\*,meta/\\*)**\n");
    expect(JSON.parse((await spbe([...args, "--format", "json"])).stdout).ignored).toEqual({ count: 4, codes: ["evidence/*", "meta/*"] });
    expect(JSON.parse((await spbe(["validate", "fixtures/ci", "--format", "json"])).stdout).ignored).toEqual({ count: 0, codes: [] });
    expect((await spbe(["validate", "fixtures/ci", "--format", "markdown"])).stdout).toContain("**3 berkas diperiksa: 7 galat, 4 peringatan**\n");
  });

  // (an exploratory tester, as a CI maintainer) a step with `working-directory: data` annotated file=2024/galat.csv for
  // data/2024/galat.csv, and nothing reached the pull request's diff
  it("annotates files from $GITHUB_WORKSPACE, wherever the step runs, and normalises the path", async () => {
    const ws = mkdtempSync(join(tmpdir(), "spbe-"));
    mkdirSync(join(ws, "data/2024"), { recursive: true });
    writeFileSync(join(ws, "data/2024/galat.csv"), readFileSync(join(ROOT, "fixtures/ci/galat.csv")));
    const files = async (args: string[], cwd: string, env: Record<string, string>) => [
      ...new Set([...(await spbe(["validate", ...args, "--format", "github"], { cwd, env })).stdout.matchAll(/file=([^,]*),/g)].map((m) => m[1])),
    ];
    expect(await files(["2024/galat.csv"], join(ws, "data"), { GITHUB_WORKSPACE: ws })).toEqual(["data/2024/galat.csv"]);
    expect(await files(["2024//../2024/galat.csv"], join(ws, "data"), { GITHUB_WORKSPACE: ws })).toEqual(["data/2024/galat.csv"]);
    // without the variable, as before: from where it runs
    expect(await files(["2024/galat.csv"], join(ws, "data"), {})).toEqual(["2024/galat.csv"]);
    // a file outside the workspace keeps its name
    const outside = mkdtempSync(join(tmpdir(), "spbe-"));
    expect(await files([join(ws, "data/2024/galat.csv")], ws, { GITHUB_WORKSPACE: outside })).toEqual([join(ws, "data/2024/galat.csv")]);
  });

  it("appends a Markdown summary to GITHUB_STEP_SUMMARY under --format github, and only then", async () => {
    const dir = tree({ "summary.md": "# langkah sebelumnya\n" });
    const summary = join(dir, "summary.md");
    const r = await spbe(["validate", "fixtures/ci", "--format", "github", "--lang", "en"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("## spbe validate");
    const written = readFileSync(summary, "utf8");
    expect(written.startsWith("# langkah sebelumnya\n## spbe validate\n")).toBe(true);
    expect(written).toContain("| fixtures/ci/galat.csv | ❌ invalid | 7 | 1 |");
    expect(written).toContain("| fixtures/ci/lama/peringatan.csv | 11 | 7 | warning | evidence/missing |");
    await spbe(["validate", "fixtures/ci", "--format", "text"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, "utf8")).toBe(written);
  });

  // found by a review: under a thousand findings of long instansi names made a summary over 1 MiB, which
  // GitHub drops whole
  it("lists fewer findings in the step summary when they would pass GitHub's 1 MiB", async () => {
    const long = "y".repeat(1200);
    const rows = ["instansi,indikator,tingkat"];
    // 990 assessments of one row each: 990 findings "46 indicators have no row (… Kab n yyyy…)"
    for (let a = 0; a < 990; a++) rows.push(`Kab ${a} ${long},1,3`);
    const dir = tree({ "summary.md": "", "besar.csv": `${rows.join("\n")}\n` });
    const summary = join(dir, "summary.md");
    const r = await spbe(["validate", "besar.csv", "--format", "github", "--lang", "en"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const written = readFileSync(summary, "utf8");
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(1024 * 1024);
    expect(written).toMatch(/… and \d+ more finding\(s\) \(see the log/);
    expect(written.split("\n").filter((l) => l.includes("indicator/missing")).length).toBeGreaterThan(100);
  });

  it("still exits with the data's code when the step summary cannot be written", async () => {
    const r = await spbe(["validate", "fixtures/ci/bersih.csv", "--format", "github"], { env: { GITHUB_STEP_SUMMARY: "/nonexistent-dir/summary.md" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^spbe: ringkasan langkah tidak dapat ditulis ke GITHUB_STEP_SUMMARY '\/nonexistent-dir\/summary\.md': tidak ada\n/);
  });

  it("never appends the step summary to one of the inputs: says so, keeps the data's exit code", async () => {
    const dir = tree({ "data/a.csv": CLEAN });
    const r = await spbe(["validate", "data", "--format", "github", "--lang", "en"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: "data/a.csv" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("spbe: step summary not written: GITHUB_STEP_SUMMARY 'data/a.csv' is one of the input files\n");
    expect(readFileSync(join(dir, "data/a.csv")).equals(CLEAN)).toBe(true);
  });

  it("writes a JUnit report with -o, also for a clean run, and never over an input", async () => {
    const dir = tree({ "data/a.csv": CLEAN });
    const ok = await spbe(["validate", "data", "--format", "junit", "-o", "laporan.xml"], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, "laporan.xml"), "utf8")).toContain('<testsuite name="data/a.csv" tests="48" failures="0"');
    const clean = await spbe(["validate", "data", "-o", "kosong.txt"], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(readFileSync(join(dir, "kosong.txt"), "utf8")).toBe("");
    const refused = await spbe(["validate", "data", "-o", "data/a.csv"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, "data/a.csv"))).toEqual(CLEAN);
  });

  it("never colours a text report written with -o", async () => {
    const dir = tree({ "a.csv": ERRORS });
    await spbe(["validate", "a.csv", "-o", "out.txt", "--color"], { cwd: dir });
    const out = readFileSync(join(dir, "out.txt"), "utf8");
    expect(out).toContain("a.csv:6:6  galat");
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("rejects an unknown format with exit 2", async () => {
    expect((await spbe(["validate", "fixtures/ci", "--format", "xml"])).code).toBe(2);
  });

  it("validates every indicator of a generated complete file", async () => {
    const dir = tree({ "d/x.csv": csvOf("spbe-2018", {}, 0) });
    const r = await spbe(["validate", "d/**", "--framework", "spbe-2018"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, "1 berkas diperiksa: 0 galat, 0 peringatan\n"]);
  });
});

describe("fixtures/ci", () => {
  it("are what their names say: clean, errors, warnings only", async () => {
    const codes = async (name: string) => JSON.parse((await spbe(["validate", name, "--format", "json"])).stdout).findings.map((f: { code: string }) => f.code);
    expect(await codes("fixtures/ci/bersih.csv")).toEqual([]);
    expect(await codes("fixtures/ci/lama/peringatan.csv")).toEqual(["meta/year-mismatch", "evidence/missing", "evidence/missing"]);
    expect(await codes("fixtures/ci/galat.csv")).toEqual([
      "indicator/missing",
      "value/invalid",
      "value/out-of-range",
      "value/not-integer",
      "value/missing",
      "evidence/missing",
      "indicator/duplicate",
      "indicator/unknown",
    ]);
  });
});

// (session 26) a file of national size is read as rank reads it, a mebibyte at a time with V8's heap kept small
// (src/cli/validated-file.ts): read whole, a million rows peaked at 112 MB, 2 M rows under a raised --max-bytes 177
describe("validate of a large file", () => {
  it("reads it streamed as it reads it whole: assessments, result tables, UTF-16, targets, a file over --max-bytes", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("instansi;tahun;indikator;tingkat\r\nKab. A;2024;1;3\r\nKab. A;2024;2;x\r\n", "utf16le"),
    ]);
    const dir = tree({
      "galat.csv": ERRORS,
      "peringatan.csv": WARNINGS,
      "utf16.csv": utf16,
      "target.csv": "tahun,instansi,indeks,target\n2024,Kab. A,3.10,kurang\n",
      "nasional.csv": readFileSync(join(ROOT, "data/nasional/nasional-2024.csv")),
    });
    const sink = { write: () => true };
    const ctx = makeContext("en", "validate", {}, { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: dir });
    const options = (maxBytes: number) => ({ maxBytes, alternatives: builtinFrameworks, explicit: false });
    const read = async (file: string, streamFrom: number, maxBytes = 1 << 20) =>
      JSON.stringify(await readValidatedFile(ctx, file, fw("spbe-2020"), options(maxBytes), file, streamFrom), (_, v) =>
        typeof v === "bigint" ? String(v) : v,
      );
    for (const file of ["galat.csv", "peringatan.csv", "utf16.csv", "target.csv", "nasional.csv"]) {
      expect(await read(file, 0), file).toBe(await read(file, Number.POSITIVE_INFINITY));
    }
    expect(await read("galat.csv", 0, 10)).toBe(await read("galat.csv", Number.POSITIVE_INFINITY, 10));
    // each says what it should, so that the two readings agreeing is worth something
    const codes = async (file: string, maxBytes?: number) => JSON.parse(await read(file, 0, maxBytes)).findings.map((f: { code: string }) => f.code);
    expect(await codes("galat.csv")).not.toEqual([]);
    expect(await codes("utf16.csv")).toContain("value/invalid");
    expect(await codes("target.csv")).toContain("meta/invalid");
    expect(await codes("galat.csv", 10)).toEqual(["file/too-large"]);
    // streamed from the size rank keeps the heap small from
    expect(STREAM_FROM).toBe(NATIONAL_SIZE);
  });
});
