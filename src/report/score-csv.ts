import { equals, type Rational, toDecimal } from "../core/rational.js";
import type { Indicator } from "../frameworks/types.js";
import { CSV_COLUMN as C } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { Standing } from "../rank/rank.js";
import type { ScoreReport } from "../scoring/report.js";
import type { IndicatorScore } from "../scoring/score.js";
import { caveatsCell } from "./caveats.js";
import { type CsvCell, type CsvDialect, csvDialect, csvPieces } from "./csv.js";
import { levelNameText } from "./labels.js";
import type { RenderOptions } from "./options.js";
import { indexTitle, predikatName } from "./predikat-text.js";

/**
 * `spbe score --format csv`: one long table, a row per index, domain, aspect
 * and indicator of every assessment, so a pivot table can take it as is.
 *
 * - `sementara` (provisional) is true on every row of a framework whose weights
 *   are not from the official text (Pemdi 2026), so a spreadsheet keeps it;
 * - `keterangan` holds the predikat for the index (marked "(indikatif)" without
 *   the external indicators) and the level name for an indicator (marked when
 *   the reference has not verified it);
 * - `dasar_predikat` is the index the predikat was read from (exact or
 *   displayed) and `predikat_dasar_lain` the predikat under the other reading
 *   where it differs; `catatan` the framework's caveats (2018's assumed bands,
 *   Pemdi's provisional weights, --without-external): all on the index row;
 * - `kode` is the code users type (Pemdi 1.1–7.2), `label_predikat` the band's
 *   maturity name (Pemdi: Berkembang), `potensi` the index points lost against
 *   the top level (as the tables' Potensi), and `target`, `target_tercapai`,
 *   `kurang_target` the --target and the gap to it (exact, as the values), on the index row;
 * - the index row's weight is the total weight scored: 100 as published, 86
 *   under --without-external;
 * - values are plain decimals: exact where they terminate, else to 12 places
 *   (25/11 → 2.272727272727), so every spreadsheet reads them as numbers.
 *
 * Made in pieces (`csvPieces`), written as they come; the registry joins them
 * for `render` (`pieced`).
 */
export function scoreCsvPieces(report: ScoreReport, { lang, excel }: RenderOptions): Iterable<string> {
  const t = translator(lang);
  const columns = [C.file, C.instansi, C.tahun, C.jenis, C.framework, C.provisional, C.tier, C.id, C.parent, C.name, C.weight, C.value, C.display, C.label];
  // added later at the end, so the columns a spreadsheet already refers to keep their places
  const added = [
    C.predikatBasis,
    C.predikatOtherBasis,
    C.caveats,
    C.code,
    C.bandLabel,
    C.shortfall,
    C.target,
    C.targetReached,
    C.targetGap,
    // later still: --banding's standing, as JSON's `standing` (the table, Markdown and HTML say it as a line)
    ...STANDING_COLUMNS,
  ];
  const head = [...columns, ...added].map((c) => t(c));
  const csv = csvDialect({ excel });
  return csvPieces(head, scoreRecords(report, lang, csv), csv);
}

/** What an indicator's row says after the assessment's cells, written once for every row that says the same. */
interface IndicatorTail {
  readonly record: string;
  readonly levelName: string | null;
  readonly levelNameVerified: boolean;
  readonly shortfall: Rational;
}

/**
 * The records, made as they are written rather than held: a national file's report has over a
 * million of them (100 000 input rows: peak RSS 401 → 371 MB, 2.8 → 2.5 s). A record is its
 * assessment's cells, written once per assessment, then the row's own; an indicator's own cells are
 * the same in every assessment that gives it the same value (a national file's million indicator
 * rows are a few hundred tails), and were most of the writing: 1 M input rows 4.9 → 2.6 s (README, Kinerja).
 */
function* scoreRecords(report: ScoreReport, lang: RenderOptions["lang"], csv: CsvDialect): Generator<string> {
  // the framework's weights, and the levels a lean reading shares (`givenValues`), are the same
  // objects in every assessment: each written as a decimal once (a national file has 20 000 assessments)
  const written = new WeakMap<Rational, string>();
  const decimal = (r: Rational): string => {
    let text = written.get(r);
    if (text === undefined) {
      text = toDecimal(r);
      written.set(r, text);
    }
    return text;
  };
  // by value (shared as `decimal` says), then indicator; a tail is taken only where what it was made
  // of is what the row says (a Score made by hand may pair them otherwise)
  const tails = new WeakMap<Rational, Map<Indicator, IndicatorTail>>();
  const rest = (
    tier: string,
    id: string,
    parent: string | null,
    name: string,
    weight: string,
    value: string,
    display: string,
    label: string,
    code: string,
    shortfall: Rational,
  ): readonly CsvCell[] => [tier, id, parent, name, weight, value, display, label, "", "", "", code, "", toDecimal(shortfall), "", "", "", ...NO_STANDING];
  const tailOf = (i: IndicatorScore): string => {
    let byIndicator = tails.get(i.value);
    if (!byIndicator) {
      byIndicator = new Map();
      tails.set(i.value, byIndicator);
    }
    const known = byIndicator.get(i.indicator);
    if (known && known.levelName === i.levelName && known.levelNameVerified === i.levelNameVerified && equals(known.shortfall, i.shortfall)) {
      return known.record;
    }
    const v = decimal(i.value);
    const label = levelNameText(i.levelName, i.levelNameVerified, lang);
    const { indicator } = i;
    const record = csv.record(
      rest("indicator", indicator.id, indicator.aspect, indicator.name, decimal(indicator.weight), v, v, label, indicator.code ?? "", i.shortfall),
    );
    byIndicator.set(indicator, { record, levelName: i.levelName, levelNameVerified: i.levelNameVerified, shortfall: i.shortfall });
    return record;
  };
  const { delimiter } = csv;
  for (const { assessment: a, score, target, standing } of report.assessments) {
    const fw = a.framework;
    const meta = csv.record([a.source, a.instansi, a.tahun, a.jenis, fw.id, String(fw.provisional)]) + delimiter;
    const total = decimal(fw.totalWeight);
    const caveats = caveatsCell(fw, lang);
    if (!score) {
      yield meta + csv.record(["index", "", "", indexTitle(fw, lang), total, "", "", "invalid", "", "", caveats, "", "", "", "", "", "", ...NO_STANDING]);
      continue;
    }
    const other = score.predikat.otherBand?.predikat ?? "";
    // exact, as every value here and plan's CSV writes them: a framework file's band edge 3.333333 was "3.3333"
    const goal = target ? [toDecimal(target.target.value), String(target.reached), toDecimal(target.gap.value)] : ["", "", ""];
    yield meta +
      csv.record([
        "index",
        "",
        "",
        indexTitle(fw, lang),
        total,
        toDecimal(score.index.value),
        score.index.display,
        predikatName(score, lang),
        score.predikat.basis.basis,
        other,
        caveats,
        "",
        score.band.label ?? "",
        "",
        ...goal,
        ...standingCells(standing),
      ]);
    for (const d of score.domains)
      yield meta +
        csv.record(rest("domain", d.tier.id, "", d.tier.name, decimal(d.tier.weight), toDecimal(d.score.value), d.score.display, "", "", d.shortfall));
    for (const s of score.aspects)
      yield meta +
        csv.record(
          rest("aspect", s.tier.id, s.tier.domain, s.tier.name, decimal(s.tier.weight), toDecimal(s.score.value), s.score.display, "", "", s.shortfall),
        );
    for (const i of score.indicators) yield meta + tailOf(i);
  }
}

/**
 * `score --banding`'s standing on the index row, as JSON's `standing`: the year of the results it is placed
 * among, its kategori, its rank, of how many and percentile there, whether those are the national results
 * alone (`amongNational`), and its province's rank of how many. A CSV dropped it without a word, where every
 * other format says it. Blank without --banding, or where it cannot be placed.
 */
const STANDING_COLUMNS = [
  C.standingYear,
  C.standingKategori,
  C.standingRank,
  C.standingOf,
  C.standingPercentile,
  C.standingNational,
  C.standingProvinsi,
  C.standingProvinsiRank,
  C.standingProvinsiOf,
] as const;
const NO_STANDING: readonly CsvCell[] = STANDING_COLUMNS.map(() => "");

function standingCells(s: Standing | null | undefined): readonly CsvCell[] {
  if (!s) return NO_STANDING;
  return [
    s.tahun === null ? "" : String(s.tahun),
    s.kategori ?? "",
    s.national ? String(s.national.rank) : "",
    s.national ? String(s.national.of) : "",
    s.national ? String(s.national.percentile) : "",
    // (among what, only where it was placed somewhere: "true" beside a blank rank read as a national place)
    s.national || s.provinsi ? String(s.amongNational) : "",
    s.provinsi?.name ?? "",
    s.provinsi ? String(s.provinsi.rank) : "",
    s.provinsi ? String(s.provinsi.of) : "",
  ];
}
