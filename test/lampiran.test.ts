/**
 * The bundled spbe-2020 framework against the regulation's own tables:
 * `reference/permenpanrb-59-2020-lampiran.txt` is the Lampiran of PermenPANRB
 * 59/2020 as extracted from the published PDF (pdftotext -layout). Names and
 * weights of Tabel 7–9 and the level criteria of Tabel 1–2 are read from it
 * here and must match the data file word for word.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toText } from "../src/core/rational.js";
import { fw } from "./helpers.js";

const LAMPIRAN = readFileSync(new URL("../reference/permenpanrb-59-2020-lampiran.txt", import.meta.url), "utf8");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** "1,30" → "1.3", "13,00" → "13" */
const weight = (s: string) => s.replace(",", ".").replace(/\.?0+$/, "");

/** The rows of a weight table: "Indikator 12   Tingkat Kematangan …   2,50" with its name continued on the following lines. */
function weightTable(title: string, label: "Domain" | "Aspek" | "Indikator", end: string): Map<string, { name: string; weight: string }> {
  const start = LAMPIRAN.indexOf(title);
  const stop = LAMPIRAN.indexOf(end, start);
  const rows = new Map<string, { name: string[]; weight: string }>();
  let current: string | null = null;
  const row = new RegExp(`^\\s*${label} (\\d+)\\s+(.*?)\\s+(\\d+,\\d+)\\s*$`);
  for (const line of LAMPIRAN.slice(start, stop).split("\n").slice(1)) {
    const m = row.exec(line);
    if (m) {
      current = m[1]!;
      rows.set(current, { name: [m[2]!], weight: m[3]! });
    } else if (current && line.trim() && !/^\s*-\d+-\s*$/.test(line)) {
      rows.get(current)!.name.push(line.trim());
    }
  }
  return new Map([...rows].map(([id, r]) => [id, { name: squash(r.name.join(" ")), weight: weight(r.weight) }]));
}

describe("spbe-2020 follows the Lampiran of PermenPANRB 59/2020", () => {
  const f = fw("spbe-2020");

  it("Tabel 7: domain names and weights", () => {
    const table = weightTable("Tabel 7 Bobot Domain", "Domain", "Total Bobot");
    expect(table.size).toBe(4);
    expect(f.domains.map((d) => [d.id, d.name, toText(d.weight)])).toEqual([...table].map(([id, r]) => [id, r.name, r.weight]));
  });

  it("Tabel 8: aspect names and weights (aspect 6 is Pelaksanaan Audit TIK)", () => {
    const table = weightTable("Tabel 8 Bobot Aspek", "Aspek", "Total Bobot");
    expect(table.size).toBe(8);
    expect(f.aspects.map((a) => [a.id, a.name, toText(a.weight)])).toEqual([...table].map(([id, r]) => [id, r.name, r.weight]));
    expect(f.aspects.find((a) => a.id === "6")!.aliases).toContain("Audit TIK");
  });

  it("Tabel 9: all 47 indicator names and weights, word for word", () => {
    const table = weightTable("Tabel 9 Bobot Indikator", "Indikator", "Total Bobot");
    expect(table.size).toBe(47);
    expect(f.indicators.map((i) => [i.id, i.name, toText(i.weight)])).toEqual([...table].map(([id, r]) => [id, r.name, r.weight]));
    expect(f.indicators.find((i) => i.id === "37")!.name).toBe("Tingkat Kematangan Layanan Kearsipan Dinamis");
    expect(f.indicators.find((i) => i.id === "44")!.name).toBe("Tingkat Kematangan Jaringan Dokumentasi dan Informasi Hukum (JDIH)");
  });

  it("Tabel 1 and 2: level names and criteria, quoted as the regulation writes them", () => {
    const text = squash(LAMPIRAN.replace(/^\s*-\d+-\s*$/gm, ""));
    for (const [id, table] of [
      ["1", "Tabel 1"],
      ["32", "Tabel 2"],
    ] as const) {
      const ind = f.indicators.find((i) => i.id === id)!;
      expect(ind.levelCriteria.size).toBe(5);
      expect(ind.levelCriteriaSource).toContain(table);
      for (const [level, criterion] of ind.levelCriteria) {
        // each criterion is the text after "N – Name" in the table, up to the next level
        const name = ind.levelNames.get(level)!;
        expect(text, `${table} level ${level}`).toContain(`${level} – ${name.split(" ")[0]}`);
        for (const sentence of criterion.split(/(?<=\.) /)) expect(text, `${table} level ${level}`).toContain(sentence);
      }
    }
    expect(f.indicators.find((i) => i.id === "47")!.levelNames.get(5)).toBe("Optimum");
  });

  it("Tabel 13: the predikat bands", () => {
    const rows = [...LAMPIRAN.slice(LAMPIRAN.indexOf("Tabel 13 Predikat")).matchAll(/^\s*\d\s+(<?\s*[\d,]+(?:\s*–\s*<?\s*[\d,]+)?)\s+(\S.*?)\s*$/gm)]
      .slice(0, 5)
      .map((m) => [squash(m[2]!), squash(m[1]!)]);
    expect(rows).toEqual([
      ["Memuaskan", "4,2 – 5,0"],
      ["Sangat Baik", "3,5 – < 4,2"],
      ["Baik", "2,6 – < 3,5"],
      ["Cukup", "1,8 – < 2,6"],
      ["Kurang", "< 1,8"],
    ]);
    expect(f.bands.map((b) => [b.predikat, b.min && toText(b.min), toText(b.max)])).toEqual([
      ["Memuaskan", "4.2", "5"],
      ["Sangat Baik", "3.5", "4.2"],
      ["Baik", "2.6", "3.5"],
      ["Cukup", "1.8", "2.6"],
      ["Kurang", null, "1.8"],
    ]);
  });
});
