import { terminalSafe } from "../report/text.js";
import type { Context } from "./context.js";

/**
 * `--stdin-name` given with no input read from stdin: said on stderr (the exit code is unchanged: a
 * pipeline's command may pass it whatever its input), not ignored without a word. Apart from the
 * reading code every run loads, and imported only when the option is given: the file every run loads
 * is held under 128 KiB (test/binary.test.ts).
 */
export function sayUnusedStdinName(ctx: Context, stdinName: string, inputs: readonly string[]): void {
  // (a blank one is refused as it is read: not said unused first)
  if (inputs.includes("-") || stdinName.trim() === "") return;
  ctx.stderr.write(`spbe: ${ctx.t(STDIN_NAME_UNUSED, { name: terminalSafe(stdinName) })}\n`);
}

const STDIN_NAME_UNUSED = {
  id: "--stdin-name '{name}' tidak dipakai: tidak ada masukan yang dibaca dari stdin ('-')",
  en: "--stdin-name '{name}' is not used: no input is read from stdin ('-')",
} as const;
