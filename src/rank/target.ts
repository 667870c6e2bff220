import { compare, type Rational, rational } from "../core/rational.js";
import type { PredikatBasis } from "../frameworks/types.js";
import type { RankEntry } from "./entry.js";
import { type Kategori, provinsiKey } from "./names.js";

/**
 * "Reach rank N in our group" as an index: rankings go by the displayed index
 * and equal displays share a rank (1, 2, 2, 4), so rank N is reached exactly
 * when at most N − 1 of the others show more — when the display is at least
 * the N-th highest display among them. The target is that display, judged on
 * the displayed basis whatever the year's predikat basis: a rank is read from
 * the published two decimals. The others are the group's national rows, the
 * user's own instansi left out (its row is the one being planned).
 */
export interface RankTarget {
  readonly rank: number;
  /** the least displayed index that ranks N (the scale's minimum when the group has fewer than N others) */
  readonly value: Rational;
  readonly basis: PredikatBasis;
  /** how many entries the ranking has, the user's included */
  readonly of: number;
  readonly kategori: Kategori;
  readonly provinsi: string | null;
  /** ranked above the user now, not above once the target is reached */
  readonly overtakes: readonly string[];
  /** showing exactly the target: the rank is shared with them (none where the user already shows more) */
  readonly ties: readonly string[];
  /** the user's rank now */
  readonly current: number;
}

export interface RankGroupSpec {
  readonly kategori: Kategori;
  readonly provinsi?: string | null | undefined;
  /** the least index the framework allows (its lowest level) */
  readonly min: number;
}

export function rankTarget(national: readonly RankEntry[], mine: RankEntry, rank: number, group: RankGroupSpec): RankTarget {
  const inProvince = (e: RankEntry) => group.provinsi == null || (e.provinsi !== null && provinsiKey(e.provinsi) === provinsiKey(group.provinsi));
  const others = national
    .filter((e) => !e.user && e.key !== mine.key && e.kategori === group.kategori && inProvince(e))
    .sort((a, b) => compare(b.shown, a.shown));
  const value = rank <= others.length ? others[rank - 1]!.shown : rational(BigInt(group.min));
  const current = others.filter((e) => compare(e.shown, mine.shown) > 0).length + 1;
  return {
    rank,
    value,
    basis: "displayed",
    of: others.length + 1,
    kategori: group.kategori,
    provinsi: group.provinsi ?? null,
    overtakes: others.filter((e) => compare(e.shown, mine.shown) > 0 && compare(e.shown, value) < 0).map((e) => e.instansi),
    // the user's display where it is the target's (reached by rising to it, or held already), not above it: a rank
    // already passed named a tie with the row that shows the target ("now rank 14; tied with Kab. Kuningan")
    ties: rank <= others.length && compare(mine.shown, value) <= 0 ? others.filter((e) => compare(e.shown, value) === 0).map((e) => e.instansi) : [],
    current,
  };
}
