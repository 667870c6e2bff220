import * as fs from "node:fs";
import * as path from "node:path";
import { type FrameworkProblem, frameworkText, MAX_FRAMEWORK_CHARS } from "../frameworks/build.js";
import { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "../frameworks/builtin.js";
import { type Framework, withoutExternal } from "../frameworks/types.js";
import { CLI } from "../messages/cli.js";
import { FRAMEWORK_PROBLEM as P } from "../messages/frameworks.js";
import { inBoth, type Lang, say } from "../messages/text.js";
import { terminalSafe } from "../report/text.js";
import type { Context } from "./context.js";
import { CliError, cliError } from "./errors.js";
import { osReason, readAtMost, statOrNull, systemPath } from "./io.js";
import { perhaps, suggestSimilar } from "./suggest.js";

/** The framework options that name files (not bundled ids): inputs too, so `-o` may not overwrite them. */
export function frameworkFiles(...options: (string | undefined)[]): string[] {
  return options.filter((o): o is string => o !== undefined && !bundledFramework(o));
}

/**
 * A bundled framework by its id, in any case: the ids are lowercase, and `SPBE-2020` as the
 * regulation writes it means the same framework (an id never has the slash or the .json that make
 * a name a file's, so there is nothing else it could mean).
 */
export const bundledFramework = (name: string): Framework | undefined => builtinFramework(name.toLowerCase());

/**
 * The framework to score with: `--without-external` leaves out the indicators
 * whose values come from other national indices; refused (exit 2) for a
 * framework that has none, rather than silently doing nothing, and for a framework file whose every
 * indicator is external, which would leave nothing to score.
 */
export async function resolveScoringFramework(ctx: Context, option: string | undefined, without: boolean | undefined): Promise<Framework> {
  const framework = await resolveFramework(ctx, option);
  if (!without) return framework;
  if (framework.indicators.every((i) => i.externalSource !== null)) throw cliError(CLI.allExternal, { framework: framework.id });
  const reduced = withoutExternal(framework);
  if (!reduced) {
    throw cliError(CLI.noExternal, { framework: framework.id });
  }
  return reduced;
}

/**
 * `--framework <id|path>`: a bundled id, or a path to a framework JSON file
 * (anything with a slash or ending in .json). A bad file stops the run with
 * exit 2 and names every offending field.
 */
export async function resolveFramework(ctx: Context, option: string | undefined, alsoMeant: readonly string[] = []): Promise<Framework> {
  const wanted = option ?? DEFAULT_FRAMEWORK_ID;
  const builtin = bundledFramework(wanted);
  if (builtin) return builtin;
  // a word that names a file here ("kanwil", saved without .json) is that file, as `framework check kanwil` reads it:
  // it was refused as an unknown id, told to give "the path of a JSON file", which it was
  const named = !wanted.includes("/") && !wanted.includes(path.sep) && !wanted.toLowerCase().endsWith(".json");
  if (named && statOrNull(systemPath(ctx.cwd, wanted))?.isFile() !== true) {
    const ids = builtinFrameworks().map((f) => f.id);
    // a typo of an id ("spbe2020"), or of what else the word could be (`framework shcema`: a subcommand)
    throw cliError(CLI.unknownFramework, { name: wanted, ids: ids.join(", "), similar: perhaps(suggestSimilar(wanted, [...ids, ...alsoMeant]))[ctx.lang] });
  }
  const text = readFrameworkFile(ctx, wanted);
  // the schema (zod) is loaded only for a user's framework file: it is a third of start-up
  const { parseFrameworkText } = await import("../frameworks/load.js");
  const result = parseFrameworkText(text);
  if (!result.ok) {
    const details = result.problems.slice(0, MAX_DETAILS).map((p) => inBoth((l) => problemLine(p, l)));
    if (result.problems.length > MAX_DETAILS) {
      const more = result.problems.length - MAX_DETAILS;
      details.push(inBoth((l) => say(l, CLI.moreProblems, { count: more, name: terminalSafe(wanted) })));
    }
    throw new CliError(
      inBoth((l) => say(l, CLI.frameworkInvalid, { name: wanted })),
      details,
    );
  }
  return result.framework;
}

/** Problems listed under "framework file … is invalid"; `spbe framework check` lists them all. */
const MAX_DETAILS = 20;

/** `path: message (line 12, column 5)`. */
function problemLine(p: FrameworkProblem, lang: Lang): string {
  const at = p.line === undefined ? "" : ` (${say(lang, P.at, { line: p.line, column: p.column ?? 1 })})`;
  return `${p.path}: ${p.message[lang]}${at}`;
}

/**
 * The text of a framework file, or a stop (exit 2) that says in words why it
 * could not be read: missing, a directory, unreadable, far too large.
 */
export function readFrameworkFile(ctx: Context, name: string): string {
  const abs = systemPath(ctx.cwd, name);
  try {
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    // a coarse guard (UTF-8 has at most 4 bytes a character; the text itself is checked exactly), read
    // to at most that much: a pipe (`--framework <(…)`) or a device says no size beforehand
    const bytes = readAtMost(abs, MAX_FRAMEWORK_CHARS * 4);
    if (bytes === null) throw Object.assign(new Error(), { code: "EFBIG" });
    return frameworkText(bytes);
  } catch (error) {
    const reason = osReason(error);
    // a file not there whose name is a word like a bundled id ("spbe-2019", a config's framework mistyped:
    // resolved beside the config, it is a path) is told the id it may have meant, as --framework spbe-2019 is
    const base = path.basename(name);
    const similar =
      (error as NodeJS.ErrnoException).code === "ENOENT" && !/\.json$/i.test(base)
        ? perhaps(
            suggestSimilar(
              base,
              builtinFrameworks().map((f) => f.id),
            ),
          )
        : null;
    throw new CliError(inBoth((l) => say(l, CLI.frameworkUnreadable, { name, reason: reason[l] }) + (similar?.[l] ?? "")));
  }
}
