import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_FRAMEWORK_ID, builtinFramework, builtinFrameworks } from "../frameworks/builtin.js";
import { MAX_FRAMEWORK_CHARS } from "../frameworks/build.js";
import { type Framework, withoutExternal } from "../frameworks/types.js";
import type { Context } from "./context.js";
import { cliError } from "./errors.js";


/** The framework options that name files (not bundled ids): inputs too, so `-o` may not overwrite them. */
export function frameworkFiles(...options: (string | undefined)[]): string[] {
  return options.filter((o): o is string => o !== undefined && !builtinFramework(o));
}

/**
 * The framework to score with: `--without-external` leaves out the indicators
 * whose values come from other national indices; refused (exit 2) for a
 * framework that has none, rather than silently doing nothing.
 */
export async function resolveScoringFramework(ctx: Context, option: string | undefined, without: boolean | undefined): Promise<Framework> {
  const framework = await resolveFramework(ctx, option);
  if (!without) return framework;
  const reduced = withoutExternal(framework);
  if (!reduced) {
    throw cliError(
      `--without-external: kerangka ${framework.id} tidak punya indikator eksternal`,
      `--without-external: framework ${framework.id} has no external indicators`,
    );
  }
  return reduced;
}

/**
 * `--framework <id|path>`: a bundled id, or a path to a framework JSON file
 * (anything with a slash or ending in .json). A bad file stops the run with
 * exit 2 and names every offending field.
 */
export async function resolveFramework(ctx: Context, option: string | undefined): Promise<Framework> {
  const wanted = option ?? DEFAULT_FRAMEWORK_ID;
  const builtin = builtinFramework(wanted);
  if (builtin) return builtin;
  if (!wanted.includes("/") && !wanted.includes(path.sep) && !wanted.toLowerCase().endsWith(".json")) {
    const ids = builtinFrameworks().map((f) => f.id).join(", ");
    throw cliError(`kerangka '${wanted}' tidak dikenal; pilih ${ids}, atau beri path berkas JSON`, `unknown framework '${wanted}'; choose ${ids}, or give a JSON file path`);
  }
  const abs = path.resolve(ctx.cwd, wanted);
  let text: string;
  try {
    const stat = fs.statSync(abs);
    if (!stat.isFile()) throw Object.assign(new Error(), { code: "EISDIR" });
    // a coarse guard before reading (UTF-8 has at most 4 bytes a character); the text itself is checked exactly
    if (stat.size > MAX_FRAMEWORK_CHARS * 4) throw Object.assign(new Error(), { code: "EFBIG" });
    text = fs.readFileSync(abs, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw cliError(`berkas kerangka '${wanted}' tidak dapat dibaca (${code})`, `cannot read framework file '${wanted}' (${code})`);
  }
  // the schema (zod) is loaded only for a user's framework file: it is a third of start-up
  const { parseFrameworkText } = await import("../frameworks/load.js");
  const result = parseFrameworkText(text);
  if (!result.ok) {
    const details = result.problems.slice(0, 20).map((p) => `${p.path}: ${p.message[ctx.lang]}`);
    if (result.problems.length > 20) details.push(`… +${result.problems.length - 20}`);
    throw cliError(`berkas kerangka '${wanted}' tidak sah`, `framework file '${wanted}' is invalid`, details);
  }
  return result.framework;
}
