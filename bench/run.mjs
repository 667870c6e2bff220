#!/usr/bin/env node
// `npm run bench` (issue #14): ratios measured side by side, never pass/fail. These machines are
// shared and noisy: every comparison alternates its runs and reports medians, and the exit code is
// non-zero only when the harness itself fails (a case crashes or counts the wrong number of rows).
//
//   1. start-up: `spbe score <47-row sample> --format json` against a bare `node -e 0` (goal ≤ 1.25×),
//      and `spbe --version`, the floor under every command; then the pages of memory each touches
//      (a steadier count than time) and what a fresh page costs on this machine
//   2. throughput on a generated long-form file of 1,000,000 indicator rows (instansi,tahun,indikator,
//      tingkat; 21,277 assessments of spbe-2020's 47 indicators): csv-parse streaming alone, a pandas
//      script (when Debian's python3-pandas is installed), our reader alone, our reader + lean
//      builder + exact scoring, and `spbe rank` end to end (goal: faster than pandas), as CSV and as
//      the table it writes by default (a table took 91 s here until it was drawn in one pass)
//   3. peak RSS of our reader, the batch path, `spbe rank`, `spbe score` and `spbe validate` at 1 M and 2 M rows (goal
//      ≤ 150 MB, flat); `score --format csv` (g) writes 60 rows an assessment, so it is no match for pandas'
//      one index each, and is here for its memory, as (h), the same placing each assessment among the
//      bundled national results (--banding), and (i) `spbe validate`, what a CI pipeline runs
//   4. `spbe rank` of the same rows as users' files come (Excel's locales and encodings, quotes, a header
//      with Alt+Enter, rows sorted by indicator) against the plain file: each once lost the fast path
//
// Environment: BENCH_RUNS (start-up runs per command, default 15), BENCH_ROUNDS (throughput runs
// per case, default 5), BENCH_ROWS (default 1000000). Cases are scripts in bench/cases/; a new one
// is one more entry in `cases` below.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CASES = join(ROOT, "bench/cases");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const FRAMEWORK_JSON = join(ROOT, "src/frameworks/data/spbe-2020.json");
const INDICATORS = 47;

class HarnessError extends Error {}

/** The built library and bundle, rebuilt when src/ is newer (as test/global-setup.ts does). */
function ensureBuilt() {
  const newest = (dir) =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  const at = (f) => {
    try {
      return statSync(join(ROOT, f)).mtimeMs;
    } catch {
      return 0;
    }
  };
  if (Math.min(at("dist/index.js"), at("dist/cli/spbe.cjs")) >= Math.max(newest(join(ROOT, "src")), at("scripts/bundle.mjs"), at("package.json"))) return;
  console.error("bench: building dist/ first (npm run build)");
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
}

/** A long-form national file: `assessments` × 47 rows, levels spread over 1–5, in a temp dir. */
function generate(dir, assessments) {
  const file = join(dir, `nasional-${assessments * INDICATORS}.csv`);
  const fd = openSync(file, "w");
  writeSync(fd, "instansi,tahun,indikator,tingkat\n");
  let batch = [];
  for (let k = 0; k < assessments; k++) {
    for (let i = 1; i <= INDICATORS; i++) batch.push(`Pemerintah Daerah ${k},2024,${i},${1 + ((k * 7 + i * 3 + ((k * i) % 11)) % 5)}\n`);
    if (batch.length >= 50_000) {
      writeSync(fd, batch.join(""));
      batch = [];
    }
  }
  writeSync(fd, batch.join(""));
  closeSync(fd);
  return file;
}

/**
 * The same rows as users' files come (section 4): Excel with an Indonesian locale (BOM, ';', CRLF),
 * ANSI (Windows-1252, Excel's "CSV" on Windows), UTF-16 with tabs (Excel's "Unicode text"), every cell
 * quoted, a header cell with Alt+Enter, and rows sorted by indicator (a database export), so that each
 * assessment's rows lie a whole file apart. Each of these once lost the fast path: README, Kinerja.
 */
const SHAPES = [
  { name: "Excel (ID): BOM, ';', CRLF", delimiter: ";", eol: "\r\n", bom: true },
  { name: "ANSI (Windows-1252), 'Daérah'", encoding: "latin1", place: "Daérah" },
  { name: "UTF-16 LE, tabs (Unicode text)", delimiter: "\t", eol: "\r\n", encoding: "utf16le", bom: true },
  { name: "every cell quoted", quoted: true },
  { name: "header cell with Alt+Enter", header: 'instansi,tahun,indikator,"tingkat\n"' },
  { name: "sorted by indicator", byIndicator: true },
];

function generateShape(dir, assessments, shape, n) {
  const d = shape.delimiter ?? ",";
  const eol = shape.eol ?? "\n";
  const cell = shape.quoted ? (c) => `"${c}"` : (c) => c;
  const line = (cells) => cells.map(cell).join(d) + eol;
  const file = join(dir, `shape-${n}.csv`);
  const fd = openSync(file, "w");
  const put = (text) => writeSync(fd, shape.encoding ? Buffer.from(text, shape.encoding) : text);
  put(`${shape.bom ? "\ufeff" : ""}${shape.header ? shape.header.replaceAll(",", d) + eol : line(["instansi", "tahun", "indikator", "tingkat"])}`);
  let batch = [];
  const row = (k, i) => batch.push(line([`Pemerintah ${shape.place ?? "Daerah"} ${k}`, "2024", String(i), String(1 + ((k * 7 + i * 3 + ((k * i) % 11)) % 5))]));
  const flush = (force) => {
    if (force || batch.length >= 50_000) {
      put(batch.join(""));
      batch = [];
    }
  };
  if (shape.byIndicator)
    for (let i = 1; i <= INDICATORS; i++)
      for (let k = 0; k < assessments; k++) {
        row(k, i);
        flush(false);
      }
  else
    for (let k = 0; k < assessments; k++) {
      for (let i = 1; i <= INDICATORS; i++) row(k, i);
      flush(false);
    }
  flush(true);
  closeSync(fd);
  return file;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a command once: wall time, and the JSON line a case prints (its counts and peak RSS). */
function runOnce(c) {
  const t0 = performance.now();
  const r = spawnSync(c.cmd, c.args, {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", c.json ? "pipe" : "ignore", "pipe"],
    env: c.env ?? process.env,
    maxBuffer: 1 << 20,
  });
  const ms = performance.now() - t0;
  if (r.error) throw new HarnessError(`${c.name}: ${r.error.message}`);
  if (r.status !== 0) throw new HarnessError(`${c.name} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  let out = null;
  if (c.json) {
    try {
      out = JSON.parse(r.stdout.trim().split("\n").at(-1));
    } catch {
      throw new HarnessError(`${c.name} printed no result: ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 500)}`);
    }
    c.check?.(out);
  }
  return { ms, out };
}

/** Every case of a comparison once per round, the order rotated each round, so drift hits all alike. */
function compare(cases, rounds) {
  const samples = new Map(cases.map((c) => [c.name, { ms: [], rss: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(k + r) % cases.length];
      const { ms, out } = runOnce(c);
      samples.get(c.name).ms.push(ms);
      if (out?.maxRssKb) samples.get(c.name).rss.push(out.maxRssKb);
    }
  }
  return cases.map((c) => {
    const s = samples.get(c.name);
    return { name: c.name, median: median(s.ms), min: Math.min(...s.ms), max: Math.max(...s.ms), rssMb: s.rss.length ? Math.max(...s.rss) / 1024 : null };
  });
}

function table(title, rows, ratios) {
  const header = ["", "median ms", "min", "max", ...ratios.map((r) => `× ${r.name}`), "peak RSS"];
  const body = rows.map((row) => [
    row.name,
    row.median.toFixed(0),
    row.min.toFixed(0),
    row.max.toFixed(0),
    ...ratios.map((r) => (r.median ? (row.median / r.median).toFixed(2) : "–")),
    row.rssMb === null ? "" : `${row.rssMb.toFixed(0)} MB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  for (const b of body) console.log(line(b));
}

/**
 * One more run of each start-up command, with bench/cases/page-faults.cjs preloaded: the pages of
 * memory each touched first (a count that, unlike the time, hardly varies), and what a fresh page
 * costs on this machine (bench/cases/page-cost.mjs), so the table can be read as "+N pages ≈ M ms".
 */
function pagesTouched(cases) {
  const faults = cases.map((c) => {
    const r = spawnSync(c.cmd, ["-r", join(CASES, "page-faults.cjs"), ...c.args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
    const line = r.stderr.trim().split("\n").at(-1);
    const n = r.status === 0 ? JSON.parse(line ?? "{}").minorPageFaults : undefined;
    if (!Number.isInteger(n)) throw new HarnessError(`${c.name} with page-faults.cjs: exit ${r.status}, ${r.stderr.slice(0, 500)}`);
    return n;
  });
  const probe = spawnSync(process.execPath, [join(CASES, "page-cost.mjs")], { encoding: "utf8" });
  const micros = probe.status === 0 ? JSON.parse(probe.stdout).microsPerPage : undefined;
  if (typeof micros !== "number") throw new HarnessError(`page-cost.mjs: exit ${probe.status}, ${probe.stderr.slice(0, 500)}`);
  console.log(`pages first touched (minor page faults, one run each); a fresh 4 KiB page costs ${micros.toFixed(1)} µs here`);
  for (const [i, c] of cases.entries()) {
    const extra = faults[i] - faults[0];
    const cost = i === 0 ? `≈ ${((faults[i] * micros) / 1000).toFixed(0)} ms` : `${extra >= 0 ? "+" : ""}${extra} ≈ ${((extra * micros) / 1000).toFixed(1)} ms`;
    console.log(`  ${c.name.padEnd(34)} ${String(faults[i]).padStart(6)}  ${cost}`);
  }
}

function findPandas() {
  const env = { ...process.env };
  // the OpenBLAS settings this machine carries for old builds slow a current numpy (README, Kinerja)
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  for (const python of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(python, ["-c", "import pandas; print(pandas.__version__)"], { encoding: "utf8", env });
    if (r.status === 0) return { python, version: r.stdout.trim(), env };
  }
  return null;
}

function main() {
  ensureBuilt();
  const node = process.execPath;
  const dir = mkdtempSync(join(tmpdir(), "spbe-bench-"));
  try {
    const nodeVersion = process.version;
    console.log(`spbe bench: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), node ${nodeVersion}; medians of alternating runs`);

    // 1. start-up
    const sample = join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv");
    const startupCases = [
      { name: "node -e 0", cmd: node, args: ["-e", "0"] },
      { name: "spbe score <sample> --format json", cmd: node, args: [join(ROOT, "bin/spbe.js"), "score", sample, "--format", "json"] },
      // the floor under every command: commander, the program's definitions and the loader
      { name: "spbe --version", cmd: node, args: [join(ROOT, "bin/spbe.js"), "--version"] },
    ];
    const startup = compare(startupCases, RUNS);
    table(`1. start-up (${RUNS} runs each)`, startup, [{ name: "node -e 0", median: startup[0].median }]);
    pagesTouched(startupCases);

    // 2. throughput
    const assessments = Math.round(ROWS / INDICATORS);
    const rows = assessments * INDICATORS;
    const big = generate(dir, assessments);
    const rowsCheck = (name) => (o) => {
      if (o.rows !== rows) throw new HarnessError(`${name} read ${o.rows} rows, not ${rows}`);
    };
    const leanCheck = (n) => (o) => {
      if (o.valid !== n || o.findings !== 0) throw new HarnessError(`lean scoring: ${o.valid} valid of ${n}, ${o.findings} findings`);
    };
    const rankCheck = (n) => (o) => {
      if (o.code !== 0 || o.ranked !== n) throw new HarnessError(`spbe rank: exit ${o.code}, ${o.ranked} ranked of ${n}`);
    };
    // score's CSV: a row for the index, each of 4 domains, 8 aspects and 47 indicators of every assessment
    const scoreCheck = (n) => (o) => {
      if (o.code !== 0 || o.rows !== n * 60) throw new HarnessError(`spbe score: exit ${o.code}, ${o.rows} rows for ${n} assessments`);
    };
    const scoreCase = (input, n, out, ...extra) => ({
      cmd: node,
      args: [join(CASES, "score-cli.mjs"), input, join(dir, out), ...extra],
      json: true,
      check: scoreCheck(n),
    });
    // validate: what a CI pipeline runs on a submitted file; no finding in the generated one
    const validateCase = (input, n) => ({
      cmd: node,
      args: [join(CASES, "validate-cli.mjs"), input],
      json: true,
      check: (o) => {
        if (o.code !== 0 || o.assessments !== n || o.findings !== 0)
          throw new HarnessError(`spbe validate: exit ${o.code}, ${o.assessments} assessments, ${o.findings} findings`);
      },
    });
    const pandas = findPandas();
    const rankCase = {
      name: "(e) spbe rank <file> --format csv -o out",
      cmd: node,
      args: [join(CASES, "rank-cli.mjs"), big, join(dir, "rank-out.csv")],
      json: true,
      check: rankCheck(assessments),
    };
    const cases = [
      { name: "(a) csv-parse streaming", cmd: node, args: [join(CASES, "csv-parse.mjs"), big], json: true, check: rowsCheck("csv-parse") },
      ...(pandas
        ? [
            {
              name: `(b) pandas ${pandas.version}: read, weights, group, write`,
              cmd: pandas.python,
              args: [join(CASES, "pandas_index.py"), FRAMEWORK_JSON, big, join(dir, "pandas-out.csv")],
              env: pandas.env,
              json: true,
              check: (o) => {
                if (o.rows !== rows || o.assessments !== assessments) throw new HarnessError(`pandas: ${o.rows} rows, ${o.assessments} assessments`);
              },
            },
          ]
        : []),
      { name: "(c) spbe reader (TableReader, 32 KiB slices)", cmd: node, args: [join(CASES, "read-only.mjs"), big], json: true, check: rowsCheck("reader") },
      {
        name: "(d) spbe reader + lean builder + exact scoring",
        cmd: node,
        args: [join(CASES, "lean-score.mjs"), big, join(dir, "spbe-out.csv")],
        json: true,
        check: leanCheck(assessments),
      },
      rankCase,
      {
        name: "(f) spbe rank <file> -o out.txt (table)",
        cmd: node,
        args: [join(CASES, "rank-cli.mjs"), big, join(dir, "rank-out.txt"), "table"],
        json: true,
        check: rankCheck(assessments),
      },
      { name: "(g) spbe score <file> --format csv (60 rows each)", ...scoreCase(big, assessments, "score-out.csv") },
      // each assessment also placed among the bundled 2024 results (read whole until session 21: 1.4 GB, 9.5 s)
      { name: "(h) the same, --banding nasional-2024", ...scoreCase(big, assessments, "banding-out.csv", "--banding", "nasional-2024") },
      { name: "(i) spbe validate <file> --format json", ...validateCase(big, assessments) },
    ];
    const size = (statSync(big).size / 1024 ** 2).toFixed(1);
    const through = compare(cases, ROUNDS);
    const ratios = [{ name: "csv-parse", median: through[0].median }];
    if (pandas) ratios.push({ name: "pandas", median: through[1].median });
    table(
      `2. throughput: ${rows.toLocaleString("en")} rows, ${assessments.toLocaleString("en")} assessments, ${size} MB (${ROUNDS} runs each)`,
      through,
      ratios,
    );
    if (!pandas) console.log("   (b) skipped: python3-pandas is not installed (apt-get install -y python3-pandas)");

    // 3. memory at twice the size: flat means the peak does not follow the file
    const big2 = generate(dir, assessments * 2);
    const rankCase2 = {
      name: "(e) spbe rank",
      cmd: node,
      args: [join(CASES, "rank-cli.mjs"), big2, join(dir, "rank-out2.csv")],
      json: true,
      check: rankCheck(assessments * 2),
    };
    const twice = compare(
      [
        { name: "(c) spbe reader", cmd: node, args: [join(CASES, "read-only.mjs"), big2], json: true, check: (o) => rowsCheck("reader")({ rows: o.rows / 2 }) },
        {
          name: "(d) spbe batch path",
          cmd: node,
          args: [join(CASES, "lean-score.mjs"), big2, join(dir, "spbe-out2.csv")],
          json: true,
          check: leanCheck(assessments * 2),
        },
        rankCase2,
        {
          name: "(f) spbe rank (table)",
          cmd: node,
          args: [join(CASES, "rank-cli.mjs"), big2, join(dir, "rank-out2.txt"), "table"],
          json: true,
          check: rankCheck(assessments * 2),
        },
        { name: "(g) spbe score (csv)", ...scoreCase(big2, assessments * 2, "score-out2.csv") },
        { name: "(i) spbe validate", ...validateCase(big2, assessments * 2) },
        // the yardstick at twice the size too: is it flat?
        ...(pandas
          ? [
              {
                name: "(b) pandas",
                cmd: pandas.python,
                args: [join(CASES, "pandas_index.py"), FRAMEWORK_JSON, big2, join(dir, "pandas-out2.csv")],
                env: pandas.env,
                json: true,
              },
            ]
          : []),
      ],
      Math.min(ROUNDS, 3),
    );
    const at1 = (n) => through.find((t) => t.name.startsWith(n));
    console.log(`\n3. peak RSS, ${rows.toLocaleString("en")} rows → ${(2 * rows).toLocaleString("en")} rows (${Math.min(ROUNDS, 3)} runs at 2×)`);
    for (const [label, t2] of [
      ["(c) spbe reader", twice[0]],
      ["(d) spbe batch path", twice[1]],
      ["(e) spbe rank", twice[2]],
      ["(f) spbe rank (table)", twice[3]],
      ["(g) spbe score (csv)", twice[4]],
      ["(i) spbe validate", twice[5]],
      ...(pandas ? [["(b) pandas", twice[6]]] : []),
    ]) {
      const t1 = at1(label.slice(0, 3));
      console.log(`${label.padEnd(22)} ${t1.rssMb.toFixed(0).padStart(4)} MB → ${t2.rssMb.toFixed(0).padStart(4)} MB   (${t2.median.toFixed(0)} ms at 2×)`);
    }

    // 4. the same rows as users' files come: each against the plain file, in the same rounds
    const shapes = compare(
      [
        { ...rankCase, name: "plain (e)" },
        ...SHAPES.map((shape, n) => ({
          name: shape.name,
          cmd: node,
          args: [join(CASES, "rank-cli.mjs"), generateShape(dir, assessments, shape, n), join(dir, `rank-shape-${n}.csv`)],
          json: true,
          check: rankCheck(assessments),
        })),
      ],
      Math.min(ROUNDS, 3),
    );
    const shapeRatios = [{ name: "plain", median: shapes[0].median }];
    if (pandas) shapeRatios.push({ name: "pandas", median: through[1].median });
    table(`4. spbe rank --format csv, the same rows as users' files come (${Math.min(ROUNDS, 3)} runs each)`, shapes, shapeRatios);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error instanceof HarnessError ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 2;
}
