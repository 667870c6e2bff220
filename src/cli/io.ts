import * as fs from "node:fs";
import * as path from "node:path";
import { type Finding, finding } from "../core/findings.js";
import { CLI, OS_REASON } from "../messages/cli.js";
import { inBoth, say, type Text } from "../messages/text.js";
import type { Context } from "./context.js";
import { CliError, cliError } from "./errors.js";

/** The CLI is the only place that touches files, stdin and the terminal. */

/** Where output goes: process.stdout in a run, a buffer in the in-process tests. */
export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
  /**
   * The reader went away (EPIPE: `spbe score big.csv | head`): nothing written reaches anyone, so a
   * document made in pieces stops being made (`emit`), and what only that document needed is not done.
   */
  readonly gone?: boolean | undefined;
}

/** Where '-' is read from. */
interface InStream extends AsyncIterable<string | Uint8Array> {
  readonly isTTY?: boolean | undefined;
  destroy?(): unknown;
}

/** The outside world a run sees, injected so that tests run the CLI in-process. */
export interface Io {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly stdin: InStream;
  readonly cwd: string;
  /**
   * The descriptor `stdin` reads, when it is the process's own (0): `-o` is then refused over the
   * file piped in (`spbe score - -o data.csv < data.csv`). Absent for a stdin that is not a
   * descriptor (the in-process tests).
   */
  readonly stdinFd?: number | undefined;
  /**
   * The descriptor `stdout` writes, when it is the process's own (1): a run whose stdout is one of its
   * inputs (`spbe score data.csv -f csv >> data.csv`) is refused, as `-o data.csv` is; the append grew
   * the input while it was read. Absent for a stdout that is not a descriptor (the in-process tests).
   */
  readonly stdoutFd?: number | undefined;
}

/** Assessment files are small (a 615-instansi national file with notes is 5–10 MB, and a 20 MB note must still get a finding rather than a refusal); anything far larger is refused, not read. */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** An input's bytes, or the finding that says why they were not read; `name` is what findings carry. */
export type Loaded =
  | { readonly ok: true; readonly name: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly name: string; readonly finding: Finding };

export function parseMaxBytes(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+)\s*([kmg]?)b?$/i.exec(text.trim());
  if (!m) throw cliError(CLI.badMaxBytes, { value: text });
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  const bytes = Number(m[1]) * unit;
  // a limit of nothing refuses every file as too large (exit 1, as if the data were at fault): a usage error
  if (bytes === 0) throw cliError(CLI.badMaxBytes, { value: text });
  return bytes;
}

/**
 * Reads a regular file, or stops the run (exit 2) when the path is missing, a directory or unreadable.
 * With `take`, the file is handed over in pieces as it is read (one buffer, reused: `take` keeps
 * nothing of a piece) and not held: the bytes it returns are then empty. Too large is said either way.
 */
export function loadFile(ctx: Context, name: string, maxBytes: number, take?: (piece: Uint8Array) => void): Loaded {
  // "" resolves to the working directory, and was said to be one (`--cost ""`, which no expansion checks)
  if (name === "") throw cliError(CLI.emptyName);
  const abs = systemPath(ctx.cwd, name);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (error) {
    throw unreadable(name, error);
  }
  if (stat.isDirectory()) {
    throw cliError(CLI.isDirectory, { name });
  }
  const tooLarge = (bytes: number, cutShort: boolean): Loaded => ({
    ok: false,
    name,
    finding: finding("file/too-large", "error", name, { args: { bytes, cutShort, max: maxBytes } }),
  });
  if (stat.size > maxBytes) return tooLarge(stat.size, false);
  // (outside the `try` below: what `take` throws is its own, a bug, not a file that cannot be read)
  if (take) {
    const whole = readPieces(abs, maxBytes, false, take, (error) => unreadable(name, error));
    return whole ? { ok: true, name, bytes: new Uint8Array(0) } : tooLarge(maxBytes, true);
  }
  try {
    const bytes = readAtMost(abs, maxBytes);
    return bytes ? { ok: true, name, bytes } : tooLarge(maxBytes, true);
  } catch (error) {
    throw unreadable(name, error);
  }
}

/**
 * Reads up to `max` bytes, or returns null when there are more. The size from
 * stat is not trusted: a device such as /dev/zero reports 0 and never ends, and
 * a file may grow between the stat and the read.
 */
export function readAtMost(file: string, max: number): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  const whole = readPieces(file, max, true, (piece) => {
    chunks.push(piece);
    total += piece.length;
  });
  return whole ? Buffer.concat(chunks, total) : null;
}

/**
 * Hands the file to `take` a mebibyte at a time; false (part of it taken) when it has more than
 * `max` bytes. `fresh`: each piece in a buffer of its own, which `take` may keep (`readAtMost`);
 * else one buffer, reused, of which `take` keeps nothing (a file read lean in pieces). The file's
 * own errors are thrown as `failed` makes them; `take`'s as they are.
 */
function readPieces(file: string, max: number, fresh: boolean, take: (piece: Buffer) => void, failed: (error: unknown) => unknown = (e) => e): boolean {
  const system = <T>(call: () => T): T => {
    try {
      return call();
    } catch (error) {
      throw failed(error);
    }
  };
  const fd = system(() => fs.openSync(file, "r"));
  try {
    let buf: Buffer | null = null;
    let total = 0;
    for (;;) {
      if (fresh || buf === null) buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const into = buf;
      const n = system(() => fs.readSync(fd, into, 0, Math.min(into.length, max + 1 - total), null));
      if (n === 0) return true;
      total += n;
      if (total > max) return false;
      take(into.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** An operating-system error in words ("izin ditolak", "the disk is full"), never a bare code. */
export function osReason(error: unknown): Text {
  const code = (error as NodeJS.ErrnoException)?.code ?? "";
  const known = (OS_REASON as Record<string, Text>)[code];
  return known && code !== "other" ? known : inBoth((l) => say(l, OS_REASON.other, { code: code || "?" }));
}

export function unreadable(name: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException)?.code ?? "";
  if (code === "ENOENT") return cliError(CLI.notFound, { name });
  if (code === "EACCES" || code === "EPERM") return cliError(CLI.noPermission, { name });
  if (code === "EISDIR") return cliError(CLI.isDirectory, { name });
  const reason = osReason(error);
  return new CliError(inBoth((l) => say(l, CLI.unreadable, { name, reason: reason[l] })));
}

/**
 * Hands stdin's bytes to `take` as they come, until it answers false, and says whether they stayed
 * within `maxBytes` (null: no limit); past it, stdin is let go. Refuses an
 * interactive terminal instead of waiting forever for input. What reading all
 * of stdin (`loadStdin`) and streaming it (`streamInput`) share.
 */
export async function readStdin(ctx: Context, maxBytes: number | null, take: (bytes: Uint8Array) => boolean | undefined): Promise<boolean> {
  // the hint names the command being run: `spbe diff - < data.csv`, not validate
  if (ctx.stdin.isTTY) throw cliError(CLI.stdinIsTerminal, { command: ctx.command });
  // `< folder`: Node's stream reads a directory as an empty input, which would be said as an empty file
  if (ctx.stdinFd !== undefined && fstatOrNull(ctx.stdinFd)?.isDirectory()) throw cliError(CLI.isDirectory, { name: "stdin" });
  let size = 0;
  for await (const chunk of ctx.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (maxBytes !== null && size > maxBytes) {
      ctx.stdin.destroy?.();
      return false;
    }
    // `take` wants no more (the bytes are no text): stdin is let go, what was read stands
    if (take(bytes) === false) {
      ctx.stdin.destroy?.();
      return true;
    }
  }
  return true;
}

/** Reads all of stdin, up to `maxBytes`. */
export async function loadStdin(ctx: Context, name: string, maxBytes: number): Promise<Loaded> {
  const chunks: Uint8Array[] = [];
  if (!(await readStdin(ctx, maxBytes, (bytes) => void chunks.push(bytes)))) {
    return { ok: false, name, finding: finding("file/too-large", "error", name, { args: { bytes: maxBytes, cutShort: true, max: maxBytes } }) };
  }
  return { ok: true, name, bytes: Buffer.concat(chunks) };
}

/**
 * An output may never replace one of the run's inputs. Checked before anything
 * is read, on the resolved path and (when it exists) on the file's identity, so
 * `-o ./data.csv`, a hard link and a symbolic link are caught too; the inputs
 * are the command's, the run's config file and the framework file it names, and
 * the file stdin is read from (`-` with `< data.csv`). Without -o, stdout is the
 * output: a file stdout was redirected to (`>> data.csv`) is checked the same
 * way. Commands that expand directories and globs check again with the files found.
 */
export function refuseOutputOverInput(ctx: Context, output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined) {
    const out = stdoutFile(ctx);
    if (out !== null && isOneOfInputsByStat(ctx, out, inputs)) throw cliError(CLI.stdoutIsInput);
    return;
  }
  if (output === "") throw cliError(CLI.outputEmpty);
  // resolving drops a trailing slash, and a rename would then make a file of what names a directory
  if (/[\\/]$/.test(output)) throw cliError(CLI.outputNamesDirectory, { name: output });
  if (statOrNull(systemPath(ctx.cwd, output))?.isDirectory()) throw cliError(CLI.outputIsDirectory, { name: output });
  if (isOneOfInputs(ctx, output, inputs)) throw cliError(CLI.outputIsInput, { name: output });
}

/** Stdout's file, when stdout is the process's own and a regular file (`> out.csv`, `>> log.txt`); null for a terminal, pipe or device. */
export function stdoutFile(ctx: Context): fs.Stats | null {
  const out = ctx.stdoutFd === undefined ? null : fstatOrNull(ctx.stdoutFd);
  return out?.isFile() ? out : null;
}

/**
 * A name from the command line as the system reads it: after the working
 * directory, and not normalised. `path.resolve` folds "d/.." away as text,
 * where the system goes into d (perhaps a link to another folder) and then up
 * from there: `-o d/../x.json` must write where `> d/../x.json` would, and an
 * input must be the file `cat` would read.
 */
export function systemPath(cwd: string, name: string): string {
  return path.isAbsolute(name) ? name : `${cwd}${path.sep}${name}`;
}

/** Whether writing `output` would write over one of `inputs`, the run's config file or the file behind stdin. */
export function isOneOfInputs(ctx: Context, output: string, inputs: readonly string[]): boolean {
  const outStat = statOrNull(systemPath(ctx.cwd, output));
  if (outStat !== null) return isOneOfInputsByStat(ctx, outStat, inputs);
  // a file that is not there yet can be no input; the names are compared for an input not there either, each
  // in the folder the system finds: `-o d/../x.csv`, d a link elsewhere, is not ./x.csv (it was refused as it)
  const folders = new Map<string, string>();
  const placeOf = (name: string) => placedPath(systemPath(ctx.cwd, name), folders);
  const out = placeOf(output);
  return withConfig(ctx, inputs).some((name) => name !== "-" && out === placeOf(name));
}

/**
 * A path as the system places it: its folder's real path and its own name; by the text where the folder
 * is not there. `folders` remembers each folder's real path, for a check over many names.
 */
export function placedPath(full: string, folders?: Map<string, string>): string {
  const dir = path.dirname(full);
  let real = folders?.get(dir);
  if (real === undefined) {
    try {
      real = fs.realpathSync.native(dir);
    } catch {
      real = path.resolve(dir);
    }
    folders?.set(dir, real);
  }
  return path.join(real, path.basename(full));
}

/** A folder as a message names it: from the working directory where it is below it, else whole. */
export function shownFolder(cwd: string, folder: string): string {
  const below = path.relative(cwd, folder);
  return below === "" ? "." : below.startsWith("..") || path.isAbsolute(below) ? folder : below;
}

/** Whether the file `outStat` is one of `inputs`, the run's config file, the framework file it names, or the file behind stdin. */
function isOneOfInputsByStat(ctx: Context, outStat: fs.Stats, inputs: readonly string[]): boolean {
  const same = (a: fs.Stats | null): boolean => a !== null && outStat.ino === a.ino && outStat.dev === a.dev;
  // the file behind stdin, whether or not the command reads it (`template -o t.csv < t.csv` replaced it,
  // where the README says a file piped in is an input for every command); only when it is a file:
  // `spbe score - -o /dev/null < /dev/null` is no overwrite
  if (ctx.stdinFd !== undefined && outStat.isFile() && same(fstatOrNull(ctx.stdinFd))) return true;
  for (const name of withConfig(ctx, inputs)) if (name !== "-" && same(statOrNull(systemPath(ctx.cwd, name)))) return true;
  return false;
}

/**
 * The inputs, the config file and the framework file it names: `framework schema -o kerangka.json`
 * replaced the framework file a config named, which every other command refused to write over.
 */
const withConfig = (ctx: Context, inputs: readonly string[]): readonly string[] => [
  ...inputs,
  ...(ctx.configFile ? [ctx.configFile] : []),
  ...(ctx.configFramework ? [ctx.configFramework] : []),
];

function fstatOrNull(fd: number): fs.Stats | null {
  try {
    return fs.fstatSync(fd);
  } catch {
    return null;
  }
}

/**
 * Stat, or null when nothing is there. With a `name`, any other failure (no
 * permission on a parent folder, …) stops the run as unreadable; without one
 * it is treated as nothing there.
 */
export function statOrNull(abs: string, name?: string): fs.Stats | null {
  try {
    return fs.statSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (name === undefined || code === "ENOENT" || code === "ENOTDIR") return null;
    throw unreadable(name, error);
  }
}

/** "cannot write '<name>': <the reason in words>" (exit 2): for -o, and for stdout (`FdOut`). */
export function cannotWrite(name: string, error: unknown): CliError {
  const reason = osReason(error);
  return new CliError(inBoth((l) => say(l, CLI.cannotWrite, { name, reason: reason[l] })));
}

/** Lstat, or null when it cannot be had (nothing there, no permission): the link itself, not what it points to. */
export function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}
