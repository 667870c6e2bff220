import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { OutStream } from "../src/cli/io.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin/spbe.js");

/**
 * The CLI the in-process tests run: the sources, or with SPBE_TEST_BUNDLE=1 the bundle users get
 * (dist/cli/spbe.cjs, what bin/spbe.js loads), so that the whole end-to-end suite can be run against
 * it: `SPBE_TEST_BUNDLE=1 npx vitest run`, as .ci/run does once.
 */
export const BUNDLED = process.env.SPBE_TEST_BUNDLE === "1";
type Main = typeof import("../src/cli/main.js").main;
export const main: Main = BUNDLED
  ? (createRequire(import.meta.url)(join(ROOT, "dist/cli/spbe.cjs")) as { main: Main }).main
  : (await import("../src/cli/main.js")).main;

export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

export interface RunOptions {
  readonly input?: string | Buffer;
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  /** pretend stdout / stdin is a terminal (for width fitting, the stdin-is-a-terminal refusal) */
  readonly tty?: { readonly stdout?: boolean; readonly stdin?: boolean; readonly columns?: number };
}

/** Collects what a run writes, as the terminal or a pipe would receive it. */
class Capture implements OutStream {
  private readonly chunks: Buffer[] = [];
  constructor(
    readonly isTTY?: boolean,
    readonly columns?: number,
  ) {}
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
    return true;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/**
 * Runs the CLI in-process, exactly as the binary does (`main(argv, io)`), with
 * no colour and no inherited SPBE_LANG: stdout, stderr and stdin are captured
 * streams, the environment is only what the test gives. Most end-to-end tests
 * use this; `spawnSpbe` proves the real binary is wired the same way.
 */
export async function spbe(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const stdout = new Capture(options.tty?.stdout, options.tty?.columns);
  const stderr = new Capture(false);
  const stdin = Object.assign(Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]), { isTTY: options.tty?.stdin });
  const env = { NO_COLOR: "1", ...options.env };
  const code = await main(args, { env, stdout, stderr, stdin, cwd: options.cwd ?? ROOT });
  return { stdout: stdout.text(), stderr: stderr.text(), code };
}

/** Spawns the built CLI as a user would: a fresh process, no colour, no inherited SPBE_LANG, stdin closed unless given. */
export function spawnSpbe(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, input: options.input ?? "", encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
