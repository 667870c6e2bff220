import * as fs from "node:fs";
import { createRequire } from "node:module";
import { cannotWrite, type OutStream } from "./io.js";
import { textPieces } from "./pieces.js";

/**
 * The process's stdout or stderr for a run. Node builds `process.stdout` on
 * first use: a stream over a pipe loads net and the streams (about 6 ms here,
 * more than all of spbe's own work for one file), over a file or /dev/null
 * the streams (3 ms). When the descriptor is certainly not a terminal (a pipe,
 * a socket, a file, /dev/null: what CI and scripts give) the output is
 * written straight to it instead; a terminal, or anything fstat cannot tell,
 * gets Node's own stream, with its `isTTY` and `columns`.
 *
 * Written straight, a reader that goes away (`spbe rank … | head -1`) ends the
 * output quietly: EPIPE stops further writes, as a Unix tool would, instead
 * of Node's unhandled 'error' event and its stack trace. Any other failure of
 * stdout (a full disk under `> file`, EIO) stops the run as "cannot write
 * 'stdout'" (exit 2); one of stderr ends its writes, there being nowhere left
 * to say it.
 */
export function processOut(fd: number, stream: () => NodeJS.WriteStream): OutStream {
  return notTerminal(fd) ? new FdOut(fd) : lazyStream(stream);
}

/**
 * Only what fstat says for sure; a character device is asked whether it is a terminal, unless it
 * is /dev/null. Another device (/dev/full) given Node's stream would fail its write a tick later,
 * as an unhandled 'error' event and a stack trace. `node:tty` loads `net`: asked only here, where
 * Node's stream for a terminal would load it anyway.
 */
function notTerminal(fd: number): boolean {
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isFIFO() || stat.isSocket() || stat.isFile()) return true;
    if (!stat.isCharacterDevice()) return false;
    const devNull = fs.statSync("/dev/null");
    if (stat.rdev === devNull.rdev && stat.rdev !== 0) return true;
    return !(createRequire(import.meta.url)("node:tty") as typeof import("node:tty")).isatty(fd);
  } catch {
    return false;
  }
}

function lazyStream(make: () => NodeJS.WriteStream): OutStream {
  let made: NodeJS.WriteStream | null = null;
  const stream = () => {
    if (made) return made;
    made = make();
    // a terminal that goes away (EIO) fails a write a tick later: nowhere is left to say it, and
    // without a listener Node would print the error's stack there instead
    made.on?.("error", () => {});
    return made;
  };
  return {
    write: (chunk) => stream().write(chunk),
    get isTTY() {
      return stream().isTTY;
    },
    get columns() {
      return stream().columns;
    },
  };
}

const encoder = new TextEncoder();

/** Synchronous writes to a descriptor that is not a terminal; a long text in pieces (`textPieces`), each encoded as it is written. */
export class FdOut implements OutStream {
  readonly isTTY = false;
  readonly columns = undefined;
  private closed = false;

  constructor(private readonly fd: number) {}

  /** no more can be written: the reader went away (or, for stderr, any failure) */
  get gone(): boolean {
    return this.closed;
  }

  write(chunk: string | Uint8Array): boolean {
    if (this.closed) return false;
    if (typeof chunk !== "string") return this.writeBytes(chunk);
    for (const piece of textPieces(chunk)) if (!this.writeBytes(encoder.encode(piece))) return false;
    return true;
  }

  private writeBytes(bytes: Uint8Array): boolean {
    if (this.closed) return false;
    let at = 0;
    while (at < bytes.length) {
      try {
        at += fs.writeSync(this.fd, bytes, at, bytes.length - at);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // a non-blocking pipe that is full: wait for the reader a moment
        if (code === "EAGAIN") {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        // the reader is gone: nothing more can be said to it
        if (code === "EPIPE" || this.fd === 2) {
          this.closed = true;
          return false;
        }
        throw cannotWrite("stdout", error);
      }
    }
    return true;
  }
}
