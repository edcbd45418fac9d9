// How people choose in English.

import { END, type DecisionLanguage } from './language-pack.js';

// What an answer says of the option it favours ("X makes the most sense").
const VERDICT = String.raw`(?:makes the most sense|is the way to go|is your best bet|is the sweet spot|is the one to (?:get|pick|buy)|is the clear winner|is what i'?d (?:pick|choose|do)|wins here)\b`;

export const ENGLISH: DecisionLanguage = {
  code: 'en',
  markers: /\b(the|and|is|you|with|what|should|which)\b/gi,
  choice: [
    new RegExp(String.raw`\blet'?s (?:go|stick) with (.+?)${END}`, 'i'),
    new RegExp(String.raw`\blet'?s (?:go for|pick|choose|settle on|standardi[sz]e on) (.+?)${END}`, 'i'),
    new RegExp(
      String.raw`\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|we'?re going to|i am going to|gonna) (?:go with|go for|pick|choose|stick with|settle on|opt for) (.+?)${END}`,
      'i',
    ),
    new RegExp(
      String.raw`\b(?:i|we)(?:'ve| have)? (?:just |finally )?(?:chose|chosen|picked|went with|went for|decided on|decided to go with|settled on|opted for|locked in|signed with|landed on|committed to|booked|ordered|bought|signed (?:him |her |them |us |me )?up for|enrolled (?:him |her |them |us )?in|switched to|moved (?:over )?to|migrated to|subscribed to|registered for|hired|went ahead with|put (?:a|the) deposit (?:down )?on) (.+?)(?: over (.+?))?${END}`,
      'i',
    ),
    new RegExp(
      String.raw`(?:^|\band\s+|,\s*)(?:ok(?:ay)?,?\s+|so,?\s+|update:\s+)?(?:just |finally )?(?:settled on|opted for|locked in|signed with|landed on|went with|picked|chose|booked|ordered|bought|put (?:a|the) deposit (?:down )?on) (.+?)${END}`,
      'i',
    ),
    new RegExp(String.raw`\b(?:i'?m|we'?re|i am|we are) going (?:with|w/) (.+?)${END}`, 'i'),
    new RegExp(String.raw`\bgoing (?:with|w/) (.+?)${END}`, 'i'),
    new RegExp(String.raw`\b(?:moving forward|going ahead|proceeding) with (.+?)${END}`, 'i'),
    new RegExp(String.raw`\bstandardi[sz]e on (.+?)${END}`, 'i'),
    new RegExp(String.raw`\bdecided:?\s+(?:on\s+|to go with\s+)?(.+?)${END}`, 'i'),
    new RegExp(String.raw`\bfinal (?:answer|decision|choice|pick)(?: is)?:?\s+(.+?)${END}`, 'i'),
    new RegExp(String.raw`^sold\s*[-–—:,]\s*(.+?)${END}`, 'i'),
    new RegExp(
      String.raw`(?:^|[,;]\s*|\b(?:ok(?:ay)?|alright|right|fine|great|then),?\s+)([^.!?,;\n]{1,40}?) (?:it is|wins|won out|it'?ll be)(?=\s*(?:[.!:,]|$))`,
      'i',
    ),
  ],
  weakChoice: [
    new RegExp(String.raw`\blet'?s (?:use|do|book|take|try|price (?:\w+ )?at) (.+?)${END}`, 'i'),
    new RegExp(
      String.raw`\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|we'?re going to|i am going to|gonna) (?:use|take|book|buy|get|hire|try|do|price (?:\w+ )?at) (.+?)${END}`,
      'i',
    ),
  ],
  cues: /\b(?:or|vs\.?|versus|compare[ds]?|comparison|options?|alternatives?|which|pros|cons|trade-?offs?|better|between|choose|choice|decide|deciding|instead|either|leaning|prefer(?:s|red)?|favou?rs?|who'?s right|middle ground)\b|\n\s*(?:\d+[.)]|[-*•])\s|\|.*\|/i,
  commitment:
    /\b(?:let'?s|we'?ll|i'?ll|we will|i will|we'?re going to|i'?m going to|(?:extending|making) (?:the |an )?offer to)\b|,\s*so,?(?=\s+[^,.;!?]{1,40}[.!]?$)/i,
  weighing:
    /^\s*(?:(?:see|compare|discuss|look|talk|think|consider|explore|check|review|wait|keep (?:both|all)|try both|start (?:by|with) (?:comparing|listing))\b|not\b|also\b)/i,
  reference:
    /\b(?:recommendation|suggestion|advice|that one|this one|option\s*\d|#\d|first|second|third|last)\b/i,
  bare: /^(?:ok(?:ay)?,?\s+|so,?\s+|right,?\s+)?([^,.!?:;]{1,50}?),?\s+(?:then|it is|definitely|for sure|all the way|please)\b/i,
  acceptance: [
    /\b(?:i'?ll|i will|we'?ll|let'?s) (?:take|follow|go with|do|use) (?:your|that|the) (?:recommendation|suggestion|advice|pick)\b/i,
    /\b(?:we'?ll|i'?ll|let'?s) follow (?:that|it|this|your)\b/i,
    /\b(?:use|take|go with|pick) (?:that|this) one\b/i,
    /\bfine by me\b/i,
    /\b(?:you'?re right|good call|sounds like a plan|that settles it|i'?m sold|makes sense),? (?:i'?ll|let'?s|we'?ll|then)\b/i,
    /\b(?:i'?ll|we'?ll|let'?s) (?:do|go with|take) (?:what you (?:said|suggested|recommended)|it your way)\b/i,
    /\byour (?:recommendation|suggestion|pick) it is\b/i,
    /\blet'?s do (?:that|it|this)\b/i,
    /\b(?:sounds good|makes sense|agreed|perfect|deal|convinced)\b[^?]*\b(?:i'?ll|let'?s|we'?ll|go(?:ing)? with|do it|take it)\b/i,
    /\byou(?:'ve| have) convinced me\b/i,
    /\b(?:ok(?:ay)?|alright|fine),? (?:i'?ll|we'?ll|let'?s) (?:do|go with|take) (?:it|that|this)\b/i,
    /\b(?:you'?ve|you have|you) (?:talked|convinced|sold) (?:me|us)\b/i,
    /\btalked (?:me|us) into it\b/i,
    /^(?:(?:ok(?:ay)?|alright|right|fine|great|perfect|cool|yep|yes|yeah),?\s+)?(?:sold|deal|agreed|done deal)\s*[.!]*$/i,
    /\b(?:ok(?:ay)?|alright|right|fine|great|perfect|cool|yep|yes|yeah),?\s+(?:doing|i'?ll do|we'?ll do|will do|gonna do|going to do) (?:that|it|this)\b/i,
    /\bthat settles it\b/i,
    /\bi trust you\b/i,
    /\b(?:go|going|i'?ll go|we'?ll go|let'?s go) with (?:your|that|the) (?:pick|recommendation|suggestion|choice|rec)\b/i,
    /\bthat'?s what (?:i'?ll|we'?ll|i will|we will|i'?m gonna|we'?re gonna) do\b/i,
    /\bfollow(?:ing)? (?:your|that|this) (?:advice|recommendation|lead|suggestion|plan)\b/i,
    /\b(?:works|good enough) for (?:me|us)\b/i,
    /\b(?:that|this|you(?:'ve)?) convinced (?:me|us)\b/i,
    /\b(?:ok(?:ay)?,?\s+)?you win\b/i,
    /\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|gonna) (?:follow|take) (?:this|that|your|the) (?:advice|recommendation|suggestion|approach|plan)\b/i,
    /\bthat'?s the plan\b/i,
    /\btrust your (?:judge?ment|call|advice)\b/i,
    /^(?:yes|yep|ok(?:ay)?)?,?\s*agreed\b/i,
    /\bgoing (?:that|this) (?:route|way)\b/i,
    /\b(?:do|doing|go|going) (?:it )?(?:like|as) you (?:say|said|suggest(?:ed)?)\b/i,
    /^(?:yes|yep|yeah|ok(?:ay)?),?\s+let'?s\b/i,
    /^(?:(?:ok(?:ay)?|alright|right|fine|great|perfect|cool|yep|yes|yeah),?\s+)?(?:sold|deal)\b/i,
    /\b(?:you'?ve|you have) made (?:a |your )?(?:good|great|strong|fair|convincing) (?:case|point)\b/i,
    /\bgo(?:ing)? along with (?:that|it|this|your)\b/i,
    /\byour (?:call|way|plan) it is\b/i,
    /\b(?:that'?s|it'?s) settled\b/i,
    /\b(?:makes sense|fair enough|good point|convinced)\s*[—–,-]+\s*(?:just |already )?(?:ordered|booked|bought|doing|going|signed|ordering|booking|buying)\b/i,
    /\b(?:i'?ll|i will|we'?ll|we will) do (?:it )?(?:like|as|what) you (?:say|said|suggest(?:ed)?)\b/i,
  ],
  ordinal:
    /\b(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?:one|option|choice|suggestion|idea|line|subject|plan|approach)\b|\b(?:option|number|choice|#|no\.?)\s*(\d|one|two|three|four|five)\b|\b(?:the\s+)?(first|second|third|fourth|fifth|last)\s+of\s+(?:your|the|these|those)\b/i,
  ordinals: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    first: 1,
    '1st': 1,
    second: 2,
    '2nd': 2,
    third: 3,
    '3rd': 3,
    fourth: 4,
    '4th': 4,
    fifth: 5,
    '5th': 5,
  },
  placeInList:
    /\bthe\s+(first|second|third|fourth|fifth|last|middle|1st|2nd|3rd|4th|5th)\b(?!\s+(?:time|times|day|week|month|year|thing|things|step|place|half|few|couple|round|bit|part|two|three|chapter|paragraph|sentence|minute|hour|night|person|people)\b)/i,
  letterPick:
    /\b(?:[Gg]o(?:ing)? (?:with|for)|[Ww]ent (?:with|for)|[Pp]ick(?:ing)?|[Tt]ak(?:e|ing)|[Cc]hoos(?:e|ing)|[Oo]ption)\s+([A-E])\b(?!')/,
  adviceAgainst: /\b(?:avoid|steer clear|skip|not|never|no|don'?t|stay away)\b/i,
  adviceLeadIn: /^(?:for|given|in|with|if|as|considering|based on|at)\s/i,
  recommendation: [
    new RegExp(
      String.raw`\b(?:i'?d|i would|i) (?:recommend|suggest|go with|pick|choose|lean (?:towards|toward))(?: going with| using| starting with)? (?:an? |the )?(.+?)${END}`,
      'i',
    ),
    new RegExp(
      String.raw`\b(?:my (?:recommendation|pick|vote|suggestion)(?: for you| here)?(?: would be| is)?:?|(?:recommendation|verdict|bottom line|my take|winner):)\s+(?:an? |the )?(.+?)${END}`,
      'i',
    ),
    new RegExp(
      String.raw`\b(?:best|safest|better) (?:bet|choice|option|fit) (?:is|would be|here is):?\s+(?:an? |the )?(.+?)${END}`,
      'i',
    ),
    new RegExp(String.raw`\bgo (?:with|for) (.+?)${END}`, 'i'),
    new RegExp(
      String.raw`\b(?:i'?d|i would)(?: probably| honestly| personally| definitely| still)? (?:take|get|buy|book|do|start with|use|pick)\s+(.+?)${END}`,
      'i',
    ),
    new RegExp(
      String.raw`\bthe (?:sensible|smart|safe|safer|wise|better|best|right) (?:move|call|choice|bet|option|pick|play|route) (?:here |for you )?(?:is|would be)(?: to)?:?\s+(?:an? |the )?(.+?)${END}`,
      'i',
    ),
    new RegExp(String.raw`\bif i were you,? i'?d (?:\w+ )?(?:an? |the )?(.+?)${END}`, 'i'),
    new RegExp(String.raw`\b(?:i'?d )?lean(?:ing)? (?:towards?|to) (.+?)${END}`, 'i'),
    new RegExp(
      // The name is looked for behind the verdict, and only where a verdict starts: a lookbehind tried
      // first would walk back over the words before every position of every answer.
      String.raw`(?=${VERDICT})(?<=(\*\*[^*\n]{1,60}\*\*|[A-Z][\w.+#-]*(?: [A-Z0-9][\w.+#-]*){0,3}) )${VERDICT}`,
      'i',
    ),
    new RegExp(
      String.raw`^(?:for [^,]{1,60},\s*)?(\*\*[^*\n]{1,60}\*\*|[A-Z][\w.+#-]*(?: [A-Z0-9][\w.+#-]*){0,3}) (?:is|would be|seems) (?:the |a |probably the )?(?:better|best|right|safer|stronger|clear) (?:fit|choice|option|bet|pick|call)\b`,
    ),
  ],
  notYet:
    /\b(?:think about it|think it over|sleep on it|not sure|haven'?t decided|undecided|talk (?:it over )?(?:to|with) (?:my|our)|check with|for now i'?ll wait|let me think|decide later|if i were|if we were|which (?:one )?would you|would you (?:pick|choose|go)|hypothetically|suppose|imagine|not my (?:call|decision|choice)|wasn'?t (?:my (?:call|decision|choice)|up to me)|(?:i'?ll|we'?ll|i will|we will|let me|going to|gonna) decide (?:after|once|when|later|tomorrow|next|on|at)|before (?:i|we) (?:decide|commit|choose|pick)|still (?:deciding|torn|undecided|weighing|thinking it over|choosing)|between the (?:other )?two still|no point (?:looking|deciding|choosing|booking|buying)\b.{0,40}\buntil|not (?:touching|doing|buying|deciding) (?:any of )?(?:it|anything) until)\b/i,
  commit: new RegExp(
    String.raw`\b(?:chose|choosing|picked(?: up)?|picking|went (?:with|for)|going (?:with|for)|(?:i'?ll|we'?ll|i will|we will|let'?s|gonna|to) go (?:with|for)|booked|booking|ordered|ordering|bought|buying|got|getting|grabbed|took|taking|signed(?: up)?(?: for| with| on)?|signing|rented|reserved|adopted|enrolled(?: in)?|enrolling in|registered(?: for)?|registering for|subscribed(?: to)?|accept(?:ed|ing)?|hired|installed|switch(?:ed|ing) to|mov(?:ed|ing) to|migrat(?:ed|ing) to|ended up(?: with| going with| booking| buying| getting| choosing| picking| taking)?|paid (?:the |a )?(?:deposit |booking |fee )?(?:for|on)|(?:transferred|migrated|switched|moved|repotted) (?:[\w-]+ ){0,3}(?:to|into)|opened|mov(?:ed|ing) (?:(?:the|our|my) \w+ )?to|decided(?: on)?|decision(?: is)? made|settl(?:ed|e|ing) (?:on|for)|my (?:choice|pick|vote) is|stick(?:ing)? with|run(?:ning)? with|roll(?:ing)? with|(?:we'?re|i'?m|we are|i am) (?:doing|adopting|getting|buying|booking|taking|ordering|signing up for|enrolling in|moving to|switching to|offering (?:it|the job|the role|the position) to|hiring|picking|choosing|going for)|decided? for|(?:we'?re|i'?m|we are|i am) (?:applying for|putting (?:it|them|the money|my \w+) in(?:to)?)|kept|keeping|replied yes to|said yes to|handed in|submitted|sent in|(?:swapped|changed|converted) (?:[\w-]+ ){0,3}(?:to|into|for)|drove|brought home|bringing home|sticking to|staying with)\b`,
    'i',
  ),
  settled:
    /\b(?:is the (?:winner|one)|wins|won|it is|for sure|all the way|final|(?:i'?m |we'?re )?done(?: deliberating)?)(?=\s*(?:[,;.!]|$))/i,
  hedge:
    /\b(?:maybe|might|may|probably|prob|perhaps|leaning|lean|tempted|tempting|thinking|considering|consider|if|would|could|should|not sure|unsure|torn|unless|whether|wondering|hypothetically|suppose|imagine|someday|eventually|not|\w+n't|never|nah|nope|none|instead of|rather than|or)\b|\bno\b(?!,)/i,
  priced:
    /\b(?:(?:i'?ll|we'?ll|i will|we will|gonna|let'?s|i'?m|we'?re)\s+(?:\w+\s+)?(?:take|get|go with|going with|pick|choose|book|buy|order|do)|went with|took|bought|ordered|booked|rented|put (?:down )?a deposit on|paid (?:a |the )?deposit (?:on|for)|signed (?:the lease )?(?:on|for))\s+the\s+(?:(cheaper|cheapest|less expensive|budget|affordable)|pricier|more expensive|most expensive|premium|fancier)(?:\s+(?:one|option|pair|plan|model))?\b|^(?:(?:ok(?:ay)?|then|so),?\s+)*the\s+(?:(cheaper|cheapest)|pricier|most expensive)(?:\s+[\w']+){0,4}?\s+(?:is|will do|works|for (?:me|us))\b/i,
  stance: new RegExp(
    String.raw`\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'d like to| would like to| have decided to)\s+(?:just\s+|finally\s+|now\s+|then\s+|also\s+)?(?:take|pursue|proceed with|go (?:to|for|with)|buy|book|order|start with|choose|pick|select|opt for|adopt|apply (?:to|for)|keep|cancel|sign up for|install)\b|\b(?:i|we)(?:'ve| have| have since)?\s+(?:just\s+|finally\s+|now\s+|then\s+|also\s+)?(?:kept|cancelled|paid (?:for|the deposit for)|signed up for|installed|went (?:to|for|with)|took|bought|booked|ordered|chose|picked|selected|applied (?:to|for)|submitted (?:my application )?to|decided on|decided to (?:\w+ )?(?:accept|take|go with|go for|book|buy)|concluded that|opened|started|transferred (?:\w+ ){0,3}to|migrated (?:\w+ ){0,3}to|moved (?:\w+ ){0,3}(?:to|into)|repotted (?:\w+ ){0,3}(?:to|into)|switched (?:\w+ ){0,3}to|talked to)\b|(?:^|[,;]\s*|\b(?:ok(?:ay)?|then|so|i think),?\s+)(?:i|we)\s+(?:take|go (?:to|for|with)|buy)\b|\bcount (?:me|us) in for\b|\bmy vote goes to\b|\bit'?s going to be\b|\bis the (?:path|route|way|one) (?:i|we)\b|\bsuits (?:us|me|our \w+|my \w+) best\b|\bmakes the most sense for (?:us|me)\b|\b(?:is|seems) the (?:most sensible|best fit|right (?:one|choice)) for (?:us|me)\b|\b(?:we'?re|i'?m) building\b|\b100\s?%`,
    'i',
  ),
  described:
    /(?:^|\b(?:take|taking|took|do|doing|go with|going with|pick|picking|picked|choose|chose|book|booked|want|ok(?:ay)?|yeah|yes),?\s+)the one (with|w\/?|where|that has|which has|without)\s+([^,.;!?]{3,60})/i,
  toPronoun:
    /\b(?:doing|(?:i'?ll|we'?ll|let'?s|gonna) (?:do|take|get|book|order|buy|go with)|ordering|booking|buying|getting|taking|using|going with|go with|went with|ordered|booked|bought|took|used)\s+(?:that|it|this|them|those)(?:\s+(?:one|then|now|today|tonight|tomorrow))?\s*(?:[.!]|$|,)/i,
  everyday: /^(?:got|getting|took|taking|accept(?:ed|ing)?|drove|doing|(?:we'?re|i'?m|we are|i am) doing)$/i,
  self: /(?:^|\b(?:i|we|just|finally|so|ok(?:ay)?|update|yesterday|today)\b)\s*$|\b(?:i|we|i'?ve|we'?ve|i'?m|we'?re|i'?ll|we'?ll|gonna)\b/i,
  otherChooser:
    /\b(?:he|she|they|my (?:boss|manager|wife|husband|partner|girlfriend|boyfriend|sister|brother|mom|mum|dad|parents|friend|roommate|flatmate|team|company|cto|ceo|colleague|coworker|kids?|son|daughter)|our (?:company|team|boss|cto|school|landlord)|the (?:company|team|school|landlord|client))\b/i,
  turnsDown:
    /\b(?:(?:said |say |saying )?no to|no|not(?= (?:the|a|an) )|forget(?: about)?|skip(?:ping)?|ditch(?:ing|ed)?|scrap(?:ping|ped)?|declined?|declining|turn(?:ed|ing)? down|passing on|rul(?:ed|ing|e) out|decided against|instead of|rather than)\s+(?:the |a |an |that |this |those |their |my |our )?/gi,
  denied: /(?:\b(?:not|never|no way|to)|n't|\bwould(?: \w+)?|\bcould(?: \w+)?)\s+$/i,
  outright:
    /^(?:(?:so|ok(?:ay)?|then|yes|yep),?\s+)?(?:it'?s|it is|it'?ll be|it will be)\s+([^,;:.!?]{1,40}?)\s*[.!]*$/i,
  favours:
    /\b(?:best|better|worth|recommend|suggest|i'?d|i would|go (?:with|for)|sensible|right (?:call|choice)|safest|winner|sweet spot|makes (?:the most )?sense|should|ideal)\b/i,
  takesAdvice:
    /^(?:yep|yes|yeah|ok(?:ay)?),?\s+(?:that|this)(?: one)?\s*[.!]*(?:\s|$)|(?:^|[.!?]\s+|,\s*)(?:(?:ok(?:ay)?|well|yeah|alright),?\s+)?(?:you know best|that tracks|that settles it|do it|let'?s do it|will do|yes please|sounds like a plan|fair enough|bet|sold|deal|agreed|i make (?:it )?like this)\b/i,
  actingNow:
    /\b(?:i'?ll|i will|i shall|we'?ll|we will|we shall|gonna|going to)\s+(?:\w+\s+)?(?:order|book|buy|get|grab|set (?:it |that |this )?up|call|ring|sign|switch|start|apply|use|install|try|message|email|put|pick up|move|open|transfer|enrol|register|go for|go with)\b|(?:^|[,.;:!—–-]\s*|\b(?:and|so|ok|okay|yes|now|then)\s+)(?:ordering|booking|buying|getting|grabbing|setting (?:it |that |this )?up|switching|starting|applying|messaging|signing up|installing|ringing|calling them)\b|(?:^|[,.;:!—–-]\s*|\b(?:yep|yes|ok|okay)\s+)(?:ordered|booked|bought|done|did it)\s*[.!]|\bgoing on (?:their|the) list\b/i,
  holdBack:
    /\b(?:maybe|might|probably|perhaps|think (?:about|it over)|consider|not sure|unsure|later|wait|first(?! thing)|ask (?:my|our|them|about)|check with|talk (?:it over|to my|with my)|discuss|sleep on|decide|undecided|revisit|see what|not|\w+n't|no|nah|rather|instead|but|good to know|interesting|hmm|unrelated)\b/i,
  asksToChoose:
    /\b(?:which|should i|should we|recommend|suggest|what would you|help me (?:choose|pick|decide)|torn|deciding|decide|choose|pick|vs\.?|versus|between|options?)\b/i,
  choosing:
    /\?|\b(?:which|should i|should we|or|vs\.?|versus|options?|better|recommend|suggest|what would you|help me (?:choose|pick|decide))\b/i,
  question:
    /\?\s*$|^(?:is it|is that|is there|are there|are they|does|do you|did you|did they|can you|can i|could you|would you|what|which|how|why|where|who)\b/i,
  person: /\b(?:i|we|i'?ve|we'?ve|i'?m|we'?re|i'?ll|we'?ll|i'?d|we'?d)\b/i,
  filler: new Set(
    `ok okay k kk yeah yea yep yup yes ya sure fine alright right cool great perfect nice awesome then please pls plz
    it is its it's definitely def for sure done final so lets let's go with do the a an that one pick i think thanks
    thank you thx ty sounds sound good right honestly hmm well obv obviously ofc course lol haha works best
    from table list above options w w/`.split(/\s+/),
  ),
  or: /\s*(?:,\s*or\s+|\s+or\s+|\s+vs\.?\s+|\s+versus\s+|,\s*)/i,
  series: /[^,]+,\s*[^,\s][^,]{0,40},?\s+or\s+[^,]+$/i,
  seriesLead: /^.*(?:\b(?:in|like|from|either|between)\s+|:\s*)/i,
  leading: /^(?:(?:the|a|an|with|for|on|to|just|probably|definitely|then|actually)\s+)+/i,
};
