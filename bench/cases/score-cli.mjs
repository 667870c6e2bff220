// (g) `spbe score <file> --format csv -o <out>` end to end: every assessment's index, domains, aspects
// and indicators (60 rows each, 1 277 000 rows for a million input rows: not pandas' one index per
// assessment, so a memory case first). The CLI's own main (the bundle users run) in this process, as
// rank-cli.mjs, so that its peak RSS can be reported. From 64 KiB on the input is read lean and each
// assessment scored as it is written (`scoreWhenRead`, src/cli/commands/score-run.ts).
import { createRequire } from "node:module";
import { countLines } from "./count-lines.mjs";

// anything after the output is passed on (`--banding nasional-2024`)
const [file, out, ...extra] = process.argv.slice(2);
const { main } = createRequire(import.meta.url)("../../dist/cli/spbe.cjs");
const sink = { write: () => true, isTTY: false, columns: undefined };
const io = { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: process.cwd() };
// the default --max-bytes (32 MiB) refuses the 2 M-row file: what a user of such a file passes
const code = await main(["score", file, "--format", "csv", "-o", out, "--max-bytes", "1G", ...extra], io);
const maxRssKb = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ code, rows: countLines(out) - 1, maxRssKb }));
