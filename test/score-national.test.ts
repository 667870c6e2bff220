/**
 * `score` of a national file: a large input's CSV, JSON, table and Markdown are made from a lean reading (levels
 * only, its rows never held) scored an assessment at a time as they are written (`scoreWhenRead`),
 * and must be byte for byte what the whole reading scored first gives. A million rows took 1.5 GB
 * (CSV) and 2.3 GB (JSON) that way.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AssessmentFile } from "../src/assessment/build.js";
import { LeanReader, readAssessments } from "../src/assessment/read.js";
import { readAssessmentFile } from "../src/cli/assessments.js";
import { makeContext } from "../src/cli/context.js";
import { loadFile } from "../src/cli/io.js";
import { compareAssessments } from "../src/compare/diff.js";
import type { Framework } from "../src/frameworks/types.js";
import { plan } from "../src/plan/plan.js";
import { stringify } from "../src/report/json.js";
import { RENDERERS } from "../src/report/registry.js";
import { readInput } from "../src/results/input.js";
import { score, scoreWhenRead, summarize } from "../src/scoring/report.js";
import { givenValues, parseTarget, scoreAssessment } from "../src/scoring/score.js";
import { cutAt, FRAMEWORK_CASES, fw, renderOptions } from "./helpers.js";
import { spbe } from "./run-cli.js";

/** A level as a file writes it: whole, with a decimal point or comma where the framework allows, or not a level at all. */
function level(framework: Framework): fc.Arbitrary<string> {
  const { min, max, integerOnly } = framework.levels;
  const whole = fc.integer({ min, max }).map(String);
  const decimal = fc.tuple(fc.integer({ min, max: max - 1 }), fc.constantFrom("5", "25", "125", "333333")).map(([w, d]) => `${w}.${d}`);
  return integerOnly ? whole : fc.oneof(whole, decimal);
}

/** Files of a few assessments, complete or with a gap or a bad level, with notes some lean readings drop. */
function file(framework: Framework): fc.Arbitrary<string> {
  const ids = framework.indicators.map((i) => i.id);
  // a year the framework is of (a Pemdi file of 2024 is refused: meta/year-mismatch)
  const tahun = framework.id.startsWith("pemdi") ? 2026 : 2024;
  const one = (k: number) =>
    fc
      .tuple(
        fc.array(level(framework), { minLength: ids.length, maxLength: ids.length }),
        fc.constantFrom("none", "none", "none", "gap", "bad"),
        fc.nat(ids.length - 1),
        fc.constantFrom("", "SK", "cek"),
      )
      .map(([levels, damage, at, note]) =>
        ids.flatMap((id, i) =>
          i === at && damage === "gap" ? [] : [`Instansi ${k},${tahun},${id},${i === at && damage === "bad" ? "tiga" : levels[i]},${note}`],
        ),
      );
  return fc
    .integer({ min: 1, max: 4 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, k) => one(k))))
    .map((groups) => ["instansi,tahun,indikator,tingkat,catatan", ...groups.flat()].join("\n"));
}

const render = (format: "csv" | "json" | "table" | "markdown" | "html", files: readonly AssessmentFile[], how: typeof score, target?: string) => {
  const framework = files[0]!.framework;
  const report = how(files, { target: target === undefined ? undefined : (parseTarget(framework, target) ?? undefined) });
  return RENDERERS.score
    .find((e) => e.format === format)!
    .load()
    .then((r) => r(report, renderOptions("en")));
};

describe("a lean assessment, scored", () => {
  it.each(FRAMEWORK_CASES)("%s: gives the values and the score the whole reading gives", (_name, framework) => {
    let scored = 0;
    fc.assert(
      fc.property(file(framework), fc.constantFrom(undefined, "exact" as const, "displayed" as const), (csv, basis) => {
        const whole = readAssessments(csv, { framework });
        const lean = readAssessments(csv, { framework, lean: true });
        whole.assessments.forEach((a, i) => {
          const b = lean.assessments[i]!;
          expect(b.levels).not.toBeNull();
          const given = (x: typeof a) => givenValues(x).map((v) => [v.indicator.id, v.value]);
          expect(given(b)).toEqual(given(a));
          if (!a.valid) return;
          expect(scoreAssessment(b, { basis })).toEqual(scoreAssessment(a, { basis }));
          scored++;
        });
      }),
      { numRuns: 40 },
    );
    expect(scored).toBeGreaterThan(10);
  });

  it("is refused by diff and plan, which need its rows", () => {
    const csv = ["indikator,tingkat", ...fw("spbe-2020").indicators.map((i) => `${i.id},3`)].join("\n");
    const lean = readAssessments(csv, { lean: true });
    const side = { label: "a", assessment: lean.assessments[0]! };
    expect(() => compareAssessments(side, side)).toThrow(/compareAssessments: a lean assessment .* read it without lean to diff or plan it/);
    expect(() => plan(lean)).toThrow(/plan: a lean assessment/);
  });
});

describe("scoreWhenRead", () => {
  it.each(["csv", "json"] as const)("renders %s byte for byte as score of the whole reading, with a target", async (format) => {
    for (const [, framework] of FRAMEWORK_CASES) {
      const samples = fc.sample(file(framework), { numRuns: 15, seed: 14 });
      for (const csv of samples) {
        const whole = readAssessments(csv, { framework, file: "a.csv" });
        const lean = readAssessments(csv, { framework, file: "a.csv", lean: true });
        for (const target of [undefined, "3.5"]) {
          expect(await render(format, [lean, whole], scoreWhenRead, target)).toBe(await render(format, [whole, whole], score, target));
        }
        expect(summarize(scoreWhenRead([lean]))).toEqual(summarize(score([whole])));
      }
    }
  });

  // HTML is scored as it is written too (a national file's page held every score, 285 MB for 615
  // assessments); a file with catatan is read whole (its page shows them), any other lean
  it("renders HTML of the whole reading byte for byte as score does, with a target", async () => {
    for (const [, framework] of FRAMEWORK_CASES) {
      for (const csv of fc.sample(file(framework), { numRuns: 6, seed: 14 })) {
        const whole = readAssessments(csv, { framework, file: "a.csv" });
        for (const target of [undefined, "3.5"]) {
          expect(await render("html", [whole], scoreWhenRead, target)).toBe(await render("html", [whole], score, target));
        }
        // without its catatan column, a file is read lean for HTML (the CLI's `wholeWhen`): the same page,
        // the unscored assessments' findings too
        const plain = csv.replace(/,[^,\n]*$/gm, "");
        const lean = readAssessments(plain, { framework, file: "a.csv", lean: true });
        expect(await render("html", [lean], scoreWhenRead, "3.5")).toBe(
          await render("html", [readAssessments(plain, { framework, file: "a.csv" })], score, "3.5"),
        );
      }
    }
  });

  // (session 21) --banding read the whole input and placed every assessment first: a million rows took
  // 1.4 GB and 9.5 s, where score without it takes ~90 MB. Each is now placed as it is scored.
  it("places each assessment when it is scored and asked for, holding none: --banding's standing", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const rows = Array.from({ length: 3 }, (_, k) => ids.map((id) => `I${k},${id},${k === 1 && id === "3" ? "tiga" : 1 + ((k + Number(id)) % 5)}`)).flat();
    const lean = readAssessments(["instansi,indikator,tingkat", ...rows].join("\n"), { lean: true });
    const placed: string[] = [];
    const report = scoreWhenRead([lean], {}, (assessment) => {
      placed.push(assessment.instansi!);
      return null;
    });
    expect(placed).toEqual([]);
    const [a, b, c] = report.assessments;
    expect([a!.standing, a!.standing]).toEqual([null, null]);
    expect(placed).toEqual(["I0"]);
    // one with errors is neither scored nor placed: no standing, as score gives none
    expect(b!.standing).toBeUndefined();
    expect(c!.standing).toBeNull();
    expect(placed).toEqual(["I0", "I2"]);
    // without --banding, not asked: absent
    expect(scoreWhenRead([lean]).assessments[0]!.standing).toBeUndefined();
  });

  it("score --banding of a file read lean (national size) says what the whole reading of a small one says", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-banding-"));
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    // 600 assessments (28 200 rows, over the 64 KiB a lean reading starts at, and past the first 585 a
    // lean reading's level slabs hold); the first also alone
    const body = Array.from({ length: 600 }, (_, k) => ids.map((id) => `Kab. Uji ${k},kabupaten,2024,${id},${1 + ((k * 7 + Number(id) * 3) % 5)}`).join("\n"));
    const head = "instansi,kategori,tahun,indikator,tingkat";
    writeFileSync(join(dir, "besar.csv"), `${head}\n${body.join("\n")}\n`);
    writeFileSync(join(dir, "kecil.csv"), `${head}\n${body[0]}\n`);
    const run = (file: string) => spbe(["score", file, "--banding", "nasional-2024", "--format", "json", "--lang", "en"], { cwd: dir });
    const big = await run("besar.csv");
    const small = await run("kecil.csv");
    expect([big.code, small.code]).toEqual([0, 0]);
    const first = (out: string) => ({ ...JSON.parse(out).assessments[0].standing, source: "" });
    expect(first(big.stdout)).toEqual(first(small.stdout));
    expect(first(big.stdout)).toMatchObject({ kategori: "kabupaten", national: { rank: 179, of: 393 } });
    expect(JSON.parse(big.stdout).assessments.filter((a: { standing?: unknown }) => a.standing)).toHaveLength(600);
  });

  it("writes a national report's HTML in pieces of four articles, each scored as its piece is made", async () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const rows = Array.from({ length: 40 }, (_, k) => ids.map((id) => `I${k},${id},${1 + ((k + Number(id)) % 5)}`)).flat();
    const whole = readAssessments(["instansi,indikator,tingkat", ...rows].join("\n"));
    const report = scoreWhenRead([whole]);
    const pieces = (await RENDERERS.score.find((e) => e.format === "html")!.loadPieces!())(report, renderOptions("en"))[Symbol.iterator]();
    const scored = () => report.assessments.filter((a) => (a as unknown as { brief: unknown }).brief !== null).length;
    const made: string[] = [];
    for (let next = pieces.next(); !next.done; next = pieces.next()) {
      made.push(next.value);
      // never more than the articles the pieces so far hold, and the next piece's four
      expect(scored()).toBeLessThanOrEqual((made.join("").match(/<article /g)?.length ?? 0) + 4);
    }
    expect(made.length).toBeGreaterThan(40 / 4);
    expect(scored()).toBe(40);
    expect(made.join("")).toBe(await render("html", [whole], score));
  });

  it("holds one score: the last asked for", () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const csv = ["instansi,indikator,tingkat", ...ids.map((id) => `A,${id},3`), ...ids.map((id) => `B,${id},4`)].join("\n");
    const [a, b] = scoreWhenRead([readAssessments(csv, { lean: true })]).assessments;
    const first = a!.score;
    expect(a!.score).toBe(first);
    expect(b!.score?.index.display).toBe("4.00");
    // a's was let go when b's was made: made again, the same
    expect(a!.score).not.toBe(first);
    expect(a!.score).toEqual(first);
    // the summary of a report already written reads what each came to, and scores none again: the
    // last score made is still the one held
    expect(summarize(scoreWhenRead([readAssessments(csv, { lean: true })]))).toEqual(summarize(score([readAssessments(csv)])));
    const report = { ...scoreWhenRead([readAssessments(csv, { lean: true })]) };
    const [c, d] = report.assessments;
    for (const x of [c, d, c]) expect(x!.score).not.toBeNull();
    const last = c!.score;
    expect(summarize(report).mean?.display).toBe("3.50");
    expect(c!.score).toBe(last);
  });

  it("writes a national report's JSON in pieces that make the document stringify makes", async () => {
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const rows = Array.from({ length: 600 }, (_, k) => ids.map((id) => `I${k},${id},${1 + ((k + Number(id)) % 5)}`)).flat();
    const lean = readAssessments(["instansi,indikator,tingkat", ...rows].join("\n"), { lean: true });
    const report = scoreWhenRead([lean]);
    const pieces = [...(await RENDERERS.score.find((e) => e.format === "json")!.loadPieces!())(report, renderOptions())];
    // sixteen assessments a piece, not the whole document in one
    expect(pieces.length).toBeGreaterThan(600 / 16);
    const text = pieces.join("");
    expect(text).toBe(stringify(JSON.parse(text)));
    expect(JSON.parse(text).assessments).toHaveLength(600);
  });
});

describe("spbe score of a large file", () => {
  it("is read lean from `leanFrom` bytes on, whole below", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-score-lean-"));
    const path = join(dir, "a.csv");
    writeFileSync(path, ["indikator,tingkat", ...fw("spbe-2020").indicators.map((i) => `${i.id},3`)].join("\n"));
    const sink = { write: () => true };
    const ctx = makeContext("en", "score", {}, { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: dir });
    const read = (leanFrom: number | undefined) => readAssessmentFile(ctx, path, fw("spbe-2020"), { maxBytes: 1 << 20, leanFrom });
    const size = readFileSync(path).length;
    expect((await read(size)).assessments[0]!.levels).not.toBeNull();
    expect((await read(size + 1)).assessments[0]!.levels).toBeNull();
    expect((await read(undefined)).assessments[0]!.levels).toBeNull();
    // too large for --max-bytes: said as the whole reading says it
    const small = (leanFrom: number | undefined) => readAssessmentFile(ctx, path, fw("spbe-2020"), { maxBytes: 100, leanFrom });
    expect((await small(0)).findings).toEqual((await small(undefined)).findings);
    expect((await small(0)).findings.map((f) => f.code)).toEqual(["file/too-large"]);
    // what the reader throws is its own (a bug, said as one), not a file that cannot be read
    const boom = new Error("boom");
    expect(() =>
      loadFile(ctx, path, 1 << 20, () => {
        throw boom;
      }),
    ).toThrow(boom);
    expect(() => loadFile(ctx, join(dir, "tidak-ada.csv"), 1 << 20, () => {})).toThrow(/not found/);
  });

  // HTML shows bukti, catatan and pj, which a lean reading drops: a large file with one of those columns
  // is read again whole (`wholeWhen`), any other lean; either way the page a whole reading makes
  it("is read lean for HTML unless it has a bukti, catatan or pj column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-score-html-"));
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const rows = (note: boolean) =>
      Array.from({ length: 150 }, (_, k) =>
        ids.map((id) => `Kab. ${k},2024,${id},${1 + ((k + Number(id)) % 5)}${note ? `,${id === "7" ? "SK Bupati" : ""}` : ""}`),
      ).flat();
    const sink = { write: () => true };
    const ctx = makeContext("en", "score", {}, { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: dir });
    for (const note of [false, true]) {
      const path = join(dir, note ? "catatan.csv" : "polos.csv");
      const text = [`instansi,tahun,indikator,tingkat${note ? ",catatan" : ""}`, ...rows(note)].join("\n");
      writeFileSync(path, text);
      expect(text.length).toBeGreaterThan(64 << 10);
      const read = await readAssessmentFile(ctx, path, fw("spbe-2020"), {
        maxBytes: 1 << 20,
        leanFrom: 64 << 10,
        wholeWhen: (lean) => lean.header!.includes("catatan"),
      });
      expect(read.assessments[0]!.levels === null).toBe(note);
      const run = await spbe(["score", path, "--format", "html", "--lang", "en"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(await render("html", [readAssessments(text, { file: path })], score));
      expect(run.stdout.includes("SK Bupati")).toBe(note);
    }
  });

  // a NUL past the first slice was found only after the rows before it had been built: score wrote them
  // as invalid assessments (and validate and rank read them), where the whole reading says only file/binary
  it("says a file with a NUL (or a U+0000 in UTF-16) past its first slice is binary, and reads nothing of it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-score-nul-"));
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const text = ["instansi,tahun,indikator,tingkat", ...Array.from({ length: 200 }, (_, k) => ids.map((id) => `Kab. ${k},2024,${id},3`)).flat()].join("\n");
    const at = text.indexOf("\n", 100_000);
    const utf8 = new TextEncoder().encode(`${text.slice(0, at)}\u0000${text.slice(at)}`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text.slice(0, at)}\u0000${text.slice(at)}`, "utf16le")]);
    for (const [name, bytes] of [
      ["nul.csv", utf8],
      ["nul16.csv", utf16],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const whole = readAssessments(bytes, { file: path });
      expect(whole.findings.map((f) => f.code)).toEqual(["file/binary"]);
      expect(whole.assessments).toEqual([]);
      const { table: _t, ...lean } = { ...readAssessments(bytes, { file: path, lean: true }), table: undefined };
      const { table: _w, ...rest } = whole;
      expect(lean).toEqual(rest);
      const input = readInput(bytes, { file: path, framework: fw("spbe-2020"), lean: true });
      expect(input.kind === "assessments" && input.assessments.findings.map((f) => f.code)).toEqual(["file/binary"]);
      expect(input.kind === "assessments" && input.assessments.assessments).toEqual([]);
      for (const format of ["csv", "json"] as const) {
        const run = await spbe(["score", path, "--format", format, "--lang", "en"]);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe(await render(format, [whole], score));
        expect(run.stderr).not.toContain("assessment(s)");
      }
    }
  });

  it("reads a file handed over in pieces (LeanReader) as readAssessments reads it whole", () => {
    const framework = fw("pemdi-2026");
    fc.assert(
      fc.property(file(framework), fc.array(fc.nat(3000), { maxLength: 5 }), (csv, cuts) => {
        const bytes = new TextEncoder().encode(csv);
        const reader = new LeanReader({ framework, file: "a.csv" });
        for (const piece of cutAt(bytes, cuts)) reader.push(piece);
        const pieces = reader.end();
        const whole = readAssessments(bytes, { framework, file: "a.csv", lean: true });
        expect(pieces.findings).toEqual(whole.findings);
        expect(pieces.assessments.map((a) => [a.instansi, a.valid, givenValues(a).map((v) => v.value)])).toEqual(
          whole.assessments.map((a) => [a.instansi, a.valid, givenValues(a).map((v) => v.value)]),
        );
      }),
      { numRuns: 40 },
    );
  });

  // from 64 KiB on the CLI reads lean and scores as it writes; the output is the whole reading's (the table
  // and Markdown too since they are written in pieces: a million rows' table took 2.3 GB)
  it.each(["csv", "json", "table", "markdown"] as const)("--format %s: what the whole reading gives, and the same summary", async (format) => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-score-national-"));
    const ids = fw("spbe-2020").indicators.map((i) => i.id);
    const rows = Array.from({ length: 700 }, (_, k) =>
      ids.map((id) => `Pemerintah Kabupaten Contoh ${k};2024;${id};${k === 3 && id === "7" ? "tinggi" : String(1 + ((k + Number(id)) % 5))}`),
    ).flat();
    const text = ["instansi;tahun;indikator;tingkat", ...rows].join("\n");
    expect(text.length).toBeGreaterThan(64 << 10);
    const path = join(dir, "nasional.csv");
    writeFileSync(path, text);
    const run = await spbe(["score", path, "--format", format, "-o", join(dir, `out.${format}`), "--lang", "en"]);
    expect(run.code).toBe(1); // the third's "tinggi"
    const whole = readAssessments(readFileSync(path), { file: path });
    expect(whole.assessments.filter((a) => !a.valid)).toHaveLength(1);
    expect(readFileSync(join(dir, `out.${format}`), "utf8")).toBe(await render(format, [whole], score));
    expect(run.stderr).toContain("1 file(s), 700 assessment(s), 699 scored");
  });
});
