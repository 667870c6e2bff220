import * as fs from "node:fs";
import * as path from "node:path";
import { CLI } from "../messages/cli.js";
import { inBoth, say } from "../messages/text.js";
import type { Config } from "./config-schema.js";
import { CliError, cliError } from "./errors.js";
import { osReason, readAtMost, systemPath } from "./io.js";

/** Where the options came from, for messages: the file and the config it holds. */
export interface LoadedConfig {
  readonly file: string;
  /**
   * the file as a message about an option it set names it (`Context.configured`): as given to --config,
   * or the path found, from the working directory ("spbe.config.json", `../package.json ("spbe")`)
   */
  readonly named: string;
  readonly config: Config;
  /** the framework file the config names (its `framework`, resolved), when that is no bundled id: never an output */
  readonly frameworkFile?: string;
}

const CONFIG_FILE = "spbe.config.json";

/**
 * The config for a run: `--config <file>`, else the nearest `spbe.config.json`
 * or package.json with a `"spbe"` key from the working directory upward, else
 * none (`--no-config` says none outright). Options on the command line win over
 * the file (and for the language, SPBE_LANG too).
 */
export async function findConfig(cwd: string, explicit: string | false | undefined): Promise<LoadedConfig | null> {
  if (explicit === false) return null;
  if (explicit !== undefined) {
    // `--config ""` (an unset "$CONFIG" in a script) named the working directory: "unreadable: a directory"
    if (explicit.trim() === "") throw cliError(CLI.emptyOption, { flag: "--config" });
    const file = systemPath(cwd, explicit);
    return load(file, explicit, explicit, await readJson(file, explicit, true));
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const own = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(own)) return load(own, own, path.relative(cwd, own), await readJson(own, own, false));
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      const read = await readJson(pkg, pkg, false);
      if (read.json && typeof read.json === "object" && Object.hasOwn(read.json, "spbe"))
        return load(pkg, `${pkg} ("spbe")`, `${path.relative(cwd, pkg)} ("spbe")`, read, "spbe");
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** A config file's JSON, and its text (BOM dropped) as parsed. */
interface JsonRead {
  readonly json: unknown;
  readonly text: string;
}

/** Far above any config (a few hundred bytes): what a pipe or a device given as one is read up to. */
const MAX_CONFIG_BYTES = 1 << 20;

/**
 * A config file's JSON. One found on the way up must be a regular file: a named pipe there would
 * make every command in the folder wait for a writer. One named with --config may be a pipe
 * (`--config <(…)`); any is read up to MAX_CONFIG_BYTES. With its text, which `load` looks in for keys
 * written twice (JSON.parse keeps the last without a word).
 */
async function readJson(file: string, shown: string, explicit: boolean): Promise<JsonRead> {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!explicit && !stat.isFile() && !stat.isDirectory()) throw new CliError(inBoth((l) => say(l, CLI.configNotFile, { name: shown })));
    const bytes = readAtMost(file, MAX_CONFIG_BYTES);
    if (bytes === null) throw new CliError(inBoth((l) => say(l, CLI.configTooLarge, { name: shown })));
    // UTF-16 by its BOM, as Windows PowerShell 5's `>` writes it, as `frameworkText` reads framework
    // files. Not that function: importing frameworks/build.ts here merged this first chunk with the
    // frameworks' into one over 128 KiB (score +76 pages, --version +89; README "Kinerja")
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
    text = utf16 === null ? bytes.toString("utf8") : new TextDecoder(utf16).decode(bytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = osReason(error);
    throw new CliError(inBoth((l) => say(l, CLI.configUnreadable, { name: shown, reason: reason[l] })));
  }
  const body = text.replace(/^\uFEFF/, "");
  try {
    return { json: JSON.parse(body), text: body };
  } catch {
    // said in the user's language with its line and column, as `framework check` says it (V8's own
    // message is English only); the scanner is loaded only for a broken file
    const { scanJson } = await import("../frameworks/json-text.js");
    const scan = scanJson(body);
    const detail = scan.ok ? inBoth(() => "JSON") : inBoth((l) => `${scan.error.line}:${scan.error.column}  ${scan.error.message[l]}`);
    throw new CliError(
      inBoth((l) => say(l, CLI.configInvalid, { name: shown })),
      [detail],
    );
  }
}

/** `within`: the key of the file's JSON the config is (package.json's "spbe"), "" for the whole file */
async function load(file: string, shown: string, named: string, read: JsonRead, within = ""): Promise<LoadedConfig> {
  const { configProblems } = await import("./config-schema.js");
  const json = within === "" ? read.json : (read.json as Record<string, unknown>)[within];
  const result = configProblems(json, read.text, within);
  if (!result.ok) {
    throw new CliError(
      inBoth((l) => say(l, CLI.configInvalid, { name: shown })),
      result.problems.map((p) => inBoth((l) => `${p.path}: ${p[l]}`)),
    );
  }
  const config = result.config;
  // (loaded here, not at start-up: most runs have no config, and the framework data is not small)
  const { bundledFramework } = await import("./resolve-framework.js");
  // a framework file named in the config is relative to the config, not to where spbe runs
  // (a bundled id in any case, as --framework takes it)
  if (config.framework !== undefined && !bundledFramework(config.framework)) {
    // (a mistyped id, "spbe-2019", is then a file not there: `readFrameworkFile` says which id it may have meant)
    const frameworkFile = systemPath(path.dirname(file), config.framework);
    return { file, named, config: { ...config, framework: frameworkFile }, frameworkFile };
  }
  return { file, named, config };
}

/** The command-line value of `--config <file>` / `--no-config`, read before commander parses (like --lang). */
export function configArgument(argv: readonly string[]): string | false | undefined {
  let found: string | false | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--no-config") found = false;
    else if (a === "--config") found = argv[++i];
    else if (a.startsWith("--config=")) found = a.slice("--config=".length);
  }
  return found;
}

/** Config keys as the options of the commands they apply to (commander attribute names and string values). */
export function configOptions(config: Config): Record<string, string> {
  const out: Record<string, string> = {};
  if (config.framework !== undefined) out.framework = config.framework;
  if (config.ignore !== undefined) out.ignore = config.ignore.join(",");
  if (config.maxWarnings !== undefined) out.maxWarnings = String(config.maxWarnings);
  if (config.predikatBasis !== undefined) out.predikatBasis = config.predikatBasis;
  return out;
}
