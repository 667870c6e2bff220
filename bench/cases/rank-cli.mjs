// (e) `spbe rank <file> --format csv -o <out>` end to end: the CLI's own main (the bundle users run,
// dist/cli/spbe.cjs) in this process, so that its peak RSS can be reported; the same code as the
// binary, without Node's start-up. Reads in 1 MiB pieces, validates, scores each assessment
// exactly, ranks them and writes the CSV atomically.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [file, out] = process.argv.slice(2);
const { main } = createRequire(import.meta.url)("../../dist/cli/spbe.cjs");
const sink = { write: () => true, isTTY: false, columns: undefined };
const io = { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: process.cwd() };
const code = await main(["rank", file, "--format", "csv", "-o", out], io);
const lines = readFileSync(out, "utf8").trimEnd().split("\n").length - 1;
console.log(JSON.stringify({ code, ranked: lines, maxRssKb: process.resourceUsage().maxRSS }));
