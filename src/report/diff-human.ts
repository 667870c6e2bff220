import type { Diff, DiffResult, IndicatorDelta } from "../compare/diff.js";
import { toText } from "../core/rational.js";
import { DIFF_LABELS } from "./diff-labels.js";
import type { HumanOptions } from "./human.js";
import { table } from "./table.js";
import { LABELS, weightText } from "./labels.js";
import { markdownTable } from "./markdown.js";
import type { Lang } from "./messages.js";
import { markdownCell, terminalSafe } from "./text.js";

/** "+0.56", "-0.12", "0.00": the sign always shown on a difference. */
export const signed = (display: string): string => (display.startsWith("-") || display === "0.00" || display === "0" ? display : `+${display}`);

/** The indicators worth listing: those that differ, cut to --top. */
export function listedIndicators(diff: Diff, top: number | undefined): { rows: readonly IndicatorDelta[]; differing: number } {
  const differing = diff.indicators.filter((i) => i.delta.n !== 0n);
  return { rows: top === undefined ? differing : differing.slice(0, top), differing: differing.length };
}

interface Section {
  readonly title: string;
  readonly head: string[];
  readonly rows: string[][];
  readonly align: ("left" | "right")[];
}

/** The content of the human report, shared by the table and Markdown renderers. */
function sections(result: DiffResult, lang: Lang, top: number | undefined) {
  const L = LABELS[lang];
  const D = DIFF_LABELS[lang];
  const { a, b } = result;
  const d = result.diff!;
  const summary = [
    `${terminalSafe(a.label)}: ${d.a.index.display} ${d.a.band.predikat} · ${terminalSafe(b.label)}: ${d.b.index.display} ${d.b.band.predikat}`,
    `${D.delta}: ${signed(d.index.display)} (${d.predikatChanged ? D.predikatChanged : D.predikatSame})`,
    D.counts(d.counts.higher, d.counts.lower, d.counts.equal, terminalSafe(a.label), terminalSafe(b.label)),
    `${D.mean}: ${d.meanAbsoluteDelta.display} ${D.levels}`,
  ];
  const tier = (title: string, tiers: Diff["aspects"] | Diff["domains"]): Section => ({
    title,
    head: [L.no, title, L.weight, a.label, b.label, D.delta],
    rows: tiers.map((t) => [t.tier.id, t.tier.name, weightText(t.tier.weight), t.a.display, t.b.display, signed(t.delta.display)]),
    align: ["left", "left", "right", "right", "right", "right"],
  });
  const listed = listedIndicators(d, top);
  const out: Section[] = [];
  if (d.domains.length) out.push(tier(L.domain, d.domains));
  out.push(tier(L.aspect, d.aspects));
  if (listed.rows.length > 0) out.push({
    title: L.indicator,
    head: [L.no, L.indicator, L.weight, a.label, b.label, D.delta, D.impact],
    rows: listed.rows.map((i) => [
      i.indicator.id,
      i.indicator.name.length > 60 ? `${i.indicator.name.slice(0, 59)}…` : i.indicator.name,
      weightText(i.indicator.weight),
      toText(i.a),
      toText(i.b),
      signed(toText(i.delta)),
      signed(i.impact.display),
    ]),
    align: ["left", "left", "right", "right", "right", "right", "right"],
  });
  const notes: string[] = [D.impactNote];
  if (listed.differing === 0) notes.unshift(D.noDifference);
  else if (listed.rows.length < listed.differing) notes.unshift(D.topNote(listed.rows.length, listed.differing));
  return { summary, sections: out, notes };
}

export function renderDiffTable(result: DiffResult | null, { lang, color }: HumanOptions, top?: number): string {
  const D = DIFF_LABELS[lang];
  if (!result?.diff) return `${color.red(D.notCompared)}\n`;
  const { summary, sections: parts, notes } = sections(result, lang, top);
  const fw = result.diff.framework;
  const lines = [color.bold(`${D.title} ${fw.indexName} (${fw.id})`), ...fw.caveats.map((c) => color.yellow(c[lang])), ...summary];
  for (const s of parts) lines.push("", color.bold(s.title), table(s.head, s.rows, s.align));
  lines.push(...notes);
  return `${lines.join("\n")}\n`;
}

export function renderDiffMarkdown(result: DiffResult | null, lang: Lang, top?: number): string {
  const D = DIFF_LABELS[lang];
  if (!result?.diff) return `**${D.notCompared}**\n`;
  const { summary, sections: parts, notes } = sections(result, lang, top);
  const fw = result.diff.framework;
  const lines = [`## ${D.title} ${fw.indexName} (${fw.id})`, "", ...fw.caveats.map((c) => `> ${c[lang]}`), ...summary.map((s) => `- ${markdownCell(s)}`)];
  for (const s of parts) lines.push("", `### ${s.title}`, "", markdownTable(s.head, s.rows, s.align));
  lines.push("", ...notes.map((n) => `_${markdownCell(n)}_`));
  return `${lines.join("\n")}\n`;
}
