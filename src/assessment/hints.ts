import type { NamedAs } from "../core/findings.js";
import { wordsKey } from "../core/words-key.js";
import type { Framework, Indicator } from "../frameworks/types.js";
import { DELIMITERS, type Dialect } from "../io/table.js";
import { namedOtherThan, nameWords, type SectionNames } from "./headings.js";
import { parseLevelParts } from "./value.js";

/**
 * What a refused cell seems to mean, for its finding's message only: asked of a row once it is
 * refused, never of a row that is read, and never read as what it seems to say (strict input).
 */

/**
 * An indicator number with decoration around it: "1.", "1)", "Indikator 1", "No. 1", "I-2", "#3"
 * (Pemdi "1.1.", "Indikator 1.1", "Kode 3.2"). The decoration is one word before and one mark after.
 */
const DECORATED_ID = /^\(?(?:(?:indikator|indicator|ind|kode|code|nomor|no|i)\s*[-.:]?\s*|#\s*)?(\d+(?:[.,-]\d+)?)\s*[.):]?$/iu;

/** An indicator number followed by a name: "3.3 Pembangunan Statistik", "1. Tingkat Kematangan …", "Indikator 2 - …". */
const NAMED_ID = /^(?:(?:indikator|indicator|ind|kode|code|nomor|no|i)\s*[-.:]?\s*|#\s*)?(\d+(?:[.,-]\d+)?)(?:\s*[.):\-\u2013\u2014])?\s+(\S.*)$/iu;

/**
 * The indicator id a refused cell holds with decoration around it ("1." → "1", "Indikator 1" →
 * "1", Pemdi "1.1." → "1.1"), as written once the decoration is gone; null when the cell is no
 * such thing, or the number is no indicator of the framework (`find`: as rows are read), or there
 * is nothing to take away ("1.1" of a 2020 file is no decorated "1").
 */
export function decoratedId(raw: string, find: (raw: string) => Indicator | undefined): { readonly bare: string; readonly indicator: Indicator } | null {
  const bare = DECORATED_ID.exec(raw)?.[1];
  if (bare === undefined || bare === raw) return null;
  const indicator = find(bare);
  return indicator ? { bare, indicator } : null;
}

/**
 * For a refused id's message only (never for choosing the indicator column: a running "No" of "01"
 * or "1.0" beside the indicators is no indicator column): an id as another program wrote it, "01"
 * from a text-formatted column, or "35,1" in a file whose commas are no decimal mark (Google Sheets in
 * the Indonesian locale, comma-separated). A leading zero only where the framework has no codes: in a
 * Pemdi file "01" may be a code's half as well as indicator 1. "5.0" (a number format, xlsx or pandas
 * exports "1.0" … "47.0") likewise only where there are no codes: in a file of codes it has the shape of
 * an aspect's ("5.0" is no indicator 5, which is code 3.1).
 */
export function writtenOtherwise(
  raw: string,
  find: (raw: string) => Indicator | undefined,
  coded: boolean,
): { readonly bare: string; readonly indicator: Indicator } | null {
  const candidates = [...(coded ? [] : [raw.replace(/^0+(?=\d)/, ""), raw.replace(/^(\d+)[.,]0+$/, "$1")]), raw.replace(/^(\d+),(\d+)$/, "$1.$2")];
  for (const bare of candidates) {
    const indicator = bare === raw ? undefined : find(bare);
    if (indicator) return { bare, indicator };
  }
  return null;
}

/**
 * A refused cell that is an indicator's number followed by that indicator's own name (or one of its
 * other spellings), in any case and punctuation (`nameWords`): "3.3 Pembangunan Statistik" → "3.3", 2020's "1 Tingkat Kematangan
 * Kebijakan Internal Arsitektur SPBE …" → "1". Null where the name is not the number's indicator's
 * ("1 Tata Kelola dan Manajemen" is aspect 1, not indicator 1.1; "3.3 Tata Kelola Data" says 3.1 by
 * its name): then neither the number nor the name is known to be the one meant (`misnamedId` says whose it is).
 */
export function namedId(raw: string, find: (raw: string) => Indicator | undefined): { readonly bare: string; readonly indicator: Indicator } | null {
  const m = NAMED_ID.exec(raw);
  if (!m) return null;
  const bare = m[1]!;
  const indicator = find(bare);
  if (!indicator) return null;
  const said = nameWords(m[2]!);
  return [indicator.name, ...indicator.aliases].some((n) => nameWords(n) === said) ? { bare, indicator } : null;
}

/**
 * A refused cell that is an indicator's name alone (or one of its other spellings), in any case and
 * punctuation (`nameWords`): the lampiran's table copied without its numbers. Its number (a Pemdi
 * indicator's code), for the message to say; null where the name is no indicator's, or more than one's.
 * `byName`: the framework's indicators by their names' words, made once (`indicatorsByName`).
 */
export function nameOnly(raw: string, byName: ReadonlyMap<string, Indicator | null>): { readonly bare: string; readonly indicator: Indicator } | null {
  const indicator = byName.get(nameWords(raw));
  return indicator ? { bare: indicator.code ?? indicator.id, indicator } : null;
}

/**
 * The framework's indicators by the words of each name and other spelling; null for words more than one
 * indicator has, or a domain or aspect too (Pemdi's aspect 4 and indicator 4.2 are both "Keamanan
 * Pemerintah Digital": a subtotal row of the aspect was told "write 4.2", a duplicate of the row below).
 */
export function indicatorsByName(framework: Pick<Framework, "indicators" | "domains" | "aspects">): Map<string, Indicator | null> {
  const byName = new Map<string, Indicator | null>();
  for (const ind of framework.indicators) {
    for (const name of [ind.name, ...ind.aliases]) {
      const words = nameWords(name);
      if (words === "") continue;
      const held = byName.get(words);
      byName.set(words, held === undefined || held === ind ? ind : null);
    }
  }
  for (const section of [...framework.domains, ...framework.aspects]) {
    for (const name of [section.name, ...section.aliases]) if (byName.has(nameWords(name))) byName.set(nameWords(name), null);
  }
  return byName;
}

/**
 * A refused cell that is an indicator's number followed by exactly another's name (`namedOtherThan`):
 * "3.3 Tata Kelola Data" (3.1's name), Pemdi "1.1 Tata Kelola dan Manajemen" (aspect 1's): the number as
 * written and what the name names, for the message to say they disagree. Never read as either: which
 * one is meant is not known. Null for any other cell (`namedId` takes a number's own name).
 */
export function misnamedId(
  raw: string,
  find: (raw: string) => Indicator | undefined,
  names: () => SectionNames,
): { readonly number: string; readonly named: NamedAs } | null {
  const m = NAMED_ID.exec(raw);
  const indicator = m ? find(m[1]!) : undefined;
  const named = indicator ? namedOtherThan(m![2]!, indicator, names()) : null;
  return named ? { number: m![1]!, named } : null;
}

/** "Tingkat 3", "Level 3", "Tk. 3", "3 (Terdefinisi)", "Tingkat 3 (Terdefinisi)": the number, and the name in parentheses. */
const WORDED_LEVEL = /^(?:(?:tingkat|level|tk)\s*[.:]?\s*)?(\d+(?:[.,]\d+)?)(?:\s*\(\s*([^()]+?)\s*\))?$/iu;

/** How a refused level cell reads as a level with words around it: `alone` the number, or the name that is another level's. */
export type WordedLevel =
  | { readonly alone: string; readonly disagree: null }
  | { readonly alone: null; readonly disagree: { readonly level: string; readonly name: string; readonly named: number } };

/**
 * A refused level cell that is a valid level with words around it: "Tingkat 3", "Level 3", "Tk 3",
 * or "3 (Terdefinisi)" with the indicator's own name of level 3. When the name in parentheses is
 * another level's ("4 (Terdefinisi)"), the number and the name disagree. Null for any other cell
 * (a name that is no level's, a number out of range, a bare number).
 */
export function wordedLevel(raw: string, indicator: Indicator, framework: Framework, decimalComma: boolean): WordedLevel | null {
  const m = WORDED_LEVEL.exec(raw);
  if (!m || m[1] === raw) return null;
  const level = m[1]!;
  const parts = parseLevelParts(level, framework, decimalComma);
  if (!parts.ok) return null;
  const name = m[2];
  // a word before the number ("Tingkat 3"), nothing after it
  if (name === undefined) return { alone: level, disagree: null };
  const said = wordsKey(name);
  let named: number | null = null;
  for (const [n, levelName] of indicator.levelNames) if (wordsKey(levelName) === said) named = n;
  if (named === null) return null;
  return named * 10 ** parts.places === parts.numer ? { alone: level, disagree: null } : { alone: null, disagree: { level, name, named } };
}

/** Whether a refused row repeats the header row, cell for cell in any case (a second sheet pasted below the first). */
export function repeatsHeader(cells: readonly string[], header: readonly string[], indicatorIndex: number): boolean {
  // the indicator cell first: the usual refused row differs there, and is done with at once
  if (cells[indicatorIndex]?.toLowerCase() !== header[indicatorIndex]?.toLowerCase()) return false;
  for (let i = 0; i < Math.max(cells.length, header.length); i++) {
    if ((cells[i] ?? "").toLowerCase() !== (header[i] ?? "").toLowerCase()) return false;
  }
  return true;
}

/** What the one cell of a header without its columns seems to say: a delimiter in it, and whether it was in quotes. */
export interface OneCellHeader {
  readonly delimiter: string | null;
  readonly quoted: boolean;
}

/**
 * A header read as one cell that holds a delimiter (`found`: its cells), for the missing column's
 * message. The file's own delimiter in that cell can only have been inside quotes (a spreadsheet
 * quotes a cell holding its delimiter: `"indikator;tingkat"` above `;` rows); so can any where
 * none was found outside quotes (`default`: every line quoted whole): `quoted`, the quotes are
 * what is wrong. Another delimiter where the file's was given (`--delimiter`, a `sep=` line) is
 * the delimiter that seems meant. Where the sniffer chose another, the header held it only in
 * quotes or was a title above the table (`sniff`): neither says what delimiter to give.
 */
export function oneCellHeader(found: readonly string[], dialect: Dialect): OneCellHeader {
  const cell = found.length === 1 ? found[0]! : "";
  if (cell.includes(dialect.delimiter)) return { delimiter: dialect.delimiter, quoted: true };
  const held = DELIMITERS.find((d) => cell.includes(d)) ?? null;
  if (held === null || dialect.delimiterSource === "sniffed") return { delimiter: null, quoted: false };
  return { delimiter: held, quoted: dialect.delimiterSource === "default" };
}
