/**
 * Transfers outside the UK: "we do not transfer … outside the European Union", "stored outside the
 * UK and EEA … Model Contract Clauses", "may be transferred outside the United Kingdom", "Ni
 * fyddwn yn trosglwyddo eich data … y tu allan i'r Ardal Economaidd Ewropeaidd". The data
 * protection principles ("should not be transferred … unless") state the law, not a transfer.
 */
import type { Notice } from '../../config/notice-model.js';
import { isContentsItem, sentences } from '../segments.js';
import { cyMutations } from '../patterns.js';
import { isLawStatementItem, isNoticeDutyItem } from './legal.js';
import type { FoundFacts } from './sources.js';
import type { FactsInput } from './types.js';

const OUTSIDE = /\b(?:outside|outwith|beyond|out of) (?:of )?(?:the )?(?:UK|U\.K\.|United Kingdom|EEA|European Economic Area|EU|European Union|Britain)\b|\bleave (?:the )?(?:UK|U\.K\.|United Kingdom|EEA|European Economic Area|EU)\b|\b(?:to|in) (?:other|third|non-UK|non-EEA) countr(?:y|ies)\b|\binternational(?:ly)? transfer|\boverseas\b|\babroad\b|\b(?:y )?tu (?:allan|hwnt) \(?i(?:['’]r| r)? (?:DU|Deyrnas Unedig|Ardal Economaidd Ewrop(?:eaidd)?|AEE|Undeb Ewropeaidd|UE|UK|EEA|EU)\b|\b(?:t|d|th|nh)ramor\b|\bto (?:an)?other countr(?:y|ies)\b|\bi (?:wlad|wledydd) (?:arall|eraill|dramor)\b|\bnon-(?:UK|EEA|EU)\b|\bto (?:a|any) (?:country|countries|territory|territories) (?:not|that (?:is|are) not|which (?:is|are) not)\b|\b(?:in|to) the (?:US|USA|United States(?: of America)?)\b|\b(?:i|yn)['’]r Unol Daleithiau\b|\byn yr Unol Daleithiau\b|\bi (?:UDA|America)\b/i;
// A table row asking about other countries answered "Not applicable" ("When your data gets sent to other countries | Not applicable |").
const NEG = /\|\s*(?:not applicable|n\/a|none|no)\s*\|?\s*$|\b(?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t|never|not|no)\b[^.]{0,50}\b(?:transfer|send|store|process|move|host|share|sent|transferred|stored|processed|hosted|held|shared|moved|leave)s?\b|\bno (?:personal )?(?:data|information) (?:is|will be) (?:transferred|sent|stored|processed)|\bnone of (?:your|the|our)\b[^.]{0,30}\b(?:is|are|will be)\b/i;
// (A supplier the sentence names may be the subject: "Qualtrics may store data outside of the UK"; "your information may be outside the EEA".)
const YES = /\b(?:necessary|need|needs|required) to (?:transfer|send|store|process)\b|\b(?:may|will|would|might|could|can|do|does|sometimes|is|are|be)\s+(?:also\s+|only\s+)?(?:be\s+)?(?:transferred|sent|stored|processed|hosted|held|accessed|shared|situated|located|kept|saved|housed)\b|\b(?:may|might|could|can)\s+(?:also\s+|sometimes\s+)?be\s+(?=outside|outwith|beyond)|\b(?:may|will|might|could|can)\s+(?:also\s+)?(?:store|process|host|transfer|hold)\s+(?:your\s+|the\s+|this\s+)?(?:personal\s+)?(?:data|information)\b|\b(?:we|us)\s+(?:(?:may|will|would|sometimes|also|only|do|to|need|ever|have)\s+){0,3}(?:transfer|send|share|store|process|host)\b|\b(?:may|might|could|can|will|would)\s+(?:also\s+|sometimes\s+)?leave\b|\btransfers? of (?:your |the |any )?(?:personal )?(?:data|information) to\b|\b(?:standard )?contractual clauses\b|\bmodel contract(?:ual)? clauses\b|\b(?:any|such) transfers? (?:of [^.]{0,40})?(?:outside|outwith|overseas|abroad)\b[^.]{0,60}\b(?:is|are|will be) (?:covered|protected|made|governed|subject)\b|\binvolve (?:the )?transfer(?:ring)?\b|\b(?:may|might|could|can|will)\s+(?:also\s+)?(?:transit|pass|travel|be routed)\s+(?:through|via)\b|\b(?:data|information) (?:that is |which is )?transferred (?:outside|outwith|overseas|abroad|to other countries)\b|\binternational data transfer agreement\b|\bIDTA\b|\badequacy (?:regulations|decision)\b|\bbinding corporate rules\b|\b[Cc]ymalau [Cc]ytundebol [Ss]afonol\b/i;
// "data a gedwir yn y DU a heb eu trosglwyddo y tu allan i …": kept here and not transferred.
const CY_NEG = /\bheb (?:eu |ei |ein )?(?:t|d|th|nh)?r?os?glwyddo\b|\b(?:[Nn]i|[Nn]id)\s+(?:fyddwn|fydd|ydym|yw|chaiff|caiff|byddwn|wnawn)\b[^.]{0,60}\b(?:t|d|nh|th)?r?os?glwyddo|\b(?:[Nn]i|[Nn]id)\s+(?:fyddwn|fydd|chaiff|byddwn)\b[^.]{0,60}\b(?:anfon|storio|phrosesu|brosesu)/;
// "Trosglwyddir y data … i'r Unol Daleithiau America" (the data is transferred to the USA): the impersonal passive.
// ("Pan fydd angen inni drosglwyddo'ch gwybodaeth … y tu allan i'r Deyrnas Unedig", "Mae Survey Monkey weithiau'n storio gwybodaeth y tu allan i'r AEE".)
// ("… yn cael ei throsglwyddo i ac yn storio gan Google ar weinyddion yn yr Unol Daleithiau": is transferred; "gall eich
// gwybodaeth fod y tu allan i'r AEE": may be outside.)
const CY_YES = /\bgellir (?:t|d|nh|th)?r?os?glwyddo\b|\b(?:gall|gallai|efallai y|byddwn(?: ni)?(?: yn|['’]n)|rydym yn|angen (?:i ni|inni)|yn cael (?:ei|eu))\b[^.]{0,60}\b(?:(?:t|d|nh|th)?r?os?glwyddo|anfon)|\b(?:gall|gallai|efallai)\b[^.]{0,60}\bfod y tu (?:allan|hwnt)\b|\bweithiau(?:['’]n| yn) (?:storio|prosesu|cadw)\b|\b(?:[Tt]|[Dd]|[Nn]h)?r?os?glwyddir\b/i;
const PRINCIPLES = /\bprinciples?\b|\begwyddor/i;
/** Who or where the data goes, placed outside: "a supplier outside the EEA", "a location outside the EEA", "servers in other countries", Welsh "prosesyddion y tu allan i'r EEA". */
const PLACED = /\b(?:suppliers?|providers?|processors?|servers?|systems?|data cent(?:re|er)s?|compan(?:y|ies)|partners?|locations?|cloud)\b[^.]{0,40}\b(?:outside|outwith|beyond|in other countries|in the (?:US|USA|United States))\b|\b(?:agree|consent) to (?:this|the|such) transfer\b|\b(?:operate|operates|operating|based|located)\b[^.]{0,30}\b(?:outside(?: of)?|out of)\s+(?:the )?(?:UK|United Kingdom|EEA|European Economic Area|EU|European Union)\b|\b(?:prosesyddion|phrosesyddion|cyflenwyr|gyflenwyr|darparwyr|gweinyddion|partneriaid)\b[^.]{0,40}\by tu (?:allan|hwnt) i/i;
/** Countries and cities outside the UK where suppliers host data, in English and Welsh (Welsh names in each mutation: "yn Nulyn"). */
const ABROAD_PLACES = [
  String.raw`(?<!Northern\s)(?<!Republic of\s)Ireland|Republic of Ireland|Dublin|the Netherlands|Amsterdam|Germany|Frankfurt|France|Paris|Belgium|Brussels|Sweden|Finland|Denmark|Norway|Spain|Italy|Poland|Switzerland|India|Canada|Australia|Singapore|Japan|Israel|South Africa|the (?:US|USA|United States)(?: of America)?|America`,
  ...['iwerddon', 'dulyn', 'ffrainc', 'paris', 'gwlad belg', 'sbaen', 'canada', 'awstralia', 'unol daleithiau', 'america'].map((n) => cyMutations(n)),
  'yr? Almaen|yr? Iseldiroedd|yr? Eidal|UDA',
].join('|');
/**
 * Data kept in a named place abroad: "stored on an external database in Dublin", "hosted on servers
 * in Frankfurt", "cronfa ddata allanol yn Nulyn", "servers in the UK and Republic of Ireland". Northern
 * Ireland is in the UK, so it never counts.
 */
const STORED_ABROAD = new RegExp(String.raw`\b(?:stored?|stores|storing|hosted|hosts?|held|kept|processed|located|based|servers?|database|data cent(?:re|er)s?|cloud|storio|cadw|cedwir|prosesu|gweinydd(?:ion)?|cronfa ddata|[cg]ronfeydd data)\b[^.]{0,80}\b(?:in|within|yn|yng|ym|mewn)\s+(?:the\s+|yr?\s+)?(?:(?:UK|United Kingdom|DU)\s+(?:and|or|a|ac|neu)\s+(?:the\s+)?)?(?:${ABROAD_PLACES})\b(?<!Gogledd\s\p{L}*)`, 'iu');

/** Recipients here and abroad: "organisations or companies … in this country or abroad". */
const RECIPIENTS_ABROAD = /\b(?:organisations?|organizations?|companies|researchers|universities|bodies|partners)\b[^.]{0,100}\b(?:in|from|within) (?:this country|the UK|the United Kingdom|Britain) (?:or|and) (?:abroad|overseas)\b/i;
/** Data given to someone: "may be provided to researchers", "is shared with", "passed on to". */
const GIVEN_TO = /\b(?:provided|shared|passed(?: on)?|given|sent|disclosed|made available)\s+(?:to|with)\b/i;
/** A refusal with a condition that lets it happen: "… without suitable safeguards", "unless adequate protection is in place", Welsh "heb fesurau diogelu priodol". */
const SAFEGUARDED = /\b(?:without|unless|except (?:where|when))\b[^.]{0,60}\b(?:safeguards?|protections?|adequa(?:te|cy)|contractual|clauses)\b|\b(?:heb|oni bai)\b[^.]{0,60}\b(?:mesurau diogelu|fesurau diogelu|diogelwch digonol|amddiffyniad(?:au)? digonol|digonolrwydd)\b/i;
/**
 * The law's rule for transfers, not this organisation's practice: "Data protection law contains rules about transferring …",
 * Welsh "Mae'r wythfed Egwyddor Diogelu Data yn gofyn na throsglwyddir …" (the eighth principle requires …).
 */
const LAW_SAYS = /\b(?:GDPR|General Data Protection Regulation|[Dd]ata [Pp]rotection (?:Act|law|legislation)|the law|legislation)\b[^.]{0,30}\b(?:sets out|says|states|requires|provides|specifies|stipulates|contains rules|has rules)\b|\b(?:[Ee]gwyddor|[Dd]deddf|[Dd]eddf|GDPR|[Rr]heoliad|[Cc]yfraith)\b[^.]{0,40}\byn (?:gofyn|mynnu|nodi)\b|\b(?:additional|further|extra|special|specific) (?:requirements|rules|conditions|restrictions) apply\b/;
/** A rule stated with room for exceptions ("Generally, …", "We normally do not …"). */
const HEDGED = /\b(?:generally|normally|usually|typically|in general|in most cases|as a rule|fel arfer|yn gyffredinol)\b/i;
/** The sentence after it admitting them ("In exceptions where we do, …", "If we do, …", "Where this is necessary, …"). */
const EXCEPTION = /\b(?:where|if|when) (?:we|it|they|this) (?:do|does|is (?:done|necessary|needed|required))\b|\bexception(?:s|al)?\b|\bos (?:byddwn|ydym) yn gwneud\b|\beithriad/i;
/** The EEA or the EU as the place data is kept ("in the European Economic Area", "o fewn yr UE"): outside the UK. */
const IN_EUROPE = /\b(?:in|within) (?:both )?(?:(?:the (?:UK|U\.K\.|United Kingdom) (?:and|or) )(?:the )?|the )(?:EEA|European Economic Area|EU|European Union)\b|\b(?:o fewn|yn) (?:y DU (?:a|ac|neu) )?(?:yr? )?(?:UE|Undeb Ewropeaidd|AEE|Ardal Economaidd Ewrop(?:eaidd)?)\b/i;
/** A heading that asks or says whether data leaves the UK ("Do you transfer my personal data outside the European Union?"). */
const TRANSFER_HEADING = /\btransfer|\bsend|\bsent\b|\bstored?\b|\bheld\b|\bprocess|\boverseas\b|\babroad\b|\binternational\b|\bt?r?os?glwyddo\b|\btramor\b/i;

/**
 * Whether a sentence says where the data is stored or hosted: within the UK, the EEA or the EU ("Bydd y data yn cael ei storio'n ddiogel ar
 * system allanol o fewn yr UE", "Your data is hosted on servers within the UK"), the places a transfer would leave.
 * ("Your data is stored and processed in the UK", "… held on secure servers in the UK", "Rydym yn storio eich data ar weinyddion yn y DU",
 * "Bydd eich data yn cael ei gadw yn y DU", "fe’i delir yn ein canolfannau data diogel yn y DU": said of the data, where it is kept.)
 * (Said of this organisation's data, never of the law's scope: "… personal data held … by organisations within the United Kingdom".)
 * `previous` is the sentence before, which may name the data "It's" stands for.
 */
/** The law that applies in the UK, not where the data is: "Rydym yn prosesu eich data personol o dan gyfraith diogelu data sy'n gymwys yn y DU", "We process your data under the data protection law that applies in the UK". */
const LAW_THERE = /\b(?:under|o dan)\s+(?:the\s+)?[^.]{0,40}\b(?:law|laws|legislation|cyfraith|gyfraith|ddeddfwriaeth|deddfwriaeth)\b[^.]{0,30}\b(?:in the (?:UK|United Kingdom)|yn y (?:DU|Deyrnas Unedig))\b/i;

function saysWhereKept(sentence: string, previous = ''): boolean {
  if (LAW_THERE.test(sentence)) return false;
  return !/\b(?:by|of) (?:organisations|bodies|controllers)\b|\bgan sefydliadau\b/i.test(sentence) && ((/\b(?:data|information)\b/i.test(sentence) || (/^It(?:['’]s| is| will be)\b/.test(sentence) && /\b(?:data|information)\b/i.test(previous))) && /\b(?:stored|hosted|held|processed|kept|located|based|situated|(?:we|they) (?:store|host|hold|process|keep))\b[^.]{0,100}\b(?:within|in) the (?:UK|U\.K\.|United Kingdom|EEA|European Economic Area|EU|European Union)\b/i.test(sentence) || /\b(?:data|g?wybodaeth)\b/i.test(sentence) && /\b(?:storio|storir|cadw|gadw|chadw|cedwir|prosesu|brosesu|delir|cynhelir)\b[^.]{0,60}\b(?:o fewn (?:y|yr)|yn y|yn yr) (?:DU|Deyrnas Unedig|UE|Undeb Ewropeaidd|AEE|Ardal Economaidd Ewropeaidd)\b/i.test(sentence));
}

/** A sentence that sets one kind of data or one case apart ("… while any analysis of that data is stored … within the UK"): it says where only some of the data is. */
const QUALIFIED = /\b(?:except|unless|but|however|while|whereas|oni bai|ac eithrio)\b/i;

/** The first sentence that says the data is kept in the EEA or the EU, where a sentence may say so (see `extractTransfers`). */
function keptInEurope(segments: FactsInput['segments']): { sentence: string; at: string } | undefined {
  for (const seg of segments) {
    if (isContentsItem(seg)) continue;
    const list = sentences(seg.text);
    const k = list.findIndex((sentence, n) => saysWhereKept(sentence, list[n - 1]) && IN_EUROPE.test(sentence) && !NEG.test(sentence) && !QUALIFIED.test(sentence));
    if (k >= 0) return { sentence: list[k]!, at: seg.at };
  }
  return undefined;
}

/** Data kept in the EEA or the EU: under the UK GDPR that is outside the UK, a transfer the UK's adequacy regulations cover. */
function europeanTransfer({ sentence, at }: { sentence: string; at: string }, found: FoundFacts, notes: FactsInput['notes']): Notice['transfers'] {
  found.add('transfers', 'yes', sentence, at);
  notes.add(at, 'inferred', 'The notice says the data is kept in the EEA or the EU: under the UK GDPR that is a transfer outside the UK (covered by the UK’s adequacy regulations), so transfers are set to "yes". Confirm it, and name the safeguard in the notice.', sentence);
  const country = /\b(?:EU|European Union|UE|Undeb Ewropeaidd)\b/.test(sentence.match(IN_EUROPE)![0]) ? 'the European Union' : 'the European Economic Area';
  return { outsideUk: 'yes', text: sentence, at, destinations: [{ country, safeguard: 'adequacy' }] };
}

/** Whether the data leaves the UK, with the sentence that says so. */
export function extractTransfers({ segments, sections, notes }: FactsInput, found: FoundFacts): Notice['transfers'] {
  for (const seg of segments) {
    if (seg.topic === 'principles' || PRINCIPLES.test(seg.intro ?? '') || isContentsItem(seg) || isNoticeDutyItem(seg) || isLawStatementItem(seg)) continue;
    const list = sentences(seg.text);
    for (const [k, sentence] of list.entries()) {
      if (!OUTSIDE.test(sentence) && !STORED_ABROAD.test(sentence)) continue;
      // A question is no statement ("Will personal data be transferred outside the EEA?", a checklist's; "Will my data be transferred
      // outside of the EEA? If it will, how will it be protected?", a heading the copy ran into a line): a heading that asks it is
      // read below with its answer, and an answer after it in the paragraph is a sentence of its own.
      if (/\?\s*$/.test(sentence)) continue;
      if (/\b(?:should|shall|must|cannot) not be transferred\b|\bNi ddylid\b|\boni bai\b/i.test(sentence) && !/\bwe\b/i.test(sentence)) continue; // the law, not the practice
      // (So is what the law says or requires of any transfer: "The General Data Protection Regulation (GDPR) sets out that personal
      // data may only be transferred outside of the EEA when …", "Where data is transferred outwith the EEA, additional requirements apply".)
      if (LAW_SAYS.test(sentence)) continue;
      if (NEG.test(sentence) || CY_NEG.test(sentence)) {
        // "Generally, the Council will not process your personal data outside of the EEA. In
        // exceptions where we do, we will ensure …": the rule has exceptions, so data may leave.
        const next = list[k + 1] ?? '';
        // ("Generally, personal information … will not be sent outside EEA, unless stored within cloud-based computer services": the exception in the sentence.)
        if (HEDGED.test(sentence) && (EXCEPTION.test(next) || /\bunless\b(?![^.]*\bconsent)/i.test(sentence))) {
          found.add('transfers', 'yes', `${sentence} ${next}`, seg.at);
          return { outsideUk: 'yes', text: `${sentence} ${next}`, at: seg.at };
        }
        // "Ni fydd y data … yn cael ei drosglwyddo y tu allan i'r DU / AEE. Fodd bynnag, pan fydd angen, gellir trosglwyddo gwybodaeth
        // bersonol … y tu hwnt (i'r DU / AEE)": the next sentence's "however" admits the transfer the rule refused.
        if (/^(?:However|But|Fodd bynnag|Ond)\b/.test(next) && OUTSIDE.test(next) && (YES.test(next) || CY_YES.test(next)) && !NEG.test(next) && !CY_NEG.test(next)) {
          found.add('transfers', 'yes', `${sentence} ${next}`, seg.at);
          return { outsideUk: 'yes', text: `${sentence} ${next}`, at: seg.at };
        }
        // "… not transferred or processed outside of the European Economic Area … without suitable safeguards and adequate
        // protection being in place": a transfer with safeguards may happen.
        if (SAFEGUARDED.test(sentence)) {
          found.add('transfers', 'yes', sentence, seg.at);
          return { outsideUk: 'yes', text: sentence, at: seg.at };
        }
        // A refusal that draws its line round the EEA or the EU ("Your data will not be transferred outside the European Economic
        // Area", "… outside the UK and EEA"), where the notice also says the data is kept in the EEA ("We store and process your
        // personal data on secure servers in the EEA", the Environment Agency's services): kept there, it has left the UK.
        const europe = /\b(?:EEA|European Economic Area|EU|European Union|AEE|UE|Undeb Ewropeaidd)\b/.test(sentence) ? keptInEurope(segments) : undefined;
        if (europe) return europeanTransfer(europe, found, notes);
        const outsideUk = /\bunless\b[^.]*\bconsent|\bwith(?:out)? your (?:explicit )?consent/i.test(sentence) ? 'only-with-consent' : 'no';
        found.add('transfers', outsideUk, sentence, seg.at);
        return { outsideUk, text: sentence, at: seg.at };
      }
      // (Data received from a body abroad is a source, not a transfer: "We may receive data from third parties, including analytics
      // providers such as Google located outside the UK".)
      if (/\b(?:receive|obtain|get|collect|gather)s?\b[^.]{0,40}\bfrom\b/i.test(sentence) && !/\b(?:transfer|send|sent|share|store|host|process|disclose)/i.test(sentence)) continue;
      // Who the data is given to, placed abroad, the sentence after the one that gives it ("… information about your health and care
      // may be provided to researchers … in other organisations. These organisations may be universities, NHS organisations or
      // companies involved in health and care research in this country or abroad.", the Health Research Authority's wording).
      // (Never a site's links: "links to other websites, both of Police Forces and of other organisations in this country and abroad".)
      const given = RECIPIENTS_ABROAD.test(sentence) && !/\blinks?\b|\bwebsites?\b/i.test(sentence) && GIVEN_TO.test(`${list[k - 1] ?? ''} ${sentence}`);
      if (YES.test(sentence) || CY_YES.test(sentence) || PLACED.test(sentence) || STORED_ABROAD.test(sentence) || given) {
        found.add('transfers', 'yes', sentence, seg.at);
        return { outsideUk: 'yes', text: sentence, at: seg.at };
      }
    }
  }
  // A label line or a question with its answer ("Transfers outside the UK: No", "Is my data transferred abroad? No.").
  for (const seg of segments) {
    const m = /^(?:(?:international |overseas )?transfers?\b[^:?]{0,60}|[^?]{0,80}\b(?:transferred|sent|stored|processed)\b[^?]{0,40})[:?]\s*(no|none|not applicable|n\/a|yes)\b/i.exec(seg.text.trim());
    if (!m || !OUTSIDE.test(seg.text) && !/^(?:international |overseas )?transfers?\b/i.test(seg.text.trim())) continue;
    const outsideUk = /^yes$/i.test(m[1]!) ? 'yes' : 'no';
    found.add('transfers', outsideUk, seg.text, seg.at);
    return { outsideUk, text: seg.text, at: seg.at };
  }
  // The answer under a heading that asks the question ("Do you transfer my data outside the EU?" /
  // "Your personal information will not be transferred"): the heading says where, the answer whether.
  for (const section of sections) {
    if (!OUTSIDE.test(section.heading) || !TRANSFER_HEADING.test(section.heading)) continue;
    const answer = segments.find((s) => s.at === section.id);
    const sentence = answer ? sentences(answer.text)[0] : undefined;
    if (!answer || !sentence || LAW_SAYS.test(sentence)) continue;
    const outsideUk = /^(?:no\b|none\b|never\b)|\b(?:will|does|do|is|are|would) not\b|\bnever\b|\b(?:[Nn]i|[Nn]id) (?:fyddwn|fydd|ydym|yw|chaiff|caiff)\b/i.test(sentence) ? 'no' : /^yes\b|\b(?:may|will|do|does|is|are|can) (?:be )?(?:transferred|sent|stored|processed)\b/i.test(sentence) ? 'yes' : undefined;
    if (!outsideUk) continue;
    found.add('transfers', outsideUk, `${section.heading} ${sentence}`, section.id);
    return { outsideUk, text: sentence, at: section.id };
  }
  // A section about transfers that says where the data stays ("All our data is stored in the UK",
  // "Caiff eich data ei storio yn y DU"): no transfer, read from the section's words. Anywhere, a
  // sentence that says so of all the data ("All the personal data is processed by University staff
  // in the United Kingdom").
  for (const seg of segments) {
    if (isContentsItem(seg)) continue;
    const list = sentences(seg.text);
    for (const [k, sentence] of list.entries()) {
      // (Nor one the next sentence qualifies: "All of the personal data we process is processed by our staff in the UK. However, …".)
      if (/^(?:However|But|Except|Nevertheless|Fodd bynnag|Ond)\b/.test(list[k + 1] ?? '')) continue;
      // Or a sentence that says where the data is kept, within the UK, the EEA or the EU.
      const within = saysWhereKept(sentence, list[k - 1]);
      if (seg.topic !== 'transfers' && !within && !/^All (?:of )?(?:the |your |our )?(?:personal )?(?:data|information)\b/i.test(sentence)) continue;
      if (!within && !/\b(?:stored|held|kept|processed|hosted|located|remains?|stays?)\b[^.]{0,40}\b(?:only )?(?:in|within) the (?:UK|U\.K\.|United Kingdom)\b|\b(?:storio|cadw|cedwir|prosesu)\b[^.]{0,40}\byn y (?:DU|Deyrnas Unedig)\b/i.test(sentence)) continue;
      if (LAW_THERE.test(sentence)) continue;
      // (Nor one that sets two kinds of data apart: "Google Analytics data is stored … by Google …, while any analysis of that data is stored … within the UK".)
      if (QUALIFIED.test(sentence)) continue;
      // Kept in the EEA or the EU ("All personal data is stored in the European Economic Area", "… processed both in the UK and
      // the EEA"): under the UK GDPR that is outside the UK, a transfer the UK's adequacy regulations cover.
      if (within && IN_EUROPE.test(sentence)) return europeanTransfer({ sentence, at: seg.at }, found, notes);
      found.add('transfers', 'no', sentence, seg.at);
      return { outsideUk: 'no', text: sentence, at: seg.at };
    }
  }
  return { outsideUk: 'not-stated' };
}
