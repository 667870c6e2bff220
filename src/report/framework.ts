import { toFixedHalfUp, toText } from "../core/rational.js";
import { type Band, type Framework, regulationIndicatorCount } from "../frameworks/types.js";
import type { HumanOptions } from "./human.js";
import { table } from "./table.js";
import { num, SCHEMA_VERSION, stringify } from "./json.js";
import { LABELS, levelNameText } from "./labels.js";
import { markdownTable } from "./markdown.js";
import type { Lang } from "./messages.js";

/** `spbe framework` renderers: the list, and one framework's tiers, weights, bands and level names. */

const W = {
  id: { indicators: "Indikator", years: "Tahun", title: "Judul", status: "Status", bands: "Predikat", levels: "Tingkat", range: "Rentang", notes: "Catatan", sources: "Sumber", levelNames: "Nama tingkat", official: "resmi" },
  en: { indicators: "Indicators", years: "Years", title: "Title", status: "Status", bands: "Predikat", levels: "Levels", range: "Range", notes: "Notes", sources: "Sources", levelNames: "Level names", official: "official" },
};

const yearsText = (f: Framework) => (f.years ? `${f.years.from}–${f.years.to ?? ""}` : "");
const status = (f: Framework, lang: Lang) => (f.provisional ? LABELS[lang].provisional : W[lang].official);

export function frameworkListTable(all: readonly Framework[], { lang }: HumanOptions, markdown: boolean): string {
  const head = ["Id", W[lang].title, W[lang].indicators, W[lang].years, W[lang].status];
  const rows = all.map((f) => [f.id, f.title, String(regulationIndicatorCount(f)), yearsText(f), status(f, lang)]);
  return `${markdown ? markdownTable(head, rows) : table(head, rows)}\n`;
}

export function frameworkListJson(all: readonly Framework[], lang: Lang): string {
  return stringify({
    schemaVersion: SCHEMA_VERSION,
    frameworks: all.map((f) => ({
      id: f.id,
      title: f.title,
      regulation: f.regulation,
      years: f.years,
      provisional: f.provisional,
      indicators: regulationIndicatorCount(f),
      scoredItems: f.indicators.length,
      caveats: f.caveats.map((c) => c[lang]),
    })),
  });
}

/** "≥ 4.20", "3.50 – < 4.20", "< 1.80" */
function bandRange(b: Band, top: boolean): string {
  if (b.min === null) return `< ${toFixedHalfUp(b.max)}`;
  return top ? `${toFixedHalfUp(b.min)} – ${toFixedHalfUp(b.max)}` : `${toFixedHalfUp(b.min)} – < ${toFixedHalfUp(b.max)}`;
}

/** Level-name sets, each listed once with the indicators that use it. */
function levelNameGroups(f: Framework, lang: Lang): { ids: string; names: string }[] {
  const groups = new Map<string, string[]>();
  for (const ind of f.indicators) {
    if (ind.levelNames.size === 0) continue;
    const names = [...ind.levelNames].map(([l, n]) => `${l} ${levelNameText(n, !ind.unverifiedLevelNames.has(l), lang)}`).join(", ");
    groups.set(names, [...(groups.get(names) ?? []), ind.id]);
  }
  return [...groups].map(([names, ids]) => ({ ids: `${ids[0]}–${ids.at(-1)}`, names }));
}

function detailSections(f: Framework, lang: Lang) {
  const L = LABELS[lang];
  const w = W[lang];
  const weight = (r: Framework["indicators"][number]["weight"]) => (toText(r).includes("/") ? `${toText(r)} ≈ ${toFixedHalfUp(r)}` : toText(r));
  return {
    header: [
      `${f.id} — ${f.title}`,
      `${f.regulation} · ${w.years} ${yearsText(f)} · ${status(f, lang)}`,
      `${w.levels}: ${f.levels.min}–${f.levels.max}${f.levels.integerOnly ? "" : lang === "id" ? " (boleh pecahan)" : " (fractions allowed)"}`,
    ],
    caveats: f.caveats.map((c) => `${L.caveat}: ${c[lang]}`),
    domains: { head: [L.no, L.domain, L.weight], rows: f.domains.map((d) => [d.id, d.name, toText(d.weight)]) },
    aspects: { head: [L.no, L.aspect, L.domain, L.weight], rows: f.aspects.map((a) => [a.id, a.name, a.domain ?? "", toText(a.weight)]) },
    indicators: {
      head: [L.no, ...(f.indicators.some((i) => i.code) ? [lang === "id" ? "Kode" : "Code"] : []), L.indicator, L.aspect, L.weight],
      rows: f.indicators.map((i) => [i.id, ...(f.indicators.some((x) => x.code) ? [i.code ?? ""] : []), i.name, i.aspect, weight(i.weight)]),
    },
    // the third column only where bands carry a maturity name (Pemdi: Unggul … Merintis)
    bands: f.bands.some((b) => b.label)
      ? { head: [w.bands, w.range, ""], rows: f.bands.map((b, i) => [b.predikat, bandRange(b, i === 0), b.label ?? ""]) }
      : { head: [w.bands, w.range], rows: f.bands.map((b, i) => [b.predikat, bandRange(b, i === 0)]) },
    levelNames: { head: [L.indicator, w.levelNames], rows: levelNameGroups(f, lang).map((g) => [g.ids, g.names]) },
    notes: f.notes,
    sources: f.sources,
  };
}

export function frameworkDetailTable(f: Framework, { lang, color }: HumanOptions): string {
  const s = detailSections(f, lang);
  const L = LABELS[lang];
  const w = W[lang];
  const out = [color.bold(s.header[0]!), ...s.header.slice(1), ...s.caveats.map((c) => color.yellow(c)), ""];
  if (s.domains.rows.length) out.push(color.bold(L.domain), table(s.domains.head, s.domains.rows), "");
  out.push(color.bold(L.aspect), table(s.aspects.head, s.aspects.rows), "");
  out.push(color.bold(L.indicator), table(s.indicators.head, s.indicators.rows), "");
  out.push(color.bold(w.bands), table(s.bands.head, s.bands.rows), "");
  if (s.levelNames.rows.length) out.push(color.bold(w.levelNames), table(s.levelNames.head, s.levelNames.rows), "");
  if (s.notes.length) out.push(color.bold(w.notes), ...s.notes.map((n) => `- ${n}`), "");
  if (s.sources.length) out.push(color.bold(w.sources), ...s.sources.map((n) => `- ${n}`), "");
  return `${out.join("\n").trimEnd()}\n`;
}

export function frameworkDetailMarkdown(f: Framework, lang: Lang): string {
  const s = detailSections(f, lang);
  const L = LABELS[lang];
  const w = W[lang];
  const out = [`# ${s.header[0]}`, "", ...s.header.slice(1).map((h) => `- ${h}`), ...s.caveats.map((c) => `- **${c}**`), ""];
  if (s.domains.rows.length) out.push(`## ${L.domain}`, "", markdownTable(s.domains.head, s.domains.rows), "");
  out.push(`## ${L.aspect}`, "", markdownTable(s.aspects.head, s.aspects.rows), "");
  out.push(`## ${L.indicator}`, "", markdownTable(s.indicators.head, s.indicators.rows), "");
  out.push(`## ${w.bands}`, "", markdownTable(s.bands.head, s.bands.rows), "");
  if (s.levelNames.rows.length) out.push(`## ${w.levelNames}`, "", markdownTable(s.levelNames.head, s.levelNames.rows), "");
  if (s.notes.length) out.push(`## ${w.notes}`, "", ...s.notes.map((n) => `- ${n}`), "");
  if (s.sources.length) out.push(`## ${w.sources}`, "", ...s.sources.map((n) => `- ${n}`), "");
  return `${out.join("\n").trimEnd()}\n`;
}

export function frameworkDetailJson(f: Framework, lang: Lang): string {
  const levelNames = (i: Framework["indicators"][number]) => Object.fromEntries([...i.levelNames].map(([l, n]) => [String(l), n]));
  return stringify({
    schemaVersion: SCHEMA_VERSION,
    framework: {
      id: f.id,
      title: f.title,
      indexName: f.indexName,
      regulation: f.regulation,
      years: f.years,
      provisional: f.provisional,
      caveats: f.caveats.map((c) => c[lang]),
      notes: f.notes,
      sources: f.sources,
      levels: f.levels,
      bands: f.bands.map((b) => ({ predikat: b.predikat, min: b.min && toText(b.min), max: toText(b.max), label: b.label })),
      domains: f.domains.map((d) => ({ id: d.id, name: d.name, weight: num(d.weight), weightExact: toText(d.weight) })),
      aspects: f.aspects.map((a) => ({ id: a.id, domain: a.domain, name: a.name, weight: num(a.weight), weightExact: toText(a.weight) })),
      indicators: f.indicators.map((i) => ({
        id: i.id,
        code: i.code,
        aspect: i.aspect,
        domain: i.domain,
        name: i.name,
        weight: num(i.weight),
        weightExact: toText(i.weight),
        levelNames: levelNames(i),
        externalSource: i.externalSource,
      })),
    },
  });
}
