/**
 * A report's tables as data, built once per report and drawn by every format:
 * a box for the terminal (`table.ts`), GitHub Markdown (`markdown.ts`),
 * and later HTML. The column kind says how a drawer may treat it: numbers are
 * right-aligned and never cut; names may be shortened; labels may be dropped
 * when a terminal is narrow; text (long prose: the regulation's level
 * criteria) is wrapped rather than cut.
 */
export type ColumnKind = "key" | "name" | "number" | "label" | "text";

export interface Column {
  readonly head: string;
  readonly kind: ColumnKind;
}

export interface Section {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
  /** a line printed under the table (the ▼ legend) */
  readonly note?: string | undefined;
}

export const column = (head: string, kind: ColumnKind): Column => ({ head, kind });

export const alignOf = (c: Column): "left" | "right" => (c.kind === "number" ? "right" : "left");
