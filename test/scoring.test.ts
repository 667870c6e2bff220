import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAssessments } from "../src/assessment/build.js";
import { parseDecimal, toNumber, toText } from "../src/core/rational.js";
import { withoutExternal } from "../src/frameworks/types.js";
import { readTable } from "../src/io/table.js";
import { findingMessage } from "../src/messages/findings.js";
import { bandFor, parseTarget, scoreAssessment, targetGap } from "../src/scoring/score.js";
import { csvOf, fw, range, read, scoreOf } from "./helpers.js";

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

  it("an exact 1.795 displays 1.80 and is Cukup: the predikat follows the displayed number", () => {
    // 1 + (4·3 + 27·2.5)/100 = 1.795
    const s = scoreOf(csvOf("spbe-2020", { "42": 5, ...range(11, 16, 5), "17": 4 }));
    expect(s.index.value).toEqual(parseDecimal("1.795"));
    expect(s.index.display).toBe("1.80");
    expect(s.band.predikat).toBe("Cukup");
  });

  it("an exact 3.495 displays 3.50 and is Sangat Baik", () => {
    // 1 + (30·2.75 + 24·3 + 38·2.5)/100 = 3.495
    const s = scoreOf(csvOf("spbe-2020", { ...range(32, 38, 5), "39": 3, ...range(42, 47, 5), ...range(11, 19, 5), "20": 3 }));
    expect(s.index.display).toBe("3.50");
    expect(s.band.predikat).toBe("Sangat Baik");
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
    // the reference marks level 5 of the 2020 service indicators unverified, and so does every output
    expect(s.indicators.find((i) => i.indicator.id === "34")).toMatchObject({ levelName: "Optimalisasi", levelNameVerified: false });
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
    expect(bandFor(fw("pemdi-2026"), parseDecimal("1.50")!).predikat).toBe("Cukup");
    expect(bandFor(fw("pemdi-2026"), parseDecimal("1.494")!).predikat).toBe("Kurang");
    expect(bandFor(fw("pemdi-2026"), parseDecimal("1.495")!).predikat).toBe("Cukup");
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

  it("reads a number with a decimal comma and says when it is reached", () => {
    const gap = targetGap(s(), parseTarget(fw("spbe-2020"), "3,08")!);
    expect(gap.reached).toBe(true);
    expect(gap.gap.display).toBe("0.00");
  });

  it("judges the gap on the displayed numbers, like the predikat", () => {
    // index 3.084 shows 3.08; a target of 3.085 shows 3.09: 0.01 short, not the 0.001 of the exact values
    expect(targetGap(s(), parseTarget(fw("spbe-2020"), "3.085")!).gap.display).toBe("0.01");
    expect(targetGap(s(), parseTarget(fw("spbe-2020"), "3.095")!).gap.display).toBe("0.02");
    expect(targetGap(s(), parseTarget(fw("spbe-2020"), "3.075")!).reached).toBe(true);
  });

  it("rejects nonsense and values above the top level", () => {
    expect(parseTarget(fw("spbe-2020"), "tinggi")).toBeNull();
    expect(parseTarget(fw("spbe-2020"), "5.5")).toBeNull();
    expect(parseTarget(fw("spbe-2020"), "Kurang")).toBeNull();
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
    expect(withoutExternal(fw("spbe-2020"))).toBeNull();
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

  it("ignores external values that are there, so the figure is the same with or without them", () => {
    const file = buildAssessments(readTable(fixture("contoh-pemdi-2026.csv"), { file: "p.csv" }), reduced());
    expect(scoreAssessment(file.assessments[0]!).index.display).toBe("2.85");
  });

  it("without the flag, a blank external value is an error that names its source and the way out", () => {
    const file = read(pending(), "pemdi-2026");
    const five = file.findings.find((f) => f.code === "value/missing" && f.args.id === "5")!;
    expect(findingMessage(five, "en")).toBe(
      "the level of indicator 5 is blank; it comes from Indeks Satu Data Indonesia (SDI): fill it in once published, or score with --without-external",
    );
  });
});
