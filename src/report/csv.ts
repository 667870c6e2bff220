import { stringify } from "csv-stringify/sync";
import { csvSafe } from "./text.js";

/**
 * Every CSV the tool writes: RFC 4180 quoting by csv-stringify, each cell
 * neutralised against formula injection first.
 */
export function renderCsv(head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cells = [head, ...rows].map((row) => row.map((c) => (c === null ? "" : csvSafe(String(c)))));
  return stringify(cells, { record_delimiter: "\n" });
}
