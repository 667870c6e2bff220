import { roundHalfUp } from "../core/rational.js";
import type { Score } from "../scoring/score.js";

/** The maturity name an index is quoted with: "2,05 — Terkelola", "2,78 — Berkembang". */
export interface Maturity {
  readonly name: string;
  /** the whole level the name belongs to; null for a band's own name (Pemdi) */
  readonly level: number | null;
  /** false when the reference marks the level's name unverified */
  readonly verified: boolean;
}

/**
 * The maturity name of an index as offices quote it beside the number.
 *
 * - A framework whose bands have names of their own (Pemdi 2026: Unggul,
 *   Melembaga, Berkembang, Membangun, Merintis) quotes the band's name: the
 *   band the predikat was read from, so name and predikat always agree.
 * - Otherwise (spbe-2020) offices quote the level of process capability the
 *   index has reached: the displayed two-decimal index rounded DOWN to a whole
 *   level, named as PermenPANRB 59/2020 Tabel 1 names it (2,05 → 2 →
 *   Terkelola; 3,99 → 3 → Terdefinisi; 5,00 → Optimum). Rounded down because a
 *   level counts only once it is reached (2,95 has not reached Terdefinisi);
 *   from the displayed index, not the exact one, so the name never contradicts
 *   the number printed beside it (an exact 2,996 shows 3,00 and reads
 *   Terdefinisi). The names are those of the framework's first indicator,
 *   which in both SPBE frameworks is a process-capability indicator (Tabel 1
 *   lists the process levels first; the service levels, Informasi …, name the
 *   levels of services, not of the index).
 * - No name otherwise: spbe-2018 names only its service levels, and a level
 *   below the first named one (2018's level 0) has none.
 */
export function maturityOf(score: Score): Maturity | null {
  if (score.band.label) return { name: score.band.label, level: null, verified: true };
  const first = score.framework.indicators[0];
  if (!first) return null;
  const shown = roundHalfUp(score.index.value, 2);
  const level = Number(shown.n / shown.d);
  const name = first.levelNames.get(level);
  return name === undefined ? null : { name, level, verified: !first.unverifiedLevelNames.has(level) };
}
