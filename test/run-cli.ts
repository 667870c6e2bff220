import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/spbe.js");

/**
 * Spawns the built CLI as a user would: a fresh process, no colour, no
 * inherited SPBE_LANG, stdin closed unless given.
 */
export function spbe(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, input: options.input ?? "", encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
