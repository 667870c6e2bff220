import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAssessments } from "../src/assessment/build.js";
import { compareAssessments, exceedsThreshold, sameStructure } from "../src/compare/diff.js";
import { diff } from "../src/compare/report.js";
import { sidesFromColumns, sidesFromJenis, sidesFromTwoFiles } from "../src/compare/sides.js";
import { parseDecimal, sum, toText } from "../src/core/rational.js";
import { buildFramework } from "../src/frameworks/build.js";
import { withoutExternal } from "../src/frameworks/types.js";
import { readTable } from "../src/io/table.js";
import { findingMessage } from "../src/messages/findings.js";
import { csvOf, fw, read } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

function diffOf(a: string | Uint8Array, b: string | Uint8Array, frameworkId = "spbe-2020") {
  const sides = sidesFromTwoFiles(read(a, frameworkId, "a.csv"), read(b, frameworkId, "b.csv"));
  if (!sides.ok) throw new Error("sides");
  return compareAssessments(sides.a, sides.b);
}

describe("diff, hand-computed", () => {
  it("spbe-2020 samples: 3.642 − 3.084 = 0.558 → +0.56, 25 higher, predikat changes", () => {
    const r = diffOf(fixture("contoh-spbe-2020-mandiri.csv"), fixture("contoh-spbe-2020-evaluasi.csv"));
    const d = r.diff!;
    expect([r.a.label, r.b.label]).toEqual(["mandiri", "evaluasi"]);
    expect(d.index.value).toEqual(parseDecimal("0.558"));
    expect(d.index.display).toBe("0.56");
    expect(d.counts).toEqual({ higher: 25, lower: 0, equal: 22 });
    expect(d.predikatChanged).toBe(true);
    // Σ|Δ| = 24·1 + 1·2 = 26 over 47 indicators
    expect(d.meanAbsoluteDelta.display).toBe("0.55");
    // indicator 40: 2.75 × (5 − 3) / 100 = 0.055 → 0.06, the largest impact
    expect(d.indicators[0]).toMatchObject({ indicator: { id: "40" } });
    expect(d.indicators[0]!.impact.value).toEqual(parseDecimal("0.055"));
    expect(d.indicators[0]!.impact.display).toBe("0.06");
    // impacts explain the whole gap, exactly
    expect(sum(d.indicators.map((i) => i.impact.value))).toEqual(d.index.value);
    expect(d.aspects.find((a) => a.tier.id === "2")!.delta.display).toBe("0.75");
    expect(d.domains.map((x) => x.delta.display)).toEqual(["0.60", "0.60", "0.45", "0.56"]);
  });

  it("spbe-2018: 35.1 two levels apart moves the index by (20/6)·2/100 = 0.0666… → 0.07", () => {
    const r = diffOf(csvOf("spbe-2018", {}, 2), csvOf("spbe-2018", { "35.1": 0 }, 2), "spbe-2018");
    const d = r.diff!;
    expect(toText(d.indicators[0]!.impact.value)).toBe("1/15");
    expect(d.indicators[0]!.impact.display).toBe("0.07");
    expect([d.a.index.display, d.b.index.display, d.index.display]).toEqual(["2.00", "1.93", "0.07"]);
    expect(d.predikatChanged).toBe(false);
    expect(d.counts).toEqual({ higher: 1, lower: 0, equal: 36 });
  });

  it("pemdi-2026: fractional values, sorted by |impact|, negative impacts kept signed", () => {
    const base = fixture("contoh-pemdi-2026.csv").toString("utf8");
    const b = base
      .replace("7.2;Kepuasan Pengguna Layanan Digital Pemerintah;3,25", "7.2;Kepuasan Pengguna Layanan Digital Pemerintah;2,5")
      .replace("3.2;Operasional Pemanfaatan Informasi Geospasial;1,26", "3.2;Operasional Pemanfaatan Informasi Geospasial;2");
    const r = diffOf(base, b, "pemdi-2026");
    const d = r.diff!;
    expect(d.domains).toEqual([]);
    expect(d.indicators.slice(0, 2).map((i) => [i.indicator.id, toText(i.delta), i.impact.display])).toEqual([
      ["20", "0.75", "0.11"],
      ["6", "-0.74", "-0.02"],
    ]);
    // 0.1125 − 0.0222 = 0.0903
    expect(d.index.value).toEqual(parseDecimal("0.0903"));
    expect(d.counts).toEqual({ higher: 1, lower: 1, equal: 18 });
  });

  it("compares without the external indicators: impacts over Σw = 86 still add up to the difference", () => {
    const reduced = withoutExternal(fw("pemdi-2026"))!;
    const a = buildAssessments(readTable(fixture("contoh-pemdi-2026.csv"), { file: "a.csv" }), reduced);
    const b = buildAssessments(readTable(fixture("contoh-pemdi-2026-eksternal-belum-ada.csv"), { file: "b.csv" }), reduced);
    const sides = sidesFromTwoFiles(a, b);
    if (!sides.ok) throw new Error("sides");
    const d = compareAssessments(sides.a, sides.b).diff!;
    expect(d.index.display).toBe("0.00");
    expect(d.indicators).toHaveLength(16);
    expect(sum(d.indicators.map((i) => i.impact.value))).toEqual(d.index.value);
  });

  it("judges --fail-above on the displayed difference", () => {
    const d = diffOf(fixture("contoh-spbe-2020-mandiri.csv"), fixture("contoh-spbe-2020-evaluasi.csv")).diff!;
    expect(exceedsThreshold(d, parseDecimal("0.56")!)).toBe(false);
    expect(exceedsThreshold(d, parseDecimal("0.55")!)).toBe(true);
    const reversed = diffOf(fixture("contoh-spbe-2020-evaluasi.csv"), fixture("contoh-spbe-2020-mandiri.csv")).diff!;
    expect(reversed.index.display).toBe("-0.56");
    expect(exceedsThreshold(reversed, parseDecimal("0.55")!)).toBe(true);
  });
});

describe("diff inputs", () => {
  it("reads a side-by-side file through its mandiri and evaluasi columns", () => {
    const table = readTable(fixture("contoh-spbe-2020-berdampingan.csv"), { file: "x.csv" });
    const a = buildAssessments(table, fw("spbe-2020"), { valueColumn: "mandiri" });
    const b = buildAssessments(table, fw("spbe-2020"), { valueColumn: "evaluasi" });
    const sides = sidesFromColumns(a, b, ["mandiri", "evaluasi"]);
    expect(sides.ok).toBe(true);
    if (sides.ok) expect(compareAssessments(sides.a, sides.b).diff!.index.display).toBe("0.56");
  });

  it("reads one file holding both assessments as rows told apart by jenis", () => {
    const m = csvOf("spbe-2020", {}, 3)
      .replace("indikator,tingkat", "jenis,indikator,tingkat")
      .replace(/\n(\d)/g, "\nmandiri,$1");
    const e = csvOf("spbe-2020", {}, 2)
      .split("\n")
      .slice(1)
      .filter(Boolean)
      .map((l) => `evaluasi,${l}`)
      .join("\n");
    const sides = sidesFromJenis(read(`${m}${e}\n`));
    expect(sides.ok).toBe(true);
    if (sides.ok) expect(compareAssessments(sides.a, sides.b).diff!.index.display).toBe("1.00");
  });

  it("says so when a file holds more or fewer than one assessment per side", () => {
    const two = read(`jenis,indikator,tingkat\nmandiri,1,3\nmandiri,2,3\n`);
    const r = sidesFromJenis(two);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings.map((f) => f.code)).toEqual(["diff/assessment-count"]);
  });

  // (an exploratory review) the one-file form given a second file was told "each side must be exactly one (e.g.
  // one instansi with jenis mandiri and evaluasi)", what the file already was
  it("a file holding the mandiri and the evaluasi, given with a second file, is told to be compared alone", () => {
    const both = read(`jenis,indikator,tingkat\nmandiri,1,3\nevaluasi,1,2\n`, "spbe-2020", "gabungan.csv");
    const r = sidesFromTwoFiles(both, read(csvOf("spbe-2020", {}, 2), "spbe-2020", "evaluasi.csv"));
    if (r.ok) throw new Error("compared");
    expect(r.findings.map((f) => [f.file, f.args])).toEqual([["gabungan.csv", { count: 2, reason: "both-jenis" }]]);
    expect(findingMessage(r.findings[0]!, "en")).toBe(
      "this file already holds the mandiri and the evaluasi: compare them with `spbe diff <file>` alone, without a second file",
    );
    // two mandiri of two instansi are still too many
    const many = read(`instansi,jenis,indikator,tingkat\nA,mandiri,1,3\nB,mandiri,1,2\n`, "spbe-2020", "banyak.csv");
    const m = sidesFromTwoFiles(many, read(csvOf("spbe-2020", {}, 2)));
    if (m.ok) throw new Error("compared");
    expect(m.findings[0]!.args).toEqual({ count: 2, reason: "too-many" });
  });

  it("refuses to compare different frameworks", () => {
    const a = read(csvOf("spbe-2018", {}, 2), "spbe-2018", "a.csv");
    const b = read(csvOf("spbe-2020", {}, 2), "spbe-2020", "b.csv");
    const sides = sidesFromTwoFiles(a, b);
    if (!sides.ok) throw new Error("sides");
    const r = compareAssessments(sides.a, sides.b);
    expect(r.diff).toBeNull();
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([["diff/framework-mismatch", "error"]]);
  });

  it("does not call an indicator one-sided when its row is there with an invalid value", () => {
    const a = read(csvOf("spbe-2020", { "5": "tiga" }, 3), "spbe-2020", "a.csv");
    const b = read(csvOf("spbe-2020", {}, 3), "spbe-2020", "b.csv");
    const sides = sidesFromTwoFiles(a, b);
    if (!sides.ok) throw new Error("sides");
    const r = compareAssessments(sides.a, sides.b);
    expect(r.diff).toBeNull();
    expect(r.findings).toEqual([]);
  });

  it("offers --columns with the headers as written when a one-file diff has no level column but 'Nilai Mandiri' and 'Nilai Evaluasi'", () => {
    const rows = readFileSync(new URL("../fixtures/contoh-spbe-2020-berdampingan.csv", import.meta.url), "utf8")
      .trim()
      .split("\n")
      .slice(1);
    const side = (header: string) => [header, ...rows.map((l) => l.replaceAll(",", ";"))].join("\n");
    const r = diff(read(side("No;Indikator;Nilai Mandiri;Nilai Evaluasi"), "spbe-2020", "side.csv"));
    expect(r.result).toBeNull();
    const missing = r.findings.find((f) => f.code === "column/missing")!;
    expect(missing.args).toMatchObject({ role: "value", columns: ["Nilai Mandiri", "Nilai Evaluasi"] });
    expect(findingMessage(missing, "id")).toContain('--columns "Nilai Mandiri,Nilai Evaluasi"');
    expect(findingMessage(missing, "en")).toContain('compare them with `spbe diff <file> --columns "Nilai Mandiri,Nilai Evaluasi"`');
    // what it offers works
    const offered = diff(read(side("No;Indikator;Nilai Mandiri;Nilai Evaluasi"), "spbe-2020", "side.csv"), undefined, {
      columns: ["Nilai Mandiri", "Nilai Evaluasi"],
    });
    expect(offered.result?.diff?.index.display).toBe("0.56");
    // in any case; nothing offered when a word names two headers, or a header cannot be typed into --columns
    expect(diff(read(side("No;Indikator;NILAI MANDIRI;nilai evaluasi"))).findings[0]!.args).toMatchObject({ columns: ["NILAI MANDIRI", "nilai evaluasi"] });
    for (const header of [
      "No;Indikator;Mandiri 2023;Mandiri 2024",
      "No;Indikator;Nilai Mandiri;Bukti Mandiri;Nilai Evaluasi",
      "No;Indikator;Mandiri, final;Evaluasi",
    ]) {
      const f = diff(read(side(header))).findings.find((x) => x.code === "column/missing")!;
      expect(f.args).not.toHaveProperty("columns");
    }
  });

  it("explains that one assessment alone cannot be compared", () => {
    const r = sidesFromJenis(read(csvOf("spbe-2020", {}, 3)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings[0]).toMatchObject({ code: "diff/assessment-count", args: { count: 1, reason: "needs-two" } });
  });

  // (an exploratory tester) "Mandiri (PM)" / "Evaluasi (PE)" were told "each side must be exactly one (e.g. one
  // instansi with jenis mandiri and evaluasi)", what the file was; and "Hasil Penilaian Mandiri" was no mandiri
  it("reads jenis in the words offices write, and says two assessments told apart by jenis words it cannot read", () => {
    const gabungan = readFileSync(new URL("../fixtures/contoh-spbe-2020-gabungan.csv", import.meta.url), "utf8");
    const named = (m: string, e: string) => read(gabungan.replaceAll(",mandiri,", `,${m},`).replaceAll(",evaluasi,", `,${e},`));
    for (const [m, e] of [
      ["Mandiri (PM)", "Evaluasi (PE)"],
      ["Hasil Penilaian Mandiri", "Penilaian Eksternal"],
      ["nilai mandiri", "Nilai Evaluasi"],
    ] as const) {
      const r = sidesFromJenis(named(m, e));
      expect(r.ok && [r.a.label, r.b.label], `${m} / ${e}`).toEqual(["mandiri", "evaluasi"]);
    }
    const unread = sidesFromJenis(named("Mandiri (PM)", "Verifikasi"));
    expect(!unread.ok && unread.findings).toEqual([
      expect.objectContaining({ code: "diff/assessment-count", args: { count: 2, reason: "unread-jenis", jenis: ["Verifikasi"] } }),
    ]);
    const f = !unread.ok ? unread.findings[0]! : null;
    expect(findingMessage(f!, "en")).toBe(
      "the file holds 2 assessments, and jenis 'Verifikasi' is read as neither mandiri nor evaluasi: write their jenis as 'mandiri' and 'evaluasi'",
    );
    expect(findingMessage(f!, "id")).toBe(
      "berkas berisi 2 penilaian, dan jenis 'Verifikasi' tidak terbaca sebagai mandiri atau evaluasi: tulis jenisnya 'mandiri' dan 'evaluasi'",
    );
    // "(PM)" is no part of a jenis written inside other words: "Mandiri (PM) 2" stays unread; nor are words in brackets
    expect(named("Mandiri (PM) 2", "evaluasi").assessments.map((a) => a.jenis)).toEqual(["Mandiri (PM) 2", "evaluasi"]);
    expect(named("Mandiri (hasil evaluasi)", "Evaluasi (PE)").assessments.map((a) => a.jenis)).toEqual(["Mandiri (hasil evaluasi)", "evaluasi"]);
  });

  it("names indicators present on one side only, instead of treating them as zero", () => {
    const a = read(csvOf("spbe-2020", {}, 3), "spbe-2020", "a.csv");
    const b = read(csvOf("spbe-2020", {}, 3).replace("\n47,3\n", "\n"), "spbe-2020", "b.csv");
    const sides = sidesFromTwoFiles(a, b);
    if (!sides.ok) throw new Error("sides");
    const r = compareAssessments(sides.a, sides.b);
    expect(r.diff).toBeNull();
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "diff/indicator-unmatched", file: "a.csv", line: 48, args: { id: "47", code: null, side: "a.csv" } }),
    ]);
  });
});

// exploratory testing: a valid side was given `"index": null` whenever the other side had errors
describe("a valid side keeps its own score when the comparison cannot be made", () => {
  it("the other side has errors: the valid side is scored, the invalid one is not", () => {
    const r = diffOf(fixture("contoh-spbe-2020-mandiri.csv"), csvOf("spbe-2020", { "5": "tiga" }, 3));
    expect(r.diff).toBeNull();
    expect(r.scores.a?.index.display).toBe("3.64");
    expect(r.scores.b).toBeNull();
  });

  it("different frameworks: each side is scored under its own", () => {
    const sides = sidesFromTwoFiles(read(csvOf("spbe-2018", {}, 2), "spbe-2018", "a.csv"), read(csvOf("spbe-2020", {}, 3), "spbe-2020", "b.csv"));
    if (!sides.ok) throw new Error("sides");
    const r = compareAssessments(sides.a, sides.b);
    expect(r.diff).toBeNull();
    expect([r.scores.a?.index.display, r.scores.b?.index.display]).toEqual(["2.00", "3.00"]);
  });

  it("a compared pair carries the same scores as the diff", () => {
    const r = diffOf(fixture("contoh-spbe-2020-mandiri.csv"), fixture("contoh-spbe-2020-evaluasi.csv"));
    expect([r.scores.a, r.scores.b]).toEqual([r.diff!.a, r.diff!.b]);
  });
});

describe("diff across two framework objects (--framework-b)", () => {
  const spbe2020 = JSON.parse(readFileSync(new URL("../src/frameworks/data/spbe-2020.json", import.meta.url), "utf8")) as {
    domains: { aspects: { indicators: unknown[]; weight: string }[] }[];
  };
  /** The bundled spbe-2020 with every list in reverse order, or with `change` applied. */
  const variant = (change: (f: typeof spbe2020) => void) => {
    const copy = structuredClone(spbe2020);
    change(copy);
    const built = buildFramework(copy as never);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    return built.framework;
  };
  const reversed = variant((f) => {
    f.domains.reverse();
    for (const d of f.domains) {
      d.aspects.reverse();
      for (const a of d.aspects) a.indicators.reverse();
    }
  });

  it("pairs indicators and tiers by id when b's framework lists them in another order", () => {
    const a = read(fixture("contoh-spbe-2020-mandiri.csv"), "spbe-2020", "a.csv");
    const b = buildAssessments(readTable(fixture("contoh-spbe-2020-evaluasi.csv"), { file: "b.csv" }), reversed);
    const sides = sidesFromTwoFiles(a, b);
    if (!sides.ok) throw new Error("sides");
    const d = compareAssessments(sides.a, sides.b).diff!;
    const same = diffOf(fixture("contoh-spbe-2020-mandiri.csv"), fixture("contoh-spbe-2020-evaluasi.csv")).diff!;
    expect(d.index.value).toEqual(same.index.value);
    expect(d.indicators.map((i) => [i.indicator.id, toText(i.a), toText(i.b)])).toEqual(same.indicators.map((i) => [i.indicator.id, toText(i.a), toText(i.b)]));
    expect(d.aspects.map((x) => [x.tier.id, x.delta.display])).toEqual(same.aspects.map((x) => [x.tier.id, x.delta.display]));
    expect(sum(d.indicators.map((i) => i.impact.value))).toEqual(d.index.value);
  });

  it("refuses two frameworks with the same id but different weights, saying so", () => {
    const heavier = variant((f) => {
      const aspect = f.domains[0]!.aspects[0]! as { indicators: { weight: string }[] };
      aspect.indicators[0]!.weight = "1.4";
      aspect.indicators[1]!.weight = "1.2";
    });
    const a = read(fixture("contoh-spbe-2020-mandiri.csv"), "spbe-2020", "a.csv");
    const b = buildAssessments(readTable(fixture("contoh-spbe-2020-evaluasi.csv"), { file: "b.csv" }), heavier);
    const sides = sidesFromTwoFiles(a, b);
    if (!sides.ok) throw new Error("sides");
    const r = compareAssessments(sides.a, sides.b);
    expect(r.diff).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: "diff/framework-mismatch", args: { a: "spbe-2020", b: "spbe-2020", reason: "structure" } })]);
    expect(sameStructure(fw("spbe-2020"), reversed)).toBe(true);
  });
});

// found by a review of the library: { top: -1 } showed '24 of 25', { top: 0 } none, where the CLI refuses both
describe("diff's options", () => {
  it("refuses a top the CLI would refuse (RangeError)", () => {
    const fixture = (name: string) => read(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)), "spbe-2020", name);
    const [a, b] = [fixture("contoh-spbe-2020-mandiri.csv"), fixture("contoh-spbe-2020-evaluasi.csv")];
    for (const top of [0, -1, 2.5])
      expect(() => diff(a, b, { top }), String(top)).toThrow(new RangeError(`diff: top ${top} is not a whole number of 1 or more`));
    expect(diff(a, b, { top: 3 }).top).toBe(3);
  });
});
