import type { DiffReport } from "../compare/diff.js";
import { toDecimal } from "../core/rational.js";
import { DIFF_LABEL as D } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import { diffSections, sideAloneCautions, sideAloneLine, sidesAlone, signed, unlikeBanners } from "./diff-sections.js";
import { findingsMarkdownSection, markdownTable } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { basisNote, indexTitle, predikatName } from "./predikat-text.js";
import { drawTable } from "./table.js";
import { markdownCell, terminalSafe } from "./text.js";

/** The content of the human report, shared by the table and Markdown renderers. */
function content(report: DiffReport, lang: Lang) {
  const t = translator(lang);
  const { a, b } = report.result!;
  const d = report.result!.diff!;
  // whose assessments are compared: instansi and tahun of both sides (the file where a side names neither)
  const who = (s: typeof a) => [s.assessment.instansi, s.assessment.tahun].filter((p) => p !== null).join(" · ") || s.assessment.source;
  // the lines to the difference, then (`after`) what it is made of; a diff/unlike banner goes between
  const summary = [
    `${terminalSafe(a.label)}: ${terminalSafe(who(a))} · ${terminalSafe(b.label)}: ${terminalSafe(who(b))}`,
    `${terminalSafe(a.label)}: ${d.a.index.display} ${predikatName(d.a, lang)} · ${terminalSafe(b.label)}: ${d.b.index.display} ${predikatName(d.b, lang)}`,
    `${t(D.delta)}: ${signed(d.index.display)} (${t(d.predikatChanged ? D.predikatChanged : D.predikatSame)})`,
  ];
  const after = [
    t(D.counts, { higher: d.counts.higher, lower: d.counts.lower, equal: d.counts.equal, a: terminalSafe(a.label), b: terminalSafe(b.label) }),
    t(D.mean, { mean: d.meanAbsoluteDelta.display }),
  ];
  // where a side's exact and displayed index fall in different bands, say which was used
  // (after the index line, side a's before side b's)
  let at = 2;
  for (const [side, score] of [
    [a, d.a],
    [b, d.b],
  ] as const) {
    const note = basisNote(score, lang);
    if (note) summary.splice(at++, 0, `${terminalSafe(side.label)}: ${note}`);
  }
  const { sections, listed } = diffSections(report, lang);
  const notes: string[] = [t(D.impactNote, { total: toDecimal(d.framework.totalWeight) })];
  if (listed.differing === 0) notes.unshift(t(D.noDifference));
  else if (listed.rows.length < listed.differing) notes.unshift(t(D.topNote, { shown: listed.rows.length, total: listed.differing }));
  return {
    title: t(D.title, { index: indexTitle(d.framework, lang), framework: d.framework.id }),
    summary,
    banners: unlikeBanners(report, lang),
    after,
    sections,
    notes,
  };
}

/** `spbe diff` in the terminal; the findings go to stderr. */
export function renderDiffTable(report: DiffReport, { lang, color, width }: RenderOptions): string {
  if (!report.result?.diff) {
    const lines = [color.red(translator(lang)(D.notCompared))];
    // a valid side keeps its own index; none when the sides could not even be formed
    if (report.result) {
      const sides = sidesAlone(report.result);
      lines.push(...sides.map((s) => terminalSafe(sideAloneLine(s, lang))), ...sideAloneCautions(sides, lang).map((c) => color.yellow(terminalSafe(c))));
    }
    return `${lines.join("\n")}\n`;
  }
  const c = content(report, lang);
  const fw = report.result.diff.framework;
  const banners = c.banners.map((x) => (x.severity === "error" ? color.red : color.yellow)(`${x.label} ${terminalSafe(x.message)}`));
  const lines = [color.bold(c.title), ...fw.caveats.map((x) => color.yellow(x[lang])), ...c.summary, ...banners, ...c.after];
  for (const s of c.sections) lines.push("", color.bold(s.title), drawTable(s, width));
  lines.push(...c.notes);
  return `${lines.join("\n")}\n`;
}

/** `spbe diff --format markdown`: a document, findings included. */
export function renderDiffMarkdown(report: DiffReport, { lang }: RenderOptions): string {
  const lines: string[] = [];
  if (!report.result?.diff) {
    lines.push(`**${translator(lang)(D.notCompared)}**`, "");
    if (report.result) {
      const sides = sidesAlone(report.result);
      lines.push(...sides.map((s) => `- ${markdownCell(sideAloneLine(s, lang))}`), "");
      for (const c of sideAloneCautions(sides, lang)) lines.push(`> ${markdownCell(c)}`, "");
    }
  } else {
    const c = content(report, lang);
    const fw = report.result.diff.framework;
    lines.push(
      `## ${markdownCell(c.title)}`,
      "",
      ...fw.caveats.map((x) => `> ${markdownCell(x[lang])}`),
      ...c.summary.map((s) => `- ${markdownCell(s)}`),
      ...c.banners.map((x) => `- **${x.label}** ${markdownCell(x.message)}`),
      ...c.after.map((s) => `- ${markdownCell(s)}`),
    );
    for (const s of c.sections) lines.push("", `### ${s.title}`, "", markdownTable(s));
    lines.push("", ...c.notes.map((n) => `_${markdownCell(n)}_`), "");
  }
  for (const l of findingsMarkdownSection(report.findings, lang)) lines.push(l);
  return `${lines.join("\n").trimEnd()}\n`;
}
