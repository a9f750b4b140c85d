/**
 * English sensitive terms and the cues that turn a mention into a claim about
 * the reader ("your pregnancy", "Struggling with debt?", "As someone who's
 * recently divorced"). A term alone ("recipes for diabetics") is not a claim.
 * @internal
 */
import { en } from "../patterns.js";

const TERMS = [
  // health, pregnancy and the body
  "pregnan(?:t|cy|cies)|baby (?:girl|boy)|new baby|menstrua(?:l|tion)|pms|period (?:pain|cramps)|hospital(?:i[sz]ed|i[sz]ation| stay)?|surgery|your (?:recent )?(?:operation|injury)|(?:medical|lab|blood) (?:records|results|tests?)|in recovery|expecting (?:a baby|a child|twins)|(?<=\\byou(?:'re| are) )expecting(?=[,.!?]|$| (?:a baby|twins|your first|a little one|again))|trying to (?:conceive|get pregnant)|fertility|ivf|miscarriage|infertil(?:e|ity)|baby bump|baby weight|post-?partum|baby's due date|newborn|(?:little one|baby|bundle of joy|new arrival) on the way|bun in the oven|pre-?natal|(?:mom|mum|mother|dad|father|parents?)-to-be",
  "diagnos(?:is|ed|es)|illness|disease|cancer|chemo(?:therapy)?|tumou?rs?|diabet(?:es|ic)|depress(?:ion|ed)|anxiety|panic attacks?|insomnia|trouble sleeping|sleeping (?:badly|poorly)|sleep (?:problems?|disorders?|apnea)|mental (?:health|illness)|(?<!retail )therap(?:y|ist)|medications?|prescriptions?(?! (?:glasses|lenses|sunglasses|eyewear|frames))|adhd|autis(?:m|tic)|dementia|alzheimer'?s|hiv|stds?|stis?|herpes|erectile|impoten(?:ce|t)|incontinence|disabilit(?:y|ies)|(?:physically|visually|hearing|learning) (?:disabled|impaired)|wheelchair user|chronic (?:pain|illness|condition)|addict(?:ion|ed)|alcoholi(?:sm|c)|sobriety|rehab|eating disorder|anorexi(?:a|c)|bulimi(?:a|c)|bipolar|schizophreni(?:a|c)|(?:health|medical) (?:condition|issues?|problems?)|symptoms|hair loss|thinning hair|balding|receding hairline|obes(?:e|ity)|menopaus(?:e|al)|quit(?:ting)? smoking|smoker|smoking habit|vaping habit|nicotine (?:addiction|habit|cravings)|bmi|body mass index|overweight|weight (?:problems?|issues?|gain)|fine lines|wrinkles|burn(?:ed|t)[- ]out|burnout|lost (?:some |a lot of |so much )?weight|memory (?:slipping|loss|lapses)|(?:turned|turning) (?:[4-9]0|forty|fifty|sixty|seventy|eighty)|(?<=^|[.!?]\\s{0,3})expecting(?=\\s*\\?)|health setbacks?|(?:tough|hard|rough) on your body|(?:holiday|christmas|winter|lockdown|quarantine|extra|few) (?:pounds|kilos|weight)|crow'?s feet|double chin|love handles|muffin top",
  // money
  "debts?|indebted|(?:tough|hard|difficult|rough) (?:time|times|patch|month|year) financially|financially (?:struggling|stretched|strapped)|cash[- ]strapped|(?:tight|short|low) on (?:money|cash|funds)|strapped for cash|(?:money|cash|finances|funds)(?:'s| is| are| has been| have been|'s been| was| were| being)(?: (?:a bit|a little|really|very|pretty|so|quite|extra))? (?:tight|short|scarce)|struggling to (?:pay|make ends meet)|keep(?:ing)? up with (?:your |the |my )?(?:[\\w-]+ ){0,2}(?:payments|repayments|bills|rent|mortgage|loans?|debts?)|make ends meet|bankrupt(?:cy)?|foreclosure|repossess(?:ion|ed)|overdue (?:bills?|payments?|rent)|(?:late|missed) payments?|behind on (?:your |the )?(?:[\\w-]+ )?(?:payments?|rent|bills?|mortgage|loans?|credit cards?)|bad credit|(?:low|poor) credit(?: score)?|credit (?:score|rating) (?:dropped|fell|decreased|went down|took a hit|is (?:low|poor|bad))|payday loans?|overdrawn|overdraft fees?|(?<=\\byour (?:account )?)balance (?:dipped|dropped|fell|went|is|was) (?:under|below|low|negative)|(?:rent|payment|bill)s?(?: payments?)? (?:came out|went out|was|is|were|are) late|money (?:troubles?|problems?|worries|struggles)|financial (?:hardship|difficult(?:y|ies)|troubles?|struggles?|stress|problems?)|(?:you're |you are |feeling |going |go |flat )broke|can'?t afford (?:rent|bills|food|groceries|to pay)|paycheck to paycheck|unemploy(?:ed|ment)|laid off|between jobs|out of work|low income|on benefits|(?:income|salary|earnings) (?:bracket|band|range|level|tier)|household income|(?:paycheck|pay ?check|payday|wages?|salary) (?:came|was|is|arrived|got) (?:in )?late",
  // religion, sexuality, relationships, loss, parenthood, age
  "religio(?:n|us)|(?:your|religious) (?:faith|church|mosque|synagogue|temple|beliefs)|as an? (?:christian|muslim|jew|jewish (?:person|man|woman)|hindu|buddhist|catholic|atheist|sikh)|ramadan|halal|kosher",
  "gay|lesbian|bisexual|queer|lgbtq?i?a?\\+?|sexual orientation|sexuality|sex life|coming out|transgender|non-binary|same-sex",
  "divorc(?:e|ed|ing)|planning (?:a|your) wedding|wedding plans|getting married|(?:congrats|congratulations) on (?:the|your) little one|(?:recently |newly )separated|separated from (?:your |my )?(?:husband|wife|partner|spouse)|break-?up|broke up|widow(?:ed|er)?|single again|(?:newly|recently|suddenly) single|(?:losing|lost|the loss of|the death of|the passing of) (?:a |your )?(?:loved one|family member|parent|spouse|partner|child|baby|pet)|bereave(?:d|ment)|grie(?:f|ving)|passed away|(?:crossed|gone|went) (?:over )?the rainbow bridge|funeral|condolences|your (?:recent |tragic |sudden )?loss|(?:during|through) this (?:difficult|hard|tough|sad|painful|trying) time|in your time of (?:grief|loss|need|sorrow)|lost your (?:mother|father|mom|dad|mum|parents?|husband|wife|partner|spouse|child|son|daughter|baby|brother|sister|pet|dog|cat|job)",
  "(?:new|single|first-time|expectant) (?:mom|mum|mother|dad|father|parent)s?|(?:mom|mum|dad|parent) of (?:a )?(?:newborn|toddler|baby)|at your age|(?:people|members|customers|women|men|folks|others|guests) (?:of |around |at )?your age|getting older|(?<=\\byou(?:'re| are) )(?:past|over|turning|nearly|almost|pushing) (?:[4-9]0|forty|fifty|sixty|seventy)(?!\\s?(?:%|percent|minutes|items|products|styles|countries|years of))|in your (?:[4-9]0s|forties|fifties|sixties|seventies)|custody (?:weekends?|arrangements?|schedules?|battles?|days?)|(?:reading|math|maths|spelling|test|exam|sat|act) scores|below grade level|behind (?:in|at) (?:school|class|reading|math)|report card",
].join("|");

/** Every sensitive term. */
export const SENSITIVE_EN = en(`\\b(?:${TERMS})\\b`);

/** Cues in the text before the term (same sentence). */
const BEFORE_CUES = [
  /\byour (?:[\w'-]+ ){0,3}$/i,
  /\bas an? $/i,
  // "Those fine lines won't fix themselves": the reader's own, pointed at.
  /^(?:those|these) $/i,
  // "Weekends feel long since the breakup": it happened to the reader.
  /\b(?:since|after) (?:the|your) $/i,
  // 'Pick up your search for "bankruptcy options"': what the reader searched, read back.
  /\b(?:search(?:es|ed)?|looked|looking|browsing|read(?:ing)?) (?:for|about|up on) ["“'‘]?$/i,
  // "Lose the baby weight by summer": an imperative that presupposes the reader has it.
  /^(?:lose|shed|drop|get rid of|beat|fix|hide|cover up) (?:the |that |those |your )?$/i,
  /\byou(?:'re| are|'ve been| have been| were| seem(?: to be)?| must be| might be| may be| look| sound| have| had|'ve)(?: [\w'-]+){0,3} $/i,
  /\bas (?:someone|a person|a woman|a man|one|a fellow|a) (?:who|with|dealing|living|going|recently|newly)\b[^.!?]*$/i,
  /\bas (?:a|an|one) (?:fellow |proud |valued |longtime )?(?:member|part) of (?:the |our )?$/i,
  // "Welcome, mom-to-be": the reader addressed by the sensitive word.
  /^(?:welcome|hi|hey|hello|dear|calling all|attention|congrats|congratulations|to all(?: our)?)[,!]?\s+(?:(?:new|future|fellow|all|our|expecting|proud|busy)\s+)*$/i,
  /\b(?:since|because|now that|as) you(?:'re| are|'ve| have)?\b[^.!?]*$/i,
];

/** "Struggling with debt?": presupposes the reader's situation when it asks or says "you". */
const PRESUPPOSE =
  /\b(?:feeling|been feeling|felt|struggling|suffering|dealing|living|battling|coping|fighting|diagnosed|worried|worrying|concerned|stressed|recovering|going through|drowning|buried|troubled|tired of|sick of|trouble|help with|relief from|affected by|find(?:ing)? it (?:hard|difficult|tough)|having (?:a )?(?:hard|tough|difficult) time)\b(?: [\w'-]+){0,3} $/i;

/** Anywhere in the sentence. */
const SENTENCE_CUES = [
  /\b(?:congratulations|congrats|best wishes|(?:so |very |deeply |truly )?sorry (?:for|about|to hear)|(?:we're|we are|i'm|i am) (?:so |very |deeply |truly )?sorry\b|condolences|thinking of you|praying for you|in our (?:thoughts|prayers)|our thoughts are with you|sending (?:you )?(?:love|hugs|strength))\b/i,
  /\b(?:we (?:noticed|know|saw|see|understand|heard|gather|figured|could tell)|(?:i|we)'ve heard|heard (?:that )?you|(?:it )?(?:looks|seems|sounds|appears) like|suggests?|indicates?)\b/i,
];

/**
 * "Based on your recent purchases, congratulations may be in order!": a message
 * that says it read the reader's history makes every sensitive term in it a claim.
 */
const HISTORY_READ =
  /\b(?:based on|judging (?:by|from)|from) your (?:recent |latest |past )?(?:purchases|orders|basket|cart|browsing|searches|search history|activity|history|shopping|reading|viewing|listening|borrowing)\b|\byour (?:recent )?(?:purchases|orders|searches|browsing|activity) (?:suggest|show|tell us|indicate|say)/i;

/** Life events that are claims only when inferred. */
const LIFE_EVENT = /^(?:planning (?:a|your) wedding|wedding plans|getting married)$/i;

/** Cues that a claim was worked out from what the reader did (strong even on-site). */
export const INFERRED_EN: readonly RegExp[] = [
  HISTORY_READ,
  /\b(?:since|because|now that) you(?:'ve| have|'re| are)? (?:been |recently |lately )*\w+/i,
  /\byour (?:last |previous |recent )?search(?:es)? for\b|\byour age\b|\b(?:since|after) the (?:divorce|breakup|diagnosis|funeral|loss|surgery|layoff|miscarriage)\b|\bwhere you left off\b|\b(?:looks|seems|sounds|appears) like you|\bwe (?:noticed|saw|can tell|could tell|figured|gather)\b|\bcongratulations may be in order\b/i,
];

/** "Losing a parent is never easy. We're here when you're ready.": the next sentence makes it the reader's. */
const HERE_FOR_YOU =
  /\bwe(?:'re| are) here (?:for you|when you(?:'re| are) ready|whenever you need)\b|^\s*(?:we can tell|we know|we see it)[.!]/i;

/** "for men like you": the reader put in the group, in this sentence or the next one. */
const LIKE_YOU =
  /\b(?:people|men|women|folks|parents|moms|mums|dads|someone|anyone|customers|readers|guys|ladies|families|couples) like (?:you|yourself)\b/i;

/** The reader said it themselves: still sensitive, but no inference. */
const DECLARED =
  /\b(?:you told us|you shared|you mentioned|you said|you let us know|you asked|you requested|you selected|you chose|you indicated|you entered|your answers?|your (?:quiz|survey|profile|preferences|settings|registry)|as (?:you )?requested|at your request|you signed up|you subscribed|you registered|you joined)\b/i;

/** How a sensitive term reads in its sentence. */
export function readSensitiveEn(
  sentence: string,
  termStart: number,
  termEnd: number,
  next: () => string = () => "",
  text = sentence,
): "claim" | "declared" | undefined {
  const before = sentence.slice(0, termStart);
  // A wedding is the reader's to announce: an open question ("Planning a wedding?")
  // invites, only an inference ("looks like you're planning a wedding") claims.
  if (LIFE_EVENT.test(sentence.slice(termStart, termEnd))) {
    const inferred = HISTORY_READ.test(text) || SENTENCE_CUES.some((cue) => cue.test(sentence));
    if (!inferred) return undefined;
    return DECLARED.test(sentence) ? "declared" : "claim";
  }
  const claims =
    HISTORY_READ.test(text) ||
    // "Payday came late again — need a little breathing room?": the reader's trouble,
    // opening a question put to them.
    (before.trim() === "" &&
      /\?\s*$/.test(sentence.trimEnd()) &&
      /\b(?:you|your|need)\b/i.test(sentence)) ||
    LIKE_YOU.test(sentence) ||
    LIKE_YOU.test(next()) ||
    HERE_FOR_YOU.test(next()) ||
    /\byour age\b/i.test(sentence.slice(termStart, termEnd)) ||
    /^(?:as an?|your)\b/i.test(sentence.slice(termStart, termEnd)) ||
    // "Recently widowed?", "In debt?": a short question about the reader's situation.
    (/\?\s*$/.test(sentence.trimEnd()) &&
      before.trim().split(/\s+/).filter(Boolean).length <= 2 &&
      sentence.trim().split(/\s+/).length <= 5) ||
    BEFORE_CUES.some((cue) => cue.test(before)) ||
    (PRESUPPOSE.test(before) && (/\?\s*$/.test(sentence.trimEnd()) || /\byou/i.test(sentence))) ||
    SENTENCE_CUES.some((cue) => cue.test(sentence));
  if (!claims) return undefined;
  return DECLARED.test(sentence) ? "declared" : "claim";
}
