/**
 * Nothing is lost: outputs are written to a temp file beside the target and
 * renamed. A run that cannot complete (exit 2) leaves no output and no temp
 * file, and leaves an existing output byte for byte; an output that is one of
 * the inputs (however it is spelled) is refused before anything is written.
 *
 * A run that only finds invalid data (exit 1) still completes and writes its
 * output, findings included: that is intended and checked here too.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Context } from "../src/cli/context.js";
import { CliError } from "../src/cli/errors.js";
import { emit } from "../src/cli/write.js";
import { ROOT, spbe } from "./run-cli.js";

const EVALUASI = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv"));
const MANDIRI = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"));
/** an existing output, with bytes a rewrite would not reproduce */
const OLD_OUTPUT = Buffer.from("hasil lama\r\n\u0000\u00ff tidak boleh hilang\n", "latin1");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory with two good inputs, one bad input and a bad framework. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-atomic-"));
  made.push(dir);
  writeFileSync(join(dir, "evaluasi.csv"), EVALUASI);
  writeFileSync(join(dir, "mandiri.csv"), MANDIRI);
  writeFileSync(join(dir, "rusak.csv"), "indikator,tingkat\n1,tiga\n");
  writeFileSync(join(dir, "kerangka.json"), '{"formatVersion": 1, "id": ');
  return dir;
}

const listing = (dir: string): string[] => readdirSync(dir).sort();
const tempFiles = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

/** Commands that cannot complete, each writing to OUT. */
const OUT = "hasil.out";
const FAILING: readonly (readonly string[])[] = [
  ["score", "evaluasi.csv", "tidak-ada.csv", "--format", "json", "-o", OUT],
  ["score", "evaluasi.csv", "a-directory", "--format", "csv", "-o", OUT],
  ["score", "evaluasi.csv", "--framework", "./kerangka.json", "--format", "json", "-o", OUT],
  ["score", "evaluasi.csv", "--target", "Luar Biasa", "-o", OUT],
  ["score", "evaluasi.csv", "--max-bytes", "banyak", "-o", OUT],
  ["score", "evaluasi.csv", "--delimiter", "x", "-o", OUT],
  ["validate", "evaluasi.csv", "tidak-ada.csv", "--format", "json", "-o", OUT],
  ["validate", "evaluasi.csv", "--framework", "./kerangka.json", "-o", OUT],
  ["validate", "evaluasi.csv", "--max-warnings", "sedikit", "--format", "json", "-o", OUT],
  ["diff", "mandiri.csv", "tidak-ada.csv", "-o", OUT],
  ["diff", "mandiri.csv", "evaluasi.csv", "--framework", "./kerangka.json", "-o", OUT],
  ["template", "--framework", "./kerangka.json", "-o", OUT],
  ["framework", "./kerangka.json", "-o", OUT],
];

describe("a run that cannot complete writes nothing", () => {
  it.each(FAILING.map((args) => [args.join(" "), args]))("%s: exit 2, no output, no temp file", async (_name, args) => {
    const dir = workspace();
    mkdirSync(join(dir, "a-directory"));
    const before = listing(dir);
    const r = await spbe([...args, "--lang", "en"], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^spbe: /);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(listing(dir)).toEqual(before);
  });

  it.each(FAILING.map((args) => [args.join(" "), args]))("%s: an existing output survives byte for byte", async (_name, args) => {
    const dir = workspace();
    mkdirSync(join(dir, "a-directory"));
    writeFileSync(join(dir, OUT), OLD_OUTPUT);
    const before = listing(dir);
    const r = await spbe(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(readFileSync(join(dir, OUT)).equals(OLD_OUTPUT)).toBe(true);
    expect(listing(dir)).toEqual(before);
  });

  it("the same commands without the fault do write (so the checks above are not vacuous)", async () => {
    const dir = workspace();
    const ok: readonly (readonly string[])[] = [
      ["score", "evaluasi.csv", "mandiri.csv", "--format", "json", "-o", OUT],
      ["validate", "evaluasi.csv", "--format", "json", "-o", OUT],
      ["diff", "mandiri.csv", "evaluasi.csv", "-o", OUT],
      ["template", "-o", OUT],
      ["framework", "spbe-2020", "-o", OUT],
    ];
    for (const args of ok) {
      writeFileSync(join(dir, OUT), OLD_OUTPUT);
      const r = await spbe(args, { cwd: dir });
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      expect(readFileSync(join(dir, OUT)).equals(OLD_OUTPUT), args.join(" ")).toBe(false);
      expect(tempFiles(dir)).toEqual([]);
    }
  });

  it("a run with invalid data (exit 1) completes: the output is written, findings included", async () => {
    const dir = workspace();
    writeFileSync(join(dir, OUT), OLD_OUTPUT);
    const r = await spbe(["score", "rusak.csv", "--format", "json", "-o", OUT], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const doc = JSON.parse(readFileSync(join(dir, OUT), "utf8")) as { findings: { code: string }[] };
    expect(doc.findings.map((f) => f.code)).toContain("value/invalid");
    expect(tempFiles(dir)).toEqual([]);
  });

  it("an output into a missing directory: exit 2, nothing created anywhere", async () => {
    const dir = workspace();
    const before = listing(dir);
    const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "tidak-ada/hasil.json", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spbe: cannot write 'tidak-ada/hasil.json': the directory 'tidak-ada' does not exist\n");
    expect(listing(dir)).toEqual(before);
  });

  it("the folder that is missing is named, not the file (which is made), in Indonesian too, and for a folder deeper down", async () => {
    const dir = workspace();
    const r = await spbe(["score", "evaluasi.csv", "--format", "html", "-o", "laporan/2024/hasil.html"], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe("spbe: tidak dapat menulis 'laporan/2024/hasil.html': direktori 'laporan/2024' tidak ada\n");
    // an absolute name, as the user wrote it
    const abs = join(dir, "tidak-ada", "hasil.html");
    const en = await spbe(["score", "evaluasi.csv", "-o", abs, "--lang", "en"], { cwd: dir });
    expect(en.stderr).toBe(`spbe: cannot write '${abs}': the directory '${join(dir, "tidak-ada")}' does not exist\n`);
  });

  // what is written in pieces as it is made (RendererEntry.loadPieces): score's CSV, rank's and trend's tables, JSON, CSV and HTML
  for (const args of [
    ["score", "evaluasi.csv", "--format", "csv"],
    ["rank", "evaluasi.csv", "--format", "csv"],
    ["rank", "evaluasi.csv", "--format", "table"],
    ["rank", "evaluasi.csv", "--format", "json"],
    ["trend", "evaluasi.csv", "nasional-2023", "--format", "table"],
    ["trend", "evaluasi.csv", "nasional-2023", "--format", "json"],
    ["trend", "evaluasi.csv", "nasional-2023", "--format", "csv"],
    ["rank", "evaluasi.csv", "--format", "html"],
    ["trend", "evaluasi.csv", "nasional-2023", "--format", "html"],
  ]) {
    it(`${args.join(" ")} into a missing directory: exit 2, cannot write, nothing created`, async () => {
      const dir = workspace();
      const before = listing(dir);
      const out = `tidak-ada/hasil.${{ table: "txt", json: "json", csv: "csv", html: "html" }[args.at(-1)!]}`;
      const r = await spbe([...args, "-o", out, "--lang", "en"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`spbe: cannot write '${out}': the directory 'tidak-ada' does not exist\n`);
      expect(listing(dir)).toEqual(before);
    });
  }
});

describe("an output that is one of the inputs is refused", () => {
  /** Every spelling of the input evaluasi.csv; the links are made before the run. */
  const SPELLINGS = ["evaluasi.csv", "./evaluasi.csv", "a-directory/../evaluasi.csv", "hard-link.csv", "sym-link.csv"] as const;
  const commands = (out: string): readonly (readonly string[])[] => [
    ["score", "evaluasi.csv", "--format", "json", "-o", out],
    ["score", "mandiri.csv", "evaluasi.csv", "-o", out],
    ["validate", "evaluasi.csv", "--format", "json", "-o", out],
    ["diff", "mandiri.csv", "evaluasi.csv", "-o", out],
  ];

  for (const out of SPELLINGS) {
    it(`-o ${out}: exit 2, the input byte for byte, nothing else written`, async () => {
      const dir = workspace();
      mkdirSync(join(dir, "a-directory"));
      linkSync(join(dir, "evaluasi.csv"), join(dir, "hard-link.csv"));
      symlinkSync("evaluasi.csv", join(dir, "sym-link.csv"));
      const before = listing(dir);
      for (const args of commands(out)) {
        const r = await spbe([...args, "--lang", "en"], { cwd: dir });
        expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe("");
        expect(r.stderr).toContain("is one of the input files; inputs are never overwritten");
        expect(readFileSync(join(dir, "evaluasi.csv")).equals(EVALUASI)).toBe(true);
        expect(listing(dir)).toEqual(before);
      }
    });
  }

  it.each(["score", "validate"])("%s refuses before reading anything: a missing second input is not even looked at", async (command) => {
    const dir = workspace();
    const r = await spbe([command, "evaluasi.csv", "tidak-ada.csv", "--framework", "./kerangka.json", "-o", "./evaluasi.csv", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spbe: -o './evaluasi.csv' is one of the input files; inputs are never overwritten\n");
    expect(readFileSync(join(dir, "evaluasi.csv")).equals(EVALUASI)).toBe(true);
  });
});

describe("an output that is not a plain file", () => {
  it("through a symbolic link: the file it points to is replaced, the link stays a link", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "real.json"), OLD_OUTPUT);
    symlinkSync("real.json", join(dir, "link.json"));
    const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "link.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "real.json"), "utf8")).assessments[0].index.display).toBe("3.08");
    expect(tempFiles(dir)).toEqual([]);
  });

  it("through a link that points to nothing yet: the file is made where it points", async () => {
    const dir = workspace();
    symlinkSync("made-later.json", join(dir, "dangling.json"));
    const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "dangling.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "dangling.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "made-later.json"), "utf8")).assessments[0].index.display).toBe("3.08");
  });

  // a rename over /dev/null itself would replace the device with a file (for root): the link to it shows the
  // same resolution without putting the machine's /dev/null at stake should this ever regress
  it("a link to a device (/dev/null): written into, the link and the device left as they are", async () => {
    const dir = workspace();
    symlinkSync("/dev/null", join(dir, "null.json"));
    const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "null.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "null.json")).isSymbolicLink()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });

  it("a named pipe: written into as a shell's > would, and still a pipe", async () => {
    const dir = workspace();
    const fifo = join(dir, "pipa");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // a reader first, so that opening the pipe to write does not wait for one; the JSON (~17 KB) fits its buffer
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "pipa"], { cwd: dir });
      expect(r.code).toBe(0);
      const buffer = Buffer.alloc(1 << 16);
      const n = readSync(reader, buffer);
      expect(JSON.parse(buffer.toString("utf8", 0, n)).assessments[0].index.display).toBe("3.08");
    } finally {
      closeSync(reader);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe("inputs a -o could have met under another name", () => {
  it("diff: a side given as a directory or a glob is checked as the file it names", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "v"));
    mkdirSync(join(dir, "w"));
    writeFileSync(join(dir, "v", "a.csv"), MANDIRI);
    writeFileSync(join(dir, "w", "b.csv"), EVALUASI);
    for (const args of [
      ["diff", "v", "w", "-o", "w/b.csv"],
      ["diff", "v/*.csv", "w", "-o", "v/a.csv"],
    ]) {
      const r = await spbe([...args, "--lang", "en"], { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("is one of the input files; inputs are never overwritten");
    }
    expect(readFileSync(join(dir, "w", "b.csv")).equals(EVALUASI)).toBe(true);
    expect(readFileSync(join(dir, "v", "a.csv")).equals(MANDIRI)).toBe(true);
  });

  it("the config file, found or named with --config, is an input too", async () => {
    const dir = workspace();
    const config = '{ "lang": "en" }\n';
    writeFileSync(join(dir, "spbe.config.json"), config);
    writeFileSync(join(dir, "lain.json"), config);
    for (const args of [
      ["score", "evaluasi.csv", "-o", "spbe.config.json"],
      ["template", "-o", "spbe.config.json"],
      ["score", "evaluasi.csv", "--config", "lain.json", "-o", "lain.json"],
    ]) {
      const r = await spbe(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("is one of the input files; inputs are never overwritten");
    }
    expect(readFileSync(join(dir, "spbe.config.json"), "utf8")).toBe(config);
    expect(readFileSync(join(dir, "lain.json"), "utf8")).toBe(config);
  });
});

describe("-o names that are not a file's", () => {
  it("a name ending in '/' or an empty one: exit 2, nothing made", async () => {
    const dir = workspace();
    const before = listing(dir);
    expect(await spbe(["score", "evaluasi.csv", "-o", "baru/", "--lang", "en"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("-o 'baru/' ends in '/': that names a directory, not a file"),
    });
    expect(await spbe(["score", "evaluasi.csv", "-o", "mandiri.csv/", "--lang", "en"], { cwd: dir })).toMatchObject({ code: 2 });
    expect(await spbe(["score", "evaluasi.csv", "-o", "", "--lang", "en"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("-o is empty"),
    });
    expect(listing(dir)).toEqual(before);
    expect(readFileSync(join(dir, "mandiri.csv")).equals(MANDIRI)).toBe(true);
  });

  it("a loop of symbolic links: cannot write, in words; the links left as they are", async () => {
    const dir = workspace();
    symlinkSync("l2", join(dir, "l1"));
    symlinkSync("l1", join(dir, "l2"));
    const r = await spbe(["score", "evaluasi.csv", "-o", "l1", "--lang", "en"], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stderr: "spbe: cannot write 'l1': too many symbolic links\n" });
    expect(lstatSync(join(dir, "l1")).isSymbolicLink()).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });

  it("a file replaced keeps its permissions: a private report stays private", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "rahasia.json"), OLD_OUTPUT, { mode: 0o600 });
    chmodSync(join(dir, "rahasia.json"), 0o600);
    expect((await spbe(["score", "evaluasi.csv", "-o", "rahasia.json"], { cwd: dir })).code).toBe(0);
    expect(statSync(join(dir, "rahasia.json")).mode & 0o777).toBe(0o600);
  });

  it("a name as long as names may be (250 bytes): the temporary file's name still fits", async () => {
    const dir = workspace();
    const name = `${"x".repeat(245)}.json`;
    expect((await spbe(["score", "evaluasi.csv", "-o", name], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, name), "utf8")).assessments[0].index.display).toBe("3.08");
    expect(tempFiles(dir)).toEqual([]);
  });
});

/** nyata/a, and d a link to it: "d/.." is nyata to the system, the workspace to path.resolve. */
function linkedFolder(dir: string): void {
  mkdirSync(join(dir, "nyata", "a"), { recursive: true });
  symlinkSync(join(dir, "nyata", "a"), join(dir, "d"));
}

describe("where -o goes is where the system says, as a shell's > would write", () => {
  // path.resolve folded "d/.." away as text: a link whose text had ".." wrote over the input in the
  // working directory, which the shell would never have touched
  it("a link whose text goes up ('..') from a folder reached through a link: no input overwritten", async () => {
    const dir = workspace();
    linkedFolder(dir);
    symlinkSync("../evaluasi.csv", join(dir, "nyata", "a", "l"));
    const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "d/l"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "evaluasi.csv")).equals(EVALUASI)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "nyata", "evaluasi.csv"), "utf8")).assessments[0].index.display).toBe("3.08");
    expect(lstatSync(join(dir, "nyata", "a", "l")).isSymbolicLink()).toBe(true);
  });

  it("'d/..' is the folder above where d leads, for the output and for the check against the inputs", async () => {
    const dir = workspace();
    linkedFolder(dir);
    writeFileSync(join(dir, "nyata", "mandiri.csv"), MANDIRI);
    expect((await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "d/../hasil.json"], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, "nyata", "hasil.json"))).toBe(true);
    expect(existsSync(join(dir, "hasil.json"))).toBe(false);
    // nyata/mandiri.csv is the input, named the long way: refused; ./mandiri.csv is another file
    const r = await spbe(["score", "d/../mandiri.csv", "-o", "nyata/mandiri.csv", "--lang", "en"], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stderr: "spbe: -o 'nyata/mandiri.csv' is one of the input files; inputs are never overwritten\n" });
    expect((await spbe(["score", "d/../mandiri.csv", "--format", "json", "-o", "mandiri.json"], { cwd: dir })).code).toBe(0);
  });

  // (a hardening review) the check against the inputs folded "d/.." as text for an output not there yet:
  // `-o d/../evaluasi.csv` (nyata/evaluasi.csv, no file yet) was refused as the input ./evaluasi.csv
  it("an output not there yet is compared with the inputs where the system places it, not by its text", async () => {
    const dir = workspace();
    linkedFolder(dir);
    const r = await spbe(["score", "evaluasi.csv", "-o", "d/../evaluasi.csv"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "evaluasi.csv")).equals(EVALUASI)).toBe(true);
    expect(readFileSync(join(dir, "nyata", "evaluasi.csv"), "utf8").split("\n")[1]).toMatch(/^evaluasi\.csv,.*,index,,,Indeks SPBE,100,[\d.]+,3\.08,/);
    // and an input not there either, named through the link, is still that name: refused
    const missing = await spbe(["score", "d/../nanti.csv", "-o", "nyata/nanti.csv", "--lang", "en"], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stderr: "spbe: -o 'nyata/nanti.csv' is one of the input files; inputs are never overwritten\n" });
  });

  it("-o - is stdout, for every command (a file named '-' is -o ./-)", async () => {
    const dir = workspace();
    const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "-"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).assessments[0].index.display).toBe("3.08");
    expect((await spbe(["framework", "schema", "-o", "-"], { cwd: dir })).stdout).toMatch(/^\{\n {2}"\$schema"/);
    expect((await spbe(["template", "-o", "-"], { cwd: dir })).stdout).toMatch(/^indikator,/);
    expect(existsSync(join(dir, "-"))).toBe(false);
    expect((await spbe(["score", "evaluasi.csv", "--format", "json", "-o", "./-"], { cwd: dir })).stdout).toBe("");
    expect(existsSync(join(dir, "-"))).toBe(true);
  });

  // framework schema wrote where it was told, config file or not: every -o is now checked where it is written
  it("framework schema -o: never over the config file, never a file named like a folder", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "spbe.config.json"), '{ "lang": "en" }\n');
    const found = await spbe(["framework", "schema", "-o", "spbe.config.json"], { cwd: dir });
    expect(found).toMatchObject({ code: 2, stderr: "spbe: -o 'spbe.config.json' is one of the input files; inputs are never overwritten\n" });
    expect(await spbe(["framework", "schema", "-o", "baru/"], { cwd: dir })).toMatchObject({ code: 2 });
    expect(await spbe(["framework", "schema", "-o", "", "--lang", "en"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "spbe: -o is empty: give the name of the output file\n",
    });
    expect(readFileSync(join(dir, "spbe.config.json"), "utf8")).toBe('{ "lang": "en" }\n');
    expect(existsSync(join(dir, "baru"))).toBe(false);
    // (a contract review) nor over the framework file the config names, which every other command refused
    // to write over: `framework schema -o kerangka.json`, a slip for kerangka.schema.json, replaced it
    const own = readFileSync(join(ROOT, "fixtures/kerangka-contoh-kanwil.json"), "utf8");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "kerangka.json"), own);
    writeFileSync(join(dir, "sub", "spbe.config.json"), '{ "lang": "en", "framework": "kerangka.json" }\n');
    for (const args of [
      ["framework", "schema"],
      ["framework", "-f", "json"],
      ["framework", "spbe-2020", "-f", "json"],
      ["template", "--framework", "spbe-2020"],
    ]) {
      expect(await spbe([...args, "-o", "kerangka.json"], { cwd: join(dir, "sub") }), args.join(" ")).toMatchObject({
        code: 2,
        stderr: "spbe: -o 'kerangka.json' is one of the input files; inputs are never overwritten\n",
      });
    }
    expect(readFileSync(join(dir, "sub", "kerangka.json"), "utf8")).toBe(own);
    // a bundled id in the config names no file: its name is free
    writeFileSync(join(dir, "sub", "spbe.config.json"), '{ "framework": "spbe-2020" }\n');
    expect((await spbe(["framework", "schema", "-o", "spbe-2020"], { cwd: join(dir, "sub") })).code).toBe(0);
  });

  it("--excel with an -o that is not .csv is a usage error, not a CSV named .json", async () => {
    const dir = workspace();
    const r = await spbe(["score", "evaluasi.csv", "--excel", "-o", "hasil.json", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^spbe: --excel writes CSV, but -o 'hasil\.json' has the extension of json; name a \.csv file or drop --excel\n/);
    expect(existsSync(join(dir, "hasil.json"))).toBe(false);
    expect((await spbe(["score", "evaluasi.csv", "--excel", "-o", "hasil.csv"], { cwd: dir })).code).toBe(0);
  });
});

// Opening /dev/fd/N opens anew what N is open on, for writing: for a descriptor of Node's own (its event
// loop, its own pipes, a file the run reads) that crashed the process, hung it, lost the output or
// appended it to the code cache. In-process here, the test's own descriptors stand in for them.
describe("-o /dev/fd/N: only a descriptor given to write to", () => {
  it("one open only for reading: refused, and the file it is open on left as it was", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "dibaca.txt"), OLD_OUTPUT);
    const fd = openSync(join(dir, "dibaca.txt"), "r");
    try {
      const r = await spbe(["score", "evaluasi.csv", "--format", "json", "-o", `/dev/fd/${fd}`, "--lang", "en"], { cwd: dir });
      expect(r).toMatchObject({ code: 2, stderr: `spbe: cannot write '/dev/fd/${fd}': that descriptor is not open for spbe to write\n` });
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(join(dir, "dibaca.txt")).equals(OLD_OUTPUT)).toBe(true);
  });

  it("an event loop's (epoll, eventfd): refused in words", async () => {
    const own = readdirSync("/proc/self/fd").find((fd) => readlinkOr(`/proc/self/fd/${fd}`).startsWith("anon_inode:"));
    expect(own, "this process has an epoll descriptor").toBeDefined();
    const r = await spbe(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "-o", `/proc/self/fd/${own}`, "--lang", "en"]);
    expect(r).toMatchObject({ code: 2, stderr: `spbe: cannot write '/proc/self/fd/${own}': that descriptor is not open for spbe to write\n` });
  });

  it("one open to write on a file (`3>> log.txt`): written into in place, appended", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "log.txt"), "log lama\n");
    const fd = openSync(join(dir, "log.txt"), "a");
    try {
      expect((await spbe(["score", "evaluasi.csv", "--format", "json", "-o", `/dev/fd/${fd}`], { cwd: dir })).code).toBe(0);
    } finally {
      closeSync(fd);
    }
    const log = readFileSync(join(dir, "log.txt"), "utf8");
    expect(log.startsWith("log lama\n{")).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });
});

// (a hardening review) two writes that failed for the folder, said as the file: a link that leads into a folder
// not there yet ("cannot write 'x.csv': it does not exist"), and a folder that takes no new file while the
// file itself may be written ("permission denied": `>` writes it)
describe("a write that fails for its folder names the folder", () => {
  it("-o through a link into a folder that is not there: that folder", async () => {
    const dir = workspace();
    symlinkSync("laporan/hasil.json", join(dir, "hasil.json"));
    const r = await spbe(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "-o", "hasil.json", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spbe: cannot write 'hasil.json': the directory 'laporan' does not exist\n");
    expect([existsSync(join(dir, "laporan")), tempFiles(dir)]).toEqual([false, []]);
  });

  // (a second read) the link's text was read from the name, not from where the link is: through a linked
  // folder the folder said was another than the one missing
  it("-o through a link in a linked folder: the folder where the link really leads", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "lain", "dalam"), { recursive: true });
    symlinkSync("lain/dalam", join(dir, "sub"));
    symlinkSync("../laporan/x.json", join(dir, "lain", "dalam", "b.json"));
    // ./laporan is there: the folder missing is lain/laporan, not it
    mkdirSync(join(dir, "laporan"));
    const r = await spbe(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "-o", "sub/b.json", "--lang", "en"], { cwd: dir });
    expect(r.stderr).toBe(`spbe: cannot write 'sub/b.json': the directory '${join("lain", "laporan")}' does not exist\n`);
  });

  it("a folder that takes no new file, the file itself writable: said, the old file kept, no temporary file", async () => {
    const dir = workspace();
    const folder = join(dir, "tetap");
    mkdirSync(folder);
    writeFileSync(join(folder, OUT), OLD_OUTPUT);
    const asRoot = process.getuid?.() === 0;
    const lock = (on: boolean) => {
      if (asRoot) expect(spawnSync("chattr", [on ? "+i" : "-i", folder]).status).toBe(0);
      else chmodSync(folder, on ? 0o555 : 0o755);
    };
    lock(true);
    let r: Awaited<ReturnType<typeof spbe>>;
    try {
      r = await spbe(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "--format", "json", "-o", `tetap/${OUT}`, "--lang", "en"], { cwd: dir });
    } finally {
      lock(false);
    }
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `spbe: cannot write 'tetap/${OUT}': the directory 'tetap' does not allow new files: -o writes a temporary file there and renames it over the target (write to another directory, or with > straight into the file)\n`,
    );
    expect(readFileSync(join(folder, OUT))).toEqual(OLD_OUTPUT);
    expect(listing(folder)).toEqual([OUT]);
    // through a link, the folder it leads to: "'.' does not allow new files" named a folder that does
    symlinkSync(`tetap/${OUT}`, join(dir, "tautan.out"));
    lock(true);
    try {
      r = await spbe(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "--format", "json", "-o", "tautan.out", "--lang", "en"], { cwd: dir });
    } finally {
      lock(false);
    }
    expect(r.stderr).toMatch(/^spbe: cannot write 'tautan\.out': the directory 'tetap' does not allow new files: /);
    expect(readFileSync(join(folder, OUT))).toEqual(OLD_OUTPUT);
  });
});

function readlinkOr(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return "";
  }
}

// A folder that takes new files but lets none go (append-only, `chattr +a`): the rename and the removal
// of the temporary file both fail. The folder turns so half-way through the write; as root by chattr,
// otherwise by taking its write permission away (root writes regardless of permissions).
it("a temporary file that cannot be removed after a failed write is named to the user", async () => {
  const dir = workspace();
  const folder = join(dir, "tambah-saja");
  mkdirSync(folder);
  const asRoot = process.getuid?.() === 0;
  const lock = (on: boolean) => {
    if (asRoot) expect(spawnSync("chattr", [on ? "+a" : "-a", folder]).status).toBe(0);
    else chmodSync(folder, on ? 0o555 : 0o755);
  };
  function* pieces(): Generator<string> {
    yield "a,b\n";
    lock(true);
    yield "1,2\n";
  }
  let error: unknown;
  try {
    await emit({ cwd: dir } as Context, "tambah-saja/hasil.csv", pieces());
  } catch (e) {
    error = e;
  } finally {
    lock(false);
  }
  const left = tempFiles(folder);
  expect(left).toHaveLength(1);
  expect(error).toBeInstanceOf(CliError);
  const { text, details } = error as CliError;
  expect(text.en).toBe("cannot write 'tambah-saja/hasil.csv': permission denied");
  expect(details.map((d) => d.en)).toEqual([`the temporary file '${join(folder, left[0]!)}' was left and could not be removed: remove it yourself`]);
  expect(existsSync(join(folder, "hasil.csv"))).toBe(false);
});
