import { type Jenis, knownJenis } from "../assessment/jenis.js";
import { TAHUN } from "../core/tahun.js";
import { type Framework, frameworkArgument } from "../frameworks/types.js";
import { CSV_COLUMN as C } from "../messages/labels.js";
import { knownLang, type Lang, type Text, translator } from "../messages/text.js";
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
export function template(framework: Framework, options: TemplateOptions = {}): string {
  frameworkArgument(framework, "template");
  // as the CLI refuses them (--tahun, --jenis): a 20.5 or a "bogus" went into every row, and the file read back
  // with a meta/invalid on each assessment
  const { tahun, jenis } = options;
  if (tahun !== undefined && tahun !== null && typeof tahun !== "number") throw new TypeError(`template: tahun must be a number, not ${typeof tahun}`);
  if (typeof tahun === "number" && !(Number.isInteger(tahun) && TAHUN.test(String(tahun))))
    throw new RangeError(`template: tahun ${tahun} is not a four-digit year`);
  if (jenis !== undefined && jenis !== null && knownJenis(jenis) === null)
    throw new RangeError(`template: jenis '${String(jenis)}' is neither 'mandiri' nor 'evaluasi'`);
  // the assessment's own columns first, filled in on every row, as a coordinator's files for rank and trend have them
  const meta: (readonly [Text, string])[] = [];
  if (options.instansi !== undefined) meta.push([C.instansi, options.instansi]);
  // (null as none, as render's width)
  if (tahun !== undefined && tahun !== null) meta.push([C.tahun, String(tahun)]);
  if (jenis !== undefined && jenis !== null) meta.push([C.jenis, jenis]);
  const filled = meta.map((m) => m[1]);
  const rows = framework.indicators.map((i) => [...filled, i.code ?? i.id, i.domain ?? "", i.aspect, i.name, "", "", ""]);
  const t = translator(options.lang === undefined ? "id" : knownLang(options.lang));
  const head = [...meta.map((m) => m[0]), C.indicator, C.domain, C.aspect, C.name, C.level, C.evidence, C.note].map((c) => t(c));
  return renderCsv(head, rows, { excel: options.excel === true });
}

export interface TemplateOptions {
  /** Indonesian headers unless "en" */
  readonly lang?: Lang | undefined;
  readonly excel?: boolean | undefined;
  /** an `instansi` column, this name on every row */
  readonly instansi?: string | undefined;
  /** a `tahun` column, this year on every row */
  readonly tahun?: number | undefined;
  /** a `jenis` column: mandiri (a self-assessment) or evaluasi (the assessors' result) on every row */
  readonly jenis?: Jenis | undefined;
}
