import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAssessments } from "../src/assessment/build.js";
import { div, fromInt, mul, parseDecimal, sum, toFixedHalfUp, toNumber, toText } from "../src/core/rational.js";
import { loadFramework } from "../src/frameworks/load.js";
import { withoutExternal } from "../src/frameworks/types.js";
import { readTable } from "../src/io/table.js";
import { findingMessage } from "../src/messages/findings.js";
import { basisNote, headlineWithNote } from "../src/report/predikat-text.js";
import { bandFor } from "../src/scoring/predikat.js";
import { parseTarget, scoreAssessment, targetGap } from "../src/scoring/score.js";
import { targetPredikat } from "../src/scoring/target-predikat.js";
import { csvOf, fw, kanwilOnHundred, range, read, scoreOf } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const scoreFixture = (name: string, frameworkId: string) => {
  const file = read(fixture(name), frameworkId, name);
  expect(file.findings.filter((f) => f.severity === "error")).toEqual([]);
  return scoreAssessment(file.assessments[0]!);
};

describe("spbe-2020, hand-computed", () => {
  it("all level 1 gives 1.00 Kurang; all level 5 gives 5.00 Memuaskan", () => {
    expect([scoreOf(csvOf("spbe-2020", {}, 1)).index.display, scoreOf(csvOf("spbe-2020", {}, 1)).band.predikat]).toEqual(["1.00", "Kurang"]);
    expect([scoreOf(csvOf("spbe-2020", {}, 5)).index.display, scoreOf(csvOf("spbe-2020", {}, 5)).band.predikat]).toEqual(["5.00", "Memuaskan"]);
  });

  it("an exact 2.675 displays 2.68 (toFixed would say 2.67)", () => {
    // 1 + (2·2.75 + 24·3 + 36·2.5)/100 = 1 + 167.5/100 = 2.675
    const s = scoreOf(csvOf("spbe-2020", { "32": 3, ...range(42, 47, 5), ...range(11, 19, 5) }));
    expect(s.index.value).toEqual(parseDecimal("2.675"));
    expect(s.index.display).toBe("2.68");
    expect(s.band.predikat).toBe("Baik");
  });

  it("an exact 1.795 displays 1.80; without a tahun the predikat is read from the exact index (Kurang)", () => {
    // 1 + (4·3 + 27·2.5)/100 = 1.795. Was Cukup when every predikat followed the display; the
    // ministry's 2024 tables show the exact index decides, which is the default for years without evidence.
    const s = scoreOf(csvOf("spbe-2020", { "42": 5, ...range(11, 16, 5), "17": 4 }));
    expect(s.index.value).toEqual(parseDecimal("1.795"));
    expect(s.index.display).toBe("1.80");
    expect([s.band.predikat, s.predikat.basis.source, s.predikat.otherBand?.predikat]).toEqual(["Kurang", "default", "Cukup"]);
  });

  it("an exact 3.495 displays 3.50 and is Baik under the exact reading, Sangat Baik under the displayed one", () => {
    // 1 + (30·2.75 + 24·3 + 38·2.5)/100 = 3.495
    const s = scoreOf(csvOf("spbe-2020", { ...range(32, 38, 5), "39": 3, ...range(42, 47, 5), ...range(11, 19, 5), "20": 3 }));
    expect(s.index.display).toBe("3.50");
    expect([s.band.predikat, s.predikat.otherBand?.predikat]).toEqual(["Baik", "Sangat Baik"]);
  });

  it("scores the bundled mandiri sample: 3.642 → 3.64 Sangat Baik, with domains and aspects", () => {
    const s = scoreFixture("contoh-spbe-2020-mandiri.csv", "spbe-2020");
    expect(toNumber(s.index.value)).toBe(3.642);
    expect([s.index.display, s.band.predikat]).toEqual(["3.64", "Sangat Baik"]);
    expect(s.domains.map((d) => d.score.display)).toEqual(["3.40", "3.50", "2.73", "4.12"]);
    expect(s.aspects.map((a) => a.score.display)).toEqual(["3.40", "3.50", "3.50", "3.50", "2.88", "2.33", "4.20", "4.00"]);
    // shortfall = weight × (5 − aspect index) / 100: aspect 5 loses 0.255, aspect 7 0.22, aspect 1 0.208
    expect(s.weakestAspects).toEqual(["5", "7", "1"]);
    expect(s.indicators.find((i) => i.indicator.id === "9")).toMatchObject({ levelName: "Terkelola", levelNameVerified: true });
    // level 5 of the 2020 service indicators is "Optimum" (Tabel 2 of the Lampiran), verified
    expect(s.indicators.find((i) => i.indicator.id === "34")).toMatchObject({ levelName: "Optimum", levelNameVerified: true });
  });

  it("scores the bundled evaluasi sample: 3.084 → 3.08 Baik", () => {
    const s = scoreFixture("contoh-spbe-2020-evaluasi.csv", "spbe-2020");
    expect(toNumber(s.index.value)).toBe(3.084);
    expect([s.index.display, s.band.predikat]).toEqual(["3.08", "Baik"]);
    expect(s.domains.map((d) => d.score.display)).toEqual(["2.80", "2.90", "2.27", "3.56"]);
  });
});

describe("spbe-2018, hand-computed", () => {
  it("aspect 7 is the plain mean of 32, 33, 34, 35.1, 35.2, 35.3", () => {
    const s = scoreOf(csvOf("spbe-2018", { "32": 3, "33": 1, "34": 2, "35.1": 5, "35.2": 0, "35.3": 1 }, 0), "spbe-2018");
    expect(s.aspects.find((a) => a.tier.id === "7")!.score.value).toEqual(parseDecimal("2"));
    // index = 20 × 2 / 100 = 0.40
    expect(s.index.display).toBe("0.40");
  });

  it("accepts level 0 and scores the bundled sample: 1.91666… → 1.92 Cukup", () => {
    const s = scoreFixture("contoh-spbe-2018.csv", "spbe-2018");
    expect(s.index.display).toBe("1.92");
    expect(s.band.predikat).toBe("Cukup");
    expect(s.aspects.map((a) => a.score.display)).toEqual(["1.43", "1.50", "1.50", "1.50", "1.33", "2.57", "1.83"]);
    expect(s.domains.map((d) => d.score.display)).toEqual(["1.47", "1.43", "2.30"]);
  });
});

describe("pemdi-2026, hand-computed", () => {
  it("has no domain tier and scores fractional values exactly: 2.7818 → 2.78 Baik (Berkembang)", () => {
    const s = scoreFixture("contoh-pemdi-2026.csv", "pemdi-2026");
    expect(s.domains).toEqual([]);
    expect(toNumber(s.index.value)).toBe(2.7818);
    expect([s.index.display, s.band.predikat, s.band.label]).toEqual(["2.78", "Baik", "Berkembang"]);
    expect(s.aspects.map((a) => a.score.display)).toEqual(["2.75", "2.50", "2.32", "2.60", "3.25", "2.71", "3.15"]);
  });

  it("puts a boundary value in the upper band (half-open bands)", () => {
    expect(bandFor(fw("pemdi-2026"), parseDecimal("1.50")!, "exact").predikat).toBe("Cukup");
    expect(bandFor(fw("pemdi-2026"), parseDecimal("1.494")!, "exact").predikat).toBe("Kurang");
    expect(bandFor(fw("pemdi-2026"), parseDecimal("1.495")!, "displayed").predikat).toBe("Cukup");
  });
});

describe("targets", () => {
  const s = () => scoreFixture("contoh-spbe-2020-evaluasi.csv", "spbe-2020");
  it("reads a predikat as its band's lower edge", () => {
    const t = parseTarget(fw("spbe-2020"), "sangat baik")!;
    expect(t.value).toEqual(parseDecimal("3.5"));
    const gap = targetGap(s(), t);
    expect([gap.reached, gap.gap.display]).toEqual([false, "0.42"]);
  });

  // found by an exploratory tester: Pemdi outputs say "Baik (Berkembang)", yet --target Melembaga was a usage error
  it("reads a Pemdi band's own name (Melembaga) as its predikat's lower edge", () => {
    const t = parseTarget(fw("pemdi-2026"), " melembaga ")!;
    expect([toText(t.value), t.band.predikat]).toEqual(["3.5", "Sangat Baik"]);
    expect(parseTarget(fw("pemdi-2026"), "Unggul")!.band.predikat).toBe("Memuaskan");
    // the lowest band has no lower edge, by either name; spbe-2020 has no band names
    expect([parseTarget(fw("pemdi-2026"), "Merintis"), parseTarget(fw("spbe-2020"), "Melembaga")]).toEqual([null, null]);
  });

  it("reads a number with a decimal comma and says when it is reached", () => {
    const gap = targetGap(s(), parseTarget(fw("spbe-2020"), "3,08")!);
    expect(gap.reached).toBe(true);
    expect(gap.gap.display).toBe("0.00");
  });

  it("judges the gap like the predikat: on the exact index by default, on the displays under the displayed basis", () => {
    // index 3.084 (no tahun: exact basis) against 3.085 is 0.001 short, said with the digits that show it;
    // under the 2023 rule 3.084 shows 3.08 and 3.085 shows 3.09: 0.01 short
    expect(targetGap(s(), parseTarget(fw("spbe-2020"), "3.085")!).gap.display).toBe("0.001");
    expect(targetGap(s(), parseTarget(fw("spbe-2020"), "3.075")!).reached).toBe(true);
    const in2023 = scoreAssessment(read(fixture("contoh-spbe-2020-evaluasi.csv")).assessments[0]!, { basis: "displayed" });
    expect(targetGap(in2023, parseTarget(fw("spbe-2020"), "3.085")!).gap.display).toBe("0.01");
    expect(targetGap(in2023, parseTarget(fw("spbe-2020"), "3.095")!).gap.display).toBe("0.02");
  });

  // found by a review: "Target 3.09 (Baik): 0.001 short" of an index shown 3.08, in every format
  // (the number's decimals, not the text's: 3.5000 is 3.50, as the README says)
  it("shows a target with the decimals its number needs (two at least), so its gap adds up", () => {
    const display = (text: string) => targetGap(s(), parseTarget(fw("spbe-2020"), text)!).target.display;
    expect([display("3.085"), display("3,0850"), display("3.5000"), display("3"), display("Sangat Baik"), display("3.1234")]).toEqual([
      "3.085",
      "3.085",
      "3.50",
      "3.00",
      "3.50",
      "3.1234",
    ]);
  });

  it("rejects nonsense and values above the top level", () => {
    expect(parseTarget(fw("spbe-2020"), "tinggi")).toBeNull();
    expect(parseTarget(fw("spbe-2020"), "5.5")).toBeNull();
    expect(parseTarget(fw("spbe-2020"), "Kurang")).toBeNull();
  });

  // found by a review of framework files: '--target 100' on a file's 0–100 scale was 'not a number 0–100'
  it("reads the top of a framework file's 0–100 scale", () => {
    const json = kanwilOnHundred(true);
    const loaded = loadFramework(json);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(parseTarget(loaded.framework, "100")).toMatchObject({ value: fromInt(100), band: { predikat: "Unggul" } });
    expect(parseTarget(loaded.framework, "99,5")?.value).toEqual(parseDecimal("99.5"));
    expect(parseTarget(loaded.framework, "100.5")).toBeNull();
    expect(parseTarget(fw("spbe-2020"), "100")).toBeNull();
  });

  // one list for what a refused target is told, in trend's RangeError and the CLI's usage error alike:
  // it must stay the predikat parseTarget reads by name, or the message offers one that is refused
  it("names as a target's predikat exactly the bands parseTarget reads by name, and by their own name", () => {
    const kanwil = loadFramework(kanwilOnHundred(true));
    if (!kanwil.ok) throw new Error(JSON.stringify(kanwil.problems));
    for (const f of [fw("spbe-2018"), fw("spbe-2020"), fw("pemdi-2026"), kanwil.framework]) {
      const listed = targetPredikat(f).map((n) => n.split("/"));
      expect(
        listed.map(([predikat]) => predikat),
        f.id,
      ).toEqual(f.bands.filter((b) => parseTarget(f, b.predikat) !== null).map((b) => b.predikat));
      // each name listed reads as its band
      for (const names of listed) expect(new Set(names.map((n) => parseTarget(f, n)?.band.predikat)), f.id).toEqual(new Set([names[0]]));
    }
    expect(targetPredikat(fw("spbe-2020"))).toEqual(["Memuaskan", "Sangat Baik", "Baik", "Cukup"]);
    expect(targetPredikat(fw("pemdi-2026"))).toEqual(["Memuaskan/Unggul", "Sangat Baik/Melembaga", "Baik/Berkembang", "Cukup/Membangun"]);
    expect(targetPredikat(kanwil.framework)).toEqual(["Unggul"]);
  });
});

describe("pemdi-2026 without the external indicators (--without-external)", () => {
  const reduced = () => withoutExternal(fw("pemdi-2026"))!;
  const pending = () =>
    fixture("contoh-pemdi-2026.csv")
      .toString("utf8")
      .replace(/^(3\.1|3\.2|3\.3|6\.4);([^;]*);[^;]*;/gm, "$1;$2;;");

  it("leaves out 5, 6, 7 and 18 and keeps the remaining weights (Σw = 86)", () => {
    const f = reduced();
    expect(f.excluded.map((i) => i.id)).toEqual(["5", "6", "7", "18"]);
    expect(f.indicators).toHaveLength(16);
    expect(toText(f.totalWeight)).toBe("86");
    expect(f.aspects.map((a) => toText(a.weight))).toEqual(["10", "10", "4", "15", "10", "12", "25"]);
    expect(f.caveats.at(-1)!.en).toMatch(/not the official index/);
    // named as a Pemdi user types them, beside the numbers
    expect(f.caveats.at(-1)!.id).toMatch(/^Dihitung tanpa indikator eksternal 5 \(3\.1\), 6 \(3\.2\), 7 \(3\.3\), 18 \(6\.4\); /);
    expect(withoutExternal(fw("spbe-2020"))).toBeNull();
  });

  it("refuses a framework whose every indicator is external: nothing would be left to score (Σw = 0)", () => {
    const f = fw("pemdi-2026");
    const allExternal = { ...f, indicators: f.indicators.map((i) => ({ ...i, externalSource: i.externalSource ?? "BPS" })) };
    expect(() => withoutExternal(allExternal)).toThrow(new RangeError("withoutExternal: every indicator of pemdi-2026 is external; nothing is left to score"));
  });

  it("scores a file whose external values have not arrived: 979/344 = 2.8459… → 2.85", () => {
    const file = buildAssessments(readTable(new TextEncoder().encode(pending()), { file: "p.csv" }), reduced());
    expect(file.findings.map((f) => f.code)).toEqual(["framework/provisional"]);
    const s = scoreAssessment(file.assessments[0]!);
    expect(toText(s.index.value)).toBe("979/344");
    expect([s.index.display, s.band.predikat]).toEqual(["2.85", "Baik"]);
    // aspect 3 is indicator 8 alone (level 2); aspect 6 is 15, 16, 17 at 2, 3, 3.5
    expect(s.aspects.find((a) => a.tier.id === "3")!.score.display).toBe("2.00");
    expect(s.aspects.find((a) => a.tier.id === "6")!.score.display).toBe("2.83");
  });

  // without 5–7, indicators 4 and 8 sit side by side in the framework: "4–8 (2.2–3.4)" said 5–7 were missing too
  it("missing runs break where indicators were left out: '4 (2.2), 8 (3.4)', not '4–8'", () => {
    const rows = reduced()
      .indicators.filter((i) => !["4", "8", "9", "10"].includes(i.id))
      .map((i) => `${i.code},3`);
    const file = buildAssessments(readTable(new TextEncoder().encode(["kode,nilai", ...rows, ""].join("\n")), { file: "p.csv" }), reduced());
    const missing = file.findings.filter((f) => f.code === "indicator/missing").map((f) => findingMessage(f, "en"));
    expect(missing).toEqual(["4 indicators have no row: 4 (2.2), 8–10 (3.4–4.2)"]);
  });

  it("ignores external values that are there, so the figure is the same with or without them", () => {
    const file = buildAssessments(readTable(fixture("contoh-pemdi-2026.csv"), { file: "p.csv" }), reduced());
    expect(scoreAssessment(file.assessments[0]!).index.display).toBe("2.85");
  });

  // found by an exploratory tester: 'abc' or 9 typed in an external row passed `validate --without-external`
  // with 0 errors, to fail only once the flag was dropped; left out of the figure, the level is still read
  it("a level written in a left-out external row is still checked: 'abc' and 9 are findings, a blank is not", () => {
    const typed = pending()
      .replace(/^3\.1;([^;]*);;/m, "3.1;$1;abc;")
      .replace(/^6\.4;([^;]*);;/m, "6.4;$1;9;");
    const file = buildAssessments(readTable(new TextEncoder().encode(typed), { file: "p.csv" }), reduced());
    const said = file.findings.filter((f) => f.code.startsWith("value/")).map((f) => [f.code, f.value, findingMessage(f, "en")]);
    expect(said).toEqual([
      ["value/invalid", "abc", "'abc' is not a valid level for indicator 5 (3.1) (enter a number 1–5)"],
      ["value/out-of-range", "9", "level 9 for indicator 18 (6.4) is outside 1–5"],
    ]);
    expect(file.assessments[0]!.valid).toBe(false);
  });

  it("without the flag, a blank external value is an error that names its source and the way out", () => {
    const file = read(pending(), "pemdi-2026");
    const five = file.findings.find((f) => f.code === "value/missing" && f.args.id === "5")!;
    expect(findingMessage(five, "en")).toBe(
      "the level of indicator 5 (3.1) is blank; it comes from SDI: fill it in once published, or score with --without-external",
    );
  });

  it("a finding names a Pemdi indicator by the code users type too: 'indikator 20 (7.2)', missing runs '4–19 (2.2–7.1)'", () => {
    const file = read("kode,nilai,bukti\n1.1,3,\n1.2,6,x\n2.1,x,x\n7.2,2,x\n7.2,3,x\n", "pemdi-2026");
    const said = file.findings.filter((f) => f.code !== "framework/provisional").map((f) => findingMessage(f, "id"));
    expect(said).toEqual([
      "16 indikator tidak diisi: 4–19 (2.2–7.1)",
      "indikator 1 (1.1) mengklaim tingkat 3 atau lebih tanpa bukti dukung",
      "tingkat 6 untuk indikator 2 (1.2) di luar rentang 1–5",
      "'x' bukan tingkat yang sah untuk indikator 3 (2.1) (isi angka 1–5)",
      "indikator '7.2' sudah diisi di baris 5",
    ]);
    const two = read(
      "kode,nilai\n1.1,3\n1.2,3\n2.1,3\n2.2,3\n3.1,3\n3.2,3\n3.3,3\n3.4,3\n4.1,3\n4.2,3\n4.3,3\n4.4,3\n5.1,3\n5.2,3\n6.1,3\n6.2,3\n6.3,3\n6.4,3\n",
      "pemdi-2026",
    );
    expect(two.findings.filter((f) => f.code === "indicator/missing").map((f) => findingMessage(f, "en"))).toEqual([
      "indicator 19 (7.1) has no row",
      "indicator 20 (7.2) has no row",
    ]);
    // a framework without codes is said as before
    expect(findingMessage(read(csvOf("spbe-2020", { 3: 9 })).findings[0]!, "id")).toBe("tingkat 9 untuk indikator 3 di luar rentang 1–5");
  });
});

describe("predikat basis: exact or displayed index, by evaluation year (KemenPANRB's national tables)", () => {
  /** A 2020 assessment of year `tahun`: every indicator at 1 except `levels`. */
  const inYear = (tahun: number | null, levels: Record<string, number>, basis?: "exact" | "displayed") => {
    const rows = fw("spbe-2020").indicators.map((i) => `${tahun ?? ""},${i.id},${levels[i.id] ?? 1}`);
    const file = read(["tahun,indikator,tingkat", ...rows, ""].join("\n"));
    expect(file.findings).toEqual([]);
    return scoreAssessment(file.assessments[0]!, { basis });
  };
  const fives = (ids: number[]) => Object.fromEntries(ids.map((i) => [String(i), 5]));
  // constructed level sets whose exact index lies just below a band edge
  const EXACT_17975 = { ...fives([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]), "11": 3, "32": 2 };
  const EXACT_1795 = { ...fives([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]), "11": 4 };
  const EXACT_17995 = { ...fives([2, 3, 4, 5, 6, 7, 8, 9, 12, 13]), "1": 3, "11": 4, "32": 4 };
  const EXACT_34985 = {
    ...fives([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 34, 35]),
    "1": 2,
    "11": 4,
    "21": 3,
    "32": 4,
  };
  const EXACT_2596 = fives([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);

  it("2024: the exact index decides — 1.7975 is Kurang though it shows 1.80 (Kab. Nias Barat)", () => {
    const s = inYear(2024, EXACT_17975);
    expect(toText(s.index.value)).toBe("1.7975");
    expect([s.index.display, s.band.predikat, s.predikat.otherBand?.predikat]).toEqual(["1.80", "Kurang", "Cukup"]);
    expect(s.predikat.basis).toMatchObject({ basis: "exact", source: "year", year: 2024 });
    expect(basisNote(s, "id")).toBe("indeks tepat 1.7975 di bawah batas 1.80; predikat dari indeks tepat, aturan KemenPANRB 2024");
    expect(headlineWithNote(s, "id")).toBe("1.80 — Kurang (indeks tepat 1.7975 di bawah batas 1.80; predikat dari indeks tepat, aturan KemenPANRB 2024)");
    expect(basisNote(s, "en")).toBe("the exact index 1.7975 is below the 1.80 edge; predikat from the exact index, KemenPANRB's 2024 rule");
  });

  it("2024: 3.4985 is Baik (Kab. Pacitan), 2.596 is Cukup (Kab. Luwu)", () => {
    const pacitan = inYear(2024, EXACT_34985);
    expect([toText(pacitan.index.value), pacitan.index.display, pacitan.band.predikat]).toEqual(["3.4985", "3.50", "Baik"]);
    const luwu = inYear(2024, EXACT_2596);
    expect([toText(luwu.index.value), luwu.index.display, luwu.band.predikat]).toEqual(["2.596", "2.60", "Cukup"]);
  });

  it("2023: the displayed index decides — 1.795 and 1.7995 are Cukup (Kab. Nias Barat, Kab. Boven Digoel)", () => {
    const nias = inYear(2023, EXACT_1795);
    expect([toText(nias.index.value), nias.index.display, nias.band.predikat, nias.predikat.otherBand?.predikat]).toEqual(["1.795", "1.80", "Cukup", "Kurang"]);
    expect(basisNote(nias, "id")).toBe(
      "indeks tepat 1.795 di bawah batas 1.80, tetapi tampilannya 1.80 mencapainya; predikat dari indeks yang ditampilkan, aturan KemenPANRB 2023",
    );
    const boven = inYear(2023, EXACT_17995);
    expect([toText(boven.index.value), boven.band.predikat]).toEqual(["1.7995", "Cukup"]);
  });

  it("years without evidence (and no tahun) use the default, the exact index", () => {
    for (const tahun of [2022, 2025, null]) {
      const s = inYear(tahun, EXACT_17975);
      expect([s.band.predikat, s.predikat.basis.source], String(tahun)).toEqual(["Kurang", "default"]);
      expect(basisNote(s, "id")).toContain("aturan bawaan untuk tahun tanpa bukti");
    }
    // (a coordinator's review) an assumed rule says what the other would give, as the reference asks; a year with
    // its own rule names the rule, and that is enough
    expect(basisNote(inYear(2025, EXACT_17975), "id")).toBe(
      "indeks tepat 1.7975 di bawah batas 1.80; predikat dari indeks tepat, aturan bawaan untuk tahun tanpa bukti; dari indeks yang ditampilkan predikatnya Cukup",
    );
    expect(basisNote(inYear(2025, EXACT_17975), "en")).toMatch(/the default for years without evidence; from the displayed index it would be Cukup$/);
    expect(basisNote(inYear(2024, EXACT_17975), "en")).not.toContain("it would be");
  });

  it("--predikat-basis overrides the year's rule, and says so", () => {
    const s = inYear(2024, EXACT_17975, "displayed");
    expect([s.band.predikat, s.predikat.basis.source, s.predikat.otherBand?.predikat]).toEqual(["Cukup", "option", "Kurang"]);
    expect(basisNote(s, "en")).toMatch(/chosen with --predikat-basis or a config file's predikatBasis$/);
    expect(inYear(2023, EXACT_1795, "exact").band.predikat).toBe("Kurang");
  });

  it("says nothing where both readings agree", () => {
    const s = inYear(2024, fives([1, 2, 3]));
    expect(s.predikat.otherBand).toBeNull();
    expect(basisNote(s, "id")).toBeNull();
  });

  it("reaches a target exactly when the predikat would be reached", () => {
    const target = parseTarget(fw("spbe-2020"), "Sangat Baik")!;
    const gap2024 = targetGap(inYear(2024, EXACT_34985), target);
    expect([gap2024.reached, gap2024.gap.display]).toEqual([false, "0.0015"]);
    const cukup = parseTarget(fw("spbe-2020"), "Cukup")!;
    expect(targetGap(inYear(2023, EXACT_1795), cukup).reached).toBe(true);
    expect(targetGap(inYear(2024, EXACT_17975), cukup).reached).toBe(false);
  });

  // the target's band was read from its exact value whatever the year: in 2023 the headline said
  // "3.50 — Sangat Baik" and the target line "Target 3.50 (Baik): tercapai"
  it("names a target's band as the target is judged", () => {
    const target = parseTarget(fw("spbe-2020"), "3.4985")!;
    expect(targetGap(inYear(2023, EXACT_34985), target)).toMatchObject({ reached: true, band: { predikat: "Sangat Baik" } });
    expect(targetGap(inYear(2024, EXACT_34985), target)).toMatchObject({ reached: true, band: { predikat: "Baik" } });
  });
});

describe("the Lampiran's worked example (PermenPANRB 59/2020, Tabel 10–12)", () => {
  it("aspect 2 = 3.00 from levels 3, 4, 3, 2; domain 2 = 3.40 from aspects 3.00, 4.00, 3.00; index 328.20/100 = 3.28", () => {
    const levels = { "11": 3, "12": 4, "13": 3, "14": 2, ...range(15, 18, 4), "19": 3, "20": 3 };
    const s = scoreOf(csvOf("spbe-2020", levels, 3));
    expect(s.aspects.find((a) => a.tier.id === "2")!.score.display).toBe("3.00");
    expect(s.aspects.find((a) => a.tier.id === "3")!.score.display).toBe("4.00");
    expect(s.domains.find((d) => d.tier.id === "2")!.score.value).toEqual(parseDecimal("3.4"));
    // Tabel 12: Σ ND × BD over the domains with the Lampiran's own domain indices
    const f = fw("spbe-2020");
    const nd = ["3.70", "3.40", "3.00", "3.20"].map((x) => parseDecimal(x)!);
    const total = sum(f.domains.map((d, i) => mul(nd[i]!, d.weight)));
    expect(toText(total)).toBe("328.2");
    expect(toFixedHalfUp(div(total, fromInt(100)), 2)).toBe("3.28");
    // and our index is exactly Σ ND × BD / 100 of our own domain indices
    expect(sum(s.domains.map((d) => mul(d.score.value, d.tier.weight)))).toEqual(mul(s.index.value, fromInt(100)));
  });
});

// found by a review: a framework file's own per-year rule was said as "KemenPANRB's 2025 rule"
describe("the predikat rule's attribution", () => {
  it("is the ministry's for a bundled framework, the file's own for a framework file", async () => {
    const { basisRule } = await import("../src/report/predikat-text.js");
    const { parseFramework } = await import("../src/frameworks/load.js");
    const spbe2020 = (await import("../src/frameworks/data/spbe-2020.json", { with: { type: "json" } })).default;
    const own = parseFramework({ ...JSON.parse(JSON.stringify(spbe2020)), id: "spbe-2020-kanwil" });
    if (!own.ok) throw new Error("expected a framework");
    const choice = { basis: "displayed" as const, source: "year" as const, year: 2023, note: { id: "", en: "" }, assumed: false };
    expect(basisRule(choice, "en", fw("spbe-2020"))).toBe("KemenPANRB's 2023 rule");
    expect(basisRule(choice, "en", own.framework)).toBe("this framework file's 2023 rule");
    expect(basisRule(choice, "id", own.framework)).toBe("aturan 2023 berkas kerangka ini");
  });
});
