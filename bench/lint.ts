/**
 * Texts per second of the tact linter on ~200-character Japanese marketing
 * emails, side by side with textlint running textlint-rule-preset-ja-technical-writing
 * on the same texts, in the same process and run.
 *
 *   npm run bench:lint [-- --seconds 3 --textlint-texts 300]
 *
 * The corpus is generated here from a fixed seed: greetings with merge tags,
 * seasonal openers, product copy from several kinds of shop, calls to action and
 * footers, with about one email in five carrying something tact should flag.
 * Last line: `ours_per_s=.. textlint_per_s=.. ratio=..`.
 */
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { TextlintKernel } from "@textlint/kernel";
import { lint } from "../src/tact/index.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "3" },
    "textlint-texts": { type: "string", default: "300" },
    texts: { type: "string", default: "1000" },
  },
});

/** Deterministic PRNG (mulberry32), so every run lints the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GREETINGS = [
  "{{name}}様",
  "{{ customer.last_name }} {{ customer.first_name }} 様",
  "*|LNAME|*様",
  "いつも{{shop_name}}をご利用いただき、ありがとうございます。",
  "こんにちは、{{shop_name}}です。",
  "平素より格別のお引き立てを賜り、誠にありがとうございます。",
];
const OPENERS = [
  "朝晩の冷え込みが厳しくなってまいりました。",
  "桜の便りが届く季節になりました。",
  "梅雨明けが待ち遠しい毎日ですね。",
  "今年も残りわずかとなりました。",
  "新生活の準備は進んでいますか。",
  "秋の夜長、読書や映画はいかがでしょうか。",
];
const BODIES = [
  "今月は深煎りのブレンドと、浅煎りのエチオピアをご用意しました。香りの違いをぜひ飲み比べてください。",
  "軽くて暖かいダウンジャケットが入荷しました。通勤にも週末のお出かけにもぴったりです。",
  "保湿成分を見直した新しいクリームは、乾燥しがちな季節の肌をやさしく守ります。",
  "チームの生産性を高める新機能をリリースしました。導入事例とあわせてご紹介します。",
  "温泉旅館の早割プランを公開しました。平日のご宿泊がお得になります。",
  "定番のリネンシャツに、新色のネイビーとオリーブが加わりました。",
  "はじめての方にもわかりやすい、ハンドドリップの入門ガイドを公開しました。",
  "ご好評いただいている詰め替えパックが、環境にやさしい素材に変わりました。",
];
const CTAS = [
  "詳しくは下記のページをご覧ください。",
  "今なら送料無料でお届けします。",
  "ご注文は今週日曜日まで承ります。",
  "数量限定のため、なくなり次第終了です。",
  "店頭でも同じ特典をご利用いただけます。",
];
const FOOTERS = [
  "このメールはメールマガジンにご登録いただいた方にお送りしています。配信停止はこちら {{unsubscribe_url}}",
  "配信設定の変更はマイページから行えます。",
  "ご不明な点はお気軽にお問い合わせください。",
];
/** Lines tact should flag, mixed into about one email in five. */
const TELLS = [
  "先日ご覧になったジャケット、まだ在庫がございます。",
  "{{name}}様だけに、{{name}}様のための特別なご案内です。",
  "あと10分で特典が消滅します！急いで！",
  "昨夜23時にマットレスのページを6分間ご覧になっていましたね。",
  "現在12人がこの商品をカートに入れています。",
  "閲覧履歴を分析した結果、アウトドアに興味があることが分かりました。",
];

function corpus(size: number): string[] {
  const next = random(20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const texts: string[] = [];
  while (texts.length < size) {
    const lines = [pick(GREETINGS), "", pick(OPENERS) + pick(BODIES)];
    if (next() < 0.2) lines.push(pick(TELLS));
    lines.push(pick(CTAS), "", pick(FOOTERS));
    let text = lines.join("\n");
    while (text.length < 180) text = text.replace(/\n\n(?=[^\n]*$)/, `\n${pick(BODIES)}\n\n`);
    texts.push(text);
  }
  return texts;
}

const texts = corpus(Number(values.texts));
const meanLength = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
const options = { channel: "email_body", lang: "ja", kind: "marketing" } as const;

// Ours: warm up, then lint the corpus round and round for the time budget.
for (const text of texts) lint(text, options);
let oursCount = 0;
let oursFindings = 0;
const seconds = Number(values.seconds);
const oursStart = performance.now();
while (performance.now() - oursStart < seconds * 1000) {
  for (const text of texts) {
    oursFindings += lint(text, options).findings.length;
    oursCount++;
  }
}
const oursPerS = oursCount / ((performance.now() - oursStart) / 1000);

// textlint with the ja-technical-writing preset, same texts, as a .txt file.
const require = createRequire(import.meta.url);
const preset = require("textlint-rule-preset-ja-technical-writing") as {
  rules: Record<string, unknown>;
  rulesConfig: Record<string, unknown>;
};
const rules = Object.entries(preset.rules)
  .filter(([id]) => preset.rulesConfig[id] !== false)
  .map(([id, rule]) => ({
    ruleId: id,
    rule: rule as never,
    ...(typeof preset.rulesConfig[id] === "object"
      ? { options: preset.rulesConfig[id] as never }
      : {}),
  }));
const textModule = require("@textlint/textlint-plugin-text") as { default?: unknown };
const textPlugin = (textModule.default ?? textModule) as never;
const kernel = new TextlintKernel();
const lintOptions = { ext: ".txt", plugins: [{ pluginId: "text", plugin: textPlugin }], rules };
for (const text of texts.slice(0, 20)) await kernel.lintText(text, lintOptions); // loads kuromoji once
const textlintTexts = texts.slice(0, Number(values["textlint-texts"]));
let textlintMessages = 0;
const textlintStart = performance.now();
for (const text of textlintTexts)
  textlintMessages += (await kernel.lintText(text, lintOptions)).messages.length;
const textlintPerS = textlintTexts.length / ((performance.now() - textlintStart) / 1000);

process.stdout.write(
  [
    `corpus: ${texts.length} Japanese marketing emails, mean ${meanLength.toFixed(0)} characters`,
    `tact: ${oursCount} texts in ${seconds} s, ${oursFindings} findings`,
    `textlint + preset-ja-technical-writing (${rules.length} rules): ${textlintTexts.length} texts, ${textlintMessages} messages`,
    `ours_per_s=${oursPerS.toFixed(0)} textlint_per_s=${textlintPerS.toFixed(1)} ratio=${(oursPerS / textlintPerS).toFixed(1)}`,
    "",
  ].join("\n"),
);
