import { type Attrs, el, esc, fitWidth, n, svg, textLines, textWidth, title, wrap } from "./svg.js";

/**
 * The charts of the HTML reports: plain SVG strings from small pure functions
 * of typed inputs. They know nothing of frameworks, rationals or languages:
 * callers pass numbers for geometry (floats are fine here) and the texts to
 * print, already formatted (decimal comma, predikat names). Every mark carries
 * a `<title>` (its tooltip and accessible name) and a visible text label; every
 * chart is `role="img"` with an aria-label. Sizes are viewBox units; the page
 * scales them to its width.
 */

/** A value on an axis and how it is printed. */
export interface Tick {
  readonly value: number;
  readonly text: string;
}

/** The values an axis spans. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** One predikat band as drawn: where it lies on the index axis, its name and colour. */
export interface BandSpan {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly color: string;
  /** "Baik: 2,60 – < 3,50" */
  readonly title: string;
}

/** A marked position on an index axis: the assessment's index, a side of a diff, the user's row in a ranking. */
export interface Mark {
  readonly value: number;
  readonly text: string;
  readonly title: string;
}

/** A number drawn as a bar or a point. */
export interface Datum {
  readonly value: number;
  readonly text: string;
  readonly title: string;
}

export interface LegendItem {
  readonly name: string;
  readonly color: string;
}

/** The band colours, lowest band first: red (Kurang) to green (Memuaskan), dark enough for a bar on white. */
const PALETTE = ["#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"] as const;

/** `count` colours from the palette, lowest band first (a framework of five bands gets the palette itself). */
export function bandColors(count: number): string[] {
  if (count <= 1) return [PALETTE[2]];
  return Array.from({ length: count }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (count - 1))]!);
}

/** The two series of a comparison (a, b): blue and orange, told apart also without colour vision. */
export const SERIES_COLORS = ["#3b6ea8", "#e07b00"] as const;

const INK = "#1d1d1f";
const MUTED = "#5c5c66";
const GRID = "#d9d9de";

/** Black or white text, whichever reads better on the colour. */
export function inkOn(color: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return INK;
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  // contrast against white (1.05 / (L + 0.05)) vs against near-black
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0622 ? "#ffffff" : INK;
}

const scaler =
  (range: Range, from: number, to: number) =>
  (value: number): number => {
    const span = range.max - range.min;
    const t = span === 0 ? 0 : (Math.min(Math.max(value, range.min), range.max) - range.min) / span;
    return from + t * (to - from);
  };

const txt = (x: number, y: number, content: string, a: Attrs = {}) => el("text", { x, y, ...a }, esc(content));

/** A white outline under the glyphs, so a label stays readable where it crosses a grid line. */
const HALO = { stroke: "#ffffff", "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke" } as const;

/** Swatches with names, flowed into rows across `width`; returns the markup and the height it takes. */
function legend(items: readonly LegendItem[], x: number, y: number, width: number): { markup: string; height: number } {
  const fs = 12;
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const item of items) {
    // a name wider than the chart (a long file name) is cut to fit; the swatch's title keeps it whole
    const name = fitWidth(item.name, width - 18, fs);
    const w = 12 + 6 + textWidth(name, fs) + 16;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += 18;
    }
    parts.push(el("rect", { x: cx, y: cy, width: 12, height: 12, rx: 2, fill: item.color }, title(item.name)));
    parts.push(txt(cx + 18, cy + 10.5, name, { "font-size": fs, fill: INK }));
    cx += w;
  }
  return { markup: el("g", { class: "legend" }, ...parts), height: items.length === 0 ? 0 : cy - y + 18 };
}

/**
 * Labels above an axis (marks): each centred on its x and kept inside the
 * chart; a label that would overlap the one before it moves up a row.
 * Returns each label's row and the number of rows.
 */
function rowsFor(labels: readonly { x: number; width: number }[], left: number, right: number): { rows: number[]; xs: number[]; count: number } {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.x - labels[b]!.x);
  const ends: number[] = [];
  const rows = new Array<number>(labels.length).fill(0);
  const xs = new Array<number>(labels.length).fill(0);
  for (const i of order) {
    const { x, width } = labels[i]!;
    const cx = Math.min(Math.max(x, left + width / 2), right - width / 2);
    let row = ends.findIndex((end) => end + 6 <= cx - width / 2);
    if (row < 0) {
      row = ends.length;
      ends.push(0);
    }
    ends[row] = cx + width / 2;
    rows[i] = row;
    xs[i] = cx;
  }
  // a mark's leader line runs down through the rows below its label: move a lower label off that line
  for (const i of order) {
    for (const j of order) {
      if (rows[j]! <= rows[i]!) continue;
      const line = labels[j]!.x;
      const half = labels[i]!.width / 2;
      if (Math.abs(xs[i]! - line) >= half + 3) continue;
      const shifted = xs[i]! < line ? line - half - 3 : line + half + 3;
      xs[i] = Math.min(Math.max(shifted, left + half), right - half);
    }
  }
  return { rows, xs, count: Math.max(1, ends.length) };
}

const MARK_FONT = 14;
const MARK_ROW = 19;

/** A mark's label as printed: cut to the chart's width (a long instansi or file name), its title keeping it whole. */
const markText = (m: Mark, left: number, right: number): string => fitWidth(m.text, right - left - 4, MARK_FONT, true);

/**
 * Marks drawn above a horizontal axis at `top`: a label per mark (stacked when
 * close) and a triangle; then either a line down to `bottom` (over a plot) or,
 * `through: false`, a second triangle under `bottom` pointing up (over a bar
 * with text in it, which a line would cross out).
 */
function marksAbove(marks: readonly Mark[], scale: (v: number) => number, left: number, right: number, top: number, bottom: number, through = true): string {
  const texts = marks.map((m) => markText(m, left, right));
  const layout = rowsFor(
    marks.map((m, i) => ({ x: scale(m.value), width: textWidth(texts[i]!, MARK_FONT, true) + 4 })),
    left,
    right,
  );
  return marks
    .map((m, i) => {
      const x = scale(m.value);
      const row = layout.rows[i]!;
      const labelY = top - 12 - row * MARK_ROW;
      return el(
        "g",
        { class: "mark" },
        title(m.title),
        txt(layout.xs[i]!, labelY, texts[i]!, { "font-size": MARK_FONT, "font-weight": 700, "text-anchor": "middle", fill: INK, ...HALO }),
        row > 0 ? el("line", { x1: x, y1: labelY + 3, x2: x, y2: top - 9, stroke: MUTED, "stroke-width": 1 }) : "",
        el("path", { d: `M${n(x - 6)} ${n(top - 9)}H${n(x + 6)}L${n(x)} ${n(top - 1)}Z`, fill: INK }),
        through
          ? el("line", { x1: x, y1: top, x2: x, y2: bottom, stroke: INK, "stroke-width": 2.5 })
          : el("path", { d: `M${n(x - 6)} ${n(bottom + 9)}H${n(x + 6)}L${n(x)} ${n(bottom + 1)}Z`, fill: INK }),
      );
    })
    .join("");
}

const markRows = (marks: readonly Mark[], scale: (v: number) => number, left: number, right: number) =>
  marks.length === 0
    ? 0
    : rowsFor(
        marks.map((m) => ({ x: scale(m.value), width: textWidth(markText(m, left, right), MARK_FONT, true) + 4 })),
        left,
        right,
      ).count;

// ————————————————————————————————————————————————————————— band scale

export interface BandScaleInput {
  readonly label: string;
  /** lowest band first, contiguous */
  readonly bands: readonly BandSpan[];
  /** numbers printed under the scale: the band edges and the ends */
  readonly edges: readonly Tick[];
  readonly marks: readonly Mark[];
  readonly width?: number;
}

/** The predikat bands from lowest to highest as one segmented bar, with the index (or indices) marked above it. */
export function bandScale(input: BandScaleInput): string {
  const width = input.width ?? 400;
  const pad = 14;
  const first = input.bands[0];
  const last = input.bands.at(-1);
  const range = { min: first?.from ?? 0, max: last?.to ?? 1 };
  const x = scaler(range, pad, width - pad);
  const rows = markRows(input.marks, x, pad, width - pad);
  const top = 10 + rows * MARK_ROW + 12;
  const barH = 36;
  const segments = input.bands.map((b) => {
    const x0 = x(b.from);
    const w = x(b.to) - x0;
    let fs = 14;
    let lines = [b.name];
    if (textWidth(b.name, fs, true) > w - 8) lines = wrap(b.name, Math.max(4, Math.floor((w - 6) / (fs * 0.68))), 2);
    while (fs > 9 && lines.some((l) => textWidth(l, fs, true) > w - 8)) fs -= 0.5;
    const ink = inkOn(b.color);
    const cy = top + barH / 2 - ((lines.length - 1) * (fs + 1)) / 2 + fs * 0.35;
    return el(
      "g",
      { class: "band" },
      title(b.title),
      el("rect", { x: x0, y: top, width: w, height: barH, fill: b.color }),
      textLines(x0 + w / 2, cy, lines, fs + 1, { "font-size": fs, "text-anchor": "middle", fill: ink, "font-weight": 600 }),
    );
  });
  const edgeY = top + barH + 23;
  const edges = input.edges.map((e) => {
    const ex = x(e.value);
    const anchor = ex <= pad + 1 ? "start" : ex >= width - pad - 1 ? "end" : "middle";
    return el(
      "g",
      {},
      el("line", { x1: ex, y1: top + barH, x2: ex, y2: top + barH + 10, stroke: MUTED }),
      txt(ex, edgeY, e.text, { "font-size": 13, "text-anchor": anchor, fill: MUTED }),
    );
  });
  const height = edgeY + 8;
  return svg(
    { width, height, label: input.label, className: "chart band-scale" },
    el("g", { class: "bands" }, ...segments),
    el("g", { class: "edges" }, ...edges),
    marksAbove(input.marks, x, pad, width - pad, top, top + barH, false),
  );
}

// ————————————————————————————————————————————————————————— bars

export interface Bar extends Datum {
  readonly label: string;
  readonly color: string;
  /** printed after the value, e.g. "▼" for the aspects that cost most */
  readonly flag?: string;
}

export interface BarChartInput {
  readonly label: string;
  readonly orientation: "horizontal" | "vertical";
  readonly bars: readonly Bar[];
  readonly range: Range;
  readonly ticks: readonly Tick[];
  /** dashed reference lines with their value printed (band edges) */
  readonly guides?: readonly Tick[];
  readonly legend?: readonly LegendItem[];
  readonly width?: number;
}

interface Row {
  readonly label: string;
  readonly bars: readonly (Datum & { readonly color: string; readonly flag?: string | undefined })[];
}

/** A centre for text `half` wide either side that keeps it inside 0 … width. */
const inside = (x: number, half: number, width: number): number => Math.min(Math.max(x, half + 1), width - half - 1);

/** Horizontal rows: the label on its own line(s) above its bar(s), so long aspect names never squeeze the bars. */
function horizontalRows(
  frame: { width: number; label: string; className: string },
  rows: readonly Row[],
  range: Range,
  ticks: readonly Tick[],
  guides: readonly Tick[],
  legendItems: readonly LegendItem[],
  legendOnTop: boolean,
): string {
  const { width } = frame;
  const left = 10;
  const right = width - 68;
  const x = scaler(range, left, right);
  const labelFs = 14.5;
  const barH = rows.some((r) => r.bars.length > 1) ? 13 : 16;
  const parts: string[] = [];
  let y = 4;
  let legendMarkup = "";
  if (legendOnTop && legendItems.length > 0) {
    const l = legend(legendItems, left, y, width - 2 * left);
    legendMarkup = l.markup;
    y += l.height + 6;
  }
  const plotTop = y + (guides.length > 0 ? 15 : 0);
  y = plotTop + 4;
  for (const row of rows) {
    const lines = wrap(row.label, Math.floor((width - 2 * left) / textWidth("x", labelFs)), 2);
    parts.push(textLines(left, y + labelFs, lines, labelFs + 3, { "font-size": labelFs, fill: INK, ...HALO }));
    y += lines.length * (labelFs + 3) + 4;
    for (const bar of row.bars) {
      const x1 = x(bar.value);
      const label = bar.flag ? `${bar.text} ${bar.flag}` : bar.text;
      parts.push(
        el(
          "g",
          { class: "bar" },
          title(bar.title),
          el("rect", { x: left, y, width: Math.max(1, x1 - left), height: barH, rx: 2, fill: bar.color, stroke: "rgba(0,0,0,.25)", "stroke-width": 0.5 }),
          txt(x1 + 6, y + barH / 2 + 4.5, label, { "font-size": 13.5, "font-weight": 700, fill: INK, ...HALO }),
        ),
      );
      y += barH + 2;
    }
    y += 10;
  }
  const plotBottom = y - 6;
  const grid = ticks.map((t) =>
    el(
      "g",
      { class: "tick" },
      el("line", { x1: x(t.value), y1: plotTop, x2: x(t.value), y2: plotBottom, stroke: GRID }),
      // a label wider than the margin ("0,00" at the axis) moves inwards rather than off the chart
      txt(inside(x(t.value), textWidth(t.text, 12) / 2, width), plotBottom + 15, t.text, { "font-size": 12, "text-anchor": "middle", fill: MUTED }),
    ),
  );
  const guideMarks = guides.map((g) =>
    el(
      "g",
      { class: "guide" },
      title(g.text),
      el("line", { x1: x(g.value), y1: plotTop - 2, x2: x(g.value), y2: plotBottom, stroke: MUTED, "stroke-dasharray": "4 3" }),
      txt(x(g.value), plotTop - 4, g.text, { "font-size": 11, "text-anchor": "middle", fill: MUTED }),
    ),
  );
  let height = plotBottom + 24;
  if (!legendOnTop && legendItems.length > 0) {
    const l = legend(legendItems, left, height, width - 2 * left);
    legendMarkup = l.markup;
    height += l.height + 4;
  }
  return svg(
    { width, height, label: frame.label, className: frame.className },
    el("g", { class: "grid" }, ...grid),
    el("g", { class: "guides" }, ...guideMarks),
    el("line", { x1: left, y1: plotTop, x2: left, y2: plotBottom, stroke: MUTED }),
    ...parts,
    legendMarkup,
  );
}

/** Vertical columns: labels wrapped under their column, values above it, ticks on the left, guides labelled on the right. */
function verticalBars(input: BarChartInput, width: number): string {
  const left = 34;
  const right = width - 36;
  const top = 22;
  const plotH = 200;
  const bottom = top + plotH;
  const y = scaler(input.range, bottom, top);
  const slot = (right - left) / Math.max(1, input.bars.length);
  const labelFs = 11;
  const maxChars = Math.max(4, Math.floor((slot - 4) / textWidth("x", labelFs)));
  const labels = input.bars.map((b) => wrap(b.label, maxChars, 3));
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const grid = input.ticks.map((t) =>
    el(
      "g",
      { class: "tick" },
      el("line", { x1: left, y1: y(t.value), x2: right, y2: y(t.value), stroke: GRID }),
      txt(left - 6, y(t.value) + 4, t.text, { "font-size": 11, "text-anchor": "end", fill: MUTED }),
    ),
  );
  const guides = (input.guides ?? []).map((g) =>
    el(
      "g",
      { class: "guide" },
      title(g.text),
      el("line", { x1: left, y1: y(g.value), x2: right + 2, y2: y(g.value), stroke: MUTED, "stroke-dasharray": "4 3" }),
      txt(right + 4, y(g.value) + 3.5, g.text, { "font-size": 10, fill: MUTED }),
    ),
  );
  const bars = input.bars.map((b, i) => {
    const cx = left + slot * (i + 0.5);
    const w = Math.min(48, slot * 0.62);
    const y1 = y(b.value);
    const label = b.flag ? `${b.text} ${b.flag}` : b.text;
    return el(
      "g",
      { class: "bar" },
      title(b.title),
      el("rect", { x: cx - w / 2, y: y1, width: w, height: Math.max(1, bottom - y1), rx: 2, fill: b.color, stroke: "rgba(0,0,0,.25)", "stroke-width": 0.5 }),
      txt(cx, y1 - 5, label, { "font-size": 12, "font-weight": 700, "text-anchor": "middle", fill: INK }),
      textLines(cx, bottom + 15, labels[i]!, labelFs + 2, { "font-size": labelFs, "text-anchor": "middle", fill: INK }),
    );
  });
  let height = bottom + 10 + labelLines * (labelFs + 2) + 8;
  let legendMarkup = "";
  if (input.legend && input.legend.length > 0) {
    const l = legend(input.legend, left, height, right - left);
    legendMarkup = l.markup;
    height += l.height + 4;
  }
  return svg(
    { width, height, label: input.label, className: "chart bars vertical" },
    el("g", { class: "grid" }, ...grid),
    el("g", { class: "guides" }, ...guides),
    el("line", { x1: left, y1: bottom, x2: right, y2: bottom, stroke: MUTED }),
    ...bars,
    legendMarkup,
  );
}

/** One bar per item, horizontal (labels above the bars) or vertical (labels below the columns). */
export function barChart(input: BarChartInput): string {
  const width = input.width ?? 440;
  if (input.orientation === "vertical") return verticalBars(input, width);
  return horizontalRows(
    { width, label: input.label, className: "chart bars horizontal" },
    input.bars.map((b) => ({ label: b.label, bars: [b] })),
    input.range,
    input.ticks,
    input.guides ?? [],
    input.legend ?? [],
    false,
  );
}

export interface PairedBarInput {
  readonly label: string;
  /** the two sides: a, then b */
  readonly series: readonly [LegendItem, LegendItem];
  readonly groups: readonly { readonly label: string; readonly values: readonly [Datum, Datum] }[];
  readonly range: Range;
  readonly ticks: readonly Tick[];
  readonly guides?: readonly Tick[];
  readonly width?: number;
}

/** Two bars per item, a above b, in the two series colours, with a legend on top. */
export function pairedBarChart(input: PairedBarInput): string {
  const [sa, sb] = input.series;
  return horizontalRows(
    { width: input.width ?? 440, label: input.label, className: "chart bars paired" },
    input.groups.map((g) => ({
      label: g.label,
      bars: [
        { ...g.values[0], color: sa.color },
        { ...g.values[1], color: sb.color },
      ],
    })),
    input.range,
    input.ticks,
    input.guides ?? [],
    input.series,
    true,
  );
}

// ————————————————————————————————————————————————————————— radar

export interface RadarSeries {
  readonly name: string;
  readonly color: string;
  /** one per axis, in axis order */
  readonly points: readonly Datum[];
}

export interface RadarInput {
  readonly label: string;
  /** one name per axis, clockwise from the top: the axis's label and its tooltip */
  readonly axes: readonly string[];
  /**
   * short labels printed instead of the names (e.g. aspect numbers, when many
   * long names would leave no room for the chart on a phone); the names stay
   * in the tooltips
   */
  readonly axisLabels?: readonly string[];
  readonly series: readonly RadarSeries[];
  /** the centre is range.min, the rim range.max */
  readonly range: Range;
  readonly rings: readonly Tick[];
  readonly width?: number;
}

/**
 * A radar (spider) chart: one axis per tier from the top clockwise, a ring per
 * level, one polygon per series. With one series each axis label carries the
 * value too; with several, a legend names them.
 */
export function radarChart(input: RadarInput): string {
  const width = input.width ?? 440;
  const count = input.axes.length;
  // many axes have labels at the sides too: give them room
  const crowded = count > 5 && input.axisLabels === undefined;
  const short = input.axisLabels !== undefined;
  const radius = short ? Math.min(140, width / 2 - 70) : Math.min(125, width / 2 - (crowded ? 130 : 105));
  const r = scaler(input.range, 0, radius);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count);
  const at = (i: number, dist: number, cx: number, cy: number) => [cx + dist * Math.cos(angle(i)), cy + dist * Math.sin(angle(i))] as const;
  const fs = crowded ? 12 : short ? 14 : 13;
  const lh = fs + 2;
  // lay the labels out around a centre at (width/2, 0), then shift everything so the top label fits
  const cx = width / 2;
  const labels = input.axes.map((axis, i) => {
    const name = input.axisLabels?.[i] ?? axis;
    const [px, py] = at(i, radius + 12, cx, 0);
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
    const room = anchor === "middle" ? Math.min(width * 0.55, 240) : anchor === "start" ? width - px - 4 : px - 4;
    const lines = wrap(name, Math.max(8, Math.floor(room / textWidth("x", fs))), 4);
    const value = input.series.length === 1 ? input.series[0]!.points[i]?.text : undefined;
    const all = value === undefined ? lines : [...lines, value];
    const blockH = (all.length - 1) * lh;
    const y0 = sin < -0.3 ? py - blockH - 2 : sin > 0.3 ? py + fs : py - blockH / 2 + 4;
    return { px, y0, anchor, lines, value, top: y0 - fs, bottom: y0 + blockH + 4 };
  });
  const top = Math.min(-radius, ...labels.map((l) => l.top));
  const bottom = Math.max(radius, ...labels.map((l) => l.bottom));
  const cy = 10 - top;
  let height = cy + bottom + 10;
  // ring values are printed along the bisector of the first two axes, away from the data on the axes
  const mid = angle(0) + Math.PI / Math.max(1, count);
  // where the bisector meets a ring's edge: the polygon's inradius over its circumradius
  const edge = count >= 3 ? Math.cos(Math.PI / count) : 1;
  const rings = input.rings.map((ring) => {
    const pts = input.axes.map((_, i) => at(i, r(ring.value), cx, cy).map(n).join(",")).join(" ");
    return el(
      "g",
      { class: "ring" },
      el("polygon", { points: pts, fill: "none", stroke: GRID }),
      txt(cx + r(ring.value) * edge * Math.cos(mid), cy + r(ring.value) * edge * Math.sin(mid) + 4, ring.text, {
        "font-size": 11,
        "text-anchor": "middle",
        fill: MUTED,
      }),
    );
  });
  const spokes = input.axes.map((_, i) => {
    const [x2, y2] = at(i, radius, cx, cy);
    return el("line", { x1: cx, y1: cy, x2, y2, stroke: GRID });
  });
  const axisLabels = labels.map((l, i) => {
    const spans = l.lines.map((line, k) => el("tspan", { x: l.px, dy: k === 0 ? 0 : lh }, esc(line)));
    if (l.value !== undefined) spans.push(el("tspan", { x: l.px, dy: lh, "font-weight": 700 }, esc(l.value)));
    return el("text", { x: l.px, y: cy + l.y0, "font-size": fs, "text-anchor": l.anchor, fill: INK }, title(input.axes[i]!), ...spans);
  });
  const series = input.series.map((s) => {
    const pts = s.points.map((p, i) => at(i, r(p.value), cx, cy));
    return el(
      "g",
      { class: "series" },
      el("polygon", { points: pts.map((p) => p.map(n).join(",")).join(" "), fill: s.color, "fill-opacity": 0.22, stroke: s.color, "stroke-width": 2.5 }),
      ...s.points.map((p, i) => el("circle", { cx: pts[i]![0], cy: pts[i]![1], r: 4.5, fill: s.color, stroke: "#fff", "stroke-width": 1 }, title(p.title))),
    );
  });
  let legendMarkup = "";
  if (input.series.length > 1) {
    const l = legend(input.series, 10, height, width - 20);
    legendMarkup = l.markup;
    height += l.height + 4;
  }
  return svg(
    { width, height, label: input.label, className: "chart radar" },
    el("g", { class: "rings" }, ...rings, ...spokes),
    ...series,
    el("g", { class: "axes" }, ...axisLabels),
    legendMarkup,
  );
}

// ————————————————————————————————————————————————————————— distribution

export interface DistributionInput {
  readonly label: string;
  /** a histogram of counts per bin, or a strip of one dot per value (stacked where they meet) */
  readonly kind: "histogram" | "strip";
  readonly values: readonly { readonly value: number; readonly title: string }[];
  readonly range: Range;
  readonly ticks: readonly Tick[];
  readonly bands: readonly BandSpan[];
  /** positions to point out (the user's own rows) */
  readonly marks: readonly Mark[];
  /** histogram: bin width in index points, bins aligned to range.min (default 0.25) */
  readonly binWidth?: number;
  /** histogram: the tooltip of a bin from its edges and count */
  readonly binTitle?: (from: number, to: number, count: number) => string;
  readonly width?: number;
}

/** Binned counts, each bin [from, to) and the last one closed: what the histogram draws. */
export function bins(values: readonly number[], range: Range, binWidth: number): { from: number; to: number; count: number }[] {
  const count = Math.max(1, Math.ceil((range.max - range.min) / binWidth - 1e-9));
  const out = Array.from({ length: count }, (_, i) => ({ from: range.min + i * binWidth, to: Math.min(range.max, range.min + (i + 1) * binWidth), count: 0 }));
  for (const v of values) {
    if (v < range.min || v > range.max) continue;
    const i = Math.min(count - 1, Math.floor((v - range.min) / binWidth + 1e-9));
    out[i]!.count++;
  }
  return out;
}

/** Where a group's indices lie: band backgrounds and edges, the histogram or strip, and the marked positions above. */
export function distributionChart(input: DistributionInput): string {
  const width = input.width ?? 480;
  const left = 30;
  const right = width - 12;
  const x = scaler(input.range, left, right);
  const rows = markRows(input.marks, x, left, right);
  const top = 10 + rows * MARK_ROW + 12;
  const bandLabelH = 14;
  const plotTop = top + bandLabelH;
  let plotH = 140;
  const dot = 8;
  const stacks = new Map<number, number>();
  const dots: string[] = [];
  let columns: string[] = [];
  let yAxis: string[] = [];
  if (input.kind === "strip") {
    const placed = input.values.map((v) => {
      const col = Math.round((x(v.value) - left) / dot);
      const k = stacks.get(col) ?? 0;
      stacks.set(col, k + 1);
      return { v, col, k };
    });
    const maxStack = Math.max(1, ...stacks.values());
    plotH = Math.max(60, maxStack * dot + 10);
    const base = plotTop + plotH;
    for (const p of placed) {
      dots.push(el("circle", { cx: left + p.col * dot, cy: base - dot / 2 - 2 - p.k * dot, r: dot / 2 - 0.5, fill: "#4a6fa5" }, title(p.v.title)));
    }
  } else {
    const binned = bins(
      input.values.map((v) => v.value),
      input.range,
      input.binWidth ?? 0.25,
    );
    const maxCount = Math.max(1, ...binned.map((b) => b.count));
    const base = plotTop + plotH;
    const y = scaler({ min: 0, max: maxCount }, base, plotTop + 14);
    columns = binned.map((b) => {
      const x0 = x(b.from) + 1;
      const w = Math.max(1, x(b.to) - x(b.from) - 2);
      const tip = input.binTitle ? input.binTitle(b.from, b.to, b.count) : String(b.count);
      return el(
        "g",
        { class: "bin" },
        title(tip),
        b.count > 0 ? el("rect", { x: x0, y: y(b.count), width: w, height: base - y(b.count), fill: "#4a6fa5" }) : "",
        b.count > 0 ? txt(x0 + w / 2, y(b.count) - 3, String(b.count), { "font-size": 10, "text-anchor": "middle", fill: INK }) : "",
      );
    });
    yAxis = [0, maxCount].map((c) => txt(left - 5, y(c) + 4, String(c), { "font-size": 10, "text-anchor": "end", fill: MUTED }));
  }
  const base = plotTop + plotH;
  const bands = input.bands.map((b) => {
    const x0 = x(b.from);
    const w = x(b.to) - x0;
    const fits = textWidth(b.name, 10) <= w - 2;
    return el(
      "g",
      { class: "band" },
      title(b.title),
      el("rect", { x: x0, y: plotTop, width: w, height: plotH, fill: b.color, "fill-opacity": 0.14 }),
      el("rect", { x: x0, y: top, width: w, height: 4, fill: b.color }),
      fits ? txt(x0 + w / 2, top + 13, b.name, { "font-size": 10, "text-anchor": "middle", fill: MUTED }) : "",
    );
  });
  const edges = input.bands.slice(1).map((b) => el("line", { x1: x(b.from), y1: top, x2: x(b.from), y2: base, stroke: MUTED, "stroke-dasharray": "4 3" }));
  const ticks = input.ticks.map((t) =>
    el(
      "g",
      { class: "tick" },
      el("line", { x1: x(t.value), y1: base, x2: x(t.value), y2: base + 4, stroke: MUTED }),
      txt(x(t.value), base + 16, t.text, { "font-size": 11, "text-anchor": "middle", fill: MUTED }),
    ),
  );
  return svg(
    { width, height: base + 26, label: input.label, className: `chart distribution ${input.kind}` },
    el("g", { class: "bands" }, ...bands, ...edges),
    el("line", { x1: left, y1: base, x2: right, y2: base, stroke: MUTED }),
    el("g", { class: "ticks" }, ...ticks, ...yAxis),
    el("g", { class: "values" }, ...columns, ...dots),
    marksAbove(input.marks, x, left, right, top, base),
  );
}

// ————————————————————————————————————————————————————————— line

export interface LinePoint extends Datum {
  /** position on the x axis (a year) and how it is printed */
  readonly x: number;
  readonly xText: string;
  /**
   * the bands this year is read against, where they are not the chart's (a trend crossing into a
   * framework with other edges); the same array for the years that share them
   */
  readonly bands?: readonly BandSpan[];
}

/** A stretch of the x axis whose years share one set of bands: from x0 to x1 in chart units. */
interface BandStretch {
  readonly x0: number;
  x1: number;
  readonly bands: readonly BandSpan[];
}

/**
 * The stretches of a line chart's years by the bands they are read against: one for the whole
 * plot, unless the years cross into other bands; then each change falls halfway between the two years.
 */
function bandStretches(points: readonly LinePoint[], chartBands: readonly BandSpan[], xAt: (v: number) => number, left: number, right: number): BandStretch[] {
  const out: BandStretch[] = [];
  points.forEach((p, i) => {
    const bands = p.bands ?? chartBands;
    const last = out.at(-1);
    if (last?.bands === bands) return;
    const x = last ? (xAt(points[i - 1]!.x) + xAt(p.x)) / 2 : left;
    if (last) last.x1 = x;
    out.push({ x0: x, x1: right, bands });
  });
  return out.length > 0 ? out : [{ x0: left, x1: right, bands: chartBands }];
}

export interface LineInput {
  readonly label: string;
  readonly points: readonly LinePoint[];
  readonly range: Range;
  readonly ticks: readonly Tick[];
  /** the bands named on the right: the latest year's */
  readonly bands: readonly BandSpan[];
  /** a horizontal target line with its label ("Target 3,50") */
  readonly target?: Mark;
  readonly width?: number;
}

/** The index per year: band stripes named on the right, the target as a dashed line, the series with its values. */
export function lineChart(input: LineInput): string {
  const width = input.width ?? 520;
  const left = 34;
  const right = width - 96;
  const top = 18;
  const plotH = 200;
  const bottom = top + plotH;
  const y = scaler(input.range, bottom, top);
  const xs = input.points.map((p) => p.x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const xAt = (v: number) => (x1 === x0 ? (left + right) / 2 : scaler({ min: x0, max: x1 }, left + 26, right - 26)(v));
  // each year's point over its own framework's bands; the last stretch's are named on the right
  const stretches = bandStretches(input.points, input.bands, xAt, left, right);
  const bands = stretches.flatMap((s, i) =>
    s.bands.map((b) => {
      const yTop = y(b.to);
      const h = y(b.from) - yTop;
      const named = i === stretches.length - 1;
      return el(
        "g",
        { class: "band" },
        title(b.title),
        el("rect", { x: s.x0, y: yTop, width: s.x1 - s.x0, height: h, fill: b.color, "fill-opacity": 0.14 }),
        named ? el("rect", { x: right, y: yTop, width: 4, height: h, fill: b.color }) : "",
        // a framework file's long predikat name is cut to the margin; the band's title keeps it whole
        named && h >= 12 ? txt(right + 8, yTop + h / 2 + 3.5, fitWidth(b.name, width - right - 10, 10), { "font-size": 10, fill: MUTED }) : "",
      );
    }),
  );
  const edges = stretches.flatMap((s) =>
    s.bands.slice(1).map((b) => el("line", { x1: s.x0, y1: y(b.from), x2: s.x1, y2: y(b.from), stroke: MUTED, "stroke-dasharray": "4 3" })),
  );
  const ticks = input.ticks.map((t) => txt(left - 6, y(t.value) + 4, t.text, { "font-size": 11, "text-anchor": "end", fill: MUTED }));
  const xLabels = input.points.map((p) => txt(xAt(p.x), bottom + 16, p.xText, { "font-size": 11, "text-anchor": "middle", fill: MUTED }));
  const target = input.target
    ? el(
        "g",
        { class: "target" },
        title(input.target.title),
        el("line", { x1: left, y1: y(input.target.value), x2: right, y2: y(input.target.value), stroke: INK, "stroke-width": 1.5, "stroke-dasharray": "7 4" }),
        txt(left + 4, y(input.target.value) - 5, input.target.text, { "font-size": 11, "font-weight": 700, fill: INK, ...HALO }),
      )
    : "";
  const path = input.points.map((p, i) => `${i === 0 ? "M" : "L"}${n(xAt(p.x))} ${n(y(p.value))}`).join("");
  const points = input.points.map((p) =>
    el(
      "g",
      { class: "point" },
      title(p.title),
      el("circle", { cx: xAt(p.x), cy: y(p.value), r: 4.5, fill: "#fff", stroke: "#1f4e79", "stroke-width": 2.5 }),
      txt(xAt(p.x), y(p.value) - 9, p.text, { "font-size": 12, "font-weight": 700, "text-anchor": "middle", fill: INK, ...HALO }),
    ),
  );
  return svg(
    { width, height: bottom + 28, label: input.label, className: "chart line" },
    el("g", { class: "bands" }, ...bands, ...edges),
    el("line", { x1: left, y1: bottom, x2: right, y2: bottom, stroke: MUTED }),
    el("g", { class: "ticks" }, ...ticks, ...xLabels),
    target,
    input.points.length > 1 ? el("path", { d: path, fill: "none", stroke: "#1f4e79", "stroke-width": 2.5 }) : "",
    ...points,
  );
}
