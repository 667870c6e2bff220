#!/usr/bin/env node
// Benchmarks print ratios, never pass/fail: these machines are shared and noisy.
//   1. start-up: `spbe framework` against a bare `node -e 0` (goal: ≈1× once bundled; today unbundled)
//   2. throughput: scoring a national-size file (615 instansi × 47 indicators) against just reading it
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/spbe.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    // stdout is discarded (a 9 MB JSON would overflow spawnSync's buffer); stderr is kept for the error message
    const r = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    samples.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  }
  return median(samples);
}

const dir = mkdtempSync(join(tmpdir(), "spbe-bench-"));
const national = join(dir, "nasional.csv");
const lines = ["instansi;tahun;jenis;indikator;tingkat"];
for (let k = 0; k < 615; k++) for (let i = 1; i <= 47; i++) lines.push(`Instansi ${k};2024;evaluasi;${i};${1 + ((k * 7 + i * 3) % 5)}`);
writeFileSync(national, `${lines.join("\n")}\n`);

const bare = time(["-e", "0"]);
const startup = time([BIN, "framework"]);
const validate = time([BIN, "validate", national]);
const score = time([BIN, "score", national, "--format", "json"]);

console.log(`runs per measurement: ${RUNS} (median)`);
console.log(`node -e 0                          ${bare.toFixed(1)} ms  1.00×`);
console.log(`spbe framework (start-up)          ${startup.toFixed(1)} ms  ${(startup / bare).toFixed(2)}× node`);
console.log(`spbe validate 615×47 rows          ${validate.toFixed(1)} ms  ${(validate / startup).toFixed(2)}× start-up`);
console.log(`spbe score --format json 615×47    ${score.toFixed(1)} ms  ${(score / startup).toFixed(2)}× start-up`);
