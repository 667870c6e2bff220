/**
 * A name or header in any case and spacing, as it is compared: "  Sangat  BAIK " is "sangat baik".
 * One definition for every comparison of names a person typed (headers, predikat names, section and
 * indicator names, jenis): they drifted apart when each module kept its own.
 */
export const wordsKey = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, " ");
