import { CLI } from "../messages/cli.js";
import { type Lang, say } from "../messages/text.js";

/**
 * An option as a message names it where its value came from: "--max-warnings 0" when typed, and
 * "maxWarnings 0 di spbe.config.json" when a config file set it (`from`, the file as named): a CI
 * log that credited the command line with a limit nobody typed sent its reader looking for the flag.
 */
export function settingText(
  lang: Lang,
  setting: { readonly flag: string; readonly key: string; readonly value: string; readonly from?: string | undefined },
): string {
  return setting.from === undefined
    ? `${setting.flag} ${setting.value}`
    : say(lang, CLI.setInConfig, { setting: `${setting.key} ${setting.value}`, file: setting.from });
}

/** The limit as it was set: "--max-warnings 0", or "maxWarnings 0 di spbe.config.json". */
export function maxWarningsText(limit: { readonly max: number; readonly from?: string | undefined }, lang: Lang): string {
  return settingText(lang, { flag: "--max-warnings", key: "maxWarnings", value: String(limit.max), from: limit.from });
}

/** The ignore list as it was set: "--ignore a,b", or "ignore a,b di spbe.config.json". */
export function ignoredBy(lang: Lang, list: readonly string[], from: string | undefined): string {
  return settingText(lang, { flag: "--ignore", key: "ignore", value: list.join(","), from });
}
