import type { Lang } from "../report/messages.js";

/**
 * Commander writes its usage errors in English. In Indonesian mode the common
 * ones are translated (the option and argument names stay as typed); anything
 * unrecognised passes through unchanged rather than being guessed at.
 */
const PATTERNS: readonly [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '(.+?)'/, (o) => `galat: opsi tidak dikenal '${o}'`],
  [/^error: unknown command '(.+?)'/, (c) => `galat: perintah tidak dikenal '${c}'`],
  [/^error: missing required argument '(.+?)'/, (a) => `galat: argumen wajib '${a}' belum diberikan`],
  [/^error: option '(.+?)' argument missing/, (o) => `galat: opsi '${o}' memerlukan nilai`],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, (_c, e, g) => `galat: terlalu banyak argumen: diharapkan ${e}, diberikan ${g}.`],
  [
    /^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+?)\./,
    (o, v, c) => `galat: nilai '${v}' untuk opsi '${o}' tidak sah. Pilihan: ${c}.`,
  ],
  [/^\(Did you mean (.+?)\?\)/, (s) => `(Maksud Anda ${s}?)`],
];

export function localizeUsageError(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return text
    .split("\n")
    .map((line) => {
      for (const [re, make] of PATTERNS) {
        const m = re.exec(line);
        if (m) return line.replace(m[0], make(...m.slice(1).map((g) => g ?? "")));
      }
      return line;
    })
    .join("\n");
}

/** The language for messages printed before options are parsed: --lang in argv, then SPBE_LANG. */
export function earlyLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? env.SPBE_LANG : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value?.trim().toLowerCase() === "en" ? "en" : "id";
}
