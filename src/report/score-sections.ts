import { toFixedHalfUp, toText } from "../core/rational.js";
import { LABEL } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { Score } from "../scoring/score.js";
import { levelNameText, weightText } from "./labels.js";
import { column, type Section } from "./layout.js";

/**
 * The domain, aspect and indicator tables of one scored assessment, built once
 * for the table, Markdown and HTML renderers. The level-name column appears only
 * where the framework names its levels (Pemdi does not).
 */
export function scoreSections(score: Score, lang: Lang): Section[] {
  const t = translator(lang);
  const sections: Section[] = [];
  if (score.domains.length > 0) {
    sections.push({
      title: t(LABEL.domain),
      columns: [column(t(LABEL.no), "key"), column(t(LABEL.domain), "name"), column(t(LABEL.weight), "number"), column(t(LABEL.index), "number")],
      rows: score.domains.map((d) => [d.tier.id, d.tier.name, weightText(d.tier.weight), d.score.display]),
    });
  }
  sections.push({
    title: t(LABEL.aspect),
    columns: [
      column(t(LABEL.no), "key"),
      column(t(LABEL.aspect), "name"),
      column(t(LABEL.weight), "number"),
      column(t(LABEL.index), "number"),
      column(t(LABEL.shortfall), "number"),
      // the ▼ mark: one character that says the most, kept when labels are dropped
      column("", "key"),
    ],
    rows: score.aspects.map((a) => [
      a.tier.id,
      a.tier.name,
      weightText(a.tier.weight),
      a.score.display,
      toFixedHalfUp(a.shortfall, 2),
      score.weakestAspects.includes(a.tier.id) ? t(LABEL.weakMark) : "",
    ]),
    // "three" only where three aspects lose anything (all at 5 but one indicator: one)
    note: `${t(LABEL.weakMark)} ${t(score.weakestAspects.length < 3 ? LABEL.weakestFew : LABEL.weakest)}`,
  });
  const named = score.indicators.some((i) => i.levelName !== null);
  // Pemdi: the codes users type (1.1–7.2) beside the numbers the findings use
  const coded = score.indicators.some((i) => i.indicator.code !== null);
  sections.push({
    title: t(LABEL.indicator),
    columns: [
      column(t(LABEL.no), "key"),
      ...(coded ? [column(t(LABEL.code), "key")] : []),
      column(t(LABEL.indicator), "name"),
      column(t(LABEL.weight), "number"),
      column(t(LABEL.level), "number"),
      ...(named ? [column(t(LABEL.levelName), "label")] : []),
      column(t(LABEL.shortfall), "number"),
    ],
    rows: score.indicators.map((i) => [
      i.indicator.id,
      ...(coded ? [i.indicator.code ?? ""] : []),
      i.indicator.name,
      weightText(i.indicator.weight),
      toText(i.value),
      ...(named ? [levelNameText(i.levelName, i.levelNameVerified, lang)] : []),
      toFixedHalfUp(i.shortfall, 2),
    ]),
  });
  return sections;
}
