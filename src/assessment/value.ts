import type { FindingCode } from "../core/findings.js";
import { compare, fromInt, isInteger, parseDecimal, type Rational } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";

export type LevelParse = { readonly ok: true; readonly value: Rational } | { readonly ok: false; readonly code: Extract<FindingCode, `value/${string}`> };

/**
 * Digits without a leading zero, optionally one decimal separator and more
 * digits, optionally a leading minus (so "-1" is out of range rather than
 * gibberish). No "+", no exponent, no hex, no thousands separators, no spaces
 * inside, no "03": "3e0", "0x3", "+3", "3 ", "03", "tiga" are all rejected,
 * never coerced.
 */
const LEVEL = /^-?(?:0|[1-9]\d{0,5})(?:[.,]\d{1,12})?$/;

/**
 * Parses a maturity level exactly. A decimal comma is accepted only where the
 * file's delimiter is not a comma (Excel in the Indonesian locale writes "2,5").
 * "3.0" is accepted as 3 in integer frameworks: it is exactly an integer, only
 * formatted with a decimal; "3.5" there is `value/not-integer`.
 */
export function parseLevel(raw: string, framework: Framework, decimalComma: boolean): LevelParse {
  if (raw === "") return { ok: false, code: "value/missing" };
  if (!LEVEL.test(raw) || (raw.includes(",") && !decimalComma)) return { ok: false, code: "value/invalid" };
  // levels are never negative (the schema keeps levels.min >= 0), so "-0" is out of range too
  if (raw.startsWith("-")) return { ok: false, code: "value/out-of-range" };
  const value = parseDecimal(raw.replace(",", "."))!;
  const { min, max, integerOnly } = framework.levels;
  if (compare(value, fromInt(min)) < 0 || compare(value, fromInt(max)) > 0) return { ok: false, code: "value/out-of-range" };
  if (integerOnly && !isInteger(value)) return { ok: false, code: "value/not-integer" };
  return { ok: true, value };
}
