#!/usr/bin/env node
// `spbe plan` timings: prints numbers, never pass/fail (these machines are shared and noisy; timing is
// never part of `npm test`). Uses the built dist/ (npm ci builds it; after a change, npm run build).
//   1. in-process: plan() on the 47-indicator spbe-2020 framework — fewest steps to far targets, least
//      cost with random per-level costs (the solver's largest frontiers), a budget; Pemdi with --step 0.5
//   2. end to end: `spbe plan` as a process against `spbe score` on the same file
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { loadFramework, plan, readAssessments } = await import(join(ROOT, "dist/index.js"));
const { parseDecimal, toText } = await import(join(ROOT, "dist/core/rational.js"));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  fn(); // warm up
  const samples = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), max: Math.max(...samples), result };
}

// a fixed pseudo-random sequence, so every run plans the same problems
let seed = 20_240;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const spbe2020 = loadFramework("spbe-2020").framework;
const pemdi = loadFramework("pemdi-2026").framework;
const fileOf = (framework, value) =>
  readAssessments(["indikator,tingkat", ...framework.indicators.map((i, k) => `${i.id},${value(i, k)}`)].join("\n"), { framework });
const low = fileOf(spbe2020, () => 1);
const mixed = fileOf(spbe2020, () => 1 + Math.floor(random() * 4));
const pemdiFile = fileOf(pemdi, () => (1 + random() * 3).toFixed(2));
const levelCosts = ["indikator,dari,ke,biaya"];
for (const i of spbe2020.indicators) for (let l = 1; l < 5; l++) levelCosts.push(`${i.id},${l},${l + 1},${(1 + random() * 999).toFixed(2)}`);
const costs = { input: levelCosts.join("\n"), file: "biaya.csv" };
const index = (text) => ({ kind: "index", value: parseDecimal(text) });

const cases = [
  ["steps, all at 1 → 4.20 (Memuaskan)", () => plan(low, { target: index("4.2") })],
  ["steps, all at 1 → 5.00 (everything)", () => plan(low, { target: index("5") })],
  ["steps, mixed → next predikat", () => plan(mixed)],
  ["steps, budget of 40 steps", () => plan(low, { budget: parseDecimal("40") })],
  ["cost per level (random), all at 1 → 4.20", () => plan(low, { target: index("4.2"), costs })],
  ["cost per level (random), all at 1 → 5.00", () => plan(low, { target: index("5"), costs })],
  ["cost per level (random), budget 25000", () => plan(low, { budget: parseDecimal("25000"), costs })],
  ["pemdi-2026 --step 0.5 → 4.00, externals fixed", () => plan(pemdiFile, { target: index("4"), step: parseDecimal("0.5") })],
];

console.log(`runs per measurement: ${RUNS} (median, and the slowest run)`);
console.log("1. plan() in-process, 47 indicators (spbe-2020) unless said");
for (const [name, fn] of cases) {
  const { ms, max, result } = time(fn);
  const p = result.plan;
  const what = p ? `${p.steps} steps${p.cost ? `, cost ${toText(p.cost)}` : ""} → ${p.after.index.display}` : "no plan";
  console.log(`   ${name.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms (max ${max.toFixed(1)})  ${what}`);
}

const dir = mkdtempSync(join(tmpdir(), "spbe-bench-plan-"));
const csv = join(dir, "penilaian.csv");
const costFile = join(dir, "biaya.csv");
writeFileSync(csv, `${["indikator,tingkat", ...spbe2020.indicators.map((i) => `${i.id},1`)].join("\n")}\n`);
writeFileSync(costFile, `${levelCosts.join("\n")}\n`);
const BIN = join(ROOT, "bin/spbe.js");
function spawnTime(args) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    samples.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  }
  return median(samples);
}
console.log("2. end to end, a process each");
const score = spawnTime(["score", csv]);
const steps = spawnTime(["plan", csv, "--target", "4.2"]);
const cost = spawnTime(["plan", csv, "--target", "4.2", "--cost", costFile, "--format", "json"]);
console.log(`   spbe score                                       ${score.toFixed(1).padStart(7)} ms  1.00×`);
console.log(`   spbe plan --target 4.2                           ${steps.toFixed(1).padStart(7)} ms  ${(steps / score).toFixed(2)}× score`);
console.log(`   spbe plan --target 4.2 --cost … --format json    ${cost.toFixed(1).padStart(7)} ms  ${(cost / score).toFixed(2)}× score`);
