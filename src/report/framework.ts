import { toDecimalAtLeastTwo, toFixedHalfUp, toText } from "../core/rational.js";
import { isBundled } from "../frameworks/builtin.js";
import { type Band, type Framework, regulationIndicatorCount } from "../frameworks/types.js";
import { FRAMEWORK_LABEL as F, LABEL } from "../messages/labels.js";
import { PREDIKAT_LABEL as P } from "../messages/predikat.js";
import { type Lang, translator } from "../messages/text.js";
import { num, SCHEMA_VERSION, stringify } from "./json.js";
import { levelNameText } from "./labels.js";
import { column, type Section } from "./layout.js";
import { markdownTable } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { drawTable } from "./table.js";
import { markdownCell } from "./text.js";

/** What `spbe framework` shows: the bundled list, or one framework's tiers, weights, bands and level names. */
export type FrameworkView = { readonly kind: "list"; readonly frameworks: readonly Framework[] } | { readonly kind: "detail"; readonly framework: Framework };

const yearsText = (f: Framework) => (f.years ? `${f.years.from}–${f.years.to ?? ""}` : "");

function listSection(all: readonly Framework[], lang: Lang): Section {
  const t = translator(lang);
  return {
    title: "",
    columns: [column(t(F.id), "key"), column(t(F.title), "name"), column(t(F.indicators), "number"), column(t(F.years), "label"), column(t(F.status), "label")],
    rows: all.map((f) => [f.id, f.title, String(regulationIndicatorCount(f)), yearsText(f), t(f.provisional ? LABEL.provisional : LABEL.official)]),
  };
}

/**
 * "4.20 – 5.00", "3.50 – < 4.20", "< 1.80"; an edge with more decimals as written ("2.125": shown
 * 2.13 it contradicted the predikat of an index of 2.124), and a single band, lowest and top at
 * once, up to and with its top ("≤ 5.00").
 */
function bandRange(b: Band, top: boolean): string {
  const edge = toDecimalAtLeastTwo;
  if (b.min === null) return top ? `≤ ${edge(b.max)}` : `< ${edge(b.max)}`;
  return top ? `${edge(b.min)} – ${edge(b.max)}` : `${edge(b.min)} – < ${edge(b.max)}`;
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

/** Indicators sharing one set of level criteria, with the set's levels in order. */
export function criteriaSets(f: Framework): { ids: string; source: string; levels: { level: number; name: string; criterion: string }[] }[] {
  const sets = new Map<string, { ids: string[]; source: string; levels: { level: number; name: string; criterion: string }[] }>();
  for (const ind of f.indicators) {
    if (ind.levelCriteria.size === 0) continue;
    const key = JSON.stringify([...ind.levelCriteria]);
    const set = sets.get(key);
    if (set) set.ids.push(ind.id);
    else {
      const levels = [...ind.levelCriteria]
        .sort(([a], [b]) => a - b)
        .map(([level, criterion]) => ({ level, name: ind.levelNames.get(level) ?? "", criterion }));
      sets.set(key, { ids: [ind.id], source: ind.levelCriteriaSource ?? "", levels });
    }
  }
  return [...sets.values()].map((s) => ({ ...s, ids: `${s.ids[0]}–${s.ids.at(-1)}` }));
}

/** "2023: indeks yang ditampilkan — <evidence>", …, "tahun lain: indeks tepat (asumsi) — <note>". */
function basisLines(f: Framework, lang: Lang): string[] {
  const t = translator(lang);
  const name = (b: "exact" | "displayed") => t(b === "exact" ? P.exact : P.displayed);
  const rules = f.predikatBasis;
  const years = [...rules.years].sort(([a], [b]) => a - b).map(([year, r]) => `${year}: ${name(r.basis)} — ${r.source[lang]}`);
  const assumed = rules.assumed ? t(P.assumed) : "";
  return [...years, `${t(P.basisDefault, { basis: name(rules.default), assumed })} — ${rules.defaultNote[lang]}`];
}

function detail(f: Framework, lang: Lang) {
  const t = translator(lang);
  const weight = (r: Framework["indicators"][number]["weight"]) => (toText(r).includes("/") ? `${toText(r)} ≈ ${toFixedHalfUp(r)}` : toText(r));
  const coded = f.indicators.some((i) => i.code);
  const sections: Section[] = [];
  if (f.domains.length) {
    sections.push({
      title: t(LABEL.domain),
      columns: [column(t(LABEL.no), "key"), column(t(LABEL.domain), "name"), column(t(LABEL.weight), "number")],
      rows: f.domains.map((d) => [d.id, d.name, toText(d.weight)]),
    });
  }
  // a Domain column only where there are domains: Pemdi's aspects showed one left blank on every row
  const tiered = f.domains.length > 0;
  sections.push({
    title: t(LABEL.aspect),
    columns: [
      column(t(LABEL.no), "key"),
      column(t(LABEL.aspect), "name"),
      ...(tiered ? [column(t(LABEL.domain), "key")] : []),
      column(t(LABEL.weight), "number"),
    ],
    rows: f.aspects.map((a) => [a.id, a.name, ...(tiered ? [a.domain ?? ""] : []), toText(a.weight)]),
  });
  sections.push({
    title: t(LABEL.indicator),
    columns: [
      column(t(LABEL.no), "key"),
      ...(coded ? [column(t(LABEL.code), "key")] : []),
      column(t(LABEL.indicator), "name"),
      column(t(LABEL.aspect), "key"),
      column(t(LABEL.weight), "number"),
    ],
    rows: f.indicators.map((i) => [i.id, ...(coded ? [i.code ?? ""] : []), i.name, i.aspect, weight(i.weight)]),
  });
  // the third column only where bands carry a maturity name (Pemdi: Unggul … Merintis)
  const labelled = f.bands.some((b) => b.label);
  sections.push({
    title: t(F.bands),
    columns: [column(t(F.bands), "key"), column(t(F.range), "label"), ...(labelled ? [column("", "label")] : [])],
    rows: f.bands.map((b, i) => [b.predikat, bandRange(b, i === 0), ...(labelled ? [b.label ?? ""] : [])]),
  });
  const groups = levelNameGroups(f, lang);
  if (groups.length) {
    sections.push({
      title: t(F.levelNames),
      columns: [column(t(LABEL.indicator), "key"), column(t(F.levelNames), "name")],
      rows: groups.map((g) => [g.ids, g.names]),
    });
  }
  // the regulation's own words for each level (Tabel 1 and 2 of 59/2020), one table per criteria set
  for (const set of criteriaSets(f)) {
    sections.push({
      title: `${t(F.criteria)}: ${t(LABEL.indicator).toLowerCase()} ${set.ids}`,
      columns: [column(t(LABEL.level), "key"), column(t(LABEL.levelName), "label"), column(t(F.criterion), "text")],
      rows: set.levels.map((l) => [String(l.level), l.name, l.criterion]),
      note: `${t(F.sources)}: ${set.source}`,
    });
  }
  const levels = t(f.levels.integerOnly ? F.levels : F.fractions, { min: f.levels.min, max: f.levels.max });
  // "official" is the bundled regulations' word: a file of one's own is said as such; a framework
  // without years says none (the header said "Tahun  · resmi")
  const status = t(f.provisional ? LABEL.provisional : isBundled(f) ? LABEL.official : LABEL.ownFile);
  const years = f.years ? ` · ${t(F.years)} ${yearsText(f)}` : "";
  return {
    title: `${f.id} — ${f.title}`,
    header: [`${f.regulation}${years} · ${status}`, levels],
    caveats: f.caveats.map((c) => `${t(LABEL.caveat)}: ${c[lang]}`),
    sections,
    lists: [
      { title: t(P.basisRules), items: basisLines(f, lang) },
      { title: t(F.notes), items: f.notes.map((n) => n[lang]) },
      { title: t(F.sources), items: f.sources },
    ].filter((l) => l.items.length > 0),
  };
}

export function renderFrameworkTable(view: FrameworkView, { lang, color, width }: RenderOptions): string {
  if (view.kind === "list") return `${drawTable(listSection(view.frameworks, lang), width)}\n`;
  const d = detail(view.framework, lang);
  const out = [color.bold(d.title), ...d.header, ...d.caveats.map((c) => color.yellow(c)), ""];
  for (const s of d.sections) out.push(color.bold(s.title), drawTable(s, width), ...(s.note ? [s.note] : []), "");
  for (const l of d.lists) out.push(color.bold(l.title), ...l.items.map((n) => `- ${n}`), "");
  return `${out.join("\n").trimEnd()}\n`;
}

export function renderFrameworkMarkdown(view: FrameworkView, { lang }: RenderOptions): string {
  if (view.kind === "list") return `${markdownTable(listSection(view.frameworks, lang))}\n`;
  const d = detail(view.framework, lang);
  // a framework file is input: every text of it escaped, as in every other Markdown report
  const md = markdownCell;
  const out = [`# ${md(d.title)}`, "", ...d.header.map((h) => `- ${md(h)}`), ...d.caveats.map((c) => `- **${md(c)}**`), ""];
  for (const s of d.sections) out.push(`## ${md(s.title)}`, "", markdownTable(s), "", ...(s.note ? [`_${md(s.note)}_`, ""] : []));
  for (const l of d.lists) out.push(`## ${md(l.title)}`, "", ...l.items.map((n) => `- ${md(n)}`), "");
  return `${out.join("\n").trimEnd()}\n`;
}

export function renderFrameworkJson(view: FrameworkView, { lang }: RenderOptions): string {
  if (view.kind === "list") {
    return stringify({
      schemaVersion: SCHEMA_VERSION,
      frameworks: view.frameworks.map((f) => ({
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
  const f = view.framework;
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
      notes: f.notes.map((n) => n[lang]),
      sources: f.sources,
      levels: f.levels,
      predikatBasis: {
        default: f.predikatBasis.default,
        assumed: f.predikatBasis.assumed,
        defaultNote: f.predikatBasis.defaultNote[lang],
        years: Object.fromEntries([...f.predikatBasis.years].map(([y, r]) => [String(y), { basis: r.basis, source: r.source[lang] }])),
      },
      levelCriteria: criteriaSets(f),
      // `min` is in the band; `max` only for the top band (edges are half-open: 4.20 is Memuaskan)
      bands: f.bands.map((b, i) => ({ predikat: b.predikat, min: b.min && toText(b.min), max: toText(b.max), maxInclusive: i === 0, label: b.label })),
      domains: f.domains.map((d) => ({ id: d.id, name: d.name, aliases: d.aliases, weight: num(d.weight), weightExact: toText(d.weight) })),
      aspects: f.aspects.map((a) => ({ id: a.id, domain: a.domain, name: a.name, aliases: a.aliases, weight: num(a.weight), weightExact: toText(a.weight) })),
      indicators: f.indicators.map((i) => ({
        id: i.id,
        code: i.code,
        aspect: i.aspect,
        domain: i.domain,
        name: i.name,
        aliases: i.aliases,
        weight: num(i.weight),
        weightExact: toText(i.weight),
        levelNames: levelNames(i),
        externalSource: i.externalSource,
      })),
    },
  });
}
