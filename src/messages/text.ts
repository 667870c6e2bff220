/**
 * Every sentence the tool prints exists in Bahasa Indonesia and English, side
 * by side in one catalogue entry: `{ id, en }`. Placeholders are written
 * `{name}`; for entries declared `as const` the compiler knows their names, so
 * `say(lang, text, args)` does not compile with an argument missing or
 * misspelt. Domain terms (predikat, domain, aspect and indicator names, level
 * names) stay Indonesian in both languages.
 */
export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/** One message in both languages. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

/** --lang, SPBE_LANG or a library caller's `lang` that is neither (the CLI's `CLI.unknownLang`). */
export const UNKNOWN_LANG = { id: "bahasa '{lang}' tidak dikenal: pakai id atau en", en: "unknown language '{lang}': use id or en" } as const;

/**
 * A library caller's `lang`, "id" or "en" exactly (the CLI reads --lang in any case), or a RangeError
 * that names it: `findingMessage(f, "EN")` failed deep in the catalogue ("Cannot read properties of
 * undefined"), and `render(…, "json", …, { lang: "fr" })` went on without a word.
 */
export function knownLang(lang: unknown): Lang {
  if (LANGS.includes(lang as Lang)) return lang as Lang;
  throw new RangeError(say("en", UNKNOWN_LANG, { lang: String(lang) }));
}

/** The placeholder names of a template literal type: "a {x} b {y}" → "x" | "y". */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Holes<R> : never;
type HolesOf<T extends Text> = Holes<T["id"]> | Holes<T["en"]>;

type Value = string | number;
type ArgsOf<T extends Text> = { readonly [K in HolesOf<T>]: Value };
/** No second argument for a text without placeholders, a typed one otherwise. */
export type ArgsParam<T extends Text> = [HolesOf<T>] extends [never] ? [] : [args: ArgsOf<T>];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The text in one language with its placeholders filled. */
export function say<T extends Text>(lang: Lang, text: T, ...args: ArgsParam<T>): string {
  const values = (args[0] ?? {}) as Readonly<Record<string, Value>>;
  return text[lang].replace(PLACEHOLDER, (hole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : hole));
}

/** The text in both languages, filled: for messages produced before the language is known (framework problems). */
export function both<T extends Text>(text: T, ...args: ArgsParam<T>): Text {
  return { id: say("id", text, ...args), en: say("en", text, ...args) };
}

/** `say` bound to one language: `const t = translator(lang); t(LABEL.index)`. */
export type Translator = <T extends Text>(text: T, ...args: ArgsParam<T>) => string;
export const translator =
  (lang: Lang): Translator =>
  (text, ...args) =>
    say(lang, text, ...args);

/** The placeholder names a template uses, for the catalogue test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** A text built per language, e.g. with another text inside: `inBoth((l) => say(l, P.sum, { what: what[l] }))`. */
export const inBoth = (make: (lang: Lang) => string): Text => ({ id: make("id"), en: make("en") });
