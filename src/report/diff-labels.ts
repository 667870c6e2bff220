import type { Lang } from "./messages.js";

/** Words of the `spbe diff` reports. */
export const DIFF_LABELS = {
  id: {
    title: "Perbandingan",
    delta: "Selisih",
    impact: "Dampak",
    predikatChanged: "predikat berubah",
    predikatSame: "predikat sama",
    counts: (h: number, l: number, e: number, a: string, b: string) => `${h} indikator ${a} lebih tinggi dari ${b}, ${l} lebih rendah, ${e} sama`,
    mean: "Rata-rata selisih mutlak",
    levels: "tingkat",
    topNote: (shown: number, total: number) => `${shown} dari ${total} indikator yang berbeda ditampilkan (--top)`,
    noDifference: "Tidak ada indikator yang berbeda.",
    notCompared: "Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.",
    impactNote: "Dampak = bobot × selisih / jumlah bobot (100): berapa poin indeks yang dijelaskan indikator itu; jumlahnya sama dengan selisih indeks.",
  },
  en: {
    title: "Comparison",
    delta: "Difference",
    impact: "Impact",
    predikatChanged: "predikat changes",
    predikatSame: "same predikat",
    counts: (h: number, l: number, e: number, a: string, b: string) => `${h} indicators higher in ${a} than in ${b}, ${l} lower, ${e} equal`,
    mean: "Mean absolute difference",
    levels: "levels",
    topNote: (shown: number, total: number) => `showing ${shown} of ${total} differing indicators (--top)`,
    noDifference: "No indicator differs.",
    notCompared: "Cannot compare: fix the findings below first.",
    impactNote: "Impact = weight × difference / total weight (100): the index points the indicator accounts for; the impacts add up to the index difference.",
  },
} as const satisfies Record<Lang, unknown>;
