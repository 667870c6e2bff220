import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { finding, type Finding } from "../core/findings.js";
import type { Context } from "./context.js";
import { cliError } from "./errors.js";

/** The CLI is the only place that touches files, stdin and the terminal. */

/** Assessment files are small (a 615-instansi national file with notes is 5–10 MB, and a 20 MB note must still get a finding rather than a refusal); anything far larger is refused, not read. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** An input's bytes, or the finding that says why they were not read; `name` is what findings carry. */
export type Loaded =
  | { readonly ok: true; readonly name: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly name: string; readonly finding: Finding };

export function parseMaxBytes(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+)\s*([kmg]?)b?$/i.exec(text.trim());
  if (!m) throw cliError(`--max-bytes '${text}' bukan ukuran (mis. 50M)`, `--max-bytes '${text}' is not a size (e.g. 50M)`);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Number(m[1]) * unit;
}

/** Reads a regular file, or stops the run (exit 2) when the path is missing, a directory or unreadable. */
export function loadFile(ctx: Context, name: string, maxBytes: number): Loaded {
  const abs = path.resolve(ctx.cwd, name);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (error) {
    throw unreadable(name, error);
  }
  if (stat.isDirectory()) {
    throw cliError(`'${name}' adalah direktori, bukan berkas CSV`, `'${name}' is a directory, not a CSV file`);
  }
  const tooLarge = (bytes: number | string): Loaded => ({
    ok: false,
    name,
    finding: finding("file/too-large", "error", name, { args: { bytes, max: maxBytes } }),
  });
  if (stat.size > maxBytes) return tooLarge(stat.size);
  try {
    const bytes = readAtMost(abs, maxBytes);
    return bytes ? { ok: true, name, bytes } : tooLarge(`>${maxBytes}`);
  } catch (error) {
    throw unreadable(name, error);
  }
}

/**
 * Reads up to `max` bytes, or returns null when there are more. The size from
 * stat is not trusted: a device such as /dev/zero reports 0 and never ends, and
 * a file may grow between the stat and the read.
 */
function readAtMost(file: string, max: number): Buffer | null {
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

export function unreadable(name: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "ENOENT") return cliError(`berkas '${name}' tidak ditemukan`, `file '${name}' not found`);
  if (code === "EACCES" || code === "EPERM") return cliError(`berkas '${name}' tidak boleh dibaca`, `no permission to read '${name}'`);
  if (code === "EISDIR") return cliError(`'${name}' adalah direktori, bukan berkas CSV`, `'${name}' is a directory, not a CSV file`);
  return cliError(`berkas '${name}' tidak dapat dibaca (${code})`, `cannot read '${name}' (${code})`);
}

/** Reads all of stdin; refuses an interactive terminal instead of waiting forever for input. */
export async function loadStdin(ctx: Context, name: string, maxBytes: number): Promise<Loaded> {
  if (ctx.stdin.isTTY) {
    throw cliError(
      "'-' membaca stdin, tetapi stdin adalah terminal; alirkan berkas: spbe validate - < data.csv",
      "'-' reads stdin, but stdin is a terminal; pipe a file in: spbe validate - < data.csv",
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      ctx.stdin.destroy();
      return { ok: false, name, finding: finding("file/too-large", "error", name, { args: { bytes: `>${maxBytes}`, max: maxBytes } }) };
    }
    chunks.push(buf);
  }
  return { ok: true, name, bytes: Buffer.concat(chunks) };
}

/**
 * An output may never replace one of the run's inputs. Checked before anything
 * is read, on the resolved path and (when it exists) on the file's identity, so
 * `-o ./data.csv` and a hard link are caught too.
 */
export function refuseOutputOverInput(ctx: Context, output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined) return;
  const out = path.resolve(ctx.cwd, output);
  const outStat = statOrNull(out);
  if (outStat?.isDirectory()) throw cliError(`-o '${output}' adalah direktori`, `-o '${output}' is a directory`);
  for (const name of inputs) {
    if (name === "-") continue;
    const abs = path.resolve(ctx.cwd, name);
    const inStat = statOrNull(abs);
    const same = abs === out || (outStat !== null && inStat !== null && outStat.ino === inStat.ino && outStat.dev === inStat.dev);
    if (same) {
      throw cliError(
        `-o '${output}' sama dengan berkas masukan; berkas masukan tidak pernah ditimpa`,
        `-o '${output}' is one of the input files; inputs are never overwritten`,
      );
    }
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
 * a failure leaves the old file as it was.
 */
export function writeAtomic(ctx: Context, output: string, content: string | Uint8Array): void {
  const target = path.resolve(ctx.cwd, output);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    fs.writeFileSync(temp, content, { flag: "wx", mode: 0o644 });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw cliError(`tidak dapat menulis '${output}' (${code})`, `cannot write '${output}' (${code})`);
  }
}

/** The rendered result goes to -o (atomically) or to stdout, nowhere else. */
export function emit(ctx: Context, output: string | undefined, content: string | Uint8Array): void {
  if (output === undefined) ctx.stdout.write(content);
  else writeAtomic(ctx, output, content);
}
