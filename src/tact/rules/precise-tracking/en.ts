/**
 * English precise-tracking tells: exact clock times, counts and durations of
 * what the reader did, and exact places ("300 m from your home").
 * @internal
 */
import { NOT_A_CLAIM } from "../en-grammar.js";
import { en, type PhrasePattern } from "../patterns.js";

/** The reader's own past behaviour, which makes a time or a count about them. */
export const BEHAVIOUR_EN = en(
  `\\byou(?:'re| are) (?:still )?(?:shopping|browsing|scrolling|looking at|online|up)\\b|\\b(?:saw|noticed|spotted|seen) you\\b|(?:^|(?<=[.!?\\n]\\s{0,3})|(?<=\\p{Extended_Pictographic}\\s?))(?:still )?(?:browsing|scrolling|shopping|window[- ]shopping|online|up)\\b[^.!?\\n]{0,12}?\\bat\\b|${NOT_A_CLAIM}\\byou(?:'ve| have| had)?(?: (?:recently|just|already|also|then|once|even|actually|last|first))? (?:viewed|visited|looked|browsed|spent|opened|clicked|searched|scrolled|read|watched|stayed|lingered|hovered|came back|returned|checked|logged in|paused|bailed|quit|stopped|(?:were|was) (?:last |just |recently |still )?(?:on|looking|browsing|viewing|reading|here|online|active|up|awake|scrolling)|been (?:on|looking|browsing|viewing|reading|back|scrolling))\\b|\\b(?:viewed|visited|opened|clicked|read) by you\\b|\\byou (?:were|passed|walked|drove|stopped) (?:near|by|close to|past|around|outside|at)\\b(?! (?:our|the) (?:site|website|app|page|store page))|\\byou (?:haven't|have not|hadn't) (?:logged in|signed in|visited|opened|been (?:back|on|online))\\b|\\b(?:see|seeing) you (?:back )?(?:on|at|in) (?:the|our) (?:site|app|website|store|shop|pages?)\\b|\\b(?:your|those|these) (?:[\\w-]+ )?(?:visits|sessions|clicks|page views|cursor|mouse)\\b|\\b(?:someone|somebody|people|colleagues|\\d+ people) (?:on|from|at) your (?:team|company|side|org|office)\\b|\\byou\\b[^.!?\\n]{0,60}?(?:\\b(?:and|then)|,) (?:then |also )?(?:viewed|visited|looked at|browsed|opened|clicked|searched|scrolled|read|watched|came back|returned|checked|spent)\\b|\\bspent\\b[^.!?\\n]{0,30}?\\b(?:browsing|scrolling|looking at|reading|watching|on our (?:site|app|website|pages?)|in our (?:app|store|calculator|configurator|tool|demo))\\b`,
  "giu",
);

const NUMBER_WORD =
  "\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|ninety";

/** Precise facts inside a behaviour sentence, each with its code. */
export const DETAILS_EN: ReadonlyArray<{ readonly re: RegExp; readonly code: string }> = [
  {
    code: "TACT_PRECISE_TIME",
    re: en(
      `\\b(?:at |around |about )?(?:[01]?\\d|2[0-3]):[0-5]\\d(?: ?(?:am|pm|a\\.m\\.|p\\.m\\.))?|\\b(?:at |around )?(?:1[0-2]|0?[1-9]) ?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])|\\b(?:last night|late (?:at night|last night)|at midnight|in the middle of the night|in the early hours|late-night|after midnight|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|this) (?:morning|afternoon|evening|night)|during (?:your|the) (?:lunch break|commute)|(?:${NUMBER_WORD}|a few|few) (?:minutes?|mins?|hours?|seconds?) ago|an hour ago|just now|moments? ago)\\b`,
    ),
  },
  {
    code: "TACT_PRECISE_COUNT",
    re: en(
      `\\b(?:${NUMBER_WORD}|several|multiple|many|a few|a dozen|dozens of|countless|numerous) times\\b|\\btwice\\b|\\b(?:again and again|over and over(?: again)?|repeatedly)\\b|\\b(?:${NUMBER_WORD}|several|many) (?:days|nights|weeks|times|visits) (?:in a row|straight|running)\\b|\\b(?:\\d+|several|many|multiple) (?:visits|views|clicks|sessions|opens)\\b|\\b(?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth) (?:time|visit)\\b|\\bevery (?:single )?(?:day|night|morning|evening)\\b`,
    ),
  },
  {
    code: "TACT_PRECISE_DURATION",
    re: en(
      `\\b(?:for )?(?:over |more than |almost |nearly |about |around |exactly )?(?:\\d+(?:\\.\\d+)?|a few|several|${NUMBER_WORD}) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\\b(?! ago)|\\bfor (?:so long|ages|a long time|an hour|a while|hours)\\b|\\ban hour\\b(?! ago)|\\b\\d+ (?:days?|weeks?) and \\d+ (?:hours?|minutes?)\\b|\\b(?:exactly |precisely )?\\d+ (?:days?|weeks?|months?) (?:since|ago)\\b|\\b(?:a (?:good |big |large )?chunk|most|the better part|much|all) of (?:the |your |(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?(?:morning|afternoon|evening|night|day|weekend|lunch break)\\b`,
    ),
  },
];

const PLACE =
  "home|house|place|apartment|flat|office|work|workplace|school|gym|hotel|location|current location|neighbou?rhood|street|door|doorstep|address";

export const LOCATION_EN: readonly PhrasePattern[] = [
  {
    // "300 m from your home", "a 5-minute walk from your office", "within 2 miles of you"
    lang: "en",
    re: en(
      `\\b(?:\\d+(?:[.,]\\d+)?|a|one|two|three|five|ten|fifteen)[ -]?(?:m|meters?|metres?|km|kilometers?|kilometres?|miles?|mi|feet|ft|yards?|yds?|blocks?|steps|minutes?|mins?)(?:[ -](?:walk|drive|ride|away))?\\b[^.!?\\n]{0,25}?\\b(?:from|of|to|near|around|away from) (?:your (?:${PLACE})|you)\\b`,
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION", replacement: "near you" },
  },
  {
    // "200m from where you are right now": the reader's live position.
    lang: "en",
    re: en(
      "\\b(?:near|from|to|closest to|nearest to|around|of) where you(?:'re| are)(?: (?:right )?now| currently| standing| at the moment)\\b|\\b(?:\\d+(?:[.,]\\d+)?|a|one|two|three|five|ten)[ -]?(?:m|meters?|metres?|km|miles?|mi|feet|ft|yards?|blocks?|steps|minutes?|mins?)\\b[^.!?\\n]{0,15}?\\b(?:from|of) where you(?:'re| are)\\b",
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION", replacement: "near you" },
  },
  {
    // "right around the corner from your office", "near your home"
    lang: "en",
    re: en(
      `\\b(?:near|close to|(?:right |just )?around the corner from|next to|down the street from|steps from|(?:a )?(?:short )?walk(?:ing distance)? from|walking distance (?:from|of)|nearby) your (?:${PLACE})\\b`,
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION" },
  },
  {
    // "You're just 2 blocks from our store", "you're right around the corner from our café":
    // where the reader is now, stated as a fact (not "if you're near our store").
    lang: "en",
    re: en(
      `(?<!\\b(?:if|when|whenever|once|while|whether|next time|in case|anytime)\\s)\\byou(?:'re| are)(?: (?:just|only|right|now|currently|literally|less than|under|within|about|around|roughly|nearly|barely))* (?:(?:\\d+(?:[.,]\\d+)?|a|one|two|three|four|five|ten|a few|a couple of)[ -]?(?:m|meters?|metres?|km|kilometers?|kilometres?|miles?|mi|feet|ft|yards?|blocks?|steps|minutes?|mins?)(?:[ -](?:walk|drive|ride))?(?: away)? (?:from|of)|(?:around the corner from|near|nearby|close to|next to|down the street from|steps from|in the neighbou?rhood of)) (?:us\\b|(?:our|the|a|\\uE000)(?: [\\w'.-]+){0,3}? (?:stores?|shops?|branch|boutique|café|cafe|studio|gym|showroom|outlet|location|restaurant|bakery|salon|clinic|venue|office|station|pop-up)(?![\\w-]))`,
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION" },
  },
  {
    // "You were in our Shinjuku store on Saturday": a visit we detected, not one we were told of.
    lang: "en",
    re: en(
      `${NOT_A_CLAIM}\\byou were (?:just |recently |also )?(?:in|at|near|by|outside|passing|walking past) (?:our|the) (?:[\\w'-]+ ){0,2}?(?:stores?|shops?|branch|boutique|café|cafe|showroom|outlet|location|restaurant|gym|studio|bakery|salon)(?![\\w-])`,
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION" },
  },
  {
    // "your current location", "we see you're in Shibuya right now"
    lang: "en",
    re: en(
      "\\byour (?:current|exact|precise|live|real-time|gps) (?:location|position|whereabouts|coordinates)\\b|\\bwe (?:see|noticed|know|can see|saw|detected|spotted)(?: that)? you(?:'re| are| were)? (?:currently |now |right now |just )?(?:in|at|near|around|nearby|close by)\\b|\\bwe (?:see|noticed|know|can see|saw|detected|spotted)(?: that)? you(?:'ve| have)? (?:just )?(?:landed|arrived|touched down|checked in|got (?:to|in)|made it to)\\b|\\b(?:your (?:ip(?: address)?|device|phone|gps|location data|wi-?fi|network)|(?:based on|from|judging by) your (?:ip(?: address)?|gps|location data|device location))\\b[^.!?\\n]{0,20}?\\b(?:shows?|says?|tells? us|suggests?|indicates?|puts you|places you|you(?:'re| are))\\b|\\byou(?:'re| are) (?:currently|right now) (?:in|at|near|around)\\b|\\b(?:spotted|saw|seen|noticed|detected|caught) you (?:(?:were|was) )?(?:near|around|outside|close to|nearby|walking by|passing by|at the|in the|by the)\\b",
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION" },
  },
  {
    // "You're at 14 Kingsway right now": where the reader stands, read back.
    lang: "en",
    re: en(
      "(?<!\\b(?:if|when|whenever|once|while|whether)\\s)\\byou(?:'re| are) (?:at|in|on|near|outside) [^.!?\\n]{1,30}? (?:right now|at the moment|currently)\\b",
    ),
    code: "TACT_PRECISE_LOCATION",
    suggestion: { code: "TACT_SUGGEST_COARSE_LOCATION" },
  },
];
