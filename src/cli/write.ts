import * as fs from "node:fs";
import * as path from "node:path";
import { CLI } from "../messages/cli.js";
import { both, inBoth, say } from "../messages/text.js";
import { WRITE_TEXT } from "../messages/write.js";
import { bundledNationalFiles } from "./bundled-data.js";
import type { Context } from "./context.js";
import { CliError, cliError } from "./errors.js";
import { cannotWrite, lstatOrNull, refuseOutputOverInput, shownFolder, stdoutFile, systemPath } from "./io.js";
import { textPieces } from "./pieces.js";
import { beginWrite, endWrite, interruption } from "./signals.js";

/**
 * Writing a command's output: to stdout, or atomically to a file (-o). Apart from io.ts (reading,
 * paths), which every run loads: this only the runs that write a report.
 */

/**
 * Writes to a temporary file beside the target, then renames it over the
 * target: a reader sees the old file or the new one, never half of either, and
 * a failure or an interrupt (signals.ts) leaves the old file as it was. Through a symbolic link, the file it
 * points to is the target (the link stays a link); a device, a named pipe or a
 * descriptor's name (`-o /dev/null`, `-o /dev/stdout`) is written into in
 * place (`whereOutputGoes`).
 */
async function writeAtomic(ctx: Context, output: string, content: Output): Promise<void> {
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
      await writeInPieces(where.path, "a", content);
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
  beginWrite();
  let abandoned: NodeJS.Signals | null = null;
  try {
    // what `>` would refuse, a rename would not: a file the user may not write (as root: any file)
    if (old) fs.accessSync(target, fs.constants.W_OK);
    const prepare = (fd: number) => {
      // the file replaced keeps its permissions (a private 600 report stays private), and for root its owner
      if (!old) return;
      fs.fchmodSync(fd, old.mode & 0o7777);
      if (process.getuid?.() === 0) fs.fchownSync(fd, old.uid, old.gid);
    };
    // interrupted (Ctrl-C, a SIGTERM) during the write (which then stops early) or just before the rename:
    // the target stays as it was, and `endWrite` below ends the process by the signal (signals.ts)
    await writeInPieces(temp, "wx", content, { prepare, interruptible: true });
    abandoned = await interruption();
    if (abandoned === null) {
      fs.renameSync(temp, target);
      // one that came during the rename ends the run once the listeners are gone (`endWrite`): asked for
      // now, or it would be lost with them, the run ending with 0 (the write stands: it is complete)
      await interruption();
    }
    // (an append-only folder keeps it: said, as a failed write says it, before the signal ends the run)
    else if (!removeQuietly(temp)) ctx.stderr.write(`spbe: ${ctx.t(CLI.temporaryLeft, { name: temp })}\n`);
  } catch (error) {
    // the file may be written (as `>` would), but its folder takes no new file: "permission denied" alone
    // sent the user to the file's permissions, which are fine
    const failure = old && refusedAt(error, temp) ? noNewFiles(ctx, output, dir) : asWriteError(output, error);
    // a folder that takes new files but lets none go (append-only: `chattr +a`) keeps the temporary
    // file too: the user is told where it is rather than left to find it
    if (removeQuietly(temp) || !(failure instanceof CliError)) throw failure;
    throw new CliError(failure.text, [...failure.details, both(CLI.temporaryLeft, { name: temp })]);
  } finally {
    endWrite();
  }
  // still here after an interrupt: the process takes the signal itself (a program running `main`), and
  // must not hear "written"
  if (abandoned !== null) throw cliError(CLI.writeAbandoned, { name: output, signal: abandoned });
}

/** Whether `error` is the system refusing to make `file` (permission, or an immutable folder). */
function refusedAt(error: unknown, file: string): boolean {
  const e = error as NodeJS.ErrnoException | null;
  return e?.syscall === "open" && e.path === file && (e.code === "EACCES" || e.code === "EPERM");
}

/**
 * The folder `dir` (where the temporary file was to be made) takes no new file. Named as the user wrote it,
 * or, where -o is a symbolic link, as where the link leads: "'.' does not allow new files" named a folder
 * that does.
 */
function noNewFiles(ctx: Context, output: string, dir: string): CliError {
  const folder = lstatOrNull(systemPath(ctx.cwd, output))?.isSymbolicLink() ? shownFolder(ctx.cwd, dir) : path.dirname(output);
  return new CliError(inBoth((l) => say(l, CLI.cannotWrite, { name: output, reason: say(l, WRITE_TEXT.noNewFiles, { name: folder }) })));
}

/** A failed write as the user is told it: the system's error as "cannot write"; our own (a renderer's bug) as it is. */
function asWriteError(output: string, error: unknown): unknown {
  return isSystemError(error) ? cannotWrite(output, error) : error;
}

/** How often a long write asks whether it was interrupted: every few MiB, a turn of the event loop each. */
const ASK_EVERY = 4 << 20;

/**
 * Opens `file`, lets `prepare` set it up, writes the content a piece at a time and closes it. On a
 * failure the descriptor is closed quietly and the failure thrown as it is. `interruptible` (an
 * atomic write's temporary file): between pieces, every `ASK_EVERY` bytes, it stops when a signal has
 * come (the file is then incomplete: its caller, asking `interruption`, removes it), and the file is flushed to the disk
 * (fsync) before it is closed, so that a rename after a power cut cannot leave an empty or half file
 * where the old one was.
 */
async function writeInPieces(
  file: string,
  flags: "a" | "wx",
  content: Output,
  how: { readonly prepare?: (fd: number) => void; readonly interruptible?: boolean } = {},
): Promise<void> {
  const fd = fs.openSync(file, flags, 0o644);
  let open = true;
  try {
    how.prepare?.(fd);
    let unasked = 0;
    for (const piece of outputPieces(content)) {
      unasked += writeAll(fd, piece);
      if (how.interruptible && unasked >= ASK_EVERY) {
        unasked = 0;
        if ((await interruption()) !== null) {
          open = false;
          closeQuietly(fd);
          return;
        }
      }
    }
    if (how.interruptible) syncQuietly(fd);
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

/**
 * To the disk before the rename. A file system that has no fsync for the file (EINVAL, ENOTSUP: some
 * FUSE and network mounts) cannot do better: the write goes on rather than failing for that alone.
 */
function syncQuietly(fd: number): void {
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EINVAL" && code !== "ENOTSUP") throw error;
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

/** All of it: a write to a file may take less than it was given. Returns the bytes written. */
function writeAll(fd: number, content: string | Uint8Array): number {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
  return bytes.length;
}

/**
 * The rendered result goes to -o (atomically: all of it or nothing, the old file
 * untouched) or to stdout, nowhere else. Pieces go to stdout as they are made.
 */
export async function emit(ctx: Context, output: string | undefined, content: Output): Promise<void> {
  // the commands check -o (or stdout, without it) against their inputs before they read; its form, the
  // config file, the framework file it names and stdin's file are checked here again, so that no command
  // can forget them (`framework schema` did, and `framework schema >> spbe.config.json` broke every later
  // run), and so are the bundled national results, read by name (`validate nasional-2024`) or not at all
  // (for stdout only when it is a file: listing the bundled results costs every run a folder read)
  if (output !== undefined || stdoutFile(ctx) !== null) refuseOutputOverInput(ctx, output, bundledNationalFiles());
  if (output !== undefined) await writeAtomic(ctx, output, content);
  else if (typeof content === "string" || content instanceof Uint8Array) ctx.stdout.write(content);
  else {
    // a reader that went away (`| head`) reads no more: the rest is not made (each piece of a national
    // file's score is scored as it is made: 1 M rows went on scoring for 4 s after head had its lines)
    for (const piece of content) {
      ctx.stdout.write(piece);
      if (ctx.stdout.gone) break;
    }
  }
}
