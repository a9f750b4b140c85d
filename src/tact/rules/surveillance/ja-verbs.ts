/**
 * Japanese verbs of watched behaviour and how their context reads. A verb of
 * passive behaviour (ご覧になった, 閲覧した, 見ていた, 検索されていた,
 * チェックした...) in any polite or plain past/progressive form is only a tell in
 * context: a confirming ending (〜ましたね), a time cue (昨日, 先ほど), an inference
 * (〜ようなので), a claim to know (〜ことは存じております), a habit (毎回, 何度も),
 * the reader as subject (あなたが), or a relative clause naming the thing
 * (ご覧いただいた商品).
 * @internal
 */
import { ja } from "../patterns.js";

/** Endings after a te-form: いた, いました, ている, てた, ておられた, ていらっしゃった... */
const TAIL =
  "(?:い(?:た(?!だ)|ました|る|ます|ない|ません|なかった)|た|ました|る|ます|おられ(?:た|ました|る|ます)|いらっしゃ(?:った|いました|る|います)|らっしゃ(?:った|いました|る|います)|らした|くださ(?:った|ってい(?:る|た|ます|ました)|る|います|いました)|くれ(?:た|て|る|ます|ました|てい(?:る|た|ます|ました)))";

const SURU_NOUNS =
  "閲覧|検索|訪問|アクセス|クリック|開封|チェック|比較検討|比較|ご検討|検討|滞在|来訪|視聴|再生|ご訪問|ご来訪|ご検索|ご視聴|ご閲覧";

/** Verbs of passive behaviour in polite and plain past/progressive forms. */
export const OBSERVED_VERB = ja(
  [
    `ご覧に(?:なっ|なられ)(?:た|て${TAIL})`,
    "ご覧に(?:なり|なられ)ました",
    `ご覧(?:いただ|頂)(?:いた|きました|いて${TAIL})`,
    "ご覧くださ(?:った|いました)",
    // 先日ご覧の商品: the noun form (not ご覧のとおり, ご覧の皆様).
    "ご覧の(?=[\\p{Script=Han}\\p{Script=Katakana}])(?!皆|方)",
    `(?:読んで|お読み)(?:いただ|頂)(?:いた|いて${TAIL})|読んで(?:くださ|くれ)(?:った|って${TAIL}|た|て${TAIL})`,
    `(?<![発意拝会花月夢下先外一予後味露])見(?:た(?![いくがら])|ました|て${TAIL}|られ(?:た|ました|て${TAIL}))`,
    `(?:${SURU_NOUNS})(?:(?:し|され|なさっ|なされ)(?:た(?![いくがら])|ました|て${TAIL})|(?:いただ|頂)(?:いた|きました|いて${TAIL})|中の)`,
    `気に(?:なっ|され)(?:た|て${TAIL})`,
    `(?:ページ|カート|アプリ|メール|サイト)を開(?:い|かれ)(?:た|て${TAIL})`,
    `(?:お読みに(?:なっ|なられ)|読まれ)(?:た|て${TAIL})`,
    `(?:サイト|ページ|ウェブ|Web|オンラインストア|オンラインショップ|ストア|ショップ|ホームページ|HP|ブログ|アプリ)(?:に|へ)[^。、！？!?\\n]{0,6}?お越し(?:いただ|頂|くださ)(?:いた|った|いました|きました|いて${TAIL}|って${TAIL})`,
    // ページをご確認いただいていた: checking a page is watched behaviour too (not 内容をご確認ください).
    `(?:ページ|サイト|記事|プラン|料金|価格|詳細|一覧)を[^。、！？!?\\n]{0,6}?(?:ご)?確認(?:(?:し|され|なさっ)(?:た|ました|て${TAIL})|(?:いただ|頂)(?:いた|きました|いて${TAIL}))`,
  ].join("|"),
);

const CONFIRM = /^(?:ね|よね|でしょ|よな|のね)/;
const INFER =
  /^(?:よう(?:です|でした|だ|なので|ですので|でしたので|で[、,]|に(?:見え|お見受け))|ご様子|みたい|とのこと|ことが(?:分か|わか)|のを(?:確認|拝見|存じ))/;
const KNOW = /^(?:こと|の)(?:は|を|も)?[、,]?(?:存じ|把握|承知|知って|分かって|わかって|確認して)/;
const TO_READER = /^(?:あなた|貴方|お客様|お客さま)/;
/** How often: a habit we can only know by watching (毎回開封, 何度もご覧). */
const HABIT_CUE =
  /(?:毎回|毎日|毎朝|毎晩|毎週|いつも|よく|頻繁に|何度も|何回も|たびたび|しょっちゅう|繰り返し)$/;
/** The same cues inside a match that spans its object (サイトに毎日お越しいただいている). */
const HABIT_WITHIN = new RegExp(HABIT_CUE.source.slice(0, -1));
/** 「保険 見直し」と検索: the very words the reader typed. */
const QUOTED_QUERY = /[」』"]\s?(?:と|で)$/;
/** 〜方だけに, 〜お客様限定: an audience picked by the act. */
const SINGLED_OUT = /^(?:方|かた|お客様|お客さま|皆様|皆さま)(?:だけ|のみ|限定|に限り)/;
/** 〜ましたので, 〜ていたから: the act is given as the reason for writing. */
const CAUSE = /^(?:ので|から(?!の|は|も)|ため(?:に)?[、,])/;
/** Honorific verbs a marketer uses of the reader's own acts. */
const HONORIFIC = /ご覧|され|いただ|頂|なさ|らっしゃ|おられ|くださ/;
/** Addressed to a whole audience (ご覧いただいている皆様): not about one reader. */
const AUDIENCE_AFTER = /^(?:皆様|皆さま|皆さん|みなさま|みなさん|方々|読者|視聴者|ユーザーの皆)/;
const TIME_CUE =
  /(?:寝る前|おやすみ前|就寝前|通勤中|昼休み|先ほど|さきほど|さっき|昨日|きのう|昨夜|昨晩|ゆうべ|今朝|先日|この前|こないだ|以前|前回|最近|先週|先月|おととい|一昨日|本日|今日|深夜|夜中|\d+(?:分|時間|日)前)/;
const READER_SUBJECT =
  /(?:あなた|貴方|お客様|お客さま|[\ue000〇○]+(?:様|さま|さん))(?:が|は|も|の)[^。!?！？]{0,20}$/;
const NOUN_AFTER =
  /^(?:[\p{Script=Han}\p{Script=Katakana}ー〇○\ue000A-Za-z0-9「『]|[おご][\p{Script=Han}\p{Script=Katakana}]|あの|その|この|こちら|もの)/u;
const GENERIC_AFTER =
  /^(?:方|かた|人|ひと|皆|みな|者|ユーザ|お客|会員|後|あと|上|うえ|時|とき|際|瞬間|結果|通り|とおり|まま|ため|場合|感|目|限り|ところ|こと)/;

/** 最近見た商品をマイページで確認できます: describes a feature, says nothing was watched. */
export const ABILITY = /(?:でき(?:ます|る)|いただけ(?:ます|る)|可能です|表示され(?:ます|る))/;

/** What a behaviour verb in its context amounts to. */
export type VerbReading = "reveal" | "mention" | undefined;

/**
 * Reads one behaviour verb in context. `after` is the text right after it;
 * `sentenceBefore()` gives the sentence text before it (computed only if needed).
 */
export function readObservedVerb(
  verb: string,
  sentenceBefore: () => string,
  after: string,
): VerbReading {
  // ご検討いただいた is often a conversation with us, and ご検討中のお客様向け an audience:
  // such weak verbs count only with an ending or the reader as subject.
  const weak = /^(?:ご)?検討/.test(verb);
  if (CONFIRM.test(after) || INFER.test(after) || KNOW.test(after)) return "reveal";
  if (!weak && TO_READER.test(after)) return "reveal";
  // 〜を最後まで読んでいただいた方だけに: the reader singled out by what they did.
  if (SINGLED_OUT.test(after)) return "reveal";
  if (AUDIENCE_AFTER.test(after)) return undefined;
  // 〜と検索されていましたので: the reason we write is what we watched.
  if (CAUSE.test(after) && HONORIFIC.test(verb) && /(?:た|ました)$/.test(verb)) return "reveal";
  if (HABIT_CUE.test(sentenceBefore().slice(-6)) || HABIT_WITHIN.test(verb)) return "reveal";
  const past = verb.endsWith("た");
  const present = verb.endsWith("る") || verb.endsWith("の");
  // ご覧の商品, ご覧いただいているメールマガジン: the thing in front of the reader now.
  const relative =
    !weak &&
    (past || (present && verb !== "ご覧の" && !MEDIUM_AFTER.test(after))) &&
    NOUN_AFTER.test(after) &&
    !GENERIC_AFTER.test(after);
  if (relative) return "mention";
  const recent = sentenceBefore().slice(-25);
  const cued = !weak && (TIME_CUE.test(recent) || QUOTED_QUERY.test(recent));
  if (cued || READER_SUBJECT.test(recent)) return "reveal";
  return undefined;
}

/** What the reader is looking at as they read: this email, this page. */
const MEDIUM_AFTER =
  /^(?:メール|メルマガ|ニュースレター|ページ|画面|動画|番組|記事|配信|サイト|この|本)/;
