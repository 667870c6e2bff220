/**
 * rank and trend on small tables built here: tie ranks, grouping, filters,
 * year selection, the previous-year change, name matching, standing, trends
 * with gaps, targets reached and not, mixed frameworks refused.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readAssessments } from "../src/assessment/read.js";
import { badTargetArgs } from "../src/cli/commands/common.js";
import { builtinFramework, builtinFrameworks } from "../src/frameworks/builtin.js";
import { loadFramework } from "../src/frameworks/load.js";
import { findingMessage } from "../src/messages/findings.js";
import { entryFromAssessment, type RankEntry } from "../src/rank/entry.js";
import { kategoriFromName, kategoriOf, nameKey, provinsiKey, provinsiNames, provinsiOfShortForm } from "../src/rank/names.js";
import { PROVINSI_SINGKATAN } from "../src/rank/provinsi-singkatan.js";
import { placeAmong, rank, summarize } from "../src/rank/rank.js";
import { rankTarget } from "../src/rank/target.js";
import { matchInstansi, TargetRefusedError, trend } from "../src/rank/trend.js";
import { entryBasisNote } from "../src/report/predikat-text.js";
import { targetLine } from "../src/report/trend-sections.js";
import { entriesOf, readInput, takeEntries } from "../src/results/input.js";
import { kanwilOnHundred } from "./helpers.js";

const SPBE_2020 = builtinFramework("spbe-2020")!;
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A result table's entries: `user` says whether it is the user's own or the national results. */
/** `m` as `rank` placed it (its kategori and provinsi filled in), with its own year back. */
const placedAs = (placed: RankEntry, m: RankEntry): RankEntry => ({ ...placed, tahun: m.tahun });

function entries(text: string, options: { user?: boolean; source?: string } = {}): RankEntry[] {
  const file = options.source ?? "hasil.csv";
  const input = readInput(new TextEncoder().encode(text), { file, framework: SPBE_2020, frameworks: builtinFrameworks() });
  return entriesOf(input, { user: options.user ?? false, source: options.source }).entries;
}
const national = (rows: string[], year = 2024) =>
  entries(["tahun,kategori,provinsi,instansi,indeks,predikat", ...rows.map((r) => `${year},${r}`)].join("\n"), { source: `nasional-${year}` });

const ranks = (report: ReturnType<typeof rank>, g = 0) => report.groups[g]!.rows.map((r) => `${r.rank} ${r.entry.instansi} ${r.entry.display}`);

describe("province short forms", () => {
  const provinces = (year: number) => {
    const lines = readFileSync(join(ROOT, `data/nasional/nasional-${year}.csv`), "utf8")
      .split("\n")
      .slice(1);
    return new Set(lines.map((l) => l.split(",")[2]!).filter((p) => p !== "" && p !== undefined));
  };

  it("each names one province as the national tables spell it, and is no province's own name", () => {
    const known = provinces(2024);
    expect(known.size).toBe(38);
    const keys = new Set([...known].map(provinsiKey));
    for (const [short, full] of Object.entries(PROVINSI_SINGKATAN)) {
      expect(known.has(full), short).toBe(true);
      expect(provinsiKey(short), short).toBe(provinsiKey(full));
      expect(provinsiOfShortForm(short.toLowerCase()), short).toBe(full);
    }
    // 38 provinces, 38 keys: no short form joined two
    expect(keys.size).toBe(38);
    expect(provinsiKey("Provinsi Jabar")).toBe("jawa barat");
    expect(provinsiOfShortForm("Jawa Barat")).toBeNull();
  });

  // "Prov. Jabar" and "Prov Jabar" were no province at all, though "Provinsi Jabar" was Jawa Barat
  it("a short form after Provinsi, Prov. or Prov names the province as the plain short form does", () => {
    for (const written of ["Provinsi Jabar", "Prov. Jabar", "Prov Jabar", "PROV.JABAR", "prov.  jabar"]) {
      expect(provinsiKey(written), written).toBe("jawa barat");
      expect(provinsiOfShortForm(written), written).toBe("Jawa Barat");
    }
    expect(provinsiKey("Prov. Jawa Barat")).toBe(provinsiKey("Jawa Barat"));
    expect(provinsiKey("Prov. Kep. Riau")).toBe(provinsiKey("Kepulauan Riau"));
    expect(provinsiOfShortForm("Prov. Jawa Barat")).toBeNull();
    // only a province's prefix: no other word is dropped, and a short form inside a longer name stays as written
    expect(provinsiOfShortForm("Kabupaten Jabar")).toBeNull();
    expect(provinsiKey("Kabupaten Jabar")).toBe("kabupaten jabar");
    expect(provinsiOfShortForm("Provinsi")).toBeNull();
    expect(provinsiOfShortForm("Prov")).toBeNull();
    expect(provinsiOfShortForm("Provinsijabar")).toBeNull();
  });

  it("a province is named as its first national row spells it, else as the user's first row does", () => {
    const names = provinsiNames([
      { provinsi: "jabar", user: true },
      { provinsi: "Jawa Barat", user: false },
      { provinsi: "JAWA BARAT", user: false },
      { provinsi: "kaltara", user: true },
      { provinsi: "Kalimantan Utara", user: true },
      { provinsi: null, user: false },
    ]);
    expect(names).toEqual(
      new Map([
        ["jawa barat", "Jawa Barat"],
        ["kalimantan utara", "kaltara"],
      ]),
    );
  });
});

describe("names", () => {
  it("one key for the ways people write an instansi", () => {
    const key = nameKey("Pemerintah Kab. Nias Barat");
    for (const n of ["Kabupaten Nias Barat", "kab  nias barat", "Pemkab Nias Barat", "KABUPATEN NIAS BARAT"]) expect(nameKey(n)).toBe(key);
    expect(nameKey("Pemerintah Provinsi NTB")).toBe(nameKey("Pemerintah Provinsi Nusa Tenggara Barat"));
    expect(nameKey("Sekretariat Jenderal Mahkamah Konstitusi")).toBe(nameKey("Mahkamah Konstitusi"));
    expect(nameKey("Ombudsman Republik Indonesia")).toBe(nameKey("Sekretariat Jenderal Ombudsman"));
    // a kabupaten and the city of the same name stay apart
    expect(nameKey("Kab. Bandung")).not.toBe(nameKey("Kota Bandung"));
    expect(nameKey("Sekretariat Kabinet")).toBe("sekretariat kabinet");
  });

  // "Pemprov Jabar" in a coordinator's sheet never met the national "Pemerintah Provinsi Jawa Barat"
  // (its trend showed only the sheet's years), though --provinsi and the provinsi column read "Jabar"
  it("a province named by its short form after Provinsi/Prov./Pemprov matches the province", () => {
    for (const n of ["Pemprov Jabar", "Provinsi Jabar", "Prov. Jabar", "Pemerintah Provinsi Jabar"])
      expect(nameKey(n), n).toBe(nameKey("Pemerintah Provinsi Jawa Barat"));
    expect(nameKey("Pemprov DKI")).toBe(nameKey("Pemerintah Provinsi DKI Jakarta"));
    expect(nameKey("Provinsi Jogja")).toBe(nameKey("Pemerintah D.I. Yogyakarta"));
    expect(nameKey("Provinsi Babel")).toBe(nameKey("Pemerintah Provinsi Kep. Bangka Belitung"));
    // only after the word that says it is a province: a regency or a city keeps its name, and a bare
    // short form is not guessed (the ministry's tables never name an instansi so)
    expect([nameKey("Kab. Jabar"), nameKey("Kota Jogja"), nameKey("Jabar")]).toEqual(["kabupaten jabar", "kota jogja", "jabar"]);
  });

  // the 2024 table prints "Pemerintah Aceh" and "Pemerintah D.I. Yogyakarta": a user's "Pemprov DIY" matched
  // neither, and was ranked beside its own national row
  it("the provinces named without 'Provinsi', and the short forms Kep. and D.I., match as people write them", () => {
    for (const n of ["Pemprov DIY", "Provinsi DI Yogyakarta", "Pemerintah Daerah DIY", "Provinsi Daerah Istimewa Yogyakarta", "DIY"]) {
      expect(nameKey(n)).toBe(nameKey("Pemerintah D.I. Yogyakarta"));
    }
    for (const n of ["Pemerintah Provinsi Aceh", "Provinsi Nanggroe Aceh Darussalam", "Pemprov Aceh"]) expect(nameKey(n)).toBe(nameKey("Pemerintah Aceh"));
    expect(kategoriFromName("Pemerintah Aceh")).toBe("provinsi");
    expect(nameKey("Kabupaten Kepulauan Mentawai")).toBe(nameKey("Pemerintah Kab. Kep. Mentawai"));
    expect(nameKey("Provinsi Kepulauan Bangka Belitung")).toBe(nameKey("Pemerintah Provinsi Kep. Bangka Belitung"));
    expect(nameKey("Pemerintah Daerah Kabupaten Sleman")).toBe(nameKey("Kab. Sleman"));
    // the regencies and cities of those provinces keep their own names
    expect(nameKey("Kab. Aceh Besar")).toBe("kabupaten aceh besar");
    expect(nameKey("Kota Yogyakarta")).toBe("kota yogyakarta");
    expect(provinsiKey("D.I. Yogyakarta")).toBe(provinsiKey("DI Yogyakarta"));
    expect(provinsiKey("DIY")).toBe(provinsiKey("DI Yogyakarta"));
    expect(provinsiKey("Kep. Bangka Belitung")).toBe(provinsiKey("Kepulauan Bangka Belitung"));
  });

  it("every 2024 national row keeps a key of its own, and every province its kategori by name", () => {
    const all = entries(readFileSync(join(ROOT, "data/nasional/nasional-2024.csv"), "utf8"), { source: "nasional-2024" });
    expect(all).toHaveLength(615);
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
    const provinces = all.filter((e) => e.kategori === "provinsi");
    expect(provinces).toHaveLength(38);
    for (const p of provinces) expect(kategoriFromName(p.instansi)).toBe("provinsi");
  });

  it("the same key for a name with accents as for its ASCII spelling (ASCII names skip the decomposition)", () => {
    for (const name of ["Pemerintah Kab. Nias Barat", "Kota Banda Aceh", "Pemprov DIY", "Kab  Pidie Jaya (RI)"]) {
      // a combining acute accent after each letter, and a precomposed é: both decompose away
      const accented = name.replace(/[a-z]/g, (c) => `${c}\u0301`).replace(/e/g, "é");
      expect(nameKey(accented)).toBe(nameKey(name));
    }
    expect(nameKey("Kabupaten Pidië")).toBe("kabupaten pidie");
  });

  it("kategori from its column or from the name", () => {
    expect(kategoriOf("Pemerintah Kota")).toBe("kota");
    expect(kategoriOf("LPNK")).toBe("lembaga");
    expect(kategoriOf("desa")).toBeNull();
    expect(kategoriFromName("Pemerintah Kab. Sumedang")).toBe("kabupaten");
    expect(kategoriFromName("Kementerian Keuangan")).toBe("kementerian");
    expect(kategoriFromName("Badan Pusat Statistik")).toBeNull();
  });
});

describe("rank", () => {
  const year = national([
    "kabupaten,Jawa Barat,Kab. A,3.50,Sangat Baik",
    "kabupaten,Jawa Barat,Kab. B,3.80,Sangat Baik",
    "kabupaten,Jawa Tengah,Kab. C,3.80,Sangat Baik",
    "kota,Jawa Barat,Kota D,4.20,Memuaskan",
    "kabupaten,Jawa Tengah,Kab. E,2.10,Cukup",
    "kementerian,,Kementerian F,4.00,Sangat Baik",
  ]);

  it("ranks by the displayed index; equal ones share a rank (1, 2, 2, 4), then by name", () => {
    expect(ranks(rank(year))).toEqual(["1 Kota D 4.20", "2 Kementerian F 4.00", "3 Kab. B 3.80", "3 Kab. C 3.80", "5 Kab. A 3.50", "6 Kab. E 2.10"]);
  });

  // found by a review of the library: { kategori: "Kabupaten" } ranked nobody and { top: 0 } listed no row,
  // without a word, where the CLI refuses both
  it("refuses a kategori, or a top, the CLI would refuse (RangeError), instead of ranking nobody", () => {
    expect(() => rank(year, { kategori: "Kabupaten" })).toThrow(
      new RangeError("rank: kategori 'Kabupaten' is none of kementerian, lembaga, provinsi, kabupaten, kota, pemda, pusat"),
    );
    expect(() => placeAmong(year, year.slice(0, 1), { kategori: "kab" })).toThrow(RangeError);
    for (const top of [0, -1, 1.5, Number.NaN])
      expect(() => rank(year, { top }), String(top)).toThrow(new RangeError(`rank: top ${top} is not a whole number of 1 or more`));
    expect(ranks(rank(year, { kategori: "pemda", top: 1 }))).toEqual(["1 Kota D 4.20"]);
  });

  it("within a tie, the exact index where known comes first", () => {
    // two assessments both shown 3.80 ... built from a table of levels would be long: the entry is enough
    const a = { ...year[1]!, instansi: "Kab. Z", key: "kabupaten z", exact: { n: 3801n, d: 1000n }, user: true };
    const b = { ...year[2]!, exact: null };
    expect(ranks(rank([a, b])).map((r) => r.split(" ").slice(0, 3).join(" "))).toEqual(["1 Kab. Z", "1 Kab. C"]);
  });

  it("filters by kategori (and its groups) and by provinsi, spelled any way", () => {
    expect(ranks(rank(year, { kategori: "kabupaten" }))).toEqual(["1 Kab. B 3.80", "1 Kab. C 3.80", "3 Kab. A 3.50", "4 Kab. E 2.10"]);
    expect(ranks(rank(year, { kategori: "pemda", provinsi: "jawa barat" }))).toEqual(["1 Kota D 4.20", "2 Kab. B 3.80", "3 Kab. A 3.50"]);
    expect(ranks(rank(year, { kategori: "pusat" }))).toEqual(["1 Kementerian F 4.00"]);
  });

  it("a ranking per group, and a summary per group", () => {
    const r = rank(year, { kategori: "pemda", by: "provinsi" });
    expect(r.groups.map((g) => g.key)).toEqual(["Jawa Barat", "Jawa Tengah"]);
    expect(ranks(r, 1)).toEqual(["1 Kab. C 3.80", "2 Kab. E 2.10"]);
    const s = r.groups[0]!.summary;
    expect([s.count, s.mean?.display, s.median?.display, s.min?.display, s.max?.display]).toEqual([3, "3.83", "3.80", "3.50", "4.20"]);
    expect(s.predikat).toEqual([
      { predikat: "Memuaskan", count: 1 },
      { predikat: "Sangat Baik", count: 2 },
    ]);
    // an even count: the median is the mean of the two middle values
    expect(summarize(year.slice(0, 2)).median?.display).toBe("3.65");
  });

  it("--top keeps the ties at the cut", () => {
    const r = rank(year, { top: 3 });
    expect(ranks(r)).toEqual(["1 Kota D 4.20", "2 Kementerian F 4.00", "3 Kab. B 3.80", "3 Kab. C 3.80"]);
    expect(r.groups[0]!.total).toBe(6);
  });

  it("ranks the latest year by default, another with tahun; the change is from the year before, matched by name", () => {
    const before = national(["kabupaten,Jawa Barat,Pemerintah Kabupaten A,3.23,Baik", "kabupaten,Jawa Barat,Kab. B,3.90,Sangat Baik"], 2023);
    const r = rank([...before, ...year], { kategori: "kabupaten" });
    expect(r.tahun).toBe(2024);
    expect(r.previousYear).toBe(2023);
    const change = Object.fromEntries(r.groups[0]!.rows.map((x) => [x.entry.instansi, x.change?.display ?? null]));
    expect(change).toEqual({ "Kab. A": "0.27", "Kab. B": "-0.10", "Kab. C": null, "Kab. E": null });
    expect(r.unmatched).toBe(2);
    const old = rank([...before, ...year], { tahun: 2023 });
    expect(ranks(old)).toEqual(["1 Kab. B 3.90", "2 Pemerintah Kabupaten A 3.23"]);
    expect(old.previousYear).toBeNull();
  });

  // an undated entry of the user's joined the year before too, pushed its instansi's row of that year out,
  // and so lost its change and was counted unmatched
  it("an undated entry of the user's is ranked in the latest year with its change from the year before", () => {
    const before = national(["kabupaten,Jawa Barat,Pemerintah Kabupaten A,3.23,Baik", "kabupaten,Jawa Barat,Kab. B,3.90,Sangat Baik"], 2023);
    const mine = entries("instansi,indeks\nKabupaten A,3.90\n", { user: true, source: "mine.csv" });
    const r = rank([...before, ...year, ...mine], { kategori: "kabupaten" });
    expect([r.tahun, r.previousYear, r.undated, r.unmatched]).toEqual([2024, 2023, 1, 2]);
    const mineRow = r.groups[0]!.rows.find((x) => x.entry.user)!;
    expect([mineRow.entry.display, mineRow.replaces, mineRow.change?.display]).toEqual(["3.90", true, "0.67"]);
  });

  // found by a review: with two rows of one's own, each standing left the other out of the ranking it was
  // said against ("16 of 17" beside a table of 18)
  it("a standing counts the user's other rows of the year as the table ranks them", () => {
    const mine = entries("instansi,tahun,indeks,provinsi\nKabupaten A,2024,3.90,Jawa Barat\nKab. Baru,2024,2.00,Jawa Barat\n", {
      user: true,
      source: "mine.csv",
    });
    const r = rank([...year, ...mine], { kategori: "kabupaten", provinsi: "Jawa Barat" });
    const table = ranks(r);
    const place = (name: string) => table.findIndex((row) => row.includes(name)) + 1;
    const of = (name: string) => r.standing.find((s) => s.entry.instansi === name)!;
    expect(of("Kabupaten A").provinsi).toMatchObject({ rank: place("Kabupaten A"), of: table.length });
    expect(of("Kab. Baru").provinsi).toMatchObject({ rank: place("Kab. Baru"), of: table.length });
    expect(of("Kab. Baru").national).toMatchObject({ rank: 5, of: 5 });
  });

  // a second read: placed by scanning the year, 21 000 entries of one's own among the national results took
  // 80 s and 227 MB (13 million names of the next rank up); now by binary search, one array per run of ties
  it("standings are placed from one sorted index: the same next rank up is one shared list of names", () => {
    const mine = entries("instansi,tahun,indeks,kategori\nKab. X,2024,3.00,kabupaten\nKab. Y,2024,3.00,kabupaten\nKab. Z,2024,2.00,kabupaten\n", {
      user: true,
    });
    const r = rank([...year, ...mine], { kategori: "kabupaten" });
    const [x, y, z] = ["Kab. X", "Kab. Y", "Kab. Z"].map((n) => r.standing.find((s) => s.entry.instansi === n)!);
    expect(x!.national).toEqual({ rank: 4, of: 7, percentile: 28 });
    expect(x!.nextUp).toMatchObject({ rank: 3, index: { display: "3.50" }, instansi: ["Kab. A"] });
    expect(y!.nextUp!.instansi).toBe(x!.nextUp!.instansi);
    expect(z!.nextUp).toMatchObject({ rank: 6, index: { display: "2.10" }, instansi: ["Kab. E"] });
    const w = rank([...year, ...mine.slice(0, 2), ...entries("instansi,tahun,indeks,kategori\nKab. W,2024,2.50,kabupaten\n", { user: true })], {
      kategori: "kabupaten",
    });
    expect(w.standing.find((s) => s.entry.instansi === "Kab. W")!.nextUp).toMatchObject({
      rank: 4,
      index: { display: "3.00" },
      instansi: ["Kab. X", "Kab. Y"],
    });
    expect(z!.national).toEqual({ rank: 7, of: 7, percentile: 0 });
  });

  // found by a second read: score --banding of a file with an instansi's mandiri and evaluasi placed the
  // first and said of the other "no national results in its kategori"
  it("placeAmong places each of the user's entries alone among the national ones", () => {
    const mine = entries("instansi,tahun,indeks,kategori\nKab. X,2024,3.90,kabupaten\nKab. X,2024,3.10,kabupaten\n", { user: true });
    const placed = placeAmong(year, mine);
    expect(placed.map((s) => s && [s.national!.rank, s.national!.of])).toEqual([
      [1, 5],
      [4, 5],
    ]);
  });

  // placeAmong sorts the national year once and derives each entry's lists from it; its definition is a
  // ranking of the national entries and that one entry: on random tables (ties, an instansi's own national
  // row, other years, blank kategori or provinsi, another framework's year, filters) the two agree
  it("placeAmong gives each entry the standing a ranking of the national entries and it alone gives", () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // the high bits: the low ones of this generator cycle (seed % 4 repeats every 4), and left whole
      // pairings of the tables untried (two spellings of one province, placed apart by sorting)
      return (seed >>> 16) % n;
    };
    const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)]!;
    const names = ["Kab. A", "Kabupaten A", "Kab. B", "Kota C", "Kab. D", "Provinsi E", "Kab. F"];
    const provinces = ["Jawa Barat", "Jawa Tengah", "jawa barat", ""];
    const kategori = ["kabupaten", "kota", "provinsi", ""];
    const index = () => pick(["2.00", "2.50", "2.75", "3.00", "3.01", "3.50", "4.20"]);
    const row = (tahun: string) => `${tahun},${pick(kategori)},${pick(provinces)},${pick(names)},${index()}`;
    const table = (years: readonly string[], n: number) =>
      ["tahun,kategori,provinsi,instansi,indeks", ...Array.from({ length: n }, () => row(pick(years)))].join("\n");
    let placed = 0;
    for (let round = 0; round < 80; round++) {
      const reference = entries(table(["2024", "2024", "2023", "2018"], 1 + next(12)), { source: "nasional" });
      const mine = entries(table(["2024", "2023", "2025", "2018", ""], 6), { user: true });
      const options = { kategori: pick([undefined, "kabupaten", "pemda"]), provinsi: pick([undefined, "Jawa Barat"]) };
      // an earlier year's entry (of a year without national rows) whose instansi has a row of the year ranked
      // is set aside by `rank` (it stood in for that newer result), and placed by placeAmong, asked one by
      // one: as `rank` places the same entry dated in the year ranked
      const latest = Math.max(...reference.map((e) => e.tahun ?? 0));
      const alone = mine.map((m) => {
        const earlier =
          m.tahun !== null && m.tahun < latest && !reference.some((e) => e.tahun === m.tahun) && reference.some((e) => e.key === m.key && e.tahun === latest);
        const standing = rank([...reference, earlier ? { ...m, tahun: latest } : m], options).standing[0] ?? null;
        return earlier && standing ? { ...standing, entry: placedAs(standing.entry, m) } : standing;
      });
      expect(placeAmong(reference, mine, options), `round ${round}`).toEqual(alone);
      placed += alone.filter((s) => s !== null).length;
    }
    // the tables place most entries: the comparison is not of nulls
    expect(placed).toBeGreaterThan(200);
  });

  // found by a review: 2025's row placed among 2024's results showed its change from 2023, hiding 2024
  it("an entry of another year placed in the year ranked has no change from the year before it", () => {
    const before = national(["kabupaten,Jawa Barat,Kab. A,3.23,Baik"], 2023);
    const mine = entries("instansi,tahun,indeks\nKabupaten A,2025,3.90\n", { user: true, source: "mine.csv" });
    const row = rank([...before, ...year, ...mine], { kategori: "kabupaten" }).groups[0]!.rows.find((x) => x.entry.user)!;
    expect([row.entry.tahun, row.replaces, row.change]).toEqual([2025, true, null]);
  });

  // found by a review: --provinsi matched "jawa barat" to Jawa Barat, --by provinsi made it a group of its own
  it("--by provinsi groups a province however it is spelled, named as the national rows spell it", () => {
    const mine = entries("instansi,tahun,indeks,provinsi\nKab. Baru,2024,2.00,jawa barat\nKab. Lain,2024,2.20,Provinsi Jawa Barat\n", { user: true });
    const r = rank([...year, ...mine], { kategori: "kabupaten", by: "provinsi" });
    expect(r.groups.map((g) => [g.key, g.total])).toEqual([
      ["Jawa Barat", 4],
      ["Jawa Tengah", 2],
    ]);
  });

  // found by a review: two rows of one's own for one instansi in the year were ranked twice (19 of 18
  // kabupaten), and a 2025 row beside a 2024 one of the same instansi vanished in silence
  it("one row of the user's per instansi in the year ranked: the first given, the others said as rank/duplicate", () => {
    const mine = entries("instansi,tahun,indeks\nKabupaten A,2024,3.90\nKab. A,2024,3.10\nKab A,2025,3.70\n", { user: true, source: "mine.csv" });
    const r = rank([...year, ...mine], { kategori: "kabupaten" });
    expect(ranks(r)).toEqual(["1 Kabupaten A 3.90", "2 Kab. B 3.80", "2 Kab. C 3.80", "4 Kab. E 2.10"]);
    expect(r.findings.map((f) => [f.code, f.severity, f.line, f.args])).toEqual([
      ["rank/duplicate", "warning", 3, { instansi: "Kab. A", tahun: 2024, kept: "mine.csv:2", jenis: null, keptJenis: null }],
      // (a coordinator) the 2025 row is said as a later year's beside the instansi's 2024 one, not as "the first is ranked"
      ["rank/duplicate", "warning", 4, { instansi: "Kab A", tahun: 2024, kept: "mine.csv:2", jenis: null, keptJenis: null, later: 2025 }],
    ]);
    // the national row the user's stands in for is not a duplicate
    expect(rank([...year, ...mine.slice(0, 1)], { kategori: "kabupaten" }).findings).toEqual([]);
  });

  // found by a second read: a file of 4 300 assessments given twice printed 2 150 rank/duplicate lines
  it("says at most 1 000 duplicates of a file, as a file's own findings, and counts the rest", () => {
    const rows = Array.from({ length: 1_201 }, () => "Kab. A,2024,3.10").join("\n");
    const many = entries(`instansi,tahun,indeks\n${rows}\n`, { user: true, source: "banyak.csv" });
    for (const findings of [rank(many).findings, trend(many).findings]) {
      expect(findings.length).toBe(1_001);
      expect(findings.at(-1)).toMatchObject({ code: "file/too-many-findings", severity: "warning", file: "banyak.csv", args: { omitted: 200 } });
    }
  });

  // found by a coordinator: given an instansi's mandiri and its evaluasi, rank ranked the mandiri (the
  // first given) among official results and set the evaluasi aside; nothing in any format said which was which
  // (an exploratory tester, as a coordinator) "Kota Tanjung Pinang" became a second Tanjungpinang, counted only in
  // "2 instansi of 2024 not found in 2023"
  it("says the user's rows that stand for no national instansi, by file, with the nearest national name", () => {
    const mine = entries("instansi,tahun,indeks\nKabupaten Bandng Barat,2024,3.10\nKab. X,2024,2.90\nKabupaten A,2024,3.70\n", {
      user: true,
      source: "mine.csv",
    });
    const national = entries("instansi,tahun,indeks\nKabupaten Bandung Barat,2024,3.00\n", { user: false, source: "nasional-2024" });
    const r = rank([...year, ...national, ...mine], { kategori: "kabupaten" });
    expect(r.findings.map((f) => [f.code, f.file, f.line, f.args])).toEqual([
      [
        "rank/not-national",
        "mine.csv",
        2,
        {
          tahun: 2024,
          count: 2,
          names: [
            { instansi: "Kabupaten Bandng Barat", nearest: "Kabupaten Bandung Barat" },
            { instansi: "Kab. X", nearest: null },
          ],
        },
      ],
    ]);
    expect(findingMessage(r.findings[0]!, "en")).toBe(
      "2 instansi of this file match none of the national results of 2024, and are ranked as instansi of their own: 'Kabupaten Bandng Barat' (near 'Kabupaten Bandung Barat'), 'Kab. X'; write the name as the national results do for it to stand in for its row",
    );
    expect(findingMessage(r.findings[0]!, "id")).toMatch(
      /^2 instansi berkas ini tidak cocok dengan instansi mana pun di hasil nasional 2024, .*'Kabupaten Bandng Barat' \(mirip 'Kabupaten Bandung Barat'\), 'Kab\. X'; /,
    );
    // a ranking of the user's own rows, with no national year: nothing to match
    expect(rank(mine, {}).findings).toEqual([]);
  });

  it("an instansi's evaluasi is ranked over its mandiri whichever comes first; the mandiri is said set aside", () => {
    const mandiri = entries("instansi,tahun,indeks,jenis\nKab. X,2024,3.64,mandiri\n", { user: true, source: "mandiri.csv" });
    const evaluasi = entries("instansi,tahun,indeks,jenis\nKab. X,2024,3.08,Evaluasi\n", { user: true, source: "evaluasi.csv" });
    expect([mandiri[0]!.jenis, evaluasi[0]!.jenis, year[0]!.jenis]).toEqual(["mandiri", "evaluasi", "evaluasi"]);
    for (const mine of [
      [...mandiri, ...evaluasi],
      [...evaluasi, ...mandiri],
    ]) {
      const r = rank([...year, ...mine], { kategori: "kabupaten" });
      expect(r.groups[0]!.rows.filter((x) => x.entry.user).map((x) => [x.entry.display, x.entry.jenis])).toEqual([["3.08", "evaluasi"]]);
      expect(r.standing.map((x) => [x.entry.jenis, x.tahun])).toEqual([["evaluasi", 2024]]);
      expect(r.findings.map((f) => [f.code, f.file, f.args])).toEqual([
        ["rank/duplicate", "mandiri.csv", { instansi: "Kab. X", tahun: 2024, kept: "evaluasi.csv:2", jenis: "mandiri", keptJenis: "evaluasi" }],
        // no Kab. X among the national results: ranked as its own, and said (no national name near "x")
        ["rank/not-national", "evaluasi.csv", { tahun: 2024, count: 1, names: [{ instansi: "Kab. X", nearest: null }] }],
      ]);
      expect(findingMessage(r.findings[0]!, "en")).toContain("the evaluasi (evaluasi.csv:2), the official result, is ranked, not this mandiri");
    }
    // two of one jenis: the first given, as before
    const again = entries("instansi,tahun,indeks,jenis\nKab. X,2024,3.70,mandiri\n", { user: true, source: "lagi.csv" });
    const r = rank([...year, ...mandiri, ...again], { kategori: "kabupaten" });
    expect(r.findings.map((f) => [f.file, f.args])).toEqual([
      ["lagi.csv", { instansi: "Kab. X", tahun: 2024, kept: "mandiri.csv:2", jenis: "mandiri", keptJenis: "mandiri" }],
      ["mandiri.csv", { tahun: 2024, count: 1, names: [{ instansi: "Kab. X", nearest: null }] }],
    ]);
    expect(findingMessage(r.findings[0]!, "en")).toContain("the first (mandiri.csv:2) is ranked");
  });

  it("jenis: only entries of that jenis are ranked (self-assessments among themselves); one that says none is left out", () => {
    const mine = entries("instansi,tahun,indeks,jenis\nKab. X,2024,3.64,mandiri\nKab. Y,2024,3.20,mandiri\nKab. X,2024,3.08,evaluasi\nKab. Z,2024,3.00,\n", {
      user: true,
      source: "mine.csv",
    });
    const r = rank([...year, ...mine], { kategori: "kabupaten", jenis: "mandiri" });
    expect(ranks(r)).toEqual(["1 Kab. X 3.64", "2 Kab. Y 3.20"]);
    // found by a second read: what --jenis leaves out was said nowhere; now per source, with those of no jenis
    const source = year[0]!.source;
    expect(r.findings.map((f) => [f.code, f.severity, f.file, f.args])).toEqual([
      ["rank/jenis-left-out", "warning", source, { jenis: "mandiri", count: 6, unknown: 0 }],
      ["rank/jenis-left-out", "warning", "mine.csv", { jenis: "mandiri", count: 2, unknown: 1 }],
    ]);
    expect(findingMessage(r.findings[1]!, "en")).toBe("--jenis mandiri: 2 row(s) of this file left out (1 with no jenis: fill in mandiri or evaluasi)");
    // among themselves: no national rows, so no standing among them
    expect(r.standing).toEqual([]);
    expect(r.filters.jenis).toBe("mandiri");
    const official = rank([...year, ...mine], { kategori: "kabupaten", jenis: "evaluasi" });
    expect(ranks(official)).toEqual(["1 Kab. B 3.80", "1 Kab. C 3.80", "3 Kab. A 3.50", "4 Kab. X 3.08", "5 Kab. E 2.10"]);
    expect(official.findings.map((f) => [f.file, f.args])).toEqual([
      ["mine.csv", { jenis: "evaluasi", count: 3, unknown: 1 }],
      ["mine.csv", { tahun: 2024, count: 1, names: [{ instansi: "Kab. X", nearest: null }] }],
    ]);
    // trend says the same
    const t = trend([...year, ...mine], { jenis: "evaluasi" });
    expect(t.findings.map((f) => [f.code, f.file, f.args])).toEqual([["rank/jenis-left-out", "mine.csv", { jenis: "evaluasi", count: 3, unknown: 1 }]]);
  });

  it("a result table's jenis column is read; a word it does not know is a warning and no jenis", () => {
    const input = readInput(new TextEncoder().encode("instansi,tahun,indeks,jenis\nKab. X,2024,3.10,resmi\nKab. Y,2024,3.20,kira-kira\n"), {
      file: "t.csv",
      framework: SPBE_2020,
      frameworks: builtinFrameworks(),
    });
    const read = entriesOf(input, { user: true });
    expect(read.entries.map((e) => e.jenis)).toEqual(["evaluasi", null]);
    // found by a second read: the other words sheets use for the official result, in any spacing
    for (const word of ["Hasil Evaluasi", "evaluasi  eksternal", "Eksternal", "evaluation", " Self assessment "]) {
      const one = readInput(new TextEncoder().encode(`instansi,tahun,indeks,jenis\nKab. X,2024,3.10,${word}\n`), {
        file: "j.csv",
        framework: SPBE_2020,
        frameworks: builtinFrameworks(),
      });
      expect(entriesOf(one, { user: true }).entries[0]!.jenis, word).toBe(word.includes("elf") ? "mandiri" : "evaluasi");
    }
    expect(read.findings.map((f) => [f.code, f.severity, f.line, f.value, f.args])).toEqual([["meta/invalid", "warning", 3, "kira-kira", { field: "jenis" }]]);
  });

  it("refuses to mix frameworks unless asked", async () => {
    const mixed = entries("instansi,tahun,indeks,kerangka\nKab. A,2024,3.00,spbe-2020\nKab. B,2024,2.50,spbe-2018\n");
    const refused = rank(mixed);
    expect(refused.findings.map((f) => [f.code, f.severity, f.args])).toEqual([["rank/mixed-frameworks", "error", { frameworks: ["spbe-2018", "spbe-2020"] }]]);
    expect(refused.groups).toEqual([]);
    // said as refused, not as "no rows match" (a review)
    const { rankContent } = await import("../src/report/rank-sections.js");
    expect(rankContent(refused, "en").empty).toBe("Not ranked: indices of different frameworks are not comparable (see the finding rank/mixed-frameworks).");
    expect(rankContent(rank(mixed, { kategori: "kota" }), "en").empty).toBe("No rows match.");
    const allowed = rank(mixed, { allowMixed: true });
    expect(allowed.findings).toEqual([]);
    expect(ranks(allowed)).toEqual(["1 Kab. A 3.00", "2 Kab. B 2.50"]);
  });

  it("places a user's assessment among the national rows: rank in kategori and province, the next rank up, the province's top", () => {
    const mine = entries("instansi,tahun,indeks\nKabupaten Contoh,2025,3.64\n", { user: true, source: "mine.csv" });
    const r = rank([...year, ...mine], { kategori: "kabupaten", provinsi: "Jawa Barat" });
    // the user's row joins 2024 (its own 2025 has no national results), takes the filters' province
    expect(r.tahun).toBe(2024);
    expect(r.undated).toBe(1);
    expect(ranks(r)).toEqual(["1 Kab. B 3.80", "2 Kabupaten Contoh 3.64", "3 Kab. A 3.50"]);
    const s = r.standing[0]!;
    expect(s.national).toEqual({ rank: 3, of: 5, percentile: 40 });
    expect(s.nextUp).toMatchObject({ rank: 1, index: { display: "3.80" }, gap: { display: "0.16" }, instansi: ["Kab. B", "Kab. C"] });
    expect(s.provinsi).toEqual({ rank: 2, of: 3, name: "Jawa Barat" });
    expect(s.provinceTop).toMatchObject({ gap: { display: "0.16" }, instansi: ["Kab. B"] });
  });

  it("a user's row of an instansi that is in the national rows stands in for it, marked", () => {
    const mine = entries("instansi,tahun,indeks,kategori,provinsi\nKabupaten A,2024,3.90,kabupaten,Jawa Barat\n", { user: true, source: "mine.csv" });
    const r = rank([...year, ...mine], { kategori: "kabupaten" });
    expect(ranks(r)).toEqual(["1 Kabupaten A 3.90", "2 Kab. B 3.80", "2 Kab. C 3.80", "4 Kab. E 2.10"]);
    expect(r.groups[0]!.rows[0]!.replaces).toBe(true);
    expect(r.standing[0]!.national).toEqual({ rank: 1, of: 4, percentile: 75 });
    expect(r.standing[0]!.nextUp).toBeNull();
  });

  it("a scored assessment ranks by its exact index within a tie, and its file name stands for a missing instansi", () => {
    const file = readAssessments(levelsFile(SPBE_2020.indicators.length, 3), { framework: SPBE_2020, file: "data/kab-x-2024.csv", lean: true });
    const e = entryFromAssessment(file.assessments[0]!)!;
    expect([e.instansi, e.display, e.predikat, e.user]).toEqual(["kab-x-2024", "3.00", "Baik", true]);
    expect(e.tiers).toEqual(["3.00", "3.00", "3.00", "3.00"]);
  });

  // the library's readInput reads whole unless told `lean`: entriesOf threw "not a lean assessment"
  it("an assessment read whole (no `lean`) gives the same entry as one read lean", () => {
    const bytes = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"));
    const read = (lean: boolean) => readInput(bytes, { file: "m.csv", framework: SPBE_2020, frameworks: builtinFrameworks(), lean });
    const whole = entriesOf(read(false), { user: true }).entries;
    const lean = entriesOf(read(true), { user: true }).entries;
    expect(whole.map((e) => [e.display, e.predikat, e.tiers])).toEqual([["3.64", "Sangat Baik", ["3.40", "3.50", "2.73", "4.12"]]]);
    expect(whole).toEqual(lean);
  });

  // found by a review with an exact oracle: a table without a predikat column took the band of its
  // unrounded index whatever the basis, so two rows both shown 4.20 in 2023 had two predikat
  it("a table without a predikat column: the band of its index read under the year's basis", () => {
    const rows = entries("instansi,tahun,indeks\nA,2023,4.195\nB,2023,4.20\nC,2023,1.7975\nD,2024,4.195\n", { user: true });
    expect(rows.map((e) => [e.instansi, e.display, e.predikat])).toEqual([
      ["A", "4.20", "Memuaskan"],
      ["B", "4.20", "Memuaskan"],
      ["C", "1.80", "Cukup"],
      ["D", "4.20", "Sangat Baik"],
    ]);
    const exact = entriesOf(
      readInput(new TextEncoder().encode("instansi,tahun,indeks\nA,2023,4.195\n"), { file: "x.csv", framework: SPBE_2020, frameworks: builtinFrameworks() }),
      {
        user: true,
        basis: "exact",
      },
    ).entries;
    expect(exact.map((e) => e.predikat)).toEqual(["Sangat Baik"]);
  });

  // found by a review of the library: an assessment file's entries were always the user's, from the file,
  // so a colleague's file passed as a reference got a standing of its own
  it("entriesOf of assessments says whose they are and where from, as it does for a result table", () => {
    const bytes = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"));
    for (const lean of [false, true]) {
      const input = readInput(bytes, { file: "m.csv", framework: SPBE_2020, frameworks: builtinFrameworks(), lean });
      expect(entriesOf(input, { user: false, source: "pembanding" }).entries.map((e) => [e.user, e.source, e.display])).toEqual([
        [false, "pembanding", "3.64"],
      ]);
      expect(entriesOf(input, { user: true }).entries.map((e) => [e.user, e.source])).toEqual([[true, "m.csv"]]);
    }
    const theirs = entriesOf(readInput(bytes, { file: "m.csv", framework: SPBE_2020, frameworks: builtinFrameworks() }), { user: false }).entries;
    expect(rank([...year, ...theirs], { kategori: "kabupaten" }).standing).toEqual([]);
  });

  it("takeEntries gives entriesOf's entries in the same order and lets the assessments go (rank and trend hold one or the other)", () => {
    const n = SPBE_2020.indicators.length;
    const rows = ["instansi,indikator,tingkat"];
    // 1 100 assessments: more than two slabs of levels, one of them invalid (a level of 9)
    for (let k = 0; k < 1100; k++) for (let i = 1; i <= n; i++) rows.push(`Kab ${k},${i},${k === 7 && i === 3 ? 9 : 1 + ((k + i) % 5)}`);
    const read = () =>
      readInput(new TextEncoder().encode(rows.join("\n")), { file: "long.csv", framework: SPBE_2020, frameworks: builtinFrameworks(), lean: true });
    const expected = entriesOf(read(), { user: true });
    const input = read();
    const taken = takeEntries(input, { user: true });
    expect(taken.entries).toEqual(expected.entries);
    expect(taken.entries).toHaveLength(1099);
    expect(taken.findings).toEqual(expected.findings);
    expect(taken.findings.map((f) => f.code)).toContain("value/out-of-range");
    expect(input.kind === "assessments" && input.assessments.assessments).toEqual([]);
  });

  // memory, not numbers: a national file's twenty thousand entries of whole levels share a few
  // thousand exact indices, and a rational each was ~90 bytes of every entry (README, Kinerja)
  it("entries with the same exact index share one rational, and one display", () => {
    const file = readAssessments(["instansi,indikator,tingkat", ...["A", "B"].flatMap((k) => SPBE_2020.indicators.map((i) => `${k},${i.id},3`))].join("\n"), {
      framework: SPBE_2020,
      file: "two.csv",
      lean: true,
    });
    const [a, b] = file.assessments.map((x) => entryFromAssessment(x)!);
    expect([a!.instansi, b!.instansi, a!.display]).toEqual(["A", "B", "3.00"]);
    expect(a!.exact).toBe(b!.exact);
    expect(a!.shown).toBe(b!.shown);
  });

  // (a fidelity review) an undated row is read under the assumed default, where a predikat either basis gives
  // passes; placed among a year's results it kept it, though that year's rule reads it otherwise: "2.595
  // Baik" among 2024's (exact index: Cukup), where with its tahun written it is an error
  describe("an entry without a year rule of its own, placed among a year's results, is judged by that year's rule", () => {
    const mine = (row: string) => entries(`instansi,indeks,predikat\n${row}\n`, { user: true, source: "mine.csv" });
    const row = (report: ReturnType<typeof rank>) => report.groups[0]!.rows.find((r) => r.entry.user)!.entry;
    const placedCodes = (report: ReturnType<typeof rank>) => report.findings.filter((f) => f.code === "rank/predikat-placed");

    it("a printed row: the year's predikat, the printed one kept, and a warning that says why", () => {
      const report = rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"]), ...mine("Kab. Contoh,2.595,Baik")]);
      expect(row(report)).toMatchObject({ predikat: "Cukup", printedPredikat: "Baik", basis: "exact", readAsOf: 2024, tahun: null });
      const [warning, ...more] = placedCodes(report);
      expect(more).toEqual([]);
      expect(warning).toMatchObject({ severity: "warning", file: "mine.csv", line: 2 });
      expect(findingMessage(warning!, "en")).toBe(
        "Kab. Contoh, undated, is placed among the results of 2024: under the 2024 rule (from the exact index) the index 2.60 is Cukup, not the printed Baik; ranked as Cukup (fill in its year if it is not 2024)",
      );
      expect(report.standing[0]!.entry.predikat).toBe("Cukup");
      // 2023 read the display: a printed "2.60 Cukup" is Baik there
      const in2023 = rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], 2023), ...mine("Kab. Contoh,2.60,Cukup")]);
      expect(row(in2023)).toMatchObject({ predikat: "Baik", printedPredikat: "Cukup", basis: "displayed", readAsOf: 2023 });
      expect(placedCodes(in2023)).toHaveLength(1);
    });

    it("nothing changes where the year's rule agrees, or its index cannot say (a printed 2.60 under the exact index)", () => {
      for (const [year, printed] of [
        [2024, "Kab. Contoh,2.60,Baik"],
        [2024, "Kab. Contoh,2.60,Cukup"],
        [2024, "Kab. Contoh,2.595,Cukup"],
        [2023, "Kab. Contoh,2.60,Baik"],
      ] as const) {
        const given = mine(printed)[0]!;
        const report = rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], year), given]);
        expect(row(report), `${year} ${printed}`).toBe(given);
        expect(placedCodes(report)).toEqual([]);
      }
      // a dated row keeps its own year's reading (its mismatch is read's error, result/predikat-mismatch)
      const dated = entries("instansi,tahun,indeks,predikat\nKab. Contoh,2023,2.60,Baik\n", { user: true });
      expect(row(rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], 2023), ...dated]))).toBe(dated[0]);
    });

    it("a scored assessment: exact 2.5995 is Cukup under the default, Baik among 2023's results (read from the display), with no warning", () => {
      const levels = "53315343343314521312215225415211424211314242322";
      const csv = `indikator,tingkat\n${[...levels].map((l, i) => `${i + 1},${l}`).join("\n")}\n`;
      const own = entryFromAssessment(readAssessments(csv, { file: "kab-contoh.csv" }).assessments[0]!)!;
      expect([own.display, own.predikat, own.basis]).toEqual(["2.60", "Cukup", "exact"]);
      const report = rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], 2023), own]);
      expect(row(report)).toMatchObject({ predikat: "Baik", basis: "displayed", readAsOf: 2023 });
      expect(row(report).printedPredikat).toBeUndefined();
      expect(placedCodes(report)).toEqual([]);
      // placeAmong (score --banding) places it the same
      expect(placeAmong(national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], 2023), [own])[0]!.entry.predikat).toBe("Baik");
      expect(placeAmong(national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], 2024), [own])[0]!.entry).toBe(own);
      // the ◊ note names the rule it was read under
      expect(entryBasisNote(row(report), "en")).toBe(
        "◊ kab-contoh: the exact index 2.5995 is below the 2.60 edge; predikat Baik from the displayed index under the 2023 rule, the year among whose results it is placed (the other basis gives Cukup)",
      );
    });

    // (a second read of the change) what was taken for "printed" was any row without an exact index
    it("only a printed predikat is said as printed; a faulty row keeps it; a row --kategori leaves out is not warned of", () => {
      // no predikat column: the predikat was derived (Cukup from the exact index's range), nothing was printed
      const derived = entries("instansi,kategori,d1,d2,d3,d4,indeks\nKabupaten Uji,kabupaten,1.20,2.10,1.27,3.75,2.60\n", { user: true });
      const fromTiers = rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], 2023), ...derived]);
      expect(row(fromTiers)).toMatchObject({ predikat: "Baik", readAsOf: 2023 });
      expect(row(fromTiers).printedPredikat).toBeUndefined();
      expect(placedCodes(fromTiers)).toEqual([]);
      // a row already at fault (3.00 cannot be Sangat Baik: result/predikat-mismatch) is ranked as printed (†)
      const faulty = entries("instansi,kategori,indeks,predikat\nKabupaten Uji,kabupaten,3.00,Sangat Baik\n", { user: true });
      expect(faulty[0]!.noted).toBe(true);
      expect(row(rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"]), ...faulty]))).toBe(faulty[0]);
      // …but a blank domain alone (result/blank, a warning) is no fault of its predikat: re-read
      const blank = entries("instansi,kategori,d1,d2,d3,d4,indeks,predikat\nKab. Contoh,kabupaten,2.00,,3.00,2.00,2.595,Baik\n", { user: true });
      expect(blank[0]!.noted).toBe(true);
      const withBlank = rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"]), ...blank]);
      expect(row(withBlank)).toMatchObject({ predikat: "Cukup", printedPredikat: "Baik", readAsOf: 2024 });
      expect(placedCodes(withBlank)).toHaveLength(1);
      // an index printed with four decimals is the exact index, and its predikat still the printed one
      const written = rank([...national(["Kabupaten,Jawa Barat,Kab. A,2.61,Baik"], 2023), ...mine("Kab. Contoh,2.5995,Cukup")]);
      expect(row(written)).toMatchObject({ predikat: "Baik", printedPredikat: "Cukup", readAsOf: 2023 });
      expect(placedCodes(written)).toHaveLength(1);
      // placed, but left out by --kategori (a kota filter; the row is a kabupaten): no warning about it
      const kota = rank([...national(["Kota,Jawa Barat,Kota A,2.61,Baik", "Kabupaten,Jawa Barat,Kab. A,2.61,Baik"]), ...mine("Kab. Contoh,2.595,Baik")], {
        kategori: "kota",
      });
      expect(placedCodes(kota)).toEqual([]);
    });
  });
});

const levelsFile = (count: number, level: number) => ["indikator,tingkat", ...Array.from({ length: count }, (_, i) => `${i + 1},${level}`)].join("\n");

describe("trend", () => {
  // (a code review) where commas are decimal, an index of "3.500" is refused as ambiguous (3.5 or 3500), but a
  // target of the same text was read as 3.50: "Target 3.50 reached" beside the refused index. Said at the
  // reader, and dropped there, it let trend fall back to an earlier year's target ("Target 3.00 reached")
  // (an exploratory tester, as a coordinator) in a comma-separated file a quoted index "3,89" is refused and the
  // target "3,95" beside it was read as 3.95: one rule for both columns
  it("a target '3,95' where commas are no decimal mark is said and read as no target, as its index is", () => {
    const input = readInput(new TextEncoder().encode('instansi,tahun,indeks,target\nKabupaten Bandung,2024,3.98,"3,95"\n'), {
      file: "koma.csv",
      framework: SPBE_2020,
      frameworks: builtinFrameworks(),
    });
    const { entries } = entriesOf(input, { user: true });
    const report = trend(entries);
    expect(report.series[0]!.target).toBeNull();
    const said = report.findings.filter((f) => f.code === "meta/invalid");
    expect(said.map((f) => [f.line, f.column, f.value, f.args])).toEqual([[2, 4, "3,95", { field: "target", comma: true }]]);
    expect(findingMessage(said[0]!, "en")).toBe(
      "target '3,95': commas are no decimal mark in this file, as for its index: write it with a point, 3.95; ignored",
    );
    expect(findingMessage(said[0]!, "id")).toBe(
      "target '3,95': di berkas ini koma bukan tanda desimal, seperti untuk indeksnya: tulis dengan titik, 3.95; diabaikan",
    );
    // where commas are decimal (';'), "3,95" is 3.95
    const semi = readInput(new TextEncoder().encode("instansi;tahun;indeks;target\nKabupaten Bandung;2024;3,98;3,95\n"), {
      file: "t.csv",
      framework: SPBE_2020,
      frameworks: builtinFrameworks(),
    });
    expect(trend(entriesOf(semi, { user: true }).entries).series[0]!.target).toMatchObject({ reached: true });
  });

  it("a target '3.500' where commas are decimal is said as ambiguous and read as no target, not an earlier one", () => {
    const read = (text: string) => {
      const input = readInput(new TextEncoder().encode(text), { file: "t.csv", framework: SPBE_2020, frameworks: builtinFrameworks() });
      return entriesOf(input, { user: true });
    };
    const table = read("instansi;tahun;indeks;target\nKabupaten Garut;2023;2,50;3,00\nKabupaten Garut;2024;3,20;3.500\n");
    // marked where the dialect is known, the row, so that an entry made from it on any route carries it
    expect(table.entries.map((e) => e.targetDecimalComma)).toEqual([true, true]);
    const report = trend(table.entries);
    expect(report.series[0]!.target).toBeNull();
    const said = report.findings.filter((f) => f.code === "meta/invalid");
    expect(said.map((f) => [f.line, f.column, f.value, f.args])).toEqual([[3, 4, "3.500", { field: "target", thousands: true }]]);
    expect(findingMessage(said[0]!, "en")).toBe(
      "target '3.500' is ambiguous: commas are decimal in this file, so a point reads as a thousands separator (3.500 = 3500); write it with a comma: 3,5; ignored",
    );
    // a year to come (an RPJMD row) the same; and a point file's "3.500" is 3.5
    const toCome = read("instansi;tahun;indeks;target\nKabupaten Garut;2024;3,20;3,00\nKabupaten Garut;2026;;3.500\n");
    expect(trend(toCome.entries, { targets: toCome.targets }).series[0]!.target).toBeNull();
    const point = read("instansi,tahun,indeks,target\nKabupaten Garut,2024,3.20,3.500\n");
    expect(trend(point.entries).series[0]!.target).toMatchObject({ text: "3.500", reached: false });
    // an assessment file's target column: said once for the assessment
    const rows = SPBE_2020.indicators.map((i) => `Kabupaten Garut;2024;3.500;${i.id};3`);
    const assessed = read(["instansi;tahun;target;indikator;tingkat", ...rows].join("\n"));
    const fromAssessment = trend(assessed.entries);
    expect(fromAssessment.series[0]!.target).toBeNull();
    expect(fromAssessment.findings.filter((f) => f.code === "meta/invalid").map((f) => f.line)).toEqual([2]);
    // the library's own route, without entriesOf: the assessment carries the mark
    const lib = readAssessments(["instansi;tahun;target;indikator;tingkat", ...rows].join("\n"), { file: "t.csv" });
    expect(lib.assessments[0]!.targetDecimalComma).toBe(true);
    expect(trend([entryFromAssessment(lib.assessments[0]!)!]).series[0]!.target).toBeNull();
  });

  const rows = [
    "2021,Kab. A,2.50,Baik,",
    "2022,Kab. A,2.55,Baik,",
    "2024,Kab. A,3.10,Baik,3.50",
    "2022,Kota B,3.90,Sangat Baik,Memuaskan",
    "2023,Kota B,4.25,Memuaskan,",
  ];
  const all = entries(["tahun,instansi,indeks,predikat,target", ...rows].join("\n"), { user: true });

  it("says since which year a reached target has been reached: back to a year short of it, or a year missing", () => {
    const series = (text: string, target: string) => trend(entries(`tahun,instansi,indeks,predikat\n${text}`, { user: true }), { target }).series[0]!.target!;
    // 2021 short, 2022–2024 reached: since 2022
    expect(series("2021,Kab. A,3.10,Baik\n2022,Kab. A,3.60,Sangat Baik\n2023,Kab. A,3.55,Sangat Baik\n2024,Kab. A,3.80,Sangat Baik\n", "3.5")).toMatchObject({
      reached: true,
      tahun: 2024,
      since: 2022,
    });
    // reached in 2022, short in 2023, reached again in 2024: since 2024
    expect(series("2022,Kab. A,3.60,Sangat Baik\n2023,Kab. A,3.40,Baik\n2024,Kab. A,3.80,Sangat Baik\n", "Sangat Baik")).toMatchObject({ since: 2024 });
    // 2023 missing: nothing is said of 2022
    expect(series("2022,Kab. A,3.60,Sangat Baik\n2024,Kab. A,3.80,Sangat Baik\n", "3.5")).toMatchObject({ since: 2024 });
    // not reached: no year
    expect(series("2023,Kab. A,3.60,Sangat Baik\n2024,Kab. A,3.40,Baik\n", "3.5")).toMatchObject({ reached: false, since: null });
  });

  // found by a second read: "reached since 2022" cited an unverified self-assessment before two official results
  it("counts no year of another jenis into 'reached since': a mandiri before evaluasi results, or the other way round", () => {
    const series = (text: string) => trend(entries(`tahun,instansi,indeks,predikat,jenis\n${text}`, { user: true }), { target: "3.0" }).series[0]!.target!;
    expect(series("2022,Kab. A,3.20,Baik,mandiri\n2023,Kab. A,3.10,Baik,evaluasi\n2024,Kab. A,3.30,Baik,evaluasi\n")).toMatchObject({
      reached: true,
      since: 2023,
    });
    expect(series("2023,Kab. A,3.10,Baik,evaluasi\n2024,Kab. A,3.30,Baik,mandiri\n")).toMatchObject({ reached: true, since: 2024 });
    // an unknown jenis (a table without the column) is never guessed, as the § mark has it: the run goes on
    expect(series("2023,Kab. A,3.10,Baik,\n2024,Kab. A,3.30,Baik,evaluasi\n")).toMatchObject({ since: 2023 });
    expect(series("2023,Kab. A,3.10,Baik,\n2024,Kab. A,3.30,Baik,mandiri\n")).toMatchObject({ since: 2023 });
  });

  // (an exploratory review) rows of one's own standing in for every national year left Kota Bogor's trend in no
  // provinsi, where `rank` takes it from the instansi's national row
  it("takes the place rows of one's own do not say from the instansi's national rows, as rank does", () => {
    const theirs = entries("tahun,instansi,kategori,provinsi,indeks\n2023,Kota Bogor,kota,Jawa Barat,3.10\n2024,Kota Bogor,kota,Jawa Barat,3.40\n");
    const mine = entries("tahun,instansi,indeks\n2023,Kota Bogor,3.00\n2024,Kota Bogor,4.50\n", { user: true, source: "riwayat.csv" });
    const [series] = trend([...theirs, ...mine]).series;
    expect([series!.kategori, series!.provinsi, series!.points.map((p) => p.entry!.source)]).toEqual(["kota", "Jawa Barat", ["riwayat.csv", "riwayat.csv"]]);
  });

  it("every year from the first to the last, gaps as gaps, the change across a gap from the last year present", () => {
    const r = trend(all, { instansi: "Kabupaten A" });
    expect(r.series).toHaveLength(1);
    const points = r.series[0]!.points.map((p) => [p.tahun, p.entry?.display ?? null, p.change?.display ?? null, p.since]);
    expect(points).toEqual([
      [2021, "2.50", null, null],
      [2022, "2.55", "0.05", 2021],
      [2023, null, null, null],
      [2024, "3.10", "0.55", 2022],
    ]);
    expect(r.years).toEqual([2021, 2022, 2023, 2024]);
  });

  // found by an adversarial review: the table of several instansi had columns only for years some input has,
  // so 2019 → 2021 read as consecutive and no "–" showed the gap its legend explains
  it("the table of several instansi has every year from the first to the last, a gap as –", async () => {
    const r = trend(entries("instansi,tahun,indeks\nKab. A,2019,2.10\nKab. A,2021,2.50\nKab. B,2021,3.00\nKab. B,2022,3.10\n", { user: true }));
    const { trendContent } = await import("../src/report/trend-sections.js");
    const [section] = trendContent(r, "id").sections;
    expect(section!.columns.map((c) => c.head).slice(3, 7)).toEqual(["2019", "2020", "2021", "2022"]);
    // (2019 is of spbe-2018: its change to 2021 crosses frameworks, ‡)
    // (an exploratory test) and a year after its last that the inputs have is a gap too: Kab. A has no 2022
    expect(section!.rows[0]!.slice(3, 7)).toEqual(["2.10", "–", "2.50 ‡", "–"]);
    // (a review) not before its first: a series starts where its instansi's does
    expect(r.series.map((s) => s.points.map((p) => (p.entry ? p.tahun : `${p.tahun} –`)))).toEqual([
      [2019, "2020 –", 2021, "2022 –"],
      [2021, 2022],
    ]);
    // (a review) and only to the national results' latest where they are given: a row of one's own with a
    // mistyped tahun of 2204 made 180 gap rows of every national instansi
    const typo = [
      ...entries("instansi,tahun,indeks\nKab. C,2023,2.00\nKab. D,2023,2.20\nKab. D,2024,2.40\n", { source: "nasional" }),
      ...entries("instansi,tahun,indeks\nKab. E,2204,3.00\n", { user: true }),
    ];
    expect(trend(typo).series.map((s) => [s.name, s.points.length])).toEqual([
      ["Kab. C", 2],
      ["Kab. D", 2],
      ["Kab. E", 1],
    ]);
  });

  // a self-assessment and its evaluasi of one year (or two files of it): the trend shows one, and kept
  // the first in silence
  it("an instansi twice in one year: the first given is shown, the other said as trend/duplicate", () => {
    const mandiri = entries("instansi,tahun,indeks\nKab. A,2023,2.50\nKab. A,2024,3.10\n", { user: true, source: "mandiri.csv" });
    const evaluasi = entries("instansi,tahun,indeks\nKabupaten A,2024,2.90\n", { user: true, source: "evaluasi.csv" });
    const r = trend([...mandiri, ...evaluasi]);
    expect(r.series[0]!.points.map((p) => [p.tahun, p.entry!.display])).toEqual([
      [2023, "2.50"],
      [2024, "3.10"],
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.file, f.line, f.args])).toEqual([
      ["trend/duplicate", "warning", "evaluasi.csv", 2, { instansi: "Kabupaten A", tahun: 2024, kept: "mandiri.csv:3", jenis: null, keptJenis: null }],
    ]);
    // the user's own row standing in for the national one is what rank does too, and said nowhere
    const national = entries("instansi,tahun,indeks\nKab. A,2024,2.00\n", { user: false, source: "nasional-2024" });
    expect(trend([...national, ...mandiri]).findings).toEqual([]);
  });

  // found by a review: a row without a tahun was only counted (`undated`, a note), never said where it is
  it("a row or assessment without a tahun is a trend/undated warning at its tahun cell, still counted, capped per file", () => {
    const table = entries("instansi;tahun;indeks\nKab. Bandung;2023;3,40\nKab. Bandung;;3,0\n;2024;3,1\nKab. Bandung;2024;3,50\n", {
      user: true,
      source: "rpjmd.csv",
    });
    const r = trend(table);
    expect(r.undated).toBe(1);
    expect(r.findings.map((f) => [f.code, f.severity, f.file, f.line, f.column, f.value, f.args])).toEqual([
      ["trend/undated", "warning", "rpjmd.csv", 3, 2, null, { instansi: "Kab. Bandung", column: true }],
    ]);
    expect(findingMessage(r.findings[0]!, "en")).toBe(
      "Kab. Bandung has no year (its tahun cell is blank or not a year): left out of the trend; fill in its year",
    );
    // a table without a tahun column: every row, at its line, with no column to point at
    const none = trend(entries("instansi,indeks\nKab. A,3.00\n", { user: true, source: "t.csv" }));
    expect(none.findings.map((f) => [f.code, f.line, f.column, f.args])).toEqual([["trend/undated", 2, null, { instansi: "Kab. A", column: false }]]);
    // an assessment: at its first row, in its tahun column where the file has one
    const levels = (tahun: string) => SPBE_2020.indicators.map((i) => `Kab. C,${tahun}${i.id},3`).join("\n");
    const read = (text: string) =>
      entriesOf(readInput(new TextEncoder().encode(text), { file: "a.csv", framework: SPBE_2020, frameworks: builtinFrameworks() }), { user: true }).entries;
    expect(
      trend(read(`instansi,tahun,indikator,tingkat\n${levels(",")}\n`)).findings.map((f) => [
        f.code,
        f.line,
        f.column,
        f.code === "trend/undated" && f.args.column,
      ]),
    ).toEqual([["trend/undated", 2, 2, true]]);
    expect(trend(read(`instansi,indikator,tingkat\n${levels("")}\n`)).findings.map((f) => [f.code, f.line, f.column])).toEqual([["trend/undated", 2, null]]);
    // a row --jenis left out is said as that (rank/jenis-left-out), not as undated too
    const jenis = entries("instansi,tahun,indeks,jenis\nKab. A,,3.00,mandiri\nKab. A,2024,3.10,evaluasi\n", { user: true, source: "j.csv" });
    expect(trend(jenis, { jenis: "evaluasi" }).findings.map((f) => f.code)).toEqual(["rank/jenis-left-out"]);
    // a thousand rows without a tahun are as many findings per file as any code: the rest counted
    const many = Array.from({ length: 1_005 }, (_, k) => `Kab. ${k},,3.00`).join("\n");
    const capped = trend(entries(`instansi,tahun,indeks\n${many}\n`, { user: true, source: "banyak.csv" }));
    expect(capped.undated).toBe(1_005);
    expect(capped.findings.filter((f) => f.code === "trend/undated")).toHaveLength(1_000);
    expect(capped.findings.at(-1)).toMatchObject({ code: "file/too-many-findings", file: "banyak.csv", args: { omitted: 5 } });
  });

  // found by a second read: a user's 2024 mandiri replaced the national (official) 2024 result in the trend
  it("a national result is not replaced by the user's self-assessment of its year, whichever comes first", () => {
    const nasional = entries("instansi,tahun,indeks\nKab. A,2023,3.29\nKab. A,2024,3.89\n", { source: "nasional" });
    const mandiri = entries("instansi,tahun,indeks,jenis\nKab. A,2024,3.64,mandiri\n", { user: true, source: "m.csv" });
    for (const input of [
      [...nasional, ...mandiri],
      [...mandiri, ...nasional],
    ]) {
      const r = trend(input);
      expect(r.series[0]!.points.map((p) => [p.tahun, p.entry!.display, p.entry!.jenis])).toEqual([
        [2023, "3.29", "evaluasi"],
        [2024, "3.89", "evaluasi"],
      ]);
      expect(r.findings.map((f) => [f.code, f.file, f.args])).toEqual([
        ["trend/duplicate", "m.csv", { instansi: "Kab. A", tahun: 2024, kept: "nasional:3", jenis: "mandiri", keptJenis: "evaluasi" }],
      ]);
    }
    // --jenis mandiri still shows the self-assessment
    expect(trend([...nasional, ...mandiri], { jenis: "mandiri" }).series[0]!.points.map((p) => p.entry!.display)).toEqual(["3.64"]);
    // found by a review: a row of the user's with no jenis after the mandiri replaced the national result
    // silently, while the mandiri's warning said the evaluasi was shown; the user's rows are settled first
    const blank = entries("instansi,tahun,indeks,jenis\nKab. A,2024,3.50,\n", { user: true, source: "b.csv" });
    const three = trend([...nasional, ...mandiri, ...blank]);
    expect(three.series[0]!.points.map((p) => p.entry!.display)).toEqual(["3.29", "3.89"]);
    expect(three.findings.map((f) => [f.file, f.args])).toEqual([
      ["b.csv", { instansi: "Kab. A", tahun: 2024, kept: "m.csv:2", jenis: null, keptJenis: "mandiri" }],
      ["m.csv", { instansi: "Kab. A", tahun: 2024, kept: "nasional:3", jenis: "mandiri", keptJenis: "evaluasi" }],
    ]);
  });

  // found by a coordinator: 2024's official 3.89 then 2025's self-assessment 3.64 read as a decline of 0.25
  it("a change between years of another jenis is marked; an evaluasi is shown over a mandiri of its year", () => {
    const nasional = entries("instansi,tahun,indeks\nKab. A,2023,3.29\nKab. A,2024,3.89\n", { source: "nasional" });
    const mandiri = entries("instansi,tahun,indeks,jenis\nKab. A,2025,3.64,mandiri\nKab. A,2026,3.70,mandiri\n", { user: true, source: "m.csv" });
    const r = trend([...nasional, ...mandiri]);
    expect(r.series[0]!.points.map((p) => [p.tahun, p.entry!.jenis, p.change?.display ?? null, p.jenisChanged])).toEqual([
      [2023, "evaluasi", null, false],
      [2024, "evaluasi", "0.60", false],
      [2025, "mandiri", "-0.25", true],
      [2026, "mandiri", "0.06", false],
    ]);
    // an evaluasi of 2025 given after its mandiri is the one shown
    const evaluasi = entries("instansi,tahun,indeks,jenis\nKab. A,2025,3.50,evaluasi\n", { user: true, source: "e.csv" });
    const both = trend([...nasional, ...mandiri, ...evaluasi]);
    expect(both.series[0]!.points.map((p) => [p.tahun, p.entry!.display, p.jenisChanged])).toEqual([
      [2023, "3.29", false],
      [2024, "3.89", false],
      [2025, "3.50", false],
      [2026, "3.70", true],
    ]);
    expect(both.findings.map((f) => [f.code, f.file, f.args])).toEqual([
      ["trend/duplicate", "m.csv", { instansi: "Kab. A", tahun: 2025, kept: "e.csv:2", jenis: "mandiri", keptJenis: "evaluasi" }],
    ]);
    // --jenis mandiri: the self-assessments' own trend
    const own = trend([...nasional, ...mandiri, ...evaluasi], { jenis: "mandiri" });
    expect(own.series[0]!.points.map((p) => [p.tahun, p.entry!.display, p.jenisChanged])).toEqual([
      [2025, "3.64", false],
      [2026, "3.70", false],
    ]);
    expect([own.jenis, own.findings.map((f) => [f.code, f.file])]).toEqual([
      "mandiri",
      [
        ["rank/jenis-left-out", nasional[0]!.source],
        ["rank/jenis-left-out", evaluasi[0]!.source],
      ],
    ]);
  });

  // found by a review of the library: a target it could not read was no target, without a word
  it("refuses a target it cannot read against a series' framework (RangeError), as the CLI does", () => {
    const all = entries("instansi,tahun,indeks\nKab. A,2024,3.10\n", { user: true });
    expect(() => trend(all, { target: "tinggi" })).toThrow(
      new RangeError(
        "trend: target 'tinggi' is neither a number 0–5 (at most four decimals) nor a predikat of spbe-2020 (Memuaskan, Sangat Baik, Baik, Cukup)",
      ),
    );
    expect(() => trend(all, { target: "9" })).toThrow(RangeError);
    // an instansi not asked for is not judged
    expect(trend(all, { instansi: "Kab. B", target: "tinggi" }).series).toEqual([]);
    expect(trend(all, { target: "Sangat Baik" }).series[0]!.target).toMatchObject({ reached: false, gap: { display: "0.40" } });
  });

  // the CLI says the refusal as a usage error from what the RangeError carries, without judging the
  // target again: the framework that refused it (here a framework file's, among 2020 rows) and the text
  it("the RangeError carries the refusing framework, and the CLI's message names the same predikat", () => {
    const kanwil = loadFramework(kanwilOnHundred(true));
    if (!kanwil.ok) throw new Error(JSON.stringify(kanwil.problems));
    // (read against the kanwil framework: 60 is outside spbe-2020's levels, result/out-of-range, unranked)
    const input = readInput(new TextEncoder().encode("instansi,tahun,indeks\nUnit X,2025,60\n"), {
      file: "hasil.csv",
      framework: kanwil.framework,
      explicit: true,
    });
    const [own] = entriesOf(input, { user: true }).entries;
    const all = [...national(["kabupaten,Jawa Barat,Kab. A,3.10,Baik"]), { ...own!, framework: kanwil.framework }];
    let refused: unknown;
    try {
      trend(all, { target: "Sangat Baik" });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(TargetRefusedError);
    expect(refused).toBeInstanceOf(RangeError);
    const error = refused as TargetRefusedError;
    expect([error.name, error.target, error.framework]).toEqual(["RangeError", "Sangat Baik", kanwil.framework]);
    // otherwise a plain RangeError: nothing of its own to compare, print or serialise (not a whole framework)
    expect([Object.keys(error), JSON.stringify(error)]).toEqual([[], "{}"]);
    expect(String(error)).toBe(
      `RangeError: trend: target 'Sangat Baik' is neither a number 0–100 (at most four decimals) nor a predikat of ${kanwil.framework.id} (Unggul)`,
    );
    expect(badTargetArgs(error.framework, error.target)).toEqual({ value: "Sangat Baik", max: 100, names: "Unggul" });
  });

  // 2019 under spbe-2018 (35 indicators), 2021 under spbe-2020 (47): the change was given as if
  // the two indices measured the same things, where rank refuses the mix
  it("a change across frameworks is given, marked ‡ and explained once", async () => {
    const r = trend(entries("instansi,tahun,indeks\nKab. A,2019,2.50\nKab. A,2021,2.80\nKab. A,2022,3.10\nKab. B,2022,2.00\n", { user: true }));
    const a = r.series.find((s) => s.name === "Kab. A")!;
    expect(a.points.map((p) => [p.tahun, p.entry?.framework.id ?? null, p.change?.display ?? null, p.frameworkChanged])).toEqual([
      [2019, "spbe-2018", null, false],
      [2020, null, null, false],
      [2021, "spbe-2020", "0.30", true],
      [2022, "spbe-2020", "0.30", false],
    ]);
    const { trendContent } = await import("../src/report/trend-sections.js");
    const many = trendContent(r, "en");
    expect(many.sections[0]!.rows[0]!.slice(3, 7)).toEqual(["2.50", "–", "2.80 ‡", "3.10"]);
    expect(many.notes.filter((n) => n.startsWith("‡"))).toEqual([
      "‡ a change across frameworks (spbe-2018 → spbe-2020): their indicators and weights differ, so the two indices are not fully comparable",
    ]);
    const one = trendContent(trend(entries("instansi,tahun,indeks\nKab. A,2019,2.50\nKab. A,2021,2.80\n", { user: true })), "id");
    expect(one.sections[0]!.rows.map((row) => row[3])).toEqual(["", "", "+0.30 (sejak 2019) ‡"]);
    // every crossing named, not the first only (a review: 2026's spbe-2020 → pemdi-2026 went unexplained)
    const three = trendContent(trend(entries("instansi,tahun,indeks\nKab. A,2019,2.50\nKab. A,2021,2.80\nKab. A,2026,3.60\n", { user: true })), "en");
    expect(three.notes.filter((n) => n.startsWith("‡"))).toEqual([
      "‡ a change across frameworks (spbe-2018 → spbe-2020; spbe-2020 → pemdi-2026): their indicators and weights differ, so the two indices are not fully comparable",
    ]);
    // within one framework, no mark and no note
    expect(trendContent(trend(all, { instansi: "kota b" }), "en").notes.some((n) => n.startsWith("‡"))).toBe(false);
  });

  // found by a review: a row of one's own without a provinsi column, the latest year, lost the province
  // the national rows of the years before give
  it("kategori and provinsi from the latest year that says them", () => {
    const before = entries("instansi,tahun,indeks,kategori,provinsi\nKab. A,2023,3.00,kabupaten,Jawa Barat\n", { user: false, source: "nasional-2023" });
    const mine = entries("instansi,tahun,indeks\nKabupaten A,2024,3.40\n", { user: true });
    const s = trend([...before, ...mine]).series[0]!;
    expect([s.name, s.kategori, s.provinsi]).toEqual(["Kabupaten A", "kabupaten", "Jawa Barat"]);
  });

  // (an exploratory test) the README's own `trend rpjmd.csv --nasional 2023,2024`: a table of targets alone,
  // with no index at all, was "cannot be ranked" on every row (exit 1) and gave no target
  it("a table of targets alone (no index at all) is read as targets, for results from elsewhere", () => {
    const read = (text: string, file: string) =>
      entriesOf(readInput(new TextEncoder().encode(text), { file, framework: SPBE_2020, frameworks: builtinFrameworks() }), { user: true });
    const rpjmd = read("tahun,instansi,indeks,target\n2025,Kab. Contoh,,3.80\n2026,Kab. Contoh,,4.00\n", "rpjmd.csv");
    expect(rpjmd.findings).toEqual([]);
    expect(rpjmd.entries).toEqual([]);
    expect(rpjmd.targets.map((t) => [t.tahun, t.target])).toEqual([
      [2025, "3.80"],
      [2026, "4.00"],
    ]);
    const results = read("tahun,instansi,indeks\n2023,Kab. Contoh,3.10\n2024,Kab. Contoh,3.60\n", "hasil.csv");
    const s = trend(results.entries, { targets: rpjmd.targets }).series[0]!;
    expect([s.target!.text, s.target!.tahun, s.target!.reached, s.target!.gap.display]).toEqual(["4.00", 2024, false, "0.40"]);
    // (the same exploratory test) whose year the target is, where it is not the year judged: 2026's against 2024
    expect(s.target!.of).toBe(2026);
    expect(targetLine(s.target!, "en")).toBe("Target 2026 4.00 (Sangat Baik): 0.40 points short in 2024; judged as its predikat is, from the exact index");
    // a target of the year judged, or --target, says no year
    expect(trend(results.entries, { target: "4.00" }).series[0]!.target!.of).toBeNull();
    const sameYear = read("tahun,instansi,indeks,target\n2024,Kab. Contoh,3.60,4.00\n", "sama.csv");
    expect(targetLine(trend(sameYear.entries).series[0]!.target!, "en")).toMatch(/^Target 4\.00 \(Sangat Baik\)/);
    expect(trend(results.entries, { targets: rpjmd.targets }).findings).toEqual([]);
    // (a review) a target of an instansi with no index in any input (a misspelled name) was dropped without a word
    const typo = read("tahun,instansi,indeks,target\n2026,Kab. Contih,,4.00\n", "typo.csv");
    const unmatched = trend(results.entries, { targets: typo.targets });
    expect(unmatched.series[0]!.target).toBeNull();
    expect(unmatched.findings.map((f) => [f.code, f.severity, f.file, f.line, f.column, f.value])).toEqual([
      ["trend/target-unmatched", "warning", "typo.csv", 2, 4, "4.00"],
    ]);
    expect(findingMessage(unmatched.findings[0]!, "en")).toBe(
      "the target of Kab. Contih matches no instansi with an index in the inputs: not used; check how the name is spelled, or add its results (--nasional)",
    );
    // --target for all: the column's rows are not asked for
    expect(trend(results.entries, { targets: typo.targets, target: "4.00" }).findings).toEqual([]);
    // (a review) a results table whose indices were forgotten, its domains or predikat filled, is no table of
    // targets: its blank indices are the faults they were (it passed validate, exit 0)
    const forgot = read("tahun,instansi,d1,d2,d3,d4,indeks,predikat,target\n2024,Kab. Contoh,3.00,3.00,3.00,3.00,,Baik,3.50\n", "lupa.csv");
    expect(forgot.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.line])).toEqual([["result/blank", 2]]);
    expect(forgot.targets).toEqual([]);
    // one index in the table, and an instansi without one is the fault it was
    const mixed = read("tahun,instansi,indeks,target\n2024,Kab. A,3.10,\n2026,Kab. B,,4.00\n", "t.csv");
    expect(mixed.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.line])).toEqual([["result/blank", 3]]);
  });

  // found by a review: an RPJMD table's rows for years to come (a target, no index yet) were errors
  // ("cannot be ranked", exit 1), and the headline judged the 2022 target as the latest
  it("an RPJMD table's years to come: their target is the latest, and they are no fault", () => {
    const input = readInput(
      new TextEncoder().encode("tahun,instansi,indeks,target\n2022,Kab A,2.90,3.20\n2023,Kab A,3.30,\n2025,Kab A,,3.80\n2026,Kabupaten A,,4.00\n"),
      { file: "rpjmd.csv", framework: SPBE_2020, frameworks: builtinFrameworks() },
    );
    const read = entriesOf(input, { user: true });
    expect(read.findings).toEqual([]);
    expect(read.entries.map((e) => e.tahun)).toEqual([2022, 2023]);
    expect(read.targets.map((t) => [t.tahun, t.target, t.key, t.line])).toEqual([
      [2025, "3.80", "kabupaten a", 4],
      [2026, "4.00", "kabupaten a", 5],
    ]);
    const s = trend(read.entries, { targets: read.targets }).series[0]!;
    expect([s.target!.text, s.target!.tahun, s.target!.reached, s.target!.gap.display]).toEqual(["4.00", 2023, false, "0.70"]);
    // without them, the latest target cell of a year with an index
    expect(trend(read.entries).series[0]!.target!.text).toBe("3.20");
    // a second read: only a year after the instansi's latest index is to come; a blank index of its own
    // year, of no year, or of an instansi with no index is the fault it was
    const faults = entriesOf(
      readInput(
        new TextEncoder().encode(
          "tahun,instansi,indeks,target\n2024,Kab. A,3.10,3.50\n2024,Kab. B,,3.50\n,Kab. A,,3.00\n2023,Kab. A,,3.00\n2025,Kab. A,,3.80\n",
        ),
        {
          file: "t.csv",
          framework: SPBE_2020,
          frameworks: builtinFrameworks(),
        },
      ),
      { user: true },
    );
    expect(faults.findings.map((f) => [f.code, f.line])).toEqual([
      ["result/blank", 3],
      ["result/blank", 4],
      ["result/blank", 5],
    ]);
    expect(faults.targets.map((t) => t.tahun)).toEqual([2025]);
  });

  it("a predikat change is marked", () => {
    const b = trend(all, { instansi: "kota b" }).series[0]!;
    expect(b.points.filter((p) => p.entry !== null).map((p) => p.predikatChanged)).toEqual([false, true]);
  });

  it("the target from the target column: reached or not, and how far", () => {
    const r = trend(all);
    const byName = Object.fromEntries(
      r.series.map((s) => [s.name, s.target && [s.target.value.display, s.target.reached, s.target.gap.display, s.target.tahun, s.target.source]]),
    );
    expect(byName).toEqual({ "Kab. A": ["3.50", false, "0.40", 2024, "column"], "Kota B": ["4.20", true, "0.00", 2023, "column"] });
  });

  it("--target for every instansi, a number or a predikat", () => {
    const r = trend(all, { target: "Sangat Baik" });
    expect(r.series.map((s) => [s.name, s.target!.reached, s.target!.gap.display])).toEqual([
      ["Kab. A", false, "0.40"],
      ["Kota B", true, "0.00"],
    ]);
    expect(trend(all, { target: "3.10" }).series[0]!.target!.reached).toBe(true);
  });

  it("a target judged under the predikat's basis: an exact 3.4985 (2024, exact) is short of 3.50, though shown 3.50", () => {
    const e = { ...all[2]!, exact: { n: 34985n, d: 10000n }, shown: { n: 7n, d: 2n }, display: "3.50", basis: "exact" as const, target: null };
    const exact = trend([e], { target: "3.50" }).series[0]!.target!;
    expect([exact.reached, exact.gap.display]).toEqual([false, "0.0015"]);
    const displayed = trend([{ ...e, basis: "displayed" as const }], { target: "3.50" }).series[0]!.target!;
    expect(displayed.reached).toBe(true);
  });

  // "4.20 Memuaskan" in 2024 (exact basis) says the exact index is at least 4.20, whatever its domains
  // allow below (Kab. Wonogiri: 4.1975); the target 4.20 was said short by 0.0025, its predikat reached
  it("a printed row's target is judged by what its printed predikat says of the exact index too", () => {
    const wonogiri = entries(readFileSync(join(ROOT, "data/nasional/nasional-2024.csv"), "utf8"), { source: "nasional-2024" }).filter(
      (e) => e.instansi === "Pemerintah Kab. Wonogiri",
    );
    expect(wonogiri.map((e) => [e.display, e.predikat])).toEqual([["4.20", "Memuaskan"]]);
    for (const target of ["4.20", "Memuaskan"]) {
      expect(trend(wonogiri, { target }).series[0]!.target).toMatchObject({ reached: true, gap: { display: "0.00" } });
    }
    // printed 4.20 but Sangat Baik: below 4.20, by at most half a hundredth; never "short by 0.00"
    const below = entries("instansi,tahun,indeks,predikat\nKota Uji,2024,4.20,Sangat Baik\n", { user: true });
    for (const target of ["4.20", "Memuaskan"]) {
      expect(trend(below, { target }).series[0]!.target).toMatchObject({ reached: false, gap: { display: "0.005" } });
    }
    // an index written with four decimals is taken as written: 4.1999 is short of 4.20 (it was "reached")
    const fine = entries("instansi,tahun,indeks,predikat\nKota Uji,2024,4.1999,Sangat Baik\n", { user: true });
    expect(trend(fine, { target: "4.20" }).series[0]!.target).toMatchObject({ reached: false, gap: { display: "0.0001" } });
    // 2023 reads the predikat from the printed index: the printed 4.20 reaches 4.20
    const displayed = entries("instansi,tahun,indeks,predikat\nKota Uji,2023,4.20,Memuaskan\n", { user: true });
    expect(trend(displayed, { target: "4.20" }).series[0]!.target).toMatchObject({ reached: true });
  });

  it("a target cell that is neither an index nor a predikat is a warning", () => {
    const bad = entries("tahun,instansi,indeks,target\n2024,Kab. Q,3.00,tinggi\n", { user: true });
    const r = trend(bad);
    expect(r.series[0]!.target).toBeNull();
    expect(r.findings.map((f) => [f.code, f.value])).toEqual([["meta/invalid", "tinggi"]]);
  });

  it("every target cell that is neither an index nor a predikat is a warning, not only the one chosen", () => {
    // an RPJMD table: 2026's target is the one judged; 2019's and 2022's bad cells were never said
    const text = "tahun;instansi;indeks;target\n2019;Kab. Q;2,0;3,x\n2022;Kab. Q;3,1;tinggi\n2023;Kab. Q;3,2;3,5\n2026;Kab. Q;;4,2\n";
    const input = readInput(new TextEncoder().encode(text), { file: "rpjmd.csv", framework: SPBE_2020, frameworks: builtinFrameworks() });
    const read = entriesOf(input, { user: true });
    const r = trend(read.entries, { targets: read.targets });
    expect(r.series[0]!.target).toMatchObject({ text: "4,2", tahun: 2023 });
    expect(r.findings.map((f) => [f.code, f.line, f.column, f.value])).toEqual([
      ["meta/invalid", 2, 4, "3,x"],
      ["meta/invalid", 3, 4, "tinggi"],
    ]);
    // --target stands in for the column, which is then not read at all
    expect(trend(read.entries, { targets: read.targets, target: "4" }).findings).toEqual([]);
  });

  // found by a review: every other finding names its cell; a target cell's said only its line
  it("a target cell that cannot be read is said at its column: a row with an index, a year to come, an assessment", () => {
    const text = "instansi;target;tahun;indeks\nKab. Q;3,x;2023;3,2\nKab. Q;tinggi;2026;\n";
    const input = readInput(new TextEncoder().encode(text), { file: "rpjmd.csv", framework: SPBE_2020, frameworks: builtinFrameworks() });
    const read = entriesOf(input, { user: true });
    expect(trend(read.entries, { targets: read.targets }).findings.map((f) => [f.code, f.file, f.line, f.column, f.value])).toEqual([
      ["meta/invalid", "rpjmd.csv", 2, 2, "3,x"],
      ["meta/invalid", "rpjmd.csv", 3, 2, "tinggi"],
    ]);
    // an assessment: its target column, on the assessment's line
    const levels = SPBE_2020.indicators.map((i) => `Kab. C,2024,${i.id},3,tinggi`).join("\n");
    const file = readInput(new TextEncoder().encode(`instansi,tahun,indikator,tingkat,target\n${levels}\n`), {
      file: "a.csv",
      framework: SPBE_2020,
      frameworks: builtinFrameworks(),
    });
    const taken = takeEntries(file, { user: true });
    expect(trend(taken.entries).findings.map((f) => [f.code, f.line, f.column, f.value])).toEqual([["meta/invalid", 2, 5, "tinggi"]]);
  });

  // found by a review: an assessment's target is its first row's that has one, but was said at its first row
  it("an assessment's unreadable target is said at the row it was read from, not the assessment's first row", () => {
    // the first row's target cell is blank; the third row holds the target
    const levels = SPBE_2020.indicators.map((i, n) => `Kab. C,2024,${i.id},3,${n === 1 ? "tinggi" : ""}`).join("\n");
    const text = `instansi,tahun,indikator,tingkat,target\n${levels}\n`;
    for (const lean of [false, true]) {
      const file = readInput(new TextEncoder().encode(text), { file: "a.csv", framework: SPBE_2020, frameworks: builtinFrameworks(), lean });
      const assessment = file.kind === "assessments" ? file.assessments.assessments[0]! : null;
      expect([assessment?.line, assessment?.target, assessment?.targetLine], `lean: ${lean}`).toEqual([2, "tinggi", 3]);
      const read = lean ? takeEntries(file, { user: true }) : entriesOf(file, { user: true });
      expect(
        trend(read.entries).findings.map((f) => [f.code, f.line, f.column, f.value]),
        `lean: ${lean}`,
      ).toEqual([["meta/invalid", 3, 5, "tinggi"]]);
    }
  });

  it("matches --instansi by key, then by all its words", () => {
    const keys = ["kabupaten bandung", "kabupaten bandung barat", "kota bandung"];
    expect(matchInstansi(keys, "Kab. Bandung")).toEqual(["kabupaten bandung"]);
    expect(matchInstansi(keys, "bandung barat")).toEqual(["kabupaten bandung barat"]);
    expect(matchInstansi(keys, "bandung")).toEqual(keys);
    expect(matchInstansi(keys, "Surabaya")).toEqual([]);
  });
});

describe("rank targets (plan --target-rank)", () => {
  const year = national([
    "kabupaten,Jawa Barat,Kab. A,4.20,Memuaskan",
    "kabupaten,Jawa Barat,Kab. B,3.80,Sangat Baik",
    "kabupaten,Jawa Barat,Kab. C,3.80,Sangat Baik",
    "kabupaten,Jawa Tengah,Kab. D,4.50,Memuaskan",
    "kabupaten,Jawa Barat,Kab. Mine,3.10,Baik",
    "kota,Jawa Barat,Kota E,4.90,Memuaskan",
  ]);
  const mine = { ...entries("instansi,tahun,indeks\nKabupaten Mine,2025,3.30\n", { user: true })[0]!, kategori: "kabupaten" as const };

  it("the least display that ranks N: the N-th highest among the others, ties sharing the rank", () => {
    const r = rankTarget(year, mine, 2, { kategori: "kabupaten", min: 1 });
    // the others: D 4.50, A 4.20, B 3.80, C 3.80 (the instansi's own national row, 3.10, left out)
    expect([r.value, r.basis, r.of, r.current]).toEqual([{ n: 21n, d: 5n }, "displayed", 5, 5]);
    expect(r.overtakes).toEqual(["Kab. B", "Kab. C"]);
    expect(r.ties).toEqual(["Kab. A"]);
    // rank 3 is shared by B and C at 3.80: reaching 3.80 is enough for rank 3, and for rank 4
    expect(rankTarget(year, mine, 3, { kategori: "kabupaten", min: 1 }).value).toEqual({ n: 19n, d: 5n });
    expect(rankTarget(year, mine, 4, { kategori: "kabupaten", min: 1 }).value).toEqual({ n: 19n, d: 5n });
  });

  it("within a province; a rank past the group's size is reached by any index", () => {
    const r = rankTarget(year, mine, 1, { kategori: "kabupaten", provinsi: "jawa barat", min: 1 });
    expect([r.value, r.of, r.ties]).toEqual([{ n: 21n, d: 5n }, 4, ["Kab. A"]]);
    const far = rankTarget(year, mine, 9, { kategori: "kabupaten", min: 1 });
    expect([far.value, far.ties, far.overtakes]).toEqual([{ n: 1n, d: 1n }, [], []]);
  });

  // (an exploratory test) "now rank 14; tied with Kab. Kuningan" of a target rank 15 already passed: Kuningan
  // shows the target, 3.57, and the user 3.64
  it("a rank already reached names no tie the user is not in", () => {
    const ahead = { ...mine, shown: { n: 19n, d: 5n } };
    // 3.80 ties B and C at rank 3; rank 4 needs 3.80 too
    expect(rankTarget(year, ahead, 4, { kategori: "kabupaten", min: 1 }).ties).toEqual(["Kab. B", "Kab. C"]);
    const above = { ...mine, shown: { n: 4n, d: 1n } };
    const passed = rankTarget(year, above, 4, { kategori: "kabupaten", min: 1 });
    expect([passed.current, passed.ties, passed.overtakes]).toEqual([3, [], []]);
  });
});
