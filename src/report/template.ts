import type { Framework } from "../frameworks/types.js";
import { CSV_COLUMN as C } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import { renderCsv } from "./csv.js";

/**
 * A blank assessment: one row per indicator with an empty level. The header
 * uses the reader's own column names, so a filled-in template scores as is.
 * `excel`: ';', decimal comma, UTF-8 BOM and CRLF, which Excel in the
 * Indonesian locale opens in columns with the accents intact; an id such as
 * 35.1 is written 35,1, which Excel-ID keeps as written (35.1 it would read as
 * 351) and the reader accepts. A Pemdi indicator is listed by the code users
 * type (7.2, never 20), so a filled-in template without --framework is named as
 * Pemdi's. No `sep=` line: with one, Excel ignores the BOM.
 * `spbe template`; Indonesian headers unless `lang` is "en".
 */
export function template(framework: Framework, options: { readonly lang?: Lang | undefined; readonly excel?: boolean | undefined } = {}): string {
  const rows = framework.indicators.map((i) => [i.code ?? i.id, i.domain ?? "", i.aspect, i.name, "", "", ""]);
  const t = translator(options.lang ?? "id");
  const head = [C.indicator, C.domain, C.aspect, C.name, C.level, C.evidence, C.note].map((c) => t(c));
  return renderCsv(head, rows, { excel: options.excel === true });
}
