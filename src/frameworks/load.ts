import { z } from "zod";
import { bytesOf, isBytes } from "../io/bytes.js";
import { FRAMEWORK_PROBLEM as P } from "../messages/frameworks.js";
import { both, inBoth, say, type Text } from "../messages/text.js";
import { buildFramework, type FrameworkProblem, type FrameworkResult, frameworkText, MAX_FRAMEWORK_CHARS } from "./build.js";
import { builtinFramework, builtinFrameworks, bundledFile } from "./builtin.js";
import { formatPath, scanJson } from "./json-text.js";
import { frameworkFileSchema, SCHEMA_MESSAGES_ID } from "./schema.js";

export type { FrameworkProblem, FrameworkResult } from "./build.js";

/** Deeper than any framework needs; refused before JSON.parse can exhaust the stack. */
const MAX_NESTING = 32;

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") max = Math.max(max, ++depth);
    else if (c === "}" || c === "]") depth--;
  }
  return max;
}

/**
 * Parses the text of a framework file: JSON syntax, then schema, then rules.
 * Never throws. A syntax error is located by line and column and said in
 * words; every schema or rule problem also gets the line and column of the
 * value its path names (or of that value's nearest ancestor in the file).
 */
export function parseFrameworkText(text: string): FrameworkResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > MAX_FRAMEWORK_CHARS) {
    return fail("(root)", both(P.tooLarge, { max: MAX_FRAMEWORK_CHARS }));
  }
  if (nestingDepth(body) > MAX_NESTING) return fail("(root)", tooDeep());
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const scan = scanJson(body);
    if (!scan.ok) {
      const { path, line, column, message } = scan.error;
      return { ok: false, stage: "text", problems: [{ path, message: inBoth((l) => say(l, P.notJson, { detail: message[l] })), line, column }] };
    }
    // the scanner found nothing JSON.parse did: its own words, then
    return fail("(root)", both(P.notJson, { detail: (error as Error).message }));
  }
  const result = parseFramework(json);
  const scan = scanJson(body);
  if (!scan.ok) return result;
  // a key written twice in one object ("weight": "30", "weight": "50"): JSON.parse keeps the last without
  // a word, and a copy-paste mistake in a weight passed the check
  const twice = scan.duplicateKeys.map((d) => ({ path: d.path, message: both(P.duplicateKey, { key: d.key }), line: d.line, column: d.column }));
  // a weight or edge written with more digits than a JSON number keeps passed as the number it became
  const inexact = scan.inexactNumbers.map((n) => ({
    path: n.path,
    message: both(P.inexactNumber, { value: n.written, kept: n.kept }),
    line: n.line,
    column: n.column,
  }));
  const inText = [...twice, ...inexact];
  if (result.ok && inText.length === 0) return result;
  const located = result.ok
    ? []
    : result.problems.map((p) => {
        const at = scan.positionOf(p.path);
        return at ? { ...p, line: at.line, column: at.column } : p;
      });
  return { ok: false, stage: result.ok ? "text" : result.stage, problems: [...inText, ...located] };
}

const tooDeep = () => both(P.tooDeep, { max: MAX_NESTING });

function fail(path: string, message: Text): FrameworkResult {
  return { ok: false, stage: "text", problems: [{ path, message }] };
}

/**
 * `__proto__` is a key JSON.parse keeps as an own property but schema validation
 * silently drops inside records (`levelNames`), so a hostile file would pass with
 * part of it ignored: it is refused by name instead. The walk also bounds the
 * depth for callers that pass an object rather than text.
 */
function hostileKeys(json: unknown): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0 && problems.length < 20) {
    const { value, path } = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (path.length > MAX_NESTING) {
      problems.push({ path: formatPath(path), message: tooDeep() });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === "__proto__") problems.push({ path: formatPath([...path, key]), message: both(P.protoKey) });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}

/**
 * zod's messages in both languages: the English parse is the one that failed;
 * a second parse with zod's Indonesian locale gives the same issues in the same
 * order. The schema's own messages are English in both parses and are
 * translated here.
 */
function schemaProblems(json: unknown, issues: readonly z.core.$ZodIssue[]): FrameworkProblem[] {
  const again = frameworkFileSchema.safeParse(json, { error: z.locales.id().localeError });
  const indonesian = again.success ? [] : again.error.issues;
  return issues.flatMap((issue, i): FrameworkProblem[] => {
    // a misspelt key ("wieght"): said at the key itself (it was said at the object around it, "(root)
    // 1:1" for a top-level one) and in our words (zod's Indonesian reads "Kunci tidak dikenali : …")
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: both(P.unknownKey, { key }) }));
    // a required field left out: "Invalid input", or "expected string, received undefined", said nothing of it
    if (missing(json, issue.path)) return [{ path: formatPath(issue.path), message: both(P.missingField) }];
    return [{ path: formatPath(issue.path), message: { id: SCHEMA_MESSAGES_ID[issue.message] ?? indonesian[i]?.message ?? issue.message, en: issue.message } }];
  });
}

/** The issue's path ends at a key its object does not have. */
function missing(json: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let value = json;
  for (const key of path.slice(0, -1)) {
    if (value === null || typeof value !== "object") return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value !== null && typeof value === "object" && !Array.isArray(value) && !Object.hasOwn(value, path.at(-1)!);
}

/**
 * JSON text with every object's keys in one order: JSON objects have none, and a copy of a bundled
 * file with its keys sorted (`jq -S`) or reordered by a tool is the same framework (it was refused as
 * "differs from it").
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** Validates an already-parsed framework object and builds the exact, flat model. */
export function parseFramework(json: unknown): FrameworkResult {
  const hostile = hostileKeys(json);
  if (hostile.length > 0) return { ok: false, stage: "schema", problems: hostile };
  const parsed = frameworkFileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, stage: "schema", problems: schemaProblems(json, parsed.error.issues) };
  }
  // a bundled id is the bundled framework's: a copy of its file is it (the same object, so rank
  // compares it with the national results as it should), any other file must be named apart, or rank
  // and diff take its index for the ministry's
  const bundled = bundledFile(parsed.data.id);
  if (bundled !== undefined && canonicalJson(json) === canonicalJson(bundled)) return { ok: true, framework: builtinFramework(parsed.data.id)! };
  const built = buildFramework(parsed.data);
  if (bundled === undefined) return built;
  // with the rules' own problems: every problem at once
  const taken = { path: "id", message: both(P.bundledId, { id: parsed.data.id }) };
  return { ok: false, stage: "rules", problems: [...(built.ok ? [] : built.problems), taken] };
}

/**
 * A framework from what a caller has: a bundled id ("spbe-2020", "spbe-2018",
 * "pemdi-2026"), the text or the bytes of a framework file (UTF-8, or UTF-16 with its BOM), or its JSON
 * value already parsed. Every problem is returned, never thrown.
 */
export function loadFramework(source: unknown): FrameworkResult {
  // bytes however held: an ArrayBuffer (a web app's `await response.arrayBuffer()`) was read as a
  // JSON value, "formatVersion: required, but not written"
  if (isBytes(source)) return parseFrameworkText(frameworkText(bytesOf(source, "loadFramework")));
  // a Blob or File is read asynchronously: bytesOf's TypeError says how (it was "formatVersion: required")
  if (typeof source === "object" && source !== null && typeof (source as { arrayBuffer?: unknown }).arrayBuffer === "function")
    bytesOf(source, "loadFramework");
  if (typeof source !== "string") return parseFramework(source);
  const builtin = builtinFramework(source.trim());
  if (builtin) return { ok: true, framework: builtin };
  // a word rather than JSON: a mistyped id deserves better than "not valid JSON"
  if (/^[\s\ufeff]*[A-Za-z0-9][A-Za-z0-9._-]*\s*$/.test(source) && !/^\s*(true|false|null|\d[\d.]*)\s*$/.test(source)) {
    const ids = builtinFrameworks()
      .map((f) => f.id)
      .join(", ");
    return fail("(root)", both(P.unknownId, { name: source.trim(), ids }));
  }
  return parseFrameworkText(source);
}
