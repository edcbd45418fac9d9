// How people choose in Dutch.

import { END, type DecisionLanguage } from './language-pack.js';

export const DUTCH: DecisionLanguage = {
  code: 'nl',
  markers: /\b(de|het|een|en|van|ik|we|wat|niet|voor|zijn)\b/gi,
  choice: [
    new RegExp(String.raw`\blaten we (?:voor |met )?(.+?) (?:gaan|nemen|doen|kiezen)\b`, 'i'),
    new RegExp(
      String.raw`\b(?:ik|we|wij) (?:gaan|ga|kiezen|kies|nemen|neem) (?:voor |toch voor )?(.+?)${END}`,
      'i',
    ),
    new RegExp(
      String.raw`\b(?:ik|we|wij) (?:hebben|heb) (?:gekozen|besloten) (?:voor |om )?(.+?)${END}`,
      'i',
    ),
    new RegExp(String.raw`\bgekozen voor (.+?)${END}`, 'i'),
    new RegExp(String.raw`\bhet wordt (.+?)${END}`, 'i'),
    new RegExp(String.raw`\bdoe maar (.+?)${END}`, 'i'),
  ],
  weakChoice: [],
  cues: /\b(?:of|versus|vergelijk\w*|opties?|keuze|kiezen|welke|beter|tussen|alternatie\w*)\b|\n\s*(?:\d+[.)]|[-*•])\s|\|.*\|/i,
  commitment: /\b(?:laten we|we gaan|ik ga|we nemen|ik neem)\b/i,
  weighing: /^\s*(?:(?:vergelijken|kijken|nadenken|bespreken|zien)\b|niet\b)/i,
  reference: /\b(?:advies|aanbeveling|suggestie|optie\s*\d|eerste|tweede|derde|laatste)\b/i,
  bare: /^(?:ok(?:e)?,?\s+|dus,?\s+)?([^,.!?:;]{1,50}?),?\s+(?:dan maar|het wordt|zeker weten)\b/i,
  acceptance: [
    /\b(?:ik|we) (?:volg|volgen|neem|nemen) (?:je|jouw|uw) (?:advies|aanbeveling|suggestie)\b/i,
    /\b(?:klinkt goed|akkoord|prima|top),? (?:dat|zo) (?:doen we|gaan we doen)\b/i,
    /\bdat doen we\b/i,
    /\b(?:je hebt|u hebt) (?:me|mij|ons) overtuigd\b/i,
    /\bdoe ik\b/i,
    /\bdat wordt het\b/i,
    /\b(?:zo|dat) gaan we (?:het )?doen\b/i,
    /\bdoen we\b/i,
  ],
  ordinal:
    /\b(?:de|het)\s+(eerste|tweede|derde|vierde|laatste)\s+(?:optie|keuze|voorstel)?\b|\boptie\s*(\d)\b/i,
  ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4, twee: 2, drie: 3, vier: 4 },
  placeInList:
    /\b(?:de|het)\s+(eerste|tweede|derde|vierde|laatste|middelste)\b(?!\s+(?:keer|dag|week|maand|jaar|stap|helft|paar)\b)/i,
  letterPick: /\b(?:[Dd]oe maar|[Kk]ies|[Nn]eem|[Oo]ptie|[Gg]aan? voor|[Ww]e gaan voor)\s+([A-E])\b/,
  adviceAgainst: /\b(?:vermijd|niet|geen|nooit|blijf weg|sla .* over)\b/i,
  adviceLeadIn: /^(?:voor|gezien|in|bij|doen|met|als|op basis van)\s/i,
  recommendation: [
    new RegExp(
      String.raw`\b(?:ik zou|ik raad|mijn advies is|ik adviseer)(?: je| jullie)?(?: aan)?(?: voor)? (?:een |de |het )?(.+?)${END}`,
      'i',
    ),
    new RegExp(
      String.raw`\b(?:beste keuze|beste optie) (?:is|zou zijn):?\s+(?:een |de |het )?(.+?)${END}`,
      'i',
    ),
  ],
  notYet:
    /\b(?:denk er (?:nog )?(?:even )?over na|weet (?:ik|we) nog niet|nog niet besloten|als ik zou|stel dat|wat zou jij|twijfel (?:ik |we )?(?:nog|enorm)|voordat (?:ik|we) (?:iets )?(?:beslis|besluit|kies|kiezen)|nog niet (?:gekozen|beslist))\b/i,
  commit:
    /\b(?:gekozen voor|gekozen|besloten|overgestapt naar|overstappen naar|geboekt|besteld|gekocht|genomen|aangeschaft|getekend|ingeschreven bij|afgesloten bij|het wordt|doe ik)\b/i,
  settled: /\b(?:wint|het wordt|zeker weten|klaar|definitief)(?=\s*(?:[,;.!]|$))/i,
  hedge: /\b(?:misschien|wellicht|waarschijnlijk|twijfel|neig|als|zou|zouden|stel|niet|geen|nog niet|of)\b/i,
  priced:
    /\b(?:ik|we)\s+(?:neem|nemen|kies|kiezen|ga|gaan)\s+(?:voor\s+)?(?:de|het)\s+(?:(goedkoopste|goedkopere)|duurste|duurdere)\b/i,
  stance:
    /\b(?:ik|we)\s+(?:heb|hebben)\s+(?:\S+\s+){0,4}?(?:besteld|gekocht|geboekt|gekozen|genomen|aangevraagd|afgesloten)\b|\b(?:ik|we)\s+(?:neem|nemen|kies|kiezen|koop|kopen|boek|boeken)\b/i,
  described:
    /(?:^|\b(?:neem|nemen|kies|kiezen|ok[eé]?|ja),?\s+)(?:die|de|het) (?:met|zonder)\s+([^,.;!?]{3,60})/i,
  toPronoun:
    /\b(?:die|dat|deze)\s+(?:ga|gaan)\s+(?:ik|we)\b|\b(?:doe|neem|koop|boek)\s+(?:ik|we)\s+(?:die|dat|deze)?\b/i,
  everyday: /^(?:genomen)$/i,
  self: /(?:^|\b(?:ik|we|wij|net|dus|ok[eé]?)\b)\s*$|\b(?:ik|we|wij)\b/i,
  otherChooser:
    /\b(?:hij|zij|ze|mijn (?:baas|vrouw|man|vriend|vriendin|zus|broer|moeder|vader|ouders|collega)|het bedrijf)\b/i,
  denied: /\b(?:niet|nooit|zou(?:den)?(?: \w+)?)\s+$/i,
  turnsDown:
    /\b(?:geen|niet(?= (?:de|het|voor) )|nee tegen|in plaats van|liever geen|afgewezen|afgeslagen)\s+(?:de |het |een )?/gi,
  outright: /^(?:(?:dus|ok[eé]?|ja),?\s+)?(?:het wordt|het is|wordt het)\s+([^,;:.!?]{1,40}?)\s*[.!]*$/i,
  favours: /\b(?:beste|beter|aanrader|raad|zou ik|verstandig|slimst)\w*\b/i,
  takesAdvice: /\b(?:akkoord|dan doen we dat|zo doen we het|doen we|doe ik)\b/i,
  actingNow:
    /\b(?:ik|we)\s+(?:ga|gaan|bel|bellen|bestel|bestellen|boek|boeken|regel|regelen|zet|zetten)\b|\b(?:dan doen we dat|doen we dat)\b/i,
  holdBack:
    /\b(?:misschien|wellicht|denk(?:en)? (?:er )?over|eerst (?:overleggen|vragen)|overleg|later|twijfel|niet|geen|maar)\b/i,
  asksToChoose: /\b(?:welke|moet ik|raad|advies|wat zou jij|kiezen|kies|twijfel|tussen|opties?|versus)\b/i,
  choosing: /\?|\b(?:welke|moet ik|of|opties?|beter|raad|advies|wat zou jij)\b/i,
  question: /\?\s*$|^(?:is het|klopt het|kun je|kan ik|wat|welke|hoe|waarom|waar|wie)\b/i,
  person: /\b(?:ik|we|wij)\b/i,
  filler: new Set(
    `ok oke oké okee ja prima top goed dan maar die dat de het een van voor doe toch zeker weten klaar graag dank
    thanks lijkt me wat wel leuk`.split(/\s+/),
  ),
  or: /\s*(?:,\s*of\s+|\s+of\s+|\s+vs\.?\s+|\s+versus\s+|,\s*)/i,
  series: /[^,]+,\s*[^,\s][^,]{0,40},?\s+of\s+[^,]+$/i,
  seriesLead: /^.*(?:\b(?:in|zoals|van|tussen)\s+|:\s*)/i,
  leading: /^(?:(?:de|het|een|voor|met|toch|dan|maar)\s+)+/i,
};
