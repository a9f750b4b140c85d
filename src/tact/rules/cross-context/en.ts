/**
 * English cross-context tells.
 * @internal
 */
import { NOT_A_CLAIM } from "../en-grammar.js";
import { en, type PhrasePattern } from "../patterns.js";

const PLATFORM =
  "google(?: reviews| maps)?|yelp|tripadvisor|amazon|etsy|ebay|goodreads|letterboxd|untappd|airbnb|foursquare|swarm|venmo|whatsapp|discord|twitch|steam|fitbit|apple watch|apple health|google fit|garmin|oura|whoop|myfitnesspal|health app|fitness tracker|smart ?watch|instagram|insta|facebook|fb|twitter|tiktok|linkedin|pinterest|youtube|reddit|snapchat|threads|bluesky|mastodon|strava|spotify|social media|socials|social networks?|your (?:feed|timeline)";

const SUGGEST = { code: "TACT_SUGGEST_STAY_IN_CONTEXT" } as const;

export const CROSS_CONTEXT_EN: readonly PhrasePattern[] = [
  {
    // "We saw on Instagram that...", "I came across your profile on LinkedIn"
    lang: "en",
    re: en(
      `\\b(?:we|i)(?:'ve| have)?(?: (?:just|recently|also))? (?:saw|seen|noticed|spotted|found|came across|read|followed|checked|looked at|stumbled (?:up)?on)\\b[^.!?\\n]{0,40}?\\b(?:on|via|through|from|in) (?:your |the )?(?:${PLATFORM})\\b`,
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // "your posts on Instagram", "you follow several roasters", "you liked a post"
    lang: "en",
    re: en(
      `(?<!\\b(?:share|post|tag|upload|send|show|add|submit|link|use|see|seeing|with|to|on|onto|into|from|via|through) )\\byour (?:[\\w-]+ ){0,2}?(?:posts?|photos?|pictures?|pics?|videos?|tweets?|stories|story|reels?|profile|followers|likes|check-ins?|activity|comments?|playlists?|runs|rides|workouts|updates?)\\b(?: [\\w'.-]+){0,6}? (?:on|in|via) (?:${PLATFORM})\\b|(?<!\\b(?:tell|invite|ask|message|show|with|to|among|tag|and)\\s)\\byour (?:friends?|followers|contacts|connections|network) (?:on|from|in) (?:${PLATFORM})\\b|\\byour (?:recent |latest )?(?:${PLATFORM}) (?:posts?|photos?|pictures?|videos?|stories|story|reels?|profile|followers|likes|activity|feed|bio|wish ?lists?|reviews?|ratings?|orders?|purchases?|boards?|pins?|check-ins?|listings?|history)\\b|${NOT_A_CLAIM}\\byou(?:'ve| have)?(?: recently| just| also)? (?:follow|followed|liked|posted|pinned|tweeted|retweeted|shared|commented)\\b[^.!?\\n]{0,40}?\\b(?:on|via) (?:${PLATFORM})\\b|(?<!\\b(?:if|when|once|whether)\\s)\\byou(?:'ve| have)?(?: recently| just| also)? (?:follow|followed|liked|posted|pinned|tweeted|retweeted|shared|commented on|checked in at) (?:several |some |a few |many |lots of |\\d+ )?(?:accounts?|pages?|posts?|photos?|brands?|creators?|influencers?|roasters?|@)`,
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // "Saw your tweet", "Your LinkedIn says...", "Your Spotify playlists tell us..."
    lang: "en",
    re: en(
      `(?<!\\b(?:to|on|onto|into|in|with|from|via|share|post) )\\byour (?:recent |latest |last )?(?:tweets?|retweets?|insta(?:gram)? (?:posts?|stories|story|reels?)|(?:${PLATFORM})(?: \\w+)? (?:says|shows|tells|told|suggests|reveals|mentions|says)|(?:${PLATFORM}) (?:playlists?|runs|workouts|check-ins?|bio|likes|follows))\\b`,
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // "Saw the news on LinkedIn and...", "Came across your profile on Instagram": the
    // observer left out at the start of a statement (a question like "Saw something
    // you love on Instagram?" speaks about the reader's own seeing).
    lang: "en",
    re: en(
      `(?:^|(?<=[.!?\\n]\\s{0,3})|(?<=\\p{Extended_Pictographic}\\s?))(?:saw|spotted|noticed|came across|stumbled (?:up)?on|caught) (?!(?:on|in|via|through)\\b)[^.!?\\n]{1,40}?\\b(?:on|via|through|in) (?:${PLATFORM})\\b(?![^.!?\\n]*\\?)`,
      "giu",
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // "We spotted your post about moving": a post is social media unless it was on our own forum.
    lang: "en",
    re: en(
      "\\b(?:we|i)(?:'ve| have)?(?: (?:just|recently|also))? (?:saw|seen|spotted|noticed|read|loved|enjoyed|came across|liked)(?: all)? your (?:recent |latest |last )?(?:posts?|tweets?|reels?|stor(?:y|ies)|status(?: update)?|check-ins?|announcement) (?:about|on|from|of|with|where)\\b",
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    judge: (sentence) =>
      /\b(?:in|on) (?:our|the) (?:community|forum|site|app|group|blog|review page)\b/i.test(
        sentence,
      )
        ? "veto"
        : undefined,
    suggestion: SUGGEST,
  },
  {
    // "We noticed you also shop at Everlane": what the reader buys from other companies.
    lang: "en",
    re: en(
      `(?:\\b(?:we|i)(?:'ve| have)?(?: (?:just|also|recently|can))? (?:noticed|notice|saw|see|know|spotted|found|can tell)|(?:^|(?<=[.!?\\n]\\s{0,3}))(?:noticed|saw|spotted))(?: that)? you(?:'ve| have|'re| are)?(?: (?:also|recently|often|sometimes|been|regularly|usually|still))* (?:shop|shopped|shopping|buy|bought|buying|order|ordered|ordering|book|booked|booking|subscribe|subscribed|subscribing|bank|banked|banking) (?:[\\w'-]+ ){0,3}?(?:at|from|with|on|through|via) (?!us\\b|our\\b|this\\b|here\\b|the same\\b)`,
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    suggestion: SUGGEST,
  },
  {
    // "Your Fitbit data shows...", "heard from your friends that..."
    lang: "en",
    re: en(
      `\\byour (?:${PLATFORM}) (?:data|stats|activity|history|records?)\\b|\\b(?:heard|learned|found out|were told|got word)(?: from| through| via) your (?:friends?|family|colleagues|co-?workers|contacts|network|neighbou?rs|partner)\\b|\\byour (?:friends?|family|colleagues|co-?workers|contacts|neighbou?rs) (?:told|tells|mentioned|said|let us know)\\b`,
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    suggestion: SUGGEST,
  },
  {
    // "We see you're using Shopify": your stack, looked up from outside.
    lang: "en",
    re: en(
      "\\b(?:we|i)(?:'ve| have)? (?:see|noticed|saw|spotted|found)(?: that)? (?:you(?:'re| are)? (?:using|use|run|running|on)|your (?:site|website|store|company|team|shop) (?:uses|runs|is (?:using|running|built on)))\\b",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    suggestion: SUGGEST,
  },
  {
    // "browsing competitors' sites", "you shopped at other stores"
    lang: "en",
    re: en(
      `${NOT_A_CLAIM}\\byou(?:'ve| have|'re| are| were| had)?(?: (?:been|recently|also|just|still|often))* (?:browsing|visiting|viewing|shopping|looking at|buying|purchasing|browsed|visited|viewed|shopped|looked at|bought|purchased|ordered|comparing|compared)\\b[^.!?\\n]{0,25}?\\b(?:competitors?'?s?|our competition|rivals?|other (?:sites|websites|stores|shops|brands|retailers|providers|vendors|apps)|another (?:site|website|store|shop|brand|retailer|provider)|elsewhere)\\b`,
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    suggestion: SUGGEST,
  },
  {
    // "our partners told us", "according to your credit report", "we bought your data"
    lang: "en",
    re: en(
      "\\b(?:our (?:data )?partners?|a partner|third[- ]part(?:y|ies)|data (?:brokers?|providers?)|an affiliate|our affiliates?|your (?:bank|card issuer|credit bureau|insurer|insurance company|employer|doctor|pharmacy|carrier|phone company|landlord|school|gym))\\b[^.!?\\n]{0,20}?\\b(?:told us|tells us|shared|say|says|let us know|informed us|notified us|tell us|passed on|showed us|sent us)\\b|\\baccording to (?:your )?(?:credit|bank|card|shopping|purchase|location|phone|gps|fitness|health|app|spotify|streaming) (?:data|records?|reports?|history|statements?|activity)\\b|\\b(?:according to|based on|from|per|in|we checked|a look at) (?:the )?(?:(?:public|property|court|voter|land|county|council|government|dmv|credit) ){1,2}(?:records?|registers?|filings?|reports?)\\b|\\b(?:our |third[- ]party |b2b )?(?:intent (?:data|signals?)|buyer intent|enrichment data|data enrichment|firmographic data|data (?:broker|partner)s?)\\b[^.!?\\n]{0,20}?\\b(?:shows?|showed|says|tells? us|told us|suggests?|indicates?|reveals?)\\b|\\byour credit (?:score|report|history|rating|file)\\b[^.!?\\n]{0,15}?\\b(?:dropped|fell|went|changed|shows?|showed|says|suggests?|took a hit|improved|rose)\\b|\\bwe (?:bought|purchased|obtained|acquired|received|got) your (?:data|information|details|contact(?: details)?|email address|number)\\b|\\b(?:according to|based on|from|in) your (?:credit card|bank|card) (?:statements?|transactions?|activity|spending)\\b",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    suggestion: SUGGEST,
  },
  {
    // "Based on purchases you've made with our partner stores, ...": the reader's data
    // from partners used as evidence (a loyalty rule like "your bookings with partner
    // airlines earn miles" is not).
    lang: "en",
    re: en(
      "\\b(?:your (?:[\\w-]+ )?(?:purchases?|shopping|activity|data|browsing|orders?|spending|history|information|details|bookings?)|(?:purchases?|orders?|bookings?|spending|shopping) you(?:'ve| have)?(?: made| placed| done)?) (?:with|at|from|on|across|through) (?:our |one of our )?(?:partner|affiliate|sister|group|network|retail partner)(?:s|'s|s')? ?(?:stores?|brands?|sites?|websites?|companies|retailers|shops?|merchants?|apps?|services?|banks?|hotels?|airlines?)?\\b|\\byou(?:'ve| have)? (?:bought|purchased|shopped|ordered|spent|booked)\\b[^.!?\\n]{0,25}?\\b(?:with|at|from) (?:our |one of our )?(?:partner|affiliate|sister) (?:stores?|brands?|sites?|companies|retailers|shops?|merchants?|apps?|hotels?|airlines?)\\b",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    judge: (sentence) => (EVIDENTIAL.test(sentence) ? undefined : "veto"),
    suggestion: SUGGEST,
  },
  {
    // "Saw your posts about the move", "we came across your 1-star review of BrightHost
    // on G2": what the reader wrote elsewhere, brought back to them.
    lang: "en",
    re: en(
      "(?:^|(?<=[.!?\\n,]\\s{0,3})|\\b(?:we|i)(?:'ve| have)?(?: just| recently)? )(?:saw|seen|spotted|noticed|read|loved|came across|stumbled (?:up)?on|caught) your (?:recent |latest |last )?(?:[\\w-]+ ){0,2}?(?:posts?|tweets?|stories|photos?|pics?|reels?|check-?ins?|threads?)\\b(?! (?:here|on our|in our|with us))|\\b(?:came across|saw|read|spotted|noticed) your (?:[\\w-]+ ){0,3}?reviews? (?:of|for|about) (?!us\\b|our\\b)",
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    suggestion: SUGGEST,
  },
  {
    // "Thanks to our friends at TravelPoints, we know you're heading to Bali"
    lang: "en",
    re: en(
      "\\b(?:thanks to|via|through|from|courtesy of) our (?:friends|partners?|sister (?:brands?|compan(?:y|ies))|affiliates?)(?: (?:at|over at|from))?\\b[^.!?\\n]{0,60}?\\bwe (?:know|learned|heard|see|noticed|found out)\\b",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    suggestion: SUGGEST,
  },
  {
    // "Based on your search history across the web": activity on other sites.
    lang: "en",
    re: en(
      "\\byour (?:search|browsing|shopping|purchase|online) (?:history|activity|habits|behaviou?r) (?:across|on|from|around) (?:the (?:web|internet)|other (?:sites|websites|apps|stores|shops)|elsewhere|the rest of the web)\\b",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    suggestion: SUGGEST,
  },
  {
    // "Public records show your mortgage resets in May", "Based on your credit file",
    // "Heard about the restructuring at your company", "3 of your Facebook friends",
    // "Your selfies say...": sources the reader never gave us.
    lang: "en",
    re: en(
      "\\b(?:public records?|credit (?:bureaus?|agencies)|data (?:brokers?|providers?)|your credit (?:file|report|history))\\b[^.!?\\n]{0,10}?\\b(?:show|shows|say|says|tell|tells|indicate|indicates|suggest|suggests|reveal|reveals)\\b|\\b(?:based on|according to|from|judging by) your credit (?:file|report|history|score|record)\\b|\\b(?:heard|read|saw|learned) (?:about|of) (?:the )?[^.!?\\n]{0,30}?\\b(?:at|in) your (?:company|firm|employer|workplace|office|organi[sz]ation)\\b|\\byour (?:facebook|instagram|linkedin|twitter|tiktok|snapchat|whatsapp|line|x) (?:friends|contacts|connections|followers|circle)\\b|\\byour (?:selfies|photos|pics|posts) (?:say|show|tell us|suggest)\\b",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    suggestion: SUGGEST,
  },
  {
    // "We've been reading your comments on r/AstroPhotography", "loved your posts on
    // Instagram": the reader's words on another platform, brought here.
    lang: "en",
    re: en(
      "\\b(?:been reading|read|reading|saw|seen|loved|liked|enjoyed|came across|spotted|noticed|caught|following|followed|been following)\\b[^.!?\\n]{0,25}?\\byour (?:comments?|posts?|tweets?|reviews?|photos?|pictures?|pics|videos?|stories|reels?|threads?|pins?|check-?ins?|runs?|rides?|playlists?|answers?) (?:on|in|at|over on) (?:r/\\w+|reddit|instagram|insta|facebook|twitter|x\\b|tiktok|youtube|pinterest|linkedin|strava|threads|yelp|tumblr|snapchat|discord|mastodon|bluesky|quora|goodreads|letterboxd|spotify)",
    ),
    code: "TACT_CROSS_CONTEXT_SOCIAL",
    gate: /\byour\b/i,
    suggestion: { code: "TACT_SUGGEST_STAY_IN_CONTEXT" },
  },
  {
    // "Heard you're heading to Whistler next week": the reader's plans, from elsewhere.
    lang: "en",
    re: en(
      "(?:^|(?<=[.!?\\n]\\s{0,3})|(?<=\\p{Extended_Pictographic}\\s?)|\\bwe(?:'ve)? )(?:heard|hear|hearing|word is|a little bird (?:told|tells) us)(?: that)? you(?:'re| are|'ve| have| were| just| recently)? (?:heading|going|travell?ing|flying|moving|getting|expecting|planning|looking|starting|leaving|off|about to|booked|bought|been)\\b",
      "giu",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /\bhear|\bword is|little bird/i,
    suggestion: { code: "TACT_SUGGEST_STAY_IN_CONTEXT" },
  },
  {
    // "Hearing layoff rumors at Brightwell Logistics?": news about the reader's employer.
    lang: "en",
    re: en(
      "\\b(?:hearing|heard|worried about|nervous about|read(?:ing)? about|rattled by|shaken by)\\b[^.!?\\n]{0,12}?\\b(?:layoffs?|layoff (?:rumou?rs|news)|job cuts|redundanc(?:y|ies)|restructuring|downsizing|hiring freeze|plant closure|office closure) at\\b",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /\bat\b/i,
    suggestion: { code: "TACT_SUGGEST_STAY_IN_CONTEXT" },
  },
  {
    // "Teams at your company already use Trellis", "most people at Halvorsen Logistics
    // (your company)": the reader's employer, looked up.
    lang: "en",
    re: en(
      "\\b(?:teams?|people|colleagues|co-?workers|folks|others|everyone|users|most people|many people|\\d+ people)(?: (?:already|like you))? (?:at|from|in) your (?:company|employer|workplace|office|org(?:ani[sz]ation)?)\\b|\\((?:your|you work at your) (?:company|employer|workplace)\\)",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /\byour (?:company|employer|workplace|office|org)/i,
    suggestion: { code: "TACT_SUGGEST_STAY_IN_CONTEXT" },
  },
  {
    // "Visited PulseGym's site lately?": the reader's visits to someone else's site.
    lang: "en",
    re: en(
      "\\b(?:[Vv]isited|[Bb]een (?:to|on)|[Bb]rowsing|[Cc]hecked out) (?![Oo]ur\\b|[Tt]he\\b|[Tt]his\\b|[Mm]y\\b)[A-Z][\\w&'.-]+(?:'s)? (?:site|website|app|store|page|shop)\\b(?: (?:lately|recently))?\\?",
      "gu",
    ),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /\?/,
    suggestion: { code: "TACT_SUGGEST_STAY_IN_CONTEXT" },
  },
  {
    // "Just moved to Leeds?": a move the reader did not tell us about. (A shop's
    // "Congratulations on your new home!" to a customer who ordered for it passes.)
    lang: "en",
    re: en("\\b(?:[Jj]ust|[Rr]ecently) moved to [A-Z][\\w-]+(?: [A-Z][\\w-]+)?\\?", "gu"),
    code: "TACT_CROSS_CONTEXT_ELSEWHERE",
    gate: /moved/i,
    judge: (sentence) =>
      /\byou (?:told|let) us\b|\byour (?:new address|address change) (?:form|request)\b/i.test(
        sentence,
      )
        ? "veto"
        : undefined,
    suggestion: { code: "TACT_SUGGEST_STAY_IN_CONTEXT" },
  },
  {
    // "Your friend Kenji just checked in at Star Box", "our partner bank's card data
    // shows you spend…": the reader's friends and their card, from elsewhere.
    lang: "en",
    re: en(
      "\\byour (?:friend|friends|contact|contacts|colleague|neighbou?r)s?(?: [A-Z][\\w'-]+)? (?:just |recently )?(?:checked in|posted|liked|shared|bought|joined|is at|was at|went to)\\b|\\b(?:partner(?:'s| bank's| store's)?|third[- ]party|bank|card)(?: card)? data (?:shows?|says?|tells? us|suggests?|reveals?)\\b",
      "giu",
    ),
    code: "TACT_CROSS_CONTEXT_THIRD_PARTY",
    gate: /\byour (?:friend|contact|colleague|neighbo)|\bdata\b/i,
    suggestion: { code: "TACT_SUGGEST_STAY_IN_CONTEXT" },
  },
];

/** A conclusion drawn from data: "based on", "tells us", "we noticed"... */
const EVIDENTIAL =
  /\b(?:based on|according to|judging (?:by|from)|from what|tells? us|told us|shows?|showed|suggests?|indicates?|we (?:noticed|saw|see|know|learned|found)|looks like|seems|so we (?:think|thought|picked|chose))\b/i;
