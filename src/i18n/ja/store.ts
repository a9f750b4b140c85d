/** ストアのメッセージ(日本語)。コードは docs/store.md に説明があります。 */
import type { storeEn } from "../en/store.js";

export const storeJa: Record<keyof typeof storeEn, string> = {
  STORE_MASTER_KEY_INVALID:
    "マスターキーが使えません。32バイトの鍵を、16進数64文字またはbase64で指定してください。`openssl rand -base64 32` で生成できます。",
  STORE_MASTER_KEY_MISSING:
    "マスターキーが見つかりません(TACTFUL_MASTER_KEY、次に鍵ファイル {file} を探しました)。TACTFUL_MASTER_KEY を設定するか --master-key-file を指定してください。鍵がないと、このデータベースの本人情報は読めません。",
  STORE_MASTER_KEY_MISMATCH:
    "マスターキーが、このデータベースを作成したときの鍵と一致しません。元の鍵(TACTFUL_MASTER_KEY または鍵ファイル)を使ってください。新しい鍵では既存の本人情報を読めません。",
  STORE_UNREACHABLE:
    "{dialect} データベースに接続できません。サーバーが動いているか、--db のURL(ホスト、ポート、データベース名、ユーザー)が正しいか確認してください。",
  STORE_URL_INVALID:
    "--db の値がデータベースのURLとして正しくありません。SQLite ならファイルのパス、PostgreSQL なら postgres://user@host:5432/database[?schema=name] の形で指定してください。",
  STORE_MIGRATION_FAILED:
    "データベースのスキーマ更新がマイグレーション {migration} で失敗しました。それ以降は適用されていません。サーバーのログで原因を確認し、直してから再起動してください。",
  STORE_SCHEMA_TOO_NEW:
    "このデータベースは、より新しいバージョンの tactful で更新されています。そのバージョンを使うか、このバージョンで作ったバックアップから復元してください。",
  STORE_DATA_KEY_UNREADABLE:
    "現在のマスターキーでは、顧客のデータ鍵を復号できません。データを書き込んだときのマスターキーを使ってください。",
  STORE_PURGED:
    "期限切れのデータを削除しました: イベント {events} 件、回答 {answers} 件、本人情報 {identities} 件、判定 {decisions} 件、配信 {outbox} 件、冪等キー {idempotency} 件、監査ログ {audit} 件、信頼の履歴 {ledger} 件。",
};
