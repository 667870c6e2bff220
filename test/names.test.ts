/**
 * `nameKey` asks each of its rewrites only where the name holds text the rewrite's pattern needs (a
 * national file's names rarely hold any, and a regex replace that finds nothing still scans). It must
 * key every name exactly as the plain chain of replaces did: checked against that chain, kept here as
 * the reference, on every bundled national name and on names made of the words the rewrites look for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../src/io/csv.js";
import { nameKey } from "../src/rank/names.js";

const root = join(fileURLToPath(import.meta.url), "..", "..");

/** nameKey as it was before its rewrites were guarded: every replace, in turn. */
function referenceKey(name: string): string {
  const folded = (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  let key = ` ${folded} `
    .replace(/ kep /g, " kepulauan ")
    .replace(/ ntb /g, " nusa tenggara barat ")
    .replace(/ ntt /g, " nusa tenggara timur ")
    .replace(/ diy /g, " di yogyakarta ")
    .replace(/ (d i|daerah istimewa) /g, " di ")
    .replace(/ nanggroe aceh darussalam /g, " aceh ");
  key = key
    .replace(/ pemerintah /g, " ")
    .replace(/^ (pemda|daerah) /, " ")
    .replace(/ pemkab /g, " kabupaten ")
    .replace(/ pemkot /g, " kota ")
    .replace(/ pemprov /g, " provinsi ")
    .replace(/ kab /g, " kabupaten ")
    .replace(/ prov /g, " provinsi ")
    .replace(/\s+/g, " ");
  key = key
    .replace(/^ sekretariat jenderal (?=\S)/, " ")
    .replace(/^ sekretariat (?=\S+ \S)/, " ")
    .replace(/ (ri|republik indonesia) $/, " ");
  return key.trim();
}

/** nameKey's own last step (provinces by name, short forms after "provinsi"), on the reference's key: unchanged by the guards. */
const endsAlike = (name: string) => {
  const key = referenceKey(name);
  // those two steps only touch keys that are a province by name or start with "provinsi "
  return key === "aceh" || key === "di yogyakarta" || key.startsWith("provinsi ");
};

describe("nameKey's guarded rewrites", () => {
  it("key every bundled national name as the plain chain of replaces did", () => {
    let names = 0;
    for (const year of ["2023", "2024"]) {
      const [header, ...rows] = tokenize(readFileSync(join(root, "data", "nasional", `nasional-${year}.csv`), "utf8"), ",").records;
      const column = header!.cells.indexOf("instansi");
      for (const row of rows) {
        const name = row.cells[column]!;
        if (endsAlike(name)) expect(nameKey(name), name).toMatch(/^provinsi /);
        else expect(nameKey(name), name).toBe(referenceKey(name));
        names++;
      }
    }
    expect(names).toBeGreaterThan(1000);
  });

  it("key names made of the words the rewrites look for as the plain chain did", () => {
    const word = fc.constantFrom(
      "Pemerintah",
      "Pemda",
      "Daerah",
      "Pemkab",
      "Pemkot",
      "Pemprov",
      "Kab.",
      "Kab",
      "Prov.",
      "Kep.",
      "NTB",
      "NTT",
      "DIY",
      "D.I.",
      "Daerah Istimewa",
      "Nanggroe Aceh Darussalam",
      "Sekretariat",
      "Jenderal",
      "RI",
      "Republik Indonesia",
      "Kota",
      "Bandung",
      "Mahkamah",
      "Agung",
      "Ñias",
      "  ",
      "-",
      "x",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 7 }), (words) => {
        const name = words.join(" ");
        if (!endsAlike(name)) expect(nameKey(name)).toBe(referenceKey(name));
      }),
      { numRuns: 2000 },
    );
  });
});
