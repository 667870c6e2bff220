// (e) `spbe rank <file> --format csv -o <out>` end to end, and (f) the same as a table (the format
// rank writes when none is given): the CLI's own main (the bundle users run, dist/cli/spbe.cjs) in
// this process, so that its peak RSS can be reported; the same code as the binary, without Node's
// start-up. Reads in 1 MiB pieces, validates, scores each assessment exactly, ranks them and writes
// the output atomically.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { countLines } from "./count-lines.mjs";

const [file, out, format = "csv"] = process.argv.slice(2);
const { main } = createRequire(import.meta.url)("../../dist/cli/spbe.cjs");
const sink = { write: () => true, isTTY: false, columns: undefined };
const io = { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: process.cwd() };
const code = await main(["rank", file, "--format", format, "-o", out], io);
// the peak of spbe's run, before the check below reads the output back
const maxRssKb = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ code, ranked: format === "table" ? tableRows(out) : countLines(out) - 1, maxRssKb }));

/** The body rows of the table: its lines inside the box, less the head. */
function tableRows(path) {
  return (
    readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("│")).length - 1
  );
}
