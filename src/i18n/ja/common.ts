import type { commonEn } from "../en/common.js";

/** 全領域で共有するメッセージ(日本語)。 */
export const commonJa: Record<keyof typeof commonEn, string> = {
  ERROR_INTERNAL:
    "tactful の内部でエラーが発生しました。このメッセージに個人情報は含まれていません。サーバーログでエラーID {id} を確認してください。",
};
