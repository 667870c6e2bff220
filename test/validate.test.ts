import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AssessmentFile } from "../src/assessment/build.js";
import { ignores, withoutIgnored } from "../src/assessment/ignore.js";
import type { ExitPolicy } from "../src/core/exit.js";
import { type Finding, type FindingCode, finding } from "../src/core/findings.js";
import { builtinFrameworks } from "../src/frameworks/builtin.js";
import { readTable } from "../src/io/table.js";
import type { Lang } from "../src/messages/text.js";
import { policyNotes, renderValidateJson, renderValidateText, type ValidateReport } from "../src/report/validate.js";
import { command, escapeData, escapeProperty, renderValidateGithub } from "../src/report/validate-github.js";
import { attr, renderValidateJunit, text } from "../src/report/validate-junit.js";
import { renderValidateMarkdown } from "../src/report/validate-markdown.js";
import { readInput } from "../src/results/input.js";
import { csvOf, fw, read, renderOptions } from "./helpers.js";

const CI = ["fixtures/ci/bersih.csv", "fixtures/ci/galat.csv", "fixtures/ci/lama/peringatan.csv"];
const fixture = (name: string, frameworkId = "spbe-2020") => read(readFileSync(new URL(`../${name}`, import.meta.url)), frameworkId, name);
const ciFiles = () => CI.map((n) => fixture(n));

/** The validate model for renderer tests. */
const report = (files: readonly AssessmentFile[], policy: ExitPolicy = {}, maxFindings?: number): ValidateReport => ({
  files,
  policy,
  maxFindings,
});
interface Opts {
  readonly lang: Lang;
  readonly policy: ExitPolicy;
  readonly maxFindings?: number;
}
const github = (files: readonly AssessmentFile[], o: Opts) => renderValidateGithub(report(files, o.policy), renderOptions(o.lang));
const markdown = (files: readonly AssessmentFile[], o: Opts) => renderValidateMarkdown(report(files, o.policy, o.maxFindings), renderOptions(o.lang));

/** A file result made of hand-written findings, for renderers that only look at findings. */
function synthetic(file: string, findings: readonly Finding[]): AssessmentFile {
  return { file, framework: fw("spbe-2020"), dialect: readTable(new Uint8Array(), { file }).dialect, header: null, assessments: [], findings };
}
const many = (n: number, severity: "error" | "warning", code: FindingCode = severity === "error" ? "value/invalid" : "evidence/missing") =>
  Array.from({ length: n }, (_, i) =>
    finding(code, severity, "data.csv", { line: i + 2, column: 2, value: "x", args: { id: String(i + 1), min: 1, max: 5, decimalComma: false } }),
  );

/* ------------------------------------------------------------------------------------------------
 * A small, strict XML 1.0 well-formedness checker (no DTD, no CDATA, no comments: the renderer
 * writes none). Throws on the first problem; returns the element tree with entities decoded.
 * ---------------------------------------------------------------------------------------------- */
interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decodeEntities(s: string, where: number): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) throw new Error(`bad '&' near ${where}`);
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (named[e]) return named[e];
    const cp = e.startsWith("#x") ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    const ch = String.fromCodePoint(cp);
    if (ILLEGAL.test(ch)) throw new Error(`reference to an illegal character near ${where}`);
    return ch;
  });
}

function parseXml(xml: string): El {
  if (ILLEGAL.test(xml)) throw new Error("illegal character in document");
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>/.exec(xml);
  if (decl) i = decl[0].length;
  const ws = () => {
    while (i < xml.length && /[ \t\r\n]/.test(xml[i]!)) i++;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) throw new Error(`expected a name at ${i}`);
    i += m[0].length;
    return m[0];
  };
  const element = (): El => {
    if (xml[i] !== "<") throw new Error(`expected '<' at ${i}`);
    i++;
    const el: El = { name: name(), attrs: {}, children: [], text: "" };
    for (;;) {
      const before = i;
      ws();
      if (xml.startsWith("/>", i)) {
        i += 2;
        return el;
      }
      if (xml[i] === ">") {
        i++;
        break;
      }
      if (i === before) throw new Error(`expected whitespace before an attribute at ${i}`);
      const key = name();
      ws();
      if (xml[i] !== "=") throw new Error(`expected '=' at ${i}`);
      i++;
      ws();
      const q = xml[i];
      if (q !== '"' && q !== "'") throw new Error(`expected a quote at ${i}`);
      const end = xml.indexOf(q, i + 1);
      if (end < 0) throw new Error("unterminated attribute");
      const raw = xml.slice(i + 1, end);
      if (raw.includes("<")) throw new Error(`'<' in attribute at ${i}`);
      if (key in el.attrs) throw new Error(`duplicate attribute ${key}`);
      el.attrs[key] = decodeEntities(raw, i);
      i = end + 1;
    }
    for (;;) {
      const lt = xml.indexOf("<", i);
      if (lt < 0) throw new Error(`unclosed <${el.name}>`);
      const chunk = xml.slice(i, lt);
      if (chunk.includes("]]>")) throw new Error("']]>' in text");
      el.text += decodeEntities(chunk, i);
      i = lt;
      if (xml.startsWith("</", i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) throw new Error(`</${closing}> closes <${el.name}>`);
        ws();
        if (xml[i] !== ">") throw new Error(`expected '>' at ${i}`);
        i++;
        return el;
      }
      el.children.push(element());
    }
  };
  ws();
  const root = element();
  ws();
  if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

const junitOf = (files: readonly AssessmentFile[], strict = false, lang: "id" | "en" = "id") =>
  renderValidateJunit(report(files, { strict }), renderOptions(lang));

describe("the XML checker used below", () => {
  it.each([
    ["<a><b></a></b>", /closes/],
    ['<a x="1" x="2"/>', /duplicate/],
    ["<a>fish & chips</a>", /bad '&'/],
    ["<a>\u0001</a>", /illegal/],
    ["<a>&#1;</a>", /illegal/],
    ['<a x="<"/>', /'<' in attribute/],
    ["<a/><b/>", /after the root/],
    ["<a>", /unclosed/],
    ['<a x="1"y="2"/>', /whitespace/],
  ])("rejects %j", (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });

  it("accepts and decodes a well-formed document", () => {
    const root = parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n<a k='&lt;&#10;'><b>x &amp; y &#x41;</b></a>\n`);
    expect(root.attrs.k).toBe("<\n");
    expect(root.children[0]!.text).toBe("x & y A");
  });
});

describe("validate renderers on fixtures/ci (snapshots)", () => {
  it("text", () => {
    expect(renderValidateText(report(ciFiles()), renderOptions("id"))).toMatchSnapshot();
  });

  it("json: the findings of score --format json, with a valid flag per file", () => {
    const out = renderValidateJson(report(ciFiles()), renderOptions("en"));
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      ["fixtures/ci/bersih.csv", true],
      ["fixtures/ci/galat.csv", false],
      ["fixtures/ci/lama/peringatan.csv", true],
    ]);
    expect(doc.findings[0]).toEqual(
      expect.objectContaining({ code: "indicator/missing", severity: "error", file: "fixtures/ci/galat.csv", line: null, column: null }),
    );
    expect(JSON.parse(renderValidateJson(report(ciFiles(), { strict: true }), renderOptions("en"))).files[2].valid).toBe(false);
    expect(doc.exit).toEqual({ code: 1, reasons: [{ kind: "errors", errors: expect.any(Number) }] });
    expect(out).toMatchSnapshot();
  });

  // an exploratory tester: indicators 4–47 of a file whose quote opened on line 3 and never closed were
  // passing testcases, though no row of them was read; the file's own testcase alone failed
  it("junit: a file whose unclosed quote swallowed its rows is one failing testcase, as an unread file is", () => {
    const file = read(readFileSync(new URL("../fixtures/tidak-sah/kutip-terbuka.csv", import.meta.url), "utf8"), "spbe-2020", "kutip.csv");
    const xml = junitOf([file], false, "en");
    expect([...xml.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual(["csv/malformed"]);
    expect(xml).toMatch(/^<testsuites name="spbe validate" tests="1" failures="1"/m);
  });

  // a CI maintainer's review: past the per-code cap, the assessments whose findings went unlisted had passing
  // testcases for indicators they lacked (1,101 assessments: 100 of them green)
  it("junit: an assessment whose findings went past the cap has no passing testcase: <skipped>, unless a listed finding fails it", () => {
    // 1,050 assessments of one row each: 1,050 indicator/missing, 50 past the cap of 1,000
    const rows = Array.from({ length: 1050 }, (_, k) => `Kab ${k},1,3`);
    const file = read(["instansi,indikator,tingkat", ...rows, ""].join("\n"), "spbe-2020", "banyak.csv");
    expect(file.findings.find((f) => f.code === "file/too-many-findings")).toBeDefined();
    const root = parseXml(junitOf([file], false, "en"));
    const suite = root.children[0]!;
    const cases = suite.children.filter((c) => c.name === "testcase");
    const failing = cases.filter((c) => c.children.some((x) => x.name === "failure")).length;
    const skipped = cases.filter((c) => c.children.some((x) => x.name === "skipped"));
    const passing = cases.length - failing - skipped.length;
    // the listed 1,000 fail indicators 2–47 and pass indicator 1 (its row is there); the 50 past the cap: unknown
    expect([cases.length, failing, skipped.length, passing]).toEqual([1 + 1050 * 47, 1 + 1000 * 46, 50 * 47, 1000]);
    expect(file.assessments.map((a) => a.unlisted ?? null).filter((u) => u !== null)).toEqual(
      Array(50).fill({ "indicator/missing": { errors: 1, warnings: 0 } }),
    );
    expect(suite.attrs).toMatchObject({ tests: String(cases.length), failures: String(failing), skipped: String(50 * 47) });
    expect(skipped[0]!.attrs.name).toBe("indikator 1 (Kab 1000)");
    expect(skipped[0]!.children[0]!.attrs.message).toMatch(/^not known: this file's findings went past the per-code cap/);
    // (a final read) warnings past the cap make testcases unknown under --strict, unless --ignore takes their code
    const bare = csvOf("spbe-2020", {}, 3).split("\n").slice(1).filter(Boolean);
    const warned = read(
      ["instansi,indikator,tingkat,bukti", ...Array.from({ length: 25 }, (_, k) => bare.map((l) => `Kab ${k},${l},`)).flat(), ""].join("\n"),
      "spbe-2020",
      "bukti.csv",
    );
    expect(warned.assessments.filter((a) => a.unlisted).length).toBeGreaterThan(0);
    expect(junitOf([warned], true)).toMatch(/skipped="[1-9]/);
    const { file: quiet } = withoutIgnored(warned, ignores(["evidence/missing"]));
    expect(quiet.assessments.every((a) => a.unlisted === undefined)).toBe(true);
    expect(junitOf([quiet], true)).toContain('skipped="0"');
    // (a final read) a result table's rows likewise: 1,005 rows with a blank index, the last 5 past the cap
    const table = readInput(new TextEncoder().encode(["instansi,tahun,indeks", ...Array.from({ length: 1005 }, (_, k) => `Kab ${k},2024,`), ""].join("\n")), {
      file: "hasil.csv",
      framework: fw("spbe-2020"),
      frameworks: builtinFrameworks(),
    });
    if (table.kind !== "results") throw new Error("not read as a result table");
    expect(table.results.rows.filter((r) => r.unlisted).map((r) => r.instansi)).toEqual(["Kab 1000", "Kab 1001", "Kab 1002", "Kab 1003", "Kab 1004"]);
    const rowCases = parseXml(renderValidateJunit(report([table.results as never]), renderOptions("en"))).children[0]!.children.filter(
      (c) => c.name === "testcase",
    );
    expect(rowCases.filter((c) => c.children.some((x) => x.name === "skipped")).map((c) => c.attrs.name)).toEqual(
      [1000, 1001, 1002, 1003, 1004].map((k) => `line ${k + 2}: Kab ${k}`),
    );
    expect(rowCases.filter((c) => c.children.length === 0)).toEqual([]);
    // under the cap, nothing is skipped
    const few = read(["instansi,indikator,tingkat", ...rows.slice(0, 3), ""].join("\n"), "spbe-2020", "sedikit.csv");
    expect(junitOf([few])).toContain('skipped="0"');
    expect(junitOf([few])).not.toContain("<skipped");
  });

  // an exploratory tester: a run failed by --max-warnings left every file `valid: true` and JUnit
  // `failures="0"`: GitLab's widget showed a failed job's tests all green
  it("a --max-warnings failure is in the JSON's exit and is a failing JUnit testcase", () => {
    const clean = ciFiles().filter((f) => !f.file.includes("galat"));
    const json = JSON.parse(renderValidateJson(report(clean, { maxWarnings: 0 }), renderOptions("en")));
    expect(json.exit).toEqual({ code: 1, reasons: [{ kind: "max-warnings", warnings: expect.any(Number), max: 0 }] });
    expect(json.files.every((f: { valid: boolean }) => f.valid)).toBe(true);
    const over = renderValidateJunit(report(clean, { maxWarnings: 0 }), renderOptions("en"));
    expect(over).toMatch(
      /<testsuite name="spbe" tests="1" failures="1"[^>]*>\n {4}<testcase classname="spbe" name="--max-warnings 0" time="0">\n {6}<failure message="too many warnings: \d+, over --max-warnings 0" type="max-warnings"\/>/,
    );
    expect(over).toMatch(/^<testsuites name="spbe validate" tests="\d+" failures="1"/m);
    const within = renderValidateJunit(report(clean, { maxWarnings: 99 }), renderOptions("en"));
    expect(within).toContain('<testcase classname="spbe" name="--max-warnings 99" time="0"/>');
    expect(JSON.parse(renderValidateJson(report(clean, { maxWarnings: 99 }), renderOptions("en"))).exit).toEqual({ code: 0, reasons: [] });
    // without the option, no such suite
    expect(renderValidateJunit(report(clean), renderOptions("en"))).not.toContain('name="spbe"');
    // (a review) judged on its own: with errors too the exit names the errors alone, and the limit passed
    const withErrors = renderValidateJunit(report(ciFiles(), { maxWarnings: 0 }), renderOptions("en"));
    expect(withErrors).toMatch(/<testcase classname="spbe" name="--max-warnings 0" time="0">\n {6}<failure message="too many warnings: /);
  });

  it("github", () => {
    expect(github(ciFiles(), { lang: "id", policy: {} })).toMatchSnapshot();
  });

  it("junit", () => {
    expect(junitOf(ciFiles())).toMatchSnapshot();
  });

  it.each(["id", "en"] as const)("markdown (%s)", (lang) => {
    expect(markdown(ciFiles(), { lang, policy: {} })).toMatchSnapshot();
  });

  it("markdown under --max-warnings says why the run fails", () => {
    const md = markdown([fixture(CI[2]!)], { lang: "en", policy: { maxWarnings: 1 } });
    expect(md).toContain("**too many warnings: 3, over --max-warnings 1**");
    expect(md).toContain("| fixtures/ci/lama/peringatan.csv | ✅ valid | 0 | 3 |");
  });
});

describe("github annotations", () => {
  it("escape data as @actions/core does: % CR LF", () => {
    expect(escapeData("50% naik\r\nbaris: 2, kolom")).toBe("50%25 naik%0D%0Abaris: 2, kolom");
    expect(escapeData("%0A")).toBe("%250A"); // already-escaped text is escaped again, not passed through
  });

  it("escape properties as @actions/core does: % CR LF : ,", () => {
    expect(escapeProperty("C:\\data\\a,b%\r\n.csv")).toBe("C%3A\\data\\a%2Cb%25%0D%0A.csv");
  });

  it("drop terminal control characters but keep escaping correct", () => {
    expect(escapeData("a\u001b[31mb\u0007\u202e\tc\r")).toBe("a[31mb\tc%0D");
    expect(command("error", { title: "t:1" }, "x")).toBe("::error title=t%3A1::x");
    expect(command("notice", {}, "x")).toBe("::notice::x");
  });

  it("put file, line, col and title on one line, escaping a hostile file name and value", () => {
    const f = finding("value/invalid", "error", "data/50%, naik:\nbaris.csv", {
      line: 12,
      column: 2,
      value: "3,5%\r\n::error::x",
      args: { id: "7", code: null, min: 1, max: 5, decimalComma: false, thousands: false, tooPrecise: false, alone: null, disagree: null },
    });
    const out = github([synthetic(f.file, [f])], { lang: "en", policy: {} });
    expect(out).toBe(
      "::error file=data/50%25%2C naik%3A%0Abaris.csv,line=12,title=spbe value/invalid::'3,5%25%0D%0A::error::x' is not a valid level for indicator 7 (enter a number 1–5)\n",
    );
    expect(out.split("\n").filter((l) => l.startsWith("::"))).toHaveLength(1);
  });

  it("omit line for findings about the whole file, and file for unnamed stdin; never col (a field number, not GitHub's character)", () => {
    const out = github(
      [
        synthetic("./data/a.csv", [
          finding("indicator/missing", "error", "./data/a.csv", {
            args: { ids: ["4"], ranges: "4", framework: "spbe-2020", assessment: null, unnamedFrom: null, fits: null },
          }),
          finding("csv/ragged", "warning", "./data/a.csv", { line: 3, args: { cells: 2, expected: 3 } }),
        ]),
        synthetic("-", [finding("file/empty", "error", "-", { args: { reason: "no-content" } })]),
      ],
      { lang: "id", policy: {} },
    );
    expect(out.split("\n")).toEqual([
      "::error file=data/a.csv,title=spbe indicator/missing::indikator 4 tidak diisi",
      "::warning file=data/a.csv,line=3,title=spbe csv/ragged::baris berisi 2 sel, baris judul 3",
      "::error title=spbe file/empty::berkas kosong",
      "",
    ]);
  });

  // found by a review: the runner reads the old `##[command]` form anywhere in a line, and a cell's value
  // reached the plain lines past the annotations as written ("##[stop-commands]" ends every command after it)
  it("the plain lines past the annotations never carry a runner command, ##[… included", () => {
    const value = "##[warning file=README.md;line=1]forged ##[stop-commands]tok";
    const args = { id: "11", code: null, min: 1, max: 5, decimalComma: false, thousands: false, tooPrecise: false, alone: null, disagree: null };
    const out = github([synthetic("d.csv", [...many(10, "error"), finding("value/invalid", "error", "d.csv", { line: 12, column: 2, value, args })])], {
      lang: "en",
      policy: {},
    });
    const plain = out.split("\n").filter((l) => l.startsWith("- "));
    expect(plain).toHaveLength(1);
    expect(plain[0]).not.toContain("##[");
    expect(plain[0]).toContain("##\u200b[warning file=README.md;line=1]forged ##\u200b[stop-commands]tok");
  });

  it("annotate at most 10 errors and 10 warnings, then one notice with the count of the rest", () => {
    const out = github([synthetic("data.csv", [...many(25, "error"), ...many(15, "warning")])], { lang: "en", policy: {} });
    const lines = out.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(10);
    const notices = lines.filter((l) => l.startsWith("::notice"));
    // (it said "all are in this log and the step summary", which neither was with -o, or no step summary)
    expect(notices).toEqual([expect.stringMatching(/^::notice title=spbe::20 more finding\(s\) not annotated .*; all are listed above as plain lines$/)]);
    // the rest stay in the log as plain lines that can never be read as workflow commands
    const plain = lines.filter((l) => !l.startsWith("::"));
    expect(plain).toHaveLength(20);
    expect(plain.every((l) => l.startsWith("- data.csv:"))).toBe(true);
    expect(lines.at(-1)).toBe(notices[0]);
  });

  it("print no notice when everything fits", () => {
    const out = github([synthetic("data.csv", [...many(10, "error"), ...many(10, "warning")])], { lang: "en", policy: {} });
    expect(out).not.toContain("::notice");
    expect(out.trimEnd().split("\n")).toHaveLength(20);
    expect(github([fixture(CI[0]!)], { lang: "en", policy: {} })).toBe("");
  });

  it("annotate warnings as errors under --strict, within the error cap", () => {
    const out = github([synthetic("data.csv", [...many(4, "error"), ...many(8, "warning")])], { lang: "en", policy: { strict: true } });
    expect(out.match(/^::error /gm)).toHaveLength(10);
    expect(out).not.toMatch(/^::warning /m);
    expect(out).toMatch(/^::notice title=spbe::2 more/m);
  });
});

describe("junit", () => {
  it("is well-formed XML with one testsuite per file and one testcase per indicator, plus the file", () => {
    const root = parseXml(junitOf(ciFiles()));
    expect(root.name).toBe("testsuites");
    expect(root.children.map((s) => [s.name, s.attrs.name, s.attrs.tests, s.attrs.failures, s.attrs.errors])).toEqual([
      ["testsuite", "fixtures/ci/bersih.csv", "48", "0", "0"],
      ["testsuite", "fixtures/ci/galat.csv", "48", "7", "0"],
      ["testsuite", "fixtures/ci/lama/peringatan.csv", "48", "0", "0"],
    ]);
    expect([root.attrs.tests, root.attrs.failures]).toEqual(["144", "7"]);
    const galat = root.children[1]!;
    const cases = galat.children.filter((c) => c.name === "testcase");
    expect(cases.map((c) => c.attrs.name)).toEqual(["berkas", ...fw("spbe-2020").indicators.map((i) => `indikator ${i.id}`)]);
    expect(cases.every((c) => c.attrs.classname === "fixtures/ci/galat.csv")).toBe(true);
    const failures = cases.flatMap((c) => c.children.filter((x) => x.name === "failure").map((x) => [c.attrs.name, x.attrs.type]));
    expect(failures).toEqual([
      ["berkas", "indicator/unknown"],
      ["indikator 5", "value/invalid"],
      ["indikator 8", "value/out-of-range"],
      ["indikator 12", "value/not-integer"],
      ["indikator 16", "value/missing"],
      ["indikator 30", "indicator/duplicate"],
      ["indikator 47", "indicator/missing"],
    ]);
    const i5 = cases.find((c) => c.attrs.name === "indikator 5")!.children[0]!;
    expect(i5.attrs.message).toBe("'tiga' bukan tingkat yang sah untuk indikator 5 (isi angka 1–5)");
    expect(i5.text).toBe("fixtures/ci/galat.csv:6:6 value/invalid (galat): 'tiga' bukan tingkat yang sah untuk indikator 5 (isi angka 1–5)");
    const i21 = cases.find((c) => c.attrs.name === "indikator 21")!;
    expect(i21.children.map((c) => c.name)).toEqual(["system-out"]);
    expect(i21.children[0]!.text).toContain("evidence/missing (peringatan)");
  });

  // (an exploratory tester, as a CI maintainer) a cell "4\n::error file=x::INJ" put a line of the report's text
  // starting with "::error", which `cat spbe-junit.xml` in a GitHub step runs as a workflow command
  it("keeps each finding on one line of its text: a line break quoted from a cell is a space", () => {
    const text = csvOf("spbe-2020", {}, 3).replace("\n5,3\n", '\n5,"4\n::error file=x::INJ"\n');
    const xml = junitOf([read(text, "spbe-2020", "val.csv")]);
    expect(xml).toContain("::error file=x::INJ");
    expect(xml.split("\n").filter((l) => l.trimStart().startsWith("::"))).toEqual([]);
    const failure = parseXml(xml).children[0]!.children.find((c) => c.attrs.name === "indikator 5")!.children[0]!;
    expect(failure.text).toMatch(/^val\.csv:6:2 value\/invalid \(galat\): '4 ::error file=x::INJ' /);
  });

  it("makes warnings failures under --strict", () => {
    const root = parseXml(junitOf([fixture(CI[2]!)], true));
    const suite = root.children[0]!;
    expect(suite.attrs.failures).toBe("3");
    const failing = suite.children.filter((c) => c.children.some((x) => x.name === "failure")).map((c) => c.attrs.name);
    expect(failing).toEqual(["berkas", "indikator 3", "indikator 10"]);
  });

  it("escapes everything from the input and drops characters XML 1.0 forbids", () => {
    const nasty = `data/<a href="x">&'\u0000\u0001\u001b\ud800\u202e\uffff.csv`;
    const csv = csvOf("spbe-2020").replace("\n1,1\n", '\n1,"]]><x/>&amp;\r\n\tb"\n');
    const xml = junitOf([read(csv, "spbe-2020", nasty)]);
    const root = parseXml(xml); // throws if anything leaked through
    const suite = root.children[0]!;
    expect(suite.attrs.name).toBe(`data/<a href="x">&'.csv`);
    const failure = suite.children.find((c) => c.attrs.name === "indikator 1")!.children[0]!;
    // the CSV reader turns the CRLF inside the quoted cell into LF; the attribute keeps LF and tab exactly
    expect(failure.attrs.message).toBe("']]><x/>&amp;\n\tb' bukan tingkat yang sah untuk indikator 1 (isi angka 1–5)");
    expect(text(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
    expect(attr("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });

  it("makes a file that could not be read one testcase named after its problem", () => {
    const bin = read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "spbe-2020", "penilaian.xlsx.csv");
    const empty = read("", "spbe-2020", "kosong.csv");
    const root = parseXml(junitOf([bin, empty], false, "en"));
    expect(root.children.map((s) => s.children.filter((c) => c.name === "testcase").map((c) => [c.attrs.name, c.children[0]?.attrs.type]))).toEqual([
      [["file/binary", "file/binary"]],
      [["file/empty", "file/empty"]],
    ]);
    expect(root.attrs.failures).toBe("2");
  });

  // found by an exploratory tester: a bare "35" row of spbe-2018 failed only the file's testcase, and
  // the testcases of 35.1–35.3, the rows it stands for, stayed green
  it("fails the testcases of the parts a bare multi-part row stands for (spbe-2018 35 → 35.1–35.3)", () => {
    const csv = [
      "indikator,tingkat",
      ...fw("spbe-2018")
        .indicators.filter((i) => !i.id.startsWith("35."))
        .map((i) => `${i.id},3`),
      "35,3",
    ].join("\n");
    const root = parseXml(junitOf([read(csv, "spbe-2018", "lama.csv")], false, "en"));
    const cases = root.children[0]!.children.filter((c) => c.name === "testcase");
    const failing = cases.flatMap((c) => c.children.filter((x) => x.name === "failure").map((x) => [c.attrs.name, x.attrs.type]));
    expect(failing).toEqual([
      ["indikator 35.1", "indicator/needs-parts"],
      ["indikator 35.2", "indicator/needs-parts"],
      ["indikator 35.3", "indicator/needs-parts"],
    ]);
  });

  it("gives several assessments in one file their own indicator testcases, and reports every error of one testcase", () => {
    const rows = (instansi: string, level: string) => fw("spbe-2020").indicators.map((i) => `${instansi},2024,${i.id},${i.id === "2" ? level : "3"}`);
    const csv = ["instansi,tahun,indikator,tingkat", ...rows("Kab A", "3"), ...rows("Kab B", "9"), "Kab B,2024,2,tiga"].join("\n");
    const root = parseXml(junitOf([read(csv, "spbe-2020", "dua.csv")], false, "en"));
    const cases = root.children[0]!.children.filter((c) => c.name === "testcase");
    expect(cases).toHaveLength(1 + 2 * 47);
    expect(cases[1]!.attrs.name).toBe("indikator 1 (Kab A / 2024)");
    const b2 = cases.find((c) => c.attrs.name === "indikator 2 (Kab B / 2024)")!;
    const failures = b2.children.filter((c) => c.name === "failure");
    expect(failures).toHaveLength(1);
    expect(failures[0]!.attrs.type).toBe("value/out-of-range");
    expect(failures[0]!.attrs.message).toMatch(/\(\+1 more error\(s\)\)$/);
    expect(failures[0]!.text.split("\n").map((l) => l.split(" ")[1])).toEqual(["value/out-of-range", "indicator/duplicate"]);
  });
});

describe("markdown", () => {
  it("escapes cells and can cap the findings list", () => {
    const f = finding("value/invalid", "error", "a|b_c.csv", {
      line: 2,
      column: 2,
      value: "<b>|x",
      args: { id: "1", code: null, min: 1, max: 5, decimalComma: false, thousands: false, tooPrecise: false, alone: null, disagree: null },
    });
    const md = markdown([synthetic("a|b_c.csv", [f, ...many(3, "warning")])], { lang: "en", policy: {}, maxFindings: 2 });
    expect(md).toContain("| a\\|b\\_c.csv | ❌ invalid | 1 | 3 |");
    expect(md).toContain("'&lt;b&gt;\\|x' is not a valid level");
    expect(md.match(/^\| (a\\\|b\\_c\.csv|data\.csv) \| \d/gm)).toHaveLength(2);
    expect(md).toContain("… and 2 more finding(s)");
  });
});

describe("policyNotes", () => {
  const w = many(3, "warning");
  it("explains an exit 1 that comes from --strict or --max-warnings, and nothing else", () => {
    expect(policyNotes(w, { strict: true }, "id")).toEqual(["--strict: 3 peringatan dihitung sebagai galat"]);
    expect(policyNotes(w, { maxWarnings: 2 }, "en")).toEqual(["too many warnings: 3, over --max-warnings 2"]);
    expect(policyNotes(w, { maxWarnings: 3 }, "en")).toEqual([]);
    expect(policyNotes([...w, ...many(1, "error")], { strict: true }, "en")).toEqual([]);
    expect(policyNotes([], { strict: true }, "en")).toEqual([]);
  });
});
