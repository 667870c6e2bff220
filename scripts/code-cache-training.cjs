"use strict";
// The training runs behind dist/cli/cache/code-cache.bin (scripts/cli-loader.cjs), in one process: first the
// commands most runs are (score, validate), then a checkpoint that makes the caches of every file loaded so far,
// then every other command, whose own files get their caches at exit. Until session 26 only score and validate
// ran, and rank, trend, diff and plan compiled their own files on every run (rank on the sample 7.8 ms slower,
// 1.07 x); training them before the checkpoint instead grew the caches of the files every score loads by 30 KB,
// and score's start-up by 3.8 ms (README, Kinerja). Output goes nowhere; only which functions ran matters.
// Run by scripts/bundle.mjs with SPBE_WRITE_CODE_CACHE.
const path = require("node:path");

const root = path.join(__dirname, "..");
const { main } = require(path.join(root, "dist/cli/spbe.cjs"));
const sink = { write: () => true, isTTY: false, columns: undefined };
const io = { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: root };
const sample = "fixtures/contoh-spbe-2020-mandiri.csv";
// the commands most runs are, the start-up #14 holds to 1.25 x node: their files' caches hold what these compiled
const first = [
  ["score", sample],
  ["score", sample, "--format", "json"],
  ["score", sample, "--format", "csv"],
  ["validate", sample],
  ["validate", sample, "--format", "github"],
  ["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--format", "json"],
];
// the other commands, for the files only they load (what they compile in the files above is compiled on use)
const then = [
  ["rank", sample],
  ["rank", sample, "--format", "csv"],
  ["rank", "--nasional", "2024"],
  ["trend", sample],
  ["trend", sample, "--format", "csv"],
  ["diff", sample, "fixtures/contoh-spbe-2020-evaluasi.csv"],
  ["plan", sample],
  ["framework"],
  ["template"],
];
async function run(argv) {
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`training run ${argv.join(" ")} exited ${code}`);
}

(async () => {
  for (const argv of first) await run(argv);
  const checkpoint = globalThis[Symbol.for("spbe.codeCacheCheckpoint")];
  if (typeof checkpoint !== "function") throw new Error("no code cache checkpoint: run with SPBE_WRITE_CODE_CACHE set (scripts/bundle.mjs does)");
  checkpoint();
  for (const argv of then) await run(argv);
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
