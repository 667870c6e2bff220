import { type Finding, finding } from "../core/findings.js";
import { tahunOf } from "../core/tahun.js";
import { type Framework, regulationIndicatorCount, withinYears } from "../frameworks/types.js";
import type { CsvRecord } from "../io/csv.js";
import type { ColumnMatch } from "./columns.js";

/**
 * Which framework a file's indicator ids belong to. A Pemdi file scored as
 * spbe-2020 would otherwise give 67 errors and no hint, and a 47-indicator
 * file scored with `--framework pemdi-2026` would silently map indicators 1–20.
 *
 * A file fits a framework when every id it names is one of the framework's
 * (ids, codes, "35,1" / "35-1" spellings, the bare "35" of 2018 included). It
 * is refused, with one finding naming the framework it fits, when
 * - it does not fit the chosen framework and another fits it better (fewer
 *   unknown ids, and at least half its ids known there), or
 * - the framework was not chosen explicitly, the file fits it, but its tahun
 *   lies outside its years and inside those of another framework that fits
 *   too (a 2026 file with plain ids 1–20 is Pemdi, not an incomplete 2020 file).
 * An incomplete file (missing rows) is never refused: missing rows are the
 * usual findings, since partial files are common while a wrong framework is not.
 */
export interface Detection {
  readonly chosen: Framework;
  /** asked for only when the file does not fit the chosen framework */
  readonly alternatives: () => readonly Framework[];
  /** --framework was given (on the line or in the config) */
  readonly explicit: boolean;
  readonly lookup: (framework: Framework) => (raw: string) => boolean;
}

interface Fit {
  readonly framework: Framework;
  readonly unknown: number;
  readonly known: number;
  readonly inYears: boolean;
}

export function detectMismatch(file: string, rows: readonly CsvRecord[], indicator: ColumnMatch, tahun: ColumnMatch | undefined, d: Detection): Finding | null {
  const ids = new Set<string>();
  let year: number | null = null;
  for (const row of rows) {
    const id = row.cells[indicator.index];
    if (id) ids.add(id);
    const t = tahun ? row.cells[tahun.index] : undefined;
    if (year === null && t) year = tahunOf(t);
  }
  if (ids.size === 0) return null;
  const fitOf = (f: Framework): Fit => {
    const known = [...ids].filter(d.lookup(f)).length;
    const years = f.years;
    const inYears = year !== null && years !== null && withinYears(years, year);
    return { framework: f, unknown: ids.size - known, known, inYears };
  };
  const chosen = fitOf(d.chosen);
  const others = () =>
    d
      .alternatives()
      .filter((f) => f.id !== d.chosen.id)
      .map(fitOf);
  let better: Fit | undefined;
  if (chosen.unknown > 0) {
    better = others()
      .filter((o) => o.unknown < chosen.unknown && o.known * 2 >= ids.size)
      .sort((a, b) => a.unknown - b.unknown || Number(b.inYears) - Number(a.inYears))[0];
  } else if (!d.explicit && year !== null && !chosen.inYears) {
    better = others().find((o) => o.unknown === 0 && o.inYears);
  }
  if (!better) return null;
  const f = better.framework;
  const first = f.indicators[0]!;
  const last = f.indicators.at(-1)!;
  const coded = first.code !== null && last.code !== null;
  const codes = coded ? `${first.code}–${last.code}` : idRuns(f);
  return finding("framework/mismatch", "error", file, {
    args: { chosen: d.chosen.id, suggested: f.id, indicators: regulationIndicatorCount(f), codes, coded, reason: chosen.unknown > 0 ? "ids" : "tahun", year },
  });
}

/**
 * A framework without codes, its ids as runs: "1–47", 2018's "1–34, 35.1–35.3". Its first and last id
 * alone ("1–35.3") were said as "codes", which 2018 has none of, and hid that 35 is written in parts.
 */
function idRuns(f: Framework): string {
  const runs: string[] = [];
  let start: string | null = null;
  let prev: string | null = null;
  const follows = (a: string, b: string) => {
    const [x, y] = [a.split("."), b.split(".")];
    return x.length === y.length && x.slice(0, -1).join(".") === y.slice(0, -1).join(".") && Number(y.at(-1)) === Number(x.at(-1)) + 1;
  };
  for (const { id } of f.indicators) {
    if (prev !== null && follows(prev, id)) {
      prev = id;
      continue;
    }
    if (start !== null) runs.push(start === prev ? start : `${start}–${prev}`);
    start = prev = id;
  }
  if (start !== null) runs.push(start === prev ? start : `${start}–${prev}`);
  return runs.join(", ");
}
