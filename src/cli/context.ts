import { Chalk, type ChalkInstance } from "chalk";
import type { Lang } from "../report/messages.js";
import { cliError } from "./errors.js";

/** What every command needs from the outside world, decided once at start. */
export interface Context {
  readonly lang: Lang;
  /** for stdout; a chalk with level 0 when colour is off */
  readonly color: ChalkInstance;
  /** for stderr, decided on stderr's own TTY */
  readonly errColor: ChalkInstance;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly cwd: string;
}

export interface CommonOptions {
  lang?: string;
  color?: boolean;
}

/** --lang > SPBE_LANG > "id". */
export function decideLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const raw = option ?? env.SPBE_LANG ?? "id";
  const lang = raw.trim().toLowerCase();
  if (lang === "id" || lang === "en") return lang;
  throw cliError(
    `bahasa '${raw}' tidak dikenal: pakai id atau en`,
    `unknown language '${raw}': use id or en`,
  );
}

/**
 * --color / --no-color > FORCE_COLOR > NO_COLOR > TTY. FORCE_COLOR follows the
 * usual convention ("0" or "false" turns colour off; "2", "3" ask for more
 * colours); NO_COLOR counts when set to anything but the empty string.
 */
export function decideColorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (flag !== undefined) return flag ? 1 : 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force.toLowerCase() === "false") return 0;
    return force === "2" ? 2 : force === "3" ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  return isTTY ? 1 : 0;
}

export function makeContext(options: CommonOptions, io: Omit<Context, "lang" | "color" | "errColor">): Context {
  const lang = decideLang(options.lang, io.env);
  const color = new Chalk({ level: decideColorLevel(options.color, io.env, io.stdout.isTTY === true) });
  const errColor = new Chalk({ level: decideColorLevel(options.color, io.env, io.stderr.isTTY === true) });
  return { ...io, lang, color, errColor };
}

/** A chalk that never colours: for JSON, CSV, files and anything not bound for a terminal. */
export const noColor: ChalkInstance = new Chalk({ level: 0 });
