import { RANK_LABEL as R } from "../messages/rank-labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { Standing } from "../rank/rank.js";
import { entryIndexJson, shownJson } from "./json.js";

/**
 * Where a user's instansi stands among the national results (`score --banding`,
 * `rank`'s standing): the sentence and its JSON. A module of its own so that a
 * `score` without --banding loads none of rank's report code (start-up: README,
 * "Kinerja / Performance").
 */

/** Up to three names, then "and N more". */
export function names(list: readonly string[], lang: Lang): string {
  if (list.length <= 3) return list.join(", ");
  return translator(lang)(R.andMore, { names: list.slice(0, 3).join(", "), count: list.length - 3 });
}

/** How the line writes an index or a gap ("3.12"): the HTML page puts its decimal mark in, as each goes in. */
type Num = (display: string) => string;
const asIs: Num = (display) => display;

/**
 * "Kab. Bandung (3.12 Baik): rank 5 of 416 kabupaten nationally (percentile 98); rank 2 of 27 in Jawa Barat; …".
 * `num` writes the numbers: the page's decimal mark was put in after the fact, and made "Kota Versi 4.0" "4,0".
 */
export function standingLine(s: Standing, lang: Lang, marksMandiri = true, num: Num = asIs): string {
  const t = translator(lang);
  const parts: string[] = [];
  if (s.national && s.kategori)
    parts.push(
      t(s.amongNational ? R.standingRank : R.standingRankGiven, {
        rank: s.national.rank,
        of: s.national.of,
        kategori: s.kategori,
        percentile: s.national.percentile,
      }),
    );
  else parts.push(t(R.standingNoKategori));
  if (s.national)
    parts.push(
      s.nextUp
        ? t(R.standingNext, {
            gap: num(s.nextUp.gap.display),
            rank: s.nextUp.rank,
            index: num(s.nextUp.index.display),
            instansi: names(s.nextUp.instansi, lang),
          })
        : t(R.standingFirst),
    );
  if (s.provinsi) {
    const provinsi = s.provinsi.name;
    parts.push(t(R.standingProvinsi, { rank: s.provinsi.rank, of: s.provinsi.of, provinsi }));
    parts.push(
      s.provinceTop
        ? t(R.standingTop, {
            gap: num(s.provinceTop.gap.display),
            provinsi,
            index: num(s.provinceTop.index.display),
            instansi: names(s.provinceTop.instansi, lang),
          })
        : t(R.standingTopOwn, { provinsi }),
    );
  }
  if (s.provinsiAlone !== undefined) parts.push(t(R.standingProvinsiAlone, { kategori: s.kategori ?? "instansi", provinsi: s.provinsiAlone }));
  const name = marksMandiri && s.entry.jenis === "mandiri" ? t(R.mandiriMark, { text: s.entry.instansi }) : s.entry.instansi;
  return `${name} (${num(s.entry.display)} ${s.entry.predikat}): ${parts.join("; ")}`;
}

/**
 * The standing line of `score --banding` (`s`: null where the assessment could not be placed). Its
 * callers ask only when --banding was given: the bundle loads this module on its first call
 * (scripts/bundle.mjs, LAZY_MODULES).
 */
export function standingText(s: Standing | null, lang: Lang, num: Num = asIs): string {
  const t = translator(lang);
  if (!s) return t(R.standingNone);
  // the year placed among said, as rank says it, and the assessment's own where it is another (a 2024
  // evaluasi placed among 2023's results) or none; a self-assessment said as such beside official results
  if (s.tahun === null) return t(R.standingLine, { line: standingLine(s, lang, true, num) });
  const notes = [
    s.entry.tahun === null ? t(R.standingNoYear) : s.entry.tahun !== s.tahun ? t(R.standingOwnYear, { tahun: s.entry.tahun }) : null,
    s.entry.jenis === "mandiri" ? t(R.standingMandiri) : null,
  ].filter((x): x is string => x !== null);
  return t(R.standingAmong, { tahun: s.tahun, notes: notes.length > 0 ? ` (${notes.join("; ")})` : "", line: standingLine(s, lang, false, num) });
}

export function standingJson(s: Standing, lang: Lang) {
  return {
    instansi: s.entry.instansi,
    source: s.entry.source,
    /** the entry's own year, and the year of the results it is placed among */
    tahun: s.entry.tahun,
    amongTahun: s.tahun,
    jenis: s.entry.jenis,
    kategori: s.kategori,
    index: entryIndexJson(s.entry),
    national: s.national,
    amongNational: s.amongNational,
    provinsi: s.provinsi,
    // where its province has no other of its kategori (no rank there): that province's name
    provinsiAlone: s.provinsiAlone ?? null,
    nextUp: s.nextUp ? { rank: s.nextUp.rank, index: shownJson(s.nextUp.index), gap: shownJson(s.nextUp.gap), instansi: s.nextUp.instansi } : null,
    provinceTop: s.provinceTop ? { index: shownJson(s.provinceTop.index), gap: shownJson(s.provinceTop.gap), instansi: s.provinceTop.instansi } : null,
    text: standingLine(s, lang),
  };
}
