/**
 * How a predikat is said: the basis it was read from and why, and an
 * indicative one. Its own module, apart from the other labels, because every
 * scored output says a predikat, and a JSON run needs nothing else of them
 * (start-up: README, "Kinerja / Performance").
 */
export const PREDIKAT_LABEL = {
  exactBelow: {
    id: "indeks tepat {exact} di bawah batas {edge}; predikat dari indeks tepat, {rule}",
    en: "the exact index {exact} is below the {edge} edge; predikat from the exact index, {rule}",
  },
  displayedReaches: {
    id: "indeks tepat {exact} di bawah batas {edge}, tetapi tampilannya {display} mencapainya; predikat dari indeks yang ditampilkan, {rule}",
    en: "the exact index {exact} is below the {edge} edge, but its display {display} reaches it; predikat from the displayed index, {rule}",
  },
  ruleYear: { id: "aturan KemenPANRB {year}", en: "KemenPANRB's {year} rule" },
  ruleYearOwn: { id: "aturan {year} berkas kerangka ini", en: "this framework file's {year} rule" },
  ruleDefault: { id: "aturan bawaan untuk tahun tanpa bukti", en: "the default for years without evidence" },
  // a config file's predikatBasis is the option's value too: "chosen with --predikat-basis" told a user who had
  // given none, and had a config found upward, that they had
  ruleOption: {
    id: "dipilih dengan --predikat-basis atau predikatBasis di berkas konfigurasi",
    en: "chosen with --predikat-basis or a config file's predikatBasis",
  },
  indicative: { id: "{predikat} (indikatif)", en: "{predikat} (indicative)" },
  otherRuleGives: { id: "; dari {basis} predikatnya {predikat}", en: "; from the {basis} it would be {predikat}" },
  entryBasisNote: {
    id: "◊ {who}: indeks tepat {exact} di bawah batas {edge}; predikat {predikat} dari {basis} (dasar yang lain memberi {other})",
    en: "◊ {who}: the exact index {exact} is below the {edge} edge; predikat {predikat} from the {basis} (the other basis gives {other})",
  },
  // the option or the config's key (as ruleOption says it): "(--predikat-basis)" credited the command line with a config's choice
  printedBasisNote: {
    id: "◊ {who}: predikat {predikat} dibaca dari {basis} (--predikat-basis atau predikatBasis konfigurasi); tercetak {display} {printed} menurut {rule}",
    en: "◊ {who}: predikat {predikat} read from the {basis} (--predikat-basis or the config's predikatBasis); printed {display} {printed} under {rule}",
  },
  entryPlacedBasisNote: {
    id: "◊ {who}: indeks tepat {exact} di bawah batas {edge}; predikat {predikat} dari {basis} menurut aturan {year}, tahun yang hasilnya menjadi tempatnya (dasar yang lain memberi {other})",
    en: "◊ {who}: the exact index {exact} is below the {edge} edge; predikat {predikat} from the {basis} under the {year} rule, the year among whose results it is placed (the other basis gives {other})",
  },
  placedBasisNote: {
    id: "◊ {who}: predikat {predikat} dibaca dari {basis} menurut aturan {year}, tahun yang hasilnya menjadi tempatnya; tercetak {display} {printed}",
    en: "◊ {who}: predikat {predikat} read from the {basis} under the {year} rule, the year among whose results it is placed; printed {display} {printed}",
  },
  printedRuleYear: { id: "aturan tahunnya", en: "its year's rule" },
  printedRuleDefault: { id: "aturan bawaan", en: "the default rule" },
  withoutExternal: { id: "{name} (tanpa indikator eksternal)", en: "{name} (without external indicators)" },
  exact: { id: "indeks tepat", en: "exact index" },
  displayed: { id: "indeks yang ditampilkan", en: "displayed index" },
  basisRules: { id: "Dasar predikat", en: "Predikat basis" },
  basisDefault: { id: "tahun lain: {basis}{assumed}", en: "other years: {basis}{assumed}" },
  assumed: { id: " (asumsi)", en: " (assumed)" },
} as const;
