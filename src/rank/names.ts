import { detach } from "../core/detach.js";
import { deepFreeze } from "../core/freeze.js";
import { PROVINSI_SINGKATAN } from "./provinsi-singkatan.js";

/**
 * Names as people write them. The ministry prints "Pemerintah Kab. Nias Barat",
 * a coordinator's sheet says "Kabupaten Nias Barat" or "Kab Nias Barat", a
 * news story "Pemkab Nias Barat": all one instansi. Matching is on a key made
 * after normalising case, spacing, punctuation, the "Pemerintah (Daerah)" and
 * "Pemda" prefixes, the short forms Kab./Pemkab/Pemkot/Prov./Pemprov/Kep. and
 * NTB/NTT/DIY/D.I., a province's short form after Provinsi/Prov./Pemprov
 * ("Pemprov Jabar"), a state body's "Sekretariat (Jenderal)" and a trailing
 * "RI". Aceh and D.I. Yogyakarta are provinces whose own names carry no
 * "Provinsi" (the ministry prints "Pemerintah Aceh", "Pemerintah D.I.
 * Yogyakarta"): either way they are the province. Renamed bodies (Kemenko
 * Kemaritiman → … dan Investasi) are not guessed: they are counted as unmatched.
 */
// frozen, as all the library shares between calls (core/freeze.ts)
export const KATEGORI = Object.freeze(["kementerian", "lembaga", "provinsi", "kabupaten", "kota"] as const);
export type Kategori = (typeof KATEGORI)[number];

/** What `--kategori` accepts: a category, or a group of them (pemda: the regions, pusat: central bodies). */
export const KATEGORI_FILTERS: Readonly<Record<string, readonly Kategori[]>> = deepFreeze({
  kementerian: ["kementerian"],
  lembaga: ["lembaga"],
  provinsi: ["provinsi"],
  kabupaten: ["kabupaten"],
  kota: ["kota"],
  pemda: ["provinsi", "kabupaten", "kota"],
  pusat: ["kementerian", "lembaga"],
});

/** Lower case, accents and punctuation gone, words one space apart. An ASCII name (nearly all) has no accent to decompose. */
const fold = (text: string): string =>
  (ASCII.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Short forms of place names spelled out, in a folded text with a space at
 * each end: "Kep. Bangka Belitung" (the 2024 table) is Kepulauan Bangka
 * Belitung, and "D.I. Yogyakarta" (folded "d i yogyakarta"), "Daerah Istimewa
 * Yogyakarta" and "DIY" are one.
 */
const spelledOut = (padded: string): string => rewrite(padded, SPELLED_OUT);

/**
 * A rewrite of a folded name: each pattern replaced in turn, but only asked where one of its
 * `needles` (text every match holds) is in the name. A name rarely holds any, and a regex replace that
 * finds nothing still costs its scan: seventeen of them per name were a fifth of `rank`'s entries
 * for a national file (README, Kinerja). The same result as every replace in turn (test/names.test.ts).
 */
type Rewrite = readonly [needles: readonly string[], pattern: RegExp, by: string];

function rewrite(text: string, rules: readonly Rewrite[]): string {
  let out = text;
  for (const [needles, pattern, by] of rules) {
    for (const needle of needles) {
      if (out.includes(needle)) {
        out = out.replace(pattern, by);
        break;
      }
    }
  }
  return out;
}

const SPELLED_OUT: readonly Rewrite[] = [
  [[" kep "], / kep /g, " kepulauan "],
  [[" ntb "], / ntb /g, " nusa tenggara barat "],
  [[" ntt "], / ntt /g, " nusa tenggara timur "],
  [[" diy "], / diy /g, " di yogyakarta "],
  [[" d i ", " daerah istimewa "], / (d i|daerah istimewa) /g, " di "],
  [[" nanggroe aceh darussalam "], / nanggroe aceh darussalam /g, " aceh "],
];

/** The prefixes and short forms of a name's key (`nameKey`), in the order they are undone. */
const NAME_KEY: readonly Rewrite[] = [
  [[" pemerintah "], / pemerintah /g, " "],
  [[" pemda ", " daerah "], /^ (pemda|daerah) /, " "],
  [[" pemkab "], / pemkab /g, " kabupaten "],
  [[" pemkot "], / pemkot /g, " kota "],
  [[" pemprov "], / pemprov /g, " provinsi "],
  [[" kab "], / kab /g, " kabupaten "],
  [[" prov "], / prov /g, " provinsi "],
  // a no-op on a folded name (single spaces only, and the rules above write single spaces): kept, guarded, as the chain had it
  [["  "], /\s+/g, " "],
  // the 2024 report names a state body by its secretariat ("Sekretariat Jenderal Mahkamah Konstitusi"),
  // 2023 by the body; "Mahkamah Agung RI" and "Ombudsman Republik Indonesia" drop the country
  [[" sekretariat jenderal "], /^ sekretariat jenderal (?=\S)/, " "],
  [[" sekretariat "], /^ sekretariat (?=\S+ \S)/, " "],
  [[" ri ", " republik indonesia "], / (ri|republik indonesia) $/, " "],
];

/** Provinces whose names carry no "Provinsi": their key gets it, as every other province's has. */
const PROVINCES_BY_NAME = new Set(["aceh", "di yogyakarta"]);

const nameKeys = new Map<string, string>();

/** The matching key of an instansi's name: "Pemerintah Kab. Nias Barat" and "kabupaten  nias barat" give "kabupaten nias barat". */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = keyOf(name);
    // a national table's 600 names come again in each year's (584 of 2024's as 2023 wrote them), and a
    // table without a kategori column asks twice per row (its kategori, its entry): each name's key is
    // worked out once, as a province's is (`provinsiKey`). Rewriting them was a fifth of reading a national
    // table. Kept as a copy of its own: the name may be a view of a whole piece of the file (`detach`)
    if (nameKeys.size < 4096 && name.length <= 256) nameKeys.set(detach(name), key);
  }
  return key;
}

function keyOf(name: string): string {
  const key = rewrite(spelledOut(` ${fold(name)} `), NAME_KEY).trim();
  if (PROVINCES_BY_NAME.has(key)) return `provinsi ${key}`;
  // "Pemprov Jabar": a short form, only after the word that says it is a province (a bare "Jabar", or
  // "Kota Jogja", is not taken for one), spelled out as the province's own name is keyed
  const full = key.startsWith("provinsi ") ? shortFormNames().get(key.slice("provinsi ".length)) : undefined;
  return full === undefined ? key : `provinsi ${spelledKey(full)}`;
}

/** A category as written ("Kabupaten", "Pemerintah Kota", "LPNK") → the category, or null. */
export function kategoriOf(text: string): Kategori | null {
  const k = fold(text);
  if (/^(pemerintah )?(kabupaten|kab)$/.test(k)) return "kabupaten";
  if (/^(pemerintah )?kota$/.test(k)) return "kota";
  if (/^(pemerintah )?(provinsi|prov)$/.test(k)) return "provinsi";
  if (/^kementerian$/.test(k)) return "kementerian";
  if (/^(lembaga|lpnk|lns|badan)$/.test(k)) return "lembaga";
  return null;
}

/** A category read from the name itself, where it says one ("Kab. X", "Kota Y", "Provinsi Z", "Kementerian …"). */
export function kategoriFromName(name: string): Kategori | null {
  return kategoriFromKey(nameKey(name));
}

/** `kategoriFromName` of a name whose `nameKey` is already at hand. */
export function kategoriFromKey(key: string): Kategori | null {
  if (key.startsWith("kabupaten ")) return "kabupaten";
  if (key.startsWith("kota ")) return "kota";
  if (key.startsWith("provinsi ")) return "provinsi";
  if (key.startsWith("kementerian ")) return "kementerian";
  return null;
}

/**
 * A province name's key without its short forms looked up, and without the word before it that only
 * says it is a province ("Provinsi", "Prov.", "Prov"): "Prov. Jabar" is looked up as "Jabar" is.
 */
const spelledKey = (name: string): string =>
  spelledOut(` ${fold(name)} `)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(provinsi|prov) /, "");

/** The key of each short form ("jabar") → the province it names, as the ministry spells it ("Jawa Barat"); made once, when first asked. */
let shortForms: Map<string, string> | undefined;
const shortFormNames = (): Map<string, string> =>
  (shortForms ??= new Map(Object.entries(PROVINSI_SINGKATAN).map(([short, full]) => [spelledKey(short), full])));

const provinsiKeys = new Map<string, string>();

/**
 * Province names compared as keys ("DI Yogyakarta" = "D.I. Yogyakarta" = "DIY", "Kep. Riau" =
 * "Kepulauan Riau", "Jabar" = "Prov. Jabar" = "Provinsi Jawa Barat": the short forms of `PROVINSI_SINGKATAN`).
 */
export const provinsiKey = (name: string): string => {
  let key = provinsiKeys.get(name);
  if (key === undefined) {
    const spelled = spelledKey(name);
    const full = shortFormNames().get(spelled);
    key = full === undefined ? spelled : spelledKey(full);
    // a table names a few dozen provinces, row after row: each spelling is worked out once
    if (provinsiKeys.size < 1024 && name.length <= 256) provinsiKeys.set(detach(name), key);
  }
  return key;
};

/** The province a short form names, as the ministry spells it ("jabar", "Prov. Jabar" → "Jawa Barat"); null for any other text. */
export function provinsiOfShortForm(text: string): string | null {
  return shortFormNames().get(spelledKey(text)) ?? null;
}

/**
 * Each province's name by its key, as the entries spell it: the first national row's spelling
 * ("Kep. Bangka Belitung" as the 2024 table prints it), else the first of the user's. The one place a
 * province's shown name is chosen: `rank`'s groups, a standing's province, the CLI's `--provinsi`.
 */
export function provinsiNames(entries: Iterable<{ readonly provinsi: string | null; readonly user: boolean }>): Map<string, string> {
  const names = new Map<string, string>();
  const national = new Set<string>();
  for (const e of entries) {
    if (e.provinsi === null) continue;
    const key = provinsiKey(e.provinsi);
    if (national.has(key) || (names.has(key) && e.user)) continue;
    names.set(key, e.provinsi);
    if (!e.user) national.add(key);
  }
  return names;
}
