/**
 * The controller: the organisation responsible for the data. Read from the forms notices use,
 * in English and Welsh:
 * - "X is the data controller", "X is registered with the ICO as a data controller", "X is a
 *   'Data Controller'", "this makes the Trust a 'Data Controller'" (with "X (the Trust)" earlier);
 * - "The data controller for your personal data is X", "Data Controller Name: X", "We, X, are the
 *   controller", "provided by X who is the data controller";
 * - "Mae X yn Rheolydd Data", "Mae X wedi ei gofrestru fel rheolydd data", "Fel Rheolwr Data, mae X".
 * When no sentence says it, the organisation named in the title, a "This is X's privacy notice"
 * line or the opening sentence is proposed instead, with a note to confirm it.
 */
import type { Id, Term } from '../../config/notice-model.js';
import { CONTROLLER_FIELD, COOKIE_WORD, cyMutations, isPersonName, POSTCODE, PRODUCT_NAME as PRODUCT, reEscape, slug } from '../patterns.js';
import { sentences, type Segment } from '../segments.js';
import type { FoundFacts } from './sources.js';
import type { Facts, FactsInput } from './types.js';

/** Words an organisation's name ends with (English and Welsh), strongest first. */
const ORG_WORD = /\b(?:(?<=\b(?:Medical|Health) )Centre|Healthwatch|Institute|Council|Cyngor|Trust|Ymddiriedolaeth|Board|Bwrdd|School|Ysgol|Academy|College|Coleg|University|Prifysgol|Police|Heddlu|Constabulary|Surgery|Practice|Meddygfa|Commission|Comisiwn|Inspectorate|Arolygiaeth|Authority|Awdurdod|Service|Gwasanaeth|Office|Department|Adran|Agency|Asiantaeth|Limited|Ltd|LLP|plc|CIC|CBC|MBC|Charity|Hospice|Foundation|Bequest|Society|Cymdeithas|Association|Partnership|Government|Llywodraeth|Cyf|Executive|Directorate|Ombudsman|Commissioner|ICB|CCG|HSCP|(?<=\b(?:Colleges?|Housing|Homes|Healthcare|Care|Medical|Schools|Learning|Education|Academies|Commissioning) )Group)\b/;
/** A word that can sit inside a name ("Department of Health and Social Care", "Cyngor Sir Ddinbych"). */
// Welsh joins a name's words with "yng/ym/yn" (in) too: "Plant yng Nghymru" (Children in Wales).
// Welsh names carry circumflexes ("Gwasanaeth Tân", "Ynys Môn"): letters are Unicode letters.
// (And a name in camel case that opens in small letters: "mySociety", "eHealth".)
const NAME_WORD = /^(?:[A-Z0-9ÂÊÎÔÛŴŶ][\p{L}\p{N}_&'’.()-]*|[A-Z]{2,}|\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]+|and|of|for|the|in|on|upon|&|a|ac|y|yr|o|ar|i|am|gyfer|de|du|dy|yng|ym|St\.?)$/u;
const SMALL = /^(?:and|of|for|the|in|on|upon|&|a|ac|y|yr|o|ar|i|am|de|du|dy|yng|ym)$/;

/** The capitalised run of words that ends at `end` in `text` ("… Luton and Dunstable University Hospital NHS Foundation Trust"). */
function nameBefore(text: string, end: number): string | undefined {
  // "Comisiwn y Senedd ('y Senedd') yw'r rheolydd data": the short name in brackets after the name is not part of it (with its
  // article outside the quotes too: "the University of Edinburgh (the “University”) is the Data Controller").
  // So is an aside that says what the text will call it ("Coleg Sir Gar or Coleg Ceredigion (hereafter, the College) will be the data controller").
  // ("Example Borough Council (the Council) is the controller": the same unquoted.)
  const words = text.slice(0, end).trimEnd().replace(/\s*\(\s*(?:the\s+|y\s+|yr\s+)?['‘’"“][^()]{1,40}['’"”]\s*\)$/i, '').replace(/\s*\((?:the|y|yr)\s+[A-Z][^()]{1,40}\)$/, '').replace(/\s*\((?:hereafter|hereinafter|referred to as|known as|o hyn ymlaen)\b[^()]{0,40}\)$/i, '').split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 14; i--) {
    // "Leicestershire Fire and Rescue Service (LFRS) [us/we/our] are …": the asides after the name are not it.
    if (!run.length && /^[([][^)\]]*[)\]],?$/.test(words[i]!)) continue;
    // "Cymdeithas Tai Newydd (1974) Cyf": a year in brackets is part of a registered name.
    const w = /^\(\d{4}\)$/.test(words[i]!) ? words[i]! : words[i]!.replace(/^[(“"‘']+/, '');
    if (!NAME_WORD.test(w) && !/^\(\d{4}\)$/.test(w) || /[.;:!?]$/.test(w) && run.length) break;
    // "(also known as a 'Fair Processing Notice') for the University Hospitals of North Midlands NHS
    // Trust": a word that closes a quotation ends the name, which is after it.
    // (A possessive "Hospitals’ Charity" is not a quotation: a single quote closes one only before a bracket.)
    if (run.length && /[a-z](?:['’]\)|["”]\)?),?$/.test(words[i]!)) break;
    run.unshift(w.replace(/[,]$/, ''));
    if (/,$/.test(words[i]!)) break;
  }
  // "the Department for Science, Innovation and Technology are the controller": a comma inside a
  // name, when the words after it lack an organisation word and the words before it open with one.
  const atComma = words.length - run.length - 1;
  if (run.length && !ORG_WORD.test(run.join(' ')) && /^[A-Z][\w'’-]*,$/.test(words[atComma] ?? '')) {
    const head = words.slice(Math.max(0, atComma - 5), atComma + 1).join(' ');
    const m = new RegExp(String.raw`(?:^|\s)((?:${ORG_WORD.source})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*,)$`).exec(head);
    if (m) return tidyName([...m[1]!.split(/\s+/), ...run]);
  }
  // "The Sixth Form College, Colchester is the data controller": a place after the comma, the organisation before it.
  // ("The PCC of St Michael and All Angels, Maidstone is the data controller": a name of the shape "X of Y" before the comma too.)
  if (run.length === 1 && /^[A-Z][a-z]+$/.test(run[0]!) && /,$/.test(words[atComma] ?? '')) {
    const before = words.slice(0, atComma + 1).join(' ').replace(/,$/, '');
    const head = nameEnding(before);
    if (head && head.split(/\s+/).length >= 2 && (new RegExp(String.raw`(?:${ORG_WORD.source})$`).test(head) || (/^(?:The\s+)?(?:[A-Z]{2,8}|[A-Z][\w'’-]*)\s+of\s+[A-Z]/.test(head) && !/\b(?:Act|Regulations?|GDPR)\b/.test(head)))) return `${head}, ${run[0]}`;
  }
  return tidyName(run);
}

/** The capitalised run of words that ends a text. */
function nameEnding(text: string): string | undefined {
  return nameBefore(text, text.length);
}

/** The capitalised run of words that starts at `start` ("Department of Health, …" → "Department of Health"). */
function nameAfter(text: string, start: number): string | undefined {
  const words = text.slice(start).trimStart().split(/\s+/);
  const run: string[] = [];
  for (const [i, raw] of words.entries()) {
    if (run.length >= 14) break;
    // (A saint's abbreviation opens a name, its stop no end: "We, St. Mary’s VA CofE Lower School, are …".)
    if (/^(?:St|Mt)\.$/.test(raw) && /^[A-Z]/.test(words[i + 1] ?? '')) {
      run.push(raw);
      continue;
    }
    const w = raw.replace(/[.,;:)’'"”]+$/, '');
    if (!NAME_WORD.test(w) && !/^[A-Z][\p{L}\p{N}_’'-]*[’']s$/u.test(w)) break;
    run.push(w);
    if (w !== raw) {
      // "Armagh City, Banbridge and Craigavon Borough Council", "Department for Levelling Up,
      // Housing and Communities": a comma inside a name, when the name so far lacks its
      // organisation word and the words after the comma end in one.
      const rest = raw.endsWith(',') && !new RegExp(`${ORG_WORD.source}$`).test(w) ? new RegExp(String.raw`^((?:[A-Z][\w'’-]*\s+(?:(?:and|of|&)\s+)?){1,6}${ORG_WORD.source})(?![\w'’-])`).exec(words.slice(i + 1).join(' ')) : null;
      if (rest) return tidyName([...run.slice(0, -1), `${w},`, rest[1]!]);
      break; // punctuation ends the name
    }
  }
  return tidyName(run);
}

function tidyName(run: string[]): string | undefined {
  let words = [...run];
  // "Nod yr Asiantaeth … yw chwalu'r rhwystrau" (the aim of the agency is …), "The aim of …": a noun phrase about a body, not its name.
  if (/^(?:Nod|Diben|Pwrpas|Rôl|Gwaith|Aim|Purpose|Role)$/.test(words[0] ?? '') && /^(?:y|yr|of)$/.test(words[1] ?? '')) return undefined;
  // "Under the terms of the Data Protection Act Luton and …": the name starts after a cited law.
  const law = words.findLastIndex((w) => /^(?:Act|Regulations?|GDPR|Directive|\d{4})$/.test(w));
  if (law >= 0) words = words.slice(law + 1);
  // ("… and Data Protection Act 2018 (DPA) Bassetlaw District Council": the law's short name in brackets is not the name's first word either.)
  // ("Hysbysiad Preifatrwydd Asiantaeth Gosod Tai …", "Privacy Notice Sheffield City Council", "About the Scottish Ambulance
  // Service": a heading's words are not the name's.)
  while (words.length && (SMALL.test(words[0]!) || /^[^(]+\)$/.test(words[0]!) || /^(?:Hysbysiad|Preifatrwydd|Privacy|Notice|Polisi|Datganiad|About|Amdanom)$/.test(words[0]!) || /^(?:The|Under|As|At|By|Our|Your|This|Mae|Mae['’][rn]|Bydd|Gall|Byddai|Dylai|Fel|Dyma|We|In|When|If|How|Why|What|Where|Who|Unless|Until|Although|While|Whilst|Because|Since|Once|Please|Y|Yr)$/.test(words[0]!))) words.shift();
  while (words.length && SMALL.test(words[words.length - 1]!)) words.pop();
  // ("Llywodraeth Cymru’n ei wneud": the Welsh clitic "’n" / "’r" after a name is no part of it.)
  const name = words.join(' ').replace(/[’'](?:s|n|r)$/, '').trim();
  if (!name || !/^(?:[A-Z0-9]|\p{Ll}{1,3}\p{Lu})/u.test(name) || /^(?:We|I|You|They|It|This|That|Which|Who|Data|Personal|Information)$/i.test(name)) return undefined;
  return name;
}

const CONTROLLER_WORDS = String.raw`['‘’"“]?(?:data\s+)?controllers?['’"”]?`;
/** "X is/are (registered …)? (as)? (the|a|an)? (joint)? data controller", and "X who is the data controller". */
// "The University of Glasgow will be what's known as the 'Controller'": the term introduced as the law's.
// "… are a Public Authority and the Data Controller": another description may come first.
// ("City of Edinburgh Council is also the data controller of the Fund": a second role named; never "X and each Y are also
// joint Controllers", several bodies.)
const IS_CONTROLLER = new RegExp(String.raw`\s+(?:who\s+|which\s+)?(?:is\s+also|is|are|acts as|will be|will become|becomes|has been|(?:is|are) (?:identified|classed|known|defined|described|recognised|designated) as|(?:is|are) called|(?:is|are) (?:currently |also |now |formally )?registered(?: with [^.]{3,80}?)? as)\s+(?:what(?:['’]s|\s+is)\s+(?:known|called|referred to|described)\s+as\s+)?(?:(?:a|an)\s+[\w ]{2,40}?\s+and\s+)?(?:the\s+|a\s+|an\s+)?(?:registered\s+|appointed\s+)?(?:joint\s+)?(?:\*\*)?${CONTROLLER_WORDS}`, 'i');
// ("The data controller and information Governance Lead is Hitesh Patel": a second role of the same person or body.)
const CONTROLLER_IS = new RegExp(String.raw`\b(?:the\s+)?(?:data\s+)?controllers?(?:\s+(?:for|of)\s+[^.]{2,80}?)?(?:\s+and\s+(?:the\s+)?[\w ]{2,40}?\s+(?:Lead|Officer|Manager|Owner|Guardian|Director|Partner|Pharmacist|Principal|Headteacher))?\s+(?:is|are)\s+(?:the\s+)?`, 'i');
/** The controller's definition as the subject: "The organisation responsible for processing your personal information is Home Group Limited, …". */
const RESPONSIBLE_IS = /\b(?:the\s+)?(?:organisation|body|company|charity)\s+(?:that\s+is\s+|which\s+is\s+)?responsible\s+for\s+(?:(?:processing|handling|looking after|managing|controlling|using|protecting|collecting)\s+(?:and\s+\w+\s+)?)?(?:your|the|any)\s+(?:personal\s+)?(?:data|information)\b[^.]{0,40}?\s+is\s+(?:the\s+)?/i;
// Welsh "Rheolwr Data: Cyngor Bwrdeistref Sirol Torfaen, d/o Y Ganolfan Ddinesig, …".
const LABEL = /\bData\s+Cont(?:r)?oller(?:['’]s)?\s*(?:Name|name)?\s*[:–-]\s*|\b(?:[Rr]heolwr|[Rr]heolydd)\s+[Dd]ata\s*:\s*/;
// "We, X, are the controller" and "We (the University of Oxford) are the 'data controller'".
// Also "We, Weobley Schools’are the ‘data controller’": a closing quote for the comma, the space lost.
const WE_ARE = /\bWe(?:,\s+([^,]{3,100}?)(?:,|['’](?=are\b))(?:\s*\([^()]{1,120}\))?|\s*\((?:the\s+)?([^)]{3,100})\))\s*are\s+(?:the\s+|a\s+|an\s+)?['‘’"“]?(?:data\s+)?controllers?/i;
/** "We, at the Bancroft Medical Centre situated at …, …, are a Data Controller": the name opens the aside (its closing comma may be lost: "We, at St Jude’s Schools Federation are …"). */
const WE_AT = /\bWe,\s+(?:at\s+)?(.{3,240}?),?\s+are\s+(?:the\s+|a\s+|an\s+)?(?:joint\s+)?['‘’"“]?(?:data\s+)?controllers?/i;
const MAKES = /\bmakes\s+(?:the\s+|us\s+)?([A-Z][\w'’-]*)?\s*(?:a|the)\s+['‘’"“]?data\s+controller/i;
// Welsh: "Mae X yn Rheolydd Data", "Mae X (ni) wedi ein cofrestru fel rheolydd data", "Mae X yn rheoli data".
const CY_MAE = /\bMae\s+(.{3,120}?)\s+(?:\([^)]{1,40}\)\s+)?(?:yn|wedi(?:\s+|['’])(?:ei|eu|ein|i)\s+(?:g|ch)?ofrestru\s+fel)\s+['‘’"“]?(?:[Rr]heolydd|[Rr]heolwr|[Rr]heoli)\s+[Dd]ata/;
// "MHCLG yw’r ‘Rheolwr Data’": the name before "yw'r … Rheolwr Data".
// "Y Swyddfa Gartref yw rheolydd y wybodaeth yma": the controller of the information, without "data".
// Anywhere in the sentence: "… rydych drwy hyn yn cydnabod mai Cyngor Bwrdeistref Sirol Castell-nedd
// Port Talbot yw'r Rheolwr Data" (that X is the controller); "Yr Ymddiriedolaeth yw'r endid cyfreithiol
// a'r Rheolwr Data" (another description first).
// "Coleg Sir Gâr neu Goleg Ceredigion (o hyn ymlaen, y Coleg) fydd y rheolydd data" (will be the data controller).
// ("Trafnidiaeth Cymru ydy rheolydd eich data personol": "ydy", and the data as "eich data".)
// ("Gwybodaeth lle mai SCHTh Gogledd Cymru yw Rheolwr y Data", "Llywodraeth Cymru fydd Rheolwr Data ar gyfer …": "the data's controller", "will be".)
// ("Mae Canolfan Ailgylchu Caerdydd yn rhan o Gyngor Caerdydd, sy’n Rheolwr Data at ddibenion …": "which is", after a comma.)
const CY_YW = /(?:\s+|,\s*)(?:yw(?:['’]r)?|ydy(?:['’]r)?|fydd(?:\s+y)?|sy['’]n)\s+(?:[a-z][\w\s]{0,30}?\s+a['’]r\s+)?['‘’"“]?(?:[Rr]heolwr|[Rr]heolydd)\b(?:\s+(?:eich\s+|y\s+)?[Dd]ata|\s+y\s+wybodaeth|\s+ar\s+gyfer\s+(?:yr?\s+)?(?:wybodaeth|gwybodaeth|data)|['’"”])/;
/** The controller named after the role, Welsh: "At ddiben Deddf Diogelu Data 1998 …, y rheolwr data yw Canolfan Mileniwm Cymru, cwmni …". */
const CY_CONTROLLER_IS = /\b(?:[Yy]|[Ee]in)\s+(?:rheolwr|rheolydd)\s+data\s+(?:yw|ydy)\s+(?:y\s+|yr\s+)?(?=[A-Z])/;
/** An address given after a name, to its postcode: ", Queen’s Building, Potter Street, Worksop, Notts, S80 2AH". */
const ADDRESS_AFTER_NAME = new RegExp(String.raw`(?:,\s*[^,()]{1,60}){1,7},?\s*${POSTCODE.source}\s*,?\s*$`);
/** An address after the name ("y Ganolfan o Ffordd y Coleg, Caerfyrddin, SA31 3EP yw Rheolwr Data"): not part of it. */
const TRAILING_ADDRESS = new RegExp(String.raw`\s+(?:o|of|at|yn|in)\s+[^]*?${POSTCODE.source}\s*,?\s*$`);
/** The label and its name on one line, a table's row run together ("Controller NHS Digital"): the name after it. */
const GLUED_FIELD = new RegExp(String.raw`^${CONTROLLER_FIELD}\s+(?=[A-Z])(.{2,80})$`, 'i');
/** A person's role given after their name ("Lisa Roberts – Practice Manager"). */
const PERSON_ROLE_AFTER = /^\s*[–—,-]\s*(?:[A-Z][\w-]*\s+){0,3}(?:Manager|Officer|Lead|Director|Administrator|Partner|Secretary|Clerk|Governor|Head(?:teacher)?|Principal)\b/;
/** A label line for the controller ("Data Controller", "Controller contact details", "Rheolydd Data"). */
// Also the question a form-like notice asks, answered on the next line: "Who will be responsible for
// controlling the data I provide?", "Who will own my data once I submit it?", Welsh "Pwy fydd yn gyfrifol am
// reoli'r data rwy'n ei ddarparu?"; numbered or not ("1.3 Who will own my data …?").
const CONTROLLER_LABEL = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the\s+)?(?:data\s+)?controller(?:['’]s)?(?:\s+(?:contact\s+details|name|details|and contact details))?|(?:manylion\s+)?(?:y\s+)?rheol(?:ydd|wr)\s+data)\s*:?$|^(?:\d+(?:\.\d+)*\.?\s+)?who (?:will )?owns? (?:my|your|the) (?:personal )?(?:data|information)\b[^?]*\?$|^(?:\d+(?:\.\d+)*\.?\s+)?who (?:is|will be) (?:the (?:data )?controller|responsible for (?:controlling|managing) (?:the|my|your) (?:personal )?(?:data|information)\b[^?]*)\?$|^(?:\d+(?:\.\d+)*\.?\s+)?pwy (?:fydd|sydd|sy|yw)(?:['’]n|['’]r)? (?:yn )?(?:gyfrifol am reoli['’]r (?:data|wybodaeth)\b[^?]*|rheolydd data|rheolwr data)\?$/i;
/** The controller named in apposition: "… on behalf of the Data Controller, the Cabinet Office", Welsh "ar ran y Rheolwr Data, yr Archifau Cenedlaethol (TNA)". */
const APPOSED = /\b(?:the\s+)?(?:[Dd]ata\s+)?[Cc]ontroller,\s+(?!(?:the\s+)?(?:Data Protection|Information Commissioner|DPO)\b)(?=(?:the\s+|The\s+)?[A-Z])|\b(?:y\s+)?(?:[Rr]heolwr|[Rr]heolydd)\s+[Dd]ata,\s+(?=(?:yr?\s+|Yr?\s+)?[A-Z])/;
// ("Fel rheolydd data, mae gan CLlLC ddyletswydd i roi gwybod …": as a data controller, X has a duty …)
const CY_FEL = /\bFel\s+(?:[Rr]heolydd|[Rr]heolwr)\s+[Dd]ata,?\s+mae\s+(?:gan\s+)?/;
/** English "As a data controller the University of Derby can process …", the same form as Welsh "Fel Rheolydd Data, mae X". */
// ("As the 'data controller' for the personal information - or data - we hold about you, South Ayrshire Council decides …": what it controls, then the name.)
const AS_CONTROLLER = /^(?:[^.]{0,40}?\b)?[Aa]s (?:a|the) ['‘’"“]?(?:data )?controller['’"”]?(?:\s+(?:for|of)\s+[^.,]{3,100}?)?,?\s+(?=(?:the\s+)?[A-Z])/;
/** The notice's definition of "we": "Throughout this document, “we”, “us”, “our” and “ours” refer to the Department for Communities (DfC)". */
/** "References (in this policy) to ‘we’, ‘our’ and ‘us’ (etc.) are (references) to": the lead-in to the body "we" stands for. */
const REFERENCES_TO_WE = String.raw`\breferences (?:in this [\w ]{3,30} )?to [“"‘']we[”"’'](?:\s*(?:,|or|and)?\s*(?:and\s+|or\s+)?[“"‘']?(?:us|our|ours)[”"’']?)*(?:,?\s+etc\.?)?\s+(?:are|is) (?:references )?to`;
// ("References in this privacy policy to "we", "our" and "us", etc. are references to us, The University of Nottingham.")
const WE_MEANS = new RegExp(String.raw`[“"‘']we[”"’'],?\s+(?:(?:(?:and|or)\s+)?[“"‘']?(?:us|our|ours)[”"’']?,?\s+(?:(?:and|or)\s+)?)*(?:refers?|means?|shall mean|is)\s+(?:to\s+)?(?:the\s+)?(?=[A-Z])|\bwe are referring to\s+(?:the\s+)?(?=[A-Z])|${REFERENCES_TO_WE}\s+(?:us,\s+)?(?:the\s+)?(?=[A-Z])`, 'i');
/** The same lead-in ending a list's intro, the body named in the item under it ("References to ‘we’ or ‘us’ are to:"). */
const REFERENCES_TO_WE_INTRO = new RegExp(String.raw`${REFERENCES_TO_WE}\s*:?\s*$`, 'i');
// Also "This page describes the privacy policy of X", Welsh "Mae’r dudalen hon yn disgrifio polisi preifatrwydd Gwaed a Thrawsblaniadau’r GIG (NHSBT)".
const NOTICE_OF = /\b(?:(?:This|The) (?:privacy )?(?:notice|policy|statement) is (?:issued|provided|published|produced) by\s+|(?:This|The) (?:[Pp]rivacy )?(?:[Nn]otice|[Pp]olicy|[Ss]tatement) from (?:the\s+)?(?=[A-Z])|This is the (?:Privacy (?:Policy|Notice|Statement) (?:of|for)\s+)|This is\s+(?=[A-Z][^.]{2,80}[’']s privacy)|\b(?:outlines|sets out|explains|describes|contains)\s+(?=[A-Z][^.]{2,80}?[’']s\s+(?:\([A-Z]{2,8}\)\s+)?privacy (?:policy|notice|statement))|Dyma(?:['’]r)? (?:Bolisi|Polisi|Hysbysiad|[Rr]h?ybudd) [Pp]reifatrwydd\s+|Croeso i(?:['’]r)? (?:Bolisi|Polisi|Hysbysiad|[Rr]h?ybudd) [Pp]reifatrwydd\s+|Welcome to (?:the )?(?=[A-Z][^.]{2,80}?(?:[’']s)? [Pp]rivacy (?:[Nn]otice|[Pp]olicy))|\b(?:describes|sets out|explains) the privacy (?:policy|notice|statement) (?:of|for) (?:the\s+)?(?=[A-Z])|\b(?:disgrifio|esbonio|egluro|nodi) (?:polisi|hysbysiad|datganiad) preifatrwydd\s+(?=[A-Z]))/;

/** "Norfolk and Suffolk NHS Foundation Trust (the Trust)" → { the Trust → full name }. */
function shortNames(segments: Segment[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const seg of segments) {
    // Also (“y Ganolfan”) with the quote first, and Welsh "…, a elwir yn “Ymddiriedolaeth”" (known as).
    for (const m of seg.text.matchAll(/(?:\(|,?\s+a elwir yn\s+)[“"‘']?(?:the\s+|y\s+|yr\s+)?[“"‘']?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})[”"’']?\)?/g)) {
      if (!/^[(]|a elwir/.test(m[0].trim())) continue;
      let full = nameBefore(seg.text, m.index);
      // "University Hospitals of Derby and Burton (UHDB) NHS Foundation Trust": the bracket sits
      // inside the name, whose last words (ending in the organisation word) come after it.
      const rest = new RegExp(String.raw`^\s+((?:[A-Z][\w'’-]*\s+){0,4}${ORG_WORD.source})`).exec(seg.text.slice(m.index + m[0].length));
      if (full && rest && !new RegExp(`${ORG_WORD.source}$`).test(full)) full = `${full} ${rest[1]}`;
      // The words before an acronym may say what the body is before its name ("HMCTS is an Executive Agency of the Ministry of
      // Justice (MoJ)"): the name is the run of last words the acronym's capitals fit.
      if (full && /^[A-Z][A-Za-z]{1,7}$/.test(m[1]!) && !initialsFit(m[1]!, full)) {
        const words = full.split(/\s+/);
        const fits = words.map((_, k) => words.slice(k).join(' ')).slice(1).find((tail) => /^[A-Z]/.test(tail) && tail.split(/\s+/).length >= 2 && initialsFit(m[1]!, tail));
        if (fits) full = fits;
      }
      // Welsh names open with the word the notice then uses for itself: "Ganolfan Genedlaethol Dysgu Cymraeg (“y Ganolfan”)".
      const opensWith = full && full.split(/\s+/).length >= 2 && full.split(/\s+/)[0] === m[1];
      // (Or a name of four words or more the text calls by a quoted word: "The Roman Catholic Church of Our Lady & St Hugh (the “Parish”)".)
      const quoted = full && /^\(\s*(?:the\s+)?[“"‘']/.test(m[0].trim()) && /^(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|&|in|on|at)){3,12}$/.test(full);
      if (quoted) full = full!.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
      if (full && full !== m[1] && (ORG_WORD.test(full) || opensWith || quoted) && !map.has(m[1]!.toLowerCase())) map.set(m[1]!.toLowerCase(), full);
    }
    // "your school … is part of the Academy Trust called the Active Learning Trust": the short name, then its name.
    for (const m of seg.text.matchAll(/\bthe ([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}) (?:called|named|known as) (?:the\s+)?(?=[A-Z])/g)) {
      const full = nameAfter(seg.text, m.index + m[0].length);
      if (full && ORG_WORD.test(full) && full.split(/\s+/).length >= 2 && !map.has(m[1]!.toLowerCase())) map.set(m[1]!.toLowerCase(), full);
    }
    // The other way round: "DfE (Department for Education)", "HSCNI (Health and Social Care Northern Ireland)".
    for (const m of seg.text.matchAll(/\b([A-Z][A-Za-z]{1,7})\s+\((?:the\s+)?([A-Z][^()]{4,100})\)/g)) {
      const full = nameAfter(m[2]!, 0);
      if (full && full === m[2]!.trim() && ORG_WORD.test(full) && initialsFit(m[1]!, full) && !map.has(m[1]!.toLowerCase())) map.set(m[1]!.toLowerCase(), full);
    }
  }
  return map;
}

/** Whether an acronym's capitals are the initials of a name's words, in order ("DfE" of "Department for Education"). */
function initialsFit(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
  const caps = acronym.replace(/[^A-Z]/g, '');
  let at = 0;
  for (const c of caps) {
    at = initials.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return caps.length >= 2 && initials[0] === caps[0];
}

/** How the notice refers to itself by a short name: an acronym as written ("DfE"), a word with "the" ("the Trust"). */
const shortForm = (bare: string) => (/^[A-Z][A-Za-z]{1,7}$/.test(bare) && /[A-Z].*[A-Z]/.test(bare) ? bare : `the ${bare}`);

/** The words before a name that make it an object, not the sentence's subject ("… using X are the controllers"). */
const OBJECT_OF = /\b(?:using|by|with|for|(?<!\bpart\s)of|to|from|via|through|including|like|on|at|in|within|across|between|among|alongside|besides|except|than)\s+(?:the\s+)?$/i;

/** "I am the data controller", "I am the responsible ‘controller’", "I act as an independent data controller". */
const I_CONTROLLER = /\bI (?:am|act as|will be) (?:the |a |an )?(?:independent |responsible |joint |sole )*['‘’"“]?(?:data )?controller\b/i;
/** A notice for councillors, who are each the controller: "Councillors are data controllers", "Elected members are data controllers in their own right". */
const MEMBERS_CONTROLLERS = /\b(?:councillors?|elected members?|ward members?|elected representatives?)\b[^.]{0,60}\b(?:is|are)\b[^.]{0,30}\bcontrollers?\b|\bcontrollers? in (?:their|his|her) own right\b/i;

/** A name found, with the sentence that says it. */
interface Named { name: string; sentence: string; at: Id; inferred: boolean; shortName?: string }

/** Sections about other bodies or about cookies, where a body named is seldom the notice's own. */
const OTHERS_TOPICS: readonly string[] = ['sharing', 'processors', 'complaints', 'cookies'];
/** Who a notice is for, named before its organisation ("Users of the University's website", "Patients of the Practice"): no name. */
// (Or named after the body's kind, the people last: "(Private & NHS Dental Patients)", "University Students".)
const AUDIENCE = /^(?:(?:Service\s+)?Users|Visitors|Customers|Patients|Students|Applicants|Pupils|Parents|Carers|Tenants|Residents|Staff|Employees|Volunteers|Supporters|Donors|Clients|Defnyddwyr|Ymwelwyr|Cleifion|Myfyrwyr|Disgyblion|Rhieni|Tenantiaid|Gweithwyr)\s+(?:of|at|o|yn)\b|\s(?:Patients|Pupils|Students|Users|Visitors|Customers|Residents|Tenants|Parents|Carers|Clients|Applicants|Volunteers|Donors|Supporters|Employees|Cleifion|Disgyblion|Myfyrwyr|Defnyddwyr|Rhieni|Tenantiaid)$/;
/** The building words after a name on an address line ("Scottish Borders Council Headquarters"). */
const BUILDING = /\s+(?:Headquarters|HQ|Offices|Buildings|House|Civic Centre|Town Hall)$/;
/** A contact block's role line, above the organisation's name in its address. */
const ROLE_LINE = /^(?:(?:the\s+)?Data\s+Protection\s+Officer|DPO|Information\s+Governance(?:\s+(?:Officer|Manager|Team))?|Swyddog\s+Diogelu\s+Data)\s*,?$/i;
/** A description made of common words only ("the GP practice", "General Practice", "the local council"): never a name. */
// Welsh puts the describing word after the noun: "Awdurdod Lleol" (the local authority), "Cyngor Sir", "Ysgol Gynradd".
const GENERIC_NAME = /^(?:(?:the|our|this|your|general|gp|medical|local|district|county|city|town|parish|community|health|dental|academy|multi-academy|trust|university|y|yr|ein)\s+)*(?:practice|surgery|council|trust|school|academy|university|college|service|board|authority|practices|hospice|charity|association|meddygfa|cyngor|ysgol)$|^(?:(?:y|yr|ein|eich)\s+)?(?:awdurdod|cyngor|ysgol|bwrdd|ymddiriedolaeth|meddygfa|gwasanaeth)(?:\s+(?:lleol|sir|bwrdeistref|cymuned|tref|dinas|gynradd|uwchradd|iechyd|addysg|trwyddedu|cynllunio|tai|arbennig|cyhoeddus|statudol))+$/i;

/**
 * A person or an office, never the organisation: "Councillors are data controllers", "Member of the
 * Council - Councillors make use of …", a name after an office ("The Chief Constable, Francis Habgood
 * is defined as the ‘Data Controller’" gives the office holder).
 */
const ROLE_NAME = /^(?:(?:Elected|Ward|Local|Independent|Parish|Town|District|County|Borough)\s+)?(?:Councillors?|Members?|Cynghorwyr|Cynghorydd|Aelod(?:au)?)\b/;
/** The office before a person's name given in apposition ("The Chief Constable, Francis Habgood"). */
const OFFICE_BEFORE = /\b(?:Chief Constable|Chief Executive|Chief Officer|Senior Partner|Practice Manager|Head ?teacher|Principal|Director|Chair(?:man|person)?|Registrar|Prif Gwnstabl|Prif Weithredwr|Pennaeth),\s*$/i;

function resolve(name: string, short: Map<string, string>, weAre: string | undefined, segments: Segment[] = []): { name: string; shortName?: string } | undefined {
  const bare = name.replace(/^(?:the|y|yr)\s+/i, '');
  // A short name the notice defines ("the Academy Trust called the Active Learning Trust") is read first.
  const full = short.get(bare.toLowerCase());
  if (full) return { name: full, shortName: shortForm(bare) };
  if (GENERIC_NAME.test(bare) && bare.includes(' ')) return undefined;
  if (ROLE_NAME.test(bare)) return undefined;
  // The regulator is who the body registers with, never the body: "We are currently registered as a data controller for this purpose
  // with the Information Commissioner's Office".
  if (REGULATOR.test(bare)) return undefined;
  // "Each Assessor is a data controller for the information gathered …": every one of a kind, no name.
  if (/^(?:Each|Every|Any|All|Some|No|Other|Many|Several|Most|Pob|Unrhyw|Rhai)\s/.test(bare)) return undefined;
  // "registered … as a Data Controller: Reference Z8049565": the registration's reference, not a name.
  if (/^(?:Reference|Ref|Registration|Reg|Number|No)\b|^Z[A-Z0-9]{6,8}$/.test(bare)) return undefined;
  if (/^(?:we|us|ni)$/i.test(bare)) return weAre ? { name: weAre } : undefined;
  // "The Association is a data controller": a bare organisation word is how the notice refers to
  // itself, never a name. The name is the one ending in that word elsewhere ("Leigh Academies
  // Trust"), or the one the controller's contact details open with ("Our contact details are as
  // follows: South Devon Rural Housing, South Devon House, …"); failing both, none is read.
  if (new RegExp(`^(?:${ORG_WORD.source})$`).test(bare)) {
    const ending = segments.map((s) => new RegExp(String.raw`\b${bare}\b`).exec(s.text)).flatMap((m) => (m ? [nameBefore(m.input, m.index + m[0].length)] : [])).find((n) => n && n !== bare && n.split(/\s+/).length >= 2 && !ROLE_NAME.test(n));
    if (ending) return { name: ending, shortName: `the ${bare}` };
    for (const seg of segments) {
      const m = /\b(?:our|its|the (?:controller|organisation)['’]s) contact details are(?: as follows)?\s*:\s*/i.exec(seg.text);
      const named = m ? nameAfter(seg.text, m.index + m[0].length) : undefined;
      if (named && named.split(/\s+/).length >= 2) return { name: named, shortName: `the ${bare}` };
    }
    return undefined;
  }
  // Welsh the same: "Y Comisiynydd yw Rheolydd y data personol", the name opening with that word elsewhere ("sut y bydd
  // Comisiynydd Safonau’r Senedd yn casglu …"); failing one, none.
  if (WELSH_ORG_WORD.test(bare)) {
    const opening = segments.flatMap((s) => [...s.text.matchAll(new RegExp(String.raw`(?<![\p{L}])${reEscape(bare)}\s+(?=[A-Z])`, 'gu'))].map((m) => nameAfter(s.text, m.index))).find((n) => n && n !== bare && n.split(/\s+/).length >= 2);
    return opening ? { name: opening, shortName: `y ${bare}` } : undefined;
  }
  return { name: bare };
}

/** "Data Controller" (a heading or a label line) followed by the organisation's name on the next line. */
function labelled(segments: Segment[], sections: { id: Id; heading: string }[], title: string | undefined): Named | undefined {
  // The document's first line was the label ("Data Controller"), so it became the title.
  const lead = segments[0];
  if (title && CONTROLLER_LABEL.test(title) && lead?.at === 'notice') {
    const name = nameAfter(lead.text, 0);
    if (name && lead.text.split(/\s+/).length <= 12) return { name, sentence: `${title}: ${lead.text}`, at: 'notice', inferred: false };
  }
  // A term defined as the body itself, in a list of the law's terms: "'Data controller': this is us, the Royal Society of
  // Wildlife Trusts", Welsh "'Rheolwr data': ni yw hwn, Cymdeithas Frenhinol yr Ymddiriedolaethau Natur".
  for (const seg of segments) {
    const us = /^[•·*\-–\s]*['‘"“]?(?:data\s+controller|rheol(?:wr|ydd)\s+data)['’"”]?\s*:\s*(?:this is us|that is us|that['’]s us|it is us|ni yw hwn|ni yw hyn|dyma ni)\s*,?\s*(?:the\s+)?(.{3,120})/i.exec(seg.text.trim());
    const name = us ? nameAfter(us[1]!, 0) : undefined;
    if (name && name.split(/\s+/).length >= 2 && !REGULATOR.test(name)) return { name, sentence: seg.text, at: seg.at, inferred: false };
  }
  for (const [i, seg] of segments.entries()) {
    const heading = sections.find((s) => s.id === seg.at)?.heading ?? '';
    const first = segments.findIndex((s) => s.at === seg.at) === i;
    const label = CONTROLLER_LABEL.test(seg.text) ? segments[i + 1] : first && CONTROLLER_LABEL.test(heading) ? seg : undefined;
    if (!label || label.at !== seg.at && label !== segments[i + 1]) continue;
    const line = label.text.split(/\n/)[0]!.trim();
    const name = line.split(/\s+/).length <= 12 && !/[.!?]$/.test(line) ? nameAfter(line, 0) : undefined;
    // (Never a person the label gives as the contact, a role after the name: "Data Controller contact details:" / "Lisa Roberts – Practice Manager".)
    if (name && isPersonName(name) && PERSON_ROLE_AFTER.test(line.slice(line.indexOf(name) + name.length))) continue;
    if (name && ORG_WORD.test(name) || name && /^[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)+$/.test(name)) return { name: name!, sentence: `${CONTROLLER_LABEL.test(seg.text) ? seg.text : heading}: ${line}`, at: label.at, inferred: false };
  }
  // The label and its name on one line, a table's row with its header cell run into its value ("Controller NHS Digital",
  // "Data controller Cardiff Council", "Rheolydd data Cyngor Gwynedd").
  // (Short, it may have been read as a heading.)
  for (const { text, at } of [...segments.map((sg) => ({ text: sg.text, at: sg.at })), ...sections.map((sc) => ({ text: sc.heading, at: sc.id }))]) {
    const glued = GLUED_FIELD.exec(text.trim());
    const name = glued ? nameAfter(glued[1]!, 0) : undefined;
    // (Not a heading that joins two roles, "Controller DPO".)
    if (name && name === glued![1]!.trim() && name.split(/\s+/).length <= 8 && (name.includes(' ') || !NOT_ACTOR_ACRONYM.test(name)) && !REGULATOR.test(name) && !GENERIC_NAME.test(name)) return { name, sentence: text, at, inferred: false };
  }
  // The answer, a short name alone on its line, may have been read as the next heading ("Pwy fydd yn
  // gyfrifol am reoli'r data …?" / "Llyfrgell Genedlaethol Cymru"): the label's section is then empty.
  for (const [k, section] of sections.entries()) {
    const next = sections[k + 1];
    if (!next || !CONTROLLER_LABEL.test(section.heading) || segments.some((s) => s.at === section.id)) continue;
    const name = nameAfter(next.heading, 0);
    if (name && name === next.heading.trim() && name.split(/\s+/).length <= 8 && /^[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)+$/.test(name)) return { name, sentence: `${section.heading} ${next.heading}`, at: next.id, inferred: false };
  }
  return undefined;
}

/**
 * The name "we" is set beside ("We, X, are the controller"): the whole apposition when it is a name,
 * "to" and all ("We, The Access to Sports Project, (Registered Office: …) are …"), else the
 * capitalised run it opens with.
 */
function apposition(text: string): string | undefined {
  const whole = text.trim();
  return /^(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|to|&|in|on)){1,8}$/.test(whole) ? tidyName(whole.split(/\s+/)) : nameAfter(text, 0);
}

/** Stated forms, sentence by sentence. */
function stated(segments: Segment[], short: Map<string, string>, unnamed: Named[] = []): Named | undefined {
  // ("We are Historic Environment Scotland, an executive non-departmental public body …": a national body's name ends in its nation.)
  const weAre = segments.map((s) => /\bWe are (?:the |a )?([A-Z][^,.;]{2,80})/.exec(s.text)?.[1]).map((n) => (n ? nameAfter(n, 0) : undefined)).find((n) => n && (ORG_WORD.test(n) || NATION_NAMED.test(n)))
    ?? segments.map((s) => ((m) => (m ? nameAfter(s.text, m.index + m[0].length) : undefined))(WE_MEANS.exec(s.text))).find((n) => n && n.split(/\s+/).length >= 2);
  for (const seg of segments) {
    let previous = '';
    for (const sentence of sentences(seg.text)) {
      // "West Sussex County Council (WSCC) complies with … It is registered as a ‘Data Controller’":
      // "It" is the organisation the sentence before opens with.
      const it = /^(?:It|Mae['’]n)\b/.test(sentence) ? nameAfter(previous, 0) : undefined;
      const previousSentence = previous;
      previous = sentence;
      // Each form in turn; the first that yields a name wins ("X is the Data Controller for the
      // project which means that we decide how data is processed" is read by the second form).
      const readings: (() => string | undefined)[] = [
        () => ((m) => (m ? apposition((m[1] ?? m[2])!) : undefined))(WE_ARE.exec(sentence)),
        () => ((m) => (m ? nameAfter(m[1]!, 0) : undefined))(WE_AT.exec(sentence)),
        () => ((m) => (m ? nameAfter(sentence, m.index + m[0].length) : undefined))(CONTROLLER_IS.exec(sentence)),
        () => ((m) => (m ? nameAfter(sentence, m.index + m[0].length) : undefined))(RESPONSIBLE_IS.exec(sentence)),
        () => ((m) => (m ? nameAfter(sentence, m.index + m[0].length) : undefined))(CY_CONTROLLER_IS.exec(sentence)),
        // (Not the person the label gives as the controller's contact: "Data Controller: Lisa Roberts – Practice Manager".)
        () => ((m) => (m ? ((n) => (n && isPersonName(n) && PERSON_ROLE_AFTER.test(sentence.slice(sentence.indexOf(n) + n.length)) ? undefined : n))(nameAfter(sentence, m.index + m[0].length)) : undefined))(LABEL.exec(sentence)),
        // "The Trust is registered with the Information Commissioner's Office as a Data Controller Royal
        // United Hospitals Bath Z8889967": the name as registered, between the label and its registration number.
        () => ((m) => (m && m[1]!.split(/\s+/).length >= 2 && !/\b(?:Registration|Registered|Number|Reference|No)\b/i.test(m[1]!) ? m[1] : undefined))(REGISTERED_NAME.exec(sentence)),
        () => {
          const m = IS_CONTROLLER.exec(sentence);
          if (!m) return undefined;
          const before = sentence.slice(0, m.index);
          if (/^\s*It\s*$/.test(before)) return it && ORG_WORD.test(it) ? it : undefined;
          // ("The information that you provide … will be processed by the Peak District National Park Authority (PDNPA). We are currently
          // registered as a data controller …": "we" is the body the sentence before says processes it, when nothing else says who "we" are.)
          if (/\b(?:we|We)(?:'re|’re)?\s*$/.test(before) || /^\s*(?:We|we)\b/.test(before.split(/[,;]/).pop() ?? '')) return weAre ? 'we' : ((m) => (m ? nameAfter(previousSentence, m.index + m[0].length) : undefined))(/\b(?:processed|held|collected|used|controlled|managed) by (?:the\s+)?(?=[A-Z])/.exec(previousSentence)) ?? 'we';
          // "Bassetlaw District Council, Queen’s Building, Potter Street, Worksop, Notts, S80 2AH is a Data Controller": the name before its address.
          // ("Example Academy is part of Example Multi Academy Trust, which is the data controller": the comma before "which" ends the name.)
          const unaddressed = before.replace(ADDRESS_AFTER_NAME, '').replace(/,\s*$/, '');
          // ("the Parish through its Parish Priest will be a Data Controller": the body, not the office it acts through.)
          const through = /^(.*?\S)\s*,?\s+(?:through|via|by)\s+(?:its|their)\s+[^,]{2,60}?$/.exec(unaddressed);
          let name = nameEnding(through ? through[1]! : unaddressed);
          // "The Police and Crime Commissioner complies with data protection law (including … the Data Protection Act)
          // and is a registered data controller": a second verb of the sentence's subject, after an aside.
          if ((!name || /\)$|\b(?:Act|Regulations?|GDPR|Law)\b/.test(name)) && /\band\s*$/.test(before)) {
            // ("Coventry City Council Complies with …": a verb in capitals after the name is no part of it.)
            const subject = nameAfter(sentence, 0);
            name = subject?.replace(new RegExp(String.raw`^(.*\b(?:${ORG_WORD.source}))\s+[A-Z][a-z]+s$`), '$1');
          }
          // ("Arbour Housing Limited is a Registered Social Landlord and is registered with the ICO as a Data Controller": the
          // kind of body the subject is described as is no name; the subject is.)
          if (name && new RegExp(String.raw`\b(?:is|are) (?:a|an) ${reEscape(name)}\s+and\s*$`).test(before)) name = nameAfter(sentence, 0);
          if (name && !ORG_WORD.test(name) && OFFICE_BEFORE.test(before.slice(0, before.lastIndexOf(name)))) return undefined;
          // "Organisations sending notifications using X are the data controllers": X is the object
          // of a preposition or participle inside the subject, not the subject.
          const lead = name ? before.slice(0, before.lastIndexOf(name)) : '';
          // ("… is provided to you by the Northwich Town Council which is the data controller": a relative clause says it of X itself.)
          return name && OBJECT_OF.test(lead) && !/^\s+(?:who|which)\b/i.test(m[0]) ? undefined : name;
        },
        () => ((m) => (m ? (m[1] ? `the ${m[1]}` : 'we') : undefined))(MAKES.exec(sentence)),
        // "… is provided by the Scottish Government (the *data controller*), however, we use a third party …": the role in brackets after the name.
        () => ((m) => (m ? nameBefore(sentence, m.index) : undefined))(/\s*\(\s*(?:the\s+)?['‘"“*]*(?:data\s+)?controller['’"”*]*\s*\)/i.exec(sentence)),
        // "Shropshire Fire and Rescue Service (SFRS) is responsible for controlling how your personal data is used": the controller's definition (Art 4(7)) in plain words.
        () => ((m) => (m ? nameBefore(sentence, m.index) : undefined))(/\s+(?:is|are)\s+responsible for (?:controlling|deciding|determining)\s+how\b[^.]*\b(?:data|information)\b/i.exec(sentence)),
        () => ((m) => (m ? nameAfter(m[1]!, 0) : undefined))(CY_MAE.exec(sentence)),
        // Welsh "Comisiwn Senedd Cymru sy'n rheoli'r wybodaeth rydych yn ei rhoi" (… is who controls the information you give): the
        // controller's role in words, its name the whole of what comes before.
        () => ((m) => (m && nameAfter(sentence, 0) === sentence.slice(0, m.index).trim() ? sentence.slice(0, m.index).trim() : undefined))(/\s+sy['’]n\s+rheoli['’]r\s+(?:wybodaeth|data)\b/.exec(sentence)),
        () => ((m) => (m ? nameAfter(sentence, m.index + m[0].length) : undefined))(CY_FEL.exec(sentence)),
        () => ((m) => (m ? nameAfter(sentence, m.index + m[0].length) : undefined))(AS_CONTROLLER.exec(sentence)),
        // The ICO's template: "Dudley MBC (DMBC) collects, uses and is responsible for certain personal information about you".
        () => ((m) => (m ? nameEnding(sentence.slice(0, m.index).replace(/\s*\([A-Z]{2,8}\)\s*$/, '')) : undefined))(/\s+collects,? uses,? and is responsible for (?:certain )?personal (?:data|information)\b/i.exec(sentence)),
        () => ((m) => (m ? nameAfter(sentence, m.index + m[0].length) : undefined))(APPOSED.exec(sentence)),
        // ("Iaith, Uned 3, Parc Busnes Aberarad, Castellnewydd Emlyn, SA38 9DB yw Rheolwr Data": the address after a comma too.)
        () => ((m) => (m ? nameEnding(sentence.slice(0, m.index).replace(TRAILING_ADDRESS, '').replace(ADDRESS_AFTER_NAME, '')) : undefined))(CY_YW.exec(sentence)),
      ];
      let resolved: { name: string; shortName?: string } | undefined;
      for (const read of readings) {
        const name = read();
        resolved = name ? resolve(name, short, weAre, segments) : undefined;
        if (resolved) break;
        if (name && new RegExp(`^(?:the\\s+|y\\s+|yr\\s+)?(?:${ORG_WORD.source})$`, 'i').test(name)) unnamed.push({ name: name.replace(/^(?:the|y|yr)\s+/i, ''), sentence, at: seg.at, inferred: false });
      }
      if (!resolved) continue;
      // Another body's role for a part of the data, the notice's own a processor's ("NHS Digital is the data controller for any
      // personal information you provide to create or access your NHS login. Our role is as a processor of this information"): not the notice's controller.
      if (/\b(?:our role is (?:as |that of )?a (?:data )?processor|we (?:are|act as) (?:a |the |its |their )?(?:data )?processor)\b/i.test(seg.text) && !/^(?:we|us)$/i.test(resolved.name)) continue;
      return { ...resolved, sentence, at: seg.at, inferred: false };
    }
  }
  return undefined;
}

/** The organisations a text names, in order, each once: names ending in an organisation word, Welsh and English names that start with one, and names kind first; never the regulator, a law, a kind of body or a list of several. */
function organisationsIn(text: string): string[] {
  const candidates: { name: string; index: number }[] = [];
  for (const m of text.matchAll(new RegExp(ORG_WORD.source, 'g'))) {
    const name = nameBefore(text, m.index + m[0].length);
    // "Adults, Health and Wellbeing Department" is a part of an organisation: a name of two
    // words or more ending in a strong word is wanted.
    // A name inside a law's title ("the National Health Service (Functions of the Common
    // Services Agency) (Scotland) Order 2008") is not an organisation.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "the Local Government etc. (Scotland) Act 1994": lower-case words and "etc." sit inside a title too.
    if (/^\)?(?:\s*(?:\([^)]*\)|etc\.?|[A-Z][\w'’]*|and|of|for|the|&)){0,6}\s*(?:Order|Act|Regulations?|Rules|Code)\b/.test(after)) continue;
    // "… in relation to Housing Benefit and Council Tax": an organisation's word inside a thing's name ("Council Tax", "Council Tenants").
    if (/^\s+(?:Tax|Taxes|Tenants?|Tenancy|Tenancies|Housing|Meetings?|Chamber|Elections?|Minutes|Agendas?)\b/.test(after)) continue;
    // "(Scottish Charity number SC045925)", "Registered Charity No. 1234": a registration's label, not a name.
    if (/^\s*(?:[Nn]umber|[Nn]o\.?|[Rr]egistration)\b/.test(after)) continue;
    // "We are a registered non-profit Housing Association in Northern Ireland": a kind of body, described, not named.
    // (Its kind's name in capitals too: "… is a charity … and a Company Limited by Guarantee".)
    const described = name ? /\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}$/.test(text.slice(0, m.index + m[0].length - name.length)) : false;
    // ("Service" ends a body's name after the kind of service a public body gives: "South East Coast Ambulance Service".)
    // Welsh "Hysbysiad Preifatrwydd Corfforaethol y Cyngor" is "the Council's corporate privacy notice": a thing of the body's, the body unnamed.
    const genitive = !!name && /\s(?:y|yr)\s+(?:Cyngor|Bwrdd|Ymddiriedolaeth|Awdurdod|Coleg|Ysgol|Brifysgol|Prifysgol|Gwasanaeth|Comisiwn|Llywodraeth)$/.test(name);
    // (Nor an office named in general, "Comisiynwyr Heddlu a Throseddu", police and crime commissioners: the plural, no area.)
    if (name && /^(?:Comisiynwyr|Gomisiynwyr)\b|^(?:Comisiynydd|Gomisiynydd)\s+(?:yr\s+)?Heddlu$/.test(name)) continue;
    if (name && !described && !genitive && name.split(/\s+/).length >= 2 && (!/^(?:Department|Service|Adran|Gwasanaeth)$/.test(m[0]) || (/\b(?:Ambulance|Rescue|Police|Prison|Probation) Service$/.test(name) && !/^(?:Emergency|Non-Emergency|Patient|Urgent|Community|Local|National|Regional|Our|The)\b/i.test(name))) && !GENERIC_OFFICE.test(name)) {
      candidates.push({ name: extendName(text, m.index + m[0].length, name), index: m.index + m[0].length - name.length });
    }
  }
  // Welsh names start with the organisation word: "Cyngor Gwynedd", "Bwrdd Iechyd Prifysgol
  // Caerdydd a’r Fro", "Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru" (a service only of the
  // kinds that are bodies: fire and rescue, ambulance, courts, prisons, probation, prosecution), "Menter Iaith Môn". Where one overlaps an English reading ("Nod Bwrdd Iechyd Prifysgol"), it wins.
  for (const m of text.matchAll(WELSH_ORG)) {
    // ("Comisiynwyr Heddlu a Throseddu", police and crime commissioners: "Heddlu" there is the office's title, not a force.)
    if (/^Heddlu\b/.test(m[0]) && /\b(?:[CcGg]omisiynydd|[CcGg]omisiynwyr)\s+(?:yr?\s+)?$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const name = radical(m[0].replace(/[’'](?:s|n|r)$/, ''));
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]!;
      if (c.index < m.index + name.length && m.index < c.index + c.name.length) candidates.splice(k, 1);
    }
    candidates.push({ name, index: m.index });
  }
  // English names that start with the organisation word ("The Department for Levelling Up,
  // Housing and Communities (DLUHC) sometimes needs to …", "Office for National Statistics").
  for (const m of text.matchAll(ENGLISH_ORG_FIRST)) {
    if (candidates.some((c) => c.index < m.index + m[0].length && m.index < c.index + c.name.length)) continue;
    candidates.push({ name: m[0].replace(/[’']s$/, '').replace(/(?:\s+(?:Privacy|Notice|Policy|Statement|Charter|Personal|Information|Data|GDPR))+$/, ''), index: m.index });
  }
  for (const m of text.matchAll(KIND_FIRST)) {
    if (candidates.some((c) => c.index < m.index + m[0].length && m.index < c.index + c.name.length)) continue;
    const name = m[0].replace(/[’']s$/, '').replace(/(?:\s+(?:Privacy|Notice|Policy|Statement|Charter|Personal|Information|Data|GDPR|Logo|Headquarters|HQ))+$/, '');
    if (name.split(/\s+/).length >= 2) candidates.push({ name, index: m.index });
  }
  // The regulator is named as who the organisation registers with, never as the organisation;
  // a code of practice or an Act is not one either.
  // "Awdurdod Lleol Cyngor Caerdydd a Llywodraeth Cymru": several bodies in a list, not one organisation.
  const several = (name: string) => (name.match(new RegExp(ORG_WORD.source, 'g'))?.length ?? 0) >= 2 && new RegExp(String.raw`\s(?:(?:a|ac|and|neu|or|&)\s+(?:the\s+)?|a['’]r\s+)${ORG_WORD.source}`).test(name);
  // A department or unit of "the Council" ("Adran Rhyddid Gwybodaeth y Cyngor", "Uned Busnes y Cyngor") is a part, not the organisation.
  const part = (name: string) => /^(?:Adran|Uned|Tîm|Gwasanaeth|Department|Unit|Team|Section|Division)\b.*\s(?:y Cyngor|of the Council|y Bwrdd|of the Board|y Coleg|of the College|y Brifysgol|of the University)$/.test(name);
  // (Nor a service's or a team's subject after its Welsh word: "Gwasanaeth Cyngor ar Faterion Tai", the Housing Advice Service, and "y
  // Garfan Cyngor ar Faterion Tai", its team, "cyngor" meaning advice as well as council; "Cyngor ar Bopeth", Citizens Advice, is a body's name.)
  const service = (c: { name: string; index: number }) => /(?:^|\s)(?:[Gg]wasanaeth|[CcGg]arfan|[TtDd]îm|[Uu]ned)\s+$/.test(text.slice(Math.max(0, c.index - 12), c.index));
  // (Nor a question's words: "Which College Department would you like more information about?".)
  return [...new Set(candidates.filter((c) => !REGULATOR.test(c.name) && !GENERIC_NAME.test(c.name) && !AUDIENCE.test(c.name) && !several(c.name) && !part(c.name) && !service(c) && !/\bCode of Practice\b|\bAct\b|\bRegulations?\b|^(?:Which|What|Whose|Who|How|Why|Where|When)\b/.test(c.name)).sort((a, b) => a.index - b.index).map((c) => c.name))];
}

/** A Welsh name with its first word mutated after a preposition or "neu" ("Goleg Ceredigion", "Nghyngor Gwynedd") in its radical form. */
function radical(name: string): string {
  return name.replace(/^(?:Gyngor|Nghyngor|Chyngor)\b/, 'Cyngor').replace(/^(?:Ganolfan|Nghanolfan|Chanolfan)\b/, 'Canolfan').replace(/^Lyfrgell\b/, 'Llyfrgell').replace(/^(?:Brifysgol|Mhrifysgol|Phrifysgol)\b/, 'Prifysgol').replace(/^Fwrdd\b/, 'Bwrdd').replace(/^(?:Goleg|Ngholeg|Choleg)\b/, 'Coleg').replace(/^Lywodraeth\b/, 'Llywodraeth')
    // (The other words bodies' names open with, softly mutated after "i", "gan", "o": "angen i Wasanaeth Tân ac Achub …".)
    .replace(/^Wasanaeth(au)?\b/, 'Gwasanaeth$1').replace(/^Gymdeithas\b/, 'Cymdeithas').replace(/^Gomisiwn\b/, 'Comisiwn').replace(/^Gomisiynydd\b/, 'Comisiynydd').replace(/^Feddygfa\b/, 'Meddygfa').replace(/^Dîm\b/, 'Tîm').replace(/^Brosiect\b/, 'Prosiect').replace(/^Raglen\b/, 'Rhaglen');
}

/** A name's first word as written after "yng", "ym" or "yn", nasally mutated ("yng Nghartrefi Melin"), in its radical form ("Cartrefi Melin"). */
function unNasal(preposition: string, name: string): string {
  if (preposition === 'yng') return name.replace(/^Ngh/, 'C').replace(/^Ng(?!h)/, 'G');
  // (Only the clusters no radical opens with: "ym Mangor" is Bangor but "ym Merthyr" is Merthyr, so M and N stay as written.)
  if (preposition === 'ym') return name.replace(/^Mh/, 'P');
  return name.replace(/^Nh/, 'T');
}

/** Whether a name ends a list of bodies ("… yr Awdurdod Lleol, y Gwasanaeth Addysg Rhanbarthol a Llywodraeth Cymru'n …"): one of several, not the one. */
function lastListed(text: string, name: string): boolean {
  // (The others named by their kind: "Between you, the User of this Web Site and Caring Homes" lists no bodies.)
  const m = new RegExp(String.raw`((?:[^,.]*,){1,4}[^,.]{2,60})\s(?:a|ac|and|&)\s+(?:the\s+|y\s+|yr\s+)?${reEscape(name)}`).exec(text);
  return !!m && ORG_WORD.test(m[1]!);
}

/** A name as a text may write it: a Welsh name, given in its radical form, with its first word mutated ("Coleg y Cymoedd" as "Goleg y Cymoedd"). */
function asWritten(name: string): RegExp {
  const [first, ...rest] = name.split(' ');
  return new RegExp(`${cyMutations(reEscape(first!.toLowerCase()))}${rest.map((w) => ` ${reEscape(w)}`).join('')}`, 'i');
}

/**
 * Whether a name read from a form that says whose notice it is can stand alone: two words or more, an acronym
 * ("NIACRO"), or one capitalised word the text uses as a name at least `uses` times ("Shelter is committed to
 * protecting your privacy. Shelter uses …", "We are Mind, a registered charity"), never a word any sentence
 * may open with ("Everyone", "Staff") or a product.
 */
function namedEnough(name: string, segments: Segment[], uses = 2): boolean {
  // ("You can read more about how Google Analytics processes your personal data": a product the site uses, not whose notice it is.)
  if (PRODUCT.test(name)) return false;
  if (name.split(/\s+/).length >= 2) return true;
  if (/^[A-Z]{3,8}$/.test(name)) return !NOT_ACTOR_ACRONYM.test(name);
  // (An organisation's word alone, "Office", "Service", is how a notice refers to itself, not its name.)
  if (!/^[A-Z][\p{Ll}'’-]{2,30}$/u.test(name) || ONE_WORD_NOT_NAME.test(name) || new RegExp(`^(?:${ORG_WORD.source})$`).test(name) || WELSH_ORG_WORD.test(name)) return false;
  const word = new RegExp(String.raw`(?<![\p{L}])${name.replace(/[’']/g, "['’]")}(?![\p{L}])`, 'gu');
  return segments.reduce((n, s) => n + (s.text.match(word)?.length ?? 0), 0) >= uses;
}
/** A national body's name, which ends in its nation or the UK rather than an organisation's word ("Social Work England", "Public Health Scotland", "Transport for London"). */
const NATION_NAMED = /\s(?:England|Scotland|Wales|Cymru|Northern Ireland|UK|Britain|London)$/;
/** A name of title-cased words that small words may join ("Hospice at Home West Cumbria", "Citizens Advice in the Vale"). */
const TITLE_RUN = /^[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|to|&|in|on|at)){1,8}$/;
/** Welsh words for a part of an organisation or an undertaking ("Asiantaeth", "Adran", "Prosiect"), never a whole body's one-word name. */
// (And the kinds of body a notice calls itself by with the article, "sut mae'r Brifysgol yn …", the University.)
const WELSH_ORG_WORD = /^(?:Nod|Asiantaeth|Adran|Uned|Tîm|Canolfan|Swyddfa|Gwasanaeth|Cynllun|Prosiect|Rhaglen|Prifysgol|Brifysgol|Cyngor|Gyngor|Ymddiriedolaeth|Bwrdd|Fwrdd|Coleg|Goleg|Ysgol|Awdurdod|Llyfrgell|Lyfrgell|Amgueddfa|Comisiwn|Gomisiwn|Comisiynydd|Gomisiynydd|Academi|Heddlu|Llywodraeth|Lywodraeth|Cymdeithas|Gymdeithas|Elusen|Meddygfa|Feddygfa)$/;
/** Words a sentence may open with, or that name a kind of thing, never an organisation's one-word name (products are in PRODUCT, organisations' words in ORG_WORD). */
const ONE_WORD_NOT_NAME = /^(?:We|The|This|That|These|Those|Our|It|Its|Everyone|Everybody|Anyone|Nobody|Someone|Staff|Data|Information|Privacy|Security|Government|Company|Organisation|Mae|Rydym|Bydd|Gall|Ni|Hwn|Hon)$/;

/**
 * The accessibility statement's sentence ("X is committed to making its website accessible, in accordance with the Public Sector
 * Bodies … Accessibility Regulations 2018", Welsh "Mae X wedi ymrwymo i wneud ei wefan yn hygyrch"): the site's accessibility,
 * nothing of personal data, so it names no controller.
 */
const ACCESSIBILITY_STATEMENT = /\bcommitted to making (?:its|our|this|the) (?:web ?sites?|apps?|services?|mobile app(?:lication)?s?)\b[^.]{0,30}\baccessible\b|\bymrwymo i wneud ei (?:g|w)efan(?:nau)? yn hygyrch\b/i;
/** A sentence that opens with a body committed to the reader's privacy, or respecting it, in English or Welsh. */
// (Its clause's number first, "1.1 Historic Environment Scotland respects your privacy and is committed to …", is no part of the name.)
const COMMITTED = /^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?(?:Mae\s+)?((?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][^.,;]{2,80}?(?:\s(?:Cyf|Ltd|Inc)\.)?)\s+(?:\([^()]{1,30}\)\s+)?(?:wedi (?:ei |eu |ein )?ymrwymo|wedi (?:ei |eu )?ymroi|yn ymroddedig|yn ymrwymedig|yn parchu(?:['’]ch| eich) preifatrwydd|is committed|are committed|respects your privacy|values your privacy|takes your privacy seriously|takes (?:data protection|the protection of (?:your )?(?:personal )?(?:data|information))(?: very)? seriously)\b/;
/**
 * The body a sentence says is committed to the reader's privacy, or respects it:
 * "Mae Hyb Gwyddorau Bywyd Cymru (LSHW) wedi ymrwymo i ddiogelu data personol" / "X is committed
 * to protecting your privacy": the organisation the notice speaks for, whatever its name ends with.
 * Also "Gresford Community Council respects your privacy", Welsh "Botwm Coch ( neu “ni”) yn ymroddedig i gadw preifatrwydd …",
 * "Mae Cyfoeth Naturiol Cymru yn ymrwymedig i amddiffyn eich preifatrwydd", "Mae X yn parchu'ch preifatrwydd".
 */
function committedTo(text: string, segments: Segment[]): string | undefined {
  if (ACCESSIBILITY_STATEMENT.test(text)) return undefined;
  // (Or the body named in apposition after its kind: "Mae eich Elusen GIG, Awyr Las, yn ymroddedig i ddiogelu eich preifatrwydd",
  // "Your NHS charity, Awyr Las, is committed to …".)
  const committed = COMMITTED.exec(text) ?? /^(?:Mae\s+)?(?:eich|ein|your|our)\s+[^,.;]{2,40},\s+([A-Z][^.,;]{2,60}),\s+(?:yn ymroddedig|yn ymrwymedig|wedi ymrwymo|is committed|are committed)\b/i.exec(text);
  // ("Mae Cymru Ifanc yn brosiect sy'n cael ei gynnal gan Plant yng Nghymru sydd wedi ymrwymo …": a relative clause commits the body just before it.)
  const committedRelative = committed ? /^(.*[^\s,])\s*,?\s+(?:sydd|which is|who (?:is|are))$/.exec(committed[1]!) : null;
  // (A name whose words a small word joins, "Hospice at Home West Cumbria", is the whole run.)
  // (A scout group's number is part of its name: "6th Morpeth Scouts are committed to …".)
  const ordinal = committed ? /^\d{1,3}(?:st|nd|rd|th)\s+/.exec(committed[1]!)?.[0] ?? '' : '';
  const committedBody = committed ? committed[1]!.slice(ordinal.length) : '';
  const committedRun = committed ? (committedRelative ? nameEnding(committedRelative[1]!) : TITLE_RUN.test(committedBody.trim()) && !/^(?:We|The|This|Our)\b/.test(committedBody) ? committedBody.trim() : nameAfter(committedBody, 0)) : undefined;
  const committedName = committedRun && ordinal && !committedRelative ? `${ordinal}${committedRun}` : committedRun;
  // ("Mae’r CHTh yn ymroddedig …", the article before it: the body by its title, as "The Council is committed".)
  // (Nor a team of the body, "Mae’r Tîm Strategaeth a Pholisi yn ymrwymedig …": a part, not the organisation.)
  return committedName && namedEnough(committedName, segments) && !/^(?:We|The|This|Our|Mae['’]r)(?![\p{L}])/u.test(committedName) && !/^(?:Tîm|Team|Uned|Unit)\s/u.test(committedName) ? committedName : undefined;
}

/** Proposed when no sentence states it: the organisation the title, a "privacy notice of X" line or the opening names. */
function proposed(segments: Segment[], title: string | undefined, sections: { id: Id; heading: string }[] = []): Named | undefined {
  const orgsIn = organisationsIn;
  const orgIn = (text: string): string | undefined => orgsIn(text)[0];
  // Bodies named in one list ("… gan yr Ysgol, Cyngor Sir Gaerfyrddin (ALl) a Llywodraeth Cymru"): the
  // text is about all of them, and says no more about whose notice it is than a title naming them all.
  const listed = (text: string): boolean => {
    const names = orgsIn(text);
    const find = (name: string, from: number): { index: number; end: number } | undefined => {
      const m = asWritten(name).exec(text.slice(from));
      return m ? { index: from + m.index, end: from + m.index + m[0].length } : undefined;
    };
    return names.slice(1).some((name, k) => {
      const before = find(names[k]!, 0);
      const at = before ? find(name, before.end) : undefined;
      // (", a Registered Charity" describes the body before it: English "a" after a comma is no Welsh "and".)
      return !!before && !!at && /^\s*(?:\([^)]{1,40}\))?(?:\s*,\s*(?:(?:and|ac|&|or|neu)\s+)?|\s+(?:and|a|ac|&|or|neu)\s+)(?:the\s+|y\s+|yr\s+)?$/i.test(text.slice(before.end, at.index));
    });
  };
  // Who "we" are, in brackets after the word, before any title: "… will be processed by us (East Renfrewshire Council, Eastwood
  // Park, Giffnock, G46 6UG) for the purposes of …", "We (Bromford Housing Group) process …": the text says it, a title only names.
  for (const seg of segments.slice(0, 40)) {
    if (OTHERS_TOPICS.includes(seg.topic)) continue;
    const m = /\b(?:[Ww]e|(?:by|to|with|from) us)\s+\((?:the\s+)?([A-Z][^(),]{3,80})[,)]/.exec(seg.text);
    const name = m ? orgIn(m[1]!) : undefined;
    if (name && name === m![1]!.trim().replace(/^The\s+/, '') && !REGULATOR.test(name) && !GENERIC_NAME.test(name)) return { name, sentence: seg.text, at: seg.at, inferred: true };
  }
  // The title, else the first heading under it ("Hysbysiad Preifatrwydd" / "Hysbysiad
  // Preifatrwydd - Ysgol Morgan Llwyd"): a title stack names the organisation in its second line.
  for (const [heading, at] of [[title, 'notice'], ...sections.slice(0, 1).map((s) => [s.heading, s.id])] as [string | undefined, Id][]) {
    // A title naming several bodies ("What the School, the Local Authority Carmarthenshire County Council and
    // the Welsh Government do with …") says whose notice it is no more than the text does.
    const names = heading ? orgsIn(heading) : [];
    // (Nor the last of several bodies listed, the others named only by their kind: "Beth mae'r Ysgol, yr Awdurdod Lleol, … a
    // Llywodraeth Cymru'n ei wneud …", "What the School, the Local Authority and the Department for Education do …".)
    const name = names.length === 1 && !lastListed(heading ?? '', names[0]!) ? names[0] : undefined;
    // (Nor a kind of notice read as part of a name: "General Practice Transparency Notice for GPES Data …".)
    if (name && !GENERIC_NAME.test(name) && !/\s(?:Transparency|Fair Processing|Privacy|Data Protection|Cookies?)$/i.test(name)) return { name, sentence: heading!, at, inferred: true };
  }
  // A heading "About X" ("1. About Cromwell Harbour Medical Practice", "1. About NHS Lanarkshire") names the organisation the notice is for.
  for (const section of sections) {
    // (In capitals too: "1. ABOUT CROMWELL HARBOUR MEDICAL PRACTICE", its words read in title case.)
    const heading = /\p{Ll}/u.test(section.heading) ? section.heading : section.heading.replace(/\p{L}+/gu, (w) => (/^(?:OF|AND|THE|FOR|IN|ON|A|AC|Y|YR|O)$/.test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()));
    const about = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:About|Amdanom|Amdan)\s+(?:the\s+|y\s+|yr\s+)?(.{3,80})$/.exec(heading.trim());
    const names = about ? organisationsIn(about[1]!) : [];
    if (names.length === 1 && about![1]!.trim().endsWith(names[0]!) && !GENERIC_NAME.test(names[0]!)) return { name: names[0]!, sentence: section.heading, at: section.id, inferred: true };
  }
  for (const seg of segments.slice(0, 40)) {
    const committedName = committedTo(seg.text, segments);
    if (committedName) return { name: committedName, sentence: seg.text, at: seg.at, inferred: true };
    // "X is a charitable incorporated organisation registered in England with charity number …",
    // "Mae X yn elusen gofrestredig": a registration statement names the legal body the notice speaks for.
    // ("Isabel Hospice is a charity providing specialist palliative care …": a charity, so a body, whatever follows.)
    const registered = /(?:^|[.!?]\s+)(?:Mae\s+)?([A-Z][^.;]{2,120}?)\s+(?:is a (?:registered (?:Scottish |Welsh |English |Northern Irish )?[Cc]harity|charity registered|(?:local |national |small |independent )?charity(?= providing| that| which| working| supporting| dedicated| based| for\b| in\b| offering)|charitable (?:incorporated )?organisation|company limited by guarantee|registered (?:society|company|social landlord)|(?:charitable )?company registered)|is (?:a|an) (?:[\w-]+\s+){0,3}(?:public|statutory) (?:organisation|body|authority|corporation)|is (?:a|an) (?:registered |not-for-profit |non-profit |charitable |community )*(?:housing association|housing provider)|is a partnership\b|is (?:a|an) (?:[\w-]+\s+){0,2}(?:non-departmental public body|executive agency|NHS (?:board|trust|body)|health board|local authority)|is (?:a|an) (?:(?:independent|private|NHS|family|local|community|registered|mixed)\s+)*(?:dental|GP|medical|general|optical|optometry|optometrists?|veterinary) (?:practice|surgery)|yn elusen gofrestredig|yn gwmni cyfyngedig|yn [Ll]andlord [Cc]ymdeithasol [Cc]ofrestredig|yn [Gg]ymdeithas [Dd]ai|yn gorff (?:cyhoeddus|statudol)|yn awdurdod lleol)\b/.exec(seg.text);
    // "Salus Occupational Health, Safety and Return to Work Service is part of NHS Lanarkshire, which is a public
    // organisation": the relative clause says it of the body just before "which", the one the service is part of.
    const which = registered ? /^(.*[^\s,])\s*,?\s+which$/.exec(registered[1]!) : null;
    const registeredName = registered ? (which ? nameEnding(which[1]!) : nameAfter(registered[1]!, 0)) : undefined;
    if (registeredName && namedEnough(registeredName, segments) && !/^(?:We|The|This|Our|It)\b/.test(registeredName) && !REGULATOR.test(registeredName)) return { name: registeredName, sentence: seg.text, at: seg.at, inferred: true };
    // A name over its registration, as a footer line gives it: "THE GURKHA MUSEUM TRUST – Registered Charity No 1169920",
    // "Isabel Hospice | Registered charity number 1234567".
    const footer = /^((?:The |THE )?[A-Z][\w'’&.,-]*(?:\s+(?:[A-Z][\w'’&.,-]*|of|for|and|the|at|in|&)){0,8})\s*(?:[–—|-]|,)\s*(?:a\s+)?[Rr]egistered [Cc]harity (?:[Nn]o\.?|[Nn]umber|[Nn]umbered)/.exec(seg.text.trim());
    if (footer && footer[1]!.split(/\s+/).length >= 2 && !REGULATOR.test(footer[1]!)) return { name: footer[1]!.trim(), sentence: seg.text, at: seg.at, inferred: true };
    // GOV.UK's personal information charter: "These are the standards you can expect from the Environment Agency when we collect, hold
    // or use your personal information"; and a body's duty as it states it: "London Borough of Hackney has a duty to protect the
    // personal data it processes".
    const charter = /\bexpect from (?:the\s+)?([A-Z][^.;,]{2,80}?)\s+when (?:we|it|they)\b|(?:^|[.!?,]\s+)(?:The\s+)?([A-Z][^.;,]{2,80}?)\s+has a (?:legal |statutory )?(?:duty|responsibility|obligation) to (?:protect|safeguard|look after) (?:the |your |all )?(?:personal )?(?:data|information)\b/.exec(seg.text);
    const charterText = charter ? (charter[1] ?? charter[2])! : undefined;
    const charterName = charterText ? nameAfter(charterText, 0) : undefined;
    if (charterName && charterName === charterText!.trim() && namedEnough(charterName, segments, 1) && !REGULATOR.test(charterName) && !GENERIC_NAME.test(charterName) && !PRODUCT.test(charterName)) return { name: charterName, sentence: seg.text, at: seg.at, inferred: true };
    // An office the law makes the controller, as the notice opens on it: "The Electoral Registration Officer and the Returning
    // Officer have a statutory duty to process certain personal data …", "The Senior Coroner has a duty to …".
    const office = /(?:^|[.!?]\s+)(?:The\s+)?((?:Electoral Registration|(?:Acting )?Returning)\s+Officer|(?:Senior |Area |Assistant )?Coroner|Superintendent Registrar)(?:\s+(?:and|&)\s+(?:the\s+)?(?:Electoral Registration|(?:Acting )?Returning)\s+Officer)?(?:\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?\s+(?:has|have|is|are|will|must|processes|process|collects?|uses?)\b/.exec(seg.text);
    if (office) return { name: office[1]!, sentence: seg.text, at: seg.at, inferred: true };
    // The body the law binds, as it says of itself: "Mae’n ofynnol yn ôl y gyfraith i Lyfrgell Genedlaethol Cymru gydymffurfio â
    // Deddf Gwarchod Data 1998", "X is required by law to comply with the Data Protection Act".
    const binds = /\bi\s+([A-Z][^.;]{2,80}?)\s+gydymffurfio â (?:Deddf|GDPR|RhDDC|Rheoliad)|(?:^|[.!?]\s+)(?:The\s+)?([A-Z][^.;]{2,80}?)\s+(?:is|are) (?:required|obliged|bound) (?:by law )?to comply with (?:the )?(?:UK GDPR|GDPR|General Data Protection Regulation|Data Protection Act)/.exec(seg.text);
    const bindsText = binds ? (binds[1] ?? binds[2])! : undefined;
    const bindsName = bindsText ? nameAfter(bindsText, 0) : undefined;
    if (bindsName && bindsName === bindsText!.trim() && bindsName.split(/\s+/).length >= 2 && !REGULATOR.test(bindsName)) return { name: radical(bindsName), sentence: seg.text, at: seg.at, inferred: true };
    // Welsh puts the kind first: "Elusen yng Nghaerdydd yw Maint Cymru" (X is a charity in Cardiff).
    const kindFirst = /(?:^|[.!?]\s+)(?:Elusen|Cwmni|Corff|Sefydliad|Cymdeithas|Awdurdod)\b[^.]{0,60}?\s+yw\s+([A-Z][^.,;]{2,80})/.exec(seg.text);
    const kindFirstName = kindFirst ? nameAfter(kindFirst[1]!, 0) : undefined;
    if (kindFirstName && kindFirstName.split(/\s+/).length >= 2) return { name: kindFirstName, sentence: seg.text, at: seg.at, inferred: true };
    // "… so MHCLG is responsible for ensuring it's processed in line with data protection legislation", "The Trust is
    // responsible for looking after your personal information": the body answerable for the data.
    const answerable = /(?:^|[,;]\s+(?:so|and|but)\s+|[.!?]\s+)(?:The\s+)?([A-Z][^,.;]{1,80}?)\s+(?:is|are)\s+responsible\s+for\s+(?:(?:ensuring|making\s+sure)\s+(?:that\s+)?(?:it|they|your|the|this|all)\b[^.]{0,40}?\b(?:processed|handled|used|kept|protected|managed|held)\b|(?:looking\s+after|protecting|safeguarding|keeping\s+safe)\s+(?:your|the|all)\s+(?:personal\s+)?(?:data|information)\b)/.exec(seg.text);
    const answerableName = answerable ? nameAfter(answerable[1]!, 0) : undefined;
    if (answerableName && answerableName === answerable![1]!.trim() && (ORG_WORD.test(answerableName) || NATION_NAMED.test(answerableName) || /^[A-Z]{3,8}$/.test(answerableName)) && namedEnough(answerableName, segments) && !GENERIC_NAME.test(answerableName) && !REGULATOR.test(answerableName) && !PRODUCT.test(answerableName)) return { name: answerableName, sentence: seg.text, at: seg.at, inferred: true };
    // "The Office for National Statistics (ONS) has created this cookies and privacy statement in order to …": who wrote the notice.
    const wrote = /^(?:The\s+)?([A-Z][^.;,]{2,80}?)\s+(?:\([A-Z]{2,8}\)\s+)?(?:has\s+)?(?:created|published|written|produced|issued|prepared)\s+this\s+(?:[\w ]{0,30}?\s)?(?:privacy|cookies?)\s+(?:notice|statement|policy)\b/.exec(seg.text);
    const wroteName = wrote ? nameAfter(wrote[1]!, 0) : undefined;
    if (wroteName && wroteName === wrote![1]!.trim() && (wroteName.split(/\s+/).length >= 2 || /^[A-Z]{3,8}$/.test(wroteName)) && !REGULATOR.test(wroteName) && !PRODUCT.test(wroteName)) return { name: wroteName, sentence: seg.text, at: seg.at, inferred: true };
    // "At Citizens Advice we collect and use your personal information": the organisation "we" are.
    const at = /(?:^|[.!?]\s+)At ([A-Z][^,.;]{2,60}?),?\s+(?:we|our)\b/.exec(seg.text);
    const atName = at ? nameAfter(at[1]!, 0) : undefined;
    // (Not "At Trust Board level we have …": the whole phrase must be the name.)
    if (atName && atName === at![1]!.trim() && atName.split(/\s+/).length >= 2 && !/^(?:The|This|Our|Your|All|Any|Some)\b/.test(atName)) return { name: atName, sentence: seg.text, at: seg.at, inferred: true };
    // Welsh "Mae eich preifatrwydd yn bwysig iawn i ni yma yng Nghartrefi Melin" (to us here at Melin Homes): the organisation "we"
    // are, its name mutated after "yng" and given in its radical form.
    const cyAt = /\b(?:i ni|inni)\s+yma\s+(yng|yn|ym)\s+([A-Z][\p{L}'’-]+(?:\s+(?:[A-Z][\p{L}'’-]+|a|ac|y|yr)){1,5})/u.exec(seg.text);
    const cyAtName = cyAt ? radical(unNasal(cyAt[1]!, cyAt[2]!.replace(/\s+(?:a|ac|y|yr)$/, ''))) : undefined;
    if (cyAtName && !REGULATOR.test(cyAtName) && !GENERIC_NAME.test(cyAtName)) return { name: cyAtName, sentence: seg.text, at: seg.at, inferred: true };
    // The regulator's template for small organisations: "Our contact details" / "Name: Royal College of
    // Paediatrics and Child Health (RCPCH)" / "Address: …": the name of the organisation the notice is for.
    // (Also "Practice Name: The Royal Crescent and Preston Road Practice", the NHS template's label.)
    const templateName = /^(?:(?:Practice|Organisation|Organization|Company|Charity|School|Surgery|Business|Council|Club|Group)\s+)?Name\s*:\s*(\S.{2,100})$/i.exec(seg.text.trim());
    const heading = sections.find((s) => s.id === seg.at)?.heading ?? '';
    if (templateName && /\b(?:our|contact) details\b|\bwho (?:we are|are we)\b|\bmanylion cyswllt\b/i.test(heading)) {
      const name = nameAfter(templateName[1]!, 0);
      if (name && name.split(/\s+/).length >= 2 && !REGULATOR.test(name) && !isPersonName(name)) return { name, sentence: `${heading}: ${seg.text}`, at: seg.at, inferred: true };
    }
    // "3. Who we are" / "Elizabeth Avenue Group Practice, GP Practice with 4 Partners, running NHS services.": the
    // section that says who "we" are opens with the organisation's name.
    if (/\bwho (?:we are|are we)\b|\babout us\b|\bpwy ydym ni\b|\bamdanom ni\b/i.test(heading) && segments.find((s) => s.at === seg.at) === seg) {
      const opening = nameAfter(seg.text, 0);
      const after = seg.text.slice(seg.text.indexOf(opening ?? '') + (opening?.length ?? 0));
      // (Not a service that says it is one, "The Bus Open Data Service (BODS) is a service for bus operators …": the body that provides
      // it is named after, "The service is provided by the Department for Transport".)
      const aService = /^\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:service|website|tool|platform|app|portal|system)\b/i.test(after);
      if (opening && !aService && opening.split(/\s+/).length >= 2 && ORG_WORD.test(opening) && /^\s*(?:[,(]|(?:is|are|yw)\b)/.test(after) && !REGULATOR.test(opening) && !GENERIC_NAME.test(opening)) return { name: opening, sentence: `${heading}: ${seg.text}`, at: seg.at, inferred: true };
      // (Or a name the text uses again, opening the section as the subject of what the body does: "• WHO WE ARE" / "Hospiscare
      // provides a range of palliative care and end-of-life services …" / … / "The Data Protection Officer, Hospiscare, …".)
      if (opening && /^\p{Lu}/u.test(opening) && !/^(?:We|Our|Us|It|They|This|That|These|The)\b/.test(opening) && seg.text.startsWith(opening) && /^\s+(?:provides?|offers?|delivers?|runs?|supports?|works?|cares?|is|are|was (?:founded|established|set up))\b/.test(after) && namedEnough(opening, segments) && !REGULATOR.test(opening) && !GENERIC_NAME.test(opening) && !isPersonName(opening)) return { name: opening, sentence: `${heading}: ${seg.text}`, at: seg.at, inferred: true };
    }
    // "Seaview Primary School and Nursery Unit collect and use pupil information under …": who collects, as the sentence's subject.
    // ("Social Work England will process your responses to the … survey": a national body's name ends in its nation, not an organisation's word.)
    const subject = /^(?:The\s+)?([A-Z][^.;,]{2,80}?)\s+(?:collects?|uses?|processes|process|(?:will|may)\s+(?:collect|use|process|hold|retain|keep|store))\s+(?:and\s+(?:uses?|processes|process|holds?|stores?)\s+)?(?:your\s+|pupil\s+|patient\s+|personal\s+|the\s+)*(?:data|information|responses|details)\b/.exec(seg.text);
    const subjectName = subject ? nameAfter(subject[1]!, 0) : undefined;
    if (subjectName && subjectName === subject![1]!.trim() && subjectName.split(/\s+/).length >= 2 && (ORG_WORD.test(subjectName) || NATION_NAMED.test(subjectName)) && !PRODUCT.test(subjectName) && !REGULATOR.test(subjectName)) return { name: subjectName, sentence: seg.text, at: seg.at, inferred: true };
    // Who the notice says collects and uses the data: "This policy describes how Maint Cymru collects
    // and uses …", "… what to expect when the University of Leicester collects personal information
    // about you", "Personal information is information that Hafan Cymru holds about you",
    // Welsh "Mae'r polisi hwn yn disgrifio sut mae Maint Cymru yn casglu ac yn defnyddio …", "… yn esbonio sut y bydd
    // Ombwdsmon Gwasanaethau Cyhoeddus Cymru yn ymdrin â'ch gwybodaeth bersonol"; who needs to collect it, "efallai y bydd angen i
    // Wasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru gasglu a phrosesu eich data personol".
    // "Information you provide to East Cheshire Hospice will only be used for …": who receives it.
    // (The verb's plain form too, "how the University of Cumbria process your personal data"; and "(we)" after the name.)
    // ("… how and why NatureScot uses data about people", "… how Northern Ireland Assembly Committees (committees) process and protect
    // personal data", "… how Badshot Lea Football Club (also referred to as “the Club”, “we” or “us”) will make use of the data".)
    const how = /\b(?:how|when)(?:\s+and\s+why)?\s+(?:the\s+)?([A-Z][^.;()]{2,80}?)(?:\s*\([^()]{1,80}\))?\s+(?:collects|uses|processes|process|holds|handles|looks after|protects|manages|(?:will|may|does|can)\s+(?:collect|use|process|hold|handle|look after|protect|manage|make use of))\b|\b(?:[Ii]nformation|[Dd]ata) (?:that )?you (?:provide|give|supply) to (?:the\s+)?([A-Z][^.;]{2,60}?) (?:will|is|are|may)\b|\b(?:information|data) (?:that|which) (?:the\s+)?([A-Z][^.;]{2,60}?) (?:holds|keeps|has|collects|processes) about you\b|\b(?:(?:disgrifio|esbonio|egluro|nodi|amlinellu|trafod|dweud) )?sut (?:mae|y mae|bydd|y bydd)(?:['’]r|\s+(?:y|yr))?\s*([A-Z][^.;()]{2,80}?)(?:\s*\((?:ni|we|[“"‘'][^()]{1,30}[”"’'])\))?\s+yn\s+(?:casglu|defnyddio|prosesu|trin|diogelu|rheoli|ymdrin)\b|\b(?:angen|rhaid) i\s+([A-Z][^.;()]{2,80}?)\s+(?:gasglu|brosesu|ddefnyddio|gadw|drin)\b/.exec(seg.text);
    // Also the passive: "… what to expect when your information is processed by the EMRTS."
    // Welsh "pan gaiff eich gwybodaeth bersonol ei phrosesu gan y Rhwydwaith Trawma De Cymru" (when your information is processed by …),
    // "Mae DSPP yn cael ei weithredu gan Iechyd a Gofal Digidol Cymru, <address>" (the service is operated by …), "Mae Cymru
    // Ifanc yn brosiect sy'n cael ei gynnal gan Plant yng Nghymru" (a project run by …); English "X is a project run by Y".
    // ("'Time for You' is a mental health support service funded by SAMH (…). It’s delivered by SAMH, in collaboration with …": the
    // service's own sentence, "it is delivered by".)
    const by = /(?:\b(?:information|data) (?:is|are) (?:processed|collected|used|held)|\b(?:is|are) (?:a|an) (?:[\w-]+\s+){0,2}(?:project|programme|service|initiative|website) (?:run|delivered|managed|hosted|operated|led)|(?:^|[.!?]\s+)(?:It|The service|This service)(?:['’]s| is) (?:run|delivered|managed|provided|operated|led)) by (?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the))*)\s*[.,;]|(?:\b(?:gwybodaeth|data)\b[^.;]{0,30}\b(?:ei|eu)\s+(?:ph|b|p)rosesu|\byn cael (?:ei|eu)\s+(?:g?weithredu|g?ynnal|redeg|rhedeg)|\ba weithredir)\s+gan\s+(?:y\s+|yr\s+)?([A-Z][\p{L}'’&-]*(?:\s+(?:[A-Z][\p{L}'’&-]*|a|ac|y|yr|o))*)\s*[.,;]/u.exec(seg.text);
    // ("Any personal data collected by the OCC will be processed …": who collects it, an acronym alone.)
    const collectedBy = /\b(?:information|data) (?:collected|held|processed) by (?:the\s+)?([A-Z]{2,8})\s+(?:will|is|are|may)\b/.exec(seg.text);
    if (collectedBy && !REGULATOR.test(collectedBy[1]!) && !NOT_ACTOR_ACRONYM.test(collectedBy[1]!)) return { name: collectedBy[1]!, sentence: seg.text, at: seg.at, inferred: true };
    // ("This notice applies to information processed by Notting Hill Genesis about housing applicants": the same without "is", the name before "about".)
    // (And "… processed by or on behalf of Umbrella Medical [Hatherton Medical Centre, …]": the name before its members in brackets.)
    // ("This Privacy Notice applies to all information held by St Christopher’s Hospice Group relating to individuals, …".)
    // ("… applies to all personal information processing activities carried out by The Money and Pensions Service (MaPS)".)
    const applies = by ? null : /\b(?:(?:applies to|covers) (?:all (?:of )?)?(?:the )?(?:personal )?(?:information|data) (?:(?:processed|held)|processing(?: activities)? carried out)|(?:data )?processing (?:practices|activities) (?:carried out|undertaken)) by (?:or on behalf of )?(?:[Tt]he\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the))*)(?:\s+(?:about|as well as|in relation to|relating to|concerning|regarding)\b|\s*[[(]|\s*\.\s*$)/.exec(seg.text);
    const byText = by ? (by[1] ?? by[2])! : applies?.[1];
    const byName = byText ? nameAfter(byText, 0) : undefined;
    if (byName && byName === byText!.trim() && (byName.split(/\s+/).length >= 2 || /^[A-Z]{3,8}$/.test(byName)) && !REGULATOR.test(byName) && !NOT_ACTOR_ACRONYM.test(byName)) return { name: byName, sentence: seg.text, at: seg.at, inferred: true };
    const howText = how ? (how[1] ?? how[2] ?? how[3] ?? how[4] ?? how[5])! : undefined;
    const howName = howText ? nameAfter(howText, 0) : undefined;
    // ("… how NIACRO uses your data": an acronym alone too, as for "processed by".)
    // (Never a sentence that sends the reader to another body's words: "I ddysgu mwy ynghylch sut mae Llywodraeth Cymru yn defnyddio
    // data myfyrwyr, ewch i: …", "To find out more about how the Department for Education uses this data, visit …".)
    const referral = /\b(?:to (?:learn|find out|read) more|for more information|visit|go to|ewch i|gweler|i (?:ddysgu|gael gwybod) mwy|am (?:fwy o|ragor o) wybodaeth)\b/i.test(seg.text);
    if (howName && !referral && howName === howText!.trim() && namedEnough(howName, segments) && !REGULATOR.test(howName) && !/\b(?:Services|Team|Department|Unit|Section|Division)$/.test(howName)) return { name: howName, sentence: seg.text, at: seg.at, inferred: true };
    // "Read NHS Grampian's main Privacy Notice", "X's Data Protection Policy": the organisation whose notice or policy it is (a
    // name with an organisation's word, so never a product's policy: "Google Analytics' privacy policy").
    const possessive = /\b([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the)){0,7})['’]s? (?:main |full |own |general )?(?:[Pp]rivacy (?:[Nn]otice|[Pp]olicy|[Ss]tatement)|[Dd]ata [Pp]rotection [Pp]olicy)\b/.exec(seg.text);
    // (A national body's name too, with no organisation's word: "… the details of National Museums Scotland's privacy notice".)
    const possessed = possessive ? organisationsIn(possessive[1]!).at(-1) ?? ((n) => (NATION_NAMED.test(n) && TITLE_RUN.test(n) && !PRODUCT.test(n) && !REGULATOR.test(n) && !/^(?:The|This|Our|Your|Read|See|Visit)\b/.test(n) && segments.filter((x) => x.text.includes(n)).length >= 3 ? n : undefined))(possessive[1]!.trim()) : undefined;
    if (possessed && possessive![1]!.endsWith(possessed) && !GENERIC_NAME.test(possessed)) return { name: possessed, sentence: seg.text, at: seg.at, inferred: true };
    // "… the way in which we (the Public Services Ombudsman for Wales) handle your personal information": who "we" are, in brackets.
    const weBracket = /\bwe \((?:the\s+)?([A-Z][^()]{3,80})\)\s+(?:handle|process|use|collect|hold|look after|manage)\b/.exec(seg.text);
    const bracketed = weBracket ? nameAfter(weBracket[1]!, 0) : undefined;
    if (bracketed && bracketed === weBracket![1]!.trim() && namedEnough(bracketed, segments, 1)) return { name: bracketed, sentence: seg.text, at: seg.at, inferred: true };
    // The name "we" stands for, given in brackets after it: 'NHS England ("we" or "us") uses cookies …', "Leeds City Council
    // (“we”, “us”, “our”) is committed to …".
    const weAfter = /(?:^|[.!?:]\s+)((?:[Tt]he\s+)?[A-Z][^()"“‘.;:]{1,80}?)\s*\(\s*(?:(?:here(?:in)?after|also|together)\s+)?(?:(?:referred to as|called)\s+)?[“"‘'](?:we|ni)[”"’']/.exec(seg.text);
    const weName = weAfter ? nameAfter(weAfter[1]!, 0) : undefined;
    if (weName && weName === weAfter![1]!.replace(/^[Tt]he\s+/, '').trim() && (ORG_WORD.test(weName) || NATION_NAMED.test(weName) || /^NHS\b/.test(weName) || namedEnough(weName, segments, 1)) && !PRODUCT.test(weName) && !REGULATOR.test(weName) && !GENERIC_NAME.test(weName)) return { name: weName, sentence: seg.text, at: seg.at, inferred: true };
    // "We are St Peters Street Medical Practice." names the organisation the notice speaks for.
    // ("We are Historic Environment Scotland, an executive non-departmental public body, …": a name with no organisation's word, described after it.)
    const we = /(?:^|[.!?]\s+)We are (?!a\b|an\b|the\b)([A-Z][^,.;]{2,80})([.;]|,\s+(?:a|an)\s+)?/.exec(seg.text);
    const ours = we ? nameAfter(we[1]!, 0) : undefined;
    if (ours && (ORG_WORD.test(ours) && ours.split(/\s+/).length >= 2 || /^,/.test(we![2] ?? '') && ours === we![1]!.trim() && namedEnough(ours, segments, 1))) return { name: ours, sentence: seg.text, at: seg.at, inferred: true };
    // Welsh "Ni yw Sandy Bear Elusen Profedigaeth Plant, Elusen Gofrestredig rhif …" (We are …).
    const ni = /(?:^|[.!?]\s+)Ni yw (?!['’]r\b|y\b|yr\b)([A-Z][^,.;]{2,80})/.exec(seg.text);
    const niName = ni ? nameAfter(ni[1]!, 0) : undefined;
    if (niName && (ORG_WORD.test(niName) || /\bElusen\b/.test(niName)) && niName.split(/\s+/).length >= 2) return { name: niName, sentence: seg.text, at: seg.at, inferred: true };
    // Who runs the site or service the notice is for: "This Website is owned and operated by Who Cares? Scotland." (the
    // whole run to the full stop: a name may hold a "?"), "The … service (Mavis) is run by NHS England", Welsh "Mae
    // WhatDoTheyKnow yn cael ei redeg gan yr elusen mySociety" (after its kind, "the charity", one word of any case is a name).
    const site = /\b(?:[Tt]his|[Tt]he|[Oo]ur)\s+(?:[Ww]eb\s*[Ss]ite|[Ss]ite|[Pp]ortal|[Aa]pp|[Oo]nline [Ss]ervice)\s+is\s+(?:owned\s+and\s+operated|owned\s+and\s+run|operated|run|managed(?:\s+and\s+operated)?)\s+by\s+(?!us\b|the\s+(?:council|trust|university|school|practice|charity|association)\b)([A-Z][^.;]{2,60}?)\.?\s*$/.exec(seg.text.split(/\.\s/)[0]!);
    // (What follows a comma in small letters is no part of the name: "… managed by CLOSER, the home of longitudinal research".)
    const runner = site?.[1]!.replace(/,\s+\p{Ll}.*$/u, '').trim();
    const siteRunner = runner && runner.split(/\s+/).length <= 8 && !/\b(?:team|staff|department)\b/i.test(runner) ? runner : undefined;
    // (Or an acronym alone: "This website is managed by CLOSER, the home of longitudinal research.")
    if (siteRunner && (siteRunner.split(/\s+/).length >= 2 || (/^[A-Z]{3,8}$/.test(siteRunner) && !NOT_ACTOR_ACRONYM.test(siteRunner)))) return { name: siteRunner, sentence: seg.text, at: seg.at, inferred: true };
    const runBy = /\b(?:is|are)\s+(?:run|operated|managed|owned|owned and operated|owned and run)\s+by\s+(?!us\b)(?:the\s+)?(?:(charity|organisation|company|social enterprise)\s+)?([^.;()]{2,80})|\byn cael ei (?:redeg|reoli|weithredu|berchen)\s+gan\s+(?:yr?\s+)?(?:(elusen|sefydliad|cwmni|fenter gymdeithasol)\s+)?([^.;()]{2,80})/.exec(seg.text);
    const kind = runBy?.[1] ?? runBy?.[3];
    const runByFirst = runBy ? (runBy[2] ?? runBy[4])!.split(/[\s,]+/)[0]! : '';
    const runByName = runBy ? (kind && /^\p{L}[\p{L}\p{N}&'’-]{2,40}$/u.test(runByFirst) && /\p{Lu}/u.test(runByFirst) ? runByFirst : nameAfter((runBy[2] ?? runBy[4])!, 0)) : undefined;
    // ("Neighbourhood Warmth is run by mySociety (registered charity 1076346)": its registration says it is a body.)
    const registeredAfter = !!runByName && new RegExp(String.raw`${reEscape(runByName)}\s*\(\s*(?:a\s+)?(?:registered\s+)?(?:charity|company)\b`, 'i').test(seg.text);
    if (runByName && (kind || registeredAfter || ORG_WORD.test(runByName) || NATION_NAMED.test(runByName) || /^NHS\b/.test(runByName)) && !PRODUCT.test(runByName) && !REGULATOR.test(runByName) && !GENERIC_NAME.test(runByName)) return { name: runByName, sentence: seg.text, at: seg.at, inferred: true };
    // "This Policy applies as between you, the User of this Web Site and Caring Homes the owner and provider of this Web Site."
    const owner = /\b([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}),?\s+(?:(?:is|are)\s+)?the\s+owners?\s+(?:and\s+(?:provider|operator)s?\s+)?of\s+(?:this|the|our)\s+(?:[Ww]eb\s*[Ss]ite|[Ss]ite)\b/.exec(seg.text);
    // (Welsh: "… rhyngoch chi, Defnyddiwr y Wefan hon a Cymorth i Ferched Cymru, perchennog a darparwr y Wefan hon".)
    const ownerCy = owner ? null : /\b(?:a|ac)\s+([A-Z][\p{L}'’&-]*(?:\s+(?:[A-Z][\p{L}'’&-]*|i|y|yr|a|ac|o)){0,6}),\s+perchennog\b/u.exec(seg.text);
    const ownerCyName = ownerCy ? nameAfter(ownerCy[1]!, 0) : undefined;
    if (ownerCyName && ownerCyName === ownerCy![1] && ownerCyName.split(/\s+/).length >= 2) return { name: ownerCyName, sentence: seg.text, at: seg.at, inferred: true };
    const ownerName = owner ? nameAfter(owner[1]!, 0) : undefined;
    if (ownerName && ownerName === owner![1] && ownerName.split(/\s+/).length >= 2 && !/^(?:The|This|Our|User|Users)\b/.test(ownerName)) return { name: ownerName, sentence: seg.text, at: seg.at, inferred: true };
    // The body "we" stands for, given as the item of a list its lead-in announces ("References to ‘we’ or ‘us’ are to:" /
    // "The Royal Scottish Corporation (ScotsCare) registered charity number 207326 …").
    if (seg.kind === 'item' && REFERENCES_TO_WE_INTRO.test(seg.intro ?? '')) {
      const listed = nameAfter(seg.text.replace(/^the\s+/i, ''), 0);
      if (listed && (listed.split(/\s+/).length >= 2 || namedEnough(listed, segments, 1)) && !REGULATOR.test(listed)) return { name: listed, sentence: `${seg.intro} ${seg.text}`, at: seg.at, inferred: true };
    }
    const means = WE_MEANS.exec(seg.text);
    const meant = means ? nameAfter(seg.text, means.index + means[0].length) : undefined;
    if (meant && meant.split(/\s+/).length >= 2) return { name: meant, sentence: seg.text, at: seg.at, inferred: true };
    // (A short name the text gave a body in brackets: "The Roman Catholic Church of Our Lady & St Hugh (the “Parish”) is …" / "…
    // references to ‘we’ and ‘us’ mean the Parish": the body so named.)
    const given = meant ? segments.map((x) => ((g) => (g ? nameBefore(x.text, g.index)?.replace(/^\d+(?:\.\d+)*\.?\s+/, '') : undefined))(new RegExp(String.raw`\s*\(\s*(?:the\s+)?[“"‘']${reEscape(meant)}[”"’']\s*\)`).exec(x.text))).find((n) => n && n.split(/\s+/).length >= 2) : undefined;
    if (given && !REGULATOR.test(given)) return { name: given, sentence: seg.text, at: seg.at, inferred: true };
    const m = NOTICE_OF.exec(seg.text);
    if (m) {
      const name = nameAfter(seg.text, m.index + m[0].length);
      if (name) return { name, sentence: seg.text, at: seg.at, inferred: true };
    }
  }
  // Last of the forms above, a later sentence's subject, or the subject after an opening phrase ("In line with this Act,
  // the SPSO is committed to protecting your privacy"): after every form that reads a segment's first sentence, which
  // names the body more fully when it names it ("Croeso i rybudd preifatrwydd Menter Iaith Rhondda Cynon Taf. Mae Menter
  // Iaith RhCT yn parchu'ch preifatrwydd").
  for (const seg of segments.slice(0, 40)) {
    for (const text of [...sentences(seg.text).slice(1), ...sentences(seg.text).map((t) => t.replace(/^[^,]{3,60},\s+(?:the\s+)?(?=[A-Z])/, ''))]) {
      const name = committedTo(text, segments);
      if (name) return { name, sentence: seg.text, at: seg.at, inferred: true };
    }
  }
  // The opening sentences: "In order for Southern Health and Social Care Trust to help …",
  // "Care Inspectorate Wales (CIW), as part of Welsh Government, is the regulator …".
  const opening = [...new Set(segments.map((s) => s.at))].slice(0, 3);
  scan: for (const seg of segments.slice(0, 12)) {
    // Only running text at the start (the intro and the first sections), never a list of recipients.
    if ((seg.kind !== 'p' && seg.kind !== 'line') || !opening.includes(seg.at) || ['sharing', 'processors', 'complaints', 'contacts', 'cookies'].includes(seg.topic)) continue;
    for (const sentence of sentences(seg.text).slice(0, 2)) {
      // (Unless the list is who "we" are: "We, Angus Housing Association, Ochil View Housing Association, … jointly manage …".)
      // Once the opening has named several bodies together, a later sentence naming one of them does not make it the notice's.
      if (listed(sentence) && !/^We,/.test(sentence)) break scan;
      if (ACCESSIBILITY_STATEMENT.test(sentence)) continue;
      const name = orgIn(sentence.replace(/^(?:our|your|the)\s+['‘][^’']+['’]\s+\w+/i, ''));
      // Not "our 'X' service", nor another body acting on the organisation ("tasks given by the Scottish Government").
      // Nor a body that regulates, funds or commissions it ("governed and regulated by the following bodies: … Care Quality Commission").
      // (Where the sentence writes it: a Welsh name is given in its radical form, the text may mutate it, "gan Gyngor …".)
      const written = name ? asWritten(name).exec(sentence) : null;
      const at = written ? written.index : name ? sentence.indexOf(name) : -1;
      const prefix = name ? sentence.slice(0, at) : '';
      const after = name && at >= 0 ? sentence.slice(at + (written ? written[0].length : name.length)) : '';
      // Nor a body the data is shared with ("… a rhannu’r wybodaeth gyda’r awdurdod lleol perthnasol, Llywodraeth Cymru ac …").
      if (name && /\b[Aa]s (?:a|an)\s+$/.test(prefix)) continue;
      // Nor a part of the organisation ("Mae'r Gwasanaethau Democrataidd, o fewn Uned Busnes y Cyngor, …"), nor a body
      // whose guidance the notice follows ("The Medical Research Council (MRC) has set out guidance for …").
      if (name && /\b(?:within|part of|o fewn|rhan o)\s+(?:the\s+|y\s+|yr\s+)?$/i.test(prefix)) continue;
      // Nor the last of kinds of body listed together ("Beth y mae Ysgolion, Awdurdodau Lleol a Llywodraeth Cynulliad Cymru yn ei wneud …", the
      // Welsh Government's template for pupils' data; "what Schools, Local Authorities and the Welsh Government do").
      if (name && /\b(?:Ysgolion|Awdurdodau Lleol|Schools|Local Authorities|Councils|Cynghorau)\b[^.]{0,40}\s(?:a|ac|and|&)\s+(?:the\s+)?$/.test(prefix)) continue;
      // Nor the body whose law or policy is cited, its name after the title ("… a Pholisi Dysgu Oedolion yng Nghymru 2017 Llywodraeth Cymru").
      if (name && /\b(?:Deddf|Ddeddf|Polisi|Pholisi|Strategaeth|Act|Policy|Strategy|Regulations|Rheoliadau)\b[^.]{0,80}\b(?:19|20)\d\d\s+$/.test(prefix)) continue;
      if (name && new RegExp(String.raw`${reEscape(name)}(?:\s*\([A-Z]{2,8}\))?\s+(?:has\s+|have\s+)?(?:set out (?:guidance|standards|rules)|recommends?|advises?)\b`).test(sentence)) continue;
      // Nor a body whose page the reader is sent to ("please visit the Scottish Government's Information Governance web page").
      if (name && /\b(?:visit|see|go to|read|refer to|check|view|consult)\s+(?:the\s+)?$/i.test(prefix)) continue;
      // Nor the supplier of a system the organisation uses ("… back office software provided by 'Bartec Municipal Technologies Ltd'"), nor a
      // body whose website the reader is sent to ("… on the Health Research Authority (HRA) website").
      // (And one that provides the service to another body: "This site is a service provided to [the council] by SocietyWorks Ltd".)
      if (name && /\b(?:provided|supplied|hosted|developed|operated|managed|run|powered)(?: (?:to|for) (?:\[[^\]]*\]|[^.])[^.]{0,80}?)? by\s+['‘"“]?(?:the\s+)?$/i.test(prefix)) continue;
      // (Welsh the same for a platform: "Darperir y llwyfan meddalwedd y mae'r wefan hon yn rhedeg arno … gan Bang the Table Pty Ltd";
      // and for services: "Cyflwynir y mwyafrif o wasanaethau lleol … gan Gyngor Bwrdeistref Sirol Conwy", delivered by another body.)
      if (name && /\b(?:llwyfan|meddalwedd|system|platform|software)\b[^.]*\bgan\s+$|\b(?:[Cc]yflwynir|[Dd]arperir)\b[^.]*\bgan\s+$/.test(prefix)) continue;
      // Nor a supplier named after its role ("… provided by ARU’s third party service provider, Sponsorcraft Ltd"), nor a body
      // with a system of its own beside the one the page is about ("(Mid Ulster District Council has it's own system)").
      if (name && /\b(?:providers?|suppliers?|processors?|contractors?)\s*,?\s+(?:the\s+)?$/i.test(prefix)) continue;
      if (name && /^\s*(?:has|have)\s+(?:its|it['’]s|their)\s+own\b/i.test(after)) continue;
      if (name && new RegExp(String.raw`${reEscape(name)}(?:\s*\([A-Z]{2,8}\))?(?:['’]s?)?\s+(?:website|web ?site|web ?pages?|site|guidance|leaflet)\b`).test(sentence)) continue;
      // Nor a product or system named like a body ("… stored in the Abavus My Council Services system").
      if (name && new RegExp(String.raw`${reEscape(name)}(?:\s+[A-Z][\w-]*){0,2}\s+(?:system|software|platform|database|portal|app)\b`).test(sentence)) continue;
      // Nor a supplier that runs a service for the organisation ("… yn cael ei gynnal gan Syrenis Ltd (www.syrenis.com) ar ran y Rheoleiddiwr Codi Arian").
      if (name && /^[^.]{0,40}?\b(?:ar ran|on behalf of)\b/i.test(after)) continue;
      // Nor a body that enforces the law, or says it is not responsible ("The Equality and Human Rights Commission (EHRC) is
      // responsible for enforcing the accessibility regulations", Welsh "Y Comisiwn … sy’n gyfrifol am orfodi'r rheoliadau",
      // "Although Warwickshire County Council isn't responsible for the maintenance of …").
      if (name && /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:is|are)\s+(?:responsible|in charge)\s+for\s+(?:enforc|regulat|oversee|overseeing|monitor|inspect)|(?:isn['’]t|is not|aren['’]t|are not)\s+responsible\b|sy['’]n\s+gyfrifol\s+am\s+(?:orfodi|reoleiddio|oruchwylio|fonitro|arolygu))/i.test(after)) continue;
      // Nor the body the organisation has a contract with ("an independent contractor providing primary medical services by way of a contract with NHS Lothian").
      if (name && /\b(?:contract|agreement|partnership|arrangements?) with\s+(?:the\s+)?$/i.test(prefix)) continue;
      if (name && /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|pass(?:es|ed)? (?:it |them |this )?(?:on )?to|rhannu|datgelu|trosglwyddo)\b[^.]*$/i.test(prefix)) continue;
      // Nor the body whose members the service is offered to ("… yn cynnig gwasanaeth cyngor academaidd … i holl fyfyrwyr Prifysgol Bangor", a
      // students' union's service for a university's students; "… open to all students of the University of X").
      if (name && /\b(?:to|for|i|ar gyfer)\s+(?:all\s+|holl\s+|every\s+|pob\s+)?(?:(?:the\s+)?(?:students?|pupils?|staff|patients|members|employees|tenants|residents)(?:\s+(?:of|at|in))?|[mf]yfyrwyr|dd?isgyblion|(?:c|g|ch|ngh)leifion|[gw]eithwyr|aelodau|staff)\s+(?:the\s+|y\s+|yr\s+)?$/i.test(prefix)) continue;
      // Nor a body it works beside ("… public services in Cambridgeshire alongside Peterborough City
      // Council and other public organisations"): a partner, one of several.
      if (name && (/\b(?:alongside|along with|together with|(?:in partnership|jointly|working) with|as well as|such as|including|like)\s+(?:the\s+)?$/i.test(prefix) || /\((?:for example|for instance|e\.g\.|such as|megis|er enghraifft)\b[^()]*$/i.test(prefix) || new RegExp(String.raw`${reEscape(name)},?\s+(?:and|or)\s+(?:other|many|several)\b`).test(sentence))) continue;
      // (Nor a body that sets the organisation's targets or rules: "… in line with our national objective set by NHSE and the UK Health Security Agency".)
      if (name && /\b(?:set|issued|laid down|mandated|directed)\s+by\s+$/i.test(prefix)) continue;
      if (name && !/\b(?:our|your)\s+['‘"“]?$|\b(?:by|from|with|to|of) the\s+(?:[^.]{0,80}\b(?:or|and) the\s+)?$/i.test(prefix) && !/\b(?:regulated|governed|inspected|funded|funding|commissioned|registered with|h?ariannu|h?ariannir|h?ariennir|cyllido|cyllidir|cyllid)\b[^.]*$/i.test(prefix)) return { name, sentence, at: seg.at, inferred: true };
    }
  }
  // Last, the organisation a contact block names at its head or under a role line ("Data Protection
  // Officer" / "Aberdeenshire Council" / "Town House" / …; "Talbot Medical Centre" / "63 Kinson
  // Road" / … / "BH10 4BX"): the notice's own address, the first such block, never one a section
  // about sharing or complaints gives. Inside the block, a line that is the name and its building
  // ("The Information Management Team" / … / "Scottish Borders Council Headquarters" / … / "TD6 0SA").
  for (const [k, seg] of segments.entries()) {
    const before = segments[k - 1];
    // The block's lines, or the items of a list the copy made of it ("please contact:" / "• Data Protection Officer" / "• Belfast Health and Social Care Trust" / …).
    const inGroup = (s: Segment | undefined) => (s?.kind === 'line' && s.group === seg.group) || (s?.kind === 'item' && seg.kind === 'item' && s.at === seg.at && s.intro === seg.intro);
    if ((seg.kind !== 'line' && seg.kind !== 'item') || ['sharing', 'processors', 'complaints'].includes(seg.topic)) continue;
    const headed = inGroup(before) && ROLE_LINE.test(before!.text.trim());
    const addressed = segments.slice(k + 1, k + 8).some((s) => inGroup(s) && POSTCODE.test(s.text));
    const heads = !inGroup(before) && addressed;
    const within = inGroup(before) && addressed;
    if (!headed && !heads && !within) continue;
    const name = orgIn(seg.text);
    const line = seg.text.trim().replace(/[,.]$/, '');
    if (name && ((headed || heads) && name === line || within && BUILDING.test(line) && name === line.replace(BUILDING, ''))) return { name, sentence: headed ? `${before!.text} / ${seg.text}` : seg.text, at: seg.at, inferred: true };
  }
  // Or the body a table of the notice's contact details names in its first row ("| Our Contact Details |" / "| Royal College of
  // Paediatrics and Child Health (RCPCH) |" / "| 5-11 Theobalds Road, London, WC1X 8SH |" …).
  for (const seg of segments) {
    if (seg.kind !== 'cell' || !/^(?:our\s+|the\s+)?contact details(?:\s+for us)?:?$/i.test((seg.head ?? '').trim()) || segments.find((x) => x.kind === 'cell' && x.head === seg.head && x.at === seg.at && x.text.trim() !== x.head?.trim()) !== seg) continue;
    const cell = seg.text.trim().replace(/\s*\([A-Z]{2,8}\)$/, '');
    const name = orgIn(cell);
    // (The whole cell, a name of title-cased words the organisation word opens: "Royal College of Paediatrics and Child Health".)
    if (name && (name === cell || (cell.startsWith(name) && TITLE_RUN.test(cell))) && !GENERIC_NAME.test(cell) && !REGULATOR.test(cell)) return { name: cell, sentence: seg.text, at: seg.at, inferred: true };
  }
  // Or the body an address label names first, on the notice's own contact line ("Our contact details" / "Address: Willen Hospice,
  // Milton Road, Willen Village, Milton Keynes, MK15 9AB").
  for (const seg of segments) {
    if (OTHERS_TOPICS.includes(seg.topic)) continue;
    const m = /^(?:(?:Postal|Our|Registered|Head Office)\s+)?[Aa]ddress\s*:\s*([^,]{3,80}),/.exec(seg.text.trim());
    if (!m || !POSTCODE.test(seg.text)) continue;
    const name = orgIn(m[1]!);
    if (name && name === m[1]!.trim() && !GENERIC_NAME.test(name) && !REGULATOR.test(name)) return { name, sentence: seg.text, at: seg.at, inferred: true };
  }
  return actor(segments);
}

/** A capitalised word or an acronym, then up to six more joined as names join them ("Rhentu Doeth Cymru", "Charity Right", "BSO"). */
const NAME_RUN = String.raw`(?:[A-Z][\p{L}\p{N}'’&.-]*)(?:\s+(?:(?:of|for|and|the|&|on|in|y|yr|a|ac|o)\s+)?[A-Z][\p{L}\p{N}'’&.-]*){0,6}`;
/** "BSO respects the security …", "… how SHR uses …": a name as the subject of what an organisation does. */
const ACTS = new RegExp(String.raw`(?:^|[.!?:]\s+|\b(?:by|that|which|how|when|where|why)\s+)(?:The\s+)?(${NAME_RUN})(?:\s+\([A-Z]{2,8}\))?\s+(?:is|are|has|have|uses|collects|processes|holds|respects|provides|will|may|must|needs|works|aims|takes|keeps|shares|does|can|would|should|recognises|understands|believes|values|wants|only|also|never|receives|gathers|obtains|stores|records|asks|seeks|operates|runs|carries|delivers|offers|employs|acts|retains)\b`, 'gu');
/** Welsh puts the verb first: "Gall Rhentu Doeth Cymru brosesu data personol …", "Mae X hefyd yn derbyn …". */
const ACTS_CY = new RegExp(String.raw`\b(?:[Mm]ae|[Gg]all|[Bb]ydd|[Nn]id yw|[Nn]ad yw|[Bb]yddai|[Dd]ylai|[Rr]haid i)\s+(${NAME_RUN})(?:\s+\([A-Za-z]{2,8}\))?\s+(?:yn|wedi|hefyd|ddim|brosesu|gadw|ddefnyddio|gasglu|rannu|sicrhau)\b`, 'gu');
/** Words that open a sentence or name a thing, a person or a law, never the organisation itself. */
const NOT_ACTOR = /^(?:We|Our|You|Your|It|Its|This|These|Those|That|There|They|Their|The|If|When|Where|What|Who|How|Why|Data|Personal|Information|Some|All|Any|Each|Such|No|Most|Many|In|For|Please|Processing|Staff|Patients?|Pupils?|Students?|Parents?|Users?|Visitors?|Children|Members?|He|She|I|Mae|Nid|Yr?|Google(?:\s.*)?|Microsoft(?:\s.*)?|Facebook|Cookies?)$|^(?:The|This|Our|Your|If|When|We|You|It|In|All|Any|Some|Each|Every|Where)\s|\b(?:Act|Regulations?|Order|Code|Directive|GDPR|Regulation)\b/;
/** Acronyms of laws, regulators, kinds of data and common bodies a notice names as subjects without being them. */
const NOT_ACTOR_ACRONYM = /^(?:GDPR|UKGDPR|UK|EEA|EU|NHS|ICO|DPO|DPA|CCTV|IT|HR|SAR|FOI|FOIA|HMRC|DWP|GP|GPs|CQC|DBS|CO|PCC|ONS|HSE|PECR|URL|IP|SMS|PDF|OK|ID|CV|MP|MPs|AI|ICB|ICS|CCG|PCN|LA|MAT|HSCP)$/;

/**
 * Last, the name the notice uses the way it uses "we": the subject of what an organisation does,
 * twice, or once and named again elsewhere ("BSO respects the security and privacy …", "BSO is
 * notified under the UK GDPR …"). A name of one word must be an acronym; never the regulator, a
 * person, a law or a product. Proposed only; the note asks for the legal name.
 */
function actor(segments: Segment[]): Named | undefined {
  const subjects = new Map<string, { count: number; seg: Segment }>();
  for (const seg of segments) {
    if (OTHERS_TOPICS.includes(seg.topic)) continue;
    for (const m of [...seg.text.matchAll(ACTS), ...seg.text.matchAll(ACTS_CY)]) {
      const name = m[1]!.replace(/[’']s$/, '').trim();
      const one = !/\s/.test(name);
      if (NOT_ACTOR.test(name) || (one && (!/^[A-Z][A-Z&]{1,7}$/.test(name) || NOT_ACTOR_ACRONYM.test(name)))) continue;
      if (REGULATOR.test(name) || GENERIC_NAME.test(name) || AUDIENCE.test(name) || isPersonName(name)) continue;
      const had = subjects.get(name);
      subjects.set(name, { count: (had?.count ?? 0) + 1, seg: had?.seg ?? seg });
    }
  }
  const text = segments.map((s) => s.text).join('\n');
  const named = [...subjects].map(([name, { count, seg }]) => ({ name, count, seg, all: text.split(name).length - 1 }));
  named.sort((a, b) => b.count - a.count || b.all - a.all);
  // (Never a service the text always calls "the X", with no organisation's word in it: "The Data Marketplace provides a way for people
  // … to share data" / "… sign in to the Data Marketplace …", a service the Central Digital and Data Office runs.)
  const best = named.find((n) => ORG_WORD.test(n.name) || (text.match(new RegExp(String.raw`\bthe\s+${reEscape(n.name)}`, 'gi'))?.length ?? 0) < n.all);
  // (Or the subject of the notice's opening sentence, named again: "SCIAF works towards a world in which …" / … "when you contact SCIAF".)
  return best && (best.count >= 2 || best.all >= 3 || (best.seg === segments[0] && best.seg.text.startsWith(best.name) && best.all >= 2)) ? { name: best.name, sentence: best.seg.text, at: best.seg.at, inferred: true } : undefined;
}

// Also "Llyfrgell Genedlaethol Cymru", "Amgueddfa Cymru", "Comisiynydd Plant Cymru" ("Gwasanaeth" is
// not one: it opens the name of a service inside an organisation, "Gwasanaeth Ymholiadau").
// The first word may be mutated ("mae gofyn i Gyngor Sir Ceredigion …"): the name is given in its radical form.
// ("CBS Castell-nedd Port Talbot": Cyngor Bwrdeistref Sirol, a county borough council, abbreviated as the council writes it.)
const WELSH_ORG = /\b(?:Gwasanaeth (?:Tân|Ambiwlans|Llysoedd|Carchardai|Prawf|Erlyn)(?=\s+(?:ac?\s+)?[A-Z])|Menter Iaith|CBS(?=\s+[A-Z])|Meddygfa|Cyngor|Gyngor|Nghyngor|Chyngor|Coleg|Goleg|Ngholeg|Choleg|Heddlu|Prifysgol|Brifysgol|Mhrifysgol|Phrifysgol|Ysgol|Bwrdd Iechyd|Fwrdd Iechyd|Llywodraeth|Lywodraeth|Arolygiaeth|Comisiwn|Ymddiriedolaeth|Awdurdod|Cymdeithas|Llyfrgell|Amgueddfa|Comisiynydd)(?:\s+(?:(?:a['’]r|a|ac|y|yr|o|ar)\s+)?[A-Z][\p{L}\p{N}_'’-]+)+/gu;

/**
 * An office that is a room or a function, not a body ("our Head Office", "the Registered Office",
 * "the Practice Office"): "Office" ends a body's name only after a word of its own ("Cabinet Office",
 * "Home Office", "Scotland Office").
 */
const GENERIC_OFFICE = /(?:^|\s)(?:Head|Registered|Main|Regional|Local|Central|Area|District|Press|Records|Post|Box|Front|Back|Ticket|Booking|Sorting|School|Practice|Council|College|Protection|Commissioner['’]s|Information|Private|Reception|Our|Your|The)\s+Office$/i;

/**
 * Names that open with their kind, then the area: Scotland's health boards and police ("NHS
 * Lanarkshire", "NHS Greater Glasgow and Clyde", a force "Police <place>"). Not the NHS's services and
 * records ("NHS Number", "NHS App"), nor names that end in their kind ("NHS Foundation Trust"), nor
 * the national bodies a local notice names as others ("NHS Scotland given tasks by …", "the NHS
 * Digital website").
 */
const KIND_FIRST = /\bPolice (?!(?:Officers?|Stations?|Forces?|Constables?|Staff|Act|Acts|Services?|Records?|National|Data|Information|Authority|Authorities|Reform|Powers?)\b)[A-Z][a-z][\w'’-]*(?!\s+(?:[A-Z]|and\b|of\b))|\bNHS (?!(?:Number|Numbers|Codes?|App|Login|Constitution|Act|Acts|Choices|Trust|Trusts|Foundation|Care|Services?|Mail|Spine|Test|Website|Staff|Pensions?|Jobs|Net|Direct|Body|Bodies|Organisations?|Records?|Hospitals?|Patients?|Data|Information|National|Scotland|England|Wales|Cymru|UK|Digital|Inform|Northern Ireland)\b)(?:[A-Z][a-z][\w'’-]*|\d+)(?:\s+(?:(?:and|&)\s+)?[A-Z][a-z][\w'’-]*){0,3}/g;

const ENGLISH_ORG_FIRST = /\b(?:Department|Ministry|Office|Agency|University|College|Institute|Academy) (?:for|of) (?:the )?[A-Z][\w'’-]*(?:,?\s+(?:(?:and|&|of|for|the)\s+)*[A-Z][\w'’-]*){0,6}/g;

const REGULATOR = /Information Commissioner|Comisiynydd Gwybodaeth|\bICO\b/;

/** "as a Data Controller Royal United Hospitals Bath Z8889967": a name, then the ICO registration number. */
const REGISTERED_NAME = /\bData Controller:?\s+([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|the)){0,8}?)\s*,?\s*(?:reference\s+|registration\s+(?:number\s+)?)?Z[A-Z0-9]{6,8}\b/;

/** The words that close a legal name ("… NHS Foundation Trust", "… Council", "… Ltd"): nothing after them is more of it. */
const LEGAL_FORM_END = /\b(?:NHS (?:Foundation )?Trust|Council|Limited|Ltd|plc|Cyf|LLP|CIC)\b/g;

/** "Care Inspectorate" + " Wales (CIW), …" → "Care Inspectorate Wales": capitalised words after the organisation word, up to punctuation. */
function extendName(text: string, end: number, name: string): string {
  // "… by Sherwood Forest Hospitals NHS Foundation Trust Occupational Health": after a name that
  // ends in its legal form the capitalised words are a department, not more of the name.
  if (new RegExp(`${LEGAL_FORM_END.source}$`).test(name)) return name;
  const m = /^\s+(?:for|of)\s+[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+(?=[\s.,;:)]|$)|^(?:\s+(?:for\s+|of\s+)?(?!Privacy\b|Notice\b|Policy\b|GDPR\b|Data\b|Statement\b|Cookies?\b|Website\b)[A-Z][\w'’-]+){1,3}/.exec(text.slice(end));
  if (!m) return name;
  const extended = `${name}${m[0]}`.replace(/[’']s$/, '');
  // "… NHS Foundation" + " Trust Occupational Health": the extension ends at the legal form too.
  for (const form of extended.matchAll(LEGAL_FORM_END)) {
    const end = form.index + form[0].length;
    if (end > name.length) return extended.slice(0, end);
  }
  return extended;
}

/** An instruction's verb opening a run of capitalised words ("Read the University's data protection policy"). */
const IMPERATIVE_OPENING = /^(?:Read|See|Visit|View|Contact|Please|Email|Call|Write to|Click|Find|Go to|Download|Ask|Tell|Darllenwch|Gweler|Ewch i)\s/;
/** A registration's label ("Company Number SC210878", "Rhif Elusen"). */
const REGISTRATION_LABEL = /\b(?:Company|Charity|Registration|Registered|Charity Registration)\s+(?:Number|No\.?)\b|\bRhif (?:Cwmni|Elusen|Cofrestru)\b/i;
/** A kind of body in the plural ("The Landlords", "Councils"): every one of a kind, no one body. */
const PLURAL_KIND = /^(?:The\s+)?(?:Landlords|Councils|Trusts|Schools|Academies|Practices|Surgeries|Partners|Providers|Authorities|Boards|Agencies|Organisations|Charities|Companies|Hospitals|Colleges|Universities)$/;
/**
 * What no organisation's name is, however it was read: an instruction's verb with its object ("Read the University"), a
 * heading's number before a kind of body ("1 Council"), a registration label ("Company Number SC210878"), a kind of body in
 * the plural ("The Landlords"), one of a kind the sentence leaves open ("passed to the relevant Lead Local Flood Authority who
 * acts as the data controller"), or an office of the body ("the Parish through its Parish Priest").
 */
function notAName(name: string, sentence: string): boolean {
  if (IMPERATIVE_OPENING.test(name) || /^\d+(?:\.\d+)*\.?\s/.test(name) || REGISTRATION_LABEL.test(name) || PLURAL_KIND.test(name)) return true;
  const written = reEscape(name.replace(/^the\s+/i, ''));
  return new RegExp(String.raw`\b(?:the\s+)?(?:relevant|appropriate|respective|applicable)\s+${written}\b|\b(?:through|via|by)\s+(?:its|their)\s+${written}\b`, 'i').test(sentence);
}

/** "Mae'r cyngor wedi ei gofrestru fel rheolydd data", "the Council, as data controller, …": the controller called by its organisation word only. */
function bareController(segments: Segment[]): Named | undefined {
  const pattern = new RegExp(String.raw`(?:\bthe|\by|\byr|['’]r)\s+(${ORG_WORD.source.replace(/^\\b/, '')})[^.]{0,60}?\b(?:(?:data\s+)?controller|rheolydd data|rheolwr data)\b`, 'i');
  for (const seg of segments) {
    const m = pattern.exec(seg.text);
    if (m) return { name: m[1]!, sentence: seg.text, at: seg.at, inferred: true };
  }
  return undefined;
}

/** The kinds of body a notice calls itself by ("the University", "the Council"), in English. */
const KIND_WORDS = ['University', 'Council', 'College', 'School', 'Academy', 'Trust', 'Practice', 'Surgery', 'Hospice', 'Charity', 'Association', 'Society', 'Board', 'Authority', 'Commission', 'Service', 'Partnership'];

/**
 * The notice calls itself by its kind ("research carried out by the University", "the Council is the data controller") and names
 * exactly one body of that kind in full ("… the University of Cumbria Privacy Notice"): that body, proposed. Two bodies of the
 * kind (a partner named beside it) leave it unsaid.
 */
function kindNamed(segments: Segment[], unnamed: Named | undefined): Named | undefined {
  const text = segments.map((s) => s.text).join('\n');
  const kinds = unnamed ? [unnamed.name.replace(/^(?:the|y|yr)\s+/i, '')] : KIND_WORDS.filter((k) => new RegExp(String.raw`\bthe ${k}\b(?!\s+(?:of|for)\b)(?!['’]s\s+(?:website|site))`).test(text));
  if (kinds.length !== 1 || !KIND_WORDS.some((k) => k.toLowerCase() === kinds[0]!.toLowerCase())) return undefined;
  // (A body of that kind by its name's shape: "… County Council", "University of …"; not one whose name only holds the word, "Charity Commission",
  // nor a code's title, "Records Management Code of Practice".)
  const kind = new RegExp(String.raw`\b${kinds[0]}$|^(?:The\s+)?${kinds[0]}\s+(?:of|for)\s`, 'i');
  const bodies = new Map<string, Segment>();
  for (const seg of segments) {
    // (Nor a kind described, "other Council services", "the NHS Scotland Board of residence".)
    // ("… the Participant Information Sheet and the University of Cumbria": the part that is a body of the kind.)
    for (const n of organisationsIn(seg.text).map((run) => run.split(/\s+(?:and|&)\s+(?:the\s+)?/).reverse().find((part) => kind.test(part)) ?? run)) {
      // (Nor a role in it, "Member of the Council", nor a body among others the text lists: "Other data controllers the Council
      // works with are: Other Local Authorities such as Bolsover District Council …".)
      if (!kind.test(n) || /\bCodes?\b/.test(n) || /\bof the\s+\S+$/.test(n) || /^(?:Other|Another|Any|Each|Every|Neighbouring|Relevant|Local|Your|Our|This|That|These|Those)\b/i.test(n) || new RegExp(String.raw`${reEscape(n)}\s+(?:of|for)\s+\p{Ll}`, 'u').test(seg.text)) continue;
      if (seg.kind === 'item' || /\bother (?:data controllers|organisations|bodies|authorities|councils|agencies)\b|\bpartners?\b|\bworks? with\b|\balongside\b/i.test(`${seg.intro ?? ''} ${seg.text.slice(0, seg.text.indexOf(n))}`)) continue;
      if (!GENERIC_NAME.test(n) && !REGULATOR.test(n) && !bodies.has(n)) bodies.set(n, seg);
    }
  }
  const only = bodies.size === 1 ? [...bodies][0] : undefined;
  return only ? { name: only[0], sentence: only[1].text, at: only[1].at, inferred: true } : undefined;
}

/** A title that names the notice after (or before) a name: "Clydesdale Community Initiatives customer privacy notice", "Privacy notice - Harbour Trust". */
const TITLE_NAMES = /^(?:The\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|&|in|on|at)){1,7}?)(?:['’]s?)?\s+(?:(?:[a-z]+\s+){0,2})(?:[Pp]rivacy (?:[Nn]otice|[Pp]olicy|[Ss]tatement)|[Ff]air [Pp]rocessing [Nn]otice|[Dd]ata [Pp]rotection (?:[Nn]otice|[Pp]olicy|[Ss]tatement))$|^(?:[Pp]rivacy (?:[Nn]otice|[Pp]olicy|[Ss]tatement)|[Hh]ysbysiad [Pp]reifatrwydd|[Pp]olisi [Pp]reifatrwydd)\s*[-–—:|]\s*(?:The\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|&|in|on|at)){1,7})$/;

/** The last word of a role, a part of a body or a place in an address ("Data Protection Officer", "Legal Department", "West Quay Road"): never a body's name. */
const ADDRESS_PART_END = /\b(?:Officer|Secretary|Co-?ordinator|Manager|Team|Lead|Department|Unit|Directorate|Division|Section|Office|House|Building|Road|Street|Quay|Lane|Floor|Centre|Square|Place|Way|Avenue)$/i;

/**
 * Last of all, the name a title gives the notice's owner, when the text names it again ("Clydesdale Community Initiatives customer
 * privacy notice" / … / "Post" / "Clydesdale Community Initiatives, Langloch Farm, …"), or the name that opens the notice's own
 * postal address ("Clydesdale Community Initiatives, Langloch Farm, Hyndford Road, LANARK, …, ML11 9TA") outside the sections about
 * others: whose notice it is, proposed.
 */
function ownerNamed(segments: Segment[], title: string | undefined): Named | undefined {
  const mentions = (name: string) => segments.filter((s) => s.text.includes(name)).length;
  const t = title ? TITLE_NAMES.exec(title.trim()) : null;
  const fromTitle = t ? (t[1] ?? t[2])!.trim() : undefined;
  if (fromTitle && fromTitle.split(/\s+/).length >= 2 && !/\b(?:Privacy|Data|Notice|Policy|Website|Web|Site|General|Full|Staff|Customer|Patient|Student|Pupil|Employee|Applicant|Supporter|Volunteer|Member|Tenant|Corporate|Our|Your|This|Cookie|Cookies)\b/i.test(fromTitle) && !REGULATOR.test(fromTitle) && !PRODUCT.test(fromTitle)) {
    // (The text gives it again as a body: at the head of an address, or with its registration; a service's name, "Adult Social Care", it never does.)
    const seg = segments.find((s) => s.text.includes(fromTitle) && (POSTCODE.test(s.text) || /\b(?:registered|charity|company)\b/i.test(s.text)));
    if (seg) return { name: fromTitle, sentence: title!, at: 'notice', inferred: true };
  }
  // (Or the body the opening describes: "Community Places is the only region-wide charity which provides advice …".)
  for (const seg of segments.slice(0, 8)) {
    if (OTHERS_TOPICS.includes(seg.topic)) continue;
    const m = /^(?:The\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|&)){1,6})\s+(?:\([A-Z]{2,8}\)\s+)?is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:charity|charitable\s+\w+|organisation|organization|company|social enterprise|co-?operative|membership body|public body|community interest company|voluntary\s+\w+|housing association)\b/.exec(seg.text.trim());
    const name = m?.[1];
    if (name && !REGULATOR.test(name) && !PRODUCT.test(name) && !GENERIC_NAME.test(name) && !/^(?:NHS|HM|UK)\b/.test(name) && (mentions(name) >= 2 || seg.topic === 'about' || seg.topic === 'controller' || seg === segments[0])) return { name, sentence: seg.text, at: seg.at, inferred: true };
  }
  for (const seg of segments) {
    if (OTHERS_TOPICS.includes(seg.topic) || !POSTCODE.test(seg.text)) continue;
    const head = /^([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|&)){1,7}),\s/.exec(seg.text.trim());
    const name = head?.[1];
    if (!name || ROLE_LINE.test(name) || ADDRESS_PART_END.test(name) || REGULATOR.test(name) || GENERIC_NAME.test(name) || isPersonName(name)) continue;
    if (mentions(name) >= 2) return { name, sentence: seg.text, at: seg.at, inferred: true };
  }
  // (Or the body in the address a sentence gives for the notice's own contact: "… please contact the Data Protection Officer in
  // writing at RNLI, West Quay Road, Poole, BH15 1HZ", "… at the Legal and Corporate Governance Department, British Heart Foundation,
  // 180 Great Hampstead Road, London": after the role and the department, the first part that is a body.)
  for (const seg of segments) {
    if (OTHERS_TOPICS.includes(seg.topic)) continue;
    for (const sentence of sentences(seg.text)) {
      const post = POSTCODE.exec(sentence);
      const own = /\b(?:Data Protection (?:Officer|Co-?ordinator|Lead|Manager|Team)|DPO|Company Secretary|Information Governance|contact us|write to us)\b/i.test(sentence);
      if (!post || !own || REGULATOR.test(sentence)) continue;
      const parts = sentence.slice(0, post.index).split(/,\s*/).map((p) => p.replace(/^.*\b(?:at|to|in writing at|c\/o)\s+(?:the\s+)?/, '').trim());
      for (const part of parts.slice(0, -1)) {
        if (/\d/.test(part) || ADDRESS_PART_END.test(part)) continue;
        const body = (TITLE_RUN.test(part) || /^[A-Z]{3,8}$/.test(part)) && (ORG_WORD.test(part) || NATION_NAMED.test(part) || /^[A-Z]{3,8}$/.test(part)) && !NOT_ACTOR_ACRONYM.test(part) && !GENERIC_NAME.test(part) && !isPersonName(part);
        if (body) return { name: part, sentence, at: seg.at, inferred: true };
        break;
      }
    }
  }
  return undefined;
}

/** The verbs a body is the subject of when the text speaks of what it does or is ("Inspire uses …", "Deafblind UK are not required …"). */
const SUBJECT_VERB = /^(?:is|are|has|have|will|may|can|cannot|does|do|uses?|collects?|holds?|processes|process|keeps?|shares?|provides?|works?|aims?|takes?|needs?|asks?|stores?|retains?|respects?|values?|only|also|must|should|would|operates?|runs?|delivers?|offers?|supports?|employs?|receives?|records?|obtains?|gathers?|maintains?|ensures?)$/;
/** A sentence that opens with a run of capitalised words and one of those verbs ("Deafblind UK are …"): the run, the verb. */
const SUBJECT_OPENING = new RegExp(String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?(?:The\s+)?([A-Z][\w'’&.+-]*(?:\s+(?:[A-Z][\w'’&.+-]*|of|for|and|the|&|in|at|on|upon)){0,7}?)\s+(?:\([A-Z]{2,8}\)\s+)?(${SUBJECT_VERB.source.slice(1, -1)})\b`);
/** A run of capitalised words that is no body: a law, a regulation, a kind of data, a product, a pronoun or the reader. */
const NOT_A_BODY = /\b(?:Act|Acts|Regulations?|GDPR|Order|Directive|Convention|Law|Data|Information|Personal|Cookies?|Privacy|Notice|Policy|Statement|Website|Site|Page|Section|Schedule|Article|Part|Annex|Appendix|Table|Figure|Form|Email|Google|Microsoft|Facebook|Twitter|YouTube)$|^(?:We|You|They|It|This|That|These|Those|Our|Your|Their|Its|If|When|Where|Any|All|Some|Each|Every|Such|Please|There|Here|In|On|At|For|By|To|From|With|As|Under|After|Before|During|Unless|Although|While|Whilst|Because|Since|Once|Only|Also|However|Otherwise|Further|Furthermore|Additionally|No|Not|Yes|Personal|Special|Sensitive|Data|Information|Cookies?|Mae|Rydym|Bydd|Gall|Nid|Os|Pan|Ni|Eich|Ein|Y|Yr)\b/;

/**
 * The body the text makes the subject of its sentences, when no sentence names the controller and no line names whose notice it
 * is: "Deafblind UK collect and use …" / "Deafblind UK are not required to appoint a DPO", "Inspire uses your data …", Welsh
 * "Mae Undeb Bangor yn …". Twice or more as the subject (or once, a name of two words or more named three times or more), and no other body as often.
 */
function subjectNamed(segments: Segment[], title?: string): Named | undefined {
  const tally = new Map<string, { n: number; first: Segment; sentence: string }>();
  for (const seg of segments) {
    if (OTHERS_TOPICS.includes(seg.topic)) continue;
    for (const sentence of sentences(seg.text)) {
      const en = SUBJECT_OPENING.exec(sentence);
      const cy = /^(?:\d+(?:\.\d+)*\.?\s+)?Mae(?:['’]r)?\s+([A-Z][\p{L}'’&.+-]*(?:\s+(?:[A-Z][\p{L}'’&.+-]*|a|ac|y|yr|o)){0,7}?)\s+(?:yn|wedi|hefyd)\b/u.exec(sentence);
      // (A verb that is a noun too, the name's thing and not the body's act: "The HESA record is used by …", "X uses are …".)
      const nounVerb = !cy && en && /^(?:is|are|was|were|may|will|can|has|have|should|must|would|could)\b/.test(sentence.slice(en.index + en[0].length).trimStart());
      const name = cy ? cy[1]! : nounVerb ? undefined : en?.[1];
      if (!name || /\s(?:of|for|and|the|&|in|at|on|upon|a|ac|y|yr|o)$/.test(name) || NOT_A_BODY.test(name) || WELSH_ORG_WORD.test(name) || (ORG_WORD.test(name) && !name.includes(' ')) || REGULATOR.test(name) || PRODUCT.test(name) || GENERIC_NAME.test(name) || ONE_WORD_NOT_NAME.test(name) || NOT_ACTOR_ACRONYM.test(name) || isPersonName(name)) continue;
      const entry = tally.get(name) ?? { n: 0, first: seg, sentence };
      entry.n++;
      tally.set(name, entry);
    }
  }
  // (The title counts as a mention: "Deafblind UK Volunteer Privacy Notice" / … "how Deafblind UK collect and use …" / "Deafblind UK are not required …".)
  const mentions = (name: string) => [title ?? '', ...segments.map((s) => s.text)].reduce((n, text) => n + (text.match(new RegExp(String.raw`\b${reEscape(name)}(?![\w'’-])`, 'g')) ?? []).length, 0);
  // (Capitalised inside a sentence too, so a name and not a sentence's first word: "Processing supplier data allows …", "What …";
  // one word must be the subject twice.)
  const inside = (name: string) => segments.reduce((n, s) => n + (s.text.match(new RegExp(String.raw`(?<=[\p{Ll},;:)]\s+(?:the\s+)?)${reEscape(name)}(?![\w'’-])`, 'gu')) ?? []).length, 0);
  const ranked = [...tally]
    .map(([name, e]) => ({ name, ...e, mentions: mentions(name) }))
    .filter((c) => (c.n >= 2 || (c.mentions >= 3 && c.name.includes(' '))) && c.name.length >= 3 && inside(c.name) >= 1)
    .sort((a, b) => b.n - a.n || b.mentions - a.mentions);
  const [best, next] = ranked;
  if (!best || (next && next.n === best.n && next.mentions === best.mentions)) return undefined;
  return { name: best.name, sentence: best.sentence, at: best.first.at, inferred: true };
}

/**
 * "Mae'r cyngor wedi ei gofrestru fel rheolydd data" under a site's name line "Cyngor Sir Ynys Môn -
 * Isle of Anglesey County Council": the part of the site's name with the word the notice used
 * ("cyngor") names that organisation. Proposed, never read as stated.
 */
function siteNamed(siteName: string | undefined, unnamed: Named | undefined): Named | undefined {
  // (With no such word, a part of the site's name that is an organisation's and the word "website": "Skip to main content /
  // Ceredigion County Council website", the header's words a copy keeps over the title.)
  if (siteName && !unnamed) {
    for (const part of siteName.split(/\s+\/\s+/)) {
      const site = /^(?:The\s+)?(.{3,80}?)\s+(?:website|web site)$/i.exec(part.trim());
      const names = site ? organisationsIn(site[1]!) : [];
      if (names.length === 1 && names[0] === site![1]!.trim()) return { name: names[0]!, sentence: part, at: 'notice', inferred: true };
    }
  }
  if (!siteName || !unnamed) return undefined;
  const word = new RegExp(`\\b${unnamed.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const part = siteName.split(/\s+[-–|\/]\s+/).map((p) => p.trim()).find((p) => word.test(p) && p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 8 && !GENERIC_NAME.test(p));
  return part ? { name: part, sentence: siteName, at: 'notice', inferred: true } : undefined;
}

/** A page about cookies, not a privacy notice that also covers them: its title says cookies, or most of its sections are about them, and its title does not say privacy. */
function aboutCookies(title: string | undefined, sections: { topic: string }[], segments: Segment[]): boolean {
  if (title && /\bprivacy\b|\bpreifatrwydd\b|\bdata protection\b|\bdiogelu data\b|\bpersonal\b/i.test(title)) return false;
  // (Nor a page whose opening calls itself a privacy notice, whatever its title: "FONiC Trust Cookie Policy" / … / "This Privacy
  // Policy explains how we collect, use, store, and protect your personal data".)
  if (segments.slice(0, 6).some((s) => /\b(?:This|Our) (?:[Pp]rivacy (?:[Pp]olicy|[Nn]otice|[Ss]tatement)|[Hh]ysbysiad [Pp]reifatrwydd|[Pp]olisi [Pp]reifatrwydd)\b/.test(s.text))) return false;
  return COOKIE_WORD.test(title ?? '') || (sections.length > 0 && sections.filter((s) => s.topic === 'cookies').length * 2 >= sections.length);
}

const PUBLIC_BODY = /\bNHS\b|Council|Cyngor|Integrated Care (?:Board|System)|\bICB\b|Clinical Commissioning|\bCCG\b|\bTrust\b|Police|Heddlu|Constabulary|Authority|Awdurdod|\bDepartment\b|Borough|County|Fire and Rescue|University|Prifysgol|College|School|Ysgol|Academy|Surgery|Medical (?:Centre|Practice)|Health Centre|GP Practice|Inspectorate|Arolygiaeth|Government|Llywodraeth|Commission|Comisiwn|Chief Constable/;

/**
 * The name a reading gives, tidied (a heading's words before it, a Welsh mutation, an acronym the glossary expands, a part of an
 * organisation given as the whole); or why it is no controller: no name ("Town Council", "Read the University"), or a body the
 * sentence gives another role (a processor, the DPO).
 */
function settle(named: Named, segments: Segment[], glossary: Term[]): { name: string; shortName?: string } | 'no-name' | 'another-role' {
  // ("Contact Details for Yorkshire Ambulance Service NHS Trust", a heading's words run into the name: the name after them.)
  // (Nor a link's imperative: "View Medway Council’s privacy statement", the name after it; "Read the University’s …", no name.
  // Nor a clause's number: "2.2 Barchester is the "Data Controller" for the information …".)
  const written = named.name.replace(/^Contact (?:details|information)\s+(?:for|of)\s+(?=[A-Z])/i, '').replace(/^\d+(?:\.\d+)*\.?\s+(?=[A-Z])/, '').replace(/^(?:View|Read|See)\s+(?=[A-Z]|the\s)/, '');
  let name = radical(written);
  let shortName = named.shortName;
  const expanded = glossary.find((t) => t.abbr === name);
  if (expanded) {
    shortName ??= name;
    name = expanded.term;
  }
  // A proposal that is a part of an organisation ("The Office of Development and Alumni Relations at the University of West
  // London (ODAR)"): the organisation it is part of is the one responsible.
  // (An acronym the glossary does not expand is looked up where the text defines it: "… at the University of West London (ODAR)".)
  const defined = /^[A-Z]{3,8}$/.test(name) ? segments.map((sg) => new RegExp(String.raw`((?:The\s+)?[A-Z][^().;]{3,160}?)\s*\(\s*${name}\s*\)`).exec(sg.text)?.[1]).find(Boolean) : undefined;
  const part = named.inferred ? /^(?:The\s+)?(?:Office|Department|Directorate|Division|Team|Unit|Faculty|Centre|Institute)\b.*?\s(?:at|within)\s+(?:the\s+)?(.+)$/.exec(defined ?? name) : null;
  const whole = part ? organisationsIn(part[1]!).at(-1) ?? ((n) => (n && ORG_WORD.test(n) && n.split(/\s+/).length >= 2 ? n : undefined))(nameAfter(part[1]!, 0)) : undefined;
  // (Or a part the sentence says it is of a body: "Public Health is part of Gateshead Council. We are based at …".)
  const partOf = named.inferred ? new RegExp(String.raw`${reEscape(name)}\s+(?:is|are)\s+(?:a\s+)?part of\s+(?:the\s+)?([A-Z][^.,;]{2,80})`).exec(named.sentence) : null;
  const parent = partOf ? organisationsIn(partOf[1]!)[0] : undefined;
  if (whole || (parent && partOf![1]!.startsWith(parent))) {
    name = whole ?? parent!;
    shortName = undefined;
  }
  // A proposal that names a thing the organisation uses ("Body Worn Video (BWV)", "Electronic Patient Record (EPR)"), not a body.
  // Nor a role's label read as a name (a heading "Data Controller" over a line "Data Controller"), nor the body the text says
  // is the Data Protection Officer ("The Data Protection Officer (DPO) for the school is Bulletproof Ltd"): a DPO is never the controller.
  const noName = (named.inferred && /\b(?:Video|Cameras?|CCTV|System|Software|Records?|Platform|App|Application|Portal|Database|Register|Tool|Technology)$/i.test(name))
    || /^(?:the\s+)?(?:data\s+)?(?:controllers?|processors?|protection officer)$|^(?:Swyddog (?:Diogelu|Gwarchod) Data|Data Protection Officer)\b/i.test(name)
    // (Nor a kind of body with no name: "Town Council", "Hospice".)
    || GENERIC_NAME.test(name)
    // (Nor the body that made a law the text cites: "The UK Government made this law The Privacy and Electronic Communications …".)
    || new RegExp(String.raw`${reEscape(written)}\s+(?:made|passed|introduced|enacted|brought in)\b[^.]{0,40}\b(?:law|laws|Act|Regulations?|legislation)\b`).test(named.sentence)
    || notAName(written, named.sentence);
  // (Nor a body the text says acts as a processor: "Mae PKB yn gweithredu fel prosesydd data ar gyfer y wybodaeth hon"; nor its DPO.)
  // (A guess is checked against the whole text, by its name or the acronym the text gives it: "The National Perinatal Epidemiology
  // Unit (NPEU) is a research unit …" / … / "The NPEU acts as the ‘data processor’".)
  const acronym = named.inferred ? segments.map((sg) => new RegExp(String.raw`${reEscape(written)}\s*\(([A-Z]{2,8})\)`).exec(sg.text)?.[1]).find(Boolean) : undefined;
  // (And "Talogy, who act as a data processor on our behalf", "X, which acts as our processor".)
  const processor = (who: string) => new RegExp(String.raw`${reEscape(who)}(?:\s*\([^)]*\))?(?:\s*,\s*(?:who|which|that))?\s+(?:yn gweithredu fel|acts? as|(?:is|are) acting as|is|are) (?:a |an |the |our |ein |y )?['‘’"“]?(?:prosesydd data|data processor|processor)\b`);
  const otherRole = processor(written).test(named.sentence)
    || (named.inferred && segments.some((sg) => [written, ...(acronym ? [acronym] : [])].some((who) => processor(who).test(sg.text))))
    || new RegExp(String.raw`\b(?:Data Protection Officer|DPO)\b(?:\s*\(DPO\))?[^.]{0,40}\b(?:is|yw)\s+(?:the\s+)?${reEscape(written)}`).test(named.sentence);
  return otherRole ? 'another-role' : noName ? 'no-name' : { name, shortName };
}

/** The controller (organisation) the notice names, with notes saying how it was read. */
export function extractOrganisation({ segments, sections, notes, organisationName, title, siteName }: FactsInput, glossary: Term[], found: FoundFacts): Facts['organisation'] {
  let name = organisationName?.trim();
  let shortName: string | undefined;
  let at: Id = 'notice';
  if (!name) {
    const unnamed: Named[] = [];
    // A councillor's notice: "As an elected councillor for Camden Council I am the data controller",
    // "I act as an independent data controller". The controller is the person who writes it; the
    // council it names is not proposed.
    const author = segments.slice(0, 60).find((s) => sentences(s.text).some((t) => (I_CONTROLLER.test(t) || MEMBERS_CONTROLLERS.test(t)) && !/^(?:Where|When|If|Whilst|While)\b/.test(t)));
    const guessed = author ? undefined : proposed(segments, title, sections);
    // Each way of reading the controller in turn; a reading that is no controller (a role, a product, a kind of body, the office
    // "through its Parish Priest") gives way to the next, so a rejected sentence never hides the name another form gives.
    const readings: (() => Named | undefined)[] = [
      () => stated(segments, shortNames(segments), unnamed),
      () => labelled(segments, sections, title),
      () => (guessed && lastListed(guessed.sentence, guessed.name) ? undefined : guessed),
      ...(author ? [] : [() => siteNamed(siteName, unnamed[0] ?? bareController(segments)), () => kindNamed(segments, unnamed[0] ?? bareController(segments)), () => ownerNamed(segments, title), () => subjectNamed(segments, title)]),
    ];
    let named: Named | undefined;
    for (const read of readings) {
      const candidate = read();
      if (!candidate) continue;
      const settled = settle(candidate, segments, glossary);
      // (A sentence that says who the controller is and names no one, "the relevant Lead Local Flood Authority", or a body the
      // notice gives another role, "The NPEU acts as the data processor", ends the search: no guess from elsewhere overrides what
      // the notice said. A guess that is no name gives way to the next.)
      if (settled === 'another-role' || (settled === 'no-name' && !candidate.inferred)) break;
      if (settled === 'no-name') continue;
      named = candidate;
      name = settled.name;
      shortName = settled.shortName;
      at = candidate.at;
      break;
    }
    if (!named && author) notes.add(author.at, 'missing-content', 'The person who writes this notice says they are the controller ("I am the data controller"), or each councillor it is for is one ("Councillors are data controllers"): a councillor or other office holder, not the organisation the notice names. Put their name in "organisation.name" (or import again with --organisation "Name").', author.text);
    // "The Surgery is the data controller", and its name nowhere: say so rather than take "Surgery" for a name.
    if (!named && unnamed[0]) notes.add(unnamed[0].at, 'missing-content', `The notice calls the controller "the ${unnamed[0].name}" without giving its name. Put the organisation's full legal name in "organisation.name" (or import again with --organisation "Name").`, unnamed[0].sentence);
    if (named && name) {
      // A cookie page that never says who the controller is: the organisation it names is the site's
      // owner, kept as the config's organisation, but no controller is read from it (the site's
      // other notices say who is responsible for personal data).
      if (named.inferred && aboutCookies(title, sections, segments)) {
        notes.add(at, 'inferred', `This page is about cookies and does not say who the controller is: "${name}" is taken as the organisation the site belongs to, because the page names it here. Confirm it, with its full legal name.`, named.sentence);
      } else {
        found.add('controller', name, named.sentence, at);
        notes.add(
          at,
          'inferred',
          named.inferred
            ? `No sentence says who the controller is: "${name}" is proposed because the notice names it here. Confirm it is the organisation responsible, with its full legal name.`
            : `The controller "${name}" was read from the notice. Check the organisation's full legal name.`,
          named.sentence,
        );
      }
    }
  }
  const organisation: Facts['organisation'] = { id: name ? slug(name).slice(0, 40) || 'organisation' : 'organisation' };
  if (name) organisation.name = name;
  if (shortName) organisation.shortName = shortName;
  if (name && PUBLIC_BODY.test(name)) {
    organisation.publicAuthority = true;
    notes.add(at, 'inferred', `"${name}" looks like a public authority (NHS body, council, police, school…): "publicAuthority" set, so a Data Protection Officer is required. Unset it if that is wrong.`);
  }
  return organisation;
}
