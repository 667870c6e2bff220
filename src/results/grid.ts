import { commonDenominator, compare, type Rational, rational, toFixedHalfUp } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";

/**
 * The values a tier (a domain, or an aspect where there is no domain tier) can
 * take, as published to two decimals. With whole-number levels a tier's index is
 * Σ(w·v)/Σw over its indicators, so only some values occur: in spbe-2020 domain
 * 1 and 2 are multiples of 0.1, domain 3 of 1/11, domain 4 of the form
 * (2.75·a + 3·b)/45.5. A printed domain that no set of levels gives is a fault
 * of the table (the ministry's 2023 table prints a domain of 0.30, below the
 * scale); for a printed one that does, the exact values behind it bound the
 * index. Computed from the framework's weights, so any framework gets its own.
 */
export interface TierGrid {
  /** display ("2.73") → the least and greatest exact values shown so */
  readonly byDisplay: ReadonlyMap<string, { readonly min: Rational; readonly max: Rational }>;
}

export interface Tier {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly weight: Rational;
  /** null for a framework with fractional levels: every value in range occurs */
  readonly grid: TierGrid | null;
}

const cache = new WeakMap<Framework, readonly Tier[]>();

/** The tiers a result table gives per instansi: the domains, or the aspects of a framework without domains. */
export function resultTiers(framework: Framework): readonly Tier[] {
  let tiers = cache.get(framework);
  if (tiers) return tiers;
  const byDomain = framework.domains.length > 0;
  const source = byDomain ? framework.domains : framework.aspects;
  tiers = source.map((t) => {
    const members = framework.indicators.filter((i) => (byDomain ? i.domain : i.aspect) === t.id);
    return {
      id: t.id,
      name: t.name,
      aliases: t.aliases,
      weight: t.weight,
      grid: framework.levels.integerOnly
        ? gridOf(
            members.map((m) => m.weight),
            framework.levels,
          )
        : null,
    };
  });
  cache.set(framework, tiers);
  return tiers;
}

/** Every Σ(w·v)/Σw for whole levels min…max, by its display: a set of sums over the common denominator, grown one indicator at a time. */
function gridOf(weights: readonly Rational[], levels: { readonly min: number; readonly max: number }): TierGrid {
  const lcm = commonDenominator(weights);
  const units = weights.map((w) => Number((w.n * lcm) / w.d));
  const total = units.reduce((a, b) => a + b, 0);
  let sums = new Set<number>([0]);
  for (const u of units) {
    const next = new Set<number>();
    for (const s of sums) for (let v = levels.min; v <= levels.max; v++) next.add(s + u * v);
    sums = next;
  }
  const byDisplay = new Map<string, { min: Rational; max: Rational }>();
  for (const s of sums) {
    const value = rational(BigInt(s), BigInt(total));
    const display = toFixedHalfUp(value, 2);
    const known = byDisplay.get(display);
    if (!known) byDisplay.set(display, { min: value, max: value });
    else if (compare(value, known.min) < 0) byDisplay.set(display, { min: value, max: known.max });
    else if (compare(value, known.max) > 0) byDisplay.set(display, { min: known.min, max: value });
  }
  return { byDisplay };
}
