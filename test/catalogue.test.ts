/**
 * The error catalogue: every finding code is documented in the README
 * ("Katalog temuan / Finding catalogue": code, severity, meaning and fix in
 * Indonesian, meaning and fix in English) and has a message in both languages.
 * Adding a code to FINDING_CODES without its row and its messages fails here.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COLUMN_ALIASES } from "../src/assessment/columns.js";
import { FINDING_CODES, type Finding, type FindingArgs, type FindingCode, WARNING_CODES } from "../src/core/findings.js";
import { CLI, COMMANDER, FORMAT, HELP, OS_REASON } from "../src/messages/cli.js";
import { FINDING_TEXTS, findingMessage } from "../src/messages/findings.js";
import { FRAMEWORK_PROBLEM } from "../src/messages/frameworks.js";
import { INPUT_TEXT } from "../src/messages/inputs.js";
import { CSV_COLUMN, DIALECT_LABEL, DIFF_LABEL, FRAMEWORK_LABEL, HTML_LABEL, LABEL, PLAN_LABEL, VALIDATE_LABEL } from "../src/messages/labels.js";
import { OUTPUT_NAME } from "../src/messages/output-name.js";
import { PREDIKAT_LABEL } from "../src/messages/predikat.js";
import { BANDING_CLI, RANK_HELP } from "../src/messages/rank.js";
import { RANK_CLI } from "../src/messages/rank-cli.js";
import { RANK_HTML, RANK_LABEL, TREND_LABEL } from "../src/messages/rank-labels.js";
import { LANGS, placeholders, say, type Text } from "../src/messages/text.js";
import { WRITE_TEXT } from "../src/messages/write.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const SEVERITY_WORDS = { error: "galat", warning: "peringatan" } as const;

interface Row {
  readonly code: string;
  readonly severity: string;
  readonly meaningId: string;
  readonly fixId: string;
  readonly en: string;
}

/** Cells of a Markdown table row; `\|` inside a cell is not a separator. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** The catalogue section's table: from its heading to the next `## `. */
function catalogueRows(readme: string): { rows: Row[]; problems: string[] } {
  const problems: string[] = [];
  const start = readme.search(/^## Katalog temuan \/ Finding catalogue\s*$/m);
  if (start < 0) return { rows: [], problems: ["README has no '## Katalog temuan / Finding catalogue' section"] };
  const rest = readme.slice(start).split("\n").slice(1);
  const end = rest.findIndex((l) => l.startsWith("## "));
  const lines = (end < 0 ? rest : rest.slice(0, end)).filter((l) => l.trim().startsWith("|"));
  const [head, rule, ...body] = lines;
  if (!head || !rule || !/^\|?\s*:?-+/.test(rule.trim())) return { rows: [], problems: ["the catalogue has no table"] };
  const columns = cells(head);
  if (columns.length !== 5) problems.push(`the catalogue table has ${columns.length} columns, expected 5: ${columns.join(" | ")}`);
  const rows = body.map((line) => {
    const [code = "", severity = "", meaningId = "", fixId = "", en = ""] = cells(line);
    return { code, severity, meaningId, fixId, en };
  });
  return { rows, problems };
}

/** Everything wrong with the catalogue for these codes; empty when each code has one complete row. */
function catalogueProblems(readme: string, codes: readonly string[]): string[] {
  const { rows, problems } = catalogueRows(readme);
  const documented = new Map<string, Row[]>();
  for (const row of rows) {
    const code = /^`([^`]+)`$/.exec(row.code)?.[1];
    if (!code) {
      problems.push(`a catalogue row has no code in backticks: ${row.code}`);
      continue;
    }
    documented.set(code, [...(documented.get(code) ?? []), row]);
  }
  for (const code of codes) {
    const found = documented.get(code) ?? [];
    if (found.length === 0) {
      problems.push(`${code}: no row in the README catalogue`);
      continue;
    }
    if (found.length > 1) problems.push(`${code}: ${found.length} rows in the README catalogue`);
    const row = found[0]!;
    if (!/^(galat|peringatan)(\/(galat|peringatan))?$/.test(row.severity))
      problems.push(`${code}: severity '${row.severity}' is not galat, peringatan or galat/peringatan`);
    if (row.meaningId === "") problems.push(`${code}: no Indonesian meaning (Arti)`);
    if (row.fixId === "") problems.push(`${code}: no Indonesian fix (Cara memperbaiki)`);
    if (row.en === "") problems.push(`${code}: no English meaning / fix`);
  }
  for (const code of documented.keys()) if (!codes.includes(code)) problems.push(`${code}: documented but not in FINDING_CODES`);
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("finding catalogue", () => {
  it("the README documents every code in FINDING_CODES, and no other", () => {
    expect(catalogueProblems(README, FINDING_CODES)).toEqual([]);
  });

  it("the check fails for an undocumented code, a missing column and a stray row", () => {
    expect(catalogueProblems(README, [...FINDING_CODES, "file/new-kind"])).toEqual(["file/new-kind: no row in the README catalogue"]);
    const withoutEnglish = README.replace(/^(\| `csv\/ragged` \|[^\n]*\| )[^|\n]+( \|)$/m, "$1$2");
    expect(withoutEnglish).not.toBe(README);
    expect(catalogueProblems(withoutEnglish, FINDING_CODES)).toEqual(["csv/ragged: no English meaning / fix"]);
    expect(
      catalogueProblems(
        README,
        FINDING_CODES.filter((c) => c !== "csv/ragged"),
      ),
    ).toEqual(["csv/ragged: documented but not in FINDING_CODES"]);
  });

  it("WARNING_CODES (what --ignore can ignore) are the codes the catalogue says may be warnings", () => {
    const { rows } = catalogueRows(README);
    const warnings = rows.filter((r) => r.severity.split("/").includes("peringatan")).map((r) => r.code.replace(/`/g, ""));
    expect([...WARNING_CODES].sort()).toEqual(warnings.sort());
  });

  it("the documented severity covers every severity the code is raised with", () => {
    const { rows } = catalogueRows(README);
    const severityOf = new Map(rows.map((r) => [r.code.replace(/`/g, ""), r.severity]));
    const raised = new Map<string, Set<string>>();
    for (const file of sourceFiles(join(ROOT, "src"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/finding\(\s*"([a-z]+\/[a-z-]+)",\s*"(error|warning)"/g)) {
        raised.set(m[1]!, (raised.get(m[1]!) ?? new Set()).add(m[2]!));
      }
    }
    expect(raised.size).toBeGreaterThan(10);
    for (const [code, severities] of raised) {
      for (const s of severities)
        expect(severityOf.get(code)?.split("/"), `${code} is raised as ${s}`).toContain(SEVERITY_WORDS[s as keyof typeof SEVERITY_WORDS]);
    }
  });

  it.each(LANGS.map((l) => [l]))("every code has a message in '%s', rendered from its own arguments", (lang) => {
    expect(Object.keys(FINDING_TEXTS).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) {
      const text = findingMessage(sample(code), lang);
      expect(text.trim(), code).not.toBe("");
      expect(text, code).not.toMatch(/undefined|null|\[object|NaN|\{[A-Za-z]+\}/);
    }
  });

  it("the two languages are different texts, not a copy", () => {
    for (const code of FINDING_CODES) expect(findingMessage(sample(code), "id"), code).not.toBe(findingMessage(sample(code), "en"));
  });
});

/** Every catalogue of the tool: a name and its entries. */
const CATALOGUES: Record<string, Record<string, Text>> = {
  CLI,
  OS_REASON,
  COMMANDER,
  HELP,
  FORMAT,
  OUTPUT_NAME,
  INPUT_TEXT,
  WRITE_TEXT,
  LABEL,
  DIFF_LABEL,
  FRAMEWORK_LABEL,
  VALIDATE_LABEL,
  DIALECT_LABEL,
  CSV_COLUMN,
  HTML_LABEL,
  PREDIKAT_LABEL,
  PLAN_LABEL,
  FRAMEWORK_PROBLEM,
  RANK_CLI,
  RANK_HELP,
  BANDING_CLI,
  RANK_LABEL,
  RANK_HTML,
  TREND_LABEL,
};

describe("message catalogue", () => {
  const entries = Object.entries(CATALOGUES).flatMap(([name, cat]) => Object.entries(cat).map(([key, text]) => [`${name}.${key}`, text] as const));

  it("holds every text in both languages, with the same placeholders", () => {
    expect(entries.length).toBeGreaterThan(150);
    for (const [key, text] of entries) {
      expect(text.id.trim(), key).not.toBe("");
      expect(text.en.trim(), key).not.toBe("");
      expect(placeholders(text.id), key).toEqual(placeholders(text.en));
    }
  });

  it("fills every placeholder it is given, in both languages", () => {
    for (const [key, text] of entries) {
      const args = Object.fromEntries(placeholders(text.id).map((p) => [p, `<${p}>`]));
      for (const lang of LANGS) {
        const out = (say as (l: typeof lang, t: Text, a: Record<string, string>) => string)(lang, text, args);
        expect(out, key).not.toMatch(/\{[A-Za-z][A-Za-z0-9]*\}/);
        for (const p of placeholders(text.id)) expect(out, key).toContain(`<${p}>`);
      }
    }
  });

  it('is the only place that chooses words by language: no inline `lang === "id"` in the code', () => {
    const offenders = sourceFiles(join(ROOT, "src"))
      .filter((f) => !f.endsWith("cli/context.ts"))
      .filter((f) => /\blang\s*===?\s*"(id|en)"|"(id|en)"\s*===?\s*lang\b/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

/** Arguments for each code, typed: a new code without a sample does not compile. */
const SAMPLE_ARGS: { readonly [C in FindingCode]: FindingArgs<C> } = {
  "file/empty": { reason: "header-only" },
  "file/encoding": { encoding: "utf-8" },
  "file/binary": { kind: "xlsx" },
  "file/too-large": { bytes: 40 * 1024 * 1024, cutShort: true, max: 32 * 1024 * 1024 },
  "file/too-many-findings": { omitted: 12, max: 1000, codes: { "evidence/missing": { errors: 0, warnings: 12 } } },
  "file/not-assessment": { kind: "side-by-side" },
  "file/title-rows": { header: 3, rows: 1 },
  "csv/malformed": { reason: "unclosed-quote" },
  "csv/ragged": { cells: 3, expected: 4 },
  "column/missing": { role: "value", found: ["No", "Nama"], delimiter: null, quoted: false, below: null },
  "column/ambiguous": { kind: "rows", role: "indicator", header: "Indikator", other: "No", otherColumn: 1, otherValue: "1" },
  "indicator/missing": {
    ids: ["1", "2", "3", "4", "7"],
    ranges: "1–4, 7",
    framework: "spbe-2020",
    assessment: "Kab. Contoh / 2024",
    unnamedFrom: null,
    fits: null,
  },
  "indicator/duplicate": { id: "7", first: 3, header: null },
  "indicator/unknown": { framework: "spbe-2020", summary: null, bare: "7", repeatsHeader: false, misnamed: null },
  "indicator/blank": { summary: null },
  "indicator/needs-parts": { id: "35", parts: ["35.1", "35.2", "35.3"] },
  "indicator/misaligned": { count: 45, of: 47 },
  "indicator/name-mismatch": { id: "4", code: null, named: { kind: "aspect", id: "2", code: null, name: "Perencanaan Strategis SPBE" } },
  "value/missing": { id: "5", code: "3.1", min: 1, max: 5, external: "SDI" },
  "value/invalid": { id: "5", code: null, min: 1, max: 5, decimalComma: true, thousands: false, tooPrecise: false, alone: null, disagree: null },
  "value/out-of-range": { id: "5", code: null, min: 1, max: 5 },
  "value/not-integer": { id: "5", code: null, min: 1, max: 5 },
  "evidence/missing": { id: "5", code: null },
  "meta/invalid": { field: "jenis" },
  "meta/year-mismatch": { framework: "spbe-2020", from: 2021, to: null },
  "meta/partly-blank": { field: "instansi" },
  "meta/split": { field: "instansi", other: "Kab X", rows: 1, assessment: "Kab X" },
  "framework/provisional": { framework: "pemdi-2026" },
  "framework/mismatch": { chosen: "spbe-2020", suggested: "pemdi-2026", indicators: 20, codes: "1.1–7.2", coded: true, reason: "ids", year: null },
  "diff/framework-mismatch": { a: "spbe-2018", b: "spbe-2020", reason: "id" },
  "diff/indicator-unmatched": { id: "7", code: null, side: "mandiri" },
  "diff/assessment-count": { count: 3, reason: "too-many" },
  "diff/unlike": { field: "tahun", a: "2024", b: "2023" },
  "result/blank": { field: "d1", required: false },
  "result/invalid": { field: "indeks", thousands: true },
  "result/out-of-range": { field: "d4", min: 1, max: 5 },
  "result/off-grid": { field: "d3", tier: "3" },
  "result/index-mismatch": { low: "3.14", high: "3.16" },
  "result/predikat-mismatch": { expected: ["Kurang"], index: "1.80", basis: "exact", year: 2024, assumed: false },
  "result/kategori": {},
  "result/framework": { known: "spbe-2020, spbe-2018, pemdi-2026" },
  "rank/mixed-frameworks": { frameworks: ["spbe-2018", "spbe-2020"] },
  "rank/duplicate": { instansi: "Kab. Contoh", tahun: 2024, kept: "mandiri.csv:2", jenis: "mandiri", keptJenis: "mandiri" },
  "rank/jenis-left-out": { jenis: "evaluasi", count: 3, unknown: 1 },
  "rank/not-national": { tahun: 2024, count: 2, names: [{ instansi: "Kota Tanjung Pinang", nearest: "Kota Tanjungpinang" }] },
  "rank/predikat-placed": { instansi: "Kab. Contoh", from: null, tahun: 2024, printed: "Baik", predikat: "Cukup", index: "2.60", basis: "exact" },
  "trend/duplicate": { instansi: "Kab. Contoh", tahun: 2024, kept: "mandiri.csv:2", jenis: null, keptJenis: null },
  "trend/undated": { instansi: "Kab. Contoh", column: true },
  "trend/target-unmatched": { instansi: "Kab. Contoh" },
  "cost/column-missing": { column: "biaya", found: ["indikator", "harga"] },
  "cost/indicator-unknown": { framework: "spbe-2020" },
  "cost/invalid": { field: "biaya", id: "7", code: null, grouped: true },
  "cost/duplicate": { id: "7", code: null, step: "3→4", first: 4 },
  "cost/not-a-step": { id: "7", code: null, from: "2", to: "4", step: "1" },
  "cost/missing": { items: ["12", "15 (3→4)"], list: "12, 15 (3→4)" },
  "plan/assessment-count": { count: 2 },
};

describe("column/missing", () => {
  // the message lists the names a column is read by: "Tingkat Kematangan" was read and not listed
  it.each(["indicator", "value"] as const)("lists every name the %s column is read by, in their order", (role) => {
    for (const lang of LANGS) {
      const message = findingMessage({ ...sample("column/missing"), args: { ...SAMPLE_ARGS["column/missing"], role } } as Finding, lang);
      expect(message, lang).toContain(`(${COLUMN_ALIASES[role].join(", ")})`);
    }
  });
});

function sample(code: FindingCode): Finding {
  return { code, severity: "error", file: "data.csv", line: 2, column: 2, value: "x", args: SAMPLE_ARGS[code] } as Finding;
}
