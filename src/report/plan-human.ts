import { PLAN_LABEL as P } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { PlanReport } from "../plan/plan.js";
import { findingsMarkdownSection, markdownTable } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { nowOf, planContent } from "./plan-sections.js";
import { drawTable } from "./table.js";
import { markdownCell, terminalSafe } from "./text.js";

/** `spbe plan` in the terminal; the findings go to stderr. */
export function renderPlanTable(report: PlanReport, { lang, color, width }: RenderOptions): string {
  const t = translator(lang);
  if (!report.plan) return `${[color.red(t(P.notPlanned)), ...nowOf(report, lang).map(terminalSafe)].join("\n")}\n`;
  const p = report.plan;
  const c = planContent(p, lang);
  const [first, ...restMeta] = c.meta.map(terminalSafe);
  const lines = [color.bold(c.title), color.bold(first!), ...restMeta, ""];
  const last = c.summary.length - 1;
  c.summary.forEach((s, i) => {
    const text = terminalSafe(s);
    if (i < last) lines.push(text);
    else lines.push(color.bold(p.reachable === false ? color.red(text) : p.reachable === true ? color.green(text) : text));
  });
  if (c.blockers.length > 0) lines.push("", color.bold(t(P.blockersTitle)), ...c.blockers.map((b) => `- ${terminalSafe(b)}`));
  if (c.raises.length > 0) lines.push("", color.bold(t(P.raisesTitle)));
  for (const s of c.raises) lines.push(s.title, drawTable(s, width));
  lines.push(...c.notes);
  for (const s of c.criteria) lines.push("", color.bold(s.title), drawTable(s, width), s.note ?? "");
  if (c.owners) lines.push("", color.bold(c.owners.title), drawTable(c.owners, width));
  lines.push("", color.bold(t(P.projectionTitle)), c.indexLine);
  for (const s of c.projection) lines.push(s.title, drawTable(s, width));
  lines.push(color.bold(c.total));
  return `${lines.join("\n")}\n`;
}

/** `spbe plan --format markdown`: a document for an issue or a wiki, findings included. */
export function renderPlanMarkdown(report: PlanReport, { lang }: RenderOptions): string {
  const t = translator(lang);
  const lines: string[] = [];
  if (!report.plan) lines.push(`**${t(P.notPlanned)}**`, "", ...nowOf(report, lang).map((n) => `- ${markdownCell(n)}`), "");
  else {
    const c = planContent(report.plan, lang);
    lines.push(`## ${markdownCell(c.title)}`, "", ...c.meta.map((m) => `- ${markdownCell(m)}`), "");
    const last = c.summary.length - 1;
    c.summary.forEach((s, i) => {
      if (i === last) lines.push("", `**${markdownCell(s)}**`);
      else lines.push(`- ${markdownCell(s)}`);
    });
    if (c.blockers.length > 0) lines.push("", `### ${t(P.blockersTitle)}`, "", ...c.blockers.map((b) => `- ${markdownCell(b)}`));
    if (c.raises.length > 0) lines.push("", `### ${t(P.raisesTitle)}`);
    for (const s of c.raises) lines.push("", `#### ${markdownCell(s.title)}`, "", markdownTable(s));
    lines.push("", ...c.notes.map((n) => `_${markdownCell(n)}_`));
    for (const s of c.criteria) lines.push("", `### ${markdownCell(s.title)}`, "", markdownTable(s), "", `_${markdownCell(s.note ?? "")}_`);
    if (c.owners) lines.push("", `### ${markdownCell(c.owners.title)}`, "", markdownTable(c.owners));
    lines.push("", `### ${t(P.projectionTitle)}`, "", `**${markdownCell(c.indexLine)}**`);
    for (const s of c.projection) lines.push("", `#### ${markdownCell(s.title)}`, "", markdownTable(s));
    lines.push("", `**${markdownCell(c.total)}**`, "");
  }
  for (const l of findingsMarkdownSection(report.findings, lang)) lines.push(l);
  return `${lines.join("\n").trimEnd()}\n`;
}
