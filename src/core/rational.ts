/**
 * Exact rational numbers on bigint.
 *
 * Weights such as 1.3, 2.75 and 20/6 and assessor values such as 1.17 are
 * rationals; a float sum of them can land a hair below a band edge or round a
 * tie the wrong way (`(1.255).toFixed(2) === "1.25"`). Everything in scoring is
 * computed here, and the only rounding is `toFixedHalfUp` for display.
 */
export interface Rational {
  /** numerator, carries the sign */
  readonly n: bigint;
  /** denominator, always > 0 and coprime with n */
  readonly d: bigint;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Euclid, in doubles while both fit exactly (nearly always: weights, levels and
 * indices are small). Every operation reduces with it, and a short run (one
 * `spbe score`) does so a few hundred times in code not yet compiled, where a
 * bigint remainder per step cost about ten times the double one.
 */
function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  if (x <= SAFE && y <= SAFE) {
    let p = Number(x);
    let q = Number(y);
    while (q !== 0) {
      const r = p % q;
      p = q;
      q = r;
    }
    return BigInt(p);
  }
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** The least common multiple of the denominators: every value times it is an integer (1 for none). */
export function commonDenominator(values: readonly Rational[]): bigint {
  let l = 1n;
  for (const v of values) l = (l / gcd(l, v.d)) * v.d;
  return l;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError("rational: zero denominator");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

/**
 * A rational handed in by a library caller, as the arithmetic expects it: `rational`'s lowest terms
 * and positive denominator ({ n: 6n, d: 2n } is 3, { n: -1n, d: -2n } is 1/2). A value that is no
 * rational of bigints is a TypeError, a zero denominator a RangeError, each naming `what`: the
 * arithmetic itself never checks (a budget of 6/2 was "not a whole number of steps").
 */
export function checkedRational(value: unknown, what: string): Rational {
  const r = value as { readonly n?: unknown; readonly d?: unknown } | null;
  if (typeof r !== "object" || r === null || typeof r.n !== "bigint" || typeof r.d !== "bigint") {
    throw new TypeError(`${what} must be a rational { n, d } of bigints (rational(), parseRational())`);
  }
  if (r.d === 0n) throw new RangeError(`${what} has a zero denominator`);
  return rational(r.n, r.d);
}

export const ZERO: Rational = rational(0n);

export function fromInt(value: number): Rational {
  if (!Number.isSafeInteger(value)) throw new RangeError(`fromInt: ${value} is not a safe integer`);
  return rational(BigInt(value));
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const FRACTION = /^(-?\d+)\/(\d+)$/;

/** Parses "3", "1.3", "-0.25" exactly; `null` for anything else (no exponents, no signs but '-'). */
export function parseDecimal(text: string): Rational | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const [, sign, whole, frac = ""] = m;
  const n = BigInt(`${whole}${frac}`) * (sign === "-" ? -1n : 1n);
  return rational(n, 10n ** BigInt(frac.length));
}

/** Parses a decimal or a fraction "20/6"; `null` when malformed or the denominator is zero. */
export function parseRational(text: string): Rational | null {
  const f = FRACTION.exec(text);
  if (f) {
    const d = BigInt(f[2]!);
    return d === 0n ? null : rational(BigInt(f[1]!), d);
  }
  return parseDecimal(text);
}

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError("rational: division by zero");
  return rational(a.n * b.d, a.d * b.n);
}
const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
export const abs = (a: Rational): Rational => (a.n < 0n ? neg(a) : a);
export const sign = (a: Rational): -1 | 0 | 1 => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  // one shared value (a ranking's indices are shared objects, `publishedIndex`), or one denominator:
  // no product to make (each a bigint allocated; sorting 20 000 entries made hundreds of thousands)
  if (a === b) return 0;
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
export const equals = (a: Rational, b: Rational): boolean => compare(a, b) === 0;
export const isInteger = (a: Rational): boolean => a.d === 1n;

/**
 * Σ values, reduced once at the end: numerators are added over the running
 * common denominator, which stays put while the values' denominators divide it
 * (a ranking's 20 000 two-decimal indices: all over 100), instead of a gcd per
 * addition.
 */
export function sum(values: Iterable<Rational>): Rational {
  let n = 0n;
  let d = 1n;
  for (const v of values) {
    if (d % v.d === 0n) n += v.n * (d / v.d);
    else {
      const l = (d / gcd(d, v.d)) * v.d;
      n = n * (l / d) + v.n * (l / v.d);
      d = l;
    }
  }
  return rational(n, d);
}

/**
 * Rounds half away from zero to `places` decimals and formats with exactly that
 * many: 2.675 → "2.68", 1.795 → "1.80", -0.125 → "-0.13". This is what
 * spreadsheets' ROUND and PHP's round() do, which is how the ministry publishes.
 */
export function toFixedHalfUp(a: Rational, places = 2): string {
  return quotientFixedHalfUp(a.n, a.d, places);
}

/**
 * `toFixedHalfUp` of n/d (d > 0) without reducing the fraction first: the
 * display of a tier mean straight from its integer sum (`scoreLean`), where
 * the gcd would be most of the work.
 */
export function quotientFixedHalfUp(n: bigint, d: bigint, places = 2): string {
  const q = halfUpMagnitude(n, d, places);
  const digits = q.toString().padStart(places + 1, "0");
  const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return n < 0n && q !== 0n ? `-${body}` : body;
}

const POW10 = Array.from({ length: 13 }, (_, p) => 10n ** BigInt(p));

/**
 * 10^places, made once for the usual ones: `10n ** BigInt(2)` on every call was half of `fitsPlaces` (59 → 25 ns).
 * Exact for any places ≥ 0 (past the table, computed).
 */
export const pow10 = (places: number): bigint => POW10[places] ?? 10n ** BigInt(places);

/** |n/d| × 10^places rounded half up to an integer (d > 0): the digits of every display. */
function halfUpMagnitude(n: bigint, d: bigint, places: number): bigint {
  const scaled = (n < 0n ? -n : n) * pow10(places);
  const q = scaled / d;
  return (scaled % d) * 2n >= d ? q + 1n : q;
}

/**
 * The value the displayed string stands for, as a rational (so bands compare
 * against what is shown): exactly `parseDecimal(toFixedHalfUp(a, places))`
 * (test/rational.test.ts holds it to that), without the string in between.
 * A value already of at most `places` decimals (a printed index) is its own
 * display's value, and is returned as it is: no new rational, and no gcd.
 */
export function roundHalfUp(a: Rational, places = 2): Rational {
  if (fitsPlaces(a, places)) return a;
  const q = halfUpMagnitude(a.n, a.d, places);
  return rational(a.n < 0n ? -q : q, pow10(places));
}

/**
 * Whether `a` has at most `places` decimals (a × 10^places is whole): exactly
 * `equals(a, roundHalfUp(a, places))` (test/rational.test.ts), without the
 * rounded value made (in a twentieth of the time). A result table and its entries
 * ask it of every row's index, a few times over.
 */
export function fitsPlaces(a: Rational, places = 2): boolean {
  return (a.n * pow10(places)) % a.d === 0n;
}

/**
 * A JavaScript number for machine output: exact for terminating decimals of up
 * to 12 places (3.1925 stays 3.1925), nearest otherwise (20/6 → 3.333333333333).
 */
export function toNumber(a: Rational): number {
  // a decimal of at most 12 places in safe integers: their quotient is the exact value rounded once to
  // the nearest double, as parsing its digits is (no digits made: a national file's JSON has millions)
  if (a.d <= TEN_12 && 1e12 % Number(a.d) === 0 && a.n <= SAFE && a.n >= -SAFE) return Number(a.n) / Number(a.d);
  return Number(toFixedHalfUp(a, 12));
}

const TEN_12 = 10n ** 12n;

/** A plain decimal string, exact when it terminates within `places`, else rounded there: 3.084, 2.272727272727. */
export function toDecimal(a: Rational, places = 12): string {
  const fixed = toFixedHalfUp(a, places);
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

/** A band edge or a target as written: two decimals, or as many as it has ("2.125"), up to `places` (rounded there). */
export function toDecimalAtLeastTwo(a: Rational, places = 12): string {
  const exact = toDecimal(a, places);
  const dot = exact.indexOf(".");
  return dot >= 0 && exact.length - dot - 1 > 2 ? exact : toFixedHalfUp(a, 2);
}

/** Canonical exact text: "3.1925" when it terminates within 12 places, "10/3" otherwise. */
export function toText(a: Rational): string {
  const decimal = toDecimal(a);
  return equals(parseDecimal(decimal)!, a) ? decimal : `${a.n}/${a.d}`;
}

/** Cut (towards zero) to `places` decimals, with "…" when digits were dropped: 1.79999 → "1.7999…", 1.7975 → "1.7975". */
export function toDecimalCut(a: Rational, places = 4): string {
  const scale = 10n ** BigInt(places);
  const magnitude = a.n < 0n ? -a.n : a.n;
  const q = (magnitude * scale) / a.d;
  const exact = (magnitude * scale) % a.d === 0n;
  const digits = q.toString().padStart(places + 1, "0");
  const body = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/0+$/, "").replace(/\.$/, "");
  return `${a.n < 0n && q !== 0n ? "-" : ""}${body}${exact ? "" : "…"}`;
}
