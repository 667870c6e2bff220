import type { Finding } from "../core/findings.js";
import { type Rational, toNumber } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";
import { findingMessage } from "../messages/findings.js";
import type { Lang } from "../messages/text.js";
import type { RankEntry } from "../rank/entry.js";
import type { Score, Shown } from "../scoring/score.js";
import { basisNote, entryOtherBasis, isIndicative } from "./predikat-text.js";
import { terminalSafe } from "./text.js";

/**
 * Building blocks of every JSON document. The contract (README, "JSON"): a
 * field once published is never removed or renamed; new ones may be added.
 */
export const SCHEMA_VERSION = 1;

export const num = (r: Rational): number => toNumber(r);
export const shownJson = (s: Shown) => ({ value: num(s.value), display: s.display });

/** The index as published, its predikat, and the exact value where it is known (a scored assessment). */
export function entryIndexJson(e: RankEntry) {
  // where the other basis gives another band, as score's index says it (predikatOtherBasis)
  const other = entryOtherBasis(e);
  return {
    value: num(e.shown),
    display: e.display,
    predikat: e.predikat,
    ...(e.exact ? { exact: num(e.exact) } : {}),
    ...(other ? { predikatBasis: e.basis, predikatOtherBasis: other.predikat } : {}),
  };
}

export function findingJson(f: Finding, lang: Lang) {
  return {
    code: f.code,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    value: f.value,
    // `value` stays raw (it is data); the sentence is made safe to print, since consumers print it
    message: terminalSafe(findingMessage(f, lang)),
  };
}

export function frameworkJson(framework: Framework, lang: Lang) {
  return {
    id: framework.id,
    provisional: framework.provisional,
    caveats: framework.caveats.map((c) => c[lang]),
    /** indicators left out with --without-external; [] for the framework as published */
    excludedIndicators: framework.excluded.map((i) => i.id),
  };
}

/** Stable, two-space-indented JSON with a trailing newline. */
export const stringify = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

/**
 * An index with its predikat: `predikatBasis` says which index it was read
 * from ("exact" or "displayed") and why (`predikatBasisSource`: the year's
 * rule, the default, or --predikat-basis); `predikatOtherBasis` and
 * `predikatNote` appear only where the other basis gives another band;
 * `indicative` only for a score without the external indicators.
 */
export function indexJson(score: Score, lang: Lang) {
  const note = basisNote(score, lang);
  return {
    ...shownJson(score.index),
    predikat: score.band.predikat,
    ...(score.band.label ? { label: score.band.label } : {}),
    predikatBasis: score.predikat.basis.basis,
    predikatBasisSource: score.predikat.basis.source,
    ...(score.predikat.otherBand ? { predikatOtherBasis: score.predikat.otherBand.predikat } : {}),
    ...(note ? { predikatNote: note } : {}),
    ...(isIndicative(score.framework) ? { indicative: true } : {}),
  };
}
