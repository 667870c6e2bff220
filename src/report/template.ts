import { stringify } from "csv-stringify/sync";
import type { Framework } from "../frameworks/types.js";
import type { Lang } from "./messages.js";
import { csvSafe } from "./text.js";

const HEAD: Record<Lang, readonly string[]> = {
  id: ["indikator", "domain", "aspek", "nama", "tingkat", "bukti", "catatan"],
  en: ["indicator", "domain", "aspect", "name", "level", "evidence", "note"],
};

/**
 * A blank assessment: one row per indicator with an empty level. The header
 * uses the reader's own column names, so a filled-in template scores as is.
 * `excel`: ';' delimiter, UTF-8 BOM and CRLF, which Excel in the Indonesian
 * locale opens in columns with the accents intact (no `sep=` line: with one,
 * Excel ignores the BOM).
 */
export function renderTemplate(framework: Framework, options: { lang: Lang; excel: boolean }): string {
  const rows = framework.indicators.map((i) => [i.id, i.domain ?? "", i.aspect, i.name, "", "", ""].map(csvSafe));
  const body = stringify([[...HEAD[options.lang]], ...rows], {
    delimiter: options.excel ? ";" : ",",
    record_delimiter: options.excel ? "\r\n" : "\n",
  });
  return options.excel ? `\uFEFF${body}` : body;
}
