import type { Finding, FindingArgs, FindingCode, NamedAs, Severity } from "../core/findings.js";
import { idWithCode } from "../frameworks/types.js";
import { knownLang, type Lang, say, type Text } from "./text.js";

/**
 * The sentence of every finding code, Indonesian and English side by side.
 * Each entry receives the finding's own typed arguments, its raw value (cut
 * to 60 characters) and its severity, so a message cannot be written against a
 * field the code does not carry. The README's "Katalog temuan / Finding catalogue" documents
 * the same codes (test/catalogue.test.ts keeps the two in step).
 */
type Phrase<C extends FindingCode> = (args: FindingArgs<C>, value: string, severity: Severity) => Text;

const BINARY: Record<FindingArgs<"file/binary">["kind"], Text> = {
  xlsx: { id: "ini berkas Excel (.xlsx), bukan CSV; simpan sebagai CSV dulu", en: "this is an Excel workbook (.xlsx), not CSV; save it as CSV first" },
  xls: { id: "ini berkas Excel lama (.xls), bukan CSV; simpan sebagai CSV dulu", en: "this is an old Excel workbook (.xls), not CSV; save it as CSV first" },
  ods: {
    id: "ini lembar kerja OpenDocument (.ods, LibreOffice), bukan CSV; simpan sebagai CSV dulu",
    en: "this is an OpenDocument spreadsheet (.ods, LibreOffice), not CSV; save it as CSV first",
  },
  zip: {
    id: "ini arsip ZIP, bukan CSV; bila isinya lembar kerja (.xlsx, .ods), simpan sebagai CSV dulu",
    en: "this is a ZIP archive, not CSV; if it holds a spreadsheet (.xlsx, .ods), save it as CSV first",
  },
  nul: { id: "berisi byte NUL, bukan teks CSV", en: "it contains NUL bytes, so it is not CSV text" },
  utf16le: {
    id: "tampaknya teks UTF-16 (little-endian) tanpa penanda urutan byte (BOM); simpan ulang sebagai CSV UTF-8",
    en: "it looks like UTF-16 (little-endian) text without a byte-order mark (BOM); save it again as CSV UTF-8",
  },
  utf16be: {
    id: "tampaknya teks UTF-16 (big-endian) tanpa penanda urutan byte (BOM); simpan ulang sebagai CSV UTF-8",
    en: "it looks like UTF-16 (big-endian) text without a byte-order mark (BOM); save it again as CSV UTF-8",
  },
};

const MALFORMED: Record<FindingArgs<"csv/malformed">["reason"], Text> = {
  "unclosed-quote": { id: "tanda kutip dibuka di baris ini dan tidak pernah ditutup", en: "a quote opened on this line and never closes" },
  "text-after-quote": { id: "ada teks setelah tanda kutip penutup", en: "text follows a closing quote" },
  "record-too-long": {
    id: "satu baris (atau sel berkutip) yang dimulai di sini melebihi 64 Mi karakter; sisa berkas tidak dibaca. Berkas ini CSV?",
    en: "one row (or quoted cell) starting here runs past 64 Mi characters; the rest of the file is not read. Is this a CSV file?",
  },
};

/**
 * "tahun 'TA 2023' is not a four-digit year", with what to write ("TA 2023", Excel's "2.023") and what an
 * unread year costs: an exact 3.4975 of 2023 read "3.50 Baik" under the default rule, not 2023's "Sangat
 * Baik", with a warning that said nothing of it.
 */
function yearHint(v: string): Text {
  const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(v)?.[0] ?? (/^2[.,]0\d{2}$/.test(v) ? v.replace(/[.,]/, "") : null);
  const write = year === null ? { id: "tulis tahunnya saja", en: "write the year alone" } : { id: `tulis ${year} saja`, en: `write ${year} alone` };
  return {
    id: `tahun '${v}' bukan tahun empat angka: ${write.id}; tahun yang tak terbaca tidak memilih aturan predikat tahunnya (dipakai aturan bawaan) dan tidak masuk tren`,
    en: `tahun '${v}' is not a four-digit year: ${write.en}; a year not read chooses no year's predikat rule (the default is used) and joins no trend`,
  };
}

/**
 * What to write for a level "3.000" or "2.500" in a file whose commas are decimal: with a comma, and
 * a whole level also as its number alone ("write it with a comma (e.g. 3)" had no comma in it).
 */
function thousandsFix(v: string): Text {
  const comma = v.replace(".", ",");
  const trimmed = v.replace(/\.?0+$/, "");
  if (!trimmed.includes(".")) return { id: `tulis ${trimmed}, atau dengan koma: ${comma}`, en: `write ${trimmed}, or with a comma: ${comma}` };
  return { id: `tulis dengan koma: ${trimmed.replace(".", ",")}`, en: `write it with a comma: ${trimmed.replace(".", ",")}` };
}

/** Every name COLUMN_ALIASES (assessment/columns.ts) reads for the role, in its order; test/catalogue.test.ts holds them together. */
const COLUMN_ROLE: Record<"indicator" | "value", Text> = {
  indicator: {
    id: "kolom indikator (indikator, indicator, kode indikator, nomor indikator, no indikator, no. indikator, id indikator, kode, id, nomor, no, no.)",
    en: "indicator column (indikator, indicator, kode indikator, nomor indikator, no indikator, no. indikator, id indikator, kode, id, nomor, no, no.)",
  },
  value: {
    id: "kolom tingkat (tingkat, level, nilai, tk, value, tingkat kematangan)",
    en: "level column (tingkat, level, nilai, tk, value, tingkat kematangan)",
  },
};

/** The roles two names of which are ambiguous (columns.ts, ONE_NAME_ONLY; a cost file's cost column, plan/costs.ts). */
const AMBIGUOUS_ROLE: Record<"value" | "tahun" | "jenis" | "kategori" | "provinsi" | "cost" | "from" | "to", Text> = {
  value: { id: "kolom tingkat", en: "level column" },
  tahun: { id: "kolom tahun", en: "year column" },
  jenis: { id: "kolom jenis (mandiri/evaluasi)", en: "jenis (type) column" },
  kategori: { id: "kolom kategori", en: "kategori column" },
  provinsi: { id: "kolom provinsi", en: "province column" },
  cost: { id: "kolom biaya", en: "cost column" },
  from: { id: "kolom dari", en: "'dari' (from) column" },
  to: { id: "kolom ke", en: "'ke' (to) column" },
};

/** 20971520 → "20 MiB". */
function byteSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 ** 3 ? [bytes / 1024 ** 3, "GiB"] : bytes >= 1024 ** 2 ? [bytes / 1024 ** 2, "MiB"] : bytes >= 1024 ? [bytes / 1024, "KiB"] : [bytes, "byte"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** A duplicate set aside for an instansi's evaluasi: a mandiri, which the official result outranks. */
const overMandiri = (a: { readonly jenis: string | null; readonly keptJenis: string | null }): boolean => a.jenis === "mandiri" && a.keptJenis === "evaluasi";

const pick = <K extends string>(table: Record<K, Text>, key: K): Text => table[key];

export const FINDING_TEXTS: { readonly [C in FindingCode]: Phrase<C> } = {
  "file/empty": (a) =>
    a.reason === "header-only"
      ? { id: "berkas hanya berisi baris judul, tanpa baris indikator", en: "the file has a header row but no indicator rows" }
      : { id: "berkas kosong", en: "the file is empty" },
  "file/encoding": (a) =>
    a.encoding === "windows-1252"
      ? {
          id: "berkas bukan UTF-8 (mulai baris ini); dibaca sebagai Windows-1252 (ANSI), pengodean Excel di Windows — periksa huruf beraksen, lalu simpan sebagai 'CSV UTF-8'",
          en: "the file is not UTF-8 (from this line on); read as Windows-1252 (ANSI), Excel's encoding on Windows — check accented letters, then save as 'CSV UTF-8'",
        }
      : a.encoding === "utf-16le" || a.encoding === "utf-16be"
        ? {
            // a file read as UTF-16 (by its BOM) was told it is "not valid UTF-8": a lone surrogate, or an odd byte
            // at the end of a cut or appended-to file
            id: "berkas UTF-16 ini tidak utuh mulai baris ini (byte ganjil di akhir, atau karakter yang terpotong); karakter yang rusak diganti dengan � (simpan lagi, atau sebagai 'CSV UTF-8')",
            en: "this UTF-16 file is broken from this line on (an odd byte at the end, or a character cut in two); broken characters were replaced with � (save it again, or as 'CSV UTF-8')",
          }
        : {
            id: "bukan UTF-8 yang sah mulai baris ini; karakter yang rusak diganti dengan � (simpan sebagai 'CSV UTF-8')",
            en: "not valid UTF-8 from this line on; broken characters were replaced with � (save as 'CSV UTF-8')",
          },
  "file/binary": (a) => ({
    id: `berkas tidak dapat dibaca sebagai CSV: ${pick(BINARY, a.kind).id}`,
    en: `the file cannot be read as CSV: ${pick(BINARY, a.kind).en}`,
  }),
  "file/too-large": (a) => ({
    id: `ukuran berkas (${a.cutShort ? "lebih dari " : ""}${byteSize(a.bytes)}) melebihi batas ${byteSize(a.max)} (atur dengan --max-bytes)`,
    en: `the file (${a.cutShort ? "more than " : ""}${byteSize(a.bytes)}) is over the limit of ${byteSize(a.max)} (set it with --max-bytes)`,
  }),
  "file/too-many-findings": (a) => {
    const codes = Object.entries(a.codes)
      .map(([code, n]) => `${code} ${n!.errors + n!.warnings}`)
      .join(", ");
    return {
      id: `${a.omitted} temuan lain tidak dicantumkan (${codes}; paling banyak ${a.max} per kode dalam satu berkas); perbaiki yang tercantum lalu periksa lagi`,
      en: `${a.omitted} more findings not listed (${codes}; at most ${a.max} per code in one file); fix those shown and check again`,
    };
  },
  "file/not-assessment": (a) =>
    a.kind === "side-by-side"
      ? {
          // the command named: "--columns" alone was retried with score, plan or rank, which have no such option
          id: "berkas ini berisi dua kolom nilai (mandiri, evaluasi), bukan satu kolom tingkat: bandingkan dengan `spbe diff <berkas>`, atau periksa kedua sisi dengan `spbe validate <berkas> --columns mandiri,evaluasi`",
          en: "this file holds two value columns (mandiri, evaluasi), not one level column: compare them with `spbe diff <file>`, or check both sides with `spbe validate <file> --columns mandiri,evaluasi`",
        }
      : a.kind === "result-table"
        ? {
            id: "berkas ini tabel hasil (satu baris per instansi dengan indeksnya), bukan penilaian per indikator: pakai `spbe rank`, `spbe trend`, atau `spbe validate` untuk memeriksanya",
            en: "this file is a result table (one row per instansi with its index), not an assessment by indicator: use `spbe rank`, `spbe trend`, or `spbe validate` to check it",
          }
        : a.kind === "score-export"
          ? {
              id: "berkas ini adalah ekspor `spbe score --format csv` (indeks yang sudah dihitung), bukan berkas penilaian: periksa berkas sumbernya",
              en: "this file is an export of `spbe score --format csv` (indices already computed), not an assessment: check the file it came from",
            }
          : {
              id: "berkas ini adalah ekspor `spbe diff --format csv`, bukan berkas penilaian: periksa berkas sumbernya",
              en: "this file is an export of `spbe diff --format csv`, not an assessment: check the files it came from",
            },
  "file/title-rows": (a) => ({
    id: `judul kolom tabel ada di baris ${a.header}; ${a.rows} baris di atasnya (judul lembar) tidak dibaca`,
    en: `the table's header is line ${a.header}; the ${a.rows === 1 ? "line" : `${a.rows} lines`} above it (a sheet title) ${a.rows === 1 ? "is" : "are"} not read`,
  }),
  "csv/malformed": (a) => ({ id: `CSV rusak: ${pick(MALFORMED, a.reason).id}`, en: `malformed CSV: ${pick(MALFORMED, a.reason).en}` }),
  "csv/ragged": (a) => ({ id: `baris berisi ${a.cells} sel, baris judul ${a.expected}`, en: `the row has ${a.cells} cells, the header ${a.expected}` }),
  "column/missing": (a) => {
    const found = a.found.length ? a.found.map((h) => `'${visible(shorten(h, 30))}'`).join(", ") : "";
    // a tab said as the word --delimiter takes: a literal tab in quotes looked like a space, and a space was refused
    const delimiter = a.delimiter === "\t" ? "tab" : `'${a.delimiter}'`;
    const what =
      a.role === "named"
        ? { id: `kolom '${a.name}' tidak ada di baris judul`, en: `no column '${a.name}' in the header row` }
        : { id: `${COLUMN_ROLE[a.role].id} tidak ditemukan di baris judul`, en: `no ${COLUMN_ROLE[a.role].en} in the header row` };
    const hint = a.below
      ? {
          id: `; baris judul tampaknya baris ${a.below} (di atasnya judul atau baris kosong): hapus baris di atasnya`,
          en: `; the header seems to be line ${a.below} (a title or blank rows above it): delete the rows above it`,
        }
      : a.delimiter && a.quoted
        ? {
            id: `; baris judul terbaca sebagai satu kolom ${found}: seluruh barisnya diapit tanda kutip, jadi ${delimiter} di dalamnya tidak memisahkan kolom (hapus tanda kutip pengapitnya, juga di baris lain yang diapit seperti itu)`,
            en: `; the header was read as one column ${found}: the whole line is in quotes, so the ${delimiter} in it separates no columns (delete the quotes around it, and around any other line quoted so)`,
          }
        : a.delimiter
          ? {
              id: `; baris judul terbaca sebagai satu kolom ${found}: pemisahnya tampaknya ${delimiter} (hapus --delimiter atau pakai --delimiter ${delimiter})`,
              en: `; the header was read as one column ${found}: the delimiter looks like ${delimiter} (drop --delimiter or use --delimiter ${delimiter})`,
            }
          : found
            ? { id: `; kolom yang ada: ${found}`, en: `; the columns are: ${found}` }
            : { id: "", en: "" };
    // a file whose value columns are named otherwise ("Nilai Mandiri"): the --columns that reads them,
    // with the two commands that take it (the message is the same whichever command read the file)
    const columns = a.columns ? `--columns "${a.columns.map((h) => visible(h)).join(",")}"` : null;
    const named = a.columns?.map((h) => `'${visible(h)}'`);
    const pair = named
      ? {
          id: `; bila ${named[0]} dan ${named[1]} berisi nilai mandiri dan evaluasi: bandingkan keduanya dengan \`spbe diff <berkas> ${columns}\`, periksa keduanya dengan \`spbe validate <berkas> ${columns}\``,
          en: `; if ${named[0]} and ${named[1]} hold the mandiri and evaluasi values: compare them with \`spbe diff <file> ${columns}\`, check both with \`spbe validate <file> ${columns}\``,
        }
      : { id: "", en: "" };
    return { id: what.id + hint.id + pair.id, en: what.en + hint.en + pair.en };
  },
  "column/ambiguous": (a, v) => {
    const name = (h: string | null) => `'${visible(shorten(h ?? "", 30))}'`;
    if (a.kind === "repeated")
      return { id: `kolom '${v}' muncul dua kali; tidak jelas mana yang dipakai`, en: `column '${v}' appears twice; it is unclear which one to use` };
    if (a.kind === "rows")
      return {
        id: `kolom ${name(a.header)} dan ${name(a.other)} (kolom ${a.otherColumn}) sama-sama berisi nomor indikator, tetapi berbeda di baris ini ('${v}' dan ${name(a.otherValue)}): hapus kolom yang bukan nomor indikator (mis. nomor urut) atau ganti judulnya`,
        en: `columns ${name(a.header)} and ${name(a.other)} (column ${a.otherColumn}) both hold indicator numbers but differ on this line ('${v}' and ${name(a.otherValue)}): delete the one that is not the indicator number (a row number, say) or rename its header`,
      };
    const role = AMBIGUOUS_ROLE[a.role as keyof typeof AMBIGUOUS_ROLE] ?? { id: `kolom ${a.role}`, en: `${a.role} column` };
    const diff = a.role === "value" ? `--columns ${a.other},${a.header}` : null;
    return {
      id: `kolom ${name(a.header)} dan ${name(a.other)} (kolom ${a.otherColumn}) sama-sama ${role.id}; tidak jelas mana yang dipakai: hapus atau ganti judul salah satunya${diff ? `, atau bandingkan keduanya dengan \`spbe diff <berkas> ${diff}\`` : ""}`,
      en: `columns ${name(a.header)} and ${name(a.other)} (column ${a.otherColumn}) are both a ${role.en}; it is unclear which one to use: delete or rename one of them${diff ? `, or compare the two with \`spbe diff <file> ${diff}\`` : ""}`,
    };
  },
  "indicator/missing": (a) => {
    // which assessment: by its names, or, one without any beside others (Excel's merged cells), by its first line
    const which = {
      id: a.assessment ? ` (penilaian ${a.assessment})` : a.unnamedFrom !== null ? ` (penilaian tanpa instansi/tahun/jenis, mulai baris ${a.unnamedFrom})` : "",
      en: a.assessment
        ? ` (assessment ${a.assessment})`
        : a.unnamedFrom !== null
          ? ` (the assessment without instansi/tahun/jenis, from line ${a.unnamedFrom})`
          : "",
    };
    const what =
      a.ids.length === 1
        ? { id: `indikator ${a.ranges} tidak diisi${which.id}`, en: `indicator ${a.ranges} has no row${which.en}` }
        : { id: `${a.ids.length} indikator tidak diisi: ${a.ranges}${which.id}`, en: `${a.ids.length} indicators have no row: ${a.ranges}${which.en}` };
    if (a.fits === null) return what;
    const f = a.fits.framework;
    const fraction = a.fits.fraction;
    return fraction === null
      ? {
          id: `${what.id}; yang diisi tepat ${a.fits.count} indikator ${f}: penilaian ${f}? pakai --framework ${f}`,
          en: `${what.en}; the rows are exactly the ${a.fits.count} indicators of ${f}: is it an assessment under ${f}? use --framework ${f}`,
        }
      : {
          id: `${what.id}; yang diisi tepat ${a.fits.count} indikator ${f}, dengan tingkat pecahan (${fraction}) yang diterima ${f}: penilaian ${f}? pakai --framework ${f}`,
          en: `${what.en}; the rows are exactly the ${a.fits.count} indicators of ${f}, with fractional levels (${fraction}) as ${f} takes: is it an assessment under ${f}? use --framework ${f}`,
        };
  },
  "indicator/duplicate": (a, v) =>
    a.header === null
      ? { id: `indikator '${v}' sudah diisi di baris ${a.first}`, en: `indicator '${v}' was already given on line ${a.first}` }
      : {
          id: `indikator '${v}' sudah diisi di baris ${a.first} (di atas baris judul berulang di baris ${a.header})`,
          en: `indicator '${v}' was already given on line ${a.first} (above the repeated header row on line ${a.header})`,
        },
  "indicator/unknown": (a, v) =>
    withSummary(withUnknownHint({ id: `'${v}' bukan indikator ${a.framework}`, en: `'${v}' is not an indicator of ${a.framework}` }, a, v), a.summary, v),
  "indicator/blank": (a, v) =>
    withSummary({ id: "baris berisi tingkat tetapi nomor indikatornya kosong", en: "the row has a level but no indicator number" }, a.summary, v),
  "indicator/needs-parts": (a) => ({
    id: `indikator ${a.id} dinilai per layanan, satu baris untuk setiap butir ${a.parts.join(", ")} (mis. ${a.parts[0]} = layanan pertama yang dinilai); isi tingkat tiap layanan pada barisnya sendiri, bukan satu baris ${a.id}`,
    en: `indicator ${a.id} is assessed per service, one row for each of ${a.parts.join(", ")} (e.g. ${a.parts[0]} = the first service assessed); give each service's level on its own row, not one row ${a.id}`,
  }),
  "indicator/name-mismatch": (a, v) => {
    const named = namedAs(a.named);
    const what = {
      id: `nomor indikator ${idWithCode(a)}, tetapi namanya nama ${named.id} ('${v}'): tingkatnya dibaca sebagai tingkat indikator ${a.id}`,
      en: `indicator number ${idWithCode(a)}, but the name is ${named.en}'s ('${v}'): its level is read as indicator ${a.id}'s`,
    };
    return a.named.kind === "indicator"
      ? {
          id: `${what.id}; barisnya bergeser (diurutkan satu kolom saja, atau ada baris yang disisipkan)? perbaiki nomor atau namanya`,
          en: `${what.en}; were the rows shifted (a sort on one column only, a row inserted)? fix the number or the name`,
        }
      : {
          id: `${what.id}; baris judul ${named.id} yang diberi tingkat? hapus tingkatnya, atau perbaiki nomor atau namanya`,
          en: `${what.en}; a ${named.en} heading given a level? delete the level, or fix the number or the name`,
        };
  },
  "indicator/misaligned": (a) => ({
    id: `${a.count} dari ${a.of} baris penilaian ini memuat nama indikator lain, bukan nama indikator nomornya (yang pertama di baris ini): lembarnya tampak diurutkan pada satu kolom saja, atau dinomori ulang; tingkatnya akan dihitung untuk indikator yang salah, jadi penilaian ini tidak dihitung: perbaiki nomor atau namanya (atau hapus kolom nama bila namanya yang salah)`,
    en: `${a.count} of this assessment's ${a.of} rows carry another indicator's name than their number's (the first on this row): the sheet seems sorted on one column only, or renumbered; the levels would count for the wrong indicators, so the assessment is not scored: fix the numbers or the names (or delete the name column if the names are what is wrong)`,
  }),
  "value/missing": (a) =>
    a.external
      ? {
          id: `tingkat indikator ${idWithCode(a)} kosong; nilainya berasal dari ${a.external}: isi bila sudah terbit, atau hitung dengan --without-external`,
          en: `the level of indicator ${idWithCode(a)} is blank; it comes from ${a.external}: fill it in once published, or score with --without-external`,
        }
      : {
          id: `tingkat indikator ${idWithCode(a)} kosong (isi ${a.min}–${a.max})`,
          en: `the level of indicator ${idWithCode(a)} is blank (enter ${a.min}–${a.max})`,
        },
  "value/invalid": (a, v) =>
    a.thousands
      ? {
          id: `'${v}' untuk indikator ${idWithCode(a)} bermakna ganda: di berkas ini koma adalah desimal, jadi titik dibaca sebagai pemisah ribuan (${v} = ${v.replace(".", "")}); ${thousandsFix(v).id}`,
          en: `'${v}' for indicator ${idWithCode(a)} is ambiguous: commas are decimal in this file, so a point reads as a thousands separator (${v} = ${v.replace(".", "")}); ${thousandsFix(v).en}`,
        }
      : a.tooPrecise
        ? {
            id: `'${v}' untuk indikator ${idWithCode(a)} berdesimal lebih dari 12: tulis paling banyak 12 desimal`,
            en: `'${v}' for indicator ${idWithCode(a)} has more than 12 decimals: write at most 12`,
          }
        : a.decimalComma
          ? {
              // not "--delimiter ';'": the header of a file read with ',' is split by commas, and would be one column
              id: `'${v}' bukan tingkat yang sah untuk indikator ${idWithCode(a)}: koma desimal hanya dibaca bila koma bukan pemisah kolom; tulis dengan titik (${v.replace(",", ".")}), atau simpan berkas dengan pemisah ';'`,
              en: `'${v}' is not a valid level for indicator ${idWithCode(a)}: a decimal comma is read only where commas do not separate columns; write a point (${v.replace(",", ".")}), or save the file with ';' as its delimiter`,
            }
          : a.alone !== null
            ? {
                id: `'${v}' bukan tingkat yang sah untuk indikator ${idWithCode(a)}; tulis angkanya saja: ${a.alone}`,
                en: `'${v}' is not a valid level for indicator ${idWithCode(a)}; write the number alone: ${a.alone}`,
              }
            : a.disagree !== null
              ? {
                  id: `'${v}' bukan tingkat yang sah untuk indikator ${idWithCode(a)}; angka ${a.disagree.level} dan nama '${visible(shorten(a.disagree.name, 30))}' (tingkat ${a.disagree.named}) tidak cocok: tulis angka tingkat yang dimaksud saja`,
                  en: `'${v}' is not a valid level for indicator ${idWithCode(a)}; the number ${a.disagree.level} and the name '${visible(shorten(a.disagree.name, 30))}' (level ${a.disagree.named}) disagree: write the number of the level meant, alone`,
                }
              : {
                  id: `'${v}' bukan tingkat yang sah untuk indikator ${idWithCode(a)} (isi angka ${a.min}–${a.max})`,
                  en: `'${v}' is not a valid level for indicator ${idWithCode(a)} (enter a number ${a.min}–${a.max})`,
                },
  "value/out-of-range": (a, v) => ({
    id: `tingkat ${v} untuk indikator ${idWithCode(a)} di luar rentang ${a.min}–${a.max}`,
    en: `level ${v} for indicator ${idWithCode(a)} is outside ${a.min}–${a.max}`,
  }),
  "value/not-integer": (a, v) => ({
    id: `tingkat ${v} untuk indikator ${idWithCode(a)} harus bilangan bulat ${a.min}–${a.max}`,
    en: `level ${v} for indicator ${idWithCode(a)} must be a whole number ${a.min}–${a.max}`,
  }),
  "evidence/missing": (a, v) =>
    a.placeholder
      ? {
          id: `indikator ${idWithCode(a)} mengklaim tingkat 3 atau lebih tanpa bukti dukung: '${v}' bukan bukti (tulis dokumennya: nomor SK, tautan, nama berkas)`,
          en: `indicator ${idWithCode(a)} claims level 3 or higher with no evidence (bukti): '${v}' is no evidence (write the document: a decree number, a link, a file name)`,
        }
      : {
          id: `indikator ${idWithCode(a)} mengklaim tingkat 3 atau lebih tanpa bukti dukung`,
          en: `indicator ${idWithCode(a)} claims level 3 or higher with no evidence (bukti)`,
        },
  "meta/invalid": (a, v) =>
    a.field === "tahun"
      ? yearHint(v)
      : a.field === "target" && a.comma
        ? {
            id: `target '${v}': di berkas ini koma bukan tanda desimal, seperti untuk indeksnya: tulis dengan titik, ${v.trim().replace(",", ".")}; diabaikan`,
            en: `target '${v}': commas are no decimal mark in this file, as for its index: write it with a point, ${v.trim().replace(",", ".")}; ignored`,
          }
        : a.field === "target" && a.thousands
          ? {
              id: `target '${v}' bermakna ganda: di berkas ini koma adalah desimal, jadi titik dibaca sebagai pemisah ribuan (${v} = ${v.replace(".", "")}); ${thousandsFix(v).id}; diabaikan`,
              en: `target '${v}' is ambiguous: commas are decimal in this file, so a point reads as a thousands separator (${v} = ${v.replace(".", "")}); ${thousandsFix(v).en}; ignored`,
            }
          : a.field === "target" && a.lowest
            ? {
                id: `target '${v}' adalah predikat terendah, tanpa batas bawah yang dapat dicapai: tulis angka indeks atau predikat yang lebih tinggi; diabaikan`,
                en: `target '${v}' is the lowest predikat, with no lower bound to reach: write an index or a higher predikat; ignored`,
              }
            : a.field === "target"
              ? { id: `target '${v}' bukan angka indeks atau nama predikat; diabaikan`, en: `target '${v}' is neither an index nor a predikat name; ignored` }
              : { id: `jenis '${v}' bukan 'mandiri' atau 'evaluasi'`, en: `jenis '${v}' is neither 'mandiri' nor 'evaluasi'` },
  "meta/partly-blank": (a) => ({
    id: `kolom ${a.field} kosong di baris ini (dan mungkin baris lain) tetapi terisi di baris lain: baris-barisnya dihitung sebagai penilaian tersendiri; isi ${a.field} di setiap baris (sel gabungan Excel hanya menyimpan baris pertamanya)`,
    en: `the ${a.field} column is blank on this row (and perhaps others) but filled on others: those rows are read as an assessment of their own; fill ${a.field} on every row (Excel's merged cells keep only the first row's)`,
  }),
  "meta/split": (a, v) => {
    const of = a.assessment === null ? "" : ` ${a.assessment}`;
    const rows =
      a.rows === 1 ? { id: "baris ini", en: "this row alone" } : { id: `baris ini dan ${a.rows - 1} baris lain`, en: `this row and ${a.rows - 1} other(s)` };
    return {
      id: `${a.field} '${v}' hanya di ${rows.id}, yang dihitung sebagai penilaian tersendiri; penilaian${of} kekurangan tepat indikator di sana: salah ketik '${a.other}'? tulis ${a.field} yang sama di setiap baris penilaian`,
      en: `${a.field} '${v}' is on ${rows.en}, read as an assessment apart; assessment${of} lacks exactly the indicators there: a typo of '${a.other}'? write the same ${a.field} on every row of an assessment`,
    };
  },
  "meta/year-mismatch": (a, v) => ({
    id: `tahun ${v} di luar masa berlaku ${a.framework} (${a.from}–${a.to ?? "kini"})`,
    en: `year ${v} is outside the years ${a.framework} applies to (${a.from}–${a.to ?? "now"})`,
  }),
  "framework/mismatch": (a) => {
    // a framework without codes (2020, 2018) is said by its ids: "kode 1–35.3" named codes 2018 has none of
    const ids = a.coded ? { id: `kode ${a.codes}`, en: `codes ${a.codes}` } : { id: `nomor ${a.codes}`, en: `numbered ${a.codes}` };
    return a.reason === "tahun"
      ? {
          id: `berkas ini tampaknya penilaian ${a.suggested} (tahun ${a.year}; ${a.indicators} indikator, ${ids.id}), bukan ${a.chosen}: pakai --framework ${a.suggested}`,
          en: `this looks like ${a.suggested} (year ${a.year}; ${a.indicators} indicators, ${ids.en}), not ${a.chosen}: use --framework ${a.suggested}`,
        }
      : {
          id: `berkas ini tampaknya penilaian ${a.suggested} (${a.indicators} indikator, ${ids.id}), bukan ${a.chosen}: pakai --framework ${a.suggested}`,
          en: `this looks like ${a.suggested} (${a.indicators} indicators, ${ids.en}), not ${a.chosen}: use --framework ${a.suggested}`,
        };
  },
  "framework/provisional": (a) => ({
    id: `kerangka ${a.framework} masih sementara (provisional): bobot dan batas predikat belum dari salinan resmi`,
    en: `framework ${a.framework} is provisional: its weights and predikat bands are not from the official text`,
  }),
  "diff/framework-mismatch": (a) =>
    a.reason === "structure"
      ? {
          id: `kedua sisi memakai kerangka ${a.a}, tetapi indikator, bobot atau predikatnya berbeda: tidak dapat dibandingkan`,
          en: `both sides use framework ${a.a}, but their indicators, weights or bands differ: they cannot be compared`,
        }
      : { id: `kerangka berbeda: ${a.a} dan ${a.b} tidak dapat dibandingkan`, en: `different frameworks: ${a.a} and ${a.b} cannot be compared` },
  // an error only under --strict (compare/diff.ts): the hint says so rather than offering --strict again
  "diff/unlike": (a, _, severity) => {
    const [id, en] =
      a.field === "instansi"
        ? [`kedua sisi adalah instansi berbeda ('${a.a}' dan '${a.b}')`, `the two sides are different instansi ('${a.a}' and '${a.b}')`]
        : [`kedua sisi dari tahun berbeda (${a.a} dan ${a.b})`, `the two sides are from different years (${a.a} and ${a.b})`];
    const strict = severity === "error";
    return {
      id: `${id}: pastikan yang dibandingkan memang penilaian yang sama (${strict ? "galat karena --strict" : "--strict menjadikannya galat"})`,
      en: `${en}: make sure they are the same assessment (${strict ? "an error under --strict" : "--strict makes this an error"})`,
    };
  },
  "result/blank": (a) =>
    a.required
      ? // said by rank, trend and validate alike: "cannot be ranked" was wrong of a trend's row
        { id: `kolom ${a.field} kosong: baris ini tidak masuk peringkat maupun tren`, en: `${a.field} is blank: this row is left out of rankings and trends` }
      : { id: `kolom ${a.field} kosong`, en: `${a.field} is blank` },
  "result/invalid": (a, v) =>
    a.decimalComma
      ? {
          // (no "quote it": a quoted "4,03" is still no decimal where commas are no decimal mark)
          id: `${a.field} '${v}' berkoma desimal di berkas berpemisah koma: terbaca sebagai dua sel, dan kolom sesudahnya bergeser; tulis ${v.replace(",", ".")}, atau simpan berkas dengan pemisah ';'`,
          en: `${a.field} '${v}' has a decimal comma in a comma-separated file: it was read as two cells, and the columns after it moved; write ${v.replace(",", ".")}, or save the file with ';'`,
        }
      : a.thousands
        ? {
            id: `${a.field} '${v}' bermakna ganda: di berkas ini koma adalah desimal, jadi titik dibaca sebagai pemisah ribuan (${v} = ${v.replace(".", "")}); tulis dengan koma (mis. ${v.replace(".", ",")})`,
            en: `${a.field} '${v}' is ambiguous: commas are decimal in this file, so a point reads as a thousands separator (${v} = ${v.replace(".", "")}); write it with a comma (e.g. ${v.replace(".", ",")})`,
          }
        : /^\d+,\d+$/.test(v)
          ? {
              // a quoted "4,03" in a comma-separated file: the decimal comma of the Indonesian locale, said what to do
              id: `${a.field} '${v}' bukan angka desimal: di berkas ini koma bukan tanda desimal; tulis ${v.replace(",", ".")}, atau simpan berkas dengan pemisah ';'`,
              en: `${a.field} '${v}' is not a decimal number: commas are no decimal mark in this file; write ${v.replace(",", ".")}, or save the file with ';'`,
            }
          : { id: `${a.field} '${v}' bukan angka desimal`, en: `${a.field} '${v}' is not a decimal number` },
  "result/out-of-range": (a, v) => ({
    id: `${a.field} ${v} di luar rentang tingkat ${a.min}–${a.max}`,
    en: `${a.field} ${v} is outside the level range ${a.min}–${a.max}`,
  }),
  "result/off-grid": (a, v) => ({
    id: `${a.field} ${v} tidak mungkin dihasilkan tingkat bilangan bulat pada tingkatan ${a.tier} kerangka ini`,
    en: `${a.field} ${v} cannot come from whole levels in tier ${a.tier} of this framework`,
  }),
  // tiers that allow one printed index said "between 2.61 and 2.61"
  "result/index-mismatch": (a, v) =>
    a.low === a.high
      ? {
          id: `indeks ${v} tidak sesuai nilai domainnya: dari domain itu indeks ${a.low}`,
          en: `the index ${v} does not match its tiers: they give an index of ${a.low}`,
        }
      : {
          id: `indeks ${v} tidak sesuai nilai domainnya: dari domain itu indeks antara ${a.low} dan ${a.high}`,
          en: `the index ${v} does not match its tiers: they give an index between ${a.low} and ${a.high}`,
        },
  "result/predikat-mismatch": (a, v) => {
    const rule = {
      exact: { id: "indeks tepat", en: "the exact index" },
      displayed: { id: "indeks dua desimal", en: "the two-decimal index" },
      either: { id: "indeks tepat atau dua desimal", en: "the exact or the two-decimal index" },
    }[a.basis];
    const why =
      a.year === null
        ? { id: "", en: "" }
        : a.assumed
          ? { id: ` (aturan bawaan untuk tahun tanpa bukti, ${a.year})`, en: ` (the default for years without evidence, ${a.year})` }
          : { id: ` (aturan ${a.year})`, en: ` (the ${a.year} rule)` };
    const other = a.basis === "exact" ? { id: "indeks dua desimal", en: "the two-decimal index" } : { id: "indeks tepat", en: "the exact index" };
    const fits = a.otherBasisFits
      ? {
          id: `; dari ${other.id} predikatnya '${v}': aturan tahun itu tidak diketahui, periksa mana yang dipakai`,
          en: `; from ${other.en} it is '${v}': that year's rule is not known, check which one was used`,
        }
      : { id: "", en: "" };
    return {
      id: `predikat '${v}' tidak sesuai indeks ${a.index}: dari ${rule.id}${why.id} predikatnya ${a.expected.join(" atau ")}${fits.id}`,
      en: `predikat '${v}' does not match the index ${a.index}: from ${rule.en}${why.en} it is ${a.expected.join(" or ")}${fits.en}`,
    };
  },
  "result/kategori": (_a, v) => ({
    id: `kategori '${v}' tidak dikenal: pakai kementerian, lembaga, provinsi, kabupaten atau kota`,
    en: `unknown kategori '${v}': use kementerian, lembaga, provinsi, kabupaten or kota`,
  }),
  "result/framework": (a, v) => ({ id: `kerangka '${v}' tidak dikenal (ada: ${a.known})`, en: `unknown framework '${v}' (known: ${a.known})` }),
  "rank/mixed-frameworks": (a) => ({
    id: `peringkat ini mencampur indeks dari kerangka berbeda (${a.frameworks.join(", ")}), yang tidak sebanding: pilih satu tahun atau kerangka, atau beri --allow-mixed`,
    en: `this ranking mixes indices of different frameworks (${a.frameworks.join(", ")}), which are not comparable: pick one year or framework, or give --allow-mixed`,
  }),
  // an evaluasi kept over a mandiri (whichever came first) says why: it is the official result
  "rank/duplicate": (a) =>
    a.earlier !== undefined
      ? {
          id: `baris ${a.instansi} tahun ${a.earlier} ini tidak diperingkat di antara hasil ${a.tahun}: hasil resmi instansi itu tahun ${a.tahun} (${a.kept}) yang diperingkat`,
          en: `this ${a.earlier} row of ${a.instansi} is not ranked among the results of ${a.tahun}: the instansi's official result of ${a.tahun} (${a.kept}) is`,
        }
      : a.later !== undefined
        ? {
            id: `baris ${a.instansi} tahun ${a.later} ini tidak diperingkat di antara hasil ${a.tahun}: baris tahun ${a.tahun}-nya (${a.kept}) yang diperingkat (satu baris per instansi dan tahun adalah riwayat, bukan ganda)`,
            en: `this ${a.later} row of ${a.instansi} is not ranked among the results of ${a.tahun}: its ${a.tahun} row (${a.kept}) is (a row per instansi and year is history, not a duplicate)`,
          }
        : overMandiri(a)
          ? {
              id: `${a.instansi} ada lebih dari sekali di masukan peringkat${a.tahun === null ? "" : ` ${a.tahun}`}; yang diperingkat hasil evaluasi (${a.kept}), hasil resmi, bukan penilaian mandiri ini (--jenis mandiri memeringkat penilaian mandiri)`,
              en: `${a.instansi} is in the inputs of the${a.tahun === null ? "" : ` ${a.tahun}`} ranking more than once; the evaluasi (${a.kept}), the official result, is ranked, not this mandiri (--jenis mandiri ranks self-assessments)`,
            }
          : {
              id: `${a.instansi} ada lebih dari sekali di masukan peringkat${a.tahun === null ? "" : ` ${a.tahun}`}; yang diperingkat yang pertama (${a.kept}), yang ini tidak: beri satu per instansi`,
              en: `${a.instansi} is in the inputs of the${a.tahun === null ? "" : ` ${a.tahun}`} ranking more than once; the first (${a.kept}) is ranked, not this one: give one per instansi`,
            },
  "rank/not-national": (a) => {
    const named = (l: "id" | "en") =>
      a.names
        .map((n) => (n.nearest === null ? `'${n.instansi}'` : l === "id" ? `'${n.instansi}' (mirip '${n.nearest}')` : `'${n.instansi}' (near '${n.nearest}')`))
        .join(", ") + (a.count > a.names.length ? ", …" : "");
    return {
      id: `${a.count} instansi berkas ini tidak cocok dengan instansi mana pun di hasil nasional ${a.tahun}, dan diperingkat sebagai instansi tersendiri: ${named("id")}; tulis namanya seperti hasil nasional untuk menggantikan barisnya`,
      en: `${a.count} instansi of this file match none of the national results of ${a.tahun}, and are ranked as instansi of their own: ${named("en")}; write the name as the national results do for it to stand in for its row`,
    };
  },
  "rank/jenis-left-out": (a) => ({
    id: `--jenis ${a.jenis}: ${a.count} baris berkas ini disisihkan${a.unknown > 0 ? ` (${a.unknown} tanpa jenis: isi jenisnya, mandiri atau evaluasi)` : ""}`,
    en: `--jenis ${a.jenis}: ${a.count} row(s) of this file left out${a.unknown > 0 ? ` (${a.unknown} with no jenis: fill in mandiri or evaluasi)` : ""}`,
  }),
  "rank/predikat-placed": (a) => {
    const rule = a.basis === "exact" ? { id: "indeks tepat", en: "the exact index" } : { id: "indeks dua desimal", en: "the two-decimal index" };
    const who =
      a.from === null ? { id: `${a.instansi} tanpa tahun`, en: `${a.instansi}, undated,` } : { id: `${a.instansi} ${a.from}`, en: `${a.instansi} ${a.from}` };
    const hint = a.from === null ? { id: ` (isi tahunnya bila bukan ${a.tahun})`, en: ` (fill in its year if it is not ${a.tahun})` } : { id: "", en: "" };
    return {
      id: `${who.id} ditempatkan di antara hasil ${a.tahun}: menurut aturan ${a.tahun} (dari ${rule.id}) indeks ${a.index} berpredikat ${a.predikat}, bukan ${a.printed} yang tercetak; diperingkat dengan ${a.predikat}${hint.id}`,
      en: `${who.en} is placed among the results of ${a.tahun}: under the ${a.tahun} rule (from ${rule.en}) the index ${a.index} is ${a.predikat}, not the printed ${a.printed}; ranked as ${a.predikat}${hint.en}`,
    };
  },
  "trend/duplicate": (a) =>
    overMandiri(a)
      ? {
          id: `${a.instansi} ${a.tahun} ada lebih dari sekali di masukan; tren memakai hasil evaluasi (${a.kept}), hasil resmi, bukan penilaian mandiri ini (--jenis mandiri untuk tren penilaian mandiri)`,
          en: `${a.instansi} ${a.tahun} is in the inputs more than once; the trend uses the evaluasi (${a.kept}), the official result, not this mandiri (--jenis mandiri for the self-assessments' trend)`,
        }
      : {
          id: `${a.instansi} ${a.tahun} ada lebih dari sekali di masukan; tren memakai yang pertama (${a.kept}), yang ini tidak: beri satu per tahun, atau yang ingin ditampilkan lebih dulu`,
          en: `${a.instansi} ${a.tahun} is in the inputs more than once; the trend uses the first (${a.kept}), not this one: give one per year, or the one to show first`,
        },
  "trend/undated": (a) =>
    a.column
      ? {
          id: `${a.instansi} tanpa tahun (sel tahun kosong atau bukan tahun): tidak masuk tren; isi tahunnya`,
          en: `${a.instansi} has no year (its tahun cell is blank or not a year): left out of the trend; fill in its year`,
        }
      : {
          id: `${a.instansi} tanpa tahun (masukan ini tidak punya kolom tahun): tidak masuk tren; tambahkan kolom tahun`,
          en: `${a.instansi} has no year (this input has no tahun column): left out of the trend; add a tahun column`,
        },
  "trend/target-unmatched": (a) => ({
    id: `target ${a.instansi} tidak cocok dengan instansi mana pun yang berindeks di masukan: tidak dipakai; periksa ejaan namanya, atau tambahkan hasilnya (--nasional)`,
    en: `the target of ${a.instansi} matches no instansi with an index in the inputs: not used; check how the name is spelled, or add its results (--nasional)`,
  }),
  "diff/indicator-unmatched": (a) => ({ id: `indikator ${idWithCode(a)} hanya ada di ${a.side}`, en: `indicator ${idWithCode(a)} is only in ${a.side}` }),
  "diff/assessment-count": (a) =>
    a.reason === "both-jenis"
      ? {
          id: "berkas ini sudah berisi penilaian mandiri dan evaluasi: bandingkan keduanya dengan `spbe diff <berkas>` saja, tanpa berkas kedua",
          en: "this file already holds the mandiri and the evaluasi: compare them with `spbe diff <file>` alone, without a second file",
        }
      : a.reason === "unread-jenis"
        ? {
            id: `berkas berisi ${a.count} penilaian, dan jenis ${(a.jenis ?? []).map((j) => `'${j}'`).join(", ")} tidak terbaca sebagai mandiri atau evaluasi: tulis jenisnya 'mandiri' dan 'evaluasi'`,
            en: `the file holds ${a.count} assessments, and jenis ${(a.jenis ?? []).map((j) => `'${j}'`).join(", ")} is read as neither mandiri nor evaluasi: write their jenis as 'mandiri' and 'evaluasi'`,
          }
        : a.reason === "needs-two"
          ? {
              id: "berkas hanya berisi satu penilaian: beri dua berkas, atau satu berkas dengan kolom mandiri dan evaluasi (atau --columns), atau dengan baris berjenis mandiri dan evaluasi",
              en: "the file holds one assessment only: give two files, or one file with mandiri and evaluasi columns (or --columns), or with rows of jenis mandiri and evaluasi",
            }
          : {
              id: `berkas berisi ${a.count} penilaian; tiap sisi perbandingan harus tepat satu (mis. satu instansi dengan jenis mandiri dan evaluasi)`,
              en: `the file holds ${a.count} assessments; each side of the comparison must be exactly one (e.g. one instansi with jenis mandiri and evaluasi)`,
            },
  "cost/column-missing": (a) => {
    const found = a.found.length ? a.found.map((h) => `'${visible(shorten(h, 30))}'`).join(", ") : "–";
    const what = pick(COST_COLUMN, a.column);
    return {
      id: `berkas biaya tidak punya ${what.id}; kolom yang ada: ${found} (bentuknya indikator,biaya atau indikator,dari,ke,biaya)`,
      en: `the cost file has no ${what.en}; the columns are: ${found} (its shape is indikator,biaya or indikator,dari,ke,biaya)`,
    };
  },
  "cost/indicator-unknown": (a, v) => ({ id: `'${v}' bukan indikator ${a.framework}`, en: `'${v}' is not an indicator of ${a.framework}` }),
  "cost/invalid": (a, v) => {
    if (a.field !== "biaya") {
      return v === ""
        ? {
            id: `tingkat '${a.field}' indikator ${idWithCode(a)} kosong (isi ${a.min}–${a.max})`,
            en: `the '${a.field}' level of indicator ${idWithCode(a)} is blank (enter ${a.min}–${a.max})`,
          }
        : {
            id: `'${v}' bukan tingkat '${a.field}' yang sah untuk indikator ${idWithCode(a)} (isi ${a.min}–${a.max})`,
            en: `'${v}' is not a valid '${a.field}' level for indicator ${idWithCode(a)} (enter ${a.min}–${a.max})`,
          };
    }
    if (v === "") return { id: `biaya indikator ${idWithCode(a)} kosong`, en: `the cost of indicator ${idWithCode(a)} is blank` };
    return a.grouped
      ? {
          id: `biaya '${v}' untuk indikator ${idWithCode(a)} tampak memakai pemisah ribuan, yang tidak pernah ditebak ("50.000" bisa lima puluh ribu atau lima puluh): tulis tanpa pemisah, mis. 50000`,
          en: `the cost '${v}' for indicator ${idWithCode(a)} looks like it has thousands separators, which are never guessed ("50.000" may be fifty thousand or fifty): write it without them, e.g. 50000`,
        }
      : {
          id: `'${v}' bukan biaya yang sah untuk indikator ${idWithCode(a)} (angka 0 atau lebih, paling banyak 15 angka, mis. 12.5 atau 50000000)`,
          en: `'${v}' is not a valid cost for indicator ${idWithCode(a)} (a number 0 or more, at most 15 digits, e.g. 12.5 or 50000000)`,
        };
  },
  "cost/duplicate": (a) =>
    a.step === null
      ? {
          id: `biaya indikator ${idWithCode(a)} sudah diberikan di baris ${a.first}`,
          en: `the cost of indicator ${idWithCode(a)} was already given on line ${a.first}`,
        }
      : {
          id: `biaya indikator ${idWithCode(a)} untuk ${a.step} sudah diberikan di baris ${a.first}`,
          en: `the cost of indicator ${idWithCode(a)} for ${a.step} was already given on line ${a.first}`,
        },
  "cost/not-a-step": (a) => ({
    id: `dari ${a.from} ke ${a.to} (indikator ${idWithCode(a)}) bukan satu langkah: ke harus dari + ${a.step}; tulis setiap langkah pada barisnya sendiri`,
    en: `from ${a.from} to ${a.to} (indicator ${idWithCode(a)}) is not one step: ke must be dari + ${a.step}; give each step a row of its own`,
  }),
  "cost/missing": (a) => ({
    id: `berkas biaya tidak memberi biaya untuk ${a.list}: langkah itu tidak direncanakan (tambahkan barisnya bila boleh naik)`,
    en: `the cost file gives no cost for ${a.list}: those steps are not planned (add their rows if they may be taken)`,
  }),
  "plan/assessment-count": (a) => ({
    id: `berkas berisi ${a.count} penilaian; spbe plan merencanakan tepat satu (simpan penilaian yang akan direncanakan dalam berkasnya sendiri)`,
    en: `the file holds ${a.count} assessments; spbe plan plans exactly one (keep the assessment to plan in a file of its own)`,
  }),
};

const COST_COLUMN: Record<FindingArgs<"cost/column-missing">["column"], Text> = {
  indikator: {
    id: "kolom indikator (indikator, indicator, kode indikator, nomor indikator, no indikator, no. indikator, id indikator, kode, id, nomor, no atau no.)",
    en: "indicator column (indikator, indicator, kode indikator, nomor indikator, no indikator, no. indikator, id indikator, kode, id, nomor, no or no.)",
  },
  // every name the reader takes, the unit form too: a sheet headed "Harga (juta Rp)" learns what to write
  biaya: {
    id: "kolom biaya (biaya, cost, anggaran atau budget, atau salah satunya dengan satuan dalam kurung: Biaya (juta Rp))",
    en: "cost column (biaya, cost, anggaran or budget, or one of them with a unit in parentheses: Biaya (juta Rp))",
  },
  dari: { id: "kolom dari (dari, from), padahal ada kolom ke", en: "'dari' column (dari, from), though it has a 'ke' column" },
  ke: { id: "kolom ke (ke, to), padahal ada kolom dari", en: "'ke' column (ke, to), though it has a 'dari' column" },
};

/**
 * A row refused as no indicator's that reads as a summary row under the table ("Total", "Rata-rata
 * 3,64"): the message says so, quoting the label unless it is the value the message already quotes.
 */
function withSummary(what: Text, summary: string | null, value: string): Text {
  if (summary === null) return what;
  const label = visible(shorten(summary, 60));
  const quoted = label === value ? "" : ` ('${label}')`;
  return { id: `${what.id}; baris ringkasan${quoted}? hapus baris ini`, en: `${what.en}; a summary row${quoted}? delete it` };
}

/**
 * A refused indicator cell that is an id with decoration around it ("1.": write '1' alone), or a row
 * that repeats the header row (a second sheet pasted below the first): the message says so.
 */
function withUnknownHint(what: Text, a: FindingArgs<"indicator/unknown">, v: string): Text {
  if (a.note) {
    return {
      id: `${what.id}; catatan atau tanda tangan di bawah tabel? hapus baris ini (baris ini tidak dihitung sebagai bagian penilaian)`,
      en: `${what.en}; a note or signature under the table? delete the row (it does not count against the assessment)`,
    };
  }
  if (a.repeatsHeader) {
    return {
      id: `${what.id}; baris ini mengulang baris judul (lembar kedua ditempel di bawah?): hapus baris ini, dan bila di bawahnya penilaian lain, pisahkan berkasnya atau beri kolom instansi/jenis`,
      en: `${what.en}; this row repeats the header row (a second sheet pasted below?): delete it, and if another assessment follows, split the file or give it an instansi/jenis column`,
    };
  }
  if (a.misnamed !== null) {
    const named = namedAs(a.misnamed.named);
    const number = visible(shorten(a.misnamed.number, 30));
    return {
      id: `${what.id}; nomornya ${number} tetapi namanya nama ${named.id}: tulis nomor indikator yang dimaksud saja`,
      en: `${what.en}; its number is ${number} but the name is ${named.en}'s: write the number of the indicator meant alone`,
    };
  }
  if (a.bare === null) return what;
  const bare = visible(shorten(a.bare, 30));
  // "35,1" where commas are no decimal mark (a comma-separated file): the Indonesian locale's decimal comma
  if (a.bare.includes(".") && a.bare === v.replace(",", ".")) {
    return {
      id: `${what.id}; di berkas ini koma bukan tanda desimal: tulis dengan titik ('${bare}'), atau simpan berkas dengan pemisah ';'`,
      en: `${what.en}; commas are no decimal mark in this file: write it with a point ('${bare}'), or save the file with ';' as the separator`,
    };
  }
  if (a.nameAlone)
    return {
      id: `${what.id}; itu nama indikator ${bare}: tulis nomornya, '${bare}', sebagai gantinya`,
      en: `${what.en}; that is indicator ${bare}'s name: write its number, '${bare}', instead`,
    };
  return { id: `${what.id}; tulis nomornya saja: '${bare}'`, en: `${what.en}; write the number alone: '${bare}'` };
}

/** What a name names, as a message says it: "indikator 5", Pemdi "indikator 10 (4.2)", "domain 1", "aspek 3" (domain terms stay Indonesian). */
function namedAs(n: NamedAs): Text {
  const what = n.kind === "indicator" ? `indikator ${idWithCode(n)}` : `${n.kind === "domain" ? "domain" : "aspek"} ${n.id}`;
  return { id: what, en: n.kind === "indicator" ? `indicator ${idWithCode(n)}` : what };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Controls and format characters (zero-width space, soft hyphen, bidirectional marks, BOM), but tab and line breaks. */
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * A value as it can be seen: a character that shows as nothing is written as its code point. A
 * cell of "3" and a zero-width space pasted from a web page was "'3' is not a valid level", and
 * a header "tingkat" with one "no level column; the columns are: 'indikator', 'tingkat'": nothing
 * a user could find to fix (terminalSafe drops the bidirectional marks outright).
 */
function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** A finding's message in both languages; the raw value is cut to 60 characters so a 20 MB cell stays one line. */
function findingText(f: Finding): Text {
  const phrase = FINDING_TEXTS[f.code] as Phrase<FindingCode>;
  return phrase(f.args, visible(shorten(f.value ?? "", 60)), f.severity);
}

export const findingMessage = (f: Finding, lang: Lang): string => say(knownLang(lang), findingText(f));
