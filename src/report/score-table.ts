import { toFixedHalfUp, toText } from "../core/rational.js";
import type { ScoredAssessment } from "../scoring/report.js";
import type { IndicatorScore } from "../scoring/score.js";
import type { HumanOptions } from "./human.js";
import { table } from "./table.js";
import { LABELS, describeDialect, levelNameText, weightText } from "./labels.js";
import type { Lang } from "./messages.js";
import { terminalSafe } from "./text.js";

/** Human output of `spbe score`: one block per assessment. The findings go to stderr (`renderFindingLines`). */
export function renderScoreTable(assessments: readonly ScoredAssessment[], options: HumanOptions): string {
  if (assessments.length === 0) return `${LABELS[options.lang].noAssessments}\n`;
  return `${assessments.map((a) => assessmentBlock(a, options)).join("\n\n")}\n`;
}

function assessmentBlock(scored: ScoredAssessment, options: HumanOptions): string {
  const { lang, color } = options;
  const L = LABELS[lang];
  const { assessment, score, target } = scored;
  const fw = assessment.framework;
  const lines: string[] = [];
  const meta = [
    `${L.source}: ${terminalSafe(assessment.source)}`,
    assessment.instansi !== null ? `${L.instansi}: ${terminalSafe(assessment.instansi)}` : null,
    assessment.tahun !== null ? `${L.tahun}: ${assessment.tahun}` : null,
    assessment.jenis !== null ? `${L.jenis}: ${terminalSafe(assessment.jenis)}` : null,
  ].filter((p) => p !== null);
  lines.push(color.bold(meta.join(" · ")));
  lines.push(`${L.framework}: ${fw.id} (${fw.regulation})${fw.provisional ? ` — ${color.yellow(L.provisional)}` : ""}`);
  lines.push(`${L.read}: ${describeDialect(scored.dialect, lang)}`);
  for (const c of fw.caveats) lines.push(color.yellow(`${L.caveat}: ${c[lang]}`));
  if (!score) {
    lines.push("", color.red(L.notScored));
    return lines.join("\n");
  }

  const bandLabel = score.band.label ? ` (${score.band.label})` : "";
  lines.push("", color.bold(`${fw.indexName}: ${score.index.display} — ${score.band.predikat}${bandLabel}`));
  if (target) {
    const status = target.reached ? color.green(L.targetReached) : color.yellow(L.targetGap(target.gap.display));
    lines.push(`${L.target} ${target.target.display} (${target.band.predikat}): ${status}`);
  }

  if (score.domains.length > 0) {
    lines.push(
      "",
      color.bold(L.domain),
      table(
        [L.no, L.domain, L.weight, L.index],
        score.domains.map((d) => [d.tier.id, d.tier.name, weightText(d.tier.weight), d.score.display]),
        ["left", "left", "right", "right"],
      ),
    );
  }
  lines.push(
    "",
    color.bold(L.aspect),
    table(
      [L.no, L.aspect, L.weight, L.index, L.shortfall, ""],
      score.aspects.map((a) => {
        const weak = score.weakestAspects.includes(a.tier.id);
        return [a.tier.id, a.tier.name, weightText(a.tier.weight), a.score.display, toFixedHalfUp(a.shortfall, 2), weak ? L.weakMark : ""];
      }),
      ["left", "left", "right", "right", "right", "left"],
    ),
    `${L.weakMark} ${L.weakest}`,
    "",
    color.bold(L.indicator),
    indicatorTable(score.indicators, lang),
  );
  return lines.join("\n");
}

/** The level-name column only where the framework names its levels (Pemdi does not). */
function indicatorTable(indicators: readonly IndicatorScore[], lang: Lang): string {
  const L = LABELS[lang];
  const named = indicators.some((i) => i.levelName !== null);
  const rows = indicators.map((i) => [
    i.indicator.id,
    shortName(i.indicator.name),
    weightText(i.indicator.weight),
    toText(i.value),
    ...(named ? [levelNameText(i.levelName, i.levelNameVerified, lang)] : []),
    toFixedHalfUp(i.shortfall, 2),
  ]);
  return table(
    [L.no, L.indicator, L.weight, L.level, ...(named ? [L.levelName] : []), L.shortfall],
    rows,
    ["left", "left", "right", "right", ...(named ? (["left"] as const) : []), "right"],
  );
}

/** Long indicator names wrap badly in a terminal; the full names are in the other formats. */
function shortName(name: string): string {
  return name.length <= 70 ? name : `${name.slice(0, 69)}…`;
}
