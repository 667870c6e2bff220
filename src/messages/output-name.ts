/**
 * An `-o` name whose extension is a format spbe does not write (src/report/foreign-formats.ts):
 * loaded only when such a name is given.
 */
export const OUTPUT_NAME = {
  notWritten: {
    id: "-o '{name}': spbe tidak menulis {what}; {instead}",
    en: "-o '{name}': spbe does not write {what}; {instead}",
  },
  notWrittenExcel: {
    id: "-o '{name}': --excel menulis CSV, bukan {what}; {instead}",
    en: "-o '{name}': --excel writes CSV, not {what}; {instead}",
  },
  asked: {
    id: "-o '{name}' berisi {format} seperti diminta --format, bukan {what}; aplikasi untuk {extension} mungkin menolaknya",
    en: "-o '{name}' holds {format} as --format asks, not {what}; an application for {extension} may refuse it",
  },
  workbook: { id: "buku kerja (Excel, ODS)", en: "workbooks (Excel, ODS)" },
  pdf: { id: "PDF", en: "PDF" },
  document: { id: "dokumen pengolah kata (Word, ODT, RTF)", en: "word-processor documents (Word, ODT, RTF)" },
  sarif: { id: "SARIF", en: "SARIF" },
  tsv: { id: "TSV (dipisah tab)", en: "TSV (tab-separated)" },
  yaml: { id: "YAML", en: "YAML" },
  insteadExcel: {
    id: "untuk Excel: --excel -o {file} (CSV yang dibuka Excel lokal Indonesia)",
    en: "for Excel: --excel -o {file} (a CSV Excel opens, Indonesian locale too)",
  },
  insteadPrint: { id: "tulis HTML (-o {file}) lalu cetak ke PDF dari peramban", en: "write HTML (-o {file}) and print it to PDF from the browser" },
  insteadWord: { id: "tulis HTML (-o {file}): Word dan LibreOffice membukanya", en: "write HTML (-o {file}): Word and LibreOffice open it" },
  insteadCi: {
    id: "untuk CI: --format github (anotasi GitHub) atau -o {file} (JUnit)",
    en: "for CI: --format github (GitHub annotations) or -o {file} (JUnit)",
  },
  insteadFile: { id: "tulis {format}: -o {file}", en: "write {format}: -o {file}" },
  insteadChoices: { id: "formatnya: {choices}", en: "its formats: {choices}" },
} as const;
