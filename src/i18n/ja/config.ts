import type { configEn } from "../en/config.js";

/** `tactful.config.yaml` の読み込みに関するメッセージ(日本語)。何が問題か、どう直すかの順に書く。 */
export const configJa: Record<keyof typeof configEn, string> = {
  POLICY_SEVERITY_ERROR: "エラー",
  POLICY_SEVERITY_WARNING: "警告",
  POLICY_CONFIG_DID_YOU_MEAN: "`{suggestion}` のことですか?",
  POLICY_CONFIG_YAML_SYNTAX:
    "YAML として読めません({detail})。インデントがタブではなく空白か、`key:` の後に空白があるかを確認してください。",
  POLICY_CONFIG_DUPLICATE_KEY:
    "同じマッピングに同じキーが2回あります。YAML は最後の値だけを黙って使うので、どちらか一方を残してください。",
  POLICY_CONFIG_NOT_A_MAPPING:
    "設定ファイルの最上位は `site:`・`purposes:`・`fields:` を持つマッピングにしてください。`tactful init` で雛形を作れます。",
  POLICY_CONFIG_UNKNOWN_KEY:
    "{where} に未知のキー `{key}` があります。tactful は何も黙って無視しません。削除するか、次のいずれかを使ってください: {known}",
  POLICY_CONFIG_MISSING_KEY: "{where} には `{key}` が必要です。追加してください。",
  POLICY_CONFIG_WRONG_TYPE: "{where} は{expected}にしてください({got}になっています)。",
  POLICY_CONFIG_BAD_VALUE: "{where} は次のいずれかにしてください: {allowed}",
  POLICY_CONFIG_BAD_ID:
    "{where} は ID にしてください。英小文字で始まり、英小文字・数字・`_` だけを使います(例: `cart_items`)。",
  POLICY_CONFIG_EMPTY_TEXT: "{where} を空にはできません。",
  POLICY_CONFIG_TOO_SMALL: "{where} は {minimum} 以上にしてください。",
  POLICY_CONFIG_BAD_DURATION:
    "{where} は期間として読めません。数値と単位で書いてください: `90s`・`30m`・`4h`・`30d`・`2w`・`13mo`・`1y`。",
  POLICY_CONFIG_BAD_CAP:
    "{where} は上限として読めません。`1/7d`(7日に1回まで)または `{ max: 1, per: 7d }` と書いてください。",
  POLICY_CONFIG_BAD_QUIET_HOURS:
    "{where} は配信を控える時間帯として読めません。`21:00-08:00`(顧客の現地時刻)と書くか、なしなら `false` にしてください。",
  POLICY_CONFIG_BAD_TIME_ZONE:
    "{where} はこのシステムが知らないタイムゾーンです。`Asia/Tokyo` や `Europe/London` のような IANA 名を使ってください。",
  POLICY_CONFIG_DUPLICATE_ID:
    "ID `{id}` が `{kind}` で2回使われています。ID は重複できないので、どちらかの名前を変えてください。",
  POLICY_CONFIG_UNKNOWN_REFERENCE:
    "{where} が参照する `{id}` は `{kind}` で宣言されていません。宣言を追加するか、綴りを直してください。",
  POLICY_CONFIG_UNKNOWN_CATEGORY:
    "`{category}` は tactful が知らないデータカテゴリです。docs/config.md にある fideslang 形式のカテゴリを使ってください。",
  POLICY_CONFIG_SENSITIVE_MISMATCH:
    "カテゴリ `{category}` は要配慮の情報ですが、項目に `sensitive: false` とあります。その行を削除してください(要配慮かどうかはカテゴリで決まります)。",
  POLICY_CONFIG_FALLBACK_SELF:
    "施策 `{id}` が自分自身を代替(fallback)に指定しています。より穏やかな施策を指定するか、`fallback` を削除してください。",
  POLICY_CONFIG_TRIGGER_NOT_USED:
    "きっかけ `{field}` が施策の `uses` にありません。施策がこのデータを読むことが台帳に表れるよう、`{ field: {field}, as: select }` を追加してください。",
  POLICY_TYPE_string: "文字列",
  POLICY_TYPE_number: "数値",
  POLICY_TYPE_boolean: "true か false",
  POLICY_TYPE_array: "リスト",
  POLICY_TYPE_object: "マッピング(キー: 値)",
  POLICY_TYPE_null: "空",
  POLICY_TYPE_undefined: "未指定",
  POLICY_TYPE_label: "文字列、または `ja:`・`en:` を持つマッピング",
  POLICY_TYPE_duration: "`30d` のような期間",
  POLICY_TYPE_cap: "`1/7d` のような上限",
  POLICY_TYPE_quiet_hours: "`21:00-08:00` のような時間帯、または `false`",
  POLICY_TYPE_valid: "正しい値",
};
