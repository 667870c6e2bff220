import { type Command, Option } from "commander";
import type { Context } from "../context.js";

/** Runs a command body with the decided context and records its exit code. */
export type Runner = (cmd: Command, body: (ctx: Context) => Promise<number>) => Promise<void>;

/** --lang and --color/--no-color, on every command. */
export function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--lang <lang>", "bahasa pesan / message language (id, en; env SPBE_LANG)").choices(["id", "en"]))
    .option("--color", "paksa warna / force colour")
    .option("--no-color", "tanpa warna / no colour");
}

/** Options of every command that reads assessment files. */
export function inputOptions(cmd: Command): Command {
  return commonOptions(cmd)
    .option("--framework <id|path>", "kerangka: spbe-2020 (bawaan), spbe-2018, pemdi-2026, atau berkas JSON / framework id or JSON file")
    .option("--delimiter <char>", "pemisah kolom: , ; tab | (bawaan: dideteksi) / column delimiter (default: detected)")
    .option("--without-external", "Pemdi: hitung tanpa indikator yang nilainya dari indeks nasional lain (5, 6, 7, 18) / without the externally sourced indicators")
    .option("--max-bytes <size>", "ukuran berkas maksimum, mis. 50M (bawaan 32M) / largest file accepted");
}
