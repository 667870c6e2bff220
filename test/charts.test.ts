/**
 * The SVG charts of the HTML reports, for fixed inputs: each is snapshotted as
 * a file (test/__snapshots__/html/*.svg, open one in a browser to see it) and
 * checked for what every chart owes its reader — well-formed markup, role="img"
 * with an aria-label, a <title> on every mark, visible text labels, escaped text.
 * The strip/histogram and line charts serve rank and trend, which come later.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripControls } from "../src/core/control.js";
import {
  type BandSpan,
  bandColors,
  bandScale,
  barChart,
  bins,
  distributionChart,
  inkOn,
  lineChart,
  pairedBarChart,
  radarChart,
  SERIES_COLORS,
  type Tick,
} from "../src/report/html/charts.js";
import { esc, n, wrap } from "../src/report/html/svg.js";

const colors = bandColors(5);
const BANDS: BandSpan[] = [
  { name: "Kurang", from: 1, to: 1.8, color: colors[0]!, title: "Kurang: indeks < 1,80" },
  { name: "Cukup", from: 1.8, to: 2.6, color: colors[1]!, title: "Cukup: 1,80 ≤ indeks < 2,60" },
  { name: "Baik", from: 2.6, to: 3.5, color: colors[2]!, title: "Baik: 2,60 ≤ indeks < 3,50" },
  { name: "Sangat Baik", from: 3.5, to: 4.2, color: colors[3]!, title: "Sangat Baik: 3,50 ≤ indeks < 4,20" },
  { name: "Memuaskan", from: 4.2, to: 5, color: colors[4]!, title: "Memuaskan: 4,20 ≤ indeks ≤ 5,00" },
];
const EDGES: Tick[] = [1, 1.8, 2.6, 3.5, 4.2, 5].map((v) => ({ value: v, text: v.toFixed(2).replace(".", ",") }));
const LEVELS: Tick[] = [0, 1, 2, 3, 4, 5].map((v) => ({ value: v, text: String(v) }));
const GUIDES = EDGES.slice(1, -1);
const ASPECTS = [
  ["1. Kebijakan Internal Tata Kelola SPBE", 3.4],
  ["2. Perencanaan Strategis SPBE", 3.5],
  ["5. Penerapan Manajemen SPBE", 2.875],
  ["7. Layanan Administrasi Pemerintahan Berbasis Elektronik", 4.2],
] as const;
const colorOf = (v: number) => BANDS.find((b) => v >= b.from && v < b.to)?.color ?? colors[4]!;
const shown = (v: number) => (Math.round(v * 100) / 100).toFixed(2).replace(".", ",");

/** Tags balance and nest; attribute values are quoted. A small check, not an XML parser. */
function wellFormed(markup: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>|<[^>]*>/g)) {
    if (m[2] === undefined) {
      problems.push(`malformed tag ${m[0].slice(0, 60)}`);
      continue;
    }
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) problems.push(`</${m[2]}> closes <${open}>`);
    } else if (!m[4]) stack.push(m[2]);
  }
  if (stack.length) problems.push(`unclosed ${stack.join(", ")}`);
  if (/<(?![a-zA-Z/])/.test(markup.replace(/<title>[^<]*<\/title>/g, ""))) problems.push("a bare < in text");
  return problems;
}

/** Every group of the given class carries a <title> (its tooltip and accessible name). */
function marksWithoutTitle(markup: string, cls: string): number {
  const groups = [...markup.matchAll(new RegExp(`<g class="${cls}">(.*?)</g>`, "g"))];
  expect(groups.length, `no <g class="${cls}"> marks`).toBeGreaterThan(0);
  return groups.filter((g) => !g[1]!.includes("<title>")).length;
}

function accessible(markup: string, label: string): void {
  expect(wellFormed(markup)).toEqual([]);
  expect(markup).toMatch(/^<svg [^>]*role="img"/);
  expect(markup).toContain(`aria-label="${esc(label)}"`);
  expect(markup).toMatch(/viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
  expect(markup).not.toMatch(/NaN|undefined|Infinity/);
}

describe("svg primitives", () => {
  it("escapes text and attribute contexts alike, and drops control characters", () => {
    expect(esc(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    expect(esc("a\u001b[31mb\u202ec")).toBe("a[31mbc");
  });

  // esc replaces markup only where there is some, in one pass: the same as the six replacements it
  // was, for every text (one character of each kind at every place)
  it("gives what the replacements give, plain texts untouched", () => {
    const replaced = (s: string) =>
      stripControls(s, "\t\n").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    const char = fc.constantFrom("a", " ", "~", "&", "<", ">", '"', "'", "\t", "\n", "\u001f", "\u007f", "\u00a0", "é", "\u202e", "\ud83d");
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 6 }).map((c) => c.join("")),
        fc.string(),
        (s, t) => {
          expect(esc(s)).toBe(replaced(s));
          expect(esc(t)).toBe(replaced(t));
        },
      ),
      { numRuns: 2000 },
    );
    expect(esc(12.5)).toBe("12.5");
  });

  it("writes coordinates with at most two decimals and no -0", () => {
    expect([n(1 / 3), n(-0.001), n(2), n(120.005)]).toEqual(["0.33", "0", "2", "120.01"]);
  });

  it("wraps labels at spaces, and cuts the last line with … past the line limit", () => {
    expect(wrap("Layanan Administrasi Pemerintahan Berbasis Elektronik", 20)).toEqual(["Layanan Administrasi", "Pemerintahan", "Berbasis Elektronik"]);
    expect(wrap("satu dua tiga empat lima", 9, 2)).toEqual(["satu dua", "tiga…"]);
    expect(wrap("Supercalifragilistic", 5)).toEqual(["Supercalifragilistic"]);
  });
});

describe("colours", () => {
  it("runs from red (the lowest band) to green (the highest), and picks readable text on each", () => {
    expect(bandColors(5)).toEqual(["#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"]);
    expect(bandColors(3)).toEqual(["#c62828", "#f9a825", "#2e7d32"]);
    expect(inkOn("#c62828")).toBe("#ffffff");
    expect(inkOn("#f9a825")).not.toBe("#ffffff");
  });
});

describe("charts, for fixed inputs", () => {
  it("band scale: the bands Kurang → Memuaskan, their edges, the index marked", async () => {
    const svg = bandScale({
      label: "Skala predikat",
      bands: BANDS,
      edges: EDGES,
      marks: [{ value: 3.64, text: "3,64", title: "Indeks SPBE: 3,64 (Sangat Baik)" }],
    });
    accessible(svg, "Skala predikat");
    expect(marksWithoutTitle(svg, "band")).toBe(0);
    expect(marksWithoutTitle(svg, "mark")).toBe(0);
    for (const b of BANDS) expect(svg).toContain(`<title>${esc(b.title)}</title>`);
    for (const e of EDGES) expect(svg).toContain(`>${e.text}</text>`);
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/band-scale.svg");
  });

  it("band scale: two close marks are stacked, not drawn over each other", async () => {
    const svg = bandScale({
      label: "a dan b",
      bands: BANDS,
      edges: EDGES,
      marks: [
        { value: 3.64, text: "mandiri 3,64", title: "mandiri" },
        { value: 3.08, text: "evaluasi 3,08", title: "evaluasi" },
      ],
    });
    accessible(svg, "a dan b");
    const ys = [...svg.matchAll(/<g class="mark"><title>[^<]*<\/title><text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(ys[0]).not.toBe(ys[1]);
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/band-scale-two-marks.svg");
  });

  it("horizontal bars: a bar per aspect in its band's colour, the value and ▼ printed, band edges dashed", async () => {
    const svg = barChart({
      label: "Indeks per aspek",
      orientation: "horizontal",
      bars: ASPECTS.map(([label, v], i) => ({
        label,
        value: v,
        text: shown(v),
        title: `${label}: ${shown(v)}`,
        color: colorOf(v),
        ...(i === 2 ? { flag: "▼" } : {}),
      })),
      range: { min: 0, max: 5 },
      ticks: LEVELS,
      guides: GUIDES,
    });
    accessible(svg, "Indeks per aspek");
    expect(marksWithoutTitle(svg, "bar")).toBe(0);
    expect(svg).toContain(">2,88 ▼</text>");
    expect(svg).toContain(`fill="${colorOf(2.875)}"`);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(GUIDES.length);
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/bars-horizontal.svg");
  });

  it("horizontal bars: a tick label wider than the margin (plan's '0,00' points) moves inside the chart", () => {
    const svg = barChart({
      label: "Poin indeks per penanggung jawab",
      orientation: "horizontal",
      bars: [{ label: "Diskominfo", value: 0.06, text: "+0,06", title: "Diskominfo: +0,06", color: SERIES_COLORS[1] }],
      range: { min: 0, max: 0.06 },
      ticks: [0, 0.02, 0.04, 0.06].map((v) => ({ value: v, text: v.toFixed(2).replace(".", ",") })),
    });
    const width = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    const labels = [...svg.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="middle"[^>]*>(\d,\d\d)<\/text>/g)];
    expect(labels.map((m) => m[2])).toEqual(["0,00", "0,02", "0,04", "0,06"]);
    for (const [, x, text] of labels) {
      const half = (text!.length * 12 * 0.6) / 2;
      expect(Number(x) - half, text).toBeGreaterThanOrEqual(0);
      expect(Number(x) + half, text).toBeLessThanOrEqual(width);
    }
  });

  it("vertical bars: columns with wrapped labels below and values above", async () => {
    const svg = barChart({
      label: "Indeks per aspek (kolom)",
      orientation: "vertical",
      bars: ASPECTS.map(([label, v]) => ({ label, value: v, text: shown(v), title: label, color: colorOf(v) })),
      range: { min: 0, max: 5 },
      ticks: LEVELS,
      guides: GUIDES,
      legend: BANDS.map((b) => ({ name: b.name, color: b.color })),
    });
    accessible(svg, "Indeks per aspek (kolom)");
    expect(marksWithoutTitle(svg, "bar")).toBe(0);
    expect(svg).toContain("<tspan");
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/bars-vertical.svg");
  });

  it("paired bars: a above b per aspect, in the two series colours, with a legend", async () => {
    const b = [2.8, 2.75, 2.375, 3.6];
    const svg = pairedBarChart({
      label: "mandiri dan evaluasi",
      series: [
        { name: "mandiri", color: SERIES_COLORS[0] },
        { name: "evaluasi", color: SERIES_COLORS[1] },
      ],
      groups: ASPECTS.map(([label, v], i) => ({
        label,
        values: [
          { value: v, text: shown(v), title: `${label} — mandiri: ${shown(v)}` },
          { value: b[i]!, text: shown(b[i]!), title: `${label} — evaluasi: ${shown(b[i]!)}` },
        ],
      })),
      range: { min: 0, max: 5 },
      ticks: LEVELS,
      guides: GUIDES,
    });
    accessible(svg, "mandiri dan evaluasi");
    expect(marksWithoutTitle(svg, "bar")).toBe(0);
    expect(svg.match(/<g class="bar">/g)).toHaveLength(8);
    expect(svg).toContain(`fill="${SERIES_COLORS[1]}"`);
    expect(svg).toContain(">evaluasi</text>");
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/bars-paired.svg");
  });

  it("radar: an axis per domain with its name and value, a ring per level, a titled point per value", async () => {
    const domains = [
      ["Kebijakan Internal SPBE", 3.4],
      ["Tata Kelola SPBE", 3.5],
      ["Manajemen SPBE", 2.727],
      ["Layanan SPBE", 4.12],
    ] as const;
    const svg = radarChart({
      label: "Radar domain",
      axes: domains.map(([name]) => name),
      series: [
        { name: "Indeks SPBE", color: SERIES_COLORS[0], points: domains.map(([name, v]) => ({ value: v, text: shown(v), title: `${name}: ${shown(v)}` })) },
      ],
      range: { min: 0, max: 5 },
      rings: LEVELS.slice(1),
    });
    accessible(svg, "Radar domain");
    expect(svg.match(/<circle [^>]*><title>/g)).toHaveLength(4);
    expect(svg.match(/<g class="ring">/g)).toHaveLength(5);
    expect(svg).toContain(">2,73</tspan>");
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/radar.svg");
  });

  it("radar: seven long aspect names stay inside the chart; two series get a legend", async () => {
    const names = [
      "Tata Kelola dan Manajemen",
      "Penyelenggara",
      "Data",
      "Keamanan Pemerintah Digital",
      "Teknologi Pemerintah Digital",
      "Keterpaduan Layanan Digital Pemerintah",
      "Kepuasan Pengguna Layanan Digital Pemerintah",
    ];
    const width = 440;
    const svg = radarChart({
      label: "Radar aspek",
      axes: names,
      series: [
        { name: "a", color: SERIES_COLORS[0], points: names.map((_, i) => ({ value: 2 + i / 3, text: shown(2 + i / 3), title: `a ${i}` })) },
        { name: "b", color: SERIES_COLORS[1], points: names.map((_, i) => ({ value: 3 - i / 4, text: shown(3 - i / 4), title: `b ${i}` })) },
      ],
      range: { min: 0, max: 5 },
      rings: LEVELS.slice(1),
      width,
    });
    accessible(svg, "Radar aspek");
    expect(svg.match(/<circle [^>]*><title>/g)).toHaveLength(14);
    // every label line, by its anchor, lies within the viewBox (at the page's widest font, 0.6 em a character)
    for (const m of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)" text-anchor="(start|end|middle)"[^>]*><title>[^<]*<\/title>(.*?)<\/text>/g)) {
      const x = Number(m[1]);
      const fs = Number(m[2]);
      for (const line of [...m[4]!.matchAll(/>([^<]+)<\/tspan>/g)].map((l) => l[1]!)) {
        const w = line.length * fs * 0.6;
        const [from, to] = m[3] === "start" ? [x, x + w] : m[3] === "end" ? [x - w, x] : [x - w / 2, x + w / 2];
        expect(from, line).toBeGreaterThanOrEqual(0);
        expect(to, line).toBeLessThanOrEqual(width);
      }
    }
    expect(svg).toContain('class="legend"');
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/radar-seven-two-series.svg");
  });

  it("radar: short axis labels (numbers) print instead of the names, which stay in the tooltips", () => {
    const names = ["Tata Kelola dan Manajemen", "Penyelenggara", "Data", "Keamanan", "Teknologi", "Keterpaduan", "Kepuasan Pengguna"];
    const svg = radarChart({
      label: "Radar bernomor",
      axes: names,
      axisLabels: names.map((_, i) => String(i + 1)),
      series: [{ name: "Indeks", color: SERIES_COLORS[0], points: names.map((n, i) => ({ value: 1 + i / 2, text: shown(1 + i / 2), title: n })) }],
      range: { min: 0, max: 5 },
      rings: LEVELS.slice(1),
    });
    accessible(svg, "Radar bernomor");
    expect(svg).toContain("<title>Kepuasan Pengguna</title><tspan");
    expect(svg).toMatch(/<tspan x="[\d.]+" dy="0">7<\/tspan>/);
    expect(svg).not.toMatch(/<tspan[^>]*>Kepuasan/);
  });

  it("bins: [from, to) per bin, the last closed, values outside left out", () => {
    expect(bins([1, 1.24, 1.25, 4.99, 5, 5.5, 0.5], { min: 1, max: 5 }, 0.25).map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(bins([], { min: 0, max: 1 }, 0.3)).toHaveLength(4);
  });

  const GROUP = [1.62, 1.95, 2.1, 2.31, 2.34, 2.48, 2.6, 2.61, 2.75, 2.9, 3.08, 3.12, 3.3, 3.47, 3.55, 3.8, 4.25].map((v, i) => ({
    value: v,
    title: `Kab. ${i + 1}: ${shown(v)}`,
  }));

  it("histogram: counts per bin over the band backgrounds, the user's position marked", async () => {
    const svg = distributionChart({
      label: "Sebaran indeks",
      kind: "histogram",
      values: GROUP,
      range: { min: 1, max: 5 },
      ticks: EDGES,
      bands: BANDS,
      marks: [{ value: 3.08, text: "Kab. Contoh 3,08", title: "Kab. Contoh: 3,08 (Baik)" }],
      binWidth: 0.5,
      binTitle: (from, to, count) => `${shown(from)}–${shown(to)}: ${count} instansi`,
    });
    accessible(svg, "Sebaran indeks");
    expect(marksWithoutTitle(svg, "bin")).toBe(0);
    expect(marksWithoutTitle(svg, "band")).toBe(0);
    expect(marksWithoutTitle(svg, "mark")).toBe(0);
    expect(svg).toContain("<title>3,00–3,50: 4 instansi</title>");
    expect(svg).toContain(">Kab. Contoh 3,08</text>");
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/histogram.svg");
  });

  it("a mark or legend name wider than the chart is cut in its middle with … and stays inside; its title keeps it whole", () => {
    const file = "penilaian/penilaian-mandiri-kabupaten-kepulauan-siau-tagulandang-biaro-2024-final.csv";
    // every mark label, bold and centred, lies within the viewBox (at 0.68 em a bold character)
    const inside = (svg: string, width: number) => {
      for (const m of svg.matchAll(/<text x="(-?[\d.]+)" y="[\d.]+" font-size="([\d.]+)" font-weight="700" text-anchor="middle"[^>]*>([^<]+)<\/text>/g)) {
        const w = m[3]!.length * Number(m[2]) * 0.68;
        expect(Number(m[1]) - w / 2, m[3]).toBeGreaterThanOrEqual(0);
        expect(Number(m[1]) + w / 2, m[3]).toBeLessThanOrEqual(width);
      }
    };
    const scale = bandScale({ label: "a dan b", bands: BANDS, edges: EDGES, marks: [{ value: 1, text: `${file} 1,00`, title: file }] });
    inside(scale, 400);
    expect(scale).toMatch(/>penilaian\/penilaian[^<]*…[^<]*final\.csv 1,00<\/text>/);
    expect(scale).toContain(`<title>${file}</title>`);
    const histogram = distributionChart({
      label: "Sebaran",
      kind: "histogram",
      values: GROUP,
      range: { min: 1, max: 5 },
      ticks: EDGES,
      bands: BANDS,
      marks: [{ value: 1.2, text: "Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro", title: "Kab. Sitaro" }],
    });
    inside(histogram, 480);
    expect(histogram).toMatch(/>Pemerintah Kabupaten[^<]*…[^<]*Biaro<\/text>/);
    const paired = pairedBarChart({
      label: "a dan b",
      series: [
        { name: file, color: SERIES_COLORS[0] },
        { name: file.replace("mandiri", "evaluasi"), color: SERIES_COLORS[1] },
      ],
      groups: [
        {
          label: "Aspek",
          values: [
            { value: 1, text: "1,00", title: "a" },
            { value: 3, text: "3,00", title: "b" },
          ],
        },
      ],
      range: { min: 0, max: 5 },
      ticks: LEVELS,
    });
    for (const m of paired.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="12"[^>]*>([^<]+)<\/text>/g)) {
      expect(Number(m[1]) + m[2]!.length * 12 * 0.6, m[2]).toBeLessThanOrEqual(440);
    }
    expect(paired).toContain(`<title>${file}</title>`);
  });

  it("strip: one titled dot per value, stacked where they meet", async () => {
    const svg = distributionChart({
      label: "Sebaran (titik)",
      kind: "strip",
      values: GROUP,
      range: { min: 1, max: 5 },
      ticks: EDGES,
      bands: BANDS,
      marks: [
        { value: 3.08, text: "Kab. Contoh", title: "Kab. Contoh: 3,08" },
        { value: 3.12, text: "Kota Contoh", title: "Kota Contoh: 3,12" },
      ],
    });
    accessible(svg, "Sebaran (titik)");
    expect(svg.match(/<circle [^>]*><title>/g)).toHaveLength(GROUP.length);
    const cys = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => `${m[1]},${m[2]}`);
    expect(new Set(cys).size).toBe(cys.length);
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/strip.svg");
  });

  it("line: the index per year over the band stripes, with the target line", async () => {
    const years = [
      [2019, 2.05],
      [2021, 2.47],
      [2022, 2.61],
      [2023, 2.98],
      [2024, 3.08],
    ] as const;
    const svg = lineChart({
      label: "Indeks per tahun",
      points: years.map(([y, v]) => ({ x: y, xText: String(y), value: v, text: shown(v), title: `${y}: ${shown(v)}` })),
      range: { min: 1, max: 5 },
      ticks: EDGES,
      bands: BANDS,
      target: { value: 3.5, text: "Target 3,50", title: "Target RPJMD: 3,50 (Sangat Baik)" },
    });
    accessible(svg, "Indeks per tahun");
    expect(marksWithoutTitle(svg, "point")).toBe(0);
    expect(marksWithoutTitle(svg, "band")).toBe(0);
    expect(svg).toContain('<g class="target"><title>Target RPJMD: 3,50 (Sangat Baik)</title>');
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}"/);
    await expect(svg).toMatchFileSnapshot("__snapshots__/html/line.svg");
  });

  it("line: years read against other bands (a crossing into Pemdi) are drawn over their own, from halfway between the years", () => {
    const pemdi: BandSpan[] = BANDS.map((b, i) => ({ ...b, from: [1, 1.5, 2.5, 3.5, 4][i]!, to: [1.5, 2.5, 3.5, 4, 5][i]!, title: `${b.name} (Pemdi)` }));
    const svg = lineChart({
      label: "melintasi kerangka",
      points: [
        { x: 2024, xText: "2024", value: 3.6, text: "3,60", title: "2024: 3,60 (Sangat Baik)", bands: BANDS },
        { x: 2026, xText: "2026", value: 4.1, text: "4,10", title: "2026: 4,10 (Memuaskan)", bands: pemdi },
      ],
      range: { min: 0, max: 5 },
      ticks: LEVELS,
      bands: pemdi,
    });
    accessible(svg, "melintasi kerangka");
    const stripe = (name: string) =>
      [...svg.matchAll(new RegExp(`<title>${name}</title><rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`, "g"))].map((m) =>
        m.slice(1).map(Number),
      );
    const [[x0, , w0]] = stripe("Memuaskan: 4,20 ≤ indeks ≤ 5,00") as [number[]];
    const [[x1, y1, w1, h1]] = stripe("Memuaskan \\(Pemdi\\)") as [number[]];
    // SPBE's stripes end where Pemdi's begin, halfway between the two years; the 2026 point lies in Pemdi's Memuaskan
    expect(x0! + w0!).toBeCloseTo(x1!);
    const point = /<title>2026: 4,10 \(Memuaskan\)<\/title><circle cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)!;
    expect(Number(point[1])).toBeGreaterThan(x1!);
    expect(Number(point[1])).toBeLessThan(x1! + w1!);
    expect(Number(point[2])).toBeGreaterThan(y1!);
    expect(Number(point[2])).toBeLessThan(y1! + h1!);
    // only the latest year's bands are named on the right
    expect(svg.match(/>Memuaskan<\/text>/g)).toHaveLength(1);
  });

  it("line: a single year is one point, no line", () => {
    const svg = lineChart({
      label: "satu tahun",
      points: [{ x: 2024, xText: "2024", value: 3.08, text: "3,08", title: "2024: 3,08" }],
      range: { min: 1, max: 5 },
      ticks: EDGES,
      bands: BANDS,
    });
    accessible(svg, "satu tahun");
    expect(svg).not.toContain("<path d=");
    expect(svg.match(/<g class="point">/g)).toHaveLength(1);
  });

  it("escapes every text it is given: labels, titles and the aria-label", () => {
    const evil = `<script>alert(1)</script>" onload="x`;
    const svg = barChart({
      label: evil,
      orientation: "horizontal",
      bars: [{ label: evil, value: 2, text: evil, title: evil, color: colors[1]! }],
      range: { min: 0, max: 5 },
      ticks: LEVELS,
    });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain('" onload="');
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x");
    expect(wellFormed(svg)).toEqual([]);
  });
});
