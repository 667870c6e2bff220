import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  div,
  fitsPlaces,
  parseDecimal,
  parseRational,
  type Rational,
  rational,
  roundHalfUp,
  sum,
  toFixedHalfUp,
  toNumber,
  toText,
  ZERO,
} from "../src/core/rational.js";

const dec = (s: string) => parseDecimal(s)!;

describe("toFixedHalfUp", () => {
  it.each([
    ["1.255", "1.26"],
    ["1.315", "1.32"],
    ["1.775", "1.78"],
    ["2.675", "2.68"],
    ["1.795", "1.80"],
    ["2.125", "2.13"],
    ["2.0588", "2.06"],
    ["3.1925", "3.19"],
    ["4.994", "4.99"],
    ["4.995", "5.00"],
    ["0", "0.00"],
    ["0.004", "0.00"],
  ])("%s → %s (where toFixed is wrong on ties)", (input, expected) => {
    expect(toFixedHalfUp(dec(input), 2)).toBe(expected);
  });

  it("rounds negative ties away from zero, like spreadsheet ROUND", () => {
    expect(toFixedHalfUp(dec("-0.125"), 2)).toBe("-0.13");
    expect(toFixedHalfUp(dec("-0.124"), 2)).toBe("-0.12");
    expect(toFixedHalfUp(dec("-0.001"), 2)).toBe("0.00");
  });

  it("handles non-terminating fractions", () => {
    expect(toFixedHalfUp(rational(20n, 6n), 2)).toBe("3.33");
    expect(toFixedHalfUp(rational(2n, 3n), 2)).toBe("0.67");
    expect(toFixedHalfUp(rational(1n, 8n), 2)).toBe("0.13");
  });
});

describe("parsing", () => {
  it("reads decimals and fractions exactly", () => {
    expect(parseRational("20/6")).toEqual(rational(10n, 3n));
    expect(parseRational("1.3")).toEqual(rational(13n, 10n));
    expect(parseRational("2.75")).toEqual(rational(11n, 4n));
  });

  it.each(["", "1e3", "+3", "0x3", " 3", "3.", ".5", "1/0", "1,5", "Infinity", "NaN"])("rejects %j", (s) => {
    expect(parseRational(s)).toBeNull();
  });
});

describe("arithmetic", () => {
  it("sums 1.3 ten times to exactly 13, unlike floats", () => {
    const total = sum(Array.from({ length: 10 }, () => dec("1.3")));
    expect(compare(total, rational(13n))).toBe(0);
    expect(0.1 + 0.2).not.toBe(0.3); // the reason this module exists
  });

  it("converts to JSON numbers and canonical text", () => {
    expect(toNumber(dec("3.1925"))).toBe(3.1925);
    expect(toNumber(rational(10n, 3n))).toBe(3.333333333333);
    expect(toText(rational(10n, 3n))).toBe("10/3");
    expect(toText(dec("2.50"))).toBe("2.5");
    expect(toText(dec("13"))).toBe("13");
    expect(toText(dec("0"))).toBe("0");
    expect(() => div(dec("1"), dec("0"))).toThrow(RangeError);
  });

  it("gives every decimal of up to 12 places the number its digits parse to (the quotient taken without them)", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }), fc.nat(12), fc.nat(12))
      .map(([n, twos, fives]) => rational(n, 2n ** BigInt(twos) * 5n ** BigInt(fives)));
    fc.assert(
      fc.property(decimal, (a) => {
        expect(Object.is(toNumber(a), Number(toFixedHalfUp(a, 12)))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // past the safe integers, or of more places: by the digits, as before
    expect(toNumber(rational(2n ** 60n + 1n, 4n))).toBe(Number(toFixedHalfUp(rational(2n ** 60n + 1n, 4n), 12)));
    expect(toNumber(rational(1n, 2n ** 13n))).toBe(0.000122070313);
    expect(toNumber(rational(-7n, 8n))).toBe(-0.875);
  });
});

describe("roundHalfUp and sum, computed without strings or a gcd per step", () => {
  const anyRational = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 9n })).map(([n, d]) => rational(n, d));

  it("roundHalfUp is the value of the display: parseDecimal(toFixedHalfUp(a))", () => {
    fc.assert(
      fc.property(anyRational, fc.integer({ min: 0, max: 6 }), (a, places) => {
        expect(roundHalfUp(a, places)).toEqual(parseDecimal(toFixedHalfUp(a, places)));
      }),
      { numRuns: 2000 },
    );
    expect(roundHalfUp(dec("-0.001"))).toEqual(rational(0n));
    expect(roundHalfUp(dec("1.795"))).toEqual(dec("1.8"));
  });

  it("fitsPlaces is whether roundHalfUp leaves the value as it is", () => {
    // denominators of 2s and 5s too, the decimals a table prints: a random one almost never is, and would test "no" alone
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }))
      .map(([n, twos, fives]) => rational(n, 2n ** BigInt(twos) * 5n ** BigInt(fives)));
    fc.assert(
      fc.property(fc.oneof(anyRational, decimal), fc.integer({ min: 0, max: 6 }), (a, places) => {
        expect(fitsPlaces(a, places)).toBe(compare(a, roundHalfUp(a, places)) === 0);
      }),
      { numRuns: 2000 },
    );
    expect([fitsPlaces(dec("3.50")), fitsPlaces(dec("3.4985")), fitsPlaces(dec("-0.25")), fitsPlaces(rational(1n, 3n))]).toEqual([true, false, true, false]);
  });

  it("sum is the fold of add, reduced, whatever the denominators", () => {
    fc.assert(
      fc.property(fc.array(anyRational, { maxLength: 30 }), (values) => {
        expect(sum(values)).toEqual(values.reduce((t: Rational, v) => add(t, v), ZERO));
      }),
      { numRuns: 1000 },
    );
    expect(sum([dec("0.25"), dec("0.75"), dec("1.5")])).toEqual(rational(5n, 2n));
    expect(sum([])).toEqual(ZERO);
  });
});

describe("rational() reduces to lowest terms, small or huge (the double-precision gcd)", () => {
  const referenceGcd = (a: bigint, b: bigint): bigint => {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
  };
  const big = fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n });
  const small = fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n });
  it.each([
    ["around 2^53", small],
    ["beyond it", big],
  ])("%s", (_, values) => {
    fc.assert(
      fc.property(
        values,
        values.filter((d) => d !== 0n),
        fc.bigInt({ min: 1n, max: 2n ** 40n }),
        (n, d, k) => {
          const r = rational(n * k, d * k);
          expect(r.d > 0n).toBe(true);
          expect(referenceGcd(r.n, r.d)).toBe(r.n === 0n ? r.d : 1n);
          expect(r.n * d).toBe(n * r.d);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it("at the edge of exact doubles", () => {
    const m = BigInt(Number.MAX_SAFE_INTEGER);
    expect(rational(m - 1n, 2n)).toEqual({ n: (m - 1n) / 2n, d: 1n });
    expect(rational(m, m)).toEqual({ n: 1n, d: 1n });
    expect(rational(m + 1n, 2n)).toEqual({ n: (m + 1n) / 2n, d: 1n });
    expect(rational(3n * (m + 3n), 6n)).toEqual({ n: (m + 3n) / 2n, d: 1n });
    expect(rational(m + 2n, 2n)).toEqual({ n: m + 2n, d: 2n });
  });
});

// compare answers without products where it can (one shared object, one denominator): the same answers
describe("compare", () => {
  it("orders values of one denominator, of two, and a value against itself, as their differences do", () => {
    const BIG = 10n ** 20n;
    fc.assert(
      fc.property(
        fc.bigInt({ min: -BIG, max: BIG }),
        fc.bigInt({ min: -BIG, max: BIG }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 9n }),
        (p, q, d, e) => {
          const [a, b, c] = [rational(p, d), rational(q, d), rational(q, d * e)];
          const sign = (x: bigint) => (x < 0n ? -1 : x > 0n ? 1 : 0);
          expect(compare(a, b)).toBe(sign(p - q));
          expect(compare(b, a)).toBe(sign(q - p));
          expect(compare(a, c)).toBe(sign(p * e - q));
          expect(compare(a, a)).toBe(0);
          expect(compare(a, rational(p, d))).toBe(0);
        },
      ),
    );
  });
});
