// (i) `spbe validate <file> --format json` end to end: the check a CI pipeline runs on a submitted file. The
// CLI's own main (the bundle users run) in this process, as rank-cli.mjs, so that its peak RSS can be
// reported. From 16 MiB on the file is read as rank reads it, a mebibyte at a time (src/cli/validated-file.ts);
// until session 26 it was read whole: 112 MB at a million rows, 177 MB at two.
import { createRequire } from "node:module";

const [file] = process.argv.slice(2);
const { main } = createRequire(import.meta.url)("../../dist/cli/spbe.cjs");
const written = [];
const stdout = {
  write: (s) => {
    written.push(String(s));
    return true;
  },
  isTTY: false,
  columns: undefined,
};
const sink = { write: () => true, isTTY: false, columns: undefined };
const io = { env: {}, stdout, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: process.cwd() };
// the default --max-bytes (32 MiB) refuses the 2 M-row file: what a user of such a file passes
const code = await main(["validate", file, "--format", "json", "--max-bytes", "1G"], io);
const maxRssKb = process.resourceUsage().maxRSS;
const report = JSON.parse(written.join(""));
console.log(JSON.stringify({ code, assessments: report.files[0].assessments, findings: report.findings.length, maxRssKb }));
