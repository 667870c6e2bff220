/**
 * The words an analyst's summary row starts with, under the table of indicators: "Total", "Jumlah",
 * "Rata-rata" (or "Rata2"), "Rerata", "Nilai Indeks", "Indeks SPBE", "Average", "Sum"; in any case,
 * as a word of their own ("Totalitas" and "Sumber" are not).
 */
const SUMMARY =
  /^(?:grand\s+total|sub-?\s*total|total|jumlah|rata[\s-]*(?:rata|2)|rerata|nilai\s+(?:indeks|rata[\s-]*rata|akhir)|indeks|average|avg|sum|mean)(?![\p{L}\p{N}])/iu;

/** A label this long is a sentence (a note), not a summary row's label. */
const MAX_LABEL = 80;

/**
 * The first cell of a row that reads as a summary row's label ("Rata-rata", "Total"), or null. Asked
 * only of a row refused as no indicator's (indicator/blank, indicator/unknown): its finding then says
 * "a summary row? delete it", and the row makes no assessment of its own (see `AssessmentBuilder`).
 */
export function summaryLabel(cells: readonly string[]): string | null {
  for (const cell of cells) if (cell !== "" && cell.length <= MAX_LABEL && SUMMARY.test(cell)) return cell;
  return null;
}
