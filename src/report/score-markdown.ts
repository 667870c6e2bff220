import { toFixedHalfUp, toText } from "../core/rational.js";
import type { Lang } from "./messages.js";
import type { ScoreReport } from "../scoring/report.js";
import { LABELS, describeDialect, levelNameText, weightText } from "./labels.js";
import { findingsMarkdownTable, markdownTable } from "./markdown.js";
import { markdownCell } from "./text.js";

/** `spbe score --format markdown`: for a wiki page, an issue or a GitHub step summary. */
export function renderScoreMarkdown(report: ScoreReport, lang: Lang): string {
  const L = LABELS[lang];
  const out: string[] = [];
  for (const { assessment: a, score, target, dialect } of report.assessments) {
    const title = [a.instansi, a.tahun, a.jenis].filter((p) => p !== null).join(" · ") || a.source;
    out.push(`## ${markdownCell(String(title))}`, "");
    out.push(`- ${L.source}: ${markdownCell(a.source)}`);
    out.push(`- ${L.framework}: ${a.framework.id} (${a.framework.regulation})${a.framework.provisional ? ` — **${L.provisional}**` : ""}`);
    out.push(`- ${L.read}: ${describeDialect(dialect, lang)}`);
    for (const c of a.framework.caveats) out.push(`- ${L.caveat}: ${c[lang]}`);
    out.push("");
    if (!score) {
      out.push(`**${L.notScored}**`, "");
      continue;
    }
    const label = score.band.label ? ` (${score.band.label})` : "";
    out.push(`**${a.framework.indexName}: ${score.index.display} — ${score.band.predikat}${label}**`, "");
    if (target) {
      out.push(`${L.target} ${target.target.display} (${target.band.predikat}): ${target.reached ? L.targetReached : L.targetGap(target.gap.display)}`, "");
    }
    if (score.domains.length > 0) {
      out.push(
        `### ${L.domain}`,
        "",
        markdownTable(
          [L.no, L.domain, L.weight, L.index],
          score.domains.map((d) => [d.tier.id, d.tier.name, weightText(d.tier.weight), d.score.display]),
          ["left", "left", "right", "right"],
        ),
        "",
      );
    }
    out.push(
      `### ${L.aspect}`,
      "",
      markdownTable(
        [L.no, L.aspect, L.weight, L.index, L.shortfall, ""],
        score.aspects.map((s) => [
          s.tier.id,
          s.tier.name,
          weightText(s.tier.weight),
          s.score.display,
          toFixedHalfUp(s.shortfall, 2),
          score.weakestAspects.includes(s.tier.id) ? L.weakMark : "",
        ]),
        ["left", "left", "right", "right", "right", "left"],
      ),
      "",
      `${L.weakMark} ${L.weakest}`,
      "",
      `### ${L.indicator}`,
      "",
      markdownTable(
        [L.no, L.indicator, L.weight, L.level, L.levelName],
        score.indicators.map((i) => [i.indicator.id, i.indicator.name, weightText(i.indicator.weight), toText(i.value), levelNameText(i.levelName, i.levelNameVerified, lang)]),
        ["left", "left", "right", "right", "left"],
      ),
      "",
    );
  }
  if (report.findings.length > 0) {
    out.push(`## ${L.findings}`, "");
    out.push(findingsMarkdownTable(report.findings, lang), "");
  }
  return out.join("\n");
}
