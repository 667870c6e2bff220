import Table from "cli-table3";
import { terminalSafe } from "./text.js";

/*
 * Kept apart from human.ts so that cli-table3 loads only with a renderer that
 * draws a table (those are imported lazily), not for every finding line.
 */

/** A borderless-head table; cli-table3 would colour the head red and borders grey unless told not to. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("left" | "right")[]): string {
  const t = new Table({
    head: head.map(terminalSafe),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    // no rule between body rows: a 47-indicator table stays one screen per 47 lines
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    ...(align ? { colAligns: [...align] } : {}),
  });
  for (const row of rows) t.push(row.map(terminalSafe));
  return t.toString();
}
