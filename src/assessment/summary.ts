/**
 * The words an analyst's summary row starts with, under the table of indicators: "Total", "Jumlah",
 * "Rata-rata" (or "Rata2"), "Rerata", "Nilai Indeks", "Indeks SPBE", "Predikat", "Skor", "Hasil Akhir",
 * "Average", "Sum", "Score"; in any case, as a word of their own ("Totalitas" and "Sumber" are not).
 * "Predikat" sits under "Indeks" on nearly every office's sheet: without it, its row ("Baik" in the
 * level column) left the assessment above it unscored.
 */
const SUMMARY =
  /^(?:grand\s+total|sub-?\s*total|total|jumlah|rata[\s-]*(?:rata|2)|rerata|nilai\s+(?:indeks|rata[\s-]*rata|akhir|total)|indeks|predikat|skor|hasil\s+(?:akhir|penilaian)|average|avg|sum|mean|score|rating)(?![\p{L}\p{N}])/iu;

/** A label this long is a sentence (a note), not a summary row's label. */
const MAX_LABEL = 80;

/**
 * The first label cell of a row that reads as a summary row's label ("Rata-rata", "Total"), or null.
 * Asked only of a row refused as no indicator's (indicator/blank, indicator/unknown): its finding then
 * says "a summary row? delete it", and the row counts against no assessment (see `AssessmentBuilder`).
 *
 * Label cells only (`labels`: the indicator's, and those left of the level that hold no evidence,
 * note or owner), never free text: a note "Jumlah aplikasi: 12" beside a mistyped indicator "4a" made
 * the hint tell the analyst to delete indicator 4. And never a row whose indicator cell starts like a
 * number ("4a", "12 (Layanan)"): that is an indicator written wrong, not a footer.
 */
export function summaryLabel(
  cells: readonly string[],
  labels: readonly number[],
  indicator: string | null,
  namesIndicator: (cell: string) => boolean = () => false,
): string | null {
  if (indicator !== null && /^\s*\d/.test(indicator)) return null;
  for (const at of labels) {
    const cell = cells[at]?.trim() ?? "";
    // an indicator's own name ("Skor Kepuasan Layanan" in a framework file of one's own) is that row's, no footer
    if (cell !== "" && cell.length <= MAX_LABEL && SUMMARY.test(cell) && !namesIndicator(cell)) return cell;
  }
  return null;
}

/**
 * Which columns `summaryLabel` reads: the indicator's first, then every column left of the level's
 * (a footer's label sits before its number, as the indicator's name does) other than those holding
 * evidence, notes or owners.
 */
export function labelColumns(indicator: number, value: number, free: ReadonlySet<number>): number[] {
  const columns = [indicator];
  for (let i = 0; i < value; i++) if (i !== indicator && !free.has(i)) columns.push(i);
  return columns;
}
