// (a) csv-parse streaming alone, for comparison: records counted and dropped
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";

let rows = 0;
const parser = createReadStream(process.argv[2], { highWaterMark: 1 << 20 }).pipe(parse());
for await (const _record of parser) rows++;
console.log(JSON.stringify({ rows: rows - 1, maxRssKb: process.resourceUsage().maxRSS }));
