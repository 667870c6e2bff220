import type { Indicator } from "../frameworks/types.js";

/**
 * What a refused cell seems to mean, for its finding's message only: asked of a row once it is
 * refused, never of a row that is read, and never read as what it seems to say (strict input).
 */

/**
 * An indicator number with decoration around it: "1.", "1)", "Indikator 1", "No. 1", "I-2", "#3"
 * (Pemdi "1.1.", "Indikator 1.1"). The decoration is one word before and one mark after.
 */
const DECORATED_ID = /^\(?(?:(?:indikator|indicator|ind|nomor|no|i)\s*[-.:]?\s*|#\s*)?(\d+(?:[.,-]\d+)?)\s*[.):]?$/iu;

/**
 * The indicator id a refused cell holds with decoration around it ("1." → "1", "Indikator 1" →
 * "1", Pemdi "1.1." → "1.1"), as written once the decoration is gone; null when the cell is no
 * such thing, or the number is no indicator of the framework (`find`: as rows are read), or there
 * is nothing to take away ("1.1" of a 2020 file is no decorated "1").
 */
export function decoratedId(raw: string, find: (raw: string) => Indicator | undefined): { readonly bare: string; readonly indicator: Indicator } | null {
  const bare = DECORATED_ID.exec(raw)?.[1];
  if (bare === undefined || bare === raw) return null;
  const indicator = find(bare);
  return indicator ? { bare, indicator } : null;
}

/** Whether a refused row repeats the header row, cell for cell in any case (a second sheet pasted below the first). */
export function repeatsHeader(cells: readonly string[], header: readonly string[], indicatorIndex: number): boolean {
  // the indicator cell first: the usual refused row differs there, and is done with at once
  if (cells[indicatorIndex]?.toLowerCase() !== header[indicatorIndex]?.toLowerCase()) return false;
  for (let i = 0; i < Math.max(cells.length, header.length); i++) {
    if ((cells[i] ?? "").toLowerCase() !== (header[i] ?? "").toLowerCase()) return false;
  }
  return true;
}
