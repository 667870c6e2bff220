import * as fs from "node:fs";
import * as path from "node:path";
import { CLI } from "../messages/cli.js";
import { INPUT_TEXT } from "../messages/inputs.js";
import { inBoth, say } from "../messages/text.js";
import { bundledNationalFiles } from "./bundled-data.js";
import type { Context } from "./context.js";
import { CliError, cliError, usageError } from "./errors.js";
import { lstatOrNull, statOrNull, systemPath, unreadable } from "./io.js";
import { perhaps, suggestSimilar } from "./suggest.js";

/**
 * `spbe validate <file|dir|glob...>` → the list of inputs to read, in a stable
 * order. Each argument is, in this order of precedence:
 *
 * - `-`: stdin (at most once);
 * - an existing file: taken as given, whatever its extension;
 * - an existing directory: walked recursively for `*.csv` (extension in any
 *   case), in sorted order, skipping `node_modules` and hidden entries (`.git`,
 *   macOS `._name.csv` resource forks, …); name those explicitly if wanted;
 *   symlinked folders are followed, each folder once (`foldersOnce`);
 * - a glob with `*`, `**` or `?` (e.g. `data/**\/*.csv`), expanded here so a
 *   quoted pattern in CI YAML works as the shell would have expanded it.
 *
 * A missing path, a glob that matches nothing or a directory without any CSV
 * stops the run (exit 2): a CI check that silently validates zero files would
 * pass forever. A file reached twice (`data data/a.csv`, or through a symbolic
 * or hard link) is read once, under the name it was first reached by.
 *
 * Names keep the form the user wrote (relative stays relative) and use `/`
 * between the parts this function adds, so findings point where annotations
 * and editors expect them.
 */
export function expandInputs(ctx: Context, args: readonly string[], after: readonly string[] = []): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let stdin = false;
  const add = (name: string) => {
    // the file itself, by device and inode: a link to a file already listed would be read (and its
    // findings counted) twice; by its name where it cannot be stat'ed (it is said when it is read)
    // (as bigints: Windows file ids are 64-bit, and a double loses their low bits)
    const stat = bigStatOrNull(systemPath(ctx.cwd, name));
    const key = stat ? `${stat.dev}:${stat.ino}` : path.resolve(ctx.cwd, name);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(name);
  };
  for (const [i, arg] of args.entries()) {
    if (arg === "-") {
      if (stdin) throw cliError(CLI.stdinTwice);
      stdin = true;
      out.push("-");
      continue;
    }
    if (arg === "") throw cliError(CLI.emptyName);
    const stat = statOrNull(systemPath(ctx.cwd, arg), arg);
    if (stat?.isDirectory()) {
      const workbooks: string[] = [];
      const found = walkDirectory(ctx, arg, workbooks);
      if (found.length === 0) {
        throw cliError(INPUT_TEXT.noCsvInDirectory, { name: arg });
      }
      // a workbook beside the CSV files is not read: said, so that a submission's .xlsx is not passed over unseen
      if (workbooks.length > 0) {
        const names = workbooks.slice(0, 3).join(", ") + (workbooks.length > 3 ? ", …" : "");
        ctx.stderr.write(`spbe: ${ctx.t(INPUT_TEXT.workbooksSkipped, { count: workbooks.length, dir: arg, names })}\n`);
      }
      found.forEach(add);
    } else if (stat) {
      add(arg);
    } else if (hasMagic(arg)) {
      const found = expandGlob(ctx, arg);
      if (found.length === 0) {
        throw cliError(INPUT_TEXT.noGlobMatch, { name: arg });
      }
      found.forEach(add);
    } else {
      // the bundled results' own name, where no file of it is (score, diff, plan; rank, trend and validate
      // take it before here): "not found; perhaps: nasional-2024" offered the very name given
      // a name the shell expanded from bytes that are no UTF-8 (`bn/*.csv` over "Pati\xf1o.csv"): said as such, not "not found"
      if (arg.includes("\uFFFD")) throw cliError(INPUT_TEXT.badName, { name: arg });
      const national = nationalNames().find((n) => n === arg);
      if (national) throw cliError(INPUT_TEXT.national, { name: national, year: national.replace(/^nasional-/, "") });
      // a name with spaces the shell split (`score Penilaian Mandiri 2024.csv`): said with the quotes it needs
      const spaced = spacedName(ctx, [...args.slice(i), ...after].slice(0, MAX_PIECES));
      // "nasioanl-2024": a typo of the bundled results' name is told it
      const hint = spaced ? inBoth((l) => say(l, INPUT_TEXT.quote, { name: spaced })) : perhaps(suggestSimilar(arg, nationalNames()));
      throw new CliError(inBoth((l) => say(l, CLI.notFound, { name: arg }) + hint[l]));
    }
  }
  return out;
}

/** Folders never walked into besides hidden ones: dependencies. */
const SKIPPED_DIRS = new Set(["node_modules"]);
const hidden = (name: string): boolean => name.startsWith(".");
const CSV = /\.csv$/i;

const hasMagic = (text: string): boolean => /[*?]/.test(text);

/** `base` + "/" + `rel`, without doubling a trailing separator and without a leading "./" for ".". */
function joinName(base: string, rel: string): string {
  if (base === "" || base === ".") return rel;
  const trimmed = base.replace(/[\\/]+$/, "");
  return trimmed === "" ? `/${rel}` : `${trimmed}/${rel}`;
}

/** Excel's and LibreOffice's workbooks: not read in a folder's walk, but named (`workbooks`). */
const WORKBOOK = /\.(?:xlsx|xlsm|xls|ods)$/i;

/**
 * Every `*.csv` under a directory, depth first, names sorted by code point (not locale) at each level;
 * `workbooks`, when given, gets the workbooks passed over.
 */
function walkDirectory(ctx: Context, dirName: string, workbooks?: string[]): string[] {
  const out: string[] = [];
  const once = foldersOnce();
  const visit = (name: string) => {
    if (!once(systemPath(ctx.cwd, name))) return;
    for (const entry of readDir(name, systemPath(ctx.cwd, name))) {
      if (hidden(entry.name)) continue;
      const child = joinName(name, entry.name);
      const abs = systemPath(ctx.cwd, child);
      if (isFolder(entry, abs, child)) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(child);
      } else if (CSV.test(entry.name) && isFile(entry, abs)) {
        out.push(readableName(child, abs));
      } else if (workbooks && WORKBOOK.test(entry.name) && isFile(entry, abs)) {
        workbooks.push(child);
      }
    }
  };
  visit(dirName);
  return out;
}

/**
 * A folder, or a symbolic link to one: followed, as `*` and the shell's own expansion follow it. The
 * walk and `**` skipped linked folders (for fear of loops), so `validate data` and `'data/**\/*.csv'`
 * passed a CI check over the files behind a link that `data/*\/*.csv` read and failed on.
 */
function isFolder(entry: fs.Dirent, abs: string, name: string): boolean {
  return entry.isDirectory() || (entry.isSymbolicLink() && statOrNull(abs, name)?.isDirectory() === true);
}

/**
 * A test that says yes once per folder, by device and inode (as bigints, as `expandInputs` keys
 * files): a link back up the tree (`data/loop -> ..`) would otherwise be walked for ever, and a
 * folder reached by two ways gives nothing the first did not. `scope`: once per folder and `**` of
 * a pattern (`data/**\/2024/**\/*.csv` enters data/2024 once for each).
 */
function foldersOnce(): (abs: string, scope?: number) => boolean {
  const seen = new Set<string>();
  return (abs, scope = 0) => {
    // a folder that cannot be stat'ed by its path (its reading, next, says why it cannot be read)
    const s = bigStatOrNull(abs);
    const key = s ? `${scope}:${s.dev}:${s.ino}` : `${scope}:${abs}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/**
 * Expands `*` (any run of characters within one path part), `?` (one
 * character) and `**` (any number of folders, including none). As in the
 * shell, wildcards do not match names starting with "." unless the pattern
 * part does, and `**` does not descend into hidden or skipped folders. Unlike
 * the shell, a part with a wildcard ignores case: `*.csv` also finds the
 * `.CSV` files Excel on Windows writes, which a CI check must not skip silently.
 * Matched folders are walked for `*.csv`, as if the shell had expanded the
 * pattern and passed them. `\` separates parts only on Windows.
 */
function expandGlob(ctx: Context, pattern: string): string[] {
  const normalized = path.sep === "\\" ? pattern.replace(/\\/g, "/") : pattern;
  const parts = normalized.split("/");
  const firstMagic = parts.findIndex(hasMagic);
  let base = parts.slice(0, firstMagic).join("/");
  if (firstMagic === 1 && parts[0] === "") base = "/";
  const rest = parts.slice(firstMagic);
  if (rest.at(-1) === "**") rest.push("*"); // "data/**" means everything below data
  const matches: string[] = [];
  const baseAbs = systemPath(ctx.cwd, base === "" ? "." : base);
  if (!statOrNull(baseAbs, base)?.isDirectory()) return [];
  match(ctx, base, rest, matches, foldersOnce());
  const out: string[] = [];
  for (const m of matches) {
    const abs = systemPath(ctx.cwd, m);
    const stat = statOrNull(abs, m);
    if (stat?.isDirectory()) for (const f of walkDirectory(ctx, m)) out.push(f);
    // a dangling link the pattern names is kept, to be said unreadable (see isFile)
    else if (stat?.isFile() || (stat === null && lstatOrNull(abs)?.isSymbolicLink())) out.push(m);
  }
  // `**` finds shallow matches first; sort into the order a directory walk gives
  return out.sort(byPathParts);
}

/** Part by part, by code point: "data/2024/a.csv" < "data/B.csv" < "data/b.csv", as walkDirectory orders them. */
function byPathParts(a: string, b: string): number {
  const pa = a.split("/");
  const pb = b.split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** `once`: the folders each `**` has descended into (`foldersOnce`), so that a link back up the tree ends. */
function match(ctx: Context, dirName: string, parts: readonly string[], out: string[], once: (abs: string, scope?: number) => boolean): void {
  const [part, ...tail] = parts;
  if (part === undefined) return;
  const dirAbs = systemPath(ctx.cwd, dirName === "" ? "." : dirName);
  if (part === "**") {
    if (!once(dirAbs, parts.length)) return;
    match(ctx, dirName, tail, out, once); // no folder at all
    for (const entry of readDir(dirName, dirAbs)) {
      const name = joinName(dirName, entry.name);
      if (!hidden(entry.name) && !SKIPPED_DIRS.has(entry.name) && isFolder(entry, systemPath(dirAbs, entry.name), name)) {
        match(ctx, name, parts, out, once);
      }
    }
    return;
  }
  if (!hasMagic(part)) {
    const name = joinName(dirName, part);
    const stat = statOrNull(systemPath(dirAbs, part), name);
    if (tail.length === 0) {
      if (stat) out.push(name);
    } else if (stat?.isDirectory()) {
      match(ctx, name, tail, out, once);
    }
    return;
  }
  const re = partRegex(part);
  for (const entry of readDir(dirName, dirAbs)) {
    if (!re.test(entry.name) || (hidden(entry.name) && !part.startsWith("."))) continue;
    const name = joinName(dirName, entry.name);
    if (tail.length === 0) out.push(readableName(name, systemPath(dirAbs, entry.name)));
    else if (isFolder(entry, systemPath(dirAbs, entry.name), name)) {
      match(ctx, name, tail, out, once);
    }
  }
}

/** One path part of a glob as an anchored, case-insensitive regular expression; `**` inside a part acts as `*`. */
export function partRegex(part: string): RegExp {
  let source = "";
  for (const ch of part) {
    if (ch === "*") source += source.endsWith("[^/]*") ? "" : "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "isu");
}

function readDir(name: string, abs: string): fs.Dirent[] {
  try {
    return fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw unreadable(name, error);
  }
}

/**
 * A listed name that names its file, or a CliError (exit 2) that says why not: a name whose bytes are
 * no UTF-8 (a Windows zip unpacked on Linux: "Pati\xf1o.csv") is listed with U+FFFD in their place, a
 * name no file has. A quoted glob then dropped it without a word (its stat failed) and a CI run of a
 * file full of errors passed; a folder's walk said "not found" of the name it had just listed.
 */
function readableName(name: string, abs: string): string {
  if (!name.includes("\uFFFD") || lstatOrNull(abs) !== null) return name;
  throw cliError(INPUT_TEXT.badName, { name });
}

/**
 * A regular file, or a symlink to one. A link named *.csv that leads nowhere (dangling, or a loop)
 * is taken too, so that reading it says what is wrong, as a glob naming it does: a CI check must not
 * pass over a file it was given and never read.
 */
function isFile(entry: fs.Dirent, abs: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return true;
  }
}

/**
 * One argument that must name one file (`diff a b`): a file, `-`, or a glob or
 * directory that resolves to exactly one CSV, as a Windows shell passes
 * `data\\mandiri-*.csv` unexpanded.
 */
export function expandOne(ctx: Context, arg: string, after: readonly string[] = []): string {
  const found = expandInputs(ctx, [arg], after);
  if (found.length !== 1) throw cliError(INPUT_TEXT.notOneFile, { name: arg, count: found.length });
  return found[0]!;
}

/**
 * `diff a a`: both sides the same file (one path twice, a link to it, "./a.csv" and "a.csv"), which a CI
 * typo gives. A diff that never differs makes `--fail-above` always pass: refused, as `--columns x,x` is.
 * Compared by device and inode; a side not there is left to its read to say.
 */
export function refuseSameFile(ctx: Context, a: string, b: string): void {
  if (a === "-" || b === "-") return;
  const x = statOrNull(systemPath(ctx.cwd, a));
  const y = statOrNull(systemPath(ctx.cwd, b));
  // (an inode of 0 is a file system that gives none: no verdict)
  if (x === null || y === null || x.ino === 0 || x.dev !== y.dev || x.ino !== y.ino) return;
  throw cliError(INPUT_TEXT.sameFile, { a, b });
}

/**
 * More arguments than the files a command takes (`plan`, `diff`): too many arguments, worded as
 * commander words it, with the help hint. Commander lets them through to the command
 * (`allowExcessArguments`) so that `plan Penilaian Mandiri.csv` can be told its quotes: given `ctx`,
 * arguments that make a name with spaces of a file are let through for `expandOne`, which is given
 * them and says the name with its quotes; asked again without `ctx` once the files are found.
 */
export function refuseExcess(command: string, expected: number, args: readonly string[], ctx?: Context): void {
  if (args.length <= expected) return;
  // a name starts where a file argument does, and is a few pieces long: `plan data/*.csv` over 3000 files
  // stat'ed every join of every tail (minutes) before it was refused
  if (ctx) for (let i = 0; i < expected; i++) if (spacedName(ctx, args.slice(i, i + MAX_PIECES)) !== null) return;
  throw usageError(INPUT_TEXT.excess, { command, expected, got: args.length });
}

/** The most pieces a name with spaces is looked for in, after a file argument that is not found. */
const MAX_PIECES = 8;

/**
 * The file that the first argument and the ones after it name when joined by single spaces (the
 * shortest such), as an unquoted name with spaces reaches the program; null when none does. Only
 * after a name was not found.
 */
function spacedName(ctx: Context, args: readonly string[]): string | null {
  for (let n = 2; n <= args.length; n++) {
    const name = args.slice(0, n).join(" ");
    if (bigStatOrNull(systemPath(ctx.cwd, name))?.isFile()) return name;
  }
  return null;
}

/** "nasional-2023", "nasional-2024": the names the bundled results are read by. */
function nationalNames(): string[] {
  return bundledNationalFiles().map((f) => path.basename(f, ".csv"));
}

function bigStatOrNull(abs: string): fs.BigIntStats | null {
  try {
    return fs.statSync(abs, { bigint: true });
  } catch {
    return null;
  }
}
