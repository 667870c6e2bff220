import { OUTPUT_NAME as O } from "../messages/output-name.js";
import { inBoth, type Lang, say, type Text } from "../messages/text.js";
import { foreignKind, INSTEAD, type Offer } from "../report/foreign-formats.js";
import { CliError } from "./errors.js";

/** The formats a command writes, and the `-o` extension of each (undefined: none, as `github`). */
export interface Writes {
  readonly formats: readonly string[];
  readonly extensionOf: (format: string) => string | undefined;
}

/** Each offer's words; all take the same two values (`format`, `file`), used or not. */
const OFFERS: Readonly<Record<Offer, (lang: Lang, args: { readonly format: string; readonly file: string }) => string>> = {
  excel: (l, a) => say(l, O.insteadExcel, a),
  print: (l, a) => say(l, O.insteadPrint, a),
  word: (l, a) => say(l, O.insteadWord, a),
  ci: (l, a) => say(l, O.insteadCi, a),
  file: (l, a) => say(l, O.insteadFile, a),
};

/**
 * An `-o` whose extension names a format spbe does not write (hasil.xlsx, laporan.pdf, out.sarif):
 * refused before anything is read (a usage error, exit 2; no file made), with what to write instead.
 * Under an explicit `--format` (and no `--excel`) the user said what is meant: written as asked,
 * and the returned warning says what the name promises. Undefined for any other name.
 */
export function foreignOutput(name: string, writes: Writes, explicit: string | undefined, excel: boolean): Text | undefined {
  const kind = foreignKind(name);
  if (kind === undefined) return undefined;
  const what = O[kind];
  const extension = /\.[A-Za-z0-9]+$/.exec(name)![0];
  if (explicit !== undefined && !excel) return inBoth((l) => say(l, O.asked, { name, format: explicit, what: what[l], extension }));
  const base = name.slice(0, -extension.length);
  const offer = INSTEAD[kind].find(([format]) => writes.formats.includes(format) && (format === "github" || writes.extensionOf(format) !== undefined));
  const instead = offer
    ? inBoth((l) =>
        OFFERS[offer[1]](l, {
          format: offer[0],
          // `ci` offers the JUnit file beside --format github
          file: `${base}${writes.extensionOf(offer[1] === "ci" ? "junit" : offer[0]) ?? ""}`,
        }),
      )
    : inBoth((l) => say(l, O.insteadChoices, { choices: writes.formats.join(", ") }));
  throw new CliError(
    inBoth((l) => say(l, excel ? O.notWrittenExcel : O.notWritten, { name, what: what[l], instead: instead[l] })),
    [],
    true,
  );
}
