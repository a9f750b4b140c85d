/**
 * English dark patterns: confirmshaming ("No thanks, I don't like saving money"),
 * countdowns in minutes or seconds, fake social proof ("12 people are looking at
 * this"), and stacked pressure (several weak urgency signals in one message).
 * @internal
 */
import { en, type PhrasePattern } from "../patterns.js";

const SAVE_THINGS =
  "sav(?:e|ing)|savings|money|discounts?|deals?|free (?:stuff|shipping|gifts?)|good (?:deals|things|stuff)|great (?:deals|things|stuff)|better (?:deals|prices|results)|improv(?:e|ing)|grow(?:ing)?|growth|succe(?:ss|ed|eding)|winning|happiness|being happy|healthy|health|quality|fun|style|looking good|beautiful|smart|learn(?:ing)?|knowledge|rewards?|perks?|bargains?|offers";

/** A self-description nobody would choose: uninformed, disorganized, behind, broke... */
const BAD_STATE =
  "(?:un(?!subscrib)[a-z]{4,}|dis(?:organi[sz]ed|connected|tracted)|behind|broke|bored|boring|ugly|average|mediocre|lazy|clueless|stuck|poor|out of the loop|left (?:out|behind)|in the dark|stressed(?: out)?|overwhelmed|tired|lonely|unhappy)";

const SHAME = [
  `i(?:'m| am)(?: totally| perfectly| just)? (?:fine|happy|okay|ok|good|content|comfortable|cool)(?: with)? (?:being|staying|remaining|feeling|looking) ${BAD_STATE}`,
  `i(?:'d| would)? (?:prefer|rather) (?:to )?(?:be|stay|remain|keep being|feel|look) ${BAD_STATE}`,
  `i (?:don't|do not|dont) (?:like|want|need|care about|enjoy|deserve|believe in) (?:to )?(?:${SAVE_THINGS})`,
  "i(?:'d| would)? (?:prefer|rather) (?:to )?(?:pay|paying|miss|missing|lose|losing|stay|staying|fail|failing|remain|keep|be|waste|wasting) (?:full price|more|out|behind|the same|uninformed|bored|ugly|broke|average|money|time)",
  "i (?:like|love|enjoy) (?:paying (?:full price|more)|wasting|missing out|losing|being (?:behind|broke|bored))",
  "i(?:'m| am) (?:fine|happy|okay|ok|good|content) (?:with )?(?:paying (?:full price|more)|missing out|losing|wasting|being (?:behind|broke|left behind)|falling behind|overpaying)",
  "i (?:hate|don't care about) (?:saving|money|deals|savings|success|myself)",
  "i(?:'ll| will) (?:keep |stay )?(?:being |paying |pay )?(?:broke|behind|ugly|bored|overpaying|full price|more for)",
  "i (?:already )?know everything",
  "i want to (?:pay (?:more|full price)|miss out|stay (?:behind|broke)|lose)",
  "i don't want to (?:save|learn|improve|grow|succeed|be (?:healthy|happy|successful|fit)|get better|feel better|look (?:good|better)|stay (?:safe|informed|healthy))",
].join("|");

const OTHERS =
  "(?:\\d+|several|many|a few|dozens of|hundreds of|lots of|other|\\d+ other) (?:other )?(?:people|shoppers|customers|visitors|users|others|buyers|travell?ers|guests)";

export const DARK_EN: readonly PhrasePattern[] = [
  {
    lang: "en",
    re: en(
      `(?:\\b(?:no(?:pe)?,? (?:thanks|thank you)|no,|nah,?|i'?ll pass,?|not interested,?|maybe later,?)\\s*)?\\b(?:${SHAME})\\b`,
    ),
    code: "TACT_CONFIRMSHAMING",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_DECLINE", replacement: "No thanks" },
  },
  {
    // A decline option that speaks for the reader: "No, I don't want to look younger".
    lang: "en",
    re: en(
      "\\b(?:no(?:pe)?,? (?:thanks|thank you)|no|nah|i'?ll pass)[,.!]? i(?:'d| would)? (?:don't|do not|dont|hate|dislike|prefer|rather|love|enjoy|like)\\b[^.!?\\n]{0,40}|\\b(?:no(?:pe)?,? (?:thanks|thank you)|no|nah)[,.!]? i(?:'ll| will)? (?:stay|remain|keep being|continue being|go on being)\\b[^.!?\\n]{0,30}|\\bare you sure you want to (?:miss|lose|give up|pass up|leave|go|quit|say no to|stay|skip)\\b[^.!?\\n]{0,30}",
    ),
    code: "TACT_CONFIRMSHAMING",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_DECLINE", replacement: "No thanks" },
  },
  {
    lang: "en",
    re: en(
      "\\b(?:expires?|ends?|ending|closes?|gone|disappears?|vanish(?:es)?|over|runs? out|self-destructs?|deleted|lost|forfeited|locked)\\b[^.!?\\n]{0,15}?\\b(?:in|within|after) (?:the next |just |only )?(?:\\d+|ten|five|fifteen|twenty|thirty|sixty|a few|two|three) (?:minutes?|mins?|seconds?|secs?)\\b|\\b(?:only |just )?(?:\\d+|ten|five|fifteen|thirty|a few|two|three) (?:minutes?|mins?|seconds?|secs?) (?:left|remaining|to go|before (?:it|this)(?: offer| deal| discount| price| code| coupon)? (?:expires|ends|disappears|is gone|goes|runs out|vanishes)\\b|before (?:the|your) (?:offer|deal|discount|price|code|coupon|savings|bonus|gift|reward|points|cart)\\b(?! (?:arrives?|ships?|is delivered)))|\\b(?:in|expires?|ends?|left|remaining|closes?)[: ]+\\d{1,2}:\\d{2}:\\d{2}\\b|\\b(?:expires?|ends?|closes?|resets?|disappears?|gone|locked|cleared|emptied|released|deleted|removed) in \\d{1,2}:\\d{2}\\b(?! ?(?:am|pm|a\\.m\\.|p\\.m\\.))|\\b(?:for|within|in) the next \\d{1,2}:\\d{2}(?::\\d{2})?\\b|\\b\\d{1,2}:\\d{2}(?::\\d{2})? (?:more )?(?:left|remaining|to go|minutes|mins|seconds|secs)\\b|(?<!\\b(?:at|from|until|till|by|after|before|around|to|opens?|closes?)\\s)\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?! ?(?:am|pm|a\\.m\\.|p\\.m\\.))\\b[^.!?\\n]{0,40}?\\b(?:ticking|counting down|running out|slipping away|disappears?|vanish(?:es)?|expires?)\\b|\\b(?:price|pricing|offer|deal|discount|coupon|promo(?: code)?|discount code|coupon code|savings|rate|bonus|gift|sale price)s?\\b[^.!?\\n]{0,25}?\\b(?:held|reserved|locked(?: in)?|saved|valid|good|guaranteed|available|yours|active|live)\\b[^.!?\\n]{0,10}?\\b(?:for|within|in)(?: the next| another| only| just)? (?:\\d{1,2}:\\d{2}(?::\\d{2})?|\\d+|a few|five|ten|fifteen|twenty|thirty) (?:more )?(?:minutes?|mins?|seconds?|secs?)\\b|\\b(?:cart|basket|bag|items?|seats?|tickets?|rooms?|booking|reservation)s?\\b[^.!?\\n]{0,25}?\\b(?:held|reserved|saved|kept)\\b[^.!?\\n]{0,10}?\\b(?:for|within|in)(?: the next| another| only| just)? (?:\\d+|a few|five|ten|fifteen|twenty|thirty) (?:more )?(?:minutes?|mins?|seconds?|secs?)\\b(?=[^\\n]{0,80}?\\b(?:(?:can'?t|cannot|won'?t|no longer) (?:guarantee|hold|promise|keep|save)|(?:will be |are |is )?(?:released|gone|lost)|lose (?:it|them|your)|someone else|other (?:shoppers|customers|buyers)))",
    ),
    code: "TACT_COUNTDOWN_PRESSURE",
    // "Your verification code ... expires in 10 minutes": a code's lifetime, not an offer.
    judge: (_sentence, text) =>
      /\b(?:verification|security|login|sign-?in|one-time|confirmation|access|auth(?:entication)?) (?:code|link|pin)\b|\b(?:otp|passcode|2fa)\b/i.test(
        text,
      )
        ? "veto"
        : undefined,
    suggestion: { code: "TACT_SUGGEST_HONEST_DEADLINE" },
  },
  {
    lang: "en",
    re: en(
      `\\b${OTHERS}\\b[^.!?\\n]{0,20}?\\b(?:are |is |were )?(?:currently |right now |now )?(?:looking at|viewing|watching|browsing|checking out|considering|eyeing|looking(?= right now| now\\b| at this)|have (?:this|it) in (?:their|a) (?:carts?|baskets?|bags?))|\\b(?:someone|somebody|another (?:shopper|customer|person|buyer|visitor|guest))(?: else)?(?: in \\w+)? (?:is |was |has )?(?:just |currently |now |right now )?(?:looking at|viewing|watching|eyeing|checking out|bought|purchased|ordered|booked|added)\\b|\\b(?:\\d+|several|many) (?:people|shoppers|customers|others) (?:just )?(?:bought|purchased|booked|ordered|added) (?:this|it)\\b[^.!?\\n]{0,10}?\\b(?:in the (?:last|past) (?:\\d+ |few )?(?:minutes?|hours?|day|24 hours)|today|just now|this hour)|\\bin (?:\\d+|several|many) (?:other )?(?:people's )?(?:carts|baskets|bags)\\b`,
    ),
    code: "TACT_FAKE_SOCIAL_PROOF",
    suggestion: { code: "TACT_SUGGEST_TRUE_SOCIAL_PROOF" },
  },
  {
    lang: "en",
    re: en(
      "\\bif you (?:leave|go|close this|skip this)(?: now| this page)?,? you(?:'ll| will) (?:lose|miss|forfeit)\\b|\\b(?:will|'ll|is going to|are going to) (?:disappear|vanish|be gone|expire|be lost|be deleted|be removed|be forfeited|go away|self-destruct)(?: forever| for good| permanently)? (?:if|when|once|as soon as) you (?:close|leave|exit|navigate|go|skip|refresh|click away|say no|decline|dismiss)\\b|\\b(?:leave|go|exit|close (?:this|the) (?:page|window|tab)|skip this|say no)(?: now| today)?,? and you(?:'ll| will) (?:lose|miss|forfeit|never)\\b|\\bif you (?:close|leave|exit|navigate away from|refresh|skip|decline|dismiss) (?:this |the )?(?:window|page|tab|offer|pop-?up|screen|site)?,? (?:it|this (?:offer|deal|discount|price)|your (?:discount|offer|deal|price|code|coupon|savings|cart|gift|bonus))(?:'ll| will) (?:disappear|vanish|be gone|expire|be lost|be deleted|be removed|be forfeited|go away)\\b|\\b(?:final|last) (?:warning|notice)\\b|\\byour (?:account|membership|points|rewards) will be (?:deleted|suspended|closed|lost|forfeited)\\b",
    ),
    code: "TACT_THREAT",
    // "your points will be deleted after 30 days, as our terms say": an honest notice.
    judge: (sentence) =>
      /\bafter \d+ (?:days|weeks|months)\b|\b(?:as|per|under) (?:our|the) (?:terms|policy|rules)\b/i.test(
        sentence,
      )
        ? "veto"
        : undefined,
    suggestion: { code: "TACT_SUGGEST_HONEST_DEADLINE" },
  },
  {
    // "Upgrade in the next 24 hours or all your photos are gone forever", "Don't say we
    // didn't warn you": loss of what the reader has, promised unless they act now.
    lang: "en",
    re: en(
      "\\b(?:in the next|within|in) (?:\\d+|twenty-four|forty-eight|a few) (?:hours?|minutes?|days?)\\b[^.!?\\n]{0,20}?\\bor\\b[^.!?\\n]{0,40}?\\b(?:are|is|will be|get|gets) (?:gone|deleted|lost|erased|wiped|destroyed)(?: forever| for good| permanently)?\\b|\\bdon'?t say we didn'?t warn you\\b|\\b(?:now|today|tonight)\\b[^.!?\\n]{0,20}?\\bor (?:you(?:'ll| will) )?lose (?:every|all|your|everything)\\b",
    ),
    code: "TACT_THREAT",
    suggestion: { code: "TACT_SUGGEST_HONEST_DEADLINE" },
  },
  {
    // "Some friend you are.", "Don't let your squad down": guilt for leaving.
    lang: "en",
    re: en(
      "\\bsome friend you are\\b|\\bdon'?t let (?:them|your (?:team|squad|guild|friends|teammates|crew)) down\\b|\\b(?:your )?(?:teammates|team|squad|guild|friends) will (?:have to )?(?:carry on|manage|go on|play) without you\\b",
    ),
    code: "TACT_CONFIRMSHAMING",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_DECLINE" },
  },
  {
    // "You gave $50 last year. Did the children stop mattering?", "Don't be one of them":
    // guilt laid on the reader for not giving.
    lang: "en",
    re: en(
      "\\b(?:did|do|have|has) (?:the |those |these |our )?(?:children|kids|animals|families|refugees|victims|patients|people|they|we|animals) (?:stop(?:ped)? mattering|not matter|no longer matter|stopped counting)\\b|\\bdon'?t (?:they|the children|the kids|the animals|those families) (?:matter|deserve)\\b[^.!?\\n]{0,20}\\?|\\bwhile (?:people|you|others|everyone) (?:scroll(?:ed)?|swipe[sd]?|look(?:ed)? away|walk(?:ed)? past)\\b[^.!?\\n]{0,60}?[.!]\\s*don'?t be (?:one of them|that person|like them)\\b|\\bhow can you (?:look away|ignore (?:this|them|her|him))\\b",
    ),
    code: "TACT_CONFIRMSHAMING",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_DECLINE" },
  },
  {
    // "☑ Yes, share my details with trusted partners (uncheck to opt out)": consent
    // to sharing or marketing given in advance, for the reader to take back.
    lang: "en",
    re: en(
      "(?:[☑✅✔]|\\[x\\])\\s*(?:yes,?\\s*)?[^\\n]{0,40}?\\b(?:share|sharing|partners?|third[- ]part(?:y|ies)|affiliates|sponsors|marketing|newsletters?|offers|promotions?|sell)\\b|\\b(?:uncheck|untick|deselect) (?:this |the box )?(?:to|if you (?:don't|do not) want to) (?:opt out|not receive|stop|unsubscribe|decline)\\b",
    ),
    code: "TACT_PRECHECKED_CONSENT",
    suggestion: { code: "TACT_SUGGEST_UNTICKED_BOX" },
  },
  {
    // "No thanks, I'll pay Max's vet bills myself", "[Cancel and lose everything]":
    // the way out worded as a loss the reader chooses.
    lang: "en",
    re: en(
      "\\b(?:no(?:pe)?,? (?:thanks|thank you)|no|nah)[,.!—–-]*\\s*i(?:'ll| will)? (?:pay|cover|handle|risk|take (?:my|the) chances?|go without|manage|deal with)\\b[^.!?\\n\\]]{0,40}?\\b(?:myself|alone|on my own|out of pocket|full price|the risk)\\b|\\b(?:cancel|leave|quit|unsubscribe|downgrade|close (?:my )?account)(?: anyway)? and lose (?:everything|it all|all (?:of )?(?:it|my|them)|every|my)\\b",
    ),
    code: "TACT_CONFIRMSHAMING",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_DECLINE", replacement: "No thanks" },
  },
  {
    // "Don't be the one who stayed home", "most children who take a break never catch
    // up again", "This price is held for you for 09:59": shame, fear and a clock.
    lang: "en",
    re: en(
      "\\bdon'?t be the (?:one|only one|person|parent|friend) who\\b|\\b(?:children|kids|students|learners|pupils) who (?:take a break|stop|quit|pause|miss (?:a|one) (?:term|month|semester))\\b[^.!?\\n]{0,30}?\\bnever catch up\\b|\\b(?:held|reserved|saved|locked)(?: for you)? for \\d{1,2}:\\d{2}(?::\\d{2})?\\b",
    ),
    code: "TACT_THREAT",
    suggestion: { code: "TACT_SUGGEST_HONEST_DEADLINE" },
  },
  {
    // "…gone forever (and so is your chance)": loss laid on the reader.
    lang: "en",
    re: en("\\b(?:and )?so (?:is|will) your (?:chance|last chance|opportunity)\\b"),
    code: "TACT_THREAT",
    gate: /\bso (?:is|will) your\b/i,
    suggestion: { code: "TACT_SUGGEST_HONEST_DEADLINE" },
  },
];

/** Weak urgency signals: one is ordinary sales copy, three together are pressure. */
export const WEAK_EN = en(
  "\\blast chance\\b|\\bhurry\\b|\\bact (?:now|fast)\\b|\\bdon'?t miss(?: out)?\\b|\\bnow or never\\b|\\bwon'?t last\\b|\\b(?:selling|going) fast\\b|\\balmost gone\\b|\\blimited[- ]time\\b|\\bonly \\d+(?: [a-z]+)? left\\b|\\beveryone(?:'s| is) (?:buying|getting|grabbing|talking about)\\b|\\bdon'?t be the (?:only|last) one\\b|\\bfomo\\b|\\bprices? (?:go|goes|will go) up\\b|\\b\\d+ left in stock\\b|\\bbefore it'?s (?:gone|too late)\\b|\\bends (?:tonight|today|at midnight|soon)\\b|\\b(?:ends|expires) in \\d+ (?:hours?|hrs?)\\b|\\btoday only\\b|\\bfinal hours\\b|\\bwhile (?:supplies|stocks?) lasts?\\b|!{3,}|\\b(?:you'll|you will) (?:lose|miss out|regret)\\b|\\bgone forever\\b|\\b(?:will never|won'?t) (?:come back|return|be back)\\b|\\bnever (?:be )?(?:offered|available|this (?:low|cheap)) again\\b|\\b(?:lose|forfeit) (?:your|all your)\\b|\\bbuy (?:it )?now\\b",
);

/** Urgency shouted in capitals (case-sensitive). */
export const SHOUTED_EN =
  /\b(?:URGENT|HURRY|LAST CHANCE|FINAL|ACT NOW|NOW OR NEVER|DON'T MISS|EXPIRES|ENDING)\b/g;
