/**
 * Retention: how long data is kept, as a period ("kept for two years", "10 years after the
 * patient's death", "removed from our database after two years of inactivity", "enquiries for 24
 * months", "am 6 mlynedd") or as criteria ("for as long as necessary for research and statistical
 * purposes", "am gyhyd ag y bydd ei angen arnom"). Lists of the data protection principles state
 * the rule in general and are not the organisation's retention.
 */
import type { LegalRef, Retention } from '../../config/notice-model.js';
import { isContentsItem, isCookieTableRow, sentences, type Segment } from '../segments.js';
import { COOKIE_WORD } from '../patterns.js';
import { isLawStatementItem, isNoticeDutyItem } from './legal.js';
import type { FoundFacts } from './sources.js';
import type { FactsInput } from './types.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  a: 1, an: 1, un: 1, dau: 2, dwy: 2, tri: 3, tair: 3, pedwar: 4, pedair: 4, pump: 5, pum: 5, chwech: 6, chwe: 6, saith: 7, wyth: 8, naw: 9, deg: 10, deuddeg: 12,
  // Welsh numbers soft-mutated after "am" or "hyd at" ("am ddwy flynedd", "am dri mis", "am bum mlynedd").
  ddau: 2, ddwy: 2, dri: 3, dair: 3, bedwar: 4, bedair: 4, bump: 5, bum: 5, ddeg: 10, ddeuddeg: 12,
};
/** A Welsh number, in words as written or soft-mutated. */
const CY_N = String.raw`(\d{1,3}|un|dau|ddau|dwy|ddwy|tri|dri|tair|dair|pedwar|bedwar|pedair|bedair|pump|bump|pum|bum|chwech|chwe|saith|wyth|naw|deg|ddeg|deuddeg|ddeuddeg)`;
const N = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty(?:-five)?|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const UNIT = String.raw`(years?|months?|weeks?|days?)`;
/** "10 years from / after / following the end of …". */
const FROM = new RegExp(String.raw`\b${N}\s+${UNIT}\s+(?:from|after|following|since|beyond)\s+([^.;]{3,120})`, 'gi');
/** "keep … for seven years", "stored for up to 24 months", "removed … after two years of inactivity". */
const KEEP = /\b(?:continue to (?:process|use|hold|store)|keep|keeps|kept|retain|retains|retained|hold|holds|held|store|stores|stored|maintain(?:s|ed)? (?:them|(?:the |your |their |these |pupil |student |patient )?records?)|remove|removes|removed|delete|deletes|deleted|destroy|destroys|destroyed|dispose of|disposed of|archive[sd]?)\b/i;
// "for a year" / "after a month" is a period of one.
const FOR = new RegExp(String.raw`\b(?:for|after|within|up to|of)\s+(?:up to\s+|a (?:minimum|maximum) of\s+|at least\s+|(?:no )?(?:more|longer) than\s+)?(${N.slice(1, -1)}|an?(?= (?:year|month)\b))\s+${UNIT}\b`, 'i');
// "… and, when it no longer needs it, will dispose of it in a secure manner": kept until no longer needed; "We will dispose of your
// information once you delete your … account"; "We will normally keep your personal information for the purposes it was collated for".
// "will not retain it for longer than is necessary", "for a reasonable period".
const CRITERIA = /\b(?:(?:for\s+)?(?:only\s+)?(?:as|so) long as\b|for the (?:duration|length|life) of (?:your|the|our|their)\b|permanently\b|indefinitely\b|for ever\b|forever\b|no longer than\b|(?:for\s+)?(?:any\s+)?longer than (?:is\s+)?(?:necessary|needed|required)\b|for a reasonable (?:period|time|length of time)\b|for the time (?:it takes|taken|needed|required) to\b|(?:once|when|after) (?:it has been |it is |they have been |they are )?(?:verified|checked|confirmed)\b|(?:when|once|after) (?:it|we|they|the \w+) (?:no longer|(?:do|does) not) need(?:s)?\b|no longer (?:needed|required)\b|until (?:the|you|it|we|they)\b|until (?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b|(?:once|when|after) you (?:delete|close|cancel|deactivate) (?:your |the )?(?:[\w-]+ )?(?:user )?(?:account|membership|profile|subscription|registration)\b|(?:once|when|after) you unsubscribe\b|for the purposes? (?:it|they) (?:was|were|is|are) (?:collected|collated|obtained|gathered|provided|given)\b|while (?:you|we) (?:choose|remain|need)|in (?:line|accordance) with (?:our|the|its)?\s*[\w’' ]{0,40}?(?:retention|records management|disposal schedule)|(?:for|within|after) (?:a )?(?:specified|specific|set|defined|fixed) (?:periods?|terms?)(?: of time)?\b|for (?:a|the) (?:set|specified|fixed|defined) (?:amount of time|period|term|time)\b|(?:according to|shown in|specified in|set out in|under) (?:our|the|its) [\w’' ]{0,30}?(?:retention|records management|disposal) (?:schedules?|guidelines|polic(?:y|ies)|periods?)\b|as (?:set out|laid down|specified|detailed|defined) in (?:the |our |its )?[\w’' ]{0,40}?(?:retention|records management|disposal))/i;
// Welsh: "cadw … am 6 mlynedd", "am gyhyd ag y bydd ei angen", "tra bo", "hyd nes".
// "a gedwir" (which is kept: "cedwir" mutated), "storio" (store).
// ("Byddwn yn parhau i brosesu eich data personol tan na fydd gennym eich caniatâd …": processing goes on until a point.)
/** A retention table's row on one line: the record, then its period, and what the period runs from ("Payment records 6 years", "… 7 years after the action has ended"). */
const ROW_PERIOD = new RegExp(String.raw`^(\p{Lu}[^.:;]{2,80}?)\s+${N}\s+${UNIT}(?:\s+(?:after|from)\s+([^.;]{3,80}))?\.?$`, 'u');
/** A retention period said to be one: "The retention period after the trigger is 6 months for all applications." */
// (Its bound too: "The retention period for special data in patient records is a minimum of 10 years".)
const RETENTION_IS = new RegExp(String.raw`\bretention (?:period|time)s?\b[^.;]{0,60}?\b(?:is|are|will be)\s+(?:up to\s+|a (?:minimum|maximum) of\s+|at (?:least|most)\s+)?${N}\s+${UNIT}\b`, 'i');

const CY_KEEP = /\b(?:cadw|cedwir|gedwir|chadw|gadw|dal|ddal|dileu|ddileu|dinistrio|storio|storir|parhau i (?:brosesu|ddefnyddio|gadw))\b/i;
// "a gedwir am uchafswm o 15 mlynedd" (for a maximum of 15 years).
// A Welsh retention table's cell: "O leiaf 10 mlynedd ar ôl i chi adael y Coleg" (at least 10 years after you leave the College).
const CY_FROM = new RegExp(String.raw`\b${CY_N}\s+(mlynedd|blynedd|blwyddyn|flwyddyn|mis|misoedd)\s+ar ôl\s+([^.;]{3,80})`, 'i');
// ("am gyfnod o 2 flynedd": for a period of, the unit soft-mutated after a number.)
const LABELLED = new RegExp(String.raw`^(?:retention(?: period)?|period of retention|how long (?:we (?:will )?keep|will we keep|is it kept|it is kept)[^:]{0,30}|kept for|cyfnod (?:cadw|c?adw)|am ba hyd[^:]{0,30})\s*[:–-]\s*(?:up to\s+|hyd at\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|${CY_N.slice(1, -1)})\s+(years?|months?|mlynedd|blynedd|flynedd|blwyddyn|flwyddyn|mis|fis|misoedd)\b`, 'i');
// ("o fewn 6 mis i ddiwedd yr ymchwil": within.)
const CY_PERIOD = new RegExp(String.raw`\b(?:am|hyd at|ar ôl|o fewn)\s+(?:gyfnod o\s+)?(?:(?:uchafswm|isafswm|o leiaf)\s+o\s+)?${CY_N}\s+(mlynedd|blynedd|flynedd|blwyddyn|flwyddyn|mis|fis|misoedd|wythnos|wythnosau|diwrnod|diwrnodau|niwrnod)`, 'i');
/** "am flwyddyn" / "am fis": one year or month, the unit mutated after "am" and no number written. */
const CY_ONE = /\b(?:am|hyd at|ar ôl)\s+(flwyddyn|blwyddyn|fis|mis)\b/i;
// "Ni fyddwn yn storio … yn hirach nag sydd ei angen" (no longer than needed), "pan nad oes ei angen
// mwyach" (when no longer needed; "ei hangen" after a feminine noun), "am gyfnod rhesymol" (for a reasonable
// period), "dim ond cyn hired ag sydd ei angen" (only as long as needed).
// ("am fwy o amser nag sydd ei angen" (for more time than needed), "cedwir eich gwybodaeth nes byddwch yn dewis dad-danysgrifio" (until you choose),
// "Tan eich bod yn dewis dileu eich cyfrif, caiff eich manylion eu cadw" (until you choose to delete your account, your details are kept),
// "Caiff eich data personol ei ddal am hyd rhaglen ERAMMP yn unig" (held for the duration of the programme only).)
const CY_CRITERIA = /\b(?:am fwy o amser nag? (?:sydd|y mae|sy['’]n) (?:ei |eu )?angen|(?:nes|tan) (?:y |na )?(?:byddwch|bydd|fydd|i chi|y bydd)|(?:nes|tan) (?:eich|ein|ei|eu) bod yn\b|am hyd (?:y |yr |eich |ein |ei )?(?:rhaglen|prosiect|cynllun|astudiaeth|contract|cwrs|gwasanaeth|cytundeb|tenantiaeth|aelodaeth)\b|am byth|yn barhaol|am gyfnod amhenodol|yn unol â['’]?(?:n|r|i|u)? (?:h)?(?:amserlen|atodlen|polisi) (?:cadw|gadw)|am gyhyd|cyhyd ag?|tra bo|hyd nes|dim ond (?:am )?cyhyd|(?<!ddim )(?:yn )?(?:hirach|hwy) nag? (?:sydd|y mae|sy['’]n) (?:ei |eu )?(?:angen|angenrheidiol)|pan nad oes (?:ei |eu )?h?angen (?:mwyach|bellach|arnom)|cyn hired ag?(?: y)? (?:sydd|bo|bydd|y bydd)|am gyfnod (?:rhesymol|priodol)|cofnodion parhaol|am gyfnodau penodol|fel y nodir yn (?:y|ein|ei) (?:Cod Ymarfer Rheoli Cofnodion|[^.]{0,40}\b(?:cadw|gadw) (?:cofnodion|data|gwybodaeth)))\b/i;
/**
 * "keep your data secure", "kept confidential", "ei gadw'n ddiogel": keeping safe, not keeping for
 * a time. Such a phrase is set aside before the keeping verbs are looked for, unless the time follows it ("… keep it accurate
 * and up-to-date, for no longer than is necessary").
 */
const KEEP_SAFE = /\b(?:keep|keeps|kept|keeping|hold|holds|held|store|stores|stored)\s+(?:(?:it|them|this|your|their|the|our|personal|data|information|records?)\s+){0,3}(?:secure|securely|safe|safely|confidential|private|accurate|up[- ]to[- ]date|to a minimum)\b(?![^.]{0,30}\b(?:no|any) longer than (?:is )?(?:necessary|needed|required)\b)|\b(?:cadw|gadw|chadw)['’]n (?:ddiogel|breifat|gyfrinachol|gywir|gyfredol)\b/gi;
/** "As long as we hold your information we will treat it in accordance with this statement": a condition on how data is treated, not how long it is kept. */
const AS_LONG_AS_TREAT = /^(?:and\s+)?(?:for\s+)?as long as (?:we|the \w+|it) (?:hold|holds|keep|keeps|have|has|retain|retains|store|stores)\b[^.]*?,?\s+(?:we|it|they) (?:will|shall|must) (?!keep|retain|hold|store|delete|destroy|dispose)\w+/i;

/** A keeping sentence that ends before its period, given on the next line ("… yn cael ei chadw gan y Cyngor am gyfnod o:" / "31 Mawrth 2025, …"). */
const PERIOD_FOLLOWS = /\b(?:for a period of|for the following period|until|am gyfnod o|hyd at|tan)\s*:\s*$/i;

const PRINCIPLES = /\bprinciples?\b|\begwyddor/i;
/**
 * GOV.UK's personal information charter: "When we ask you for personal information, we promise to:" / … / "only keep it for as long as
 * we need to". The standards a department keeps in general, as the principles are, not how long this notice's data is kept; a copy
 * that lost the list's bullets keeps its lines under that lead-in as paragraphs.
 */
const CHARTER_PROMISE = /\b(?:when|if) we ask (?:you|customers|people|anyone|for)\b[^.:]{0,40}\b(?:personal )?information\b[^.:]{0,20}\bwe (?:will|promise)(?: to| ensure(?: that)?)?\s*:?\s*$/i;
/** A sentence that sends the reader elsewhere for how long ("For information about how long we hold personal data, see our retention schedule."): no retention stated here. */
const POINTER = /^(?:For (?:more )?(?:information|details) (?:about|on) how long|To find out how long)\b[^.]*\b(?:see|read|visit|gweler)\b/i;
/** A setting a page keeps "until you close your browser": a cookie's life, not how long personal data is kept. */
const BROWSER_SESSION = /\buntil you close your (?:web )?browser\b/i;

/** A right the reader may use ("You can ask us to delete your details when we no longer need them", "Gallwch ofyn i ni ddileu …"): erasure asked for, not how long data is kept. */
const ASKED_TO_ERASE = /\b(?:ask(?:ing)? us to|request(?:ing)? (?:that )?(?:we|us to)|right to (?:have|ask|request)|gofyn i ni|gofyn inni)\b[^.]{0,40}\b(?:delete|erase|remove|destroy|dileu|ddileu)\b/i;

function unitOf(word: string): 'years' | 'months' | undefined {
  if (/^(?:years?|mlynedd|blynedd|flynedd|blwyddyn|flwyddyn)$/i.test(word)) return 'years';
  if (/^(?:months?|mis|fis|misoedd)$/i.test(word)) return 'months';
  return undefined;
}

/** A period a pattern matched: its first group the number (in figures or words), its second the unit. */
interface Period { n: number; unit: 'years' | 'months' }

/** The period a match gives, if its unit is years or months (weeks and days are kept as criteria). */
function periodIn(m: RegExpExecArray): Period | undefined {
  return periodOf(m[1]!, m[2]!);
}

/** The period a number (in figures or words) and a unit give, if the unit is years or months. */
function periodOf(number: string, word: string): Period | undefined {
  const unit = unitOf(word);
  return unit ? { n: NUMBER_WORDS[number.toLowerCase()] ?? Number(number), unit } : undefined;
}

/** A retention entry for a period and what it runs from. */
function periodEntry({ n, unit }: Period, from: string): Pick<Retention, 'period'> {
  return { period: unit === 'years' ? { years: n, from } : { months: n, from } };
}

/** Every retention statement, one entry each, with its sentence. */
export function extractRetention({ segments, sections, ids, notes }: FactsInput, legislation: LegalRef[], found: FoundFacts): Retention[] {
  const out: Retention[] = [];
  const seen = new Set<string>();
  const record = (seg: Segment, sentence: string, entry: Omit<Retention, 'id' | 'at'>, note: string) => {
    if (seen.has(sentence)) return;
    seen.add(sentence);
    const full: Retention = { id: ids.take('retention'), ...entry, at: seg.at };
    const policy = legislation.find((l) => sentence.includes(l.title));
    if (policy) full.policy = policy.id;
    if (/under review/i.test(sentence)) full.underReview = true;
    out.push(full);
    found.add('retention', entry.period ? `${entry.period.years ?? entry.period.months} ${entry.period.years ? 'years' : 'months'}` : 'criteria', sentence, seg.at);
    notes.add(seg.at, 'inferred', note, sentence);
  };
  for (const [index, seg] of segments.entries()) {
    // (Or Article 5(1)(e)'s own words, the storage principle wherever a copy put it: "kept in a form which permits identification for no
    // longer than necessary".)
    if (seg.topic === 'principles' || PRINCIPLES.test(seg.intro ?? '') || (/\bin a form which permits identification\b/i.test(seg.text) && !/\d/.test(seg.text)) || CHARTER_PROMISE.test(seg.intro ?? '') || segments.slice(Math.max(0, index - 8), index).some((p) => p.at === seg.at && CHARTER_PROMISE.test(p.text)) || isContentsItem(seg) || isNoticeDutyItem(seg) || isLawStatementItem(seg)) continue;
    // "You have the following rights …: · To have your data kept accurate … and disposed of securely
    // when no longer required": a right, not how long the organisation keeps data.
    if (seg.kind === 'item' && /\brights\b/i.test(seg.intro ?? '')) continue;
    const retentionSection = seg.topic === 'retention';
    if (isCookieTableRow(seg)) continue;
    // "Bydd yr wybodaeth … yn cael ei chadw ar gyfer: · Cofrestr EHE … am 3 blynedd ar ôl …": an
    // item's keeping verb is in its list's intro.
    const introKeeps = seg.kind === 'item' && !COOKIE_WORD.test(seg.intro ?? '');
    const keeps = (sentence: string) => KEEP.test(sentence) || (introKeeps && KEEP.test(seg.intro ?? ''));
    const cyKeeps = (sentence: string) => CY_KEEP.test(sentence) || (introKeeps && CY_KEEP.test(seg.intro ?? ''));
    const next = segments[index + 1];
    for (const written of sentences(seg.text)) {
      if (COOKIE_WORD.test(written) || AS_LONG_AS_TREAT.test(written) || BROWSER_SESSION.test(written) || ASKED_TO_ERASE.test(written)) continue;
      // The keeping verbs and periods are looked for without the "keep it secure" phrases; the sentence is recorded as written.
      const sentence = written.replace(KEEP_SAFE, '…');
      if ((keeps(sentence) || cyKeeps(sentence)) && PERIOD_FOLLOWS.test(sentence) && next && next.at === seg.at && next.kind !== 'item' && next.text.length <= 200) {
        record(seg, `${written} ${next.text}`, { criteria: `${written} ${next.text}` }, 'How long data is kept is given on the line after the sentence that keeps it: recorded as the criteria, as written. Check what the period is.');
        continue;
      }
      let m: RegExpExecArray | null;
      FROM.lastIndex = 0;
      let p: Period | undefined;
      // "N years after/from …", English and Welsh ("O leiaf 10 mlynedd ar ôl i chi adael y Coleg"), where the text keeps data or the section or cell is about keeping it.
      const inKeeping = (kept: boolean) => kept || retentionSection || seg.kind === 'cell';
      const fromMatch = FROM.exec(sentence);
      const cyFromMatch = CY_FROM.exec(sentence);
      m = fromMatch && inKeeping(keeps(sentence)) ? fromMatch : cyFromMatch && inKeeping(cyKeeps(sentence)) ? cyFromMatch : null;
      if (m && (p = periodIn(m))) {
        record(seg, written, periodEntry(p, m[3]!.trim()), `Retention period "${m[0].trim()}" read as ${p.n} ${p.unit} from "${m[3]!.trim()}".`);
        continue;
      }
      // A label with its period ("Retention period: 6 years", "How long we keep it: 3 years", "Cyfnod cadw: 6 mlynedd").
      // (Not a cookie's own field on a cookie page: "- Specific cookie: privacy-cookies … - Retention: 1 year.")
      if (seg.topic !== 'cookies' && !(seg.kind === 'item' && COOKIE_WORD.test(`${seg.intro ?? ''} ${segments.slice(Math.max(0, index - 3), index).map((s) => s.text).join(' ')}`)) && (m = LABELLED.exec(sentence.trim())) && (p = periodIn(m))) {
        record(seg, written, periodEntry(p, 'the time stated'), `Retention period of ${p.n} ${p.unit} read from the label "${written}". Check what the period runs from.`);
        continue;
      }
      // A retention table's row flattened onto a line in the retention section ("Dental records 11 years", "Enforcement (taking action
      // when people do not follow the regulations) 7 years after the action has ended"): the record, then its period.
      if (retentionSection && seg.kind !== 'item' && written.split(/\s+/).length <= 16 && (m = ROW_PERIOD.exec(written.trim())) && (p = periodOf(m[2]!, m[3]!))) {
        const from = m[4]?.trim() || 'the time stated';
        record(seg, written, periodEntry(p, from), `Retention period of ${p.n} ${p.unit} for "${m[1]!.trim()}" read from a row of the retention table. Check what it runs from, and which data it applies to.`);
        continue;
      }
      if ((m = RETENTION_IS.exec(sentence)) && (p = periodIn(m))) {
        record(seg, written, periodEntry(p, 'the time stated'), `Retention period of ${p.n} ${p.unit} read from the notice. Check what the period runs from.`);
        continue;
      }
      if (keeps(sentence) && (m = FOR.exec(sentence))) {
        if ((p = periodIn(m))) {
          const from = /\bafter\b/i.test(m[0]) ? sentence.slice(m.index + m[0].length).replace(/^\s*(?:of\s+)?/, '').replace(/[.;]$/, '').trim() || 'the time stated' : 'the time stated';
          record(seg, written, periodEntry(p, from), `Retention period of ${p.n} ${p.unit} read from the notice. Check what the period runs from.`);
          continue;
        }
        record(seg, written, { criteria: written }, 'A retention period in weeks or days was found: recorded as the criteria, as written.');
        continue;
      }
      if (cyKeeps(sentence) && (m = CY_PERIOD.exec(sentence))) {
        if ((p = periodIn(m))) record(seg, written, periodEntry(p, 'yr amser a nodir'), `Retention period of ${p.n} ${p.unit} read from the Welsh text. Check what the period runs from.`);
        else record(seg, written, { criteria: written }, 'A retention period in weeks or days was found: recorded as the criteria, as written.');
        continue;
      }
      if (cyKeeps(sentence) && (m = CY_ONE.exec(sentence))) {
        const years = /wyddyn/i.test(m[1]!);
        record(seg, written, { period: years ? { years: 1, from: 'yr amser a nodir' } : { months: 1, from: 'yr amser a nodir' } }, `Retention period of one ${years ? 'year' : 'month'} read from the Welsh text ("${m[0]}"). Check what the period runs from.`);
        continue;
      }
      if ((KEEP.test(sentence) && CRITERIA.test(sentence)) || (CY_KEEP.test(sentence) && CY_CRITERIA.test(sentence))) {
        record(seg, written, { criteria: written }, 'How long data is kept is given as criteria, not a fixed period: recorded as written. Check it is specific enough for readers (UK GDPR Art 13(2)(a)).');
      }
    }
  }
  if (!out.length) {
    // Not under a heading that asks why data is kept ("Pam rydym yn cadw gwybodaeth bersonol?", "Why
    // do we hold your information?"): that section gives the purposes, not how long.
    // Nor one that asks how it is kept ("Sut rydym yn cadw gwybodaeth a phwy sy'n gyfrifol amdani?"), unless it asks how long.
    // Nor one that asks whom it is kept about ("Who do you keep information about?").
    // Nor one that asks how long something takes ("How long will it take to provide me with my information?", "Pa mor hir fydd
    // hi'n gymryd i mi dderbyn gwybodaeth …?"): a reply's time, not the data's.
    const why = (s: Segment) => ((h) => (/^\s*(?:why|pam|how|sut|who|pwy)\b/i.test(h) && !/\blong\b|\bhir\b|\bhyd\b/i.test(h)) || /\bhow long\b[^?]{0,30}\btakes?\b|\bpa mor hir\b[^?]{0,30}\b(?:g|c)ymryd\b/i.test(h))(sections.find((x) => x.id === s.at)?.heading ?? '');
    // Nor one whose heading names keeping beside other things ("Freedom of Information … - Collecting and retaining personal
    // information."): its first paragraph may be about any of them.
    const compound = (s: Segment) => /\b(?:collect(?:ing|ion)?|us(?:e|ing)|shar(?:e|ing)|process(?:ing)?|gather(?:ing)?|secur(?:e|ing|ity)|protect(?:ing|ion)?)\s+(?:and|&)\s+(?:retain|retaining|retention|keep|keeping|storing|storage)\b/i.test(sections.find((x) => x.id === s.at)?.heading ?? '');
    // Nor a definition ("A retention schedule is a list of records that need to be retained …"): what a thing is, not how long.
    const defines = (s: Segment) => /^(?:A|An)\s+(?:[\w-]+\s+){0,4}(?:is|are)\s+(?:a|an|the)\b/.test(s.text.trim());
    const seg = segments.find((s) => s.topic === 'retention' && s.kind !== 'cell' && s.text.split(/\s+/).length >= 6 && !why(s) && !compound(s) && !defines(s) && !POINTER.test(s.text));
    if (seg) {
      record(seg, seg.text, { criteria: seg.text }, 'No retention period in years or months was found: the first paragraph of this section is recorded as the retention criteria. Check that it says how long data is kept.');
    }
  }
  return out;
}
