// (c) our own reader alone: TableReader over the file in 1 MiB chunks, rows counted and dropped
import { closeSync, openSync, readSync } from "node:fs";
import { TableReader } from "../../dist/io/table.js";

const file = process.argv[2];
const fd = openSync(file, "r");
const chunk = Buffer.allocUnsafe(1 << 20);
const reader = new TableReader({ file });
let rows = 0;
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  if (n === 0) break;
  rows += reader.push(chunk.subarray(0, n)).rows.length;
}
rows += reader.end().rows.length;
closeSync(fd);
console.log(JSON.stringify({ rows, maxRssKb: process.resourceUsage().maxRSS }));
