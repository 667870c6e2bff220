import { tahunOf } from "../core/tahun.js";
import { RANK_CLI } from "../messages/rank-cli.js";
import { usageError } from "./errors.js";

/**
 * `--tahun 2024`: a year of four digits (rank, template). A module of its own, not ranking.ts:
 * `template` importing the ranking inputs made esbuild split the chunk every `score` loads in two
 * (one file more to load, ~35 memory pages more at start-up).
 */
export function parseYear(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  // the readers' rule: "0999" is no year (a tahun cell of it is meta/invalid), and the template wrote 999
  const year = tahunOf(text.trim());
  if (year === null) throw usageError(RANK_CLI.badTahun, { flag, value: text });
  return year;
}
