/**
 * Japanese sensitive terms and the cues that make them a claim about the reader:
 * congratulations (ご妊娠おめでとうございます), a presupposing question
 * (借金でお困りではありませんか), an inference (〜ご様子ですので), or the reader
 * named (妊娠中のあなたに). A seasonal greeting (体調を崩されていませんか) is not.
 * @internal
 */
import { ja } from "../patterns.js";

const TERMS = [
  "お子(?:様|さま)の[^。、]{0,6}?(?:ご入学|ご入園|ご卒業|ご誕生|お誕生|ご出産|成績|模試|偏差値|学力|算数|数学|国語|英語|読解|点数|テスト)|シミ(?!ュ|ー)|たるみ|シワ|ほうれい線|年齢肌|口臭|体臭|ワキガ|多汗症|残高不足|ご?妊娠|懐妊|おめでた|赤ちゃん(?:の)?(?:ご)?誕生|ベビーの(?:ご)?誕生|妊活|生理(?:痛|不順|前)|月経|PMS|血糖値|発達障害|依存症|アルコール依存|診断され|不妊|つわり|流産|ご?出産(?!祝|内祝|のお祝い)|産後|ご?病気|持病|闘病|ご?体調(?:不良|が(?:優れ|すぐれ|悪)|を崩)|お(?:体|身体|からだ)の(?:調子|具合)|体の不調|お加減|通院|入院|治療|不眠|眠れない|うつ病|鬱|精神(?:疾患|的に)|メンタル(?:不調|ヘルス)|心の病|がん(?:治療|患者|闘病)|癌|糖尿病|高血圧|認知症|障がい|障害(?:を(?:お持ち|持つ|持っ)|のある)|薄毛|抜け毛|更年期|肥満|介護|心の(?:ご)?(?:負担|不調|疲れ|病)|心が限界|心身(?:の|が)限界|燃え尽き|物忘れ|もの忘れ|\\d+歳を迎えられ|(?:家賃|返済|支払い|ローン)(?:の支払い)?が遅れ|ご容[体態]|ご病状|眠れていない|眠れず|寝不足|(?:[2-9]0|[二三四五六七八九]十)代(?:の)?(?:男性|女性|方)?|ふっくら(?:され|し)|太(?:られ|っ)た|体重(?:が)?(?:増え|気にな)",
  "信用情報|推定(?:年収|収入|所得)|年収|ご収入|残高[、が]?[^。？?]{0,6}?(?:心もとな|心細|少なく|厳し|足りな|ピンチ)|(?:貯金|貯蓄|預金)(?:額|残高)|借金|債務|返済(?:に|が|で)?(?:お困り|苦し|困|遅れ|滞)|滞納|督促|自己破産|破産|生活(?:が)?苦|生活保護|お金(?:に|で|の)(?:お困り|困っ|悩)|金欠|収入(?:が)?(?:減|少な|不安)|家計(?:が)?(?:苦し|ピンチ|厳し)|失業|離職|リストラ|無職|ブラックリスト",
  "宗教|信仰|宗派|礼拝|キリスト教|仏教徒|イスラム教|ムスリム",
  "同性愛|ゲイ|レズビアン|バイセクシュアル|LGBTQ?|性的(?:指向|少数者)|セクシュアリティ|トランスジェンダー|カミングアウト",
  "婚活(?:中)?|夫婦(?:関係|仲|喧嘩|げんか)|(?:奥様|ご主人|旦那|パートナー|恋人|彼氏|彼女|配偶者)(?:様|さん)?との(?:ご)?関係|浮気|不倫|セックスレス|離婚|別居|ご結婚(?:の)?(?:ご)?準備|失恋|死別|お悔やみ申し上げ|虹の橋|ご?逝去|亡くな(?:られ|っ)|亡くされ|ご不幸|喪中|未亡人|シングルマザー|シングルファーザー|母子家庭|父子家庭|ひとり親|子育て中|新米(?:ママ|パパ)",
].join("|");

/** Every sensitive term. */
export const SENSITIVE_JA = ja(`(?:${TERMS})`);

const CONGRATS = /おめでとう|お祝い申し上げ|ご愁傷|お悔やみ|ご冥福/;
const PRESUPPOSE =
  /^[^。！？!?]{0,14}?(?:気になり始め|気になって|お悩み|悩んで|困って)[^。！？!?]{0,8}?(?:よね|ませんか)[？?]|^[^。！？!?]{0,20}?(?:お困り|お悩み|ご心配|ご不安|お辛|おつら|大変|苦しんで|悩んで|困って|悩まれて|困られて|苦しまれて|不安を抱え|ご検討|お考え|(?:苦しく|厳しく|辛く|つらく|きつく)なって)(?:中)?(?:い)?(?:では|じゃ)?(?:ありませんか|ないですか|ですか|でしょうか|ませんか|の(?:方|あなた|皆様|皆さま)|ではないでしょうか)/;
const INFER =
  /(?:拝見し|案じて|ご購入いただいた(?:ため|ので|から)|気になる頃(?:では|じゃ)?(?:ありませんか|ないですか)|(?:され|なさっ|い?ただい)(?:てい)?(?:まし)?たね|(?:で|て)いらっしゃるので|ご様子|よう(?:です|でした|だ|なので|ですので|でしたので)|と伺|とのこと|と存じ|とお見受け|そうですね|みたいですね|かと思い|ことと(?:存じ|思い)|検索(?:され|し)|閲覧(?:され|し)|ご覧になっ)/;
const READER_BEFORE =
  /(?:あなた|貴方|お客様|お客さま|[\ue000〇○●]+\s?(?:様|さま|さん))(?:の|が|は|も|に|へ)[^。！？!?]{0,10}$/;
const READER_AFTER =
  /^[^。！？!?]{0,12}?(?:の|な|い|た|中の|中である)(?:あなた|お客様|お客さま|ご家庭|ご家族|[\ue000〇○●]+\s?(?:様|さま|さん))(?:に|へ|を|の|は|も)?/;
/**
 * A state of trouble (家計が厳しい, 体調が優れない) with an honorific prefix is the
 * reader's own: ご家計が厳しい今 says "your household is struggling".
 */
/** ご体調が優れない時は: a hypothetical, not a statement about the reader. */
const HYPOTHETICAL = /(?:時|とき|際|場合|ようでしたら|ようなら|なら|たら|ば[、,])/;
const HONORIFIC_STATE =
  /^(?:ご|お)(?:家計|生活|体調|お体|身体|からだ|返済|収入|お財布|懐)(?:が|も|は)?(?:苦し|厳し|ピンチ|優れ|すぐれ|悪|崩|滞|遅れ|減|少な|不安|大変|寂し|さみし)/;
/** 持病の治療でお忙しい中: a polite phrase that presupposes the reader's situation. */
const BUSY_WITH =
  /^[^。！？!?]{0,12}?(?:で|に)(?:お忙しい|お疲れの|お困りの|お悩みの|大変な|お辛い|おつらい)(?:中|ところ|時期|毎日|日々|ことと)/;

/** 離婚されて, 入院された: an honorific verb on the term makes it the reader's own act. */
// (体調を崩されていませんか？ is a seasonal greeting, asked of everyone.)
const HONORIFIC_AFTER =
  /^(?:され|なさっ|なされ)(?!て(?:は)?い(?:ませんか|ないですか|らっしゃいませんか))/;
/** 年末年始でふっくらされました？, 心もとなくありませんか？: a question about the reader's own change. */
const QUESTION_AFTER =
  /^(?:[^。！？!?]{0,8}?(?:(?:され|し|なり)ました|く(?:ありません|ないです|なっていません)か|なっていませんか)|ました|て(?:い)?ませんか|では(?:ありません|ないです)か)[?？]/;
/** 前回の検索「自己破産 相談」: what the reader searched or read, read back. */
const LOOKED_UP =
  /(?:検索|閲覧|ご覧|お借りにな|借りられ)(?:された|した|になった|の)?[^。]{0,4}?[「『“"（(]$/;
/** あなたと同じ40代: the reader's own age, said to them. */
const SAME_AS_READER = /(?:あなた|お客様|お客さま)と同じ$/;
/** 信用情報にもとづき: a record of the reader's finances, used. */
const BASED_ON_AFTER = /^(?:に(?:もとづ|基づ)|を(?:もとに|拝見|確認|参考))/;

/** 推定年収から: an estimate of the reader's situation. */
const ESTIMATED = /(?:推定|推測|予測|分析)(?:した|された|による|の)?$/;
/** お子さまの算数、学年平均より遅れ気味です: a judgement on the reader's child. */
const CHILD_JUDGED = /^[^。]{0,12}?(?:遅れ|下回|苦手|伸び悩|低下|平均より|つまず)/;

/** Cues that a claim was worked out from what the reader did (strong even on-site). */
export const INFERRED_JA =
  /(?:ご購入いただいた(?:ため|ので|から)|離婚後|あなたと同じ|お客様と同じ|信用情報|前回の検索|検索履歴|閲覧履歴|ご様子|ようです|ようでした|ようですね|と(?:お見受け|推察|拝察)|拝見し|(?:検索|閲覧|ご購入|ご覧)(?:され|いただい|になっ)(?:てい)?(?:まし)?たね|から(?:推定|推測|分析))/;

/** 今月3回目の残高不足: a count of the reader's own occurrences. */
const COUNTED =
  /(?:今月|今週|今年|今日|本日|先月|先週|これで)(?:で)?(?:\d+|[０-９]+|[一二三四五六七八九十]+)(?:回|度)目の$/;

const DECLARED =
  /(?:教えていただ|お答えいただ|ご回答|ご登録いただいた(?:内容|情報)|ご申告|お申し出|ご相談いただ|お伺いした|診断結果|アンケート|ご入力いただ|ご選択いただ|お知らせいただ)/;

/** How a sensitive term reads in its sentence (`termEnd` relative to the sentence). */
export function readSensitiveJa(
  sentence: string,
  termStart: number,
  termEnd: number,
): "claim" | "declared" | undefined {
  const before = sentence.slice(0, termStart);
  const after = sentence.slice(termEnd);
  const claims =
    (HONORIFIC_STATE.test(sentence.slice(Math.max(0, termStart - 1))) &&
      !HYPOTHETICAL.test(after.slice(0, 12))) ||
    CONGRATS.test(sentence) ||
    PRESUPPOSE.test(sentence.slice(termStart)) ||
    INFER.test(sentence) ||
    READER_BEFORE.test(before) ||
    COUNTED.test(before) ||
    HONORIFIC_AFTER.test(after) ||
    QUESTION_AFTER.test(after) ||
    LOOKED_UP.test(before) ||
    ESTIMATED.test(before) ||
    SAME_AS_READER.test(before) ||
    /^後(?:の|、)/.test(after) ||
    BASED_ON_AFTER.test(after) ||
    /^推定/.test(sentence.slice(termStart)) ||
    (/^お子(?:様|さま)の/.test(sentence.slice(termStart)) && CHILD_JUDGED.test(after)) ||
    READER_AFTER.test(after) ||
    BUSY_WITH.test(after);
  if (!claims) return undefined;
  return DECLARED.test(sentence) ? "declared" : "claim";
}
