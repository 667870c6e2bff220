import { readFileSync } from "node:fs";
import { type AssessmentFile, buildAssessments } from "../src/assessment/build.js";
import { builtinFramework } from "../src/frameworks/builtin.js";
import { type Framework, withoutExternal } from "../src/frameworks/types.js";
import { readTable } from "../src/io/table.js";
import type { RenderOptions } from "../src/report/options.js";
import { plain } from "../src/report/paint.js";
import { scoreAssessment } from "../src/scoring/score.js";

export function fw(id: string): Framework {
  const f = builtinFramework(id);
  if (!f) throw new Error(`no framework ${id}`);
  return f;
}

/**
 * Each bundled framework as the property tests of lean reading take them (Pemdi also without its
 * external indicators), named as a test title: "pemdi-2026 --without-external".
 */
export const FRAMEWORK_CASES: readonly (readonly [string, Framework])[] = [
  fw("spbe-2020"),
  fw("spbe-2018"),
  fw("pemdi-2026"),
  withoutExternal(fw("pemdi-2026"))!,
].map((f) => [`${f.id}${f.excluded.length ? " --without-external" : ""}`, f] as const);

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * The README's Kanwil framework file (fixtures/kerangka-contoh-kanwil.json) on a 0–100 scale, with two
 * bands (Unggul from 80) and no level names: a framework file unlike the bundled 1–5 ones.
 */
export function kanwilOnHundred(integerOnly: boolean): Record<string, any> {
  const kerangka = JSON.parse(readFileSync(new URL("../fixtures/kerangka-contoh-kanwil.json", import.meta.url), "utf8"));
  kerangka.levels = { min: 0, max: 100, integerOnly };
  kerangka.bands = [
    { predikat: "Unggul", min: "80", max: "100" },
    { predikat: "Berkembang", min: null, max: "80" },
  ];
  delete kerangka.levelNames;
  for (const a of kerangka.aspects) delete a.levelNames;
  return kerangka;
}

/** Reads CSV text against a framework, as the CLI would. */
export function read(text: string | Uint8Array, frameworkId = "spbe-2020", file = "data.csv"): AssessmentFile {
  const bytes = typeof text === "string" ? utf8(text) : text;
  return buildAssessments(readTable(bytes, { file }), fw(frameworkId));
}

/** A complete CSV: every indicator at `base`, with overrides by id. */
export function csvOf(frameworkId: string, overrides: Record<string, string | number> = {}, base: string | number = 1): string {
  const lines = ["indikator,tingkat", ...fw(frameworkId).indicators.map((i) => `${i.id},${overrides[i.id] ?? base}`)];
  return `${lines.join("\n")}\n`;
}

/** Ids from..to inclusive, each set to `value`. */
export function range(from: number, to: number, value: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = from; i <= to; i++) out[String(i)] = value;
  return out;
}

export function scoreOf(text: string, frameworkId = "spbe-2020") {
  const file = read(text, frameworkId);
  const a = file.assessments[0];
  if (!a?.valid) throw new Error(`not valid: ${JSON.stringify(file.findings.map((f) => f.code))}`);
  return scoreAssessment(a);
}

export const codes = (file: AssessmentFile): string[] => file.findings.map((f) => f.code);

/** Options for a renderer under test: no colour, full width. */
export function renderOptions(lang: "id" | "en" = "id", extra: { excel?: boolean; width?: number | null } = {}): RenderOptions {
  return { lang, color: plain, excel: extra.excel ?? false, width: extra.width ?? null };
}

/**
 * `whole` cut into pieces at `cuts` (each point taken modulo the length + 1, each once, in order): the
 * pieces a reader is pushed to show it reads in pieces exactly as whole. Empty pieces included.
 */
export function cutAt(whole: string, cuts: readonly number[]): string[];
export function cutAt(whole: Uint8Array, cuts: readonly number[]): Uint8Array[];
export function cutAt(whole: string | Uint8Array, cuts: readonly number[]): (string | Uint8Array)[] {
  const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: (string | Uint8Array)[] = [];
  let at = 0;
  for (const p of [...points, whole.length]) {
    pieces.push(typeof whole === "string" ? whole.slice(at, p) : whole.subarray(at, p));
    at = p;
  }
  return pieces;
}
