import { z } from "zod";
import { countIgnores, errorOnlyIgnores, FINDING_CODES, unknownIgnores } from "../core/findings.js";
import { scanJson } from "../frameworks/json-text.js";
import { CLI } from "../messages/cli.js";
import { FRAMEWORK_PROBLEM } from "../messages/frameworks.js";
import { inBoth, say } from "../messages/text.js";
import { perhaps, suggestSimilar } from "./suggest.js";

/**
 * `spbe.config.json` (or a `"spbe"` key in package.json): the options a
 * project repeats on every run. Loaded with zod, which is imported only when a
 * config file exists (it is a third of start-up).
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** bundled id, or a framework file path relative to the config file */
  framework: z.string().min(1).max(500).optional(),
  // in any case, as --lang and SPBE_LANG take it ("EN" was refused here alone)
  lang: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.enum(["id", "en"])).optional(),
  /** finding codes (warnings) to acknowledge, as for --ignore */
  ignore: z.array(z.string().min(1).max(80)).max(100).optional(),
  maxWarnings: z.number().int().min(0).optional(),
  predikatBasis: z.enum(["exact", "displayed"]).optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Every problem, with its path ("maxWarnings", "ignore[2]"), in both languages. */
export function configProblems(
  json: unknown,
  text?: string,
  within = "",
): { ok: true; config: Config } | { ok: false; problems: { path: string; id: string; en: string }[] } {
  const parsed = configSchema.safeParse(json);
  // a code that is none, said where it is ("ignore[1]") rather than later as if --ignore had said it;
  // with the schema's own problems, not after they are fixed: every problem in one run
  const codes = unknownCodes(json);
  const twice = text === undefined ? [] : keysTwice(text, within);
  if (parsed.success && codes.length === 0 && twice.length === 0) return { ok: true, config: parsed.data };
  const schema = parsed.success ? [] : schemaProblems(json, parsed.error);
  return { ok: false, problems: [...schema, ...codes, ...twice] };
}

/**
 * Keys written twice in one object of the config (`{"maxWarnings": 0, "maxWarnings": 5}`, a merge's
 * leftover): JSON.parse keeps the last without a word, and a limit was loosened unseen (a CI tester).
 * Said with their line and column, as a framework file's are; only under `within` (package.json's "spbe").
 */
function keysTwice(text: string, within: string): Problem[] {
  const scan = scanJson(text);
  if (!scan.ok) return [];
  const under = (p: string) => within === "" || p === within || p.startsWith(`${within}.`) || p.startsWith(`${within}[`);
  return scan.duplicateKeys
    .filter((d) => under(d.path))
    .map((d) => ({
      path: within === "" ? d.path : d.path.slice(within.length).replace(/^\./, "") || "(root)",
      ...inBoth(
        (l) =>
          `${l === "id" ? `baris ${d.line}, kolom ${d.column}` : `line ${d.line}, column ${d.column}`}: ${say(l, FRAMEWORK_PROBLEM.duplicateKey, { key: d.key })}`,
      ),
    }));
}

type Problem = { path: string; id: string; en: string };

function unknownCodes(json: unknown): Problem[] {
  const ignore = typeof json === "object" && json !== null && "ignore" in json ? (json as { ignore: unknown }).ignore : undefined;
  if (!Array.isArray(ignore)) return [];
  return ignore.flatMap((value: unknown, i) => {
    if (typeof value !== "string" || value === "") return [];
    if (errorOnlyIgnores([value]).length > 0) return [{ path: `ignore[${i}]`, ...inBoth((l) => say(l, CLI.errorIgnored, { where: "", value: `'${value}'` })) }];
    if (countIgnores([value]).length > 0) return [{ path: `ignore[${i}]`, ...inBoth((l) => say(l, CLI.countIgnored, { where: "", value: `'${value}'` })) }];
    if (unknownIgnores([value]).length === 0) return [];
    const hint = perhaps(suggestSimilar(value, FINDING_CODES));
    return [{ path: `ignore[${i}]`, ...inBoth((l) => say(l, CLI.configUnknownCode, { value }) + hint[l]) }];
  });
}

/**
 * zod's Indonesian for the issues a config file has, in the words the rest of spbe uses: its own
 * locale said "Input tidak valid: diharapkan number, diterima string" (English type names) and
 * "Kunci tidak dikenali : …". Other issues keep zod's Indonesian.
 */
const TYPE_WORDS: Record<string, string> = {
  number: "angka",
  int: "bilangan bulat",
  string: "teks",
  array: "daftar",
  object: "objek",
  boolean: "true atau false",
};
function indonesianIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return `harus ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "tidak boleh kosong";
      if (issue.origin === "array") return `paling sedikit ${issue.minimum} butir`;
      return issue.origin === "number" ? `paling kecil ${issue.minimum}` : undefined;
    case "too_big":
      if (issue.origin === "array") return `paling banyak ${issue.maximum} butir`;
      return issue.origin === "number" ? `paling besar ${issue.maximum}` : issue.origin === "string" ? `paling panjang ${issue.maximum} karakter` : undefined;
    case "invalid_value":
      return `harus salah satu dari ${issue.values.map((v) => `"${String(v)}"`).join(", ")}`;
    case "unrecognized_keys":
      return `kunci tidak dikenal: ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    default:
      return undefined;
  }
}

/** The same issues in English, in the same words (zod's own were "Invalid option: expected one of …", "Too small: …"). */
const ENGLISH_TYPES: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  array: "a list",
  object: "an object",
  boolean: "true or false",
};
function englishIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${ENGLISH_TYPES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
      if (issue.origin === "array") return `must have at least ${issue.minimum} items`;
      return issue.origin === "number" ? `must be at least ${issue.minimum}` : undefined;
    case "too_big":
      if (issue.origin === "array") return `must have at most ${issue.maximum} items`;
      return issue.origin === "number"
        ? `must be at most ${issue.maximum}`
        : issue.origin === "string"
          ? `must be at most ${issue.maximum} characters`
          : undefined;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(", ")}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    default:
      return undefined;
  }
}

function schemaProblems(json: unknown, error: z.ZodError): Problem[] {
  const zodIndonesian = z.locales.id().localeError;
  const indonesian = configSchema.safeParse(json, { error: (issue) => indonesianIssue(issue) ?? zodIndonesian(issue) });
  const english = configSchema.safeParse(json, { error: (issue) => englishIssue(issue) });
  const path = (p: readonly PropertyKey[]) =>
    p
      .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
      .join("")
      .replace(/^\./, "") || "(root)";
  return error.issues.map((issue, i) => ({
    path: path(issue.path),
    en: (english.success ? undefined : english.error.issues[i]?.message) ?? issue.message,
    id: (indonesian.success ? undefined : indonesian.error.issues[i]?.message) ?? issue.message,
  }));
}
