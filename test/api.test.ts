/**
 * The library API from the package root (src/index.ts), with no file system:
 * node:fs and commander are tripwires here, so a library function that read a
 * file, or pulled in CLI code, would fail these tests. Every input is a string
 * or bytes made in the test.
 */
import { describe, expect, it, vi } from "vitest";
import type { Framework } from "../src/frameworks/types.js";
import type { Lang } from "../src/messages/text.js";
import type { InputOptions } from "../src/results/input.js";

vi.mock("node:fs", () => tripwire("node:fs"));
vi.mock("node:fs/promises", () => tripwire("node:fs/promises"));
vi.mock("fs", () => tripwire("fs"));
vi.mock("commander", () => tripwire("commander"));

/** A module whose every export throws when it is touched. */
function tripwire(name: string): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        if (key === "then" || key === "__esModule" || typeof key === "symbol") return undefined;
        throw new Error(`the library used ${name}`);
      },
      has: () => true,
    },
  );
}

const spbe = await import("../src/index.js");
const { builtinFramework, diff, formatsOf, frameworkJsonSchema, loadFramework, parseTarget, readAssessments, render, score, template, validate } = spbe;

/** A complete spbe-2020 CSV: every indicator at `base`, with overrides by id. */
function csv(overrides: Record<string, string | number> = {}, base: string | number = 3, head = "indikator,tingkat"): string {
  const ids = builtinFramework("spbe-2020")!.indicators.map((i) => i.id);
  return `${[head, ...ids.map((id) => `${id},${overrides[id] ?? base}`)].join("\n")}\n`;
}

/** A small framework of one's own, as a JSON value: three aspects, no domain tier. */
const OWN = {
  formatVersion: 1,
  id: "contoh-unit",
  title: "Evaluasi unit (contoh)",
  indexName: "Indeks Unit",
  regulation: "contoh",
  levels: { min: 1, max: 5, integerOnly: true },
  bands: [
    { predikat: "Baik", min: "3", max: "5" },
    { predikat: "Kurang", min: null, max: "3" },
  ],
  aspects: [
    { id: "A", name: "Tata kelola", weight: "30", indicators: [{ id: "1", name: "Tim", weight: "30" }] },
    {
      id: "B",
      name: "Layanan",
      weight: "40",
      indicators: [
        { id: "2", name: "Naskah", weight: "40/3" },
        { id: "3", name: "Kepegawaian", weight: "40/3" },
        { id: "4", name: "Keuangan", weight: "40/3" },
      ],
    },
    { id: "C", name: "Publik", weight: "30", indicators: [{ id: "5", name: "Pengaduan", weight: "30" }] },
  ],
};

describe("the tripwires", () => {
  it("fire on any use of the file system or of commander", async () => {
    const fs = await import("node:fs");
    expect(() => fs.readFileSync).toThrow(/^the library used (node:)?fs$/);
    const commander = await import("commander");
    expect(() => commander.Command).toThrow("the library used commander");
  });
});

// a library review: nothing was frozen, so `builtinFramework("spbe-2020").indicators[0].weight.n = 1000n` made every
// later score 6.05 Memuaskan, `levelNames.set(3, "X")` renamed level 3 everywhere, `builtinFrameworks().splice(0, 3)`
// switched framework/mismatch off, and `KATEGORI_FILTERS.kota.push("kementerian")` widened every later rank
describe("what the library shares between calls cannot be changed by a caller", () => {
  it("the bundled frameworks, their Maps and Sets, the list of them, and the lists of codes and categories throw on a change", () => {
    const before = score([readAssessments(csv({ "1": 5 }))]).assessments[0]!.score!.index.display;
    const f = builtinFramework("spbe-2020")!;
    const changes: (() => unknown)[] = [
      () => {
        (f.indicators[0]!.weight as { n: bigint }).n = 1000n;
      },
      () => {
        (f.bands[0] as { predikat: string }).predikat = "HACK";
      },
      () => (f.indicators as unknown as unknown[]).pop(),
      () => (f.indicators[0]!.levelNames as Map<number, string>).set(3, "X"),
      () => (f.indicators[0]!.levelNames as Map<number, string>).delete(3),
      () => (f.indicators[0]!.levelNames as Map<number, string>).clear(),
      () => (f.predikatBasis.years as Map<number, unknown>).set(2030, { basis: "displayed" }),
      () => (f.indicators[0]!.unverifiedLevelNames as Set<number>).add(9),
      () => (spbe.builtinFrameworks() as unknown as unknown[]).splice(0, 3),
      () => (spbe.builtinFrameworks() as unknown as unknown[]).sort(),
      () => (spbe.KATEGORI_FILTERS.kota as unknown as string[]).push("kementerian"),
      () => {
        (spbe.KATEGORI_FILTERS as Record<string, unknown>).semua = [];
      },
      () => {
        (spbe.FINDING_CODES as unknown as unknown[]).length = 0;
      },
      () => (spbe.KATEGORI as unknown as string[]).push("desa"),
    ];
    for (const change of changes) expect(change, change.toString()).toThrow(TypeError);
    // reading them is as before: the Maps answer, and every later score is the same
    expect(f.indicators[0]!.levelNames.get(3)).toBe("Terdefinisi");
    expect([...f.indicators[0]!.levelNames.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect(spbe.builtinFrameworks().map((x) => x.id)).toEqual(["spbe-2020", "spbe-2018", "pemdi-2026"]);
    expect(score([readAssessments(csv({ "1": 5 }))]).assessments[0]!.score!.index.display).toBe(before);
    // a framework of one's own is the caller's: not frozen
    const own = loadFramework(OWN);
    expect(own.ok && Object.isFrozen(own.framework)).toBe(false);
  });
});

describe("loadFramework", () => {
  it("takes a bundled id, a JSON value, its text and its bytes", () => {
    expect(loadFramework("pemdi-2026")).toMatchObject({ ok: true, framework: { id: "pemdi-2026" } });
    const text = JSON.stringify(OWN, null, 2);
    for (const source of [OWN, text, new TextEncoder().encode(text)]) {
      const r = loadFramework(source);
      expect(r.ok && r.framework.indicators.map((i) => i.id)).toEqual(["1", "2", "3", "4", "5"]);
    }
  });

  it("returns every problem, never throws: an unknown id, JSON syntax with line and column, rules with paths", () => {
    expect(loadFramework("spbe-2021")).toMatchObject({
      ok: false,
      stage: "text",
      problems: [{ path: "(root)", message: { en: /unknown framework 'spbe-2021'/ } }],
    });
    expect(loadFramework('{\n  "formatVersion": 1,\n}')).toMatchObject({
      ok: false,
      stage: "text",
      problems: [{ line: 2, column: 21, message: { en: "not valid JSON: a comma before '}': JSON allows no trailing comma" } }],
    });
    const broken = structuredClone(OWN);
    broken.aspects[1]!.indicators[0]!.weight = "10";
    const r = loadFramework(JSON.stringify(broken, null, 2));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.stage).toBe("rules");
      expect(r.problems).toContainEqual(expect.objectContaining({ path: "aspects[1].indicators", line: 41, column: 21 }));
    }
  });
});

describe("reading, validating, scoring", () => {
  it("reads text and bytes alike (UTF-16 with its BOM, ';' with decimal comma), spbe-2020 by default", () => {
    const text = csv({ 1: 4 });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    for (const input of [text, new TextEncoder().encode(text), utf16]) {
      const file = readAssessments(input, { file: "a.csv" });
      expect(file.framework.id).toBe("spbe-2020");
      expect(file.assessments[0]?.valid).toBe(true);
    }
    const pemdi = loadFramework("pemdi-2026");
    if (!pemdi.ok) throw new Error("pemdi");
    const semi = ["indikator;tingkat", ...pemdi.framework.indicators.map((i) => `${i.code};3,5`)].join("\n");
    const file = readAssessments(semi, { framework: pemdi.framework, delimiter: ";" });
    expect(file.dialect).toMatchObject({ delimiter: ";", delimiterSource: "option", decimalComma: true });
    expect(score([file]).assessments[0]?.score?.index.display).toBe("3.50");
  });

  // found by a review of the library: readAssessments took text, readInput died on it ('bytes.subarray is not a function')
  it("readInput reads text as readAssessments does", () => {
    const table = "tahun,kategori,provinsi,instansi,indeks,predikat\n2024,kota,Jawa Barat,Kota A,3.50,Sangat Baik\n";
    const framework = builtinFramework("spbe-2020")!;
    for (const input of [table, new TextEncoder().encode(table)]) {
      const read = spbe.readInput(input, { file: "hasil.csv", framework });
      expect(read.kind).toBe("results");
      expect(spbe.entriesOf(read, { user: true }).entries.map((e) => [e.instansi, e.display])).toEqual([["Kota A", "3.50"]]);
    }
  });

  // the error trend throws for a target it cannot read was not exported: a library user could only
  // catch RangeError, without the target and framework it carries (test/rank.test.ts)
  it("trend's refusal of a target is the exported TargetRefusedError, a RangeError with the target and framework", () => {
    const framework = builtinFramework("spbe-2020")!;
    const read = spbe.readInput("instansi,tahun,indeks\nKab. A,2024,3.10\n", { file: "hasil.csv", framework });
    const { entries } = spbe.entriesOf(read, { user: true });
    let refused: unknown;
    try {
      spbe.trend(entries, { target: "tinggi" });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(spbe.TargetRefusedError);
    expect(refused).toBeInstanceOf(RangeError);
    expect(refused).toMatchObject({ target: "tinggi", framework: { id: "spbe-2020" } });
  });

  it("validate gives the verdict spbe validate exits with, under --strict and --max-warnings", () => {
    const bad = readAssessments(csv({ 7: "tiga" }), { file: "bad.csv" });
    const good = readAssessments(csv({}, "3,", "indikator,tingkat,bukti"), { file: "good.csv" });
    expect(validate([bad, good])).toMatchObject({ exitCode: 1, errors: 1, reasons: [{ kind: "errors", errors: 1 }] });
    expect(bad.findings).toContainEqual(expect.objectContaining({ code: "value/invalid", file: "bad.csv", line: 8, value: "tiga" }));
    // level 3 without evidence: 47 warnings, which only a policy turns into a failure
    expect(validate([good])).toMatchObject({ exitCode: 0, errors: 0, warnings: 47 });
    expect(validate([good], { strict: true }).exitCode).toBe(1);
    // found by a review of the library: maxWarnings -1 failed every file ('more than -1 warnings'), NaN none
    for (const maxWarnings of [-1, 1.5, Number.NaN]) {
      expect(() => validate([good], { maxWarnings }), String(maxWarnings)).toThrow(
        new RangeError(`maxWarnings ${maxWarnings} is not a whole number of 0 or more`),
      );
    }
    expect(validate([good], { maxWarnings: 46 }).reasons).toEqual([{ kind: "max-warnings", warnings: 47, max: 46 }]);
  });

  // found by a review of the library: without a framework a Pemdi file gave 21 errors (47 missing
  // indicators…), where the CLI says in one finding which framework it looks like
  it("reads a file of another framework as the CLI does: one framework/mismatch finding", () => {
    const pemdi = `${["kode;nilai", ...builtinFramework("pemdi-2026")!.indicators.map((i) => `${i.code};2,5`)].join("\n")}\n`;
    const alone = readAssessments(pemdi, { file: "p.csv" });
    expect(alone.findings.filter((x) => x.severity === "error").map((x) => [x.code, x.args])).toEqual([
      ["framework/mismatch", expect.objectContaining({ chosen: "spbe-2020", suggested: "pemdi-2026" })],
    ]);
    // the framework the user chose is read against, as with --framework
    expect(readAssessments(pemdi, { file: "p.csv", framework: builtinFramework("pemdi-2026")! }).findings.filter((x) => x.severity === "error")).toEqual([]);
  });

  it("score gives exact indices, the predikat, a target's gap, and null for what has errors", () => {
    const f = builtinFramework("spbe-2020")!;
    const files = [readAssessments(csv({}, 3)), readAssessments(csv({ 1: "" }))];
    const report = score(files, { target: parseTarget(f, "Sangat Baik")! });
    const [ok, broken] = report.assessments;
    expect(ok?.score?.index.display).toBe("3.00");
    expect(ok?.score?.band.predikat).toBe("Baik");
    expect(ok?.target).toMatchObject({ reached: false, gap: { display: "0.50" } });
    expect(broken?.score).toBeNull();
    expect(report.findings.map((x) => x.code)).toContain("value/missing");
  });

  it("a framework of one's own scores like a bundled one (40/3 weights stay exact)", () => {
    const own = loadFramework(OWN);
    if (!own.ok) throw new Error("own");
    const file = readAssessments("indikator,tingkat\n1,4\n2,3\n3,3\n4,4\n5,2\n", { framework: own.framework });
    const s = score([file]).assessments[0]?.score;
    // (30·4 + 40/3·(3+3+4) + 30·2) / 100 = (120 + 400/3 + 60) / 100 = 3.1333…
    expect(s?.index.display).toBe("3.13");
    expect(s?.band.predikat).toBe("Baik");
  });

  it("a blank template reads back with every indicator, once its levels are filled in", () => {
    const f = builtinFramework("spbe-2018")!;
    const filled = template(f, { lang: "en" }).replace(/^([^,\n]+,[^,\n]*,[^,\n]*,(?:"[^"]*"|[^,\n]*)),,,$/gm, "$1,2,,");
    const file = readAssessments(filled, { framework: f });
    expect(file.findings).toEqual([]);
    expect(score([file]).assessments[0]?.score?.index.display).toBe("2.00");
    // with the assessment's own columns, read back as what they say
    const own = template(f, { instansi: "Kab. Contoh", tahun: 2019, jenis: "mandiri" }).replace(/,,,$/gm, ",2,,");
    const [a] = readAssessments(own, { framework: f }).assessments;
    expect(a).toMatchObject({ instansi: "Kab. Contoh", tahun: 2019, jenis: "mandiri", valid: true });
  });
});

describe("diff", () => {
  const mandiri = readAssessments(csv({}, 4), { file: "mandiri.csv" });
  const evaluasi = readAssessments(csv({ 40: 2 }, 4), { file: "evaluasi.csv" });

  it("explains a gap between two files, indicator by indicator", () => {
    const report = diff(mandiri, evaluasi, { top: 1 });
    expect(report.findings).toEqual([]);
    expect(report.result?.diff?.index.display).toBe("0.06");
    expect(report.result?.diff?.indicators[0]).toMatchObject({ indicator: { id: "40" }, impact: { display: "0.06" } });
  });

  it("takes one file with two value columns, named or mandiri/evaluasi", () => {
    const ids = builtinFramework("spbe-2020")!.indicators.map((i) => i.id);
    const side = `indikator,mandiri,evaluasi,a,b\n${ids.map((id) => `${id},4,${id === "40" ? 2 : 4},1,1`).join("\n")}\n`;
    const file = readAssessments(side);
    expect(diff(file).result?.diff?.index.display).toBe("0.06");
    expect(diff(file, undefined, { columns: ["a", "b"] }).result?.diff?.index.display).toBe("0.00");
  });

  it("says why when there is nothing to compare", () => {
    expect(diff(mandiri).findings).toEqual([expect.objectContaining({ code: "diff/assessment-count", args: { count: 1, reason: "needs-two" } })]);
  });
});

describe("render", () => {
  const report = score([readAssessments(csv({ 1: 5 }))]);

  it("draws every registered format of every command, as the CLI writes it", async () => {
    const f = builtinFramework("spbe-2020")!;
    const file = readAssessments(csv());
    const models = {
      score: report,
      validate: validate([file]),
      diff: diff(file, file),
      framework: { kind: "detail", framework: f },
    } as const;
    for (const command of ["score", "validate", "diff", "framework"] as const) {
      expect(formatsOf(command).length).toBeGreaterThan(1);
      for (const format of formatsOf(command)) {
        const out = await render(command, format, models[command] as never);
        expect(typeof out, `${command} ${format}`).toBe("string");
        if (format === "json") expect(JSON.parse(out).schemaVersion).toBe(1);
      }
    }
  });

  it("defaults to Indonesian, no colour, full width; each can be chosen", async () => {
    const table = await render("score", "table", report);
    expect(table).toContain("Indeks SPBE: ");
    expect(table).not.toMatch(/\u001b\[/);
    expect(await render("score", "table", report, { color: true })).toMatch(/\u001b\[/);
    expect(JSON.parse(await render("score", "json", report, { lang: "en" })).assessments[0].index.predikat).toBe("Baik");
    expect(await render("score", "csv", report, { excel: true })).toMatch(/^\uFEFF[^\n]*;/);
  });

  // (a library user's review) "EN" or "fr" failed deep in the catalogue ("Cannot read properties of undefined"),
  // or, for JSON, went on without a word
  it("refuses a language that is not 'id' or 'en', naming it, wherever a language is given", async () => {
    const refusal = (lang: string) => new RangeError(`unknown language '${lang}': use id or en`);
    await expect(render("score", "json", report, { lang: "fr" as Lang })).rejects.toThrow(refusal("fr"));
    await expect(render("score", "table", report, { lang: "EN" as Lang })).rejects.toThrow(refusal("EN"));
    const f = spbe.readAssessments("indikator,tingkat\n1,9\n").findings.find((x) => x.code === "value/out-of-range")!;
    expect(() => spbe.findingMessage(f, "en-US" as Lang)).toThrow(refusal("en-US"));
    expect(() => spbe.template(spbe.builtinFramework("spbe-2020")!, { lang: "EN" as Lang })).toThrow(refusal("EN"));
    expect(spbe.findingMessage(f, "en")).toBe("level 9 for indicator 1 is outside 1–5");
  });

  it("refuses a format the command does not have, naming the choices", async () => {
    await expect(render("score", "xml", report)).rejects.toThrow(
      new RangeError("format 'xml' is not available for spbe score; choose: table, json, csv, markdown, html"),
    );
  });
});

describe("the JSON Schema of the framework format", () => {
  it("is generated from the zod schema, with the one-of-two tiers rule", () => {
    const schema = frameworkJsonSchema();
    expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", additionalProperties: false });
    expect(schema.oneOf).toEqual([{ required: ["domains"] }, { required: ["aspects"] }]);
  });

  it("has its title and description in Bahasa Indonesia and in English", () => {
    const schema = frameworkJsonSchema();
    expect(schema.title).toBe("berkas kerangka spbe (formatVersion 1) / spbe framework file (formatVersion 1)");
    const [id, en] = String(schema.description).split("\n\n");
    expect(id).toMatch(/^Kerangka indeks kematangan untuk spbe .*`spbe framework check <berkas>`/);
    expect(en).toMatch(/^A maturity-index framework for spbe .*`spbe framework check <file>`/);
  });
});

// (a library user's review) what a web app or a plain-JS caller passes
describe("inputs however a caller holds them", () => {
  const sample = new TextEncoder().encode(csv({ "1": 5 }));
  const expected = score([readAssessments(csv({ "1": 5 }))]).assessments[0]!.score!.index.display;
  const indexOf = (f: ReturnType<typeof readAssessments>) => score([f]).assessments[0]?.score?.index.display;
  const bufferOf = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

  it("reads an ArrayBuffer and any view of bytes as the bytes they hold", () => {
    expect(indexOf(readAssessments(bufferOf(sample)))).toBe(expected);
    expect(indexOf(readAssessments(new DataView(bufferOf(sample))))).toBe(expected);
    const input = spbe.readInput(bufferOf(sample), { file: "x.csv", framework: builtinFramework("spbe-2020")! });
    expect(input.kind === "assessments" && input.assessments.assessments.length).toBe(1);
    const loaded = loadFramework(bufferOf(new TextEncoder().encode(JSON.stringify(OWN))));
    expect(loaded.ok && loaded.framework.indicators.length).toBe(5);
  });

  it("says a caller's mistake as one: no input, a Blob, a framework given by its id", () => {
    expect(() => readAssessments(undefined as unknown as string)).toThrow(
      new TypeError("readAssessments: the input must be text or bytes (a string, Uint8Array or ArrayBuffer), not undefined"),
    );
    expect(() => readAssessments(new Blob(["x"]) as unknown as string)).toThrow(/not Blob: pass new Uint8Array\(await blob\.arrayBuffer\(\)\)$/);
    expect(() => readAssessments("indikator,tingkat\n", { framework: "spbe-2018" as unknown as Framework })).toThrow(
      new TypeError('readAssessments: options.framework must be a Framework, not string: pass builtinFramework("spbe-2018"), or loadFramework(…).framework'),
    );
    expect(() => spbe.readInput("x", undefined as unknown as InputOptions)).toThrow(/^readInput: options\.framework is required/);
  });

  // (a second read as an integrator: each of these once went on silently, or failed deep inside)
  it("says an option string it does not know as a RangeError, never reads it as another", async () => {
    const file = readAssessments(sample);
    const spbe2020 = builtinFramework("spbe-2020")!;
    const refusal = (basis: string) => new RangeError(`predikat basis '${basis}' is neither 'exact' nor 'displayed'`);
    // "Exact" was the displayed basis: a predikat from 2.60 where the exact 2.595 is Cukup
    for (const basis of ["Exact", "displayd", ""]) {
      const options = { basis: basis as "exact" };
      expect(() => score([file], options), basis).toThrow(refusal(basis));
      expect(() => diff(file, file, options), basis).toThrow(refusal(basis));
      expect(() => spbe.plan(file, options), basis).toThrow(refusal(basis));
      expect(() => spbe.bandFor(spbe2020, spbe.rational(2595n, 1000n), basis as "exact"), basis).toThrow(refusal(basis));
    }
    expect(score([file], { basis: "exact" }).assessments[0]!.score!.index.display).toBe(expected);
    const input = spbe.readInput(sample, { file: "x.csv", framework: spbe2020 });
    const { entries } = spbe.entriesOf(input, { user: true });
    expect(() => spbe.rank(entries, { jenis: "Mandiri" as "mandiri" })).toThrow(new RangeError("jenis 'Mandiri' is neither 'mandiri' nor 'evaluasi'"));
    expect(() => spbe.trend(entries, { jenis: "Mandiri" as "mandiri" })).toThrow(new RangeError("jenis 'Mandiri' is neither 'mandiri' nor 'evaluasi'"));
    expect(() => spbe.rank(entries, { by: "bogus" as "kategori" })).toThrow(new RangeError("rank: by 'bogus' is neither 'kategori' nor 'provinsi'"));
    expect(spbe.rank(entries, { jenis: "mandiri", by: "provinsi" }).findings.map((f) => f.code)).toEqual(["rank/jenis-left-out"]);
    // the CLI's `--delimiter tab` is "\t" here: "tab" was a delimiter of three characters, the file one column
    const tab = /delimiter "tab" is none of ",", ";", "\\t" \(a tab\), "\|"$/;
    expect(() => readAssessments(sample, { delimiter: "tab" as "\t" })).toThrow(tab);
    expect(() => spbe.readInput(sample, { file: "x.csv", framework: spbe2020, delimiter: "tab" })).toThrow(tab);
    expect(indexOf(readAssessments(csv().replaceAll(",", "\t"), { delimiter: "\t" }))).toBe("3.00");
    expect(() => formatsOf("nope" as "score")).toThrow("formatsOf: 'nope' has no renderers: one of score, diff, validate, rank, trend, plan, framework");
    // render's width and template's tahun and jenis as the CLI refuses them
    const scored = score([file]);
    for (const width of [0, -5, 2.5]) {
      await expect(render("score", "table", scored, { width }), String(width)).rejects.toThrow(
        `render: width ${width} is not a whole number of 1 or more (null: full width)`,
      );
    }
    expect(await render("score", "table", scored, { width: null })).toBe(await render("score", "table", scored));
    expect(() => template(spbe2020, { tahun: 20.5 })).toThrow(new RangeError("template: tahun 20.5 is not a four-digit year"));
    expect(() => template(spbe2020, { tahun: 999 })).toThrow(new RangeError("template: tahun 999 is not a four-digit year"));
    expect(() => template(spbe2020, { jenis: "bogus" as "mandiri" })).toThrow(new RangeError("template: jenis 'bogus' is neither 'mandiri' nor 'evaluasi'"));
    expect(template(spbe2020, { tahun: 2024, jenis: "evaluasi" }).split("\n")[1]).toMatch(/^2024,evaluasi,1,/);
    expect(() => template(spbe2020, { tahun: "2024" as unknown as number })).toThrow(new TypeError("template: tahun must be a number, not string"));
    // null is none, as render's width
    expect(template(spbe2020, { tahun: null as unknown as undefined, jenis: null as unknown as undefined })).toBe(template(spbe2020));
    await expect(render("constructor" as "score", "json", {} as never)).rejects.toThrow(/^render: 'constructor' has no renderers/);
  });

  it("takes a bundled id in any case, a copy of a bundled file with its keys in another order, and names a framework given by its id", async () => {
    expect(builtinFramework("SPBE-2018")).toBe(builtinFramework("spbe-2018"));
    const loaded = loadFramework("Pemdi-2026");
    expect(loaded.ok && loaded.framework).toBe(builtinFramework("pemdi-2026"));
    // `jq -S`: the same framework, not "this file differs from it"
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortKeys)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .reverse()
                .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
            )
          : v;
    const bundled = (await import("../src/frameworks/data/spbe-2020.json")).default;
    const reordered = loadFramework(JSON.stringify(sortKeys(bundled)));
    expect(reordered.ok && reordered.framework).toBe(builtinFramework("spbe-2020"));
    const changed = loadFramework(JSON.stringify({ ...(sortKeys(bundled) as object), title: "Salinan" }));
    expect(changed.ok).toBe(false);
    expect(() => loadFramework(new Blob(["{}"]))).toThrow(/^loadFramework: the input must be text or bytes .* not Blob: pass new Uint8Array/);
    const byId = (what: string) =>
      new TypeError(`${what}: the framework must be a Framework, not string: pass builtinFramework("spbe-2020"), or loadFramework(…).framework`);
    const id = "spbe-2020" as unknown as Framework;
    expect(() => template(id)).toThrow(byId("template"));
    expect(() => parseTarget(id, "3")).toThrow(byId("parseTarget"));
    expect(() => spbe.parsePlanTarget(id, "3")).toThrow(byId("parsePlanTarget"));
    expect(() => spbe.withoutExternal(id)).toThrow(byId("withoutExternal"));
    expect(() => template(undefined as unknown as Framework)).toThrow(new TypeError('template: the framework is required: builtinFramework("spbe-2020"), say'));
  });

  it("plan reads a cost CSV from any bytes, and says a cost or target of the wrong shape", () => {
    const file = readAssessments(csv({}, 2));
    const ids = builtinFramework("spbe-2020")!.indicators.map((i) => i.id);
    const costs = `indikator,biaya\n${ids.map((i) => `${i},5`).join("\n")}\n`;
    const bytes = new TextEncoder().encode(costs);
    const planned = (input: unknown) => {
      const cost = spbe.plan(file, { costs: { input: input as string } }).plan?.cost;
      return cost ? spbe.toText(cost) : null;
    };
    const expectedCost = planned(costs);
    expect(expectedCost).not.toBeNull();
    // an ArrayBuffer was "the file is empty"
    expect(planned(bytes.buffer.slice(0) as ArrayBuffer)).toBe(expectedCost);
    expect(planned(new DataView(bytes.buffer.slice(0) as ArrayBuffer))).toBe(expectedCost);
    expect(() => planned(new Blob([costs]))).toThrow(/^plan: costs\.input: the input must be text or bytes .* not Blob/);
    expect(() => spbe.plan(file, { costs: costs as unknown as { input: string } })).toThrow(
      new TypeError("plan: options.costs must be { input, file? }: the cost CSV as text or bytes in `input`"),
    );
    expect(() => spbe.plan(file, { costs: { input: costs, delimiter: ";;" as ";" } })).toThrow(/^plan: costs: delimiter ";;" is none of/);
    const target = spbe.parsePlanTarget(builtinFramework("spbe-2020")!, "6");
    expect(target).toBeNull();
    expect(() => spbe.plan(file, { target: target as unknown as undefined })).toThrow(
      new TypeError("plan: options.target is null: parsePlanTarget found no target in its text"),
    );
  });

  it("a lean assessment's shared empty maps refuse a change that would reach every later read", () => {
    const a = readAssessments(sample, { lean: true }).assessments[0]!;
    expect(() => (a.values as Map<string, unknown>).set("1", {})).toThrow(TypeError);
    expect(readAssessments(sample, { lean: true }).assessments[0]!.values.size).toBe(0);
  });
});
