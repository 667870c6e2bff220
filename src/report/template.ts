import type { Framework } from "../frameworks/types.js";
import { renderCsv } from "./csv.js";
import type { Lang } from "./messages.js";

const HEAD: Record<Lang, readonly string[]> = {
  id: ["indikator", "domain", "aspek", "nama", "tingkat", "bukti", "catatan"],
  en: ["indicator", "domain", "aspect", "name", "level", "evidence", "note"],
};

/**
 * A blank assessment: one row per indicator with an empty level. The header
 * uses the reader's own column names, so a filled-in template scores as is.
 * `excel`: ';', decimal comma, UTF-8 BOM and CRLF, which Excel in the
 * Indonesian locale opens in columns with the accents intact; an id such as
 * 35.1 is written 35,1, which Excel-ID keeps as written (35.1 it would read as
 * 351) and the reader accepts. No `sep=` line: with one, Excel ignores the BOM.
 */
export function renderTemplate(framework: Framework, options: { lang: Lang; excel: boolean }): string {
  const rows = framework.indicators.map((i) => [i.id, i.domain ?? "", i.aspect, i.name, "", "", ""]);
  return renderCsv(HEAD[options.lang], rows, { excel: options.excel });
}
