import type { Assessment } from "../../assessment/build.js";
import type { Finding } from "../../core/findings.js";
import { fromInt, type Rational, toDecimalAtLeastTwo, toNumber } from "../../core/rational.js";
import type { Band, Framework } from "../../frameworks/types.js";
import type { Dialect } from "../../io/table.js";
import { findingMessage } from "../../messages/findings.js";
import { HTML_LABEL as H, LABEL } from "../../messages/labels.js";
import { type Lang, say, translator } from "../../messages/text.js";
import { bandFor } from "../../scoring/predikat.js";
import type { Shown } from "../../scoring/score.js";
import { assessmentTitle, describeDialect } from "../labels.js";
import type { Section } from "../layout.js";
import { type BandSpan, bandColors, bandScale, inkOn, type Mark, type Tick } from "./charts.js";
import { attrs, esc } from "./svg.js";

/**
 * What the score and diff pages share: numbers with the language's decimal
 * mark, the bands as the charts draw them, the framework's notices, tables and
 * the findings table.
 */

/**
 * A displayed number with the page's decimal mark: "3.19" → "3,19" in
 * Bahasa Indonesia. Only the mark changes: the digits are the display rule's
 * (two decimals, half up), computed from the exact value elsewhere.
 */
export const decimal = (display: string, lang: Lang): string => display.replace(".", say(lang, H.decimalMark));

/**
 * Every decimal number in a sentence built for the terminal ("3.64 Sangat Baik; 0.01 poin", a cost
 * "100.5", "-0.05") with the page's mark, but not digits that are part of a name ("biaya-2024.12.csv",
 * "v1.2") or of a dotted list ("5.12.2024"): no word character, '.', '/' or "x-" before it, and no word
 * character, '-', '/' or ".x" after it.
 */
const DECIMAL_IN_TEXT = /(?<![\w./]|\w-)(\d+)\.(\d+)(?![\w\-/]|\.\w)/g;
export const decimalsIn = (text: string, lang: Lang): string => text.replace(DECIMAL_IN_TEXT, `$1${say(lang, H.decimalMark)}$2`);

/** A two-decimal number for a band edge or an axis: exact edges are two-decimal values, so this is their display. */
export const edgeText = (value: Rational, lang: Lang): string => decimal(toDecimalAtLeastTwo(value), lang);

/** The bands lowest first (frameworks list them highest first). */
export const ascendingBands = (f: Framework): readonly Band[] => [...f.bands].reverse();

/** The colour of a band: by its rank from the lowest, Kurang red to Memuaskan green. */
export function bandColor(f: Framework, band: Band): string {
  const ascending = ascendingBands(f);
  return bandColors(ascending.length)[Math.max(0, ascending.indexOf(band))]!;
}

/** The band a tier's score is coloured by: read like the predikat, under the same basis. */
export const bandOfScore = (f: Framework, s: Shown, basis: "exact" | "displayed"): Band => bandFor(f, s.value, basis);

/** The bands as the charts draw them, with "Baik: 2,60 ≤ indeks < 3,50" as their tooltip. */
export function bandSpans(f: Framework, lang: Lang): BandSpan[] {
  const ascending = ascendingBands(f);
  const colors = bandColors(ascending.length);
  return ascending.map((b, i) => {
    const from = b.min ?? fromInt(f.levels.min);
    const args = { predikat: b.predikat, from: edgeText(from, lang), to: edgeText(b.max, lang) };
    // the top band first: a single band is lowest and top at once, and holds its top
    const text = i === ascending.length - 1 ? say(lang, H.bandTop, args) : i === 0 ? say(lang, H.bandLowest, args) : say(lang, H.bandMiddle, args);
    return { name: b.predikat, from: toNumber(from), to: toNumber(b.max), color: colors[i]!, title: text };
  });
}

/** The scale's ends and every band edge, printed under a band scale. */
export function edgeTicks(f: Framework, lang: Lang): Tick[] {
  const values = [fromInt(f.levels.min), ...ascendingBands(f).flatMap((b) => (b.min ? [b.min] : [])), fromInt(f.levels.max)];
  return values.map((v) => ({ value: toNumber(v), text: edgeText(v, lang) }));
}

/** Band edges only (dashed guides on bar charts). */
export const bandEdges = (f: Framework, lang: Lang): Tick[] => edgeTicks(f, lang).slice(1, -1);

/**
 * The index axis of bars and radars: from 0, not from the lowest level, so a
 * bar's length is its value (a 2 is half a 4) and the radar's centre is zero.
 */
export const INDEX_FROM = 0;
export const indexRange = (f: Framework) => ({ min: INDEX_FROM, max: f.levels.max });
export const indexTicks = (f: Framework): Tick[] => Array.from({ length: f.levels.max + 1 }, (_, i) => ({ value: i, text: String(i) }));

/** The predikat as a coloured pill, its colour the band's own. */
export function predikatPill(f: Framework, band: Band, text: string): string {
  const color = bandColor(f, band);
  return `<span class="predikat"${attrs({ style: `background:${color};color:${inkOn(color)}` })}>${esc(text)}</span>`;
}

/** The framework's provisional notice and caveats, each in its own box. */
export function frameworkNotices(f: Framework, lang: Lang): string {
  const t = translator(lang);
  const out: string[] = [];
  if (f.provisional) out.push(`<p class="notice"><strong>${esc(t(LABEL.provisional))}</strong></p>`);
  for (const c of f.caveats) out.push(`<p class="notice">${esc(`${t(LABEL.caveat)}: ${c[lang]}`)}</p>`);
  return out.join("\n");
}

/** An assessment's page header, as the score and plan reports open it: its title, where it came from, the framework's notices. */
export function assessmentHeader(a: Assessment, dialect: Dialect, lang: Lang): string {
  const t = translator(lang);
  const fw = a.framework;
  return [
    "<header>",
    `<h2>${esc(assessmentTitle(a))}</h2>`,
    metaList([
      [t(LABEL.instansi), a.instansi],
      [t(LABEL.tahun), a.tahun],
      [t(LABEL.jenis), a.jenis],
      [t(LABEL.framework), `${fw.id} (${fw.regulation})`],
      [t(LABEL.source), a.source],
      [t(LABEL.read), describeDialect(dialect, lang)],
    ]),
    frameworkNotices(fw, lang),
    "</header>",
  ].join("\n");
}

/**
 * The band scale under a report's headline, in its figure: the framework's
 * bands with the marks drawn above them. `marksLabel` says the marks to a
 * screen reader; by default their titles.
 */
export function bandScaleFigure(f: Framework, marks: readonly Mark[], lang: Lang, marksLabel = marks.map((m) => m.title).join("; ")): string {
  const t = translator(lang);
  const bands = bandSpans(f, lang);
  const scale = bandScale({
    label: t(H.bandScaleAria, { low: bands[0]?.name ?? "", high: bands.at(-1)?.name ?? "", marks: marksLabel }),
    bands,
    edges: edgeTicks(f, lang),
    marks,
  });
  return figure(t(H.bandScale), scale, "band-figure");
}

/** A `<dl>` of label/value pairs, skipping empty values. */
export function metaList(items: readonly (readonly [string, string | number | null])[]): string {
  const rows = items.filter(([, v]) => v !== null && v !== "").map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v!)}</dd>`);
  return `<dl class="meta">${rows.join("")}</dl>`;
}

export interface TableOptions {
  /** one card per row on a phone; by default when the table has more than four columns (a narrow one fits as it is) */
  readonly cards?: boolean;
  /** a class on the table's wrapper, for the print stylesheet */
  readonly className?: string;
  /** a class for a body row (the user's own rows in a ranking: "mine"), by its position */
  readonly rowClass?: (row: number) => string | null;
}

/**
 * A table from its data (report/layout.ts): number columns right-aligned with
 * the page's decimal mark; every cell escaped; each cell labelled with its
 * column for the phone layout.
 */
export function htmlTable(section: Pick<Section, "title" | "columns" | "rows" | "note">, lang: Lang, options: TableOptions = {}): string {
  return [...htmlTableLines(section, lang, options)].join("\n");
}

/** `htmlTable`'s lines, a body row each, made as they are asked for (see `htmlPageLines`). */
export function* htmlTableLines(section: Pick<Section, "title" | "columns" | "rows" | "note">, lang: Lang, options: TableOptions = {}): Generator<string> {
  const cls = (kind: string) => (kind === "number" ? ' class="num"' : kind === "name" ? ' class="name"' : kind === "text" ? ' class="text"' : "");
  const head = section.columns.map((c) => `<th scope="col"${cls(c.kind)}>${esc(c.head)}</th>`).join("");
  yield `<div${attrs({ class: options.className ? `table-wrap ${options.className}` : "table-wrap" })}><table${(options.cards ?? section.columns.length > 4) ? ' class="cards"' : ""}>`;
  yield `<caption>${esc(section.title)}</caption>`;
  yield `<thead><tr>${head}</tr></thead>`;
  yield "<tbody>";
  // (no rows: a blank line between the tags, as the rows joined would leave)
  if (section.rows.length === 0) yield "";
  for (let r = 0; r < section.rows.length; r++) {
    const cells = section.rows[r]!.map((cell, i) => {
      const c = section.columns[i]!;
      const text = c.kind === "number" ? decimal(cell, lang) : cell;
      return `<td${cls(c.kind)}${attrs({ "data-label": c.head })}>${esc(text)}</td>`;
    });
    yield `<tr${attrs({ class: options.rowClass?.(r) ?? null })}>${cells.join("")}</tr>`;
  }
  yield "</tbody>";
  yield "</table></div>";
  if (section.note) yield `<p class="table-note">${esc(section.note)}</p>`;
}

/** The findings as a table: file, line, column, severity, code, message. */
export function findingsTable(findings: readonly Finding[], lang: Lang, title: string): string {
  const t = translator(lang);
  const head = [t(LABEL.source), t(LABEL.line), t(LABEL.column), t(LABEL.severity), t(LABEL.findingCode), t(LABEL.message)];
  const rows = findings.map((f) => {
    const cells = [
      [f.file, ""],
      [f.line === null ? "" : String(f.line), "num"],
      [f.column === null ? "" : String(f.column), "num"],
      [t(LABEL[f.severity]), `sev-${f.severity}`],
      [f.code, ""],
      [findingMessage(f, lang), ""],
    ] as const;
    return `<tr>${cells.map(([text, c], i) => `<td${attrs({ class: c || null, "data-label": head[i]! })}>${esc(text)}</td>`).join("")}</tr>`;
  });
  return [
    '<div class="table-wrap"><table class="cards findings">',
    `<caption>${esc(title)}</caption>`,
    `<thead><tr>${head.map((h, i) => `<th scope="col"${i === 1 || i === 2 ? ' class="num"' : ""}>${esc(h)}</th>`).join("")}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table></div>",
  ].join("\n");
}

/** The closing findings section of a document: the table, or "no findings". */
export function findingsSection(findings: readonly Finding[], lang: Lang): string {
  const t = translator(lang);
  const content = findings.length > 0 ? findingsTable(findings, lang, t(LABEL.findings)) : `<p>${esc(t(LABEL.noFindings))}</p>`;
  return `<section class="findings-doc">\n<h2>${esc(t(LABEL.findings))}</h2>\n${content}\n</section>`;
}

/** Radars name at most this many axes; more get the tiers' numbers (their names stay in the tooltips). */
export const RADAR_NAMED = 5;
/** Fewer axes than this make no shape: no radar then. */
export const RADAR_MIN = 3;

/** The radar's caption: domains, or aspects (numbered when there are many). */
export function radarCaption(lang: Lang, domains: boolean, count: number): string {
  const t = translator(lang);
  if (domains) return t(H.byDomain);
  return t(count > RADAR_NAMED ? H.byAspectNumbered : H.byAspect);
}

/** A figure: the caption, then the chart. */
export const figure = (caption: string, chart: string, className = ""): string =>
  `<figure${attrs({ class: className || null })}>\n<figcaption>${esc(caption)}</figcaption>\n${chart}\n</figure>`;
