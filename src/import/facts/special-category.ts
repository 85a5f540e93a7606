/**
 * Conditions for special category data: UK GDPR Article 9(2) letters ("Article 9(2)(h)", "Articles
 * 6(1)(a) and 9(2)(a)", the slip "Article 9(1)(g)"), DPA 2018 Schedule 1 conditions by number or by
 * their statutory titles ("equality of opportunity or treatment"), and the Article 9(2) conditions
 * written in the regulation's own words ("necessary for … medical diagnosis, the provision of
 * health or social care", "substantial public interest").
 */
import type { LawfulBasis } from '../../config/notice-model.js';
import { findArt9, findSchedule1, SCHEDULE1_TITLES } from './legal.js';
import { cyMutations, reEscape } from '../patterns.js';

type Art9 = NonNullable<LawfulBasis['art9']>[number];

/** A condition found in a sentence. */
export interface ConditionFound {
  art9: Art9[];
  schedule: { part: 1 | 2; para: number; title: string }[];
  /** "Article 9(1)(g)" written for 9(2)(g). */
  slips: string[];
}

// The letter's brackets may be lost ("article 6(1)e and 9(2)h"), and a list of citations may set the
// condition's name first ("UK GDPR - Public Interest 9(2)(g)"), never after a section of another law.
// (Or opens a list's item: "9(2)(a) – Explicit consent of the data subject", under "… as listed in Article 9 of the UK GDPR are as follows:".)
const LETTERS = /(?:^\s*(?=9\s*\(\s*2\s*\)\s*\(\s*[a-j]\s*\)\s*[–—:-])|\bArt(?:icles?|\.)?\s*|\bErthygl(?:au)?\s*|\b(?:and|&|or|a|ac|neu)\s+|,\s*|(?<=\b(?:[Ii]nterests?|[Cc]are|[Hh]ealth|[Cc]laims|[Cc]onsent|[Rr]esearch|[Ll]aw|GDPR)\s+))9\s*\(\s*([12])\s*\)\s*(?:\(\s*([a-j])\s*\)|([a-j])(?![\w]))/gi;

/** Article 9(2) conditions in the regulation's words (these phrases name the condition, wherever they are). */
const IN_WORDS: [RegExp, Art9][] = [
  [/\bexplicit consent\b|\bcaniatâd penodol\b|\bcydsyniad penodol\b/i, 'a'],
  // Welsh "rhwymedigaethau ym maes cyflogaeth a gyfraith nawdd cymdeithasol" (obligations in employment and social security law).
  // The regulation's words shortened, as schools' notices list them: "(b) It is necessary to fulfil the obligations of controller or of data subject."
  [/\bemployment(?:,| and)? social security(?: and social protection)?\b|\bcyflogaeth\b[^.]{0,40}\bnawdd cymdeithasol\b|\b(?:obligations?|rights?)\b[^.]{0,60}\bsocial (?:security|protection) law\b|\bobligations? (?:in|under) (?:the field of )?employment\b|\bsocial (?:security and social )?protection law\b|\bobligations (?:and (?:exercis(?:e|ing) )?(?:of )?specific rights )?of (?:the )?controller\b(?: or (?:of )?(?:the )?data subject\b| in the field of employment\b)/i, 'b'],
  [/\bvital interests? of [^.]{0,60}\bincapable of giving consent\b|\bvital interests?\b[^.]{0,40}\b(?:not able to|unable to|incapable of|cannot) (?:provide|give|giving|providing) (?:your |their )?consent\b/i, 'c'],
  // Welsh: "sefydlu, arfer neu amddiffyn hawliadau cyfreithiol" (establish, exercise or defend legal claims).
  [/\b(?:establishment, exercise or defence|exercise or defence) of legal claims\b|\b(?:sefydlu|arfer)\b[^.]{0,20}\bamddiffyn hawliadau cyfreithiol\b/i, 'f'],
  [new RegExp(String.raw`\bsubstantial public interest\b|\b${cyMutations('budd')} sylweddol i['’]?r cyhoedd\b|\b${cyMutations('budd')} cyhoeddus sylweddol\b|\b${cyMutations('budd')} sylweddol (?:i['’]?r|y) cyhoedd\b|\b${cyMutations('diddordeb')} cyhoeddus sylweddol\b`, 'i'), 'g'],
  [/\bprevent(?:at)?ive or occupational medicine\b|\bmedical diagnosis\b|\bprovision of health or social care\b|\bmanagement of health (?:or|and) social care (?:systems|services)\b|\bmanagement of health ?care systems\b|\bprovision of health ?care and treatment\b|\bproviding health and social care\b|\bprovision of social care\b|\bmanagement of social care systems\b|\b(?:systemau|gwasanaethau)(?: a (?:systemau|gwasanaethau))? iechyd (?:neu|a) (?:g|)ofal cymdeithasol\b|\bdiagnosis meddygol\b/i, 'h'],
  [/\bpublic interest in the area of public health\b/i, 'i'],
  [/\barchiving purposes in the public interest\b|\bscientific or historical research purposes\b/i, 'j'],
];

/**
 * Article 9(2) conditions in the plain words councils' notices use for them (the Local Government
 * Association's wording: "it is necessary to deliver health or social care services", "you have
 * made your information publicly available", "it is necessary for legal cases"). The first group
 * names the condition wherever it is; the second only in text about special category data, where
 * "protect someone in an emergency" is 9(2)(c), not the Article 6 basis.
 */
const PLAIN_WORDS: [RegExp, Art9][] = [
  // (Also "necessary for us to provide and manage social care services".)
  [/\bnecessary (?:for us )?(?:in order )?(?:for|to) (?:deliver|provide|manage|the provision of|the delivery of)(?: and (?:manage|deliver|provide))? (?:(?:health|healthcare)(?: (?:or|and) social care)?|social care)(?: services)?\b/i, 'h'],
  [/\byou have (?:already |manifestly )?made (?:your |the |this )?(?:personal )?(?:information|data)? ?(?:publicly available|public)\b|\bmanifestly made public\b/i, 'e'],
  [/\bnecessary for employment(?: related)? (?:purposes|reasons)\b/i, 'b'],
  // "We may also hold and process information about you for public health purposes."
  [/\b(?:hold|process|use)\b[^.]{0,60}\bfor public health purposes\b/i, 'i'],
];
const PLAIN_WORDS_SPECIAL: [RegExp, Art9][] = [
  [/\bprotect (?:someone|somebody|you|a person|an individual)(?: or (?:others|someone else))? in an emergency\b|\bvital interests?\b/i, 'c'],
  // Welsh "Bydd GDPR Erthygl 9 hefyd yn cael ei ddefnyddio ar gyfer darparu Iechyd a Gofal Cymdeithasol" (for providing health and social care).
  // (And social care alone: "… is substantial public interest and the delivery of adult social care services".)
  [new RegExp(String.raw`\b(?:deliver|provide|provision of) (?:health|healthcare) (?:or|and) social care\b|\bprovision of health ?care\b|\b(?:deliver(?:y|ing)?|provi(?:de|ding|sion)) (?:of )?(?:adult |adults['’] |children['’]s )?social care\b|\b${cyMutations('darparu')} (?:${cyMutations('gwasanaethau')} )?iechyd (?:a|neu) ${cyMutations('gofal')} ${cyMutations('cymdeithasol')}\b`, 'i'), 'h'],
  [/\bnecessary for legal (?:cases|claims|proceedings)\b|\b(?:exercising|establishing|defending|exercise|establish|defend)\b[^.]{0,30}\blegal (?:rights|claims)\b/i, 'f'],
  [/\b(?:protect(?:ing)?|in the interests? of) public health\b|\bfor public health reasons\b/i, 'i'],
  // GwE's "it is necessary in the interest of society": the template's plain words for substantial public interest.
  [/\bnecessary in the (?:interests?|benefit) of society\b/i, 'g'],
  [/\b(?:have|has) given (?:your |their )?(?:explicit )?consent\b/i, 'a'],
  [/\barchiving\b[^.]{0,30}\b(?:research|statistic)|\bnecessary for archiving\b/i, 'j'],
];
/** Words that show a sentence is about special category data ("explicit consent" to cookies is not 9(2)(a)). */
const SENSITIVE = /\bhealth\b|\bmedical\b|\bbiometric|\bgenetic|\bethnic|\breligio|\bsex(?:ual)?\b|\btrade union|\bsensitive\b|\bcriminal|\bcare\b|\biechyd\b|\bsensitif\b/i;

/** Part 2 conditions in the plain words (English and Welsh) notices use for their titles. */
const SCHEDULE1_WORDS: [number, RegExp][] = [
  // Welsh in its mutations: "Ddibenion statudol a llywodraethol", "chyfle neu driniaeth gyfartal".
  [6, new RegExp(String.raw`\bstatutory (?:and|or|etc\.? and) government purposes\b|\b${cyMutations('dibenion')} statudol\b[^.]{0,40}\b(?:${cyMutations('dibenion')} (?:y )?llywodraeth|llywodraethol)\b`, 'i')],
  [8, new RegExp(String.raw`\bequality of (?:opportunity|treatment)\b|\b${cyMutations('cyfle')} (?:(?:neu|a) ${cyMutations('triniaeth')} )?gyfartal\b|\b${cyMutations('ymdriniaeth')} gyfartal\b|\b${cyMutations('triniaeth')} gyfartal\b`, 'i')],
  [10, /\b(?:preventing|prevention) or detect(?:ing|ion) (?:of )?unlawful acts\b|\batal neu ganfod gweithredoedd anghyfreithlon\b/i],
  [18, /\bsafeguarding (?:of )?children and (?:of )?individuals at risk\b|\bdiogelu plant ac unigolion sy(?:dd)? mewn perygl\b/i],
];

/**
 * Every condition a sentence names. `listedNecessity` is the text of a list's intro when the sentence
 * is one of its items, and `siblings` the list's items: a list that mixes the Article 6 bases with
 * Article 9 conditions in plain words ("you have given your permission", "it is necessary for
 * employment reasons", "you have already made your information public", …) is about special
 * category data too, though its intro does not say so.
 */
export function findConditions(sentence: string, listedNecessity?: string, siblings: string[] = []): ConditionFound {
  const out: ConditionFound = { art9: [...findArt9(sentence)], schedule: [], slips: [] };
  for (const m of sentence.matchAll(LETTERS)) {
    const letter = (m[2] ?? m[3])!.toLowerCase() as Art9;
    if (!out.art9.includes(letter)) out.art9.push(letter);
    if (m[1] === '1') out.slips.push(m[0].trim());
  }
  const mixed = siblings.some((item) => PLAIN_WORDS.some(([pattern]) => pattern.test(item)));
  // (Or quotes a condition in the Act's own words: "… keeping under review the existence or absence of equality of opportunity or treatment".)
  const said = /\bexistence or absence of equality of (?:opportunity|treatment)\b|\bspecial categor|\bsensitive\b|\bsubstantial public interest\b|\bArticle 9\b|\bSchedule 1\b|\bcondition|\bcategor(?:i|ïau|iau)\b[^.]{0,20}\barbennig\b|\bsensitif\b|\bbudd sylweddol\b|\b(?:budd|fudd) cyhoeddus sylweddol\b|\bamod\b|\bErthygl 9\b|\bAtodlen 1\b/i.test(`${listedNecessity ?? ''} ${sentence}`);
  // (Or the list's lead-in says it gives the reasons for processing health data: "Inspire must process your health data:" / "for public
  // health reasons, such as keeping members of the public … safe".)
  const healthReasons = /\b(?:process|use|hold|collect|share)\b[^.:]{0,30}\bhealth (?:data|information)\s*:\s*$/i.test(listedNecessity ?? '');
  const special = said || mixed || healthReasons;
  // (Archiving and research named as what lets data be kept longer, the storage limit's exemption, is no condition for processing:
  // "personal data can be kept for longer periods of time when processed purely for archiving in the public interest, statistical
  // purposes and historical or scientific research".)
  const keptLonger = /\b(?:kept|keep|retained|retain|stored|store|held|hold)\b[^.]{0,20}\bfor longer(?: periods)?\b/i.test(sentence);
  for (const [pattern, letter] of IN_WORDS) {
    if (!pattern.test(sentence) || out.art9.includes(letter) || (letter === 'j' && keptLonger)) continue;
    // "Some services will ask for your explicit consent, such as collecting data like cookies": not
    // special category data, so not the Article 9 condition.
    if (letter === 'a' && !special && !out.art9.length && !SENSITIVE.test(`${listedNecessity ?? ''} ${sentence}`)) continue;
    out.art9.push(letter);
  }
  // In a mixed list, the items whose words are an Article 6 basis's too ("you have given your
  // permission", "to protect someone in an emergency") are read as that basis only.
  for (const [pattern, letter] of [...PLAIN_WORDS, ...(special ? PLAIN_WORDS_SPECIAL.filter(([, l]) => said || (l !== 'a' && l !== 'c')) : [])]) if (pattern.test(sentence) && !out.art9.includes(letter) && !(letter === 'j' && keptLonger)) out.art9.push(letter);
  // "Processing … is necessary for the Department: to respond to Health and Social Care needs."
  if (listedNecessity && /\bnecessary\b/i.test(listedNecessity) && /\bhealth (?:and|or) social care\b/i.test(sentence) && !out.art9.includes('h')) out.art9.push('h');
  out.schedule = findSchedule1(sentence).map(({ part, para, title }) => ({ part, para, title }));
  // A Schedule 1 condition named by its statutory title: "equality of opportunity or treatment".
  // The list's intro counts ("Yr amod prosesu o ran budd sylweddol i'r cyhoedd fydd:" / "• Dibenion statudol …").
  for (const [para, pattern] of SCHEDULE1_WORDS) {
    if (special && pattern.test(sentence) && !out.schedule.some((s) => s.para === para)) out.schedule.push({ part: 2, para, title: SCHEDULE1_TITLES[para]! });
  }
  for (const [para, title] of Object.entries(SCHEDULE1_TITLES)) {
    if (!special) break;
    const n = Number(para);
    if (n < 6 && !/\b(?:schedule|sch)\b/i.test(sentence)) continue; // Part 1 titles ("Public health") are too common as plain words
    if (out.schedule.some((s) => s.para === n)) continue;
    if (new RegExp(`\\b${reEscape(title.replace(/ etc$/, ''))}\\b`, 'i').test(sentence)) out.schedule.push({ part: n <= 5 ? 1 : 2, para: n, title });
  }
  // Schedule 1's Part 2 conditions are the substantial public interest conditions of Article 9(2)(g):
  // one cited ("Schedule 1, Part 2 Equality of opportunity or treatment") names 9(2)(g) too.
  if (out.schedule.some((s) => s.part === 2) && !out.art9.includes('g')) out.art9.push('g');
  return out;
}
