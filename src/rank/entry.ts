import type { Assessment } from "../assessment/build.js";
import { type Jenis, knownJenis } from "../assessment/jenis.js";
import { type Finding, finding } from "../core/findings.js";
import { add, compare, fitsPlaces, type Rational, rational, roundHalfUp, sub, toFixedHalfUp } from "../core/rational.js";
import type { Framework, PredikatBasis } from "../frameworks/types.js";
import { bandsWithin, printedRange, type ResultRow } from "../results/read.js";
import { scoreLean } from "../scoring/lean.js";
import { bandFor, chooseBasis, type Predikat } from "../scoring/predikat.js";
import { type Score, type Shown, scoreAssessment } from "../scoring/score.js";
import { type Kategori, kategoriFromKey, kategoriOf, nameKey } from "./names.js";

/**
 * One instansi's index in one year, whatever it came from: a row of a result
 * table (the ministry's printed index and predikat), or an assessment scored on
 * the way (its exact index known). This is all rank and trend keep of an input,
 * so a national file is read and dropped row by row.
 */
export interface RankEntry {
  readonly instansi: string;
  /** for matching across files and years (`nameKey`) */
  readonly key: string;
  readonly tahun: number | null;
  readonly kategori: Kategori | null;
  readonly provinsi: string | null;
  readonly framework: Framework;
  /** the exact index where known (a scored assessment, or a table's index written with more than two decimals), null for a printed one */
  readonly exact: Rational | null;
  /**
   * For a printed row of a year whose predikat is read from the exact index, and whose tiers tell
   * where that index lies (`ResultRow.exactRange`): the least it can be. A target is judged by it
   * (`trend`): reached only when surely reached. Null otherwise.
   */
  readonly least: Rational | null;
  /** the index as published: two decimals, half up */
  readonly shown: Rational;
  readonly display: string;
  readonly predikat: string;
  /** the tiers' displays (domains, or aspects without a domain tier), null where not known */
  readonly tiers: readonly (string | null)[] | null;
  /** "nasional-2024" for the bundled results, else the file */
  readonly source: string;
  /** the user's own input (an assessment or a table of theirs), not the bundled national results */
  readonly user: boolean;
  readonly line: number | null;
  /**
   * Of an entry without a tahun: the 1-based column of its input's tahun column (its cell there is
   * blank, or not a year), where trend's `trend/undated` points; null when dated, or when the input
   * has no tahun column. Set by `entriesOf`, which knows the input's header.
   */
  readonly tahunColumn: number | null;
  /** a `target` cell as written (trend), or null */
  readonly target: string | null;
  /**
   * Of an entry with a `target` cell: the 1-based column of its input's target column, where trend's
   * meta/invalid for an unreadable target points. Set by `entriesOf` on such an entry alone, absent
   * otherwise: most entries (a national file's) have no target, and pay no slot for it.
   */
  readonly targetColumn?: number;
  /**
   * Of an assessment's entry whose target was read from another row than its first (`line`): that
   * row's line, where trend's meta/invalid for it points. Absent otherwise.
   */
  readonly targetLine?: number;
  /**
   * Of an entry with a `target` cell in a file whose commas are decimal: there "3.500" may be 3.5 or
   * 3500, and trend reads no such target (meta/invalid, `thousands`). From the assessment or the result
   * table's row (`Assessment.targetDecimalComma`, `ResultRow.targetDecimalComma`); absent otherwise.
   */
  readonly targetDecimalComma?: true;
  /** the row had a fault (a blank or impossible domain, a mismatch): ranked by its printed index, with a note */
  readonly noted: boolean;
  /** the predikat basis the entry's predikat was read under */
  readonly basis: PredikatBasis;
  /**
   * Of a printed row whose predikat `--predikat-basis` reads otherwise than the ministry printed it
   * under its year's rule (Pacitan's 2024 "3.50 Baik" read from the displayed index is Sangat Baik):
   * the printed one, which `predikat` no longer is. Absent otherwise: most entries pay no slot for it.
   */
  readonly printedPredikat?: string;
  /**
   * `mandiri` (a self-assessment) or `evaluasi` (the external assessors' official result); null where
   * the input does not say. The bundled national results are evaluasi; an assessment's or a table's is
   * its `jenis` column's. One of two string constants, shared by every entry (no per-row copy).
   */
  readonly jenis: Jenis | null;
  /**
   * Of an entry read under the framework's assumed default rule (undated, or of a year the framework
   * has no evidence for): the predikat each basis gives its index, where the index says (null where it
   * does not: a printed 2.60 may be Cukup or Baik under the exact basis). Placed among the results of a
   * year that has a rule of its own (`placedIn`), it is read under that rule. Absent otherwise.
   */
  readonly byBasis?: PredikatByBasis;
  /**
   * Of an entry placed among the results of a year with a rule of its own that reads its predikat
   * otherwise than the default did (`placedIn`): that year. Absent otherwise.
   */
  readonly readAsOf?: number;
}

/** The predikat each basis gives an index (`RankEntry.byBasis`); one object per combination, shared. */
export interface PredikatByBasis {
  readonly exact: string | null;
  readonly displayed: string | null;
  /** the entry's predikat is as a table printed it (not scored, nor derived from a table's index or tiers) */
  readonly printed: boolean;
}

const SHARED_BY_BASIS = new Map<string, PredikatByBasis>();

function byBasisOf(exact: string | null, displayed: string | null, printed: boolean): PredikatByBasis {
  const key = `${exact}\0${displayed}\0${printed}`;
  let known = SHARED_BY_BASIS.get(key);
  if (!known) {
    known = { exact, displayed, printed };
    if (SHARED_BY_BASIS.size < MAX_SHARED) SHARED_BY_BASIS.set(key, known);
  }
  return known;
}

/**
 * An entry read under the assumed default rule, placed among the results of `tahun` (rank, placeAmong):
 * its predikat as that year's rule reads it, where the year has a rule of its own, the index says
 * which, and it is another than the default gave. An undated "2.595 Baik" among 2024's results (whose
 * rule reads the exact index: Cukup) kept Baik, which with its tahun written is an error; an undated
 * assessment of exact 2.5975 among 2023's (read from the display, 2.60: Baik) kept Cukup. A printed
 * row keeps what was printed (`printedPredikat`); `readAsOf` says which year's rule read it. The entry
 * itself otherwise.
 */
export function placedIn(e: RankEntry, tahun: number): RankEntry {
  if (!e.byBasis || e.tahun === tahun) return e;
  const rule = chooseBasis(e.framework, tahun);
  if (rule.source !== "year") return e;
  const predikat = e.byBasis[rule.basis];
  if (predikat === null || predikat.toLowerCase() === e.predikat.trim().toLowerCase()) return e;
  // a printed predikat is kept, as --predikat-basis keeps it; a scored or derived one is no one's word
  const printed = e.byBasis.printed ? { printedPredikat: e.printedPredikat ?? e.predikat } : {};
  return { ...e, predikat, basis: rule.basis, readAsOf: tahun, ...printed };
}

/** Where an entry came from as a finding names it: "mandiri.csv:3", or the source alone without a line. */
export const entryPlace = (e: Pick<RankEntry, "source" | "line">): string => (e.line === null ? e.source : `${e.source}:${e.line}`);

/**
 * `e` is an instansi's evaluasi and `held` its mandiri of the same year: the official result is the
 * one `rank` ranks and `trend` shows, whichever was given first (the other is said as a duplicate).
 */
export const official = (e: Pick<RankEntry, "jenis">, held: Pick<RankEntry, "jenis">): boolean => e.jenis === "evaluasi" && held.jenis === "mandiri";

/**
 * A target for a year with no index yet: an RPJMD table's row for a year to come (`target` given,
 * `indeks` blank). Not ranked; `trend` judges the latest index against the latest target.
 */
export interface TargetRow {
  readonly instansi: string;
  /** for matching across files and years (`nameKey`) */
  readonly key: string;
  readonly tahun: number | null;
  /** as written */
  readonly target: string;
  readonly source: string;
  readonly line: number;
  /** the 1-based column of the target cell (set by `entriesOf`), for a finding about it */
  readonly column?: number;
  /** its file's commas are decimal (`RankEntry.targetDecimalComma`) */
  readonly targetDecimalComma?: true;
}

/**
 * One string and one rational per displayed value ("3.45"), shared by every
 * entry that shows it: a national file's twenty thousand entries show a few
 * hundred values, and their own copies were a third of a ranking's memory. Two
 * decimals between the levels bound the maps (401 values for levels 1–5); a
 * display outside them (a hostile table) is not kept. Keyed by the display
 * `scoreLean` made of the value: two decimals half up, one value per display.
 */
const SHARED_SHOWN = new Map<string, { readonly display: string; readonly shown: Rational }>();
const MAX_SHARED = 100_000;

function publishedIndex(index: Shown): { readonly display: string; readonly shown: Rational } {
  const known = SHARED_SHOWN.get(index.display);
  if (known) return known;
  const made = { display: index.display, shown: roundHalfUp(index.value, 2) };
  if (SHARED_SHOWN.size < MAX_SHARED) SHARED_SHOWN.set(index.display, made);
  return made;
}

/**
 * One rational per exact index, shared as `publishedIndex` shares displays: the index of whole
 * levels is one of a few thousand sums over the framework's fixed denominator, and a rational of
 * its own (an object and two bigints, ~90 bytes) was a fifth of a national ranking's entries.
 * Keyed by denominator, then numerator (bigints are map keys by value).
 */
const SHARED_EXACT = new Map<bigint, Map<bigint, Rational>>();
let sharedExactCount = 0;

function sharedExact(value: Rational): Rational {
  let byNumerator = SHARED_EXACT.get(value.d);
  const known = byNumerator?.get(value.n);
  if (known) return known;
  if (sharedExactCount >= MAX_SHARED) return value;
  if (!byNumerator) {
    byNumerator = new Map();
    SHARED_EXACT.set(value.d, byNumerator);
  }
  byNumerator.set(value.n, value);
  sharedExactCount++;
  return value;
}

const SHARED_DISPLAY = new Map<string, string>();
/** A tier's display, shared as `publishedIndex` shares an index's. */
function sharedDisplay(display: string): string {
  const known = SHARED_DISPLAY.get(display);
  if (known !== undefined) return known;
  if (SHARED_DISPLAY.size < MAX_SHARED) SHARED_DISPLAY.set(display, display);
  return display;
}

const DISPLAYS = new WeakMap<Rational, string>();

/**
 * A printed value's two-decimal display, made once per value: a result table reads each printed text
 * to one shared rational (`ResultBuilder`), so a national file's 3 000 tier and index values are a few
 * hundred, and `toFixedHalfUp` of each (bigint division, digits, padding) was a tenth of reading it.
 */
function displayOf(value: Rational): string {
  let display = DISPLAYS.get(value);
  if (display === undefined) {
    display = toFixedHalfUp(value, 2);
    DISPLAYS.set(value, display);
  }
  return display;
}

export function entryFromResult(row: ResultRow, source: string, user: boolean, override?: PredikatBasis): RankEntry | null {
  if (row.index === null) return null;
  const f = row.framework;
  const choice = chooseBasis(f, row.tahun, override);
  const basis = choice.basis;
  // the printed predikat is the ministry's word, read under the year's own rule; --predikat-basis reading
  // the year otherwise reads it again, as it judges a target: a row that showed "3.50 Baik" beside
  // "target 3.50 (Sangat Baik) reached" contradicted itself
  const ownRule = chooseBasis(f, row.tahun).basis === basis;
  // under the exact basis the printed index alone does not say the band: "3.50" of domains that allow
  // only 3.4985 is Baik, not Sangat Baik. The tiers decide where they can; where the range they allow
  // straddles an edge, the printed index's band stands
  const range = basis === "exact" ? row.exactRange : null;
  const within = range ? bandsWithin(f, range) : [];
  const derived = within.length === 1 ? within[0]! : basis === "displayed" || row.predikat === null ? bandFor(f, row.index, basis).predikat : null;
  const reread = !ownRule && row.predikat !== null && derived !== null && derived.toLowerCase() !== row.predikat.trim().toLowerCase();
  return {
    instansi: row.instansi,
    key: nameKey(row.instansi),
    tahun: row.tahun,
    kategori: row.kategori,
    provinsi: row.provinsi,
    framework: f,
    // an index written with more than two decimals ("4.195", a table of one's own) is exact as written: its
    // predikat is then said as a scored one's is, with the other basis's where the two differ (◊): "4.20
    // Sangat Baik" stood with no word of why
    exact: exactAsWritten(row, f, basis, reread),
    least: basis === "exact" ? leastExact(f, row, row.index) : null,
    shown: roundHalfUp(row.index, 2),
    display: displayOf(row.index),
    // as printed (unless re-read, above); a table without the column gets the band its tiers allow, else its
    // printed index's, read under the basis (a 2023 "4.195" shows 4.20: Memuaskan, as its year reads the display)
    predikat: reread ? derived : (row.predikat ?? derived!),
    tiers: row.tiers.map((t) => (t === null ? null : displayOf(t))),
    source,
    user,
    line: row.line,
    tahunColumn: null,
    target: row.target,
    noted: row.faulty || row.incomplete,
    basis,
    // the ministry's results (not the user's own: the bundled national files, a reference) are the
    // assessors' official ones; a table of the user's says its kind in a `jenis` column, or nothing
    jenis: row.jenis ?? (user ? null : "evaluasi"),
    ...(reread ? { printedPredikat: row.predikat! } : {}),
    ...(row.targetDecimalComma ? { targetDecimalComma: true as const } : {}),
    // (not of a row with an error, a predikat that fits no basis among them: ranked by what it printed, †, as in
    // its own year; a blank domain alone is no such fault)
    ...(!row.faulty && choice.source === "default" ? { byBasis: printedByBasis(f, row) } : {}),
  };
}

/**
 * The predikat each basis gives a printed row's index (`RankEntry.byBasis`): the display's band, and the
 * exact index's where the range it may lie in (its tiers', else what rounds to the printed value, or the
 * value itself when written with more than two decimals) is within one band.
 */
function printedByBasis(f: Framework, row: ResultRow): PredikatByBasis {
  const index = row.index!;
  const within = bandsWithin(f, row.exactRange ?? printedRange(index));
  return byBasisOf(within.length === 1 ? within[0]! : null, bandFor(f, index, "displayed").predikat, row.predikat !== null);
}

/**
 * A table's index written with more than two decimals, as the exact index (`entryFromResult`); null for
 * one of two, and for a row whose printed predikat is not the one that index gives under its basis (a
 * fault said elsewhere: ranked by what is printed, as the † note says) or that --predikat-basis re-read
 * (its note gives the printed predikat): the ◊ note said "Memuaskan … (the other basis gives Memuaskan)".
 */
function exactAsWritten(row: ResultRow, f: Framework, basis: PredikatBasis, reread: boolean): Rational | null {
  const index = row.index!;
  if (fitsPlaces(index, 2) || reread || row.faulty || row.incomplete) return null;
  if (row.predikat !== null && bandFor(f, index, basis).predikat.toLowerCase() !== row.predikat.trim().toLowerCase()) return null;
  return sharedExact(index);
}

const HALF_CENT = rational(1n, 200n);

/**
 * Where a printed row's predikat is read from the exact index: the least that index can be, as
 * far as the row says more than its printed index. Its tiers bound it (`exactRange`: "3.50" of
 * domains that allow only 3.4985), and so does its printed predikat: "4.20 Memuaskan" is at least
 * 4.20 whatever its domains allow below, "4.20 Sangat Baik" is below 4.20, so at least 4.195. A
 * predikat its index cannot have (a faulty row) says nothing. Null where the printed index stands.
 */
function leastExact(f: Framework, row: ResultRow, index: Rational): Rational | null {
  // an index printed with more than two decimals ("4.1999", a user's own table) is taken as written
  if (!fitsPlaces(index, 2)) return index;
  const range = row.exactRange;
  const low = range?.low ?? sub(index, HALF_CENT);
  const high = range?.high ?? add(index, HALF_CENT);
  const printed = row.predikat?.trim().toLowerCase();
  const band = printed === undefined ? undefined : f.bands.find((b) => b.predikat.toLowerCase() === printed);
  if (band?.min && compare(band.min, low) > 0) {
    const within = compare(band.min, high) < 0 || (compare(band.min, high) === 0 && range?.highInclusive === true);
    if (within) return band.min;
  }
  // a band whose upper edge is at or below the printed index (and above the least it can be)
  const top = f.bands[0] === band;
  if (band && !top && !range && compare(band.max, index) <= 0 && compare(band.max, low) > 0) return low;
  return range?.low ?? null;
}

/**
 * A valid lean assessment, scored exactly; its kategori from its column or its
 * name. A file without an instansi column stands for the instansi its name says
 * ("kab-bandung-2024.csv" → "kab-bandung-2024"): it is the user's own, and is
 * still placed.
 */
export function entryFromAssessment(a: Assessment, options: EntryFromAssessmentOptions = {}): RankEntry | null {
  if (!a.valid) return null;
  // read whole (a library user's readInput without `lean`): scored as `score` scores it
  if (!a.levels) return withOrigin(entryFromScore(a, scoreAssessment(a, options)), options);
  const s = scoreLean(a, { basis: options.basis, topTier: true });
  return withOrigin(userEntry(a, s.index, s.predikat, s.domains.length > 0 ? s.domains : s.aspects), options);
}

export interface EntryFromAssessmentOptions {
  readonly basis?: PredikatBasis | undefined;
  /** whose it is (`RankEntry.user`); the user's own by default */
  readonly user?: boolean | undefined;
  /** what it says it came from (`RankEntry.source`); the assessment's file by default */
  readonly source?: string | undefined;
}

/** An entry said to be another's, or from elsewhere, as `entriesOf` is asked (a colleague's file as a reference). */
function withOrigin(e: RankEntry, { user, source }: EntryFromAssessmentOptions): RankEntry {
  if ((user === undefined || user === e.user) && (source === undefined || source === e.source)) return e;
  return { ...e, user: user ?? e.user, source: source ?? e.source };
}

/** An assessment already scored by `scoreAssessment` (score --banding), as a user's entry. */
export function entryFromScore(a: Assessment, s: Score): RankEntry {
  return userEntry(
    a,
    s.index,
    s.predikat,
    (s.domains.length > 0 ? s.domains : s.aspects).map((t) => t.score.display),
    // a Score may come from a library user: its display is not taken on trust (and there are few)
    { display: s.index.display, shown: roundHalfUp(s.index.value, 2) },
  );
}

/** An assessment's kategori: its `kategori` cell's, else its name's ("Kab. …"); `key` its name's `nameKey` where made already. */
export function assessmentKategori(a: Assessment, key?: string): Kategori | null {
  return (a.kategori !== null ? kategoriOf(a.kategori) : null) ?? kategoriFromKey(key ?? nameKey(instansiName(a)));
}

/** The name an assessment is ranked under: its `instansi`, else its file's name without folder or extension. */
const instansiName = (a: Assessment): string => a.instansi ?? a.source.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

/** The entry of a scored assessment of the user's, however it was scored. */
function userEntry(
  a: Assessment,
  index: Shown,
  predikat: Predikat,
  tiers: readonly string[],
  published: { readonly display: string; readonly shown: Rational } = publishedIndex(index),
): RankEntry {
  const instansi = instansiName(a);
  const key = nameKey(instansi);
  return {
    instansi,
    key,
    tahun: a.tahun,
    kategori: assessmentKategori(a, key),
    provinsi: a.provinsi,
    framework: a.framework,
    exact: sharedExact(index.value),
    least: null,
    shown: published.shown,
    display: published.display,
    predikat: predikat.band.predikat,
    tiers: tiers.map(sharedDisplay),
    source: a.source,
    user: true,
    line: a.line,
    tahunColumn: null,
    target: a.target,
    noted: false,
    basis: predikat.basis.basis,
    jenis: knownJenis(a.jenis),
    ...(a.targetDecimalComma ? { targetDecimalComma: true as const } : {}),
    // scored under the assumed default: what each basis gives, for a year with a rule it is placed in
    ...(predikat.basis.source === "default"
      ? { byBasis: byBasisOf(bandFor(a.framework, index.value, "exact").predikat, bandFor(a.framework, index.value, "displayed").predikat, false) }
      : {}),
  };
}

/**
 * `--jenis`: the entries of that jenis, and one warning per source whose rows it left out (how many,
 * and how many had no jenis at all). A user's file without a jenis column vanished from
 * `rank --jenis evaluasi` without a word, and `--jenis mandiri` dropped every national row silently.
 */
export function byJenis<E extends RankEntry>(entries: readonly E[], wanted: Jenis | undefined, findings: Finding[]): readonly E[] {
  if (wanted === undefined) return entries;
  // "Mandiri" kept no entry, without a word (the CLI reads --jenis in any case, as --kategori)
  if (knownJenis(wanted) === null) throw new RangeError(`jenis '${String(wanted)}' is neither 'mandiri' nor 'evaluasi'`);
  const kept: E[] = [];
  const left = new Map<string, { count: number; unknown: number }>();
  for (const e of entries) {
    if (e.jenis === wanted) {
      kept.push(e);
      continue;
    }
    const n = left.get(e.source) ?? { count: 0, unknown: 0 };
    n.count++;
    if (e.jenis === null) n.unknown++;
    left.set(e.source, n);
  }
  for (const [source, n] of left) findings.push(finding("rank/jenis-left-out", "warning", source, { args: { jenis: wanted, ...n } }));
  return kept;
}
