/**
 * The built binary, spawned as users and CI run it. Everything else runs the
 * CLI in-process (`main(argv, io)`); these dozen cases prove that `bin/spbe.js`
 * wires the same main to the real process: argv, exit code, stdout and stderr,
 * stdin, the environment, the file system and the terminal.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, spawnSpbe } from "./run-cli.js";

const SAMPLE = "fixtures/contoh-spbe-2020-mandiri.csv";

describe("the built binary", () => {
  it("scores the README's sample: exit 0, the table on stdout, nothing on stderr, no colour in a pipe", () => {
    const r = spawnSpbe(["score", SAMPLE]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Indeks SPBE: 3.64 — Sangat Baik");
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(spawnSpbe(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("exits 1 with one JSON document for invalid data", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(dir, "bad.csv"), "indikator,tingkat\n1,tiga\n");
    const r = spawnSpbe(["score", "bad.csv", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toContainEqual(expect.objectContaining({ code: "value/invalid", line: 2, value: "tiga" }));
  });

  it("exits 2 with one line for a missing file and for a usage error, in the chosen language", () => {
    expect(spawnSpbe(["score", "tidak-ada.csv"])).toEqual({ code: 2, stdout: "", stderr: "spbe: berkas 'tidak-ada.csv' tidak ditemukan\n" });
    expect(spawnSpbe(["--lang", "en", "score", "x.csv", "--bogus"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: unknown option '--bogus'\n(see: spbe score --help)\n",
    });
  });

  it("shows help in Indonesian by default and in English with SPBE_LANG=en", () => {
    expect(spawnSpbe(["--help"]).stdout).toMatch(/^Pemakaian: spbe/);
    expect(spawnSpbe(["score", "--help"], { env: { SPBE_LANG: "en" } }).stdout).toMatch(/^Usage: spbe score/);
  });

  it("colours for FORCE_COLOR, never JSON", () => {
    expect(spawnSpbe(["score", SAMPLE], { env: { FORCE_COLOR: "1" } }).stdout).toMatch(/\u001b\[/);
    expect(spawnSpbe(["score", SAMPLE, "--format", "json"], { env: { FORCE_COLOR: "1" } }).stdout).not.toMatch(/\u001b\[/);
  });

  it("reads a piped stdin", () => {
    const r = spawnSpbe(["diff", "-", "--format", "json"], { input: readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-berdampingan.csv")) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).index.delta.display).toBe("0.56");
  });

  it("writes -o atomically and never over an input", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(dir, "in.csv"), readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv")));
    expect(spawnSpbe(["score", "in.csv", "-o", "out.json"], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).assessments[0].index.display).toBe("3.08");
    expect(spawnSpbe(["score", "in.csv", "-o", "in.csv"], { cwd: dir }).code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.json"]);
  });

  it("validates a directory for CI: the summary on stderr, exit 1 on errors", () => {
    const r = spawnSpbe(["validate", "fixtures/ci"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("3 berkas diperiksa: 7 galat, 4 peringatan\n");
  });

  it("appends the step summary GitHub Actions names in the environment", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "# sebelumnya\n");
    const r = spawnSpbe(["validate", "fixtures/ci/galat.csv", "--format", "github"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=fixtures\/ci\/galat\.csv/m);
    expect(readFileSync(summary, "utf8")).toMatch(/^# sebelumnya\n## spbe validate\n/);
  });

  it("says in words why an output cannot be written, with no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    const r = spawnSpbe(["score", SAMPLE, "-o", join(dir, "no-such-dir", "out.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^spbe: tidak dapat menulis '.*out\.txt': direktori '.*no-such-dir' tidak ada\n$/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  // /dev/fd/1 rather than /dev/stdout: should this ever regress to a rename, one over /dev/stdout (a plain
  // symbolic link in /dev) would replace it for the whole machine when run as root; /dev/fd is /proc's
  it("-o /dev/fd/1 writes to the descriptor as it is open: appended to a log (>>), nothing replaced", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(dir, "log.txt"), "log lama\n");
    const r = spawnSync(
      "sh",
      ["-c", `exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" score "${join(ROOT, SAMPLE)}" --format json -o /dev/fd/1 >> log.txt`],
      { cwd: dir, encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    const log = readFileSync(join(dir, "log.txt"), "utf8");
    expect(log.startsWith("log lama\n{")).toBe(true);
    expect(JSON.parse(log.slice("log lama\n".length)).assessments[0].index.display).toBe("3.64");
    expect(readdirSync(dir)).toEqual(["log.txt"]);
  });

  // (a hardening review) rank and trend have no size limit: `rank /dev/zero` and `trend - < /dev/zero` read for ever
  it("stops reading an endless input once its bytes say it is no text: file/binary, exit 1", () => {
    for (const line of ["rank /dev/zero", "trend - < /dev/zero"]) {
      const r = spawnSync("sh", ["-c", `exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" ${line} --lang en`], { encoding: "utf8", timeout: 20_000 });
      expect(r.status, line).toBe(1);
      expect(r.stderr).toContain("file/binary");
    }
  });

  it("-o through a link to a descriptor's name writes to the descriptor; -o over the file piped into stdin is refused; a folder on stdin is said", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(dir, "log.txt"), "log lama\n");
    symlinkSync("/dev/fd/1", join(dir, "keluar"));
    const sh = (line: string) => spawnSync("sh", ["-c", `exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" ${line}`], { cwd: dir, encoding: "utf8" });
    expect(sh(`score "${join(ROOT, SAMPLE)}" --format json -o keluar >> log.txt`).status).toBe(0);
    expect(readFileSync(join(dir, "log.txt"), "utf8").startsWith("log lama\n{")).toBe(true);
    const input = readFileSync(join(ROOT, SAMPLE));
    writeFileSync(join(dir, "data.csv"), input);
    const piped = sh("score - -o data.csv --lang en < data.csv");
    expect(piped.status).toBe(2);
    expect(piped.stderr).toBe("spbe: -o 'data.csv' is one of the input files; inputs are never overwritten\n");
    expect(readFileSync(join(dir, "data.csv")).equals(input)).toBe(true);
    // (a hardening review) also by a command that does not read stdin: `template -o t.csv < t.csv` replaced it
    writeFileSync(join(dir, "data.json"), input);
    for (const [line, name] of [
      ["template -o data.csv < data.csv", "data.csv"],
      [`score "${join(ROOT, SAMPLE)}" -o data.csv < data.csv`, "data.csv"],
      ["framework schema -o data.json < data.json", "data.json"],
    ] as const) {
      expect(sh(`${line} --lang en`), line).toMatchObject({
        status: 2,
        stderr: `spbe: -o '${name}' is one of the input files; inputs are never overwritten\n`,
      });
      expect(readFileSync(join(dir, name)).equals(input)).toBe(true);
    }
    // (a contract review) stdout appended to the input itself: the run read the file as it grew (6,943 →
    // 17,130 bytes, exit 0); now refused as -o over it is, the input untouched, also through stdin
    const appended = sh("score data.csv -f csv --lang en >> data.csv");
    expect(appended).toMatchObject({
      status: 2,
      stderr:
        "spbe: stdout is redirected to one of the input files (e.g. `>> data.csv`, or a file in a folder being read); inputs are never overwritten: redirect it to another file\n",
    });
    // (a second read) framework schema, which reads no input, still never appends to the config or the framework
    // file it names: `framework schema >> spbe.config.json` broke every later run
    const own = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(own, "kerangka.json"), readFileSync(join(ROOT, "fixtures/kerangka-contoh-kanwil.json")));
    writeFileSync(join(own, "spbe.config.json"), '{ "framework": "kerangka.json" }\n');
    const inOwn = (line: string) =>
      spawnSync("sh", ["-c", `exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" ${line}`], { cwd: own, encoding: "utf8" });
    for (const target of ["spbe.config.json", "kerangka.json"]) {
      const before = readFileSync(join(own, target));
      expect(inOwn(`framework schema >> ${target}`).status, target).toBe(2);
      // (an exploratory tester) framework check wrote an invalid file's problems onto the file it checked
      expect(inOwn(`framework check ${target} >> ${target}`).status, target).toBe(2);
      expect(readFileSync(join(own, target)).equals(before)).toBe(true);
    }
    expect(inOwn("framework schema >> skema.json").status).toBe(0);
    expect(sh("score - -f csv < data.csv >> data.csv").status).toBe(2);
    expect(sh("validate . >> data.csv").status).toBe(2);
    expect(readFileSync(join(dir, "data.csv")).equals(input)).toBe(true);
    // stdout to another file, or to a folder's file named like no input, is written as ever
    expect(sh("score data.csv -f csv >> hasil.csv").status).toBe(0);
    // a folder on stdin: Node's stream would read it as empty, a file/empty finding (exit 1)
    expect(sh("score - --lang en < .")).toMatchObject({ status: 2, stderr: "spbe: 'stdin' is a directory, not a CSV file\n" });
  });

  // the descriptor rules need a real process: a shell gives it fd 3, and Node's own descriptors are its own
  it("-o /dev/fd/3 that a shell opened (3>>) is appended to; a folder linked to /dev/fd is /dev/fd; Node's own descriptors are refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(dir, "log.txt"), "log lama\n");
    symlinkSync("/dev/fd", join(dir, "fds"));
    const sh = (line: string) => spawnSync("sh", ["-c", `exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" ${line}`], { cwd: dir, encoding: "utf8" });
    expect(sh(`score "${join(ROOT, SAMPLE)}" --format json -o /dev/fd/3 3>> log.txt`).status).toBe(0);
    expect(sh(`score "${join(ROOT, SAMPLE)}" --format json -o fds/1 >> log.txt`).status).toBe(0);
    const log = readFileSync(join(dir, "log.txt"), "utf8");
    expect(log.startsWith("log lama\n{")).toBe(true);
    expect(log.match(/"schemaVersion"/g)).toHaveLength(2);
    // 3–9 without a redirection are Node's (epoll, eventfd, its pipes) or not open: never written, never a hang
    for (const fd of [3, 4, 5, 6, 7]) {
      const r = sh(`score "${join(ROOT, SAMPLE)}" -o /dev/fd/${fd} --lang en`);
      expect(r.status, `fd ${fd}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^spbe: cannot write '/dev/fd/${fd}': (that descriptor is not open for spbe to write|it does not exist)\n$`));
    }
    expect(readdirSync(dir).sort()).toEqual(["fds", "log.txt"]);
  });

  it("never waits on a config found on the way up that is a named pipe: exit 2, in words (--config may name one)", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    expect(spawnSync("mkfifo", [join(dir, "spbe.config.json")]).status).toBe(0);
    // were it read, the read would wait for a writer for ever: the timeout turns that into a failure
    const r = spawnSync(process.execPath, [join(ROOT, "bin/spbe.js"), "template", "--lang", "en"], { cwd: dir, encoding: "utf8", timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^spbe: the config '.*spbe\.config\.json' is not a regular file \(a pipe or a device\): name it with --config/);
  });

  // root may write any file, so as root the run drops to nobody (setpriv, util-linux) for this case
  it("a file the user may not write is not replaced (a shell's > would refuse it too): exit 2, in words", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, "milik-orang-lain.json"), "hasil lama\n");
    chmodSync(join(dir, "milik-orang-lain.json"), 0o444);
    const run = [process.execPath, join(ROOT, "bin/spbe.js"), "score", join(ROOT, SAMPLE), "-o", "milik-orang-lain.json", "--lang", "en"];
    const asRoot = process.getuid?.() === 0;
    const r = asRoot
      ? spawnSync("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", ...run], { cwd: dir, encoding: "utf8" })
      : spawnSync(run[0]!, run.slice(1), { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("spbe: cannot write 'milik-orang-lain.json': permission denied\n");
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, "milik-orang-lain.json"), "utf8")).toBe("hasil lama\n");
    expect(readdirSync(dir)).toEqual(["milik-orang-lain.json"]);
  });

  // a file-size limit (ulimit -f, in 512-byte blocks) makes the system refuse a write half-way, as a full disk
  // would: Node ignores SIGXFSZ, so the write fails with EFBIG after the first kilobytes went through
  it("says in words why a write the system refused half-way failed, for -o and for stdout: exit 2, no stack", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(dir, "out.csv"), "hasil lama\n");
    const limited = (redirect: string) =>
      spawnSync("sh", ["-c", `ulimit -f 4 && exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" rank --nasional 2024 --format csv ${redirect}`], {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "" },
      });
    const toFile = limited("-o out.csv");
    expect(toFile.status).toBe(2);
    expect(toFile.stderr).toBe("spbe: tidak dapat menulis 'out.csv': berkas terlalu besar\n");
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("hasil lama\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    const toStdout = limited("> stdout.csv");
    expect(toStdout.status).toBe(2);
    expect(toStdout.stderr).toBe("spbe: tidak dapat menulis 'stdout': berkas terlalu besar\n");
    // stderr that fails (500 findings, ~40 KB): nowhere left to say it, so it stops; the exit code is the data's
    writeFileSync(join(dir, "bad.csv"), `indikator,tingkat\n${Array.from({ length: 500 }, (_, i) => `x${i},3\n`).join("")}`);
    const toStderr = spawnSync("sh", ["-c", `ulimit -f 4 && exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" score bad.csv 2> err.txt > out.txt`], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(toStderr.status).toBe(1);
    expect(readFileSync(join(dir, "err.txt"), "utf8")).toContain("bad.csv:2:1  galat  'x0' bukan indikator spbe-2020");
  });

  // a character device that is not a terminal was given Node's stream, whose failure came a tick later
  // as an unhandled 'error' event with a stack trace
  it("says in words that stdout on a full device (/dev/full) cannot be written: exit 2, no stack", () => {
    const r = spawnSync("sh", ["-c", `exec "${process.execPath}" "${join(ROOT, "bin/spbe.js")}" score fixtures/contoh-spbe-2020-mandiri.csv > /dev/full`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("spbe: tidak dapat menulis 'stdout': disk penuh\n");
    expect(r.status).toBe(2);
  });

  // A preload (-r) that watches the CLI's own fs calls (the bundle requires node:fs, this object): it
  // logs the temporary file's opening, writes, fsync and rename, and sends SIGINT when `signal` is set
  // the moment the temporary file is opened (Node would end the process there without a listener)
  const watchWrites = (dir: string, signal: boolean, after: "open" | "rename" = "open", name = "SIGINT"): string => {
    writeFileSync(
      join(dir, "watch.cjs"),
      `const fs = require("node:fs");
const log = (line) => fs.appendFileSync(${JSON.stringify(join(dir, "calls.log"))}, line + "\\n");
const temps = new Set();
const { openSync, writeSync, fsyncSync, renameSync } = fs;
fs.openSync = function (file, ...rest) {
  const fd = openSync.call(this, file, ...rest);
  if (String(file).endsWith(".tmp")) {
    temps.add(fd);
    log("open");
    if (${signal && after === "open"}) process.kill(process.pid, "${name}");
  }
  return fd;
};
fs.writeSync = function (fd, ...rest) {
  const n = writeSync.call(this, fd, ...rest);
  if (temps.has(fd)) log("write " + n);
  return n;
};
fs.fsyncSync = function (fd) {
  if (temps.has(fd)) log("fsync");
  return fsyncSync.call(this, fd);
};
fs.renameSync = function (from, to) {
  if (!String(from).endsWith(".tmp")) return renameSync.call(this, from, to);
  log("rename");
  const done = renameSync.call(this, from, to);
  if (${signal && after === "rename"}) process.kill(process.pid, "${name}");
  return done;
};
`,
    );
    return join(dir, "watch.cjs");
  };
  const callsIn = (dir: string): string[] => readFileSync(join(dir, "calls.log"), "utf8").trim().split("\n");

  // (a hardening review) the write was one synchronous stretch: the listener ran only after the rename,
  // so a Ctrl-C during it still replaced the target, and the process then ended by the signal (exit 130)
  it("an interrupt (SIGINT) while -o is written leaves the target as it was and no temporary file; the process ends by it", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    const preload = watchWrites(dir, true);
    writeFileSync(join(dir, "out.json"), "laporan lama\n");
    const r = spawnSync(process.execPath, ["-r", preload, join(ROOT, "bin/spbe.js"), "score", join(ROOT, SAMPLE), "--format", "json", "-o", "out.json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.signal).toBe("SIGINT");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("laporan lama\n");
    expect(callsIn(dir)).not.toContain("rename");
  });

  // (a second read) after reading stdin the write began in the event loop's poll phase, and the one turn it
  // waited for a signal held none: the target was replaced, exit 0. And a signal just after the rename was
  // swallowed by a listener left in place, the run ending by process.exit with 0 (143 before)
  it("an interrupt is honoured whatever the input (stdin too), and one just after the rename still ends the run by it", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(join(dir, "out.json"), "laporan lama\n");
    const sh = (preload: string, line: string) =>
      spawnSync("sh", ["-c", `exec "${process.execPath}" -r "${preload}" "${join(ROOT, "bin/spbe.js")}" ${line}`], { cwd: dir, encoding: "utf8" });
    const piped = sh(watchWrites(dir, true), `score - --format json -o out.json < "${join(ROOT, SAMPLE)}"`);
    expect(piped.signal).toBe("SIGINT");
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("laporan lama\n");
    const late = sh(watchWrites(dir, true, "rename", "SIGTERM"), `score "${join(ROOT, SAMPLE)}" --format json -o out.json`);
    expect(late.signal).toBe("SIGTERM");
    // the write was complete before the signal: it stands
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).assessments[0].index.display).toBe("3.64");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  // (a second read) a program that runs `main` and takes SIGINT itself is not ended by the signal: its write
  // was removed and `main` said 0, and every later write was skipped the same way
  it("in a program that takes the signal itself, an interrupted write is said as abandoned (exit 2), and the next one is made", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    writeFileSync(
      join(dir, "host.cjs"),
      `const fs = require("node:fs");
const open = fs.openSync;
let sent = false;
fs.openSync = function (file, ...rest) {
  const fd = open.call(this, file, ...rest);
  if (!sent && String(file).endsWith(".tmp")) { sent = true; process.kill(process.pid, "SIGINT"); }
  return fd;
};
process.on("SIGINT", () => {});
const { main } = require(${JSON.stringify(join(ROOT, "dist/cli/spbe.cjs"))});
const err = [];
const io = { env: {}, stdout: { write: () => true, isTTY: false }, stderr: { write: (t) => (err.push(String(t)), true), isTTY: false }, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: ${JSON.stringify(dir)} };
(async () => {
  const sample = ${JSON.stringify(join(ROOT, SAMPLE))};
  const a = await main(["score", sample, "--format", "json", "-o", "a.json", "--lang", "en"], io);
  const b = await main(["score", sample, "--format", "json", "-o", "b.json", "--lang", "en"], io);
  console.log(JSON.stringify({ a, b, a_exists: fs.existsSync("a.json"), b_exists: fs.existsSync("b.json"), err: err.join("") }));
})();
`,
    );
    const r = spawnSync(process.execPath, [join(dir, "host.cjs")], { cwd: dir, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ a: 2, b: 0, a_exists: false, b_exists: true });
    expect(out.err).toContain("spbe: the write of 'a.json' was abandoned at a SIGINT; the file is as it was\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  // and a long one stops within a few MiB of the signal, not at its end
  it("an interrupt stops a long -o write early: at most 4 MiB more of a 10 MB document is written", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    const rows = Array.from({ length: 600 }, (_, a) =>
      Array.from({ length: 47 }, (_, i) => `Pemda ${a},2024,${i + 1},${1 + ((a * 7 + i * 3) % 5)}\n`).join(""),
    );
    writeFileSync(join(dir, "nasional.csv"), `instansi,tahun,indikator,tingkat\n${rows.join("")}`);
    expect(spawnSpbe(["score", "nasional.csv", "--format", "json", "-o", "whole.json"], { cwd: dir }).code).toBe(0);
    expect(statSync(join(dir, "whole.json")).size).toBeGreaterThan(9 << 20);
    const r = spawnSync(
      process.execPath,
      ["-r", watchWrites(dir, true), join(ROOT, "bin/spbe.js"), "score", "nasional.csv", "--format", "json", "-o", "out.json"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(r.signal).toBe("SIGINT");
    const written = callsIn(dir)
      .filter((c) => c.startsWith("write "))
      .reduce((n, c) => n + Number(c.slice(6)), 0);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(5 << 20);
    expect(readdirSync(dir).sort()).toEqual(["calls.log", "nasional.csv", "watch.cjs", "whole.json"]);
  });

  // (a hardening review) a rename over the old file before the data reached the disk could leave an empty
  // file after a power cut (ext4 without auto_da_alloc, xfs)
  it("flushes the temporary file to the disk (fsync) after its last write and before the rename", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    const r = spawnSync(
      process.execPath,
      ["-r", watchWrites(dir, false), join(ROOT, "bin/spbe.js"), "score", join(ROOT, SAMPLE), "--format", "json", "-o", "out.json"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const calls = callsIn(dir).filter((c, i, all) => !(c.startsWith("write") && all[i + 1]?.startsWith("write")));
    expect(calls).toEqual(["open", expect.stringMatching(/^write \d+$/), "fsync", "rename"]);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).assessments[0].index.display).toBe("3.64");
  });

  it("ends quietly when the reader of its output goes away (| head -1): exit 0, no EPIPE stack", () => {
    // 615 rows of CSV are more than a pipe holds, so the writes outlive the reader
    const r = spawnSync("sh", ["-c", `"${process.execPath}" bin/spbe.js rank --nasional 2024 --format csv | head -1; echo "exit=$?"`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout).toMatch(/^grup,peringkat,instansi/);
    expect(r.stderr).not.toMatch(/EPIPE|^\s+at /m);
    const pipeStatus = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" bin/spbe.js rank --nasional 2024 --format csv | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(pipeStatus.stdout.trim()).toBe("0");
    // and a document scored as it is written stops there: no summary, which would score every assessment
    const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
    const rows = Array.from({ length: 300 }, (_, a) => Array.from({ length: 47 }, (_, i) => `Pemda ${a},2024,${i + 1},${1 + ((a + i) % 5)}\n`).join(""));
    writeFileSync(join(dir, "besar.csv"), `instansi,tahun,indikator,tingkat\n${rows.join("")}`);
    const cut = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${join(ROOT, "bin/spbe.js")}" score besar.csv --format csv | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(cut.stdout.trim()).toBe("0");
    expect(cut.stderr).toBe("");
    // so does -o naming the pipe (a descriptor's name, or a named pipe): the same pipe as stdout, the same
    // end (it said "cannot write '/dev/fd/1': its reader has closed it", exit 2, failing a pipefail script)
    for (const o of ["/dev/fd/1", "/dev/stdout"]) {
      const r = spawnSync("bash", ["-c", `"${process.execPath}" bin/spbe.js rank --nasional 2024 --format csv -o ${o} | head -1; echo "\${PIPESTATUS[0]}"`], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect([r.stdout.split("\n")[0], r.stdout.trim().split("\n").at(-1), r.stderr], o).toEqual([
        "grup,peringkat,instansi,tahun,kategori,provinsi,kerangka,indeks,predikat,d1,d2,d3,d4,perubahan,sumber,masukan_anda,bercacat,sementara,catatan,jenis,predikat_dasar_lain,perubahan_dari_bercacat",
        "0",
        expect.not.stringMatching(/EPIPE|cannot write|tidak dapat menulis|^\s+at /m),
      ]);
    }
  });

  it("carries a code cache for the files a score run loads, one blob indexed by file name (scripts/cli-loader.cjs)", () => {
    const blob = readFileSync(join(ROOT, "dist/cli/cache/code-cache.bin"));
    const length = blob.readUInt32LE(0);
    const index = JSON.parse(blob.toString("utf8", 4, 4 + length)) as Record<string, [number, number, number, number]>;
    const files = new Set([...readdirSync(join(ROOT, "dist/cli")), ...readdirSync(join(ROOT, "dist/cli/chunks")).map((f) => `chunks/${f}`)]);
    expect(Object.keys(index).find((f) => f.startsWith("main-"))).toBeDefined();
    expect(Object.keys(index).some((f) => f.startsWith("chunks/pack-1-"))).toBe(true);
    for (const [name, [offset, size, sourceOffset, sourceSize]] of Object.entries(index)) {
      expect(files.has(name)).toBe(true);
      expect(size).toBeGreaterThan(0);
      expect(4 + length + offset + size).toBeLessThanOrEqual(blob.length);
      // beside each cache, the file it was made from, byte for byte (what the loader compares)
      const copy = blob.subarray(4 + length + sourceOffset, 4 + length + sourceOffset + sourceSize);
      expect(copy.equals(readFileSync(join(ROOT, "dist/cli", name)))).toBe(true);
    }
  });

  it("uses the code cache of every file a score run loads, read from the blob as each file loads; each is under 128 KiB", () => {
    const { loaded, index } = scoreWithCacheReport(ROOT);
    expect(loaded.map(fileOf)).toEqual(["main", "chunks/pack-1", "chunks/pack-2"]);
    expect(loaded.filter((l) => !l.endsWith(" used"))).toEqual([]);
    expect(index).toBe("3.64");
    // a source past V8's largest regular object (128 KiB) is allocated apart, in fresh pages: the file
    // every run loads crossing it by 60 bytes cost each score ~75 pages (README, Kinerja). main-<hash>.cjs
    // holds what every run loads: split a module that grows it past the limit (as messages/rank-cli.ts
    // and cli/write.ts were split from messages/rank.ts and cli/io.ts); scripts/bundle.mjs packs the
    // modules the usual runs load beyond it into as few files as stay under it, one file more each when
    // they outgrow them. Every file that holds more than one module is held to it here
    const loader = readFileSync(join(ROOT, "dist/cli/spbe.cjs"), "utf8");
    const packs = new Set(Object.values(JSON.parse(/^const PACKED = (\{.*\});$/m.exec(loader)![1]!) as Record<string, string>));
    expect(packs.size).toBeGreaterThanOrEqual(4);
    const large = [...packs].filter((name) => statSync(join(ROOT, "dist/cli", name)).size >= 128 * 1024 - 256);
    expect(large).toEqual([]);
  });

  it("reads few files for the usual runs: the table and csv formats one more than json, validate (what CI runs) two more; --version one", () => {
    const files = (...args: string[]) => filesLoaded(args, 0).files;
    const sample = join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv");
    expect(files("score", sample)).toEqual(["main", "chunks/pack-1", "chunks/pack-2", "chunks/pack-3"]);
    expect(files("score", sample, "--format", "csv")).toEqual(["main", "chunks/pack-1", "chunks/pack-2", "chunks/pack-3"]);
    expect(files("validate", sample)).toEqual(["main", "chunks/pack-4", "chunks/pack-1", "chunks/pack-2", "chunks/pack-3"]);
    expect(files("--version")).toEqual(["main"]);
  });

  it("loads the finding catalogue and the standing words only for a run that says them (scripts/bundle.mjs, LAZY_MODULES)", () => {
    // no file every score loads holds a sentence of the catalogue or of the standing words
    const everyScore = filesLoaded(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "--format", "json"], 0).files;
    const chunks = readdirSync(join(ROOT, "dist/cli/chunks")).map((f) => `chunks/${f}`);
    for (const name of everyScore) {
      const file = name === "main" ? readdirSync(join(ROOT, "dist/cli")).find((f) => /^main-.*\.cjs$/.test(f))! : chunks.find((f) => f.startsWith(`${name}-`))!;
      const text = readFileSync(join(ROOT, "dist/cli", file), "utf8");
      expect(text).not.toContain("bukan tingkat yang sah");
      expect(text).not.toContain("percentile");
    }
    // a finding's message, from the catalogue loaded when the JSON says the finding
    const invalid = filesLoaded(["score", join(ROOT, "fixtures/tidak-sah/nilai-salah.csv"), "--format", "json"], 1);
    expect(invalid.files).toContain("chunks/findings");
    const messages = (JSON.parse(invalid.stdout) as { findings: { code: string; message: string }[] }).findings;
    expect(messages.find((f) => f.code === "value/invalid")?.message).toMatch(/bukan tingkat yang sah/);
    // and the standing words, for --banding
    const placed = filesLoaded(["score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "--banding", "nasional-2024", "--lang", "en"], 0);
    expect(placed.files).toEqual(expect.arrayContaining(["chunks/standing", "chunks/rank-labels"]));
    expect(placed.stdout).toMatch(/percentile \d+/);
  });

  it("uses a code cache for every file the other commands load too: rank, trend, diff, plan, framework, template", () => {
    const sample = join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv");
    const runs = [
      ["rank", sample],
      ["rank", sample, "--format", "csv"],
      ["trend", sample],
      ["diff", sample, join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv")],
      ["plan", sample],
      ["framework"],
      ["template"],
    ];
    for (const args of runs) {
      const r = spawnSync(process.execPath, [join(ROOT, "bin/spbe.js"), ...args], { encoding: "utf8", env: { ...process.env, SPBE_CODE_CACHE: "report" } });
      const loaded = r.stderr.split("\n").filter((l) => l.startsWith("spbe-code-cache "));
      expect([args[0], r.status, loaded.length > 1, loaded.filter((l) => !l.endsWith(" used"))]).toEqual([args[0], 0, true, []]);
    }
  });

  // (session 26) a national input sets V8's heap flags (src/cli/heap.ts), after which V8 refuses every code cache:
  // rank and trend load their renderer before reading, and compiled it from source after a national input before
  it("uses the code cache of every file rank and trend load for an input of national size, their renderer's too", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-national-cache-"));
    const ids = Array.from({ length: 47 }, (_, i) => i + 1);
    const rows: string[] = ["instansi,tahun,indikator,tingkat"];
    for (let k = 0; rows.length * 30 < 17 << 20; k++) for (const id of ids) rows.push(`Pemerintah Daerah ${k},2024,${id},${1 + ((k + id) % 5)}`);
    const file = join(dir, "nasional.csv");
    writeFileSync(file, `${rows.join("\n")}\n`);
    expect(statSync(file).size).toBeGreaterThanOrEqual(16 << 20);
    for (const command of ["rank", "trend"]) {
      const r = spawnSync(process.execPath, [join(ROOT, "bin/spbe.js"), command, file, "--format", "csv", "-o", join(dir, `${command}.csv`)], {
        encoding: "utf8",
        env: { ...process.env, SPBE_CODE_CACHE: "report" },
      });
      const loaded = r.stderr.split("\n").filter((l) => l.startsWith("spbe-code-cache "));
      expect([command, r.status, loaded.some((l) => l.includes("-csv-")), loaded.filter((l) => !l.endsWith(" used"))]).toEqual([command, 0, true, []]);
    }
  });

  // (session 26) the files every score loads kept their caches as score's and validate's runs left them: trained
  // by rank, diff and plan as well they grew by 30 KB, and score's start-up by 3.8 ms
  it("makes the caches of the files loaded before the training's checkpoint as the runs before it left them", () => {
    const dir = copyOfPackage();
    const train = (checkpoint: boolean): Record<string, [number, number, number, number]> => {
      const out = join(dir, `cache-${checkpoint}.bin`);
      const script = [
        `const { main } = require(${JSON.stringify(join(dir, "dist/cli/spbe.cjs"))});`,
        `const sink = { write: () => true, isTTY: false, columns: undefined };`,
        `const io = { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: ${JSON.stringify(ROOT)} };`,
        `(async () => {`,
        `  if ((await main(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--format", "json"], io)) !== 0) process.exit(1);`,
        checkpoint ? `  globalThis[Symbol.for("spbe.codeCacheCheckpoint")]();` : "",
        `  if ((await main(["plan", "fixtures/contoh-spbe-2020-mandiri.csv"], io)) !== 0) process.exit(1);`,
        `})();`,
      ].join("\n");
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { ...process.env, SPBE_WRITE_CODE_CACHE: out } });
      expect(r.status).toBe(0);
      const blob = readFileSync(out);
      const length = blob.readUInt32LE(0);
      return JSON.parse(blob.toString("utf8", 4, 4 + length)) as Record<string, [number, number, number, number]>;
    };
    const withCheckpoint = train(true);
    const without = train(false);
    const main = Object.keys(without).find((f) => f.startsWith("main-"))!;
    const plan = Object.keys(without).find((f) => f.startsWith("chunks/plan-run-"))!;
    // plan's own file has its cache either way; the file every run loads holds what plan compiled in it only without
    expect([plan in withCheckpoint, plan in without, withCheckpoint[main]![1] < without[main]![1]]).toEqual([true, true, true]);
  });

  it("runs as usual, compiling every file, when the code cache file is damaged", () => {
    const dir = copyOfPackage();
    writeFileSync(join(dir, "dist/cli/cache/code-cache.bin"), "\u00ff\u00ff\u00ff\u00ffnot a cache");
    const { loaded, index } = scoreWithCacheReport(dir);
    expect(loaded.length).toBe(3);
    expect(loaded.filter((l) => !l.endsWith(" none"))).toEqual([]);
    expect(index).toBe("3.64");
  });

  // (a library user's review) npm writes an installed package's files in its own order, at its own time: the
  // cache, written before the files, was "older than its file", and no installed copy ever used it (~20 ms a run)
  it("uses the code cache whatever the files' times, as in an installed package", () => {
    const dir = copyOfPackage();
    const old = new Date("2020-01-01T00:00:00Z");
    utimesSync(join(dir, "dist/cli/cache/code-cache.bin"), old, old);
    const { loaded, index } = scoreWithCacheReport(dir);
    expect(loaded.map(fileOf)).toEqual(["main", "chunks/pack-1", "chunks/pack-2"]);
    expect(loaded.filter((l) => !l.endsWith(" used"))).toEqual([]);
    expect(index).toBe("3.64");
  });

  it("never runs a code cache over a bundle file edited after the build (V8 checks only the length)", () => {
    const dir = copyOfPackage();
    const cli = join(dir, "dist/cli");
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const withVersion = readdirSync(cli).find((f) => f.endsWith(".cjs") && readFileSync(join(cli, f), "utf8").includes(JSON.stringify(version)))!;
    expect(withVersion).toMatch(/^main-/);
    const patched = version.replace(/\d/g, "9");
    const file = join(cli, withVersion);
    writeFileSync(file, readFileSync(file, "utf8").replace(JSON.stringify(version), JSON.stringify(patched)));
    // its time no help: the edit is told by the bytes (an installer sets times as it likes, `touch` too)
    const old = new Date("2020-01-01T00:00:00Z");
    utimesSync(file, old, old);
    const r = spawnSync(process.execPath, [join(dir, "bin/spbe.js"), "--version"], { encoding: "utf8" });
    expect(r.stdout).toBe(`${patched}\n`);
  });
});

/** The file of a `SPBE_CODE_CACHE=report` line, without its hash: "chunks/pack-1". */
const fileOf = (line: string): string => line.split(" ")[1]!.replace(/-[A-Z0-9]+\.cjs$/, "");

/** `spbe <args>` run by the binary, which must exit `status`: its stdout, and the files it loaded (`fileOf`), in order. */
function filesLoaded(args: readonly string[], status: number): { files: string[]; stdout: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/spbe.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, SPBE_CODE_CACHE: "report" },
  });
  expect(r.status).toBe(status);
  const files = r.stderr
    .split("\n")
    .filter((l) => l.startsWith("spbe-code-cache "))
    .map(fileOf);
  return { files, stdout: r.stdout };
}

/** bin/, dist/ and package.json in a temp dir, file times kept. */
function copyOfPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-bin-"));
  for (const part of ["bin", "dist", "package.json"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true, preserveTimestamps: true });
  return dir;
}

/** `score --format json` on the bundled sample by the package in `dir`, with the loader's per-file cache report. */
function scoreWithCacheReport(dir: string): { loaded: string[]; index: string } {
  const r = spawnSync(process.execPath, [join(dir, "bin/spbe.js"), "score", join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "--format", "json"], {
    encoding: "utf8",
    env: { ...process.env, SPBE_CODE_CACHE: "report" },
  });
  expect(r.status).toBe(0);
  return {
    loaded: r.stderr.split("\n").filter((l) => l.startsWith("spbe-code-cache ")),
    index: JSON.parse(r.stdout).assessments[0].index.display,
  };
}
