import * as fs from "node:fs";
import * as path from "node:path";
import { type Finding, finding } from "../core/findings.js";
import { CLI, OS_REASON } from "../messages/cli.js";
import { both, inBoth, say, type Text } from "../messages/text.js";
import { bundledNationalFiles } from "./bundled-data.js";
import type { Context } from "./context.js";
import { CliError, cliError } from "./errors.js";
import { textPieces } from "./pieces.js";

/** The CLI is the only place that touches files, stdin and the terminal. */

/** Where output goes: process.stdout in a run, a buffer in the in-process tests. */
export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
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

/** Reads a regular file, or stops the run (exit 2) when the path is missing, a directory or unreadable. */
export function loadFile(ctx: Context, name: string, maxBytes: number): Loaded {
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
  const fd = fs.openSync(file, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) return Buffer.concat(chunks, total);
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > max) return null;
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
 * Hands stdin's bytes to `take` as they come, and says whether they stayed
 * within `maxBytes` (null: no limit); past it, stdin is let go. Refuses an
 * interactive terminal instead of waiting forever for input. What reading all
 * of stdin (`loadStdin`) and streaming it (`streamInput`) share.
 */
export async function readStdin(ctx: Context, maxBytes: number | null, take: (bytes: Uint8Array) => void): Promise<boolean> {
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
    take(bytes);
  }
  return true;
}

/** Reads all of stdin, up to `maxBytes`. */
export async function loadStdin(ctx: Context, name: string, maxBytes: number): Promise<Loaded> {
  const chunks: Uint8Array[] = [];
  if (!(await readStdin(ctx, maxBytes, (bytes) => chunks.push(bytes)))) {
    return { ok: false, name, finding: finding("file/too-large", "error", name, { args: { bytes: maxBytes, cutShort: true, max: maxBytes } }) };
  }
  return { ok: true, name, bytes: Buffer.concat(chunks) };
}

/**
 * An output may never replace one of the run's inputs. Checked before anything
 * is read, on the resolved path and (when it exists) on the file's identity, so
 * `-o ./data.csv`, a hard link and a symbolic link are caught too; the inputs
 * are the command's, the run's config file, and the file stdin is read from
 * (`-` with `< data.csv`). Commands that expand directories and globs check
 * again with the files found.
 */
export function refuseOutputOverInput(ctx: Context, output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined) return;
  if (output === "") throw cliError(CLI.outputEmpty);
  // resolving drops a trailing slash, and a rename would then make a file of what names a directory
  if (/[\\/]$/.test(output)) throw cliError(CLI.outputNamesDirectory, { name: output });
  if (statOrNull(systemPath(ctx.cwd, output))?.isDirectory()) throw cliError(CLI.outputIsDirectory, { name: output });
  if (isOneOfInputs(ctx, output, inputs)) throw cliError(CLI.outputIsInput, { name: output });
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
  // a file that is not there yet can be no input; the names are compared for an input not there either
  const out = outStat === null ? path.resolve(ctx.cwd, output) : null;
  const same = (a: fs.Stats | null): boolean => outStat !== null && a !== null && outStat.ino === a.ino && outStat.dev === a.dev;
  for (const name of ctx.configFile ? [...inputs, ctx.configFile] : inputs) {
    // stdin only when it is a file: `spbe score - -o /dev/null < /dev/null` is no overwrite
    if (name === "-") {
      if (ctx.stdinFd !== undefined && outStat?.isFile() && same(fstatOrNull(ctx.stdinFd))) return true;
      continue;
    }
    if (out === path.resolve(ctx.cwd, name) || same(statOrNull(systemPath(ctx.cwd, name)))) return true;
  }
  return false;
}

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

/**
 * Writes to a temporary file beside the target, then renames it over the
 * target: a reader sees the old file or the new one, never half of either, and
 * a failure leaves the old file as it was. Through a symbolic link, the file it
 * points to is the target (the link stays a link); a device, a named pipe or a
 * descriptor's name (`-o /dev/null`, `-o /dev/stdout`) is written into in
 * place (`whereOutputGoes`).
 */
function writeAtomic(ctx: Context, output: string, content: Output): void {
  let where: OutputPlace;
  try {
    where = whereOutputGoes(systemPath(ctx.cwd, output));
  } catch (error) {
    // a link that changed under us, a folder on the way that may not be read
    throw asWriteError(output, error);
  }
  if (where.kind === "stream") {
    // opened to append, never to truncate: to a device or a pipe that is the same, and /dev/stdout open
    // on a file (`>> log.txt`, or `{ echo a; spbe … -o /dev/stdout; } > f`) keeps what is already there
    try {
      writeInPieces(where.path, "a", content);
    } catch (error) {
      // a pipe whose reader went away (`-o /dev/stdout | head -1`, a named pipe) ends as stdout's does
      // (`FdOut`): quietly, exit 0, as a Unix tool would
      if ((error as NodeJS.ErrnoException | null)?.code === "EPIPE") return;
      throw asWriteError(output, error);
    }
    return;
  }
  const { path: target, old } = where;
  const dir = path.dirname(target);
  // unique enough: the flag "wx" refuses an existing file rather than write into it (and node:crypto,
  // for a random name, would cost every run several milliseconds of start-up to load)
  const nonce = Math.floor(Math.random() * 2 ** 32)
    .toString(16)
    .padStart(8, "0");
  const temp = path.join(dir, `.${nameStart(path.basename(target))}.${process.pid}.${nonce}.tmp`);
  deferSignals();
  try {
    // what `>` would refuse, a rename would not: a file the user may not write (as root: any file)
    if (old) fs.accessSync(target, fs.constants.W_OK);
    writeInPieces(temp, "wx", content, (fd) => {
      // the file replaced keeps its permissions (a private 600 report stays private), and for root its owner
      if (!old) return;
      fs.fchmodSync(fd, old.mode & 0o7777);
      if (process.getuid?.() === 0) fs.fchownSync(fd, old.uid, old.gid);
    });
    fs.renameSync(temp, target);
  } catch (error) {
    const failure = asWriteError(output, error);
    // a folder that takes new files but lets none go (append-only: `chattr +a`) keeps the temporary
    // file too: the user is told where it is rather than left to find it
    if (removeQuietly(temp) || !(failure instanceof CliError)) throw failure;
    throw new CliError(failure.text, [...failure.details, both(CLI.temporaryLeft, { name: temp })]);
  } finally {
    // a signal that came during the write waits for the event loop's next poll, which a run about to
    // end might never make (signal listeners do not keep a process alive): one more turn delivers it
    setImmediate(() => {});
  }
}

/** "cannot write '<name>': <the reason in words>" (exit 2): for -o, and for stdout (`FdOut`). */
export function cannotWrite(name: string, error: unknown): CliError {
  const reason = osReason(error);
  return new CliError(inBoth((l) => say(l, CLI.cannotWrite, { name, reason: reason[l] })));
}

/** A failed write as the user is told it: the system's error as "cannot write"; our own (a renderer's bug) as it is. */
function asWriteError(output: string, error: unknown): unknown {
  return isSystemError(error) ? cannotWrite(output, error) : error;
}

/**
 * Opens `file`, lets `prepare` set it up, writes the content a piece at a time and closes it. On a
 * failure the descriptor is closed quietly and the failure thrown as it is.
 */
function writeInPieces(file: string, flags: "a" | "wx", content: Output, prepare?: (fd: number) => void): void {
  const fd = fs.openSync(file, flags, 0o644);
  let open = true;
  try {
    prepare?.(fd);
    for (const piece of outputPieces(content)) writeAll(fd, piece);
    // forgotten before it is closed: a close that fails has still let the number go
    open = false;
    fs.closeSync(fd);
  } catch (error) {
    if (open) closeQuietly(fd);
    throw error;
  }
}

/**
 * Where an output really goes. A regular file, or nothing yet, is replaced
 * atomically at its real path: renaming over a symbolic link would replace the
 * link with a file and leave the file it points to as it was. Anything else
 * that is there (a character device such as /dev/null, a named pipe, a
 * socket) is a `stream`, written into in place: renaming over it would replace
 * the device itself with a file (for root, /dev/null), and a stream has no old
 * content to keep. So is a name for one of the process's descriptors
 * (/dev/stdout, /dev/fd/3, /proc/self/fd/1), whatever it is open on: the
 * caller means that descriptor (`spbe … -o /dev/stdout >> log.txt`), not
 * the file behind it, which a rename would replace whole. A directory is
 * refused earlier (`refuseOutputOverInput`); were one to get here, opening it
 * fails as "cannot write".
 */
type OutputPlace =
  | { readonly kind: "stream"; readonly path: string }
  /** `old`: the file there now, whose permissions the new one keeps (null: none yet) */
  | { readonly kind: "file"; readonly path: string; readonly old: fs.Stats | null };

/** Symbolic links followed at most, as the system's own limit (40 on Linux) before ELOOP. */
const MAX_LINKS = 40;

function whereOutputGoes(target: string): OutputPlace {
  // the links one by one, so that one to a descriptor's name is seen as such (realpath would go on,
  // through /proc, to the file the descriptor is open on); each folder on the way as the system finds
  // it, so that ".." in a name or a link's text goes up from where a link led, not from the text
  let at = target;
  for (let hops = 0; ; hops++) {
    const named = descriptorPlace(at);
    if (named) return named;
    at = path.join(fs.realpathSync.native(path.dirname(at)), path.basename(at));
    // a folder that is a link to /dev/fd (`ln -s /dev/fd fds; -o fds/1`) is /proc/<pid>/fd here
    const found = descriptorPlace(at);
    if (found) return found;
    if (!lstatOrNull(at)?.isSymbolicLink()) break;
    if (hops === MAX_LINKS) throw Object.assign(new Error(`ELOOP: too many symbolic links, '${target}'`), { code: "ELOOP", syscall: "stat" });
    at = systemPath(path.dirname(at), fs.readlinkSync(at));
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(at);
  } catch (error) {
    // nothing there yet (or nothing where the links end): the file is made there; anything else
    // (a part of the path that is a file, no permission) is said as it is
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "file", path: at, old: null };
    throw error;
  }
  if (!stat.isFile()) return { kind: "stream", path: at };
  return { kind: "file", path: at, old: stat };
}

/** /dev/stdout, /dev/stderr, /dev/fd/N, /proc/<self|thread-self|pid>/fd/N: a descriptor's name. */
const DESCRIPTOR_ALIAS = /^\/dev\/(stdout|stderr|fd\/(\d+))$|^\/proc\/(self|thread-self|\d+)\/fd\/(\d+)$/;

/**
 * A name for one of this process's descriptors, written into in place: 0–2, or one a shell opened
 * for the run to write (`3>> log.txt`, `3> >(gzip > x.gz)`). Not one open only for reading, nor one
 * of Node's own, which the caller never gave: its event loop's (eventfd, epoll), the pipes it made
 * for itself (both ends held here), the files the run reads (the code cache). Opening the name opens
 * what the descriptor is open on anew, for writing: that crashed the process, hung it, lost the
 * output or appended it to the code cache. Where /proc cannot tell (not Linux), the name is used as given.
 * Null for a name that is no descriptor's.
 */
function descriptorPlace(name: string): OutputPlace | null {
  const parts = DESCRIPTOR_ALIAS.exec(name);
  if (!parts) return null;
  const pid = parts[3];
  const fd = parts[1] === "stdout" ? 1 : parts[1] === "stderr" ? 2 : Number(parts[2] ?? parts[4]);
  const ours = pid === undefined || pid === "self" || pid === "thread-self" || pid === String(process.pid);
  if (ours && !givenToWrite(fd)) {
    throw Object.assign(new Error(`EBADF: not a descriptor given to this run to write, '${name}'`), { code: "EBADF", syscall: "open" });
  }
  return { kind: "stream", path: name };
}

/** Whether descriptor `fd` may be the caller's for output (see `descriptorPlace`); true where /proc says nothing. */
function givenToWrite(fd: number): boolean {
  const what = readlinkOrNull(`/proc/self/fd/${fd}`);
  if (what === null) return true;
  if (what.startsWith("anon_inode:") || accessMode(fd) === O_RDONLY) return false;
  if (!what.startsWith("pipe:")) return true;
  // a pipe whose two ends are both here is one the process made for itself; a user's pipe (`3>&1`,
  // `3> >(…)`) has only its write end here, however many descriptors share it
  for (const other of readdirOrEmpty("/proc/self/fd")) {
    if (readlinkOrNull(`/proc/self/fd/${other}`) === what && accessMode(Number(other)) === O_RDONLY) return false;
  }
  return true;
}

const O_RDONLY = 0;

/** O_RDONLY (0), O_WRONLY (1) or O_RDWR (2), from /proc; -1 where it cannot be read. */
function accessMode(fd: number): number {
  try {
    const flags = /^flags:\s*([0-7]+)$/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, "latin1"));
    return flags ? Number.parseInt(flags[1]!, 8) & 3 : -1;
  } catch {
    return -1;
  }
}

function readlinkOrNull(file: string): string | null {
  try {
    return fs.readlinkSync(file);
  } catch {
    return null;
  }
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Lstat, or null when it cannot be had (nothing there, no permission): the link itself, not what it points to. */
export function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}

/**
 * The start of a temporary file's name: the target's name, cut to 200 bytes, so that with the pid
 * and nonce added it stays within the 255 bytes a name may have (a 250-byte name is a valid output).
 */
function nameStart(name: string): string {
  if (Buffer.byteLength(name) <= 200) return name;
  let start = "";
  for (const ch of name) {
    if (Buffer.byteLength(start + ch) > 200) break;
    start += ch;
  }
  return start;
}

/**
 * From the first atomic write on, SIGINT, SIGTERM and SIGHUP are taken by a
 * listener. A write is one synchronous stretch (rendering included: the pieces
 * are made as they are written), so a listener runs only after it, once the
 * temporary file is renamed or removed; without one, Ctrl-C would end the
 * process in the middle and leave the temporary file behind. The listener then
 * ends the process by the same signal, as if it had never been there (the
 * write's last turn of the event loop, in `writeAtomic`, lets it run). Nothing
 * can do this for SIGKILL or a crash: the file left is named `.<target>.<pid>.<nonce>.tmp`.
 */
let signalsDeferred = false;

/** Whether an atomic write has taken the signals: the process must then end by itself (`runProcess`), so that one that came during the write still ends it. */
export const deferredSignals = (): boolean => signalsDeferred;

function deferSignals(): void {
  if (signalsDeferred) return;
  signalsDeferred = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => process.kill(process.pid, signal));
  }
}

/**
 * What a command writes: a rendered document, bytes, or a document in pieces
 * made as they are asked for (`RendererEntry.loadPieces`), which are written
 * one by one and never held together.
 */
export type Output = string | Uint8Array | Iterable<string>;

/** The output as pieces to write in order; a long text cut (`textPieces`) so that its bytes are made a piece at a time. */
function* outputPieces(content: Output): Generator<string | Uint8Array> {
  if (typeof content === "string") yield* textPieces(content);
  else if (content instanceof Uint8Array) yield content;
  else for (const piece of content) yield* textPieces(piece);
}

/** An error of the operating system (a write, a rename), as opposed to one thrown by our own code. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/** After a failed write: the write's own error is the one to report, not one of removing what it left. Whether it is gone. */
function removeQuietly(temp: string): boolean {
  try {
    fs.rmSync(temp, { force: true });
    return true;
  } catch {
    return false;
  }
}

/** After a failed write: the write's own error is the one to report. */
function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // nothing more to lose: the temporary file is removed next
  }
}

/** All of it: a write to a file may take less than it was given. */
function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * The rendered result goes to -o (atomically: all of it or nothing, the old file
 * untouched) or to stdout, nowhere else. Pieces go to stdout as they are made.
 */
export function emit(ctx: Context, output: string | undefined, content: Output): void {
  if (output !== undefined) {
    // the commands check -o against their inputs before they read; its form, the config file and
    // stdin's file are checked here again, so that no command can forget them (`framework schema` did),
    // and so are the bundled national results, read by name (`validate nasional-2024`) or not at all
    refuseOutputOverInput(ctx, output, bundledNationalFiles());
    writeAtomic(ctx, output, content);
  } else if (typeof content === "string" || content instanceof Uint8Array) ctx.stdout.write(content);
  else for (const piece of content) ctx.stdout.write(piece);
}
