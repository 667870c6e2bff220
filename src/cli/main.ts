import { createRequire } from "node:module";
import { type Command, CommanderError } from "commander";
import { stripControls } from "../core/control.js";
import { CLI, COMMANDER } from "../messages/cli.js";
import { type Lang, say } from "../messages/text.js";
import { terminalSafe } from "../report/text.js";
import type { Define, Runner } from "./commands/common.js";
import { diffCommand } from "./commands/diff.js";
import { frameworkCommand } from "./commands/framework.js";
import { planCommand } from "./commands/plan.js";
import { rankCommand } from "./commands/rank.js";
import { scoreCommand } from "./commands/score.js";
import { templateCommand } from "./commands/template.js";
import { trendCommand } from "./commands/trend.js";
import { validateCommand } from "./commands/validate.js";
import { configArgument, configOptions, findConfig, type LoadedConfig } from "./config.js";
import { decideLang, envLang, type GlobalOptions, langArgument, makeContext } from "./context.js";
import { CliError } from "./errors.js";
import type { Io, OutStream } from "./io.js";
import { makeProgram } from "./program.js";
import { processOut } from "./stdio.js";

export type { Io } from "./io.js";

/** The commands by name, in the order `spbe --help` lists them. */
const COMMANDS: Readonly<Record<string, Define>> = {
  score: scoreCommand,
  validate: validateCommand,
  diff: diffCommand,
  rank: rankCommand,
  trend: trendCommand,
  plan: planCommand,
  framework: frameworkCommand,
  template: templateCommand,
};

/** The program's own options that take a value (`--lang en`), and those that take none. */
const GLOBAL_WITH_VALUE = new Set(["--lang", "--config"]);
const GLOBAL_FLAGS = new Set(["--color", "--no-color", "--no-config"]);

/**
 * The command a line runs, read before commander parses it: the first word, after
 * nothing but the program's own options (`spbe --lang en score x.csv`). A run
 * then defines only that command, which is all commander needs to parse it and
 * to print its help; defining the other seven, with their seventy-odd options,
 * was a tenth of what `spbe score` spent beyond Node's own start-up (README,
 * "Kinerja / Performance"). Undefined for any other line (`--help`, `help x`,
 * a misspelt command, no command, `-V`): then every command is defined, so
 * that the program's help lists them all and a typo gets its suggestion.
 */
export function invokedCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (GLOBAL_WITH_VALUE.has(a)) i++;
    else if (GLOBAL_FLAGS.has(a) || a.startsWith("--lang=") || a.startsWith("--config=")) continue;
    else return Object.hasOwn(COMMANDS, a) ? a : undefined;
  }
  return undefined;
}

/**
 * The process's streams, each made only when first used (see `processOut`; Node builds stdin's on
 * first access). Node's own streams, where a terminal gets them, are added to `made`.
 */
const defaultIo = (made: NodeJS.WriteStream[] = []): Io => {
  let stdout: OutStream | undefined;
  let stderr: OutStream | undefined;
  const track = (stream: NodeJS.WriteStream) => {
    made.push(stream);
    return stream;
  };
  return {
    env: process.env,
    get stdout() {
      stdout ??= processOut(1, () => track(process.stdout));
      return stdout;
    },
    get stderr() {
      stderr ??= processOut(2, () => track(process.stderr));
      return stderr;
    },
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdoutFd: 1,
    cwd: process.cwd(),
  };
};

/**
 * bin/spbe.js: the CLI over the process's own streams, the process ending with its code. A run with
 * nothing left in flight ends at once (`process.exit`): every write is synchronous by then (`FdOut`,
 * `writeAtomic`), and Node's tear-down of a process that ends by itself (its heap freed, its
 * threads joined) was a millisecond of a 47-row `score` (README, "Kinerja / Performance"). It is
 * left to end by itself when a terminal's stream still holds output (asynchronous on Windows). A
 * Ctrl-C during an atomic write has ended the process by then (signals.ts), the target untouched.
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  const streams: NodeJS.WriteStream[] = [];
  const code = await main(argv, defaultIo(streams));
  process.exitCode = code;
  if (streams.every((s) => s.writableLength === 0)) process.exit(code);
}

/** Set to package.json's version when the CLI is bundled (scripts/bundle.mjs); absent when run from src/ (tests). */
declare const SPBE_VERSION: string | undefined;

/** The version, from package.json: inlined into the bundle, so that no file needs finding at run time. */
function version(): string {
  if (typeof SPBE_VERSION === "string") return SPBE_VERSION;
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}

/**
 * Runs the CLI and returns the exit code: 0 ok, 1 invalid data or a failed
 * threshold, 2 could not run. Known problems print one line; anything else is
 * reported as a bug (with the stack only under SPBE_DEBUG=1). Everything it
 * touches comes through `io`, so tests run it in-process.
 */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  // the language is decided once, before parsing, so that help and usage errors are in it too:
  // --lang > SPBE_LANG > the config file's lang > id
  let lang: Lang = "id";
  let config: LoadedConfig | null = null;
  // `spbe --version` and help answer whatever config is around: a broken one above the folder (a
  // package.json with a stray comma) made even them exit 2. A command still stops on it
  const versionAlone = argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V");
  const asksHelp = ["--version", "-V", "--help", "-h"].some((a) => argv.includes(a)) || argv[0] === "help";
  try {
    // `--version` alone says no word: no language is decided (a CI log's SPBE_LANG=fr made it exit 2) and no
    // config is looked for at all
    if (!versionAlone) {
      lang = decideLang(langArgument(argv), io.env);
      config = await findConfig(io.cwd, configArgument(argv)).catch((error: unknown) => {
        if (asksHelp) return null;
        throw error;
      });
      lang = decideLang(langArgument(argv) ?? envLang(io.env) ?? config?.config.lang, {});
    }
  } catch (error) {
    return report(error, lang, io);
  }

  let exitCode = 0;
  /** the options the config set for the command run (`Context.configured`) */
  const fromConfigApplied = new Set<string>();
  const run: Runner = async (cmd, body) => {
    // `-o -` is stdout, as `-` is stdin among inputs (a file named "-" is `-o ./-`): the command, or
    // the parent whose -o a subcommand writes to (`framework schema`), then has no -o at all; the
    // options object the action holds is the one changed
    for (let c: Command | null = cmd; c; c = c.parent) if (c.getOptionValue("output") === "-") c.setOptionValue("output", undefined);
    const ctx = makeContext(lang, cmd.name(), cmd.optsWithGlobals<GlobalOptions>(), io, config ? { ...config, options: fromConfigApplied } : undefined);
    exitCode = await body(ctx);
  };

  const program = makeProgram(lang, version())
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander's usage errors quote the argument as typed: `--\e]0;title\a` or a file named so by a glob
      // must not reach the terminal as escape sequences
      writeErr: (s) => io.stderr.write(stripControls(s, "\n")),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    })
    .showHelpAfterError(say(lang, COMMANDER.helpHint, { command: "" }));
  // the config's options, for every command that has them, unless given on the command line
  const fromConfig = config ? configOptions(config.config) : {};
  // (declared above `run`, which hands it to the command's context; filled before the action runs)
  program.hook("preAction", (_program, action) => {
    for (const [key, value] of Object.entries(fromConfig)) {
      const known = action.options.some((o) => o.attributeName() === key);
      if (known && action.getOptionValueSource(key) !== "cli") {
        action.setOptionValueWithSource(key, value, "config");
        fromConfigApplied.add(key);
      }
    }
  });
  const invoked = invokedCommand(argv);
  // `spbe --version` alone (what a CI log runs first) is answered by the program's own option: no command
  // need be defined for it (every one is for help, a typo or no command at all: commander lists them)
  for (const define of invoked !== undefined ? [COMMANDS[invoked]!] : versionAlone ? [] : Object.values(COMMANDS)) {
    const cmd = define(program, run, (text, ...args) => say(lang, text, ...args));
    cmd.showHelpAfterError(say(lang, COMMANDER.helpHint, { command: `${cmd.name()} ` }));
  }

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    // help and --version end with code 0; every usage error commander raises is exit 2
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    return report(error, lang, io, program.commands.find((c) => argv.includes(c.name()))?.name());
  }
}

/** A known problem in one line (and its details); anything else as a bug. */
function report(error: unknown, lang: Lang, io: Io, command?: string): number {
  if (error instanceof CliError) {
    io.stderr.write(`spbe: ${terminalSafe(error.text[lang])}\n`);
    for (const d of error.details) io.stderr.write(`  ${terminalSafe(d[lang])}\n`);
    // a bad option value: the same one-line hint as commander's own usage errors
    if (error.usage) io.stderr.write(`${say(lang, COMMANDER.helpHint, { command: command ? `${command} ` : "" })}\n`);
    return error.exitCode;
  }
  io.stderr.write(`spbe: ${say(lang, CLI.bug, { detail: (error as Error)?.message ?? String(error) })}\n`);
  if (io.env.SPBE_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
  return 2;
}
