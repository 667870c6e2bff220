import { toDecimalAtLeastTwo, toDecimalCut } from "../core/rational.js";
import { isBundled } from "../frameworks/builtin.js";
import type { Framework, PredikatBasis } from "../frameworks/types.js";
import { PREDIKAT_LABEL as P } from "../messages/predikat.js";
import { type Lang, say } from "../messages/text.js";
import type { RankEntry } from "../rank/entry.js";
import { type BasisChoice, bandFor } from "../scoring/predikat.js";
import type { Score } from "../scoring/score.js";

/**
 * How every format names a predikat. A score computed without the external
 * indicators (--without-external) is not the official index, so its predikat
 * is marked indicative wherever it is printed.
 */
export const isIndicative = (f: Framework): boolean => f.excluded.length > 0;

/**
 * The index's name as a report titles it: "Indeks Pemdi (without external indicators)" with
 * --without-external, in the report's language (withoutExternal wrote the words into the framework's
 * name, in Indonesian for every report).
 */
export const indexTitle = (f: Framework, lang: Lang): string => (isIndicative(f) ? say(lang, P.withoutExternal, { name: f.indexName }) : f.indexName);

export function predikatName(score: Score, lang: Lang): string {
  const name = score.band.predikat;
  return isIndicative(score.framework) ? say(lang, P.indicative, { predikat: name }) : name;
}

/** "3.08 — Baik", "2.78 — Baik (Berkembang)", "2.85 — Baik (indikatif) (Berkembang)". */
export function headline(score: Score, lang: Lang): string {
  const label = score.band.label ? ` (${score.band.label})` : "";
  return `${score.index.display} — ${predikatName(score, lang)}${label}`;
}

/**
 * Why that basis: "aturan KemenPANRB 2024", the default for years without evidence, or --predikat-basis.
 * A year's rule is the ministry's only in a bundled framework: a file of one's own states its own.
 */
export function basisRule(choice: BasisChoice, lang: Lang, framework: Framework): string {
  if (choice.source === "option") return say(lang, P.ruleOption);
  if (choice.source === "year") return say(lang, isBundled(framework) ? P.ruleYear : P.ruleYearOwn, { year: choice.year ?? "" });
  return say(lang, P.ruleDefault);
}

/**
 * Where the exact and the displayed index fall in different bands, the
 * sentence that says which was used and why: "indeks tepat 1.7975 di bawah
 * batas 1.80; predikat dari indeks tepat, aturan KemenPANRB 2024". Null when
 * both readings agree (nearly always). `number` writes its numbers (the HTML
 * page puts the language's decimal mark in them).
 */
export function basisNote(score: Score, lang: Lang, number: (text: string) => string = (text) => text): string | null {
  const { otherBand, basis } = score.predikat;
  if (!otherBand) return null;
  // the display reaches an edge the exact index lies below: the edge is the higher band's lower bound
  const upper = basis.basis === "exact" ? otherBand : score.band;
  // an edge as written: a framework file's may have more decimals than two ("2.1251", not "2.13")
  const edge = upper.min === null ? "" : number(toDecimalAtLeastTwo(upper.min));
  const args = { exact: number(toDecimalCut(score.index.value, 4)), edge, display: number(score.index.display), rule: basisRule(basis, lang, score.framework) };
  const note = basis.basis === "exact" ? say(lang, P.exactBelow, args) : say(lang, P.displayedReaches, args);
  // a year whose rule is only assumed: the other rule's predikat is said outright (the reference: "tell the
  // user when the two rules give different bands"); a year with its rule names the rule, which is enough
  if (!(basis.source === "default" && basis.assumed)) return note;
  return note + say(lang, P.otherRuleGives, { basis: say(lang, basis.basis === "exact" ? P.displayed : P.exact), predikat: otherBand.predikat });
}

/**
 * A ranked or trended entry whose exact index the two bases read into different bands (an exact 2.595
 * shown 2.60): the other basis's predikat, and the edge the exact index lies below; null where both
 * agree. `rank` and `trend` showed "2.60 Cukup" with no word of why, where `score` says it
 * (`basisNote`). A printed row (no exact index) only where --predikat-basis re-read its predikat
 * (`printedPredikat`): the printed one is the other basis's, its year's rule's; no edge is said.
 */
export function entryOtherBasis(
  e: Pick<RankEntry, "exact" | "basis" | "framework" | "printedPredikat" | "predikat">,
): { readonly predikat: string; readonly edge: string } | null {
  if (e.exact === null) return e.printedPredikat === undefined ? null : { predikat: e.printedPredikat, edge: "" };
  const shown = bandFor(e.framework, e.exact, "displayed");
  const exact = bandFor(e.framework, e.exact, "exact");
  if (shown === exact || shown.min === null) return null;
  const other = (e.basis === "exact" ? shown : exact).predikat;
  // never "the other basis gives" the predikat shown: said only where the two differ
  if (other === e.predikat) return null;
  return { predikat: other, edge: toDecimalAtLeastTwo(shown.min) };
}

type OtherBasisOf = Pick<RankEntry, "exact" | "basis" | "framework" | "printedPredikat" | "predikat">;
type OtherBasis = ReturnType<typeof entryOtherBasis>;

/**
 * `entryOtherBasis`, remembered by the entry's exact index, which entries share (rank/entry.ts,
 * `sharedExact`), so that a national file's twenty thousand rows ask the bands a few hundred times (each
 * asks twice, bigint arithmetic: a tenth of drawing its table). Make one per rendering.
 */
export function otherBasisMemo(): (e: OtherBasisOf) => OtherBasis {
  // by framework, then basis, then exact index: no key is made per row
  const known = new Map<Framework, Record<PredikatBasis, Map<object, OtherBasis>>>();
  return (e) => {
    if (e.exact === null) return entryOtherBasis(e);
    let byBasis = known.get(e.framework);
    if (!byBasis) {
      byBasis = { exact: new Map(), displayed: new Map() };
      known.set(e.framework, byBasis);
    }
    const others = byBasis[e.basis];
    let other = others.get(e.exact);
    if (other === undefined) {
      other = entryOtherBasis(e);
      others.set(e.exact, other);
    }
    return other;
  };
}

/** `entryOtherBasis(e)?.predikat ?? ""`, for a CSV column on every row (`otherBasisMemo`). Make one per rendering. */
export function otherBasisCell(): (e: OtherBasisOf) => string {
  const other = otherBasisMemo();
  return (e) => other(e)?.predikat ?? "";
}

/**
 * The note under a rank or trend table for such an entry: "◊ Kab. A (2022): the exact index 2.595 is below the
 * 2.60 edge; …". `number` writes its numbers as they go in (the HTML page's decimal mark; never its names').
 */
export function entryBasisNote(
  e: Pick<RankEntry, "exact" | "basis" | "framework" | "predikat" | "instansi" | "tahun" | "display" | "printedPredikat" | "readAsOf">,
  lang: Lang,
  number: (text: string) => string = (text) => text,
  otherBasis: (e: OtherBasisOf) => OtherBasis = entryOtherBasis,
): string | null {
  const other = otherBasis(e);
  if (!other) return null;
  const who = e.tahun === null ? e.instansi : `${e.instansi} (${e.tahun})`;
  const basis = say(lang, e.basis === "exact" ? P.exact : P.displayed);
  // read under the rule of the year it was placed in (rank/entry.ts, `placedIn`), not by an option
  if (e.exact === null && e.readAsOf !== undefined) {
    return say(lang, P.placedBasisNote, { who, display: number(e.display), predikat: e.predikat, basis, printed: other.predikat, year: e.readAsOf });
  }
  if (e.exact === null) {
    // a row without a tahun was read under the default rule, not a year's
    const rule = say(lang, e.tahun === null ? P.printedRuleDefault : P.printedRuleYear);
    return say(lang, P.printedBasisNote, { who, display: number(e.display), predikat: e.predikat, basis, printed: other.predikat, rule });
  }
  return say(lang, e.readAsOf === undefined ? P.entryBasisNote : P.entryPlacedBasisNote, {
    year: e.readAsOf ?? "",
    who,
    exact: number(toDecimalCut(e.exact, 4)),
    edge: number(other.edge),
    predikat: e.predikat,
    basis,
    other: other.predikat,
  });
}

/** The headline with the basis note in brackets when there is one: what tables and Markdown print. */
export function headlineWithNote(score: Score, lang: Lang): string {
  const note = basisNote(score, lang);
  return note ? `${headline(score, lang)} (${note})` : headline(score, lang);
}
