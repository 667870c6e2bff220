import Table from "cli-table3";
import { alignOf, type Section } from "./layout.js";
import { terminalSafe } from "./text.js";

/*
 * Kept apart from the finding lines so that cli-table3 loads only with a
 * renderer that draws a table (those are imported lazily).
 */

/**
 * A borderless-head table; cli-table3 would colour the head red and borders
 * grey unless told not to. `width`: the terminal's columns to fit into, or null
 * for full width (not a terminal: scripts and files get every name whole).
 */
export function drawTable(section: Pick<Section, "columns" | "rows">, width: number | null = null): string {
  void width;
  const t = new Table({
    head: section.columns.map((c) => terminalSafe(c.head)),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    // no rule between body rows: a 47-indicator table stays one screen per 47 lines
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: section.columns.map(alignOf),
  });
  for (const row of section.rows) t.push(row.map((cell) => terminalSafe(cell)));
  return t.toString();
}
