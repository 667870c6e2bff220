import { stripControls } from "../../core/control.js";

/**
 * The few primitives the HTML report and its charts are written with. Every
 * string that reaches the page goes through `esc`, in text and in (always
 * double-quoted) attribute values alike, so a note `<script>` or an instansi
 * `" onmouseover="` shows as the text it is.
 */

/** Escapes text for HTML and SVG, text and attribute contexts both; control and bidi-override characters are dropped, tabs and newlines kept. */
export function esc(text: string | number): string {
  // stripControls hands printable ASCII back as it is; most texts of a page (numbers, labels,
  // coordinates) then have nothing to replace either, and are not scanned five more times: `esc` was
  // the largest part of a national file's `score --format html`
  const clean = stripControls(String(text), "\t\n");
  return MARKUP.test(clean) ? clean.replace(MARKUP_ALL, (c) => ENTITY[c]!) : clean;
}

const MARKUP = /[&<>"']/;
const MARKUP_ALL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** A coordinate: at most two decimals, no "-0", so the markup is short and its snapshots stable. */
export function n(value: number): string {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) || r === 0 ? "0" : String(r);
}

export type AttrValue = string | number | null | undefined | false;
export type Attrs = Readonly<Record<string, AttrValue>>;

/** ` a="1" b="x"`: numbers through `n`, strings escaped; null, undefined and false left out. */
export function attrs(a: Attrs): string {
  let out = "";
  for (const [key, value] of Object.entries(a)) {
    if (value === null || value === undefined || value === false) continue;
    out += ` ${key}="${typeof value === "number" ? n(value) : esc(value)}"`;
  }
  return out;
}

/** An element; children are markup already (escape text with `esc`). Without children it closes itself. */
export function el(name: string, a: Attrs = {}, ...children: readonly string[]): string {
  const body = children.join("");
  return body === "" ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
}

/** The tooltip and accessible name of one mark. */
export const title = (text: string): string => `<title>${esc(text)}</title>`;

/** Rough width of a text in the page's sans-serif: about 0.6 em per character, 0.68 in bold (DejaVu Sans, the widest common fallback). Enough to wrap labels and keep them apart. */
export const textWidth = (text: string, fontSize: number, bold = false): number => text.length * fontSize * (bold ? 0.68 : 0.6);

/**
 * A one-line label shortened to `maxWidth` (as `textWidth` measures it) by cutting its middle with "…":
 * the start and the end both stay, which tell long names apart ("penilaian-mandiri-…-final.csv 1,00")
 * and keep a value printed after a name. The whole text belongs in the mark's title.
 */
export function fitWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  const keep = Math.max(2, Math.floor(maxWidth / textWidth("x", fontSize, bold)) - 1);
  const head = chars
    .slice(0, Math.ceil(keep / 2))
    .join("")
    .trimEnd();
  const tail = chars
    .slice(chars.length - Math.floor(keep / 2))
    .join("")
    .trimStart();
  return `${head}…${tail}`;
}

/** Breaks a label into lines of at most `maxChars` characters at spaces (a longer word stays whole); at most `maxLines`, the last ending in "…" when cut. */
export function wrap(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!}…`;
  return kept;
}

/** A text of one or more lines, the first at y and the others below it. */
export function textLines(x: number, y: number, lines: readonly string[], lineHeight: number, a: Attrs = {}): string {
  if (lines.length <= 1) return el("text", { x, y, ...a }, esc(lines[0] ?? ""));
  const spans = lines.map((line, i) => el("tspan", { x, dy: i === 0 ? 0 : lineHeight }, esc(line))).join("");
  return el("text", { x, y, ...a }, spans);
}

export interface SvgFrame {
  readonly width: number;
  readonly height: number;
  /** what the chart shows, for screen readers (aria-label) */
  readonly label: string;
  readonly className?: string;
}

/** The chart's root: a viewBox that scales to its container, `role="img"` and an aria-label. */
export function svg(frame: SvgFrame, ...children: readonly string[]): string {
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: frame.className ?? "chart",
      viewBox: `0 0 ${n(frame.width)} ${n(frame.height)}`,
      width: frame.width,
      height: frame.height,
      role: "img",
      "aria-label": frame.label,
      "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
    },
    ...children,
  );
}
