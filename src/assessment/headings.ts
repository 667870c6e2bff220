import type { NamedAs } from "../core/findings.js";
import { wordsKey } from "../core/words-key.js";
import type { Framework, Indicator } from "../frameworks/types.js";
import type { CsvRecord } from "../io/csv.js";

/**
 * Section headings above a domain's or an aspect's rows, told apart from indicator rows without a
 * level. Asked only of a row whose level is blank: a row with a level is always read.
 */
export interface Headings {
  /**
   * The aspect numbers a row is a heading by in a file naming its indicators by their codes (Pemdi
   * "1;Tata Kelola dan Manajemen;" above "1,1"), with or without a dot after them: there a bare "1" is
   * no indicator's row. Null elsewhere: where ids are written plain, "1" is indicator 1, blank level and all.
   */
  readonly numbers: ReadonlySet<string> | null;
  /** the names below, made at the first row without a level that asks: a complete sheet never does */
  readonly names: () => SectionNames;
  /** the indicator a cell names (the builder's lookup): an outline number that is one is never a heading */
  readonly indicator: (raw: string) => Indicator | undefined;
}

export interface SectionNames {
  /** the domains' and aspects' names and other spellings (`nameWords`), less any an indicator also bears */
  readonly sections: ReadonlyMap<string, NamedAs>;
  /** an indicator's names (`nameWords`), also without `lead`: a row naming one is that indicator's, whatever its id cell says */
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** the words every indicator's name starts with, and a space ("tingkat kematangan " in spbe-2020), or "" */
  readonly lead: string;
  /**
   * Each indicator's own names (`nameWords`), also without `lead`, by id: made once with the rest, where
   * the name check made them again for every row (a million rows of names no indicator's took 2.5×)
   */
  readonly own: ReadonlyMap<string, readonly string[]>;
}

/**
 * A name as indicator, domain and aspect names are compared: in any case and spacing (`wordsKey`), and
 * without punctuation, which sheets add and drop ("… Berbasis Elektronik.", "Barang Milik Negara/Daerah",
 * "Whistle-Blowing"): a renumbered sheet whose names each ended in a full stop was read without a word.
 */
export const nameWords = (text: string): string => wordsKey(text.replace(/[^\p{L}\p{N}]+/gu, " "));

/**
 * A number in front of a name ("34. Tingkat Kematangan …", "34 …", "7) …", Pemdi's "3.2 Operasional …"): a
 * sheet that writes each name after its number, beside a running "No", was read by the running number
 * without a word, its names no name exactly.
 */
const NUMBERED = /^\s*\d+(?:[.,]\d+)*\s*[.):\-\u2013\u2014]?\s+(?=\S)/u;

/** What may stand before a domain's or aspect's name: "Domain", "Aspek", a number or roman numeral, a mark ("Domain 1:", "Aspek 1 -", "I."). */
const LEAD = /^(?:(?:domain|aspek)\s*(?:(?:\d+|[ivx]+)(?![\p{L}\p{N}]))?|(?:\d+|[ivx]+)(?![\p{L}\p{N}]))\s*[.:)\-\u2013\u2014]?\s*/iu;

/** An id cell a heading's number may sit in, beside its name: "1", "1.", "I", "II.", "Domain 2", "Aspek 1". */
const NUMBER = /^(?:(?:domain|aspek)\s*)?(?:\d+|[ivx]+)\.?$/iu;

/**
 * The template's outline numbers, beside a heading's name alike: an aspect under its domain ("1.1",
 * "2.3."), a lettered domain or aspect ("A", "B."). Not where the framework reads the cell as an
 * indicator (Pemdi's code 1.1, spbe-2018's 35.1): that row is the indicator's, its blank level a finding.
 */
const OUTLINE = /^(?:(?:domain|aspek)\s*)?(?:\d+\.\d+|[a-z])\.?$/iu;

/**
 * What the rows say headings by: the domains' and aspects' names always; the aspect numbers too where
 * some row of `rows` names an indicator by its code ("1.1", "1,1").
 */
export function headingsOf(
  rows: readonly CsvRecord[],
  column: number | undefined,
  framework: Framework,
  lookup: (raw: string) => Indicator | undefined,
): Headings {
  // made lazily: building these sets on every file cost `score` ~60 pages of memory (±0.7 ms) at start-up
  let names: SectionNames | undefined;
  return { numbers: aspectNumbers(rows, column, framework, lookup), names: () => (names ??= sectionNames(framework)), indicator: lookup };
}

function sectionNames(framework: Framework): SectionNames {
  const indicators = new Map<string, Indicator>();
  // the first indicator of a name keeps it (a framework file may give two one name)
  for (const i of framework.indicators) {
    for (const key of [i.name, ...i.aliases].map(nameWords)) if (!indicators.has(key)) indicators.set(key, i);
  }
  // Pemdi's aspect 4 is named as its indicator 4.2 is: such a name says nothing of which the row is
  const sections = new Map<string, NamedAs>();
  const add = (kind: "domain" | "aspect", t: { readonly id: string; readonly name: string; readonly aliases: readonly string[] }) => {
    for (const n of [t.name, ...t.aliases]) {
      const key = nameWords(n);
      if (key !== "" && !indicators.has(key) && !sections.has(key)) sections.set(key, { kind, id: t.id, code: null, name: t.name });
    }
  };
  for (const d of framework.domains) add("domain", d);
  for (const a of framework.aspects) add("aspect", a);
  // sheets often drop the words every name starts with ("Layanan Data Terbuka" for spbe-2020's "Tingkat
  // Kematangan Layanan Data Terbuka"): a renumbered sheet of such names was credited to the wrong indicators
  // unwarned; so was one of other spellings without them ("Layanan Keuangan Berbasis Elektronik", 34's)
  const lead = sharedLead(framework.indicators.map((i) => nameWords(i.name)));
  const own = new Map<string, readonly string[]>();
  for (const i of framework.indicators) {
    const keys = [i.name, ...i.aliases].map(nameWords);
    const short = lead === "" ? [] : keys.flatMap((key) => (key.startsWith(lead) ? [key.slice(lead.length)] : []));
    for (const key of short) if (!indicators.has(key) && !sections.has(key)) indicators.set(key, i);
    own.set(i.id, [...keys, ...short]);
  }
  return { sections, indicators, lead, own };
}

/** The whole words, and the space after them, that every one of `keys` starts with and none is only: "" for none. */
function sharedLead(keys: readonly string[]): string {
  if (keys.length < 2) return "";
  let lead = keys[0]!;
  for (const key of keys) {
    while (lead !== "" && !key.startsWith(lead)) lead = lead.slice(0, lead.lastIndexOf(" ", lead.length - 2) + 1);
  }
  if (!lead.endsWith(" ")) lead = lead.slice(0, lead.lastIndexOf(" ") + 1);
  return keys.some((k) => k.length === lead.length) ? "" : lead;
}

function aspectNumbers(
  rows: readonly CsvRecord[],
  column: number | undefined,
  framework: Framework,
  lookup: (raw: string) => Indicator | undefined,
): ReadonlySet<string> | null {
  if (column === undefined || !framework.indicators.some((i) => i.code !== null)) return null;
  for (const row of rows) {
    const cell = row.cells[column];
    const indicator = cell ? lookup(cell) : undefined;
    if (indicator && indicator.code !== null && cell !== indicator.id) return new Set(framework.aspects.map((a) => a.id));
  }
  return null;
}

/**
 * The domain or aspect `text` names, with or without its lead ("Domain 1: Kebijakan Internal SPBE"), or
 * undefined; `key`, where the caller has it, is `nameWords(text)`.
 */
function sectionOf(text: string, names: ReadonlyMap<string, NamedAs>, key: string = nameWords(text)): NamedAs | undefined {
  if (names.size === 0) return undefined;
  const named = names.get(key);
  if (named !== undefined) return named;
  // (most text has no lead: the same key again is not made)
  const bare = text.replace(LEAD, "");
  return bare === text ? undefined : names.get(nameWords(bare));
}

/** Whether `text` names a domain or aspect, with or without its lead. */
function namesSection(text: string, names: ReadonlyMap<string, NamedAs>): boolean {
  return sectionOf(text, names) !== undefined;
}

/**
 * Whether a row without a level (`id`: its indicator cell, not blank) is a section heading: an
 * aspect's number in a file of codes ("1", "1."), or a domain's or aspect's name, in the indicator
 * cell ("Domain 1: Kebijakan Internal SPBE", "I. Kebijakan Internal SPBE") or in a label cell
 * (`labels`, as `labelColumns` gives them) beside a number in the indicator cell ("1", "I", "Aspek 1",
 * "1.1", "A").
 * Never a row whose label is an indicator's name: that row is the indicator's, its blank level a finding.
 */
export function isHeading(row: CsvRecord, id: string, labels: readonly number[], h: Headings): boolean {
  // "1." as the number's heading is written as often as "1": only "1" was skipped, "1." was "not an indicator"
  if (h.numbers?.has(id.endsWith(".") ? id.slice(0, -1) : id)) return true;
  const { sections, indicators } = h.names();
  if (sections.size === 0) return false;
  const inId = namesSection(id, sections);
  if (!inId && !NUMBER.test(id) && !(OUTLINE.test(id) && h.indicator(id) === undefined)) return false;
  let named = inId;
  const cells = row.cells;
  // the indicator's cell first, then the others left to right: none past the row's last (a hostile header is wide)
  for (let k = 1; k < labels.length && labels[k]! < cells.length; k++) {
    const cell = cells[labels[k]!]!;
    if (cell === "") continue;
    if (indicators.has(nameWords(cell))) return false;
    named ||= namesSection(cell, sections);
  }
  return named;
}

/**
 * What a name written beside (or after) `indicator`'s number names instead of it: exactly another
 * indicator's name or other spelling, or a domain's or aspect's (with or without its lead: "Domain
 * Kebijakan Internal SPBE"), in any case, spacing and punctuation (`nameWords`), a number in front of it
 * or not ("34. Tingkat Kematangan Layanan Keuangan": `NUMBERED`); null for anything else. A variant or typo of
 * any name is no name at all: only an exact name disagrees. Never a name that is its own indicator's,
 * nor another indicator's whose words all stand in its own name in order: real sheets shorten names,
 * and spbe-2018's 1 "Kebijakan Internal Tim Pengarah SPBE …" shortened is 18's "Tim Pengarah SPBE …".
 * A domain's or aspect's name always disagrees: it is what a heading says (domain 1 "Kebijakan
 * Internal SPBE" shares its words with indicator 1), never how a sheet shortens one indicator's name.
 */
export function namedOtherThan(text: string, indicator: Indicator, names: SectionNames): NamedAs | null {
  const own = names.own.get(indicator.id) ?? [indicator.name, ...indicator.aliases].map(nameWords);
  // the text as written, then without each number in front in turn ("1. 34. …"; an outline "1.2 Perencanaan
  // Strategis SPBE", which a section's lead does not take)
  for (let t = text; ; ) {
    const named = nameOf(t, nameWords(t), own, names);
    if (named !== undefined) return named;
    const bare = t.replace(NUMBERED, "");
    if (bare === t) return null;
    t = bare;
  }
}

/**
 * What `text` (`key`: its `nameWords`) names other than the indicator whose own names are `own`: a
 * disagreement, null where it is the indicator's own (or shortens it), undefined where it names nothing.
 */
function nameOf(text: string, key: string, own: readonly string[], names: SectionNames): NamedAs | null | undefined {
  if (key === "" || own.includes(key)) return null;
  const other = names.indicators.get(key);
  if (other === undefined) return sectionOf(text, names.sections, key);
  if (own.some((n) => shortens(key, n))) return null;
  return { kind: "indicator", id: other.id, code: other.code, name: other.name };
}

/** Whether the words of `short` all stand in `long`, in order ("tim pengarah spbe" in "kebijakan internal tim pengarah spbe"). */
function shortens(short: string, long: string): boolean {
  const words = long.split(" ");
  let at = 0;
  for (const w of short.split(" ")) {
    while (at < words.length && words[at] !== w) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}
