import type { FindingCode } from "../core/findings.js";
import { type Rational, rational } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";

type LevelCode = Extract<FindingCode, `value/${string}`>;

/** A level as a scaled integer: `numer / 10^places` (3,25 → 325 / 10^2), exact and cheap to keep by the million. */
export type LevelParts = { readonly ok: true; readonly numer: number; readonly places: number } | { readonly ok: false; readonly code: LevelCode };

export type LevelParse = { readonly ok: true; readonly value: Rational } | { readonly ok: false; readonly code: LevelCode };

/**
 * Digits without a leading zero, optionally one decimal separator and more
 * digits, optionally a leading minus (so "-1" is out of range rather than
 * gibberish). No "+", no exponent, no hex, no thousands separators, no spaces
 * inside, no "03": "3e0", "0x3", "+3", "3 ", "03", "tiga" are all rejected,
 * never coerced. Up to 12 decimals are read, so that "3,18181818" in a
 * whole-number framework is a fraction, said as such, rather than gibberish.
 */
const LEVEL = /^-?(?:0|[1-9]\d{0,5})(?:[.,]\d{1,12})?$/;

/** 10^k as exact doubles, k ≤ 15 (a level is at most 100 with 12 decimals: below 2^53). */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Parses a maturity level exactly. A decimal comma is accepted only where the
 * file's delimiter is not a comma (Excel in the Indonesian locale writes "2,5").
 * "3.0" is accepted as 3 in integer frameworks: it is exactly an integer, only
 * formatted with a decimal; "3.5" there is `value/not-integer`. Where commas are
 * decimal, "2.500" (a point and three digits) is `value/invalid`: a thousands
 * separator to an Indonesian reader.
 */
export function parseLevelParts(raw: string, framework: Framework, decimalComma: boolean): LevelParts {
  if (raw.length === 1) return oneDigit(raw, framework);
  if (raw === "") return { ok: false, code: "value/missing" };
  if (!LEVEL.test(raw) || (!decimalComma && raw.includes(","))) return { ok: false, code: "value/invalid" };
  // where commas are decimal, "2.500" is two thousand five hundred to the reader, and "2.5" a slip:
  // a point and exactly three digits is never guessed (as `plan --cost` refuses "50.000")
  if (decimalComma && looksLikeThousands(raw)) return { ok: false, code: "value/invalid" };
  // levels are never negative (the schema keeps levels.min >= 0), so "-0" is out of range too
  if (raw.charCodeAt(0) === 45) return { ok: false, code: "value/out-of-range" };
  const sep = raw.search(/[.,]/);
  const whole = sep < 0 ? raw : raw.slice(0, sep);
  // trailing zeros say nothing: "3.50" is 3.5, "3.0" is 3
  const fraction = sep < 0 ? "" : raw.slice(sep + 1).replace(/0+$/, "");
  const places = fraction.length;
  const numer = Number(whole) * POW10[places]! + (places ? Number(fraction) : 0);
  const { min, max, integerOnly } = framework.levels;
  if (numer < min * POW10[places]! || numer > max * POW10[places]!) return { ok: false, code: "value/out-of-range" };
  if (integerOnly && places > 0) return { ok: false, code: "value/not-integer" };
  return { ok: true, numer, places };
}

/** "2.500", "1.000": a point and three digits, a thousands separator in the Indonesian locale. */
export const looksLikeThousands = (raw: string): boolean => /^-?\d{1,3}\.\d{3}$/.test(raw);

/** A number a level could be but for its decimals: more than the twelve `LEVEL` reads ("3.0000000000000"). */
export const tooPrecise = (raw: string, decimalComma: boolean): boolean => (decimalComma ? /^\d{1,6}[.,]\d{13,}$/ : /^\d{1,6}\.\d{13,}$/).test(raw);

/** "0" to "9", as the general path reads them (the usual level: a million rows of a national file), without its regex and slices. */
const DIGITS: readonly LevelParts[] = Array.from({ length: 10 }, (_, d) => Object.freeze({ ok: true as const, numer: d, places: 0 }));
const INVALID: LevelParts = Object.freeze({ ok: false as const, code: "value/invalid" as const });
const OUT_OF_RANGE: LevelParts = Object.freeze({ ok: false as const, code: "value/out-of-range" as const });

function oneDigit(raw: string, framework: Framework): LevelParts {
  const d = raw.charCodeAt(0) - 48;
  if (d < 0 || d > 9) return INVALID;
  return d < framework.levels.min || d > framework.levels.max ? OUT_OF_RANGE : DIGITS[d]!;
}

export function parseLevel(raw: string, framework: Framework, decimalComma: boolean): LevelParse {
  const parts = parseLevelParts(raw, framework, decimalComma);
  return parts.ok ? { ok: true, value: rational(BigInt(parts.numer), 10n ** BigInt(parts.places)) } : parts;
}
