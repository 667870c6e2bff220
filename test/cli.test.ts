import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, spbe } from "./run-cli.js";

describe("spbe score (end to end)", () => {
  it("scores the README's sample: exit 0, table on stdout, nothing on stderr", () => {
    const r = spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Indeks SPBE: 3.64 — Sangat Baik");
    expect(r.stdout).toContain("pemisah ';'");
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("prints one JSON document, also on exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    writeFileSync(join(dir, "bad.csv"), "indikator,tingkat\n1,tiga\n");
    const r = spbe(["score", join(dir, "bad.csv"), "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.assessments[0].index).toBeNull();
    expect(doc.findings).toContainEqual(expect.objectContaining({ code: "value/invalid", line: 2, column: 2, value: "tiga" }));
    expect(doc.findings.filter((f: { code: string }) => f.code === "indicator/missing")).toHaveLength(46);
  });

  it("exits 2 with one line, no stack trace, for a missing file", () => {
    const r = spbe(["score", "tidak-ada.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spbe: berkas 'tidak-ada.csv' tidak ditemukan\n");
    expect(r.stdout).toBe("");
  });

  it("explains usage errors in one line and a hint, in the user's language", () => {
    expect(spbe(["score", "x.csv", "--bogus"])).toMatchObject({ code: 2, stdout: "", stderr: "galat: opsi tidak dikenal '--bogus'\n(lihat: spbe score --help)\n" });
    expect(spbe(["score", "x.csv", "--bogus", "--lang", "en"]).stderr).toBe("error: unknown option '--bogus'\n(see: spbe score --help)\n");
    expect(spbe(["nonsense"], { env: { SPBE_LANG: "en" } }).stderr).toBe("error: unknown command 'nonsense'\n(see: spbe --help)\n");
  });

  it("refuses an endless input (/dev/zero reports size 0) instead of reading forever", () => {
    const r = spbe(["score", "/dev/zero", "--max-bytes", "64K", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("No assessment could be read; see the findings.\n");
    expect(r.stderr).toBe("/dev/zero  error  the file (more than 64 KiB) is over the limit of 64 KiB (set it with --max-bytes)  file/too-large\n");
  });

  it("exits 2 on usage errors", () => {
    expect(spbe(["score"]).code).toBe(2);
    expect(spbe(["score", "x.csv", "--format", "xml"]).code).toBe(2);
    expect(spbe(["nonsense"]).code).toBe(2);
  });

  it("writes -o atomically and refuses to overwrite an input", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const input = join(dir, "in.csv");
    writeFileSync(input, readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv")));
    const ok = spbe(["score", input, "--format", "json", "-o", join(dir, "out.json")]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).assessments[0].index.display).toBe("3.08");
    const refused = spbe(["score", input, "-o", input]);
    expect(refused.code).toBe(2);
    expect(readFileSync(input, "utf8")).toContain("evaluasi");
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.json"]);
  });

  it("speaks English with --lang en and SPBE_LANG=en", () => {
    expect(spbe(["score", "tidak-ada.csv", "--lang", "en"]).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
    expect(spbe(["score", "tidak-ada.csv"], { env: { SPBE_LANG: "en" } }).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
  });

  it("colours only when asked, and never JSON", () => {
    expect(spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--color"]).stdout).toMatch(/\u001b\[/);
    expect(spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv"], { env: { FORCE_COLOR: "1" } }).stdout).toMatch(/\u001b\[/);
    expect(spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--format", "json", "--color"]).stdout).not.toMatch(/\u001b\[/);
  });
});

describe("inputs are never overwritten, stdin is read once", () => {
  it("refuses -o onto a framework file, for every command that reads one", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const fwFile = join(dir, "fw.json");
    const original = readFileSync(join(ROOT, "src/frameworks/data/spbe-2020.json"));
    writeFileSync(fwFile, original);
    const sample = join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv");
    for (const args of [
      ["framework", fwFile, "-o", fwFile],
      ["template", "--framework", fwFile, "-o", fwFile],
      ["score", sample, "--framework", fwFile, "--format", "json", "-o", fwFile],
      ["validate", sample, "--framework", fwFile, "-o", fwFile],
      ["diff", sample, sample, "--framework-b", fwFile, "-o", fwFile],
    ]) {
      const r = spbe([...args, "--lang", "en"]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("is one of the input files; inputs are never overwritten");
      expect(readFileSync(fwFile).equals(original)).toBe(true);
    }
  });

  it("reads a side-by-side file from stdin for diff", () => {
    const r = spbe(["diff", "-", "--format", "json"], { input: readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-berdampingan.csv")) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).index.delta.display).toBe("0.56");
  });

  it("refuses '-' twice: stdin can be read once", () => {
    expect(spbe(["score", "-", "-", "--lang", "en"]).stderr).toBe("spbe: '-' (stdin) may be given only once\n");
    expect(spbe(["diff", "-", "-"]).code).toBe(2);
  });

  it("says on stderr that a Pemdi template is provisional, and keeps the CSV clean", () => {
    const r = spbe(["template", "--framework", "pemdi-2026", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^spbe: Indeks Pemdi 2026 is provisional/);
    expect(r.stdout.startsWith("indicator,domain,aspect,name,level,evidence,note\n")).toBe(true);
  });
});

describe("spbe template", () => {
  it("round-trips: a filled-in Excel template scores", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const out = join(dir, "t.csv");
    expect(spbe(["template", "--framework", "spbe-2018", "--excel", "-o", out]).code).toBe(0);
    const raw = readFileSync(out);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString("utf8");
    expect(text).toContain("\r\n");
    const filled = text.replace(/^(\uFEFF?indikator.*|[^;\r\n]+;[^;]*;[^;]*;(?:"[^"]*"|[^;]*));;;/gm, (m, head) => (head.startsWith("\uFEFF") || head.startsWith("indikator") ? m : `${head};3;bukti;`));
    writeFileSync(out, filled);
    const r = spbe(["score", out, "--framework", "spbe-2018", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).assessments[0].index.display).toBe("3.00");
    expect(existsSync(out)).toBe(true);
  });
});
