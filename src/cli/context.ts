import { CLI } from "../messages/cli.js";
import { type Lang, type Translator, translator } from "../messages/text.js";
import { type Paint, paintAt } from "../report/paint.js";
import { cliError } from "./errors.js";
import type { Io } from "./io.js";

/** What every command needs from the outside world, decided once at start. */
export interface Context extends Io {
  readonly lang: Lang;
  readonly t: Translator;
  /** the command being run ("score"), for hints that name it */
  readonly command: string;
  /** the painter for stdout: `plain` when colour is off (chalk loads only for a colour terminal) */
  color(): Promise<Paint>;
  /** for stderr, decided on stderr's own TTY */
  errColor(): Promise<Paint>;
  /** the config file this run read (`spbe.config.json`, package.json's "spbe"): an input like any other, never an output */
  readonly configFile?: string | undefined;
  /** the framework file that config names (not a bundled id): an input too, whether the command reads it or not */
  readonly configFramework?: string | undefined;
  /**
   * An option's source when the config file set it (not the command line): the file as messages name it.
   * "batas --max-warnings 0" told a user who had typed no such option, and whose config was found
   * upward, that they had (`predikatBasis` says both in one sentence, see PREDIKAT_LABEL.ruleOption).
   */
  configured(option: string): string | undefined;
}

/** The global options every command sees (commander parses them anywhere on the line). */
export interface GlobalOptions {
  readonly lang?: string | undefined;
  readonly color?: boolean | undefined;
}

/** --lang > SPBE_LANG > "id". */
export function decideLang(option: string | undefined, env: Io["env"]): Lang {
  const raw = option ?? envLang(env) ?? "id";
  // a locale says its language first: `en-US`, `id_ID`, `en_US.UTF-8` (what LANG holds, copied into SPBE_LANG);
  // C and POSIX (a container's LANG) name none: the default
  const m = /^(?:(id|en)([-_]\w+)?|c|posix)([.@][\w-]+)*$/.exec(raw.trim().toLowerCase());
  if (m) return (m[1] ?? "id") as Lang;
  throw cliError(CLI.unknownLang, { lang: raw });
}

/**
 * SPBE_LANG, where it says something: a blank one is unset, as an empty NO_COLOR is (a CI variable
 * `SPBE_LANG: ${{ vars.SPBE_LANG }}` left unset is "", and every step exited 2 on it).
 */
export const envLang = (env: Io["env"]): string | undefined => (env.SPBE_LANG?.trim() ? env.SPBE_LANG : undefined);

/**
 * The value of `--lang` wherever it is on the line (`spbe --lang en score x`,
 * `spbe score x --lang=en`), read before commander parses: help texts and
 * usage errors are built in that language. Nothing after `--` counts.
 */
export function langArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--lang") found = argv[++i];
    else if (a.startsWith("--lang=")) found = a.slice("--lang=".length);
  }
  return found;
}

/**
 * --color / --no-color > FORCE_COLOR > NO_COLOR > TTY. FORCE_COLOR follows the
 * usual convention ("0" or "false" turns colour off; "2", "3" ask for more
 * colours); NO_COLOR counts when set to anything but the empty string. A TTY
 * whose TERM is "dumb" (Emacs' shell, some CI consoles) is no colour terminal,
 * as Node's own colour check has it.
 */
function decideColorLevel(flag: boolean | undefined, env: Io["env"], isTTY: boolean): 0 | 1 | 2 | 3 {
  if (flag !== undefined) return flag ? 1 : 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force.toLowerCase() === "false") return 0;
    return force === "2" ? 2 : force === "3" ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  return isTTY && env.TERM !== "dumb" ? 1 : 0;
}

/** The config a command runs under, as `makeContext` takes it: its file, and the options it set. */
export interface ConfigUse {
  readonly file: string;
  /** the file as messages name it */
  readonly named: string;
  readonly frameworkFile?: string | undefined;
  /** the option keys (commander's attribute names) whose value came from the file */
  readonly options: ReadonlySet<string>;
}

export function makeContext(lang: Lang, command: string, options: GlobalOptions, io: Io, config?: ConfigUse): Context {
  let color: Promise<Paint> | undefined;
  let errColor: Promise<Paint> | undefined;
  // the streams are io's own, taken when used: a run that reads no stdin and writes nothing to
  // stderr never makes those streams (start-up)
  return {
    env: io.env,
    cwd: io.cwd,
    get stdout() {
      return io.stdout;
    },
    get stderr() {
      return io.stderr;
    },
    get stdin() {
      return io.stdin;
    },
    stdinFd: io.stdinFd,
    stdoutFd: io.stdoutFd,
    configFile: config?.file,
    configFramework: config?.frameworkFile,
    configured: (option) => (config?.options.has(option) ? config.named : undefined),
    lang,
    t: translator(lang),
    command,
    color() {
      color ??= paintAt(decideColorLevel(options.color, io.env, io.stdout.isTTY === true));
      return color;
    },
    errColor() {
      errColor ??= paintAt(decideColorLevel(options.color, io.env, io.stderr.isTTY === true));
      return errColor;
    },
  };
}
