import type { butlerEn } from "../en/butler.js";

/** バトラー(おすすめ)のメッセージ: お客さま向けの説明、エラー、`tactful eval-recs`(日本語)。 */
export const butlerJa: Record<keyof typeof butlerEn, string> = {
  BUTLER_BECAUSE_DECLARED: "{category}に関心があるとお聞きしたので、こちらをお選びしました。",
  BUTLER_BECAUSE_REPLENISH: "{item}が少なくなったら、こちらからまたご注文いただけます。",
  BUTLER_BECAUSE_GOES_WITH_PURCHASE: "ご購入いただいた{anchor}と合わせてお使いいただけます。",
  BUTLER_BECAUSE_GOES_WITH_DOWNLOAD: "ダウンロードいただいた{anchor}の次の一歩にどうぞ。",
  BUTLER_BECAUSE_GOES_WITH_CART: "カートの{anchor}と相性のよい品です。",
  BUTLER_BECAUSE_MORE_IN_CATEGORY: "以前お選びいただいた{category}から、ほかの品もご紹介します。",
  BUTLER_BECAUSE_TOGETHER: "{anchor}と一緒に選ばれることの多い品です。",
  BUTLER_BECAUSE_NEXT: "{anchor}を選んだ方の多くが、次にこちらを選んでいます。",
  BUTLER_BECAUSE_POPULAR_IN: "{category}で人気の品です。",
  BUTLER_BECAUSE_POPULAR: "多くのお客さまに選ばれている品です。",
  BUTLER_BAD_OPTION:
    "バトラーのオプション `{option}` の値が使えません。docs/butler.md の「Options」に書かれた範囲の値にしてください。",
  BUTLER_CATALOG_EMPTY:
    "バトラーのカタログが空です。id・名前・カテゴリを持つ品を 1 件以上渡してください。",
  BUTLER_CATALOG_DUPLICATE:
    "カタログの {position} 番目の品の id は、それより前の品と重複しています。品ごとに別の id を付けてください。",
  BUTLER_CATALOG_BAD_ITEM:
    "カタログの {position} 番目の品に id かカテゴリがありません。すべての品に空でない id とカテゴリを付けてください。",
  BUTLER_BAD_REQUEST:
    "おすすめのリクエストの `{field}` が使えません。slot は空でない文字列、k は 1〜100 の整数、personal は true か false にしてください。",
  CLI_EVAL_RECS_SUMMARY: "購買データでおすすめ(人気順・item-kNN・バトラー)の精度を測る",
  CLI_EVAL_RECS_HELP: `使い方: tactful eval-recs --data <ファイル.csv[.gz]> [--split-date YYYY-MM-DD] [--until YYYY-MM-DD]
                          [--retention-days N] [--last-items N]

分割日より前の購買で学習し、分割日以降に戻ってきたお客さまの次のバスケット
(分割日以降で最初の請求書)を予測します。カタログ全体を順位付けし、モデルごとに
HR@10・NDCG@10・MRR を 1 行ずつ最後に出力します。

CSV には InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
CustomerID の列が必要です(Country はあれば読みます)。取消(InvoiceNo が "C" で始まる行)、
CustomerID のない行、数量か単価が 0 以下の行、サービス行(POST や M など数字が 3 桁未満の
商品コード)は読み飛ばします。

オプション:
  --data <ファイル>     CSV(非圧縮または gzip 圧縮)。必須
  --split-date <日付>   分割日(UTC)。既定は 2011-10-01
  --until <日付>        この日以降をすべて無視する(検証用の分割に使う)
  --retention-days <n>  最小化したバトラーの保持期間(日)。既定は 90
  --last-items <n>      最小化したバトラーがお客さまごとに残す品の数。既定は 20
  --lang <ja|en>        メッセージの言語`,
  EVAL_RECS_BAD_DATE: "オプション `{option}` は YYYY-MM-DD 形式の日付にしてください。",
  EVAL_RECS_BAD_COUNT: "オプション `{option}` は 1 以上の整数にしてください。",
  EVAL_RECS_MISSING_COLUMNS:
    "CSV に {columns} の列がありません。ヘッダーに InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID が必要です。",
  EVAL_RECS_NO_CUSTOMERS:
    "分割日の前後の両方で購入したお客さまがいないため、評価できません。データの期間内の分割日を選んでください。",
  EVAL_RECS_READ:
    "{lines} 行を読みました: 購買行 {used} 件を使用、{skipped} 件を読み飛ばし、日付が読めない行 {undated} 件。",
  EVAL_RECS_SPLIT:
    "分割日 {split}: それ以前の購買行 {train} 件、品 {items} 件、お客さま {customers} 人。評価したリピーター {evaluated} 人。次のバスケットのうち {unseen} 行は分割日前に一度も売れていない品で、外れとして数えます。",
  EVAL_RECS_MODEL_TIME: "{model}: {seconds} 秒。",
};
