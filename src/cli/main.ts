import { Command, CommanderError } from "commander";
import { createRequire } from "node:module";
import { type Context, makeContext } from "./context.js";
import { CliError } from "./errors.js";
import { diffCommand } from "./commands/diff.js";
import { frameworkCommand } from "./commands/framework.js";
import { scoreCommand } from "./commands/score.js";
import { templateCommand } from "./commands/template.js";
import { validateCommand } from "./commands/validate.js";
import type { Runner } from "./commands/common.js";
import { terminalSafe } from "../report/text.js";
import { earlyLang, localizeUsageError } from "./usage-messages.js";

/** One line after a usage error instead of the whole help screen. */
const helpHint = (lang: "id" | "en", command = ""): string =>
  lang === "id" ? `(lihat: spbe ${command ? `${command} ` : ""}--help)` : `(see: spbe ${command ? `${command} ` : ""}--help)`;

export type Io = Omit<Context, "lang" | "color" | "errColor">;

const defaultIo = (): Io => ({
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
});

function version(): string {
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}

/**
 * Runs the CLI and returns the exit code: 0 ok, 1 invalid data or a failed
 * threshold, 2 could not run. Known problems print one line; anything else is
 * reported as a bug (with the stack only under SPBE_DEBUG=1).
 */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  let lang = earlyLang(argv, io.env);

  const run: Runner = async (cmd, body) => {
    const ctx = makeContext(cmd.opts(), io);
    lang = ctx.lang;
    exitCode = await body(ctx);
  };

  // subcommands added with addCommand do not inherit output settings: every command gets these
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(localizeUsageError(s, lang)),
  };
  const program = new Command("spbe")
    .description("Indeks SPBE dan Indeks Pemerintah Digital: hitung, validasi, bandingkan / compute, validate, compare")
    .version(version(), "-V, --version")
    .showHelpAfterError(helpHint(lang))
    .exitOverride()
    .configureOutput(output);
  for (const make of [scoreCommand, validateCommand, diffCommand, frameworkCommand, templateCommand]) {
    const command = make(run);
    program.addCommand(command.exitOverride().showHelpAfterError(helpHint(lang, command.name())).configureOutput(output));
  }

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and --version end with code 0; every usage error is exit 2
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`spbe: ${terminalSafe(error.messages[lang])}\n`);
      for (const d of error.details) io.stderr.write(`  ${terminalSafe(d)}\n`);
      return error.exitCode;
    }
    const bug =
      lang === "id"
        ? "spbe: kesalahan internal (ini bug, mohon laporkan beserta perintah dan berkasnya)"
        : "spbe: internal error (this is a bug; please report it with the command and the file)";
    io.stderr.write(`${bug}: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env.SPBE_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
    return 2;
  }
}
