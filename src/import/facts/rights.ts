/**
 * The data subject's rights, in English and Welsh, from a list ("The right to erasure – …"), a
 * definition list, or a sentence that names several ("You have the right to ask for a copy of
 * your information, to have it corrected, and to complain": access, rectification and complaint,
 * one per clause). Outside a rights section, only sentences that say "right" (or "hawl"), a
 * subject access request, or that consent can be withdrawn are read.
 */
import type { RightKind, Rights } from '../../config/notice-model.js';
import { cyMutations } from '../patterns.js';
import { isContentsItem, sentences } from '../segments.js';
import type { FoundFacts } from './sources.js';
import type { FactsInput } from './types.js';

const CY = (...radicals: string[]) => radicals.map((r) => String.raw`\b${cyMutations(r)}\b`).join('|');

// Narrower rights first: "object to profiling" is about automated decisions, "a copy … in a
// machine-readable format" is portability.
const RIGHT_KINDS: [RightKind, RegExp][] = [
  // (Spoken Welsh drops the "yn": "yr hawl i'w dynnu nôl".)
  // ("If you want to remove your consent": removing it is withdrawing it.)
  // (Plain English: "Where you gave us permission, you can take it back at any time".)
  ['withdraw-consent', new RegExp(String.raw`withdraw|\bremove (?:your |their |that |this )?consent\b|\btake (?:it|this|that) back\b|\btake (?:back )?your (?:consent|permission)\b|${CY('tynnu')}[^.]{0,50}(?:(?:\byn|['’]n) ôl|\snôl)\b|\b${cyMutations('gwrthod')} rhoi (?:eich )?${cyMutations('cydsyniad')}\b`, 'i')],
  // "an automated portable electronic data file … sent to another organisation" is portability, and so is Art 20's "transmit it to another …".
  // (The ICO's plain words, "get and reuse your data for different services", "obtain and reuse … across different services".)
  ['portability', new RegExp(String.raw`portab|\bre-?use\b[^.]{0,40}\b(?:for|across|with) (?:different|other) services\b|\bmove (?:your|their) (?:personal )?(?:data|information)\b|machine[- ]readable|\bexport\b[^.]{0,40}\bto another\b|structured, commonly used|\btransmit\b[^.]{0,40}\bto another\b|\btransfer of your (?:personal )?(?:data|information) to you\b|\brequest (?:the )?transfer of your (?:personal )?(?:data|information)\b(?![^.]{0,40}\b(?:outside|abroad|overseas)\b)|\b(?:move[sd]?|transfer(?:red)?|port(?:ed)?)\b[^.]{0,40}\b(?:to another (?:organisation|provider|controller|service|party|body)|between (?:services|providers|organisations)|from one (?:IT )?(?:organisation|provider|controller|service|system|computer system) to another)\b|${cyMutations('cludadw')}|\b${cyMutations('cludo')} (?:data|${cyMutations('gwybodaeth')})\b|${cyMutations('trosglwyddo')}['’]r data|\bask (?:us )?to (?:send|give|pass) (?:it|them|(?:your|the) (?:personal )?(?:data|information))\b[^.]{0,20}?\bto\b(?!\s+(?:you|yourself)\b)|${cyMutations('trosglwyddo')}\b[^.]{0,40}\bi (?:sefydliad|ddarparwr|reolydd|wasanaeth|gorff) arall\b`, 'i')],
  // ("no decision that significantly affects you is based solely on the processing of personal data by automatic means": Art 22's words.)
  // ("the right to dispute automatic decision making": automatic for automated.)
  // (Plain English: "No decision about you is made by computer alone", "without any human involvement".)
  ['automated-decisions', /automated(?! information)|profiling|awtomat|proffilio|\bby automatic (?:means|processing)\b|\bautomatic decision|\b(?:by (?:a )?)?(?:computers?|machines?) alone\b|\bsolely by (?:a )?(?:computer|machine)\b|\bwithout (?:any )?human (?:involvement|intervention|input)\b/i],
  // "Gallwch ofyn i ni dynnu eich enw oddi ar ein systemau" (ask us to take your name off our systems), "remove your details from our records".
  ['erasure', new RegExp(String.raw`\beras|\berase|\bdelet|forgotten|\bright to (?:removal|be removed)\b|\bremove your (?:name|details|data|information)\b[^.]{0,20}\bfrom\b|\b${cyMutations('tynnu')} (?:eich )?(?:enw|manylion|data)\b[^.]{0,20}\boddi ar\b|\bhave (?:it|them|your (?:personal )?(?:data|information|records?)) removed\b|${CY('dileu')}|\b(?:c|g)ael gwared (?:â|ag|ar)\b`, 'i')],
  // "Change personal data", "Update your details" in a list of rights: the plain verbs of Art 16.
  // "handled correctly" is how data was handled, not the right to have it corrected.
  // (Plain English: "If something we hold is wrong, tell us and we will put it right"; not "until it's put right" or "restrict the
  // processing … until any errors are corrected", restriction's words.)
  ['rectification', new RegExp(String.raw`rectif|(?<!\buntil\b[^.,;]{0,40})correct(?!ly)|inaccurate|incomplete|(?<!\buntil (?:it['’]s|it is|they are|it has been) )\bput (?:it|this|that|them) right\b|\b(?:information|data|details|records?|something|anything)\b[^.]{0,30}\b(?:is|are) (?:wrong|out of date)\b|\banghywir\b|\banghyflawn\b|(?:^\s*|\bto\s+)(?:change|update|amend)\s+(?:(?:your|my|the|that|this|these|those|any)\s+)?(?:personal\s+)?(?:data|information|details|records?)\b|\bask us to (?:update|amend) (?:it|them)\b|(?:^\s*|\bto\s+|\bor\s+)make changes(?:\s+to\s+(?:it|them|your (?:personal )?(?:data|information|details|records?)))?\s*$|\bmake (?:amendments|corrections)\b|\b(?:to be|be|being) (?:updated|amended)\b|\b(?:kept|keep it|keeping it) accurate\b|${CY('cywiro', 'cywiriad', 'cywir', 'unioni')}|\b${cyMutations('gwirio')} ${cyMutations('gwallau')}\b`, 'i')],
  // (The 1998 Act's words, still in older notices: "have inaccurate personal data rectified, blocked, erased or destroyed".)
  // (Welsh "bod prosesu eich data personol yn gyfyngedig", that processing be restricted: the adjective of processing as well as
  // the verb; not "nifer cyfyngedig o ddibenion", a limited number of purposes.)
  ['restriction', /restrict|suppress|\bblocked\b|\blimit(?:ing)? (?:how|the way|the use|our use|use of|processing)\b|\b(?:c|g|ch|ngh)yfyngu\b|\bprosesu\b[^.]{0,40}\byn (?:g|ch)yfyngedig\b|\buntil (?:it['’]s|it is|they are|it has been) (?:put right|corrected|checked)\b/i],
  // "the right to request that we stop, or restrict the processing": stopping is objection, restricting is restriction.
  // (Plain English: "You can tell us you don't want us to use your information for marketing".)
  // ("ask us not to process your personal data": the objection in plain words.)
  ['object', new RegExp(String.raw`\bobject(?:s|ing|ions?)?\b|\bask (?:us )?not to (?:process|use)\b|\b(?:do not|don['’]t) want us to (?:use|process|contact)\b|\bprevent(?:ing)? (?:us from )?processing\b|\bstop (?:processing|using|being used|being processed)\b|\b(?:that we|us to) stop\b|${CY('gwrthwynebu')}`, 'i')],
  // "kept safe from inappropriate access" is security, not the right of access.
  // "Gallwch ofyn am gael gweld y wybodaeth", "Hawl i weld gwybodaeth": "gweld" in each mutation. "The right
  // to have a copy"; "told whether your data is being processed" / "Cael eich hysbysu … a yw'ch data'n cael ei
  // brosesu" is Art 15's first part (confirmation), not the right to be informed.
  // (Welsh "hawl i gyrchu'r data" (to access), "i wybod am y data … a'u gweld" (and see them), "hawl i chi ffeindio pa wybodaeth" (find what information).)
  ['access', new RegExp(String.raw`(?<!\b(?:unauthori[sz]ed|inappropriate|unlawful|illegal|improper|accidental) )\baccess\b|copy of|${CY('cyrchu')}|\ba['’]u ${cyMutations('gweld')}\b|\bffeindio pa (?:wybodaeth|ddata)\b|\b(?:dweud|ddweud) wrthych (?:pa|beth) (?:w|g)ybodaeth\b|\b(?:have|get|receive|obtain) a copy\b|\b${cyMutations('gweld')}(?: (?:y|eich|yr|pa|unrhyw|eu|ei))? (?:data|${cyMutations('gwybodaeth')}|cofnodion)\b|\bcheck (?:any |the |what )?(?:details|information|data|personal data|records)\b(?=[^.]{0,30}\b(?:we|hold|held|have|about you))|\b(?:show you|${cyMutations('dangos')} i chi)['’]?r? (?:(?:personal )?(?:information|data)|${cyMutations('gwybodaeth')}|data)\b|\b(?:find out|know) what (?:personal )?(?:information|data)\b|\bknow what we (?:know|hold|have)\b|\bto see\b|(?:^\s*|\bto\s+)(?:view|see)\s+(?:your\s+|my\s+|the\s+|any\s+)?(?:personal\s+)?(?:data|information|records?)\b|\bsee (?:your|the|what) (?:data|information|records?|personal)|\bsubject access\b|\bask (?:us )?for (?:the |any )?(?:personal )?information (?:that )?we (?:may )?hold about you\b|\bask (?:us )?what (?:personal )?(?:information|data) we (?:hold|have|keep)\b|\bgopi\b|\bcopi\b|[mf]ynediad|\b${cyMutations('ceisio')} ${cyMutations('gwybodaeth')}(?: bersonol)?\b[^.]{0,40}\bamdanoch\b|gwrthrych am wybodaeth|\b${cyMutations('gofyn')}(?: i['’]r [A-Za-zÀ-ÿŵŷ]+| i ni| inni)? am (?:yr holl |unrhyw |y |pa )?(?:${cyMutations('gwybodaeth')}|ddata|data)\b[^.]{0,40}\b(?:amdanoch|sydd gennym)\b|\b(?:told|know|informed|hysbysu|${cyMutations('gwybod')})\b[^.]{0,25}\b(?:whether|if|a yw|a ydy|a ydym|a oes|os)\b[^.]{0,60}\b(?:held|processed|${cyMutations('prosesu')}|${cyMutations('cadw')}|dal|ddal)\b`, 'i')],
  // "hysbysu" alone is "to notify" ("drwy hysbysu'r Swyddog"): the right is to be told, "cael eich hysbysu".
  // "wanting you to be fully informed", "we will keep you informed": the notice's aim, not the right.
  // (Not GOV.UK's "the right to request information about how your personal data is processed, and to request a copy": what
  // Article 15 gives on request, access, read whole in rightKinds before the clauses split.)
  // (The Environment Agency's charter: "you have a right to be told: what the data is being used for, …".)
  ['informed', /(?<!\b(?:fully|kept|keep you|keeping you)\s)\binformed\b|\bright to transparency\b|\b(?:right|entitled) to be told(?=\s*(?::|what\b|why\b|how\b|about\b|who\b))|information about how|\bright to know (?:how|why|what)\b|\b(?:cael|eich) (?:eich |eu )?hysbysu\b|\b[cg]ael gwybod\b|\bhawl i (?:gael )?(?:wybodaeth|wybod)\b/i],
  ['complain', /complain|\bgwyno\b|\bcwyno\b|\bcwyn\b/i],
];

/** "Your rights", "ein hawliau": the rights in general, no one of them. */
const RIGHTS_IN_GENERAL = /\b(?:your|our|eich|ein)\s+(?:rights|hawliau)\b/i;

/** The verbs of the rights that take the data as their object ("view", "amend", "delete"). */
const SHARED_VERB = 'view|see|access|amend|correct|change|update|delete|erase|remove|restrict|copy|move|transfer';

/** The right a line states ("The right to erasure – …", "to object to…", "Access: …"), if any. */
export function rightKind(text: string): RightKind | undefined {
  return RIGHT_KINDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Each right a sentence names, one per clause ("to see, correct, or ask us to delete"). */
export function rightKinds(raw: string): RightKind[] {
  // "except where a valid exemption (or restriction) applies": a limit on a right, not the right to restriction.
  // ("… entitles you, subject to certain restrictions, to: …" too.)
  let text = raw.replace(/\bexemptions?\s*\(?(?:or|and)\s+restrictions?\)?|\brestrictions?\s+(?:may\s+)?appl(?:y|ies)\b|\bsubject to (?:certain |some |any )?(?:limited )?restrictions\b/gi, '');
  // "stop using your data if you think it is wrong, until it's put right": stopping for a while is
  // restriction (Art 18), not objection, however the clauses split.
  if (/\bstop (?:processing|using)\b[^.]*\buntil\b/i.test(text) && !/\bobject\b/i.test(text)) return ['restriction'];
  // "information about how your personal data is processed, and to request a copy of that personal data" (GOV.UK's template, as an
  // item under "You also have the right to request:"): Article 15's two parts, access, one right before the clauses split.
  text = text.replace(/\binformation about how your personal (?:data|information) (?:is|are) processed,?\s+and (?:to )?((?:request|ask for|obtain) a copy)\b/gi, '$1');
  // Article 20's condition, "… where the processing is carried out by automated means" / "(iii) by automated means", in a sentence
  // that gives portability: when it applies, not the right about automated decisions (Art 22's "decisions taken by automated means" stays).
  if (RIGHT_KINDS.find(([k]) => k === 'portability')![1].test(text)) text = text.replace(/(?<!\bdecisions?\b[^.;]{0,30})\bby automated means\b/gi, '');
  // Profiling for direct marketing is what the right to object stops (Art 21(2)), not a decision made about you by automated means.
  // ("to object to direct marketing (including profiling)", DfE's list: the same, the profiling in brackets after the marketing.)
  text = text.replace(/\bprofiling\b(?=[^.;]{0,40}\bfor (?:the purposes? of )?(?:direct )?marketing\b)/gi, 'processing').replace(/\b(marketing)\s*\((?:including|and|or) profiling\)/gi, '$1');
  // Profiling as one of the uses "we" make of the data ("We collect information to provide services …, for administration, research,
  // profiling, analysis …"), in a sentence that names no right: what the organisation does, not the reader's right about it.
  if (!/\bright|\bentitled\b|\bask\b|\bobject|\bchallenge|\bhawl/i.test(text)) text = text.replace(/(\bwe\s+(?:collect|use|process|hold|gather)\b[^.;]{0,120}?)\bprofiling\b/gi, '$1processing');
  // Others' access to the data ("Who else has access to my information?", "staff who have access to it"): not the reader's right of access.
  text = text.replace(/\b(?:who|staff|people|organisations|only those)\s+(?:else\s+)?(?:has|have|will have|can have|may have|need|needs|gets?)\s+access\b/gi, '');
  // Nor access to a service or a place ("you have some rights to access a service without the cookie being set", a cookie page).
  text = text.replace(/\baccess\s+(?:to\s+)?(?:a|the|our|this|any|some)\s+(?:service|services|site|website|web ?pages?|app|portal|building|premises)\b/gi, 'use a service');
  // Verbs that share one object ("You are entitled to view, amend, or delete the personal information that we hold about
  // you"): each with the object, so each clause names its right.
  const shared = text.replace(new RegExp(String.raw`\b(to )((?:${SHARED_VERB}),\s+(?:(?:${SHARED_VERB}),\s+)*(?:or|and)?\s*(?:${SHARED_VERB}))\s+((?:the|your|any|all)\b[^.;]{3,80})`, 'gi'), (_m, to: string, verbs: string, object: string) => verbs.split(/,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/).filter(Boolean).map((v) => `${to}${v.trim()} ${object}`).join(', '));
  const out: RightKind[] = [];
  // (A sentence is a clause too: an item that runs on into the next right's label, "… here. Your right to restriction of processing – …".)
  // (" as well as ", and "or (in some cases) erasure": a right after an aside opens a clause too.)
  for (const clause of shared.split(/,|;|(?<=[.!?])\s+(?=[A-Z])|\s+as well as\s+|\s+(?:and|or)\s+(?=\((?:in some cases|where applicable|in certain circumstances)\))|\s+(?:and|or|a(?!\s+(?:yw|ydy|ydyw|ydym|ydych|oes|fydd|gaiff|[a-zâêîôûŵŷ]+ir)\b)|ac|neu)\s+(?=to\b|the\b|ask\b|request\b|have\b|i\b|gofyn\b|cael\b|[a-z]+\b)/i)) {
    const kind = rightKind(clause);
    if (kind && !out.includes(kind)) out.push(kind);
  }
  return out;
}

/** The intro of a list of reasons to contact someone ("You can contact them via our email – if:", "Cysylltwch â ni os:"). */
const CONTACT_REASONS = /\b(?:contact|get in touch|write to|email|ring|call|cysylltu|cysylltwch)\b[^.]*\b(?:if|os)\b\s*[:–-]?\s*$/i;
const RIGHT_WORDS = /\bright(?:s)?\b|\bhawl(?:iau)?\b/i;
// Welsh: "Gallwch dynnu eich caniatâd yn ôl", "gallwch dynnu eich cydsyniad i'r prosesu hwn yn ôl" (npt.gov.uk/cy).
// "a "Subject Access" request", "requests for access, rectification, erasure, restriction or objection",
// "If you want to ask us for information that we may hold about you": the rights named by what is asked.
// "If you think any information in your records is inaccurate or incorrect, please let us know": rectification asked for in plain words.
// Welsh the same: "Os ydych chi'n credu bod unrhyw wybodaeth … yn anghywir rhowch wybod i ni" (rectification), "Os ydych yn dymuno dileu
// eich manylion o'n cronfa ddata … rhowch wybod i ni" (erasure), "byddwn ni'n dangos i chi'r wybodaeth bersonol rydyn ni'n ei chadw
// amdanoch chi" (access: we will show you the information we hold about you).
// "you are entitled to withdraw that consent at any time" ("Where we have your consent to use your details for marketing, you can
// withdraw it at any time"), "you will be able to request a copy of the recording", "You may seek
// to correct any inaccurate information", "You may object to us holding your information": a right stated as what you may do, wherever it is.
// ("Mae gan y rhai sydd ar y rhestr hawl i wybod sut yr ydym yn prosesu … gwybodaeth amdanynt": whoever has it, the right to know how is to be informed.)
const STANDALONE = new RegExp(String.raw`\bif you (?:think|believe|feel)\b[^.]{0,50}\b(?:inaccurate|incorrect|wrong|out of date)\b|\bif (?:something|anything|any (?:of (?:the|your) )?(?:information|data|details))\b[^.]{0,40}\b(?:is|are) (?:inaccurate|incorrect|wrong|out of date)\b|\bos (?:ydych(?: chi)?(?:['’]n| yn)|wyt ti['’]n) (?:credu|meddwl|teimlo)\b[^.]{0,80}\b(?:anghywir|anghyflawn)\b|\bos (?:ydych(?: chi)?(?: yn|['’]n)|hoffech(?: chi)?) (?:dymuno |eisiau )?${cyMutations('dileu')} (?:eich|y) (?:manylion|data|${cyMutations('gwybodaeth')})\b|\b(?:ask us to|${cyMutations('gofyn')} i ni) (?:remove|delete|${cyMutations('tynnu')}|${cyMutations('dileu')}) (?:your|eich) (?:name|details|data|information|enw|manylion|${cyMutations('gwybodaeth')})\b[^.]{0,20}\b(?:from|oddi ar|o['’]n)\b|\b(?:we will show you|${cyMutations('dangos')} i chi['’]r (?:${cyMutations('gwybodaeth')}|data))\b[^.]{0,60}\b(?:about you|amdanoch)\b|\bsubject access request\b|["“‘']subject access["”’']|\brequests? (?:for|of) (?:(?:access|rectification|erasure|restriction|objection|portability),?\s+(?:or\s+|and\s+)?){2,}|\bask (?:us )?for (?:the |any )?(?:personal )?information (?:that )?we (?:may )?hold about you\b|\b[cg]ais gwrthrych am wybodaeth\b|\b(?:g|)ofyn am gopi o['’]r wybodaeth\b|\bask for a copy of (?:the |your |any )?(?:personal )?(?:information|data|records?)\b|\bif you (?:want|wish|would like) to (?:receive|have|get|obtain) a copy of (?:the |your |any )?(?:personal )?(?:information|data|records?)\b|\byou are entitled(?:,[^,.]{0,30},)? to (?:request|ask for|receive|obtain|view|see|access|amend|correct|delete|erase)\b|\bconsent\b[^.]{0,40}\bcan be withdrawn\b|\bwithdraw (?:your |their )?consent\b|\byou (?:can|may) (?:also )?(?:request|ask (?:us )?(?:for|to))\b[^.]{0,60}\b(?:have (?:it|them) )?(?:delet|eras|correct|rectif|restrict|stop (?:using|processing)|limit (?:how|the way|our use)|(?:be )?(?:transferred|moved) to another|access\b|a copy of (?:your|the|any|all)\b)|\b${cyMutations('gofyn')}(?: i['’]r [A-Za-zÀ-ÿŵŷ]+| i ni| inni)? am (?:yr holl |unrhyw )?(?:${cyMutations('gwybodaeth')}|ddata)\b[^.]{0,40}\bamdanoch\b|\bremove (?:your |their )?consent\b|\b(?:gallwch|cewch|mae gennych hawl i) (?:${cyMutations('gofyn')} (?:i ni|inni) (?:${cyMutations('cywiro')}|${cyMutations('dileu')}|${cyMutations('cyfyngu')}|${cyMutations('diweddaru')}|[cg]ael gwared|roi['’]r gorau i|stopio)|${cyMutations('gwrthwynebu')})\b|\b(?:dweud|ddweud) wrthych (?:pa|beth) (?:w|g)ybodaeth\b[^.]{0,30}\bamdanoch\b|\bos (?:ydych|hoffech)(?: chi)?(?: yn|['’]n)? ?(?:eisiau |dymuno )?${cyMutations('gweld')} (?:yr|y) (?:w|g)ybodaeth\b[^.]{0,60}\bamdanoch\b|\b${cyMutations('tynnu')}(?: (?:eich |ei |eu )?|['’](?:ch|r) )(?:${cyMutations('cydsyniad')}|${cyMutations('caniatâd')})[^.]{0,50}(?:\byn|['’]n) ôl\b|\byou (?:are entitled to|can|may|are able to) withdraw (?:that |your |this |the )?consent\b|\bconsent\b[^.]{0,80}\byou (?:are entitled to|can|may|are able to) withdraw (?:it|this|that)\b|\b(?:be able to|can|may) request a copy of (?:the|your|any|this)\b|\byou (?:may|can) (?:seek to |ask us to )?(?:correct|object to)\b|\bright to know (?:how|why|what)\b|\bhawl i (?:gael )?wybod (?:sut|pam|beth)\b`, 'i');
/** "the right controls", "the right people at the right time": "right" before a noun is an adjective (its noun is kept). */
const ADJECTIVE_RIGHT = /\bthe right (?!(?:to|of|not|for|under|in|at|with|as|and|or|that|is|are|which|granted|given|by|from|set|you)\b)([a-z]+)\b/g;

/** A sentence about the notice itself ("It also describes your rights and how to complain"): it names what the notice covers, not a right. */
const ABOUT_NOTICE = /\b(?:this (?:privacy )?(?:notice|policy|statement|page|document)?|it) (?:also )?(?:explains|describes|sets out|outlines|covers|tells you about|provides|gives you|contains)\b|\b(?:this (?:notice|policy|page)|it) (?:does not|doesn['’]t) (?:contain|cover|include)\b|\bMae(?:['’]r (?:hysbysiad|polisi|datganiad)[^.]{0,30}?|['’]n| hefyd| hwn| hyn)? (?:hefyd )?yn (?:esbonio|disgrifio|egluro|amlinellu|cwmpasu|dweud wrthych)\b/i;

/** A right the organisation keeps for itself ("We reserve the right to amend … or withdraw this policy", "Cadwn yr hawl i ddiwygio … a/ynteu dynnu’n ôl y Polisi"): never one of the reader's. */
/** The Freedom of Information Act's "general right of access" (Welsh "hawl mynediad cyffredinol"), the public's right to a body's information: not to one's own data. */
const FOI_ACCESS = /\bgeneral right of access\b|\bhawl (?:mynediad|i gael mynediad) cyffredinol\b|\bpublic['’]?s? right (?:of|to) access\b|\bright (?:of|for) the public to (?:have )?access\b|\bhawl i['’]r cyhoedd (?:gael )?(?:mynediad|fynediad)\b/i;

const RESERVED = /\breserves? (?:the|its|our) right\b|\b(?:[Cc]adwn|yn cadw|['’]n cadw)(?: yr|['’]r) hawl\b/;

/** The rights the notice states, in its order, with the sentence each was read from. */
export function extractRights({ segments, sections, notes }: FactsInput, found: FoundFacts): Rights {
  const rights: Rights = { items: [] };
  const add = (kind: RightKind, label: string, at: string, source: string, conditions?: string) => {
    found.add('rights', kind, source, at);
    if (rights.items.some((r) => r.kind === kind)) return;
    const item: Rights['items'][number] = { kind, label };
    if (conditions) item.conditions = conditions;
    rights.items.push(item);
    rights.at ??= at;
  };
  // A section headed by one right ("The right to erasure", "Yr hawl i gludadwyedd data") states
  // that right; its body explains it (what "automated means" or "correct" mean there names no other).
  const headed = new Set<string>();
  for (const section of sections) {
    // Every right the heading names, one per clause ("The right to have personal information erased and to prevent processing").
    // Also a heading that asks how to withdraw consent ("How do you withdraw your consent to us to share information …?").
    const kinds = FOI_ACCESS.test(section.heading) ? [] : (RIGHT_WORDS.test(section.heading) || /\bwithdraw\b[^.?]{0,20}\bconsent\b|\btynnu\b[^.?]{0,30}\b(?:g|)(?:cydsyniad|gydsyniad|caniatâd|ganiatâd)\b/i.test(section.heading)) && section.heading.split(/\s+/).length <= 20 ? rightKinds(section.heading.replace(new RegExp(RIGHTS_IN_GENERAL.source, 'gi'), '')) : [];
    if (!kinds.length || !segments.some((s) => s.at === section.id)) continue;
    for (const kind of kinds) add(kind, section.heading, section.id, section.heading);
    // ("Your rights and access to your information": a heading that names the rights in general as well heads them all; its body is read.)
    if (!RIGHTS_IN_GENERAL.test(section.heading)) headed.add(section.id);
  }
  // Rights copied as headings under a lead-in that announces them ("Eich hawliau chi" / "Mae’r gyfraith yn rhoi nifer o
  // hawliau i chi:" / "Gofyn am wybodaeth amdanoch chi eich hun" / … / "Gofyn i ni gywiro gwybodaeth …"; "You have the
  // following rights:" / "Access to your information" / …): each heading that names a right, until one that names none.
  for (const [k, section] of sections.entries()) {
    const own = segments.filter((s) => s.at === section.id);
    const lead = own[own.length - 1];
    if (!lead || lead.kind === 'item' || !/:\s*$/.test(lead.text) || !RIGHT_WORDS.test(lead.text)) continue;
    for (const next of sections.slice(k + 1)) {
      const kinds = next.heading.split(/\s+/).length <= 16 ? rightKinds(next.heading) : [];
      if (!kinds.length) break;
      for (const kind of kinds) add(kind, next.heading, next.id, next.heading);
      headed.add(next.id);
    }
  }
  for (const seg of segments) {
    if (headed.has(seg.at)) continue;
    // A list of reasons to get in touch ("You can contact them … if: … You require access to your
    // information") names no right unless an item says "right".
    if (seg.kind === 'item' && CONTACT_REASONS.test(seg.intro ?? '') && !RIGHT_WORDS.test(seg.text)) continue;
    if (isContentsItem(seg)) continue;
    // A list of what another notice covers ("Mae hwn yn egluro eich hawliau … Mae'n cwmpasu:") states no right.
    if (seg.intro && ABOUT_NOTICE.test(seg.intro) && /\b(?:see|read|gweler|darllenwch)\b/i.test(seg.intro)) continue;
    // A table of the rights, a right a row ("Correction | You have the right to …", "Portability | …"): the row's first cell names it.
    if (seg.kind === 'cell') {
      const label = seg.text.split('|')[0]!.trim();
      const kind = label.split(/\s+/).length <= 5 && (seg.topic === 'rights' || RIGHT_WORDS.test(seg.text)) ? rightKind(label) : undefined;
      if (kind && kind !== 'complain') add(kind, label, seg.at, seg.text);
    }
    // (Or an item under "You can:" that asks for what a right gives, "request access to your personal data or ask for it to be
    // corrected", "object to our processing …": the rights as the reader's requests, with no word "right".)
    const canIntro = /^(?:you can|you may|gallwch|cewch)\b/i.test(seg.intro ?? '');
    const inRights = seg.topic === 'rights' || RIGHT_WORDS.test(seg.intro ?? '') || canIntro && (segments.some((s) => s.at === seg.at && RIGHT_WORDS.test(s.text)) || /^(?:request|ask (?:us )?(?:for|to)|object to|withdraw|lodge a complaint|complain)\b/i.test(seg.text));
    const short = seg.text.split(/\s+/).length <= 30;
    if (inRights && (seg.kind === 'item' || seg.kind === 'dl' || ((seg.kind === 'p' || seg.kind === 'line') && short && /^(?:you (?:also )?have (?:the|a)\s+)?(?:the\s+)?(?:right|to\b|of\b|not to\b)/i.test(seg.text)))) {
      const text = seg.kind === 'dl' ? seg.term! : seg.text;
      const kinds = seg.kind === 'dl' ? [rightKind(text) ?? rightKind(seg.text)].filter((k): k is RightKind => !!k) : rightKinds(text);
      for (const kind of kinds) add(kind, kinds.length === 1 ? text : text, seg.at, seg.text, seg.kind === 'dl' ? seg.desc : undefined);
      continue;
    }
    // Sentences that name rights: in a rights section, any "you can …" or "right" sentence;
    // elsewhere, only one that says "right" / "hawl", or a standalone right.
    // (A long sentence that lists the rights with semicolons, "You have the right to withdraw your consent …; the right to have
    // inaccuracies … rectified; the right to erasure; …", is read a part at a time.)
    for (const [whole, full] of sentences(seg.text).flatMap((t) => (t.split(/\s+/).length > 60 ? t.split(/;\s*/) : [t]).map((part) => [part, t] as const))) {
      // (A long sentence is read only in the rights section, where it lists them run on: "You have the right to request access to,
      // copies of and rectification or (in some cases) erasure of … and can request that we restrict processing or object to …".)
      if (whole.split(/\s+/).length > 60 && seg.topic !== 'rights') continue;
      // "we have the right controls in place": "right" as an adjective names no right.
      const sentence = whole.replace(ADJECTIVE_RIGHT, '$1');
      // (Everyone's right is the reader's too: "Mae gan bawb yn y DU hawl gyfreithiol i weld eu cofnodion meddygol".)
      const about = STANDALONE.test(sentence) || RIGHT_WORDS.test(sentence) && (inRights || /\b(?:you|your|chi|eich|individuals?|unigolion|unigolyn|gennych|amdanoch|arnoch|atoch|ohonoch|ichi|chwi|everyone|everybody|pawb|bawb)\b/i.test(full)) || (inRights && /\b(?:you (?:can|may|are entitled to|could|are allowed to)|gallwch|gallech|cewch)\b/i.test(sentence))
        // (In a rights section, the imperative the law firms' template lists them with: "Request correction of the personal data that we
        // hold about you.", "Request restriction of processing …", "Request the transfer of your personal data to you or to a third party.")
        || (inRights && /^(?:request|ask us to|object to|withdraw)\b/i.test(sentence));
      // (Or several rights named as what the reader asks for, with no word "right": "Os ydych yn gwneud cais am fynediad i’ch data
      // personol; neu i’w cywiro, eu dileu neu gyfyngu ar eu prosesu; …", "This includes asking for your personal information to
      // be updated, erased or stop being used".)
      // (Not what a subject access answer tells of them: "the existence of the right to request rectification, erasure or restriction".)
      const asked = /\b(?:request|requests|asking|ask|apply|applies|cais|gofyn|ofyn)\b/i.test(sentence) && !/\bexistence of\b|\bbodolaeth\b/i.test(sentence) && rightKinds(sentence).length >= 3;
      if (!(about || asked) || ABOUT_NOTICE.test(sentence) || RESERVED.test(sentence) || FOI_ACCESS.test(sentence)) continue;
      // "Your rights to access, change or move your information are limited as we need to manage your information in specific ways"
      // (the Health Research Authority's template): rights the notice says it cannot give, none stated as the reader's.
      if (/\brights?\b[^.]{0,80}\b(?:are|is) (?:limited|restricted)\b/i.test(sentence)) continue;
      // "You can at any time change or withdraw your consent from the Cookie Declaration": consent to cookies (PECR), given and
      // withdrawn in the site's banner, is no data protection right the notice states.
      if (/\bcookie|\b[cg]wci/i.test(sentence) && !RIGHT_WORDS.test(sentence) && rightKinds(sentence).every((k) => k === 'withdraw-consent')) continue;
      // "Your rights" in a heading-like clause ("tell you about your privacy rights") names none.
      for (const kind of rightKinds(sentence.replace(/\b(?:your|our|privacy|data|legal)\s+rights\b|\beich hawliau\b/gi, ''))) add(kind, whole, seg.at, whole);
    }
  }
  if (rights.items.length) {
    const n = rights.items.length;
    notes.add(rights.at ?? 'notice', 'inferred', `${n} right${n === 1 ? '' : 's'} recognised (${rights.items.map((r) => r.kind).join(', ')}) from their wording. Check that none is missing or misread.`);
  }
  return rights;
}
