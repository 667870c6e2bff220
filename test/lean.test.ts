/**
 * Lean reading and scoring (the batch path of rank, trend and the benchmark)
 * against the full path `score` uses: for any file of valid and invalid
 * assessments, in any row order, read once with `lean: true` and once
 * without, every assessment is valid in both or in neither, and
 * `scoreLean` gives exactly the index (the same rational), display
 * and predikat that `scoreAssessment` gives. And `InputReader` (the batch path
 * of rank and trend), fed the
 * same bytes in any pieces, reads what `readAssessments` reads from them whole.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AssessmentFile } from "../src/assessment/build.js";
import { readAssessments } from "../src/assessment/read.js";
import { rational } from "../src/core/rational.js";
import type { Framework } from "../src/frameworks/types.js";
import { InputReader } from "../src/results/input.js";
import { leanIndex, scoreLean } from "../src/scoring/lean.js";
import { scoreAssessment } from "../src/scoring/score.js";
import { cutAt, FRAMEWORK_CASES, fw } from "./helpers.js";

/** A level as a file may write it: whole, or (where the framework allows) with up to 12 decimals, "." or "," */
function level(framework: Framework): fc.Arbitrary<string> {
  const { min, max, integerOnly } = framework.levels;
  const whole = fc.integer({ min, max }).map(String);
  if (integerOnly) return whole;
  const decimal = fc
    .tuple(fc.integer({ min, max: max - 1 }), fc.integer({ min: 1, max: 12 }), fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }))
    .map(([w, places, digits]) => `${w}.${digits.toString().padStart(12, "0").slice(0, places)}`);
  return fc.oneof(whole, decimal, fc.constant(String(max)));
}

/** One instansi's rows for one year, complete, or with a gap, a duplicate or a bad level. */
function assessmentRows(framework: Framework, k: number) {
  const ids = framework.indicators.map((i) => i.id);
  return fc
    .record({
      levels: fc.array(level(framework), { minLength: ids.length, maxLength: ids.length }),
      tahun: fc.constantFrom("2023", "2024", "2026"),
      damage: fc.constantFrom("none", "none", "none", "missing", "duplicate", "bad"),
      at: fc.nat({ max: ids.length - 1 }),
    })
    .map(({ levels, tahun, damage, at }) => {
      const rows = ids.map((id, i) => [`Instansi ${k}`, tahun, id, levels[i]!]);
      if (damage === "missing") rows.splice(at, 1);
      if (damage === "duplicate") rows.push([...rows[at]!]);
      if (damage === "bad") rows[at]![3] = "tiga";
      return rows;
    });
}

/**
 * An analyst's footer under the table, or none: refused rows that belong to no assessment (blank
 * instansi/tahun, or a summary label in the instansi column), or one of an instansi's own.
 */
const FOOTERS = [null, null, ",,Total,", ",,,3", "Rata-rata,,,3", ",2024,Jumlah,", "Instansi 0,,99,3", "Instansi 0,2023,Total,"];

/**
 * A section heading above the rows, level blank, or none: a domain's or aspect's (skipped), or one a framework
 * does not have (2020's domain in a Pemdi file, Pemdi's aspect beside 2020's indicator 1: read as it always was).
 */
const HEADINGS = [null, null, ",,I. Kebijakan Internal SPBE,", "Tata Kelola dan Manajemen,,1,", "Instansi 0,2024,Aspek 1,"];

function file(framework: Framework) {
  return fc
    .integer({ min: 1, max: 6 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, k) => assessmentRows(framework, k))))
    .chain((groups) =>
      fc.tuple(fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length }), fc.constantFrom(...FOOTERS), fc.constantFrom(...HEADINGS)),
    )
    .map(([rows, footer, heading]) =>
      ["instansi,tahun,indikator,tingkat", ...(heading === null ? [] : [heading]), ...rows.map((r) => r.join(",")), ...(footer === null ? [] : [footer])].join(
        "\n",
      ),
    );
}

/** A file with each lean assessment's levels as [numer, places] pairs: a level's window holds its whole slab, 512 assessments, too much to compare each time. */
const plain = (file: Omit<AssessmentFile, "table">) => ({
  ...file,
  assessments: file.assessments.map((a) => ({
    ...a,
    levels: a.levels && Array.from({ length: a.levels.length }, (_, i) => [a.levels!.numer(i), a.levels!.places(i)]),
  })),
});

describe("lean scoring", () => {
  it.each(FRAMEWORK_CASES)("%s: scoreLean equals scoreAssessment on the same rows, for every basis", (_name, framework) => {
    let compared = 0;
    fc.assert(
      fc.property(file(framework), fc.constantFrom(undefined, "exact" as const, "displayed" as const), (csv, basis) => {
        const full = readAssessments(csv, { framework });
        const lean = readAssessments(csv, { framework, lean: true });
        expect(lean.findings).toEqual(full.findings);
        expect(lean.assessments.map((a) => [a.instansi, a.tahun, a.valid])).toEqual(full.assessments.map((a) => [a.instansi, a.tahun, a.valid]));
        full.assessments.forEach((a, i) => {
          if (!a.valid) return;
          const exact = scoreAssessment(a, { basis });
          const quick = scoreLean(lean.assessments[i]!, { basis });
          expect(quick.index.value).toEqual(exact.index.value);
          expect(quick.index.display).toBe(exact.index.display);
          expect(quick.predikat.band).toBe(exact.band);
          expect(quick.predikat).toEqual(exact.predikat);
          compared++;
        });
      }),
      { numRuns: 60 },
    );
    // most generated assessments are complete: the comparison is not vacuous
    expect(compared).toBeGreaterThan(60);
  });

  // a ranking entry shows the top tier only: the aspects of a framework with domains are not made for it
  it.each(FRAMEWORK_CASES)("%s: topTier gives the domains, or the aspects where there are none, as scoreLean gives them", (_name, framework) => {
    const csv = `indikator,tingkat\n${framework.indicators.map((i, k) => `${i.id},${1 + (k % 5)}`).join("\n")}\n`;
    const lean = readAssessments(csv, { framework, lean: true }).assessments[0]!;
    expect(lean.valid).toBe(true);
    const all = scoreLean(lean);
    const top = scoreLean(lean, { topTier: true });
    expect(top.index).toEqual(all.index);
    expect(top.domains).toEqual(all.domains);
    expect(top.aspects).toEqual(framework.domains.length > 0 ? [] : all.aspects);
    expect(all.aspects.length).toBe(framework.aspects.length);
  });

  // validate reads lean (a national file's IndicatorValue objects were 410 MB at 1 M rows): what it reports,
  // every finding and each assessment's own, must not depend on it, with the columns a lean build does not keep
  it("finds the same in a lean read as in a whole one, with jenis, bukti, catatan and pj columns", () => {
    const framework = fw("spbe-2020");
    const extra = fc.tuple(
      fc.constantFrom("", "mandiri", "Evaluasi", "resmi", "lain"),
      fc.constantFrom("", "", "SK Bupati", " "),
      fc.constantFrom("", "cek lagi"),
      fc.constantFrom("", "Diskominfo"),
    );
    const csv = file(framework).chain((text) => {
      const lines = text.split("\n");
      return fc
        .array(extra, { minLength: lines.length, maxLength: lines.length })
        .map((cells) => lines.map((l, i) => (i === 0 ? `${l},jenis,bukti,catatan,pj` : `${l},${cells[i]!.join(",")}`)).join("\n"));
    });
    let findings = 0;
    fc.assert(
      fc.property(csv, (text) => {
        const full = readAssessments(text, { framework });
        const lean = readAssessments(text, { framework, lean: true });
        expect(lean.findings).toEqual(full.findings);
        const own = (f: AssessmentFile) => f.assessments.map((a) => [a.instansi, a.tahun, a.jenis, a.line, a.valid, a.findings]);
        expect(own(lean)).toEqual(own(full));
        findings += full.findings.length;
      }),
      { numRuns: 150 },
    );
    expect(findings).toBeGreaterThan(150);
  });

  it("InputReader reads pieces as readAssessments reads the whole, lean or not", () => {
    const framework = fw("pemdi-2026");
    // ';' too, and a title with no delimiter, or with a comma, above the table (the delimiter is then sniffed from the rows below it)
    const bytes = fc
      .tuple(
        file(framework),
        fc.constantFrom("", "\uFEFF"),
        fc.constantFrom("\n", "\r\n"),
        fc.constantFrom(",", ";"),
        fc.constantFrom("", "PENILAIAN SPBE\n", "Penilaian SPBE, Kab. X\n"),
      )
      .map(([csv, bom, eol, delimiter, title]) => new TextEncoder().encode(bom + (title + csv.replace(/,/g, delimiter)).replace(/\n/g, eol)));
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(4000), { maxLength: 6 }), fc.boolean(), (input, cuts, lean) => {
        const { table: _table, ...whole } = readAssessments(input, { framework, lean, file: "n.csv" });
        const reader = new InputReader({ framework, lean, file: "n.csv" });
        for (const piece of cutAt(input, cuts)) reader.push(piece);
        const end = reader.end();
        expect(end.kind).toBe("assessments");
        expect(end.kind === "assessments" && plain(end.assessments)).toEqual(plain(whole));
      }),
      { numRuns: 60 },
    );
  });

  // the indicator column is chosen from the first rows: held whole (score), or arriving in slices (rank, trend),
  // the same column and the same column/ambiguous, at the same row, also where the columns part past that sample
  it("InputReader chooses between No and Indikator as readAssessments does, agreeing or not, within the sample or past it", () => {
    const framework = fw("spbe-2020");
    const ids = framework.indicators.map((i) => i.id);
    const sheet = (count: number, sortedFrom: number, no: string, typo: number | null) => {
      const lines = ["instansi;no;indikator;tingkat"];
      let row = 0;
      for (let k = 0; k < count; k++) {
        const order = k >= sortedFrom ? [...ids].sort((a, b) => (Number(b) % 4) - (Number(a) % 4)) : ids;
        order.forEach((id, i) => {
          // "other-order": ids too, in framework order where Indikator is, sorted the other way where it is sorted
          const otherOrder = k >= sortedFrom ? [...ids].sort((a, b) => (Number(a) % 4) - (Number(b) % 4))[i]! : id;
          const number = no === "running" ? String(row + 1) : no === "per-instansi" ? String(i + 1) : no === "other-order" ? otherOrder : `Nama ${id}`;
          lines.push(`I${k};${number};${row === typo ? `${id}.` : id};${(Number(id) % 4) + 1}`);
          row++;
        });
      }
      return new TextEncoder().encode(`${lines.join("\n")}\n`);
    };
    const refused: string[] = [];
    let run = 0;
    // rows sorted by level from the 3rd instansi, from the 43rd (past the 2 000 rows looked at), from the 100th
    // (past the rows of the first two 32 KiB slices the batch path decides on), or never
    for (const [count, sortedFrom] of [
      [3, 0],
      [3, 2],
      [3, 9],
      [120, 43],
      [120, 100],
      [120, 200],
    ] as const) {
      for (const no of ["running", "per-instansi", "other-order", "names"]) {
        for (const typo of [null, 4, 2100]) {
          const input = sheet(count, sortedFrom, no, typo);
          const lean = run++ % 2 === 0;
          const { table: _table, ...whole } = readAssessments(input, { framework, lean, file: "n.csv" });
          const reader = new InputReader({ framework, lean, file: "n.csv" });
          for (let at = 0; at < input.length; at += 7000) reader.push(input.subarray(at, at + 7000));
          const end = reader.end();
          expect(end.kind === "assessments" && plain(end.assessments), `${count} ${sortedFrom} ${no} ${typo}`).toEqual(plain(whole));
          const ambiguous = whole.findings.find((f) => f.code === "column/ambiguous");
          if (ambiguous) refused.push(`${no}@${ambiguous.line!}`);
        }
      }
    }
    // refused where "No" holds ids in another order and the columns part within the first 2 000 rows; past them
    // (line 2023, 4702) neither path looks; a "No" that numbers rows (running, or per instansi) is never refused:
    // "Indikator" is read
    expect(refused).toEqual(["other-order@2", "other-order@2", "other-order@2", "other-order@96", "other-order@96", "other-order@96"]);
  });

  it("writes a lean assessment's own levels as JSON, not the slab it shares with 511 others", () => {
    const framework = fw("pemdi-2026");
    const ids = framework.indicators.map((i) => i.id);
    const csv = [
      "instansi,indikator,tingkat",
      ...ids.map((id, k) => `A,${id},${k === 0 ? "3.123456789" : k === 1 ? "" : "2.5"}`),
      ...ids.map((id) => `B,${id},4`),
    ].join("\n");
    const [a, b] = readAssessments(csv, { framework, lean: true }).assessments;
    expect(JSON.parse(JSON.stringify(a!.levels))).toEqual({
      numer: [3123456789, null, ...ids.slice(2).map(() => 25)],
      places: [9, 0, ...ids.slice(2).map(() => 1)],
    });
    expect(JSON.parse(JSON.stringify(b!.levels)).numer).toEqual(ids.map(() => 4));
  });

  // a slab keeps a byte per level and per row until one needs more: then the whole slab (512 assessments,
  // those stored before included) goes to 16 bits, and a row 65 535 lines or more from its first to 32
  it("keeps levels and rows stored as bytes when a later assessment of the slab needs 16 bits", () => {
    const framework = fw("pemdi-2026");
    const ids = framework.indicators.map((i) => i.id);
    const n = ids.length;
    const filler = (name: string, count: number) => Array.from({ length: count }, (_, k) => ids.map((id) => `${name}${k},${id},2`)).flat();
    const csv = [
      "instansi,indikator,tingkat",
      ...ids.map((id) => `A,${id},3`), // lines 2–21: a byte each
      `B,${ids[0]},4`, // line 22; the rest of B 300 rows further (a distance past 255)
      ...filler("F", 15),
      ...ids.slice(1).map((id, k) => `B,${id},${k === 0 ? "2.75" : "4"}`), // 2.75: code 2 203, past a byte
      `A,${ids[n - 1]},1`, // a duplicate of A's last: its line, stored as a byte, still known
      `B,${ids[1]},1`, // a duplicate of B's second, 300 lines from B's first
      `D,${ids[0]},3`,
      ...filler("G", 3300), // 66 000 rows: D's next row lies past 65 535 lines
      ...ids.slice(1).map((id) => `D,${id},3`),
      `D,${ids[1]},1`,
    ].join("\n");
    const lean = readAssessments(csv, { framework, lean: true });
    const full = readAssessments(csv, { framework });
    const duplicates = lean.findings.filter((f) => f.code === "indicator/duplicate").map((f) => [f.line, (f.args as { first: number }).first]);
    const bLast = 22 + 300 + n - 1;
    const dFirst = bLast + 3;
    expect(duplicates).toEqual([
      [bLast + 1, 21],
      [bLast + 2, 22 + 300 + 1],
      [dFirst + 66_000 + n, dFirst + 66_000 + 1],
    ]);
    expect(lean.findings).toEqual(full.findings);
    expect(lean.assessments.filter((a) => !a.valid).map((a) => a.instansi)).toEqual(["A", "B", "D"]);
    const byName = new Map(lean.assessments.map((a) => [a.instansi, a]));
    expect(JSON.parse(JSON.stringify(byName.get("A")!.levels)).numer).toEqual(ids.map(() => 3));
    expect(JSON.parse(JSON.stringify(byName.get("B")!.levels))).toEqual({
      numer: ids.map((_, k) => (k === 1 ? 275 : 4)),
      places: ids.map((_, k) => (k === 1 ? 2 : 0)),
    });
    expect(JSON.parse(JSON.stringify(byName.get("F0")!.levels)).numer).toEqual(ids.map(() => 2));
    for (const a of lean.assessments.filter((a) => a.valid)) {
      const other = full.assessments.find((f) => f.instansi === a.instansi)!;
      expect(scoreLean(a).index.value).toEqual(scoreAssessment(other).index.value);
    }
  });

  it("sums in bigint where doubles could not hold the sum exactly", () => {
    const framework = fw("pemdi-2026");
    const n = framework.indicators.length;
    // 12 decimals everywhere: Σ W·numer passes 2^53, so this goes the bigint way
    const levels = { length: n, numer: () => 4_999_999_999_999, places: () => 12 };
    expect(leanIndex(framework, levels)).toEqual(rational(4_999_999_999_999n, 10n ** 12n));
  });

  it("refuses an assessment that is not lean, or has an indicator without a value", () => {
    const csv = ["indikator,tingkat", ...fw("spbe-2020").indicators.map((i) => `${i.id},3`)].join("\n");
    const full = readAssessments(csv).assessments[0]!;
    expect(() => scoreLean(full)).toThrow(/not a lean assessment/);
    const levels = { length: 47, numer: (i: number) => (i === 46 ? Number.NaN : 3), places: () => 0 };
    expect(() => leanIndex(fw("spbe-2020"), levels)).toThrow(/indicator 47 has no value/);
  });
});
