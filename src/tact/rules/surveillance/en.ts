/**
 * English tells of watched behaviour: an observer ("we noticed you were looking
 * at"), the reader's passive acts in the past tense ("you viewed", "the sofa you
 * browsed"), analysed histories ("your browsing history shows") and inferred
 * interest ("looks like you're shopping for"). Deliberate acts the reader chose
 * (left in the cart, downloaded, bought, signed up, told us) are not listed.
 * @internal
 */
import { NOT_A_CLAIM } from "../en-grammar.js";
import { en, type PhrasePattern } from "../patterns.js";

/** Treatments for the body a clinic or salon sells (weighing one is the reader's private matter). */
const PROCEDURE_EN =
  "whitening|veneers|invisalign|braces|aligners|botox|fillers?|lip fillers?|liposuction|lipo|tummy tuck|nose job|rhinoplasty|breast (?:augmentation|implants|lift|reduction)|facelift|face lift|eyelid surgery|double eyelid surgery|laser hair removal|hair transplant|lasik|laser eye surgery|cosmetic (?:surgery|procedures?|treatments?)|(?:dental )?implants";

/** Passive behaviour, as it follows "you were/have been" or "we noticed you". */
const PASSIVE_ING =
  "looking at|looking into|browsing|viewing|checking out|eyeing|eying|visiting|reading about|reading|window[- ]shopping|stopping by|coming back|searching for|searching|scrolling|hovering|lingering|clicking|researching|comparing|considering|exploring|shopping around|spending (?:time|a lot of time|so much time)|admiring|peeking(?: at)?|peeping at|ogling|gazing at|staring at|perusing|touring|stalking|poking around|lurking|circling|digging into|reading up on";

const PASSIVE_ED =
  "looked at|looked into|browsed|viewed|checked out|eyed|visited|searched for|searched|scrolled|hovered|lingered|clicked|spent|read|opened|watched|returned to|came back to|came back|stopped by|popped into|popped in|dropped by|came by|left (?:our|the) (?:site|page|store|shop|app)|left without|admired|peeked at|peeked|peeped at|ogled|gazed at|stared at|perused|toured|stalked|poked around|lurked|dug into|read up on|compared|(?:never|didn't|did not|haven't|have not) (?:finish(?:ed)?|complete(?:d)?|get to the end of) (?:watching|reading|the|our|your|this|that)|stopped (?:watching|reading|scrolling)|dropped off|bounced";

const OBSERVER =
  "\\b(?:we|i|our (?:team|system|data|records|algorithm|ai|analytics))(?:'ve| have| had)?(?: (?:just|recently|also|already|definitely|totally|certainly|clearly))? (?:noticed|notice|saw|see|spotted|spot|know|knew|could tell|can tell|could see|can see|were able to see|couldn't help (?:but )?(?:notic(?:e|ing)|see(?:ing)?)|caught|observed|tracked|detected|picked up on|(?:have |'ve )?been (?:watching|tracking|following|monitoring)|are (?:watching|tracking|monitoring)|keep(?:ing)? (?:an eye on|track of))";

/**
 * Who was watched: the reader, or people tied to them ("your team", "someone
 * from Northwind": B2B visitor tracking), with the auxiliaries that may follow.
 */
const WATCHED =
  "(?:you|your)(?:'ve|'re| have| are| were| had)?|(?:your (?:team|colleagues|co-?workers|company|org|organi[sz]ation|staff|folks|people|engineers|developers)|(?:someone|somebody|a colleague|(?:(?:a few|a couple of|several|some|many|\\d+|two|three|four|five) )?(?:people|folks|users|visitors|colleagues|members|team members|engineers|developers))(?: over)? (?:from|at|on) (?!our\\b|the\\b|my\\b)(?:your \\w+|[\\w&.-]+(?: [\\w&.-]+)?))(?:'s| has| is| was| were| have| are| had)?|(?!(?:we|it|this|that|there|the|a|an|our|my|everyone|nobody|nothing|demand|traffic|sales|interest|people|shoppers|customers)\\b)[\\w&.-]+(?: [\\w&.-]+)?(?:'s| has| have)(?= been\\b)";

/** Passive voice that still says someone was watching. */
const UNNOTICED =
  "(?:didn't|did not|hasn't|has not|doesn't|does not|won't|never) go(?:ne)? unnoticed";

/** Verbs that make behaviour the witness of a conclusion ("your clicks tell us"). */
const TELLS = `says?|said|tells? us|told us|shows?|showed|suggests?|suggested|indicates?|reveals?|revealed|gives? (?:it|you) away|gave (?:it|you) away|points? to|screams?|${UNNOTICED}`;

/** "Saw you...", "Noticed you..." with the subject left out, at the start of a sentence. */
const ELLIPTICAL_OBSERVER = `(?:^|(?<=[.!?\\n]\\s{0,3})|(?<=\\b(?:hey|hi|psst|so|oh)[,.!]*\\s{1,3})|(?<=[,:;]\\s{1,3}))(?:saw|noticed|spotted|seen|caught)(?: that)?,? (?:${WATCHED})(?: (?:been|just|recently|also|still|really|were|was))*`;

/**
 * "You can delete your browsing history in Settings", "your recently viewed items
 * are in the Profile tab": pointing the reader at their own data or a control is
 * transparency, not a reveal.
 */
const CONTROL =
  /\byou can (?:now |always |also )?(?:find|see|view|check|clear|delete|erase|remove|turn (?:it )?off|switch (?:it )?off|pause|manage|download|export|access|review|edit|hide)\b|\b(?:in|from|under|via) (?:your |the )?(?:account|settings|profile|privacy settings|preferences|dashboard)\b|\b(?:tab|menu|privacy (?:policy|notice|settings))\b/i;

function givesControl(sentence: string): "veto" | undefined {
  return CONTROL.test(sentence) ? "veto" : undefined;
}

export const SURVEILLANCE_EN: readonly PhrasePattern[] = [
  {
    // "Saw you stopped by our site", "Noticed you were checking out..."
    lang: "en",
    re: en(
      `(?<hit>${ELLIPTICAL_OBSERVER}) (?:${PASSIVE_ING}|${PASSIVE_ED}|interested in|into|on our (?:site|website|page|app|store)|visits?|activity|browsing|searches|search|interest|clicks|views)\\b`,
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /\b(?:saw|noticed|spotted|seen|caught)\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Our AI analyzed your photos", "we tracked your browsing"
    lang: "en",
    re: en(
      "\\b(?:we|i|our (?:team|system|data|ai|algorithm|analytics|tool|model|app))(?:'ve| have)? (?:analy[sz]ed|scanned|studied|tracked|monitored|logged|recorded|looked through|went through|dug into|mined)(?: all)? your\\b",
    ),
    code: "TACT_SURVEILLANCE_HISTORY",
    gate: /\byour\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_HEADING" },
  },
  {
    // "...and looked at 5 more", "still browsing at 1am?"
    lang: "en",
    re: en(
      "\\byou\\b[^.!?\\n]{0,60}?\\b(?<hit>(?:and|then|also) (?:then |also )?(?:looked at|viewed|browsed|checked out|searched for|eyed|visited (?:our|the|my|this|that|\\uE000)|clicked (?:on |through )?(?:the|our|a|an|this|that|\\uE000)|opened (?:our|the|this|that|\\uE000)|spent (?:some |a lot of |so much |a while |ages |time )?(?:time )?(?:on|looking|browsing|reading|checking)|came back to|returned to|lingered (?:on|over))\\b)|(?:^|(?<=[.!?\\n]\\s{0,3})|(?<=\\p{Extended_Pictographic}\\s?))still (?:browsing|scrolling|window[- ]shopping|looking at|eyeing|checking out)\\b",
      "giu",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\b(?:and|then|also|still)\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "We noticed you were looking at...", "I saw you've been browsing...", "we know your visits..."
    lang: "en",
    re: en(
      `(?<hit>${OBSERVER}(?: that)?,? (?:${WATCHED})(?: (?:been|just|recently|also|still|really|were|was|quite|often))*) (?:(?<=(?:were|was|been) )looking\\b(?! (?:forward|good|great|up|out|after)\\b)|${PASSIVE_ING}|${PASSIVE_ED}|interested in|into|on our (?:site|website|page|app|store)|visits?|activity|browsing|searches|search|interest|clicks|views|progress|moves|every move|habits|behaviou?r)\\b`,
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /\b(?:we|i|our)\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING", replacement: "You might like" },
  },
  {
    // "We saw the boots caught your eye"
    lang: "en",
    re: en(
      `${OBSERVER}\\b[^.!?\\n]{0,40}?\\b(?:caught|grabbed|got|piqued) your (?:eye|attention|interest)\\b`,
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /\byour (?:eye|attention|interest)\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "you viewed", "the sofa you browsed", "you've checked out our tents", "you opened our email",
    // "you watched the free lesson"
    lang: "en",
    re: en(
      `${NOT_A_CLAIM}\\byou(?:'ve| have| had)?(?: (?:recently|just|already|previously|earlier|also|once|last|then|briefly))? (?:viewed|browsed|looked at|eyed|peeked at|peeped at|admired|perused|toured|stalked|ogled|compared (?:the|our|these|those|this|that|\\uE000)|searched for|searched|lingered (?:on|over)|hovered (?:on|over)|scrolled (?:all the way )?(?:through|past|down|to)|spent (?:some |a lot of |so much |a while |ages |time )?(?:time )?(?:on|looking|browsing|reading|checking)|checked out (?!with\\b|successfully|via\\b|using\\b|as a guest)(?:the|our|this|that|these|those|some|a|an|\\uE000)|checked out(?= ?[?]|$)|clicked (?:on |through )?(?:the|our|a|an|this|that|\\uE000)|opened (?:our|my|the|this|that|last|yesterday's|\\uE000)[^.!?\\n]{0,20}?\\b(?:e-?mails?|messages?|newsletters?|mail)|visited (?:our|the|my|this|that|\\uE000)[^.!?\\n]{0,25}?\\b(?:pages?|site|website|blog|listings?|profile|app|product|shop|online store)|read (?:our|the|this|that|my|\\uE000)[^.!?\\n]{0,20}?\\b(?:article|post|blog|guide|page|story|piece|review|newsletter|e-?mail|case study|white ?paper)|watched (?:\\d+ ?%|half|most|some|part|all|the first|the start)?(?: of)? ?(?:our|the|this|that|my|\\uE000)[^.!?\\n]{0,25}?\\b(?:videos?|lessons?|recordings?|episodes?|demos?|clips?|trailers?|tutorials?|replays?))`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    judge: givesControl,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "you haven't opened our emails lately"
    lang: "en",
    re: en(
      "\\byou (?:haven't|have not|didn't|did not|never) (?:opened|open|read|clicked(?: on)?|click(?: on)?)\\b[^.!?\\n]{0,20}?\\b(?:e-?mails?|messages?|newsletters?|mail|links?)\\b",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\b(?:haven't|have not|didn't|did not|never)\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "the pages you visited,", "You were just on our site", "you've shown a lot of interest in"
    lang: "en",
    re: en(
      `\\b(?:pages?|site|sites|website|products?|items?|listings?|articles?|links?|ads?|posts?|videos?) you(?:'ve| have)?(?: (?:recently|just|already|previously|earlier|also))? (?:visited|clicked(?: on)?|checked out|opened|watched|read)\\b|${NOT_A_CLAIM}\\byou(?: were|'ve been| have been)(?: (?:just|recently|earlier|still))? (?:on|at|in) our (?:site|website|app|pages?|store|shop)\\b|\\byou(?:'ve| have)? (?:shown|been showing|displayed) (?:a lot of |some |great |real |so much |an? )?interest in\\b|\\byou keep (?:coming back|returning|visiting|checking|looking|viewing|browsing|clicking|opening|reading)\\b|\\byour (?:screen time|app usage|usage data|usage stats|reading habits|viewing habits|shopping habits)\\b`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "you were looking at", "you've been eyeing"
    lang: "en",
    re: en(
      `${NOT_A_CLAIM}\\byou(?:'ve been| have been| had been| were| was)(?: (?:just|recently|still|really|also|again|up|out|online|awake|late|up late|on your phone|last night|this morning|at \\d[\\w:.]*|until \\d[\\w:.]*|till \\d[\\w:.]*)){0,4} (?:looking at|browsing|viewing|eyeing|eying|checking out|researching|searching for|lingering on|hovering over|reading about|comparing|scrolling(?: through)?|window[- ]shopping|admiring|peeking at|stalking|perusing|ogling|reading (?:our|the|this|that|these|those|all|\\uE000)[^.!?\\n]{0,25}?\\b(?:articles?|posts?|blogs?|guides?|pages?|stories|reviews?|newsletters?|case stud(?:y|ies)|docs|documentation|white ?papers?))\\b`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "the ring you had your eye on", "you've had your eye on it": we know where they looked.
    lang: "en",
    re: en(
      `${NOT_A_CLAIM}\\byou(?:'ve| have| had|'d)?(?: (?:been|just|also|clearly|obviously|totally))? (?:had|got|kept|been keeping|have had|set) (?:your|an|one|both) eyes? on\\b`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\beyes? on\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Recently viewed", "your recent searches"
    lang: "en",
    re: en(
      "\\b(?:recently|previously|last) (?:viewed|browsed|visited|searched)\\b|\\byour (?:recent |last |latest |previous )?(?:searches|search history|viewing history|browsing session|search for(?! (?:the (?:perfect|right|best|ideal)|a |an |something|anything))|search (?:bar|box|query|terms?))\\b(?![^.!?\\n]*\\b(?:ends|is over|stops|starts) here\\b)",
    ),
    code: "TACT_SURVEILLANCE_MENTION",
    judge: givesControl,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_HEADING", replacement: "Picked for you" },
  },
  {
    // "your browsing history", "based on your activity on our site", "our analysis of your ..."
    lang: "en",
    re: en(
      "\\byour (?:recent |online |past |full |entire )?(?:browsing|search|viewing|click|clickstream|web|online|navigation|location|watch|listening|in-app|on-site|site) (?:history|activity|behaviou?r|habits|data|patterns?|trail|sessions?)\\b|\\byour (?:recent |online |latest )?(?:activity|behaviou?r|visits?|clicks|sessions?) on (?:our|the|this) (?:site|website|app|store|shop|pages?)\\b|\\b(?:based on|according to|after (?:analy[sz]ing|reviewing|looking at)|we(?:'ve| have)? analy[sz]ed|(?:our|an) analysis of|by tracking)\\b[^.!?\\n]{0,20}?\\byour (?:activity|behaviou?r|visits|clicks|movements|habits|browsing|online)\\b",
    ),
    code: "TACT_SURVEILLANCE_HISTORY",
    judge: givesControl,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_NEUTRAL_HEADING" },
  },
  {
    // "Our data shows you...", "your clicks suggest you might like"
    lang: "en",
    re: en(
      "\\b(?:our|the) (?:(?:browsing|behaviou?ral|usage|tracking|intent|web|website|site|click|clickstream|engagement|activity|location|app|visitor|traffic|pixel) )?(?:data|analytics|algorithm|ai|tracking|records|system|signals)\\b[^.!?\\n]{0,15}?\\b(?:shows?|showed|says|tells? us|told us|suggests?|indicates?|reveals?|noticed|detected)(?: that)? (?:you|your)\\b|\\b(?:suggests?|indicates?|reveals?) (?:that )?you(?:'re| are)? (?:might |may |could |must |probably |are |'re )?(?:be )?(?:interested|like|love|want|need|looking|struggling|considering|into|planning|thinking|ready|about to|shopping)\\b",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    onsite: "flag",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Your browsing says weekend hiker", "your late-night scrolling didn't go unnoticed":
    // the reader's passive behaviour as the witness of what we concluded.
    lang: "en",
    re: en(
      `\\b(?:your|those|these|all those|all these|all your) (?:[\\w-]+ ){0,2}?(?:browsing|scrolling|window[- ]shopping|clicking|clicks|searching|searches|visits|page views|late nights?)(?: (?:history|habits|activity|patterns?|behaviou?r|sessions?))?\\b[^.!?\\n]{0,25}?\\b(?:${TELLS})|\\byour (?:recent |latest |online |past |in-app )?(?:activity|behaviou?r|history|habits)\\b[^.!?\\n]{0,15}?\\b(?:tells us|told us|says you|suggests|suggested|indicates|reveals|revealed|gives (?:it|you) away|gave (?:it|you) away|${UNNOTICED})`,
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    gate: /\b(?:your|those|these)\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Our system flagged that you...": the machinery that watches, named.
    lang: "en",
    re: en(
      "\\bour (?:system|systems|software|tracking|analytics|algorithm|ai|tools?|platform|pixel|crm)\\b[^.!?\\n]{0,10}?\\b(?:flagged|detected|logged|recorded|registered|picked up|noticed|spotted|caught|saw)\\b(?: that)? (?:you|your)\\b",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /\bour\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Your cursor lingered on the Gold plan": the reader's hand, followed on screen.
    lang: "en",
    re: en(
      "\\byour (?:cursor|mouse|mouse pointer|pointer|finger|thumb|scroll|clicks?|taps?)\\b[^.!?\\n]{0,15}?\\b(?:lingered|hovered|paused|stopped|stayed|wandered|kept|landed|spent|hesitated|drifted|went)\\b|\\b(?:good|great|nice|lovely|glad) to see you (?:back |again )?(?:on|at|in) (?:the|our) (?:site|website|app|store|shop|blog|pages?)\\b|\\b(?:we(?:'ve| have)? (?:kept|been keeping) (?:tabs|an eye|track) on (?:you\\b|what you|(?:the|those|these|all the) [\\w' -]{1,30}? you(?:'ve| have)?\\b|your (?!order|package|delivery|shipment|account|subscription|payment)\\w+)|(?:keep|keeping|kept) tabs on (?:you|your)\\b)|(?:looks|seems|sounds) like\\b[^.!?\\n]{0,40}?\\b(?:is |are |'s )?(?:still )?on your (?:mind|radar)\\b|\\bstill on your (?:mind|radar)\\b",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /cursor|mouse|pointer|finger|thumb|scroll|click|tap|to see you|tabs on|an eye on|track on|your mind|your radar/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Someone on your team opened our proposal", "two people from {{company}} read the
    // docs": the reader's colleagues, watched.
    lang: "en",
    re: en(
      `\\b(?:someone|somebody|(?:a few |several |some |\\d+ )?(?:people|folks|colleagues)) (?:on|from|at) (?:your (?:team|company|side|org|organi[sz]ation|office)\\b|\\uE000)[^.!?\\n]{0,10}?\\b(?:has |have |had )?(?:been )?(?:${PASSIVE_ED}|${PASSIVE_ING})\\b`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\byour (?:team|company|side|org|office)|\uE000/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Still deciding on the Merino Crew?", "still torn about those boots?", "Sam, still
    // mulling over the Teak Bench?", "Thinking about the Merino Crew again?": a question
    // that presupposes we know which item the reader was weighing. Case-sensitive so
    // that only a named item ("the Merino Crew", not "the perfect gift") counts.
    lang: "en",
    re: en(
      `(?:^|(?<=[.!?\\n]\\s{0,3})|(?<=\\p{Extended_Pictographic}\\s?)|(?<=\\b(?:[Hh]ey|[Hh]i|[Ss]o|[Yy]ou|[Yy]ou're|[Aa]re you|[Aa]nd)[,.!]*\\s{1,3})|(?<=(?:\\uE000|\\b\\p{Lu}\\p{Ll}+),\\s{1,3}))(?<hit>[Ss]till (?:deciding|torn|thinking|mulling|weighing|debating|hesitating|on the fence|undecided|unsure|interested|considering|dreaming|wondering)(?: (?:it )?(?:on|about|over|between|in|of|up))?)(?= (?:(?:that|those|these) (?!\\w+ (?:is|are|was|were)\\b)|the (?:\\p{Lu}|\\uE000)|\\uE000))|\\b(?:[Cc]ame|[Cc]ome|[Cc]oming|[Bb]ack) (?:back )?for (?:another|a second|one more) look\\b|\\b(?:[Tt]hinking (?:about|of) (?:(?:that|those|these) (?!\\w+ (?:is|are|was|were)\\b)|the (?:\\p{Lu}|\\uE000)|\\uE000)[^.!?\\n]{0,40}? again|[Cc]an'?t stop thinking about (?:(?:that|those|these) (?!\\w+ (?:is|are|was|were)\\b)|the (?:\\p{Lu}|\\uE000)|\\uE000))\\b`,
      "gu",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /still|look\b|thinking/i,
    onsite: "ok",
    // "Still deciding on the Annual or Monthly plan?": a choice everyone faces.
    judge: (sentence) =>
      /\bor\b/i.test(sentence) && !/\b(?:that|those|these)\b/i.test(sentence) ? "veto" : undefined,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Did something catch your eye?": asks about a visit we watched (not one at a fair,
    // or in this very email, the reader can tell us about).
    lang: "en",
    re: en(
      "(?<!\\b(?:if|when|whether)\\s)\\b(?:(?:did|has) (?:something|anything)(?: (?:special|new|else|here|there))? (?:catch|caught|grab|grabbed|take|taken)|(?:something|anything)(?: (?:special|new|else))? caught) your (?:eye|fancy|attention)\\b",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\byour (?:eye|fancy|attention)\b/i,
    onsite: "ok",
    judge: (sentence) =>
      /\b(?:at|in|from) (?:the|our|this|that|today's|last week's) (?:fair|market|event|show|expo|festival|booth|pop-?up|e-?mail|newsletter|catalogu?e|lookbook|issue|magazine|tasting|workshop|list|selection|edit)\b/i.test(
        sentence,
      )
        ? "veto"
        : undefined,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "You were this close to booking Kyoto", "you almost checked out": we watched the hesitation.
    lang: "en",
    re: en(
      `${NOT_A_CLAIM}\\byou (?:were|got|came) (?:this|so|that|very|really|sooo*) close to (?:booking|buying|ordering|checking out|signing up|getting|grabbing|owning|joining|subscribing|starting|completing|finishing|making it yours)\\b|${NOT_A_CLAIM}\\byou (?:almost|nearly) (?:booked|bought|ordered|checked out|signed up|grabbed|joined|subscribed|purchased|made it yours)\\b`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\b(?:close to|almost|nearly)\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "We know what you like", "our cookies tell us..."
    lang: "en",
    re: en(
      "\\bwe (?:already |totally |just )?know (?:exactly )?what you(?:'re| are)? (?:like|want|love|need|looking for|into|after)\\b|\\b(?:cookies|our pixel|tracking pixels?|our trackers?)\\b[^.!?\\n]{0,12}?\\b(?:tell|tells|told|show|shows|showed|say|says) us\\b",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    gate: /\b(?:know|cookies|pixel|trackers?)\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Looks like you're shopping for a tent", "we can tell you're into..."
    lang: "en",
    re: en(
      "\\b(?:(?:it )?(?:looks|seems|sounds)(?: like| as (?:if|though))?|(?:it )?appears|we (?:can )?(?:tell|see|guess|gather|figured|bet))(?: that)? you(?:'re| are|'ve been| have been| were)? (?:really |very |quite |clearly |definitely |still )?(?:interested in|into|in the market for|shopping for|looking (?:for|at|into)|considering|planning|thinking (?:about|of)|researching|curious about|a fan of|eyeing|browsing)\\b",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    gate: /\b(?:looks|seems|sounds|appears|tell|see|guess|gather|figured|bet)\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Caught you looking at the red dress"
    lang: "en",
    re: en(
      "\\bcaught you (?:looking|browsing|checking|eyeing|peeking|window[- ]shopping|staring)\\b",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /\bcaught you\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Thanks for visiting / stopping by" in an email: mild, reported as a hint.
    lang: "en",
    re: en(
      "\\bthanks? (?:you )?for (?:visiting|stopping by|browsing|viewing|looking at|checking out) (?:our|the|\\uE000)",
    ),
    code: "TACT_SURVEILLANCE_VISIT_THANKS",
    gate: /\bthanks?\b/i,
    onsite: "ok",
    hint: true,
  },
  {
    // "Looks like the Kyoto ryokan caught your eye last night": a visit we watched,
    // stated as what we saw.
    lang: "en",
    re: en(
      "\\b(?:looks|seems|sounds) like\\b[^.!?\\n]{0,50}?\\b(?:caught|grabbed|took) your (?:eye|fancy|attention)\\b|\\bwe (?:noticed|saw|see|could tell|can tell)\\b[^.!?\\n]{0,50}?\\b(?:caught|grabbed|took) your (?:eye|fancy|attention)\\b",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\byour (?:eye|fancy|attention)\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "A few folks from Northwind Logistics have been digging through our docs": the
    // reader's colleagues, named by their company, watched.
    lang: "en",
    re: en(
      "\\b(?:someone|somebody|(?:a few |several |some |\\d+ |two |three )?(?:people|folks|colleagues|members of your team)) (?:from|at) (?:\\p{Lu}[\\w&.-]*(?: \\p{Lu}[\\w&.-]*){0,3})\\b[^.!?\\n]{0,10}?\\b(?:has |have |had )?(?:been )?(?:digging|reading|browsing|looking|checking|poking|exploring|viewing|visiting|reviewing|comparing)\\b",
      "gu",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Couldn't help noticing you came back to the Pro plan", "we've noticed you haven't
    // opened our updates", "the 2-bed you keep going back to", "the CR-V has clearly
    // caught your eye", "you paused Lesson 4 at 12:37": acts we could only have watched.
    lang: "en",
    re: en(
      "\\b(?:notic(?:e|ed|ing)|saw|see|seeing|spotted) (?:that )?you(?:'ve| have)? (?:came back|come back|returned|went back|keep (?:coming|going) back|kept (?:coming|going) back|scrolled|paused|stopped|bailed|haven'?t (?:opened|logged in|signed in|visited|been back|used|read|watched|finished)|didn'?t (?:open|finish|come back|complete|watch))\\b|\\byou (?:keep|kept) (?:coming|going|looking) back (?:to|at|for)\\b(?! us\\b| our (?:shop|store|site|team|café|cafe|studio)\\b)|\\b(?:has|have) (?:clearly |obviously |definitely |really |certainly )?(?:caught|grabbed|taken) your (?:eye|fancy|attention)\\b(?! (?:too|as well))|\\byou (?:paused|stopped|quit|bailed(?: out)?|abandoned|dropped off)(?: on| at| during| in)? (?:the |our |your |this |that |\"|“|\\uE000|\\d)",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Still thinking about whitening?", "still on the fence about Invisalign?": a
    // question that presupposes we know the reader weighed a treatment for their body
    // (from what they looked at; nobody tells a shop they are hesitating).
    lang: "en",
    re: en(
      `\\bstill (?:thinking (?:about|of)|considering|deciding on|on the fence about|weighing(?: up)?|torn (?:about|on|over)|undecided (?:about|on)|unsure about|hesitating (?:about|on|over)) (?:getting |having |doing |booking |a |an |your |that |those |the )?(?:teeth )?(?:${PROCEDURE_EN})\\b`,
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\bstill\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Pizza 4 Fridays in a row? We see you 🍕": a wink that says we are watching.
    lang: "en",
    re: en("\\bwe(?: can)? (?:see|saw) you(?=\\s*(?:[.!…]|\\p{Extended_Pictographic}|$))", "giu"),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /\bsaw you|\bsee you/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Your team's logins have dropped off", "your orders stopped in March": the
    // reader's absence, read back to them (we noticed what they stopped doing).
    lang: "en",
    re: en(
      "(?<!\\b(?:if|when|whether|once|until) )\\byour (?:team's |company's )?(?:logins?|log-?ins|sign-?ins|visits|usage|orders|purchases|reorders|activity)(?: (?:on|in|with|at) [\\w' -]{1,25}?)? (?:have |has )?(?:stopped|dropped off|dried up|tailed off|fallen off|gone quiet|slowed down)\\b(?! (?:arriving|coming|showing|working|syncing|loading|updating|going through|being (?:delivered|processed|charged)))",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\byour\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "You haven't logged in for 3 weeks", "It's been 47 days since your last check-in":
    // the reader's absence, measured.
    lang: "en",
    re: en(
      "\\byou (?:haven't|have not|hadn't|had not) (?:logged (?:in|on)|signed in|visited|been (?:in|by|back|around|online)|checked in|opened (?:the|our|your) app|used (?:the|our|your) (?:app|account|card|pass|membership))\\b[^.!?\\n]{0,20}?\\b(?:for|in) (?:over |more than |almost |nearly )?(?:\\d+|a|two|three|four|five|six|several|a few|a couple of) (?:days?|weeks?|months?)\\b|\\b(?:it's|it has|it's already|it has already) been (?:\\d+|two|three|four|five|six|several) (?:days|weeks|months) since (?:your|you) (?:last )?(?:check-?in|visit|log-?in|sign-?in|session|workout|class|swipe|ride|logged in|visited|checked in|came in|were (?:here|in))\\b",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\bsince\b|\bha(?:ve|d)(?:n't| not)\b/i,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Your smart meter shows your home is usually empty", "your car's data tells us":
    // a device in the reader's life, read for marketing.
    lang: "en",
    re: en(
      "\\byour (?:recent )?(?:check-?ins|location history|locations?|whereabouts|movements|trips|rides|commute|smart meter|meter (?:data|readings)|thermostat|smart (?:home|speaker|tv|plug|lock|doorbell)|car(?:'s)? (?:data|telematics|computer)|telematics|odometer|fitness tracker|(?:smart ?)?watch|wearable|smart scale|router|usage data|location data|device data)\\b[^.!?\\n]{0,25}?\\b(?:shows?|showed|says?|said|tells? us|told us|reports?|reported|reveals?|revealed|suggests?|suggested|indicates?|indicated|knows?)\\b",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    gate: /\byour\b/i,
    onsite: "hint",
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "Your 2016 Civic just passed 90,000 miles", "your home used 32% more electricity
    // than homes on your street": readings of the reader's car or home, used to sell.
    lang: "en",
    re: en(
      "\\byour (?:\\d{4} )?(?:car|vehicle|truck|van|bike|\\p{Lu}[\\w-]+(?: \\p{Lu}?[\\w-]+)?) (?:just |has just |has )?(?:passed|hit|reached|crossed|topped|went over|clocked) [\\d,.]+k? (?:miles|mi|km|kilometers|kilometres)\\b|\\byour (?:home|house|household|apartment|flat|business|family) (?:used|uses|burned|consumed|spent) [\\d.]+ ?% (?:more|less)\\b",
      "giu",
    ),
    code: "TACT_SURVEILLANCE_INFERENCE",
    gate: /\byour\b/i,
    suggestion: { code: "TACT_SUGGEST_OFFER_WITHOUT_WATCHING" },
  },
  {
    // "You left the Lisbon hostel tab open for ages", "Up past 2am again?", "parked
    // near Sakae Station 3 times this week?": what the reader did, and when or how
    // often, read back to them.
    lang: "en",
    re: en(
      "\\byou left (?:the|a|that|your|those) [\\w' -]{1,30}? (?:tab|tabs|page|window|app|video) open\\b|\\b(?:up|awake|online|scrolling|still up|on your phone) (?:past|after|until|till|at) (?:\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|midnight)\\b[^.!?\\n]{0,12}?\\bagain\\b|\\b(?:parked|stopped|were|been) (?:near|by|around|at) [A-Z][\\w'-]+(?: [A-Z][\\w'-]+){0,3}\\b[^.!?\\n]{0,20}?\\b(?:\\d+|two|three|four|five|several) times\\b",
      "giu",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\bopen\b|\bagain\b|\btimes\b/i,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "Thanks for viewing our hiking boots page yesterday": the thanks (a hint on its
    // own) dated to an online visit we watched is a tell ("stopping by our booth
    // yesterday", a visit the reader made in person, passes).
    lang: "en",
    re: en(
      "\\bthanks? (?:you )?for (?:visiting|stopping by|browsing|viewing|looking at|checking out) (?:our|the|\\uE000)[^.!?\\n]{0,40}?\\b(?:page|pages|site|website|listing|listings|article|video|app|pricing|online store|web shop)\\b[^.!?\\n]{0,20}?\\b(?:yesterday|last night|this morning|earlier today|earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \\d{1,2}(?::\\d{2})? ?(?:am|pm))\\b",
    ),
    code: "TACT_SURVEILLANCE_PAST_ACT",
    gate: /\bthanks?\b/i,
    onsite: "ok",
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
  {
    // "We've missed you at Sunday service three weeks running", "we know you've been
    // quietly looking at…": absence counted, and watching owned up to.
    lang: "en",
    re: en(
      "\\bmissed you at\\b[^.!?\\n]{0,30}?\\b(?:\\d+|two|three|four|five|six|several) (?:weeks|days|months|times|sundays|sessions|classes)(?: (?:running|in a row))?\\b|\\bwe know you(?:'ve| have)? been (?:\\w+ )?(?:looking|browsing|searching|reading|checking)\\b",
    ),
    code: "TACT_SURVEILLANCE_OBSERVER",
    gate: /\bmissed you\b|\bwe know\b/i,
    suggestion: { code: "TACT_SUGGEST_DROP_THE_WATCHING" },
  },
];
