import type { Lang } from "../../messages/text.js";
import { esc } from "./svg.js";

/**
 * The document around every HTML report: one self-contained file. The styles
 * are inline, the charts are inline SVG, the fonts are the reader's own, and
 * there is no script at all; the Content-Security-Policy says so to the
 * browser too (no script, no request of any kind), so even a bug in escaping
 * could not run code or fetch anything.
 *
 * Screen: one column on a phone, charts side by side from about 42rem, the
 * indicator table as one card per indicator below 40rem. Print (A4): a page
 * per assessment, the long indicator table from a page of its own, no chart
 * or table row split across pages, colours kept. Prose from the file (bukti,
 * catatan) breaks inside a long word (a link) where it must, so a table of
 * links still fits a phone's card or an A4 page. A number column's heading
 * wraps, anywhere if it must: a diff names its sides by their files, and
 * unwrapped paths made its tables twice the page's width on a desktop.
 * Tables of four columns or fewer stay tables on a phone, so their label
 * cells (a pj's long name) may break anywhere too.
 */
const CSS = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5c5c66;--line:#d9d9de;--soft:#f4f4f6;--warn:#fff4e5;--warn-edge:#ef6c00;--bad:#b00020}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{max-width:66rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.35rem;line-height:1.3;margin:0 0 .5rem;overflow-wrap:anywhere}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
p{margin:.4rem 0}
.assessment{border-top:3px solid var(--ink);padding-top:1rem;margin-top:1.5rem}
.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .9rem;margin:.5rem 0;font-size:.95rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0;overflow-wrap:anywhere}
.notice{border-left:4px solid var(--warn-edge);background:var(--warn);padding:.45rem .75rem;margin:.5rem 0;font-size:.95rem}
.notice.bad{border-color:var(--bad);background:#fdecee}
.headline{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1rem;margin:1rem 0 .25rem}
.index-name{width:100%;margin:0;color:var(--muted);font-weight:600}
.index-value{font-size:3.4rem;font-weight:800;line-height:1;font-variant-numeric:tabular-nums}
.predikat{display:inline-block;font-size:1.5rem;font-weight:700;line-height:1.2;padding:.2rem .7rem;border-radius:.45rem}
.maturity{font-size:1.1rem}
.basis-note,.target{color:var(--muted)}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr));gap:.75rem 1.5rem;margin:1rem 0}
.side{border:1px solid var(--line);border-radius:.5rem;padding:.6rem .9rem}
.side .index-value{font-size:2.6rem}
.side-name{display:block;color:var(--muted);font-weight:600;overflow-wrap:anywhere}
.delta{font-size:1.25rem;font-weight:700}
.delta.unreached{color:var(--bad)}
figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:600;margin:0 0 .35rem}
svg.chart{display:block;width:100%;height:auto;max-width:32rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:.5rem 2.5rem;align-items:start}
.weakest{padding-left:1.4rem}
.weakest li{margin:.25rem 0}
.weakest .detail{display:block;color:var(--muted);font-size:.92rem}
.table-wrap{overflow-x:auto;margin:.25rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600}
td{overflow-wrap:break-word}
td.text{overflow-wrap:anywhere;min-width:5rem}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th.num{white-space:normal;overflow-wrap:anywhere}
tr.mine td{background:#fff4d6;font-weight:600}
tr.mine td:first-child{box-shadow:inset 4px 0 0 #e07b00}
.summary-line{margin:.2rem 0;color:var(--muted)}
.standing li{margin:.3rem 0}
th.name{min-width:13rem}
.sev-error{color:var(--bad);font-weight:600}
.problems{padding-left:1.2rem}
.problems li{margin:.2rem 0}
code{font-size:.85em;color:var(--muted)}
.table-note{color:var(--muted);font-size:.9rem;margin-top:-.5rem}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem;padding-top:.5rem}
@media screen and (max-width:40rem){
main{padding:.75rem}
h1{font-size:1.35rem}
.index-value{font-size:2.6rem}
.predikat{font-size:1.25rem}
th.name{min-width:0}
td.name{overflow-wrap:anywhere}
table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards tr{border:1px solid var(--line);border-radius:.45rem;margin:.5rem 0;padding:.3rem .6rem}
table.cards td{display:grid;grid-template-columns:7.5rem minmax(0,1fr);gap:.5rem;border:0;padding:.12rem 0;text-align:left;white-space:normal}
table.cards td::before{content:attr(data-label);color:var(--muted);font-weight:600}
table.cards td:empty{display:none}
}
@page{size:A4;margin:14mm 12mm}
@media print{
html{font-size:10pt}
body{font-size:1rem}
th,td{padding:.2rem .35rem}
main{max-width:none;padding:0}
.assessment{border-top:0;margin-top:0;padding-top:0}
.assessment+.assessment{break-before:page;page-break-before:always}
figure,.headline,.sides,.notice,tr,li{break-inside:avoid;page-break-inside:avoid}
h2,h3,figcaption,caption{break-after:avoid;page-break-after:avoid}
thead{display:table-header-group}
.table-wrap{overflow:visible}
.charts{grid-template-columns:1fr 1fr}
svg.chart{max-width:100%}
svg.band-scale{max-width:12cm}
.indicators{break-before:page;page-break-before:always}
}
`.trim();

export interface PageInput {
  readonly lang: Lang;
  readonly title: string;
  /** markup, already escaped */
  readonly body: string;
  readonly footer: string;
}

/** A complete, self-contained HTML document. */
export function htmlPage(input: PageInput): string {
  return `${[...htmlPageLines(input, [input.body])].join("\n")}\n`;
}

/**
 * `htmlPage`'s lines, the body's as they are made (rank's and trend's tables have a row per instansi
 * of a national file: written as they are made, `linePieces`); each line is to end in "\n".
 */
export function* htmlPageLines({ lang, title, footer }: Omit<PageInput, "body">, body: Iterable<string>): Generator<string> {
  yield* [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // nothing may load or run: no scripts, no fetches, no fonts; inline styles and inline SVG only
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">`,
    '<meta name="generator" content="spbe">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
  ];
  yield* body;
  yield* [`<footer>${esc(footer)}</footer>`, "</main>", "</body>", "</html>"];
}
