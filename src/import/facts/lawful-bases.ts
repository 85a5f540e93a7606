/**
 * Article 6 lawful bases, however the notice writes them: the letters ("Article 6(1)(e)"), the
 * names ("Public task", "Legal obligation", in a list, a table's "Lawful basis" column or bold),
 * and the regulation's wording ("necessary for the performance of a task carried out in the
 * public interest", "based on consent"), in English and Welsh ("sail gyfreithiol", "tasg
 * gyhoeddus", "buddiannau cyfreithlon"). Names that could be ordinary words ("consent",
 * "contract") count only where the text is about the lawful basis. A list that explains all the
 * bases in general ("Consent: the individual has given …") is not taken as relying on each.
 * Article 9 and Schedule 1 conditions are attached to the basis of their section.
 */
import type { Id, LawfulBasis, LegalRef } from '../../config/notice-model.js';
import { isContentsItem, isCookieTableRow, isPrinciplesItem, sentences, type Segment } from '../segments.js';
import { COOKIE_WORD, cyMutations } from '../patterns.js';
import { findArt6, findArt9, isNoticeDutyItem } from './legal.js';
import type { FoundFacts } from './sources.js';
import { findConditions } from './special-category.js';
import type { FactsInput } from './types.js';

type Art6 = LawfulBasis['art6'];

const ART6_IDS: Record<Art6, string> = {
  a: 'consent', b: 'contract', c: 'legal-obligation', d: 'vital-interests', e: 'public-task', ea: 'recognised-legitimate-interest', f: 'legitimate-interests',
};

/** Text that is about the lawful basis (English and Welsh). */
// ("… process personal data on the basis of:" over a list; "The Council will only process your personal information when it is lawful to do so.")
const BASIS_CONTEXT = /\b(?:lawful|legal|legislative) bas[ie]s\b|\bon the basis of (?:your |the |a |our |their )?(?:explicit |specific |freely given )?(?:consent|contract|legal obligation|vital interests?|public task|legitimate interests?)\b|\bon the basis of\s*:\s*$|\bwhen it is lawful (?:for us )?to do so\b|\bunder Article 6\b|\bo dan Erthygl 6\b|\b(?:lawful|legal) (?:reasons?|conditions?)\b|\b(?:the )?law allows us\b|\ballowed (?:by law )?to (?:use|process|collect|hold|share)\b|\bsail gyfreithlon\b|\bon what (?:legal |lawful )?basis\b|\blegal requirements? for (?:the )?processing\b|\bgofynion cyfreithiol (?:ar gyfer|i) (?:brosesu|prosesu)\b|\b(?:lawful|legal) grounds?\b|\bgrounds for processing\b|\bbasis (?:for|of) (?:the )?processing\b|\bbases for processing\b|\bwe rely (?:up)?on\b|\bconditions? for processing\b|\bjustification for\b|\bsail(?:iau)? gyfreithiol\b|\bseiliau cyfreith(?:iol|lon)\b|\bseiliedig ar\b|\b(?:laws?|legislation) (?:permits?|allows?) us\b|\bar ba sail\b|\b(?:we|rydym yn|byddwn yn) (?:process|use|prosesu|defnyddio) (?:your|eich) (?:personal )?(?:data|information|data personol|gwybodaeth(?: bersonol)?) (?:because|oherwydd)\b|\b(?:process(?:es)?|use[sd]?|prosesu|defnyddio) (?:your|eich) (?:personal )?(?:data|information|data personol|gwybodaeth(?: [bp]ersonol)?) (?:because|oherwydd) (?:(?:bod|fod) hynny['’]n |(?:bod|fod) y prosesu yn |it is |this is )(?:necessary|angenrheidiol)\b/i;

/**
 * The intro of a list of the cases in which the organisation processes data ("The University
 * processes personal data where:", "We use your information when:", Welsh "Rydym yn prosesu eich
 * data pan:"): its items are the bases. Not a list about special category data (its items are
 * Article 9 conditions).
 */
// Also "The data is required in order for us to:" (the purposes the data is needed for, each a basis's words).
const CASES_INTRO = /\b(?:process(?:es)?|use[sd]?|collect(?:s)?|hold(?:s)?|share(?:s)?|prosesu|defnyddio)\b[^.:]{0,40}\b(?:data|information|gwybodaeth)\b[^.:]{0,20}\b(?:where|when|if|pan|lle|os)\s*:\s*$|\b(?:data|information) (?:is|are) (?:required|needed|necessary) (?:in order )?(?:for us )?to\s*:\s*$|\bprosesu\b[^.:]{0,60}\bpan (?:fod|bo|mae)\b[^.:]{0,30}\bun o['’]r (?:amodau )?canlynol\b[^.:]{0,40}:\s*$/i;

/** Basis wording that names the basis wherever it is written. */
/** Each basis by its short name. */
const BASIS_NAME: Partial<Record<Art6, string>> = { a: 'consent', b: 'contract(?:ual necessity)?', c: 'legal obligations?', d: 'vital interests?', e: 'public (?:task|interest)', f: 'legitimate interests?' };

const STANDALONE: [RegExp, Art6][] = [
  // "Sometimes we only hold information with your consent", "We process it with your explicit consent": the processing rests on
  // consent (never "without your consent", nor "… with your consent, we will …" after a refusal, read below).
  [/\b(?:we|the \w+)\s+(?:(?:only|also|will|may|sometimes|can)\s+)*(?:process|processes|hold|holds|use|uses|collect|collects|keep|keeps)\b[^.;]{0,60}\b(?:only )?with your (?:explicit |express |prior )?consent\b/i, 'a'],
  // Play Wales's plain words: "oherwydd eich bod wedi cydsynio i hynny" (because you have consented), "oherwydd bod gennym reswm dilys i
  // wneud hynny sydd ddim yn amharu ar eich hawliau" (a valid reason that does not override your rights: legitimate interests).
  [/\bbecause you have consented\b|\boherwydd (?:eich bod|i chi) (?:wedi )?(?:c|g)ydsynio\b/i, 'a'],
  [/\b(?:legitimate|valid) reason\b[^.]{0,60}\b(?:does not|doesn['’]t|which does not|that does not) (?:override|outweigh)\b|\breswm (?:dilys|cyfreithlon)\b[^.]{0,60}\b(?:ddim yn|nad yw['’]n) amharu ar eich hawliau\b/i, 'f'],
  // The regulation's own words for 6(1)(a), and the Welsh the 1998 Act's Schedule 2 was given in: "Mae Gwrthrych y Data wedi cydsynio i'r Prosesu";
  // "the applicant consents to the data controller processing information", "We will always ask for your consent before we include …".
  [/\bdata subject has (?:given (?:his or her |their )?consent|consented) to (?:the )?processing\b|\bgwrthrych y data wedi (?:c|g)ydsynio\b|\bconsents? to (?:the (?:data )?controller|us) (?:processing|using)\b|\bwe will (?:always )?ask (?:for )?your consent before\b/i, 'a'],
  // "We will seek your consent for processing it", "We will ask you for your permission to process your personal information if …",
  // "By providing us with your personal information, you consent to the use of it …", "Information is obtained with your permission".
  [/\bwe (?:will |may |would )?(?:always )?(?:seek|ask (?:you )?for|obtain|request) your (?:explicit )?(?:consent|permission) (?:for|to|before) (?:process|us\b|using|sharing|collecting|holding|keeping)|\bby (?:using and )?(?:providing|giving|submitting|sending) (?:us )?(?:with )?(?:(?:your|this|the) )?(?:personal )?(?:information|data|details)\b[^.]{0,40}\byou (?:consent|are consenting|will be deemed to have consented|are deemed to have consented) to\b(?![^.]{0,40}\b(?:transfer|cookies?|by Google)\b)|\bwhen you (?:complete|submit|fill in|fill out) (?:any |a |the |our )?forms?\b[^.]{0,40}\byou consent (?:for us |to us )?to (?:use|process|hold|store|collect)\b|\b(?:obtained|collected|processed|used|held) with your (?:explicit )?(?:consent|permission)\b/i, 'a'],
  // "We need to process your data in order to meet our obligations … under our contract with you", "Because we have a contract with you",
  // "where it is necessary in connection with a contract between us", "as you are making a contract with us to provide library services".
  [/\b(?:you are|you['’]re) (?:making|entering into) a contract with us\b|\b(?:obligations?|rights?) under (?:our|the|your|a) contract with you\b|\bbecause (?:we have|of) (?:a|our|the) contract with you\b|\b(?:necessary|needed)\b[^.]{0,30}\b(?:for|in connection with|under) (?:a|the|our) contract (?:between us|between you and us|with you)\b/i, 'b'],
  // "… to carry out functions which are in the public interest and which are based on the law"; "We collect this information in our
  // official authority as a Fire and Rescue Service".
  // "The lawful basis for the processing of the data you provide is public interest" (not "substantial public interest", Article 9's).
  [/\bfunctions?\b[^.]{0,30}\bin the public interest\b|\bin (?:our|its) official authority\b|\b(?:lawful|legal) basis\b[^.]{0,60}\b(?:is|are)\s+(?:the\s+)?public interest\b/i, 'e'],
  // The NHS template's "The NHS is an official authority with a public duty to care for its patients".
  [/\bofficial authority with a public duty\b|\bawdurdod swyddogol sydd â dyletswydd gyhoeddus\b|\bpublic tasks?\b|\btasks?\b[^.]{0,30}\bin the public(?:'s|’s)? interest\b|\btasks?\b[^.]{0,30}\bin the interests? of the public\b|\bperformance of (?:our|its|the) (?:statutory|public|official) (?:duties|duty|functions?|tasks?)\b|\bpublic interest tasks?\b|\bexercis(?:e|ing) (?:of )?(?:its |our |the )?official authority\b|\b(?:lawful|legal) bas[ie]s (?:of|is|being) ['‘’"“]?(?:the )?(?:public interest|official authority)\b(?! sylweddol)|\btasg gyhoeddus\b|\bbudd y cyhoedd\b|\b(?:tasg|dasg|thasg|nhasg)\b[^.]{0,30}\b(?:budd|lles) (?:y )?cyhoedd(?:us)?\b(?! sylweddol)/i, 'e'],
  [/(?<!\bnot )(?<!\bnot always )(?<!n['’]t )\b(?:based|relies|rely|relying) (?:up)?on (?:your |their )?consent\b|\bseiliedig a(?:r)? (?:eich )?g?[cg]ydsyniad\b|\bdibynnu ar (?:eich )?(?:c|g|ch|ngh)(?:aniatâd|ydsyniad)\b|\bseiliedig a(?:r)? (?:eich )?ganiatâd\b|\b(?:where|when) (?:we need|we require) your consent\b|\b(?:where|when) your consent is (?:required|needed)\b|\b(?:using|use|used|process(?:ed|ing)?) (?:your |their |the )?(?:personal )?(?:data|information)? ?with (?:your|their|donors['’]?|supporters['’]?) consent\b|\byou (?:indicate that you )?consent to (?:us|our) using\b|\bwith (?:your|their) (?:explicit )?consent,? (?:we |it )?(?:may |will |can |would )?(?:only )?(?:use|process|share|collect|hold|record)\b|\bwhere you have consented to (?:us|our)\b|\bwe (?:also )?use your consent to\b|\bwe (?:ask|may ask) (?:for )?(?:your )?consent (?:from you )?to (?:process|use|share|collect)\b|\b(?:is|are) consent[- ]based\b|\bby using (?:this|the|our) (?:web\s*site|site|service|app)\b[^.]{0,20}\byou (?:consent|agree) to (?:the|our) (?:collection|use|processing)\b|\b[TtDd]rwy (?:dd|d|n)efnyddio['’]r (?:[Ww]efan|[Ss]afle|[Gg]wasanaeth|[Aa]p)\b[^.]{0,80}\b(?:yn|['’]n) cydsynio i (?:gasglu|ddefnyddio|brosesu)\b/i, 'a'],
  // Welsh: "ymgymryd â thasg gyhoeddus" (a public task, "tasg" mutated after "â").
  // And the processing itself said to be for the statutory functions, 6(1)(e) in plain words: "rydym yn prosesu eich data personol i
  // gyflawni ein swyddogaethau statudol", "we process your personal data to perform our statutory functions" (collecting for
  // them, "Mae DSPP yn casglu'r wybodaeth hon er mwyn cyflawni ei swyddogaethau cyhoeddus", is the purpose, read only in context below).
  [new RegExp(String.raw`\b(?:process|prosesu) (?:your|eich) (?:personal )?(?:data|information|data personol|${cyMutations('gwybodaeth')}(?: bersonol)?) (?:in order )?(?:to|i|er mwyn) (?:carry out|perform|fulfil|exercise|${cyMutations('cyflawni')}|${cyMutations('perfformio')}) (?:(?:our|its) (?:statutory|official|public) (?:functions|duties|tasks)|(?:ein|ei) (?:swyddogaethau|dyletswyddau) (?:statudol|swyddogol|cyhoeddus))\b`, 'i'), 'e'],
  // (Plural too, "ein tasgau cyhoeddus"; and "yn unol â'n hawdurdod swyddogol" (our official authority); "Mae gan Weinidogion
  // Cymru bwerau statudol y byddant yn dibynnu arnynt i brosesu …" (statutory powers they rely on).)
  // ("fel rhan o'n gorchwyl cyhoeddus", as part of our public task: "gorchwyl" for "tasg".)
  [new RegExp(String.raw`\b${cyMutations('tasg')}(?:au)?\s+${cyMutations('cyhoeddus')}\b|\b${cyMutations('gorchwyl')}(?:ion)?\s+${cyMutations('cyhoeddus')}\b|\b${cyMutations('awdurdod')} swyddogol\b|\b${cyMutations('pwerau')} statudol\b[^.]{0,40}\b${cyMutations('dibynnu')}\b`, 'i'), 'e'],
  // Welsh consent given: "pan rydych yn rhoi caniatâd i ni wneud hynny", "rydych yn rhoi caniatâd i ni brosesu eich gwybodaeth",
  // "Pan fo cydsyniad wedi'i roi", "rydych yn cydsynio y bydd Prifysgol Abertawe'n casglu …".
  [new RegExp(String.raw`\byn (?:rhoi|roi) (?:eich )?${cyMutations('caniatâd')} i ni\b|\b${cyMutations('cydsyniad')} wedi['’]i roi\b|\brydych(?: chi)? yn ${cyMutations('cydsynio')}\b|\brydych(?: chi)? wedi['’]n ${cyMutations('caniatáu')}\b`, 'iu'), 'a'],
  // "angenrheidiol i weinyddu'ch contract aelodaeth" (necessary to administer your membership contract).
  [new RegExp(String.raw`\bangenrheidiol (?:i|er mwyn)\b[^.]{0,40}(?:\beich |['’]ch )${cyMutations('contract')}\b`, 'i'), 'b'],
  // "er ein budd dilys ni" (our legitimate interest, "dilys" for "cyfreithlon"); "Mae gennym fuddiannau cyfiawn mewn cadw mewn
  // cysylltiad â chi" (we have legitimate interests in keeping in touch with you), as English "we have a legitimate interest in …".
  // (And "yn seiliedig ar fuddiannau busnes dilys", based on legitimate business interests.)
  // (Also "i gyflawni ein buddiannau dilys" (to pursue our legitimate interests) and "buddiant dilys X" (X's legitimate interest).)
  [/\b(?:er|yn) ein budd(?:iannau)? dilys\b|\b(?:i |er mwyn )?(?:g|ch)?(?:c|g)yflawni ein (?:b|f)udd(?:iannau|iant) (?:dilys|cyfreithlon)\b|\b(?:â|a|ag) (?:b|f)uddiant (?:dilys|cyfreithlon) (?=[A-Z])|\bseiliedig ar (?:ein |eu )?(?:f|b)udd(?:iannau|iant)? (?:busnes )?(?:dilys|cyfreithlon|cyfiawn)\b|\b(?:mae gennym|mae gan y [\p{L}]+|sydd gennym)\s+(?:f|b)udd(?:iannau|iant)? (?:cyfreithlon|cyfiawn|dilys)\b/iu, 'f'],
  // Welsh 6(1)(c): "i gyflawni ei rwymedigaeth gyfreithiol" (to fulfil its legal obligation).
  [new RegExp(String.raw`\b(?:${cyMutations('cyflawni')}|${cyMutations('cydymffurfio')}\s+â['’]?n?)\s+(?:ein\s+|ei\s+|eu\s+)?${cyMutations('rhwymedigaeth')}(?:au)?\s+${cyMutations('cyfreithiol')}\b`, 'i'), 'c'],
  // The obligation given as the reason: "oherwydd rhwymedigaeth gyfreithiol sydd arnom" (because of a legal obligation upon us), "because of our legal obligations".
  // "We do this because we have a legal obligation to do so", "we are legally obliged to comply with the Electoral Registration and
  // Administration Act 2013", "Under the Care Act 2014 local authorities have a statutory obligation to provide …".
  [new RegExp(String.raw`\bbecause (?:of |we have |we are under |there is )?(?:a|our|its|the) (?:legal|statutory) (?:obligations?|duty|duties)\b|(?<!\bmay )(?<!\bmight )\b(?:we are|we['’]re) legally (?:obliged|required|bound) to (?:comply|collect|process|hold|keep|record|use|provide)\b|\b(?:we|local authorities|councils|the (?:council|trust|board|authority|school|college|university|department)) (?:have|has) (?:a )?(?:legal|statutory) (?:obligations?|duty|duties) (?:under [^.]{3,160}? )?to (?:provide|collect|process|hold|keep|record|publish|maintain|carry out|deliver|ensure)\b|\b(?:oherwydd|oblegid|o dan|dan|yn sgil)\s+(?:ein\s+|ei\s+|eu\s+)?${cyMutations('rhwymedigaeth')}(?:au)?\s+${cyMutations('cyfreithiol')}\b`, 'i'), 'c'],
  // The regulation's wording of 6(1)(c), and the usual plain form of it ("in order to comply with our legal obligations").
  // Welsh "cydymffurfio â'n rhwymedigaethau cyfreithiol" (to comply with our legal obligations).
  // ("We need to process your data to meet our legal obligations", "We need this information to meet our legal duties", "… because the law requires us to".)
  [new RegExp(String.raw`\bnecessary for compliance with a legal obligation\b|\b(?:in order )?to comply with (?:our|its) legal obligations?\b(?! to\b)|\b(?:process|use|collect|hold|share|keep|need)\b[^.]{0,60}\bto (?:meet|fulfil|satisfy) (?:our|its) (?:legal|statutory) (?:obligations?|duties)\b(?! to\b)(?!,? (?:under|in relation to|regarding|concerning) (?:the )?(?:UK )?(?:GDPR|DPA|[Dd]ata [Pp]rotection|General Data|confidentiality))|\bbecause the law requires (?:us|it)\b|\bnecessary (?:for us )?(?:in order )?to comply with (?:the|UK|relevant|applicable) (?:law|legislation)\b|(?<!\bmay )(?<!\bmight )\b(?:we are|we['’]re) required by law to (?:process|collect|hold|keep|record|use|share)\b|\bmae['’]n ofynnol (?:i ni|inni) (?:yn ôl|dan|gan) y gyfraith (?:${cyMutations('prosesu')}|${cyMutations('casglu')}|${cyMutations('cadw')})\b|\b${cyMutations('cydymffurfio')} â['’]n ${cyMutations('rhwymedigaethau')} (?:${cyMutations('cyfreithiol')}|statudol)\b`, 'i'), 'c'],
  // Necessity stated with the obligation: "it is necessary and a legal requirement to process your
  // information", "the data is essential for the Council to … meet statutory obligations", Welsh
  // "yn hanfodol er mwyn i'r Cyngor … chwrdd â rhwymedigaethau statudol".
  // "We are under legal obligations to provide many of these services and to deliver these we need to collect and use personal information".
  [new RegExp(String.raw`\b(?:we are|we're|(?:the )?[A-Z]\w+ (?:is|are)) under (?:a )?(?:legal|statutory) (?:obligations?|duty|duties) to\b|\ba (?:legal|statutory) (?:requirement|obligation|duty) (?:for us |on us )?to (?:process|use|share|collect|hold|keep|record|disclose)\b|\b(?:necessary|essential|needed|required)\b[^.]{0,60}\b(?:comply with|meet|fulfil|satisfy|carry out|discharge)\b[^.]{0,20}\b(?:legal|statutory)(?:\s*(?:\/|and|or)\s*(?:regulatory|statutory|legal))? (?:obligations?|duties|requirements)\b|\b(?:hanfodol|angenrheidiol|ofynnol)\b[^.]{0,60}\b(?:${cyMutations('cwrdd')}|${cyMutations('cydymffurfio')}|${cyMutations('cyflawni')}|${cyMutations('bodloni')})\b[^.]{0,20}\b${cyMutations('rhwymedigaethau')} (?:statudol|${cyMutations('cyfreithiol')})\b`, 'i'), 'c'],
  // The regulation's wording of 6(1)(b), in English and Welsh: "necessary for the performance of a contract",
  // "yn angenrheidiol ar gyfer perfformiad y contract rhyngom".
  // (Also "ar gyfer perfformio contract" with the verb: for performing a contract.)
  // ("Mae ein defnydd o'ch gwybodaeth … yn angenrheidiol i gyflawni'r contract rhyngom": necessary to perform the contract between us.)
  [new RegExp(String.raw`\b${cyMutations('angenrheidiol')} (?:i|er mwyn) ${cyMutations('cyflawni')}['’]r ${cyMutations('contract')}\b|\bnecessary\b[^.]{0,25}?\bfor the performance (?:and (?:management|administration) )?of (?:a|the|any|our|your|this) contract\b|\bfor the purposes? of the performance of (?:a|the|our|your) contract with you\b|\bnecessary (?:for us )?(?:to|for) (?:fulfil|perform|deliver|enter into|carry out)(?:ing)? (?:a|the|our|your|any) contract\b|\bto (?:fulfil|perform|deliver|enter into) (?:a|the|our|your) contract with you\b|\b${cyMutations('angenrheidiol')} ar gyfer ${cyMutations('perfformiad')} (?:y|ein|eich|unrhyw) ${cyMutations('contract')}\b|\bar gyfer ${cyMutations('perfformio')} (?:y |ein |eich |unrhyw )?${cyMutations('contract')}\b`, 'i'), 'b'],
  // Reliance stated outright: "in pursuit of our legitimate interests", "for our legitimate interests";
  // "contractual purposes" (a heading "Why we need your personal information – contractual purposes").
  // "The School relies on legitimate interests for …", "we use your information for our legitimate business interests",
  // "We deem it a legitimate interest of the school to …", "the Council has a legitimate interest in processing personal data".
  // (And Article 6(1)(f)'s words said of the organisation's own interests, "processing is necessary for the purposes of our legitimate
  // interests in …"; the regulation's "… of the legitimate interests pursued by …" is how a list of all six bases words it.)
  [/\bnecessary for the purposes? of (?:our|its) legitimate (?:[a-z]+ )?interests?\b|\brel(?:y|ies|ying) (?:up)?on (?:our |its |the |their )?legitimate (?:[a-z]+ )?interests?\b|\bfor (?:our|its) (?:own )?legitimate (?:[a-z]+ )?interests?\b|\b(?:deem|consider) it (?:a|to be a|in our) legitimate interests?\b|\b(?:has|have) a legitimate interest in (?:processing|using|holding|keeping|sharing|collecting)\b/i, 'f'],
  // ("We process IP addresses based on the legitimate interest of maintaining performance of our website"; "… as part of our legitimate interests".)
  [/\b(?:in (?:the )?pursuit of|in pursuing|pursue|pursuing) (?:our|its) legitimate (?:[a-z]+ )?interests?\b|\bbased on (?:the |our |its )?legitimate interests?\b|\bas part of (?:our|its) legitimate interests?\b|\bon the basis of (?:our |its |the )?legitimate interests?\b|\b(?:it is|it['’]s) in (?:our|its) legitimate interests? to\b|\bar sail (?:ein |ei )?(?:buddiannau|buddiant|diddordebau) (?:cyfreithlon|dilys)\b/i, 'f'],
  // The regulation's 6(1)(b) in plain words: "you … are taking steps to become party to a contract with us", "processed under contract",
  // and its own words, "to take steps at your request prior to entering into a contract with you".
  [/\b(?:take|taking) steps at (?:your|the (?:data subject|individual)['’]s) request (?:prior to|before) entering into a contract\b|\bcontractual (?:purposes|reasons|necessity)\b|\bparty to a contract\b|\bprocessed under (?:a |the |your )?contract\b/i, 'b'],
  // Both obligations met together: "to … meet our contractual and legal obligations", "meet its legal and contractual obligations
  // as an employer"; and the legal duties the processing is for, "to enable us to fulfil our various legal duties" (never "takes care
  // to meet its legal duties", the duty to obey the law).
  [/\b(?:meet|fulfil|satisfy|comply with|honour) (?:our|its|their) (?:legal and contractual|contractual and legal) obligations\b/i, 'b'],
  [/\b(?:meet|fulfil|satisfy|comply with|honour) (?:our|its|their) (?:legal and contractual|contractual and legal) obligations\b|\bto (?:enable us to |allow us to |help us )?fulfil (?:our|its|their) (?:various |many )?legal duties\b/i, 'c'],
  // The reader's consent given in the sentence: "When you join … you consent to your name and contact details being stored on our
  // database", "You consent to your information being used for the purpose of the event application only".
  [/\byou (?:consent|agree) to (?:your|the) (?:personal )?(?:name|information|data|details|personal data|contact details)\b[^.]{0,60}\bbeing (?:used|stored|processed|shared|held|kept|collected)\b/i, 'a'],
  // The law given as what obliges the processing: "By law, we must process this information on behalf of the NHS".
  [/\bby law,? we (?:must|have to|are (?:obliged|required) to) (?:process|collect|keep|hold|share|record|use|disclose)\b/i, 'c'],
  // Powers given as the reason: "Information relating to emergency incidents is used under statutory powers to manage and record incidents".
  [/\b(?:used|processed|collected|held|shared|recorded|kept|gathered|obtained)\s+under\s+(?:our\s+|its\s+|the\s+|specific\s+)?statutory\s+powers\b/i, 'e'],
  // Welsh: "Cydymffurfio gyda rhwymedigaeth gyfreithiol" (complying with a legal obligation), "er budd hanfodol gwrthrych y data" (in the data subject's vital interests).
  [new RegExp(String.raw`\b${cyMutations('cydymffurfio')} (?:gyda|â|ag) (?:ein |ei |eu )?${cyMutations('rhwymedigaeth')}(?:au)? ${cyMutations('cyfreithiol')}\b`, 'i'), 'c'],
  [/\ber (?:ei |eu |eich )?budd(?:iannau)? hanfodol\b/i, 'd'],
  // A statutory duty given as the reason, English and Welsh: "to fulfil its obligations under the Housing (Wales) Act 2014",
  // "i gyflawni ei rwymedigaethau dan Ddeddf Tai (Cymru) 2014", "gan fod arnom ddyletswydd statudol", "mae hyn yn ofyniad statudol".
  [new RegExp(String.raw`\b(?:fulfil|meet|carry out|discharge) (?:our|its|their) (?:statutory |legal )?obligations under (?:the )?[A-Z][^.]{2,60}?\bAct\b|\b${cyMutations('cyflawni')} (?:ein |ei |eu )?${cyMutations('rhwymedigaeth')}(?:au)? (?:o )?dan ${cyMutations('deddf')}\b|\b(?:gan fod|oherwydd bod) arnom (?:dd|d)yletswydd (?:statudol|gyfreithiol)\b|\byn ofyniad statudol\b`, 'i'), 'c'],
  // The regulation's Welsh: "Mae Gwrthrych y Data wedi rhoi caniatâd", "er mwyn cyflawni contract gyda Gwrthrych y Data".
  [/\bGwrthrych y Data wedi rhoi (?:ei |eu )?(?:caniatâd|ganiatâd|cydsyniad|gydsyniad)\b/i, 'a'],
  [/\b(?:cyflawni|gyflawni|chyflawni) contract (?:gyda|â|ag) (?:Gwrthrych y Data|chi)\b/i, 'b'],
  // "Vital interests" is the regulation's term of art for 6(1)(d) (and 9(2)(c)); it names nothing else.
  [/\bin (?:your|their|the data subject['’]s|someone['’]s|a person['’]s) vital interests?\b|\bto protect (?:your|their|someone['’]s|the) vital interests?\b/i, 'd'],
  // The basis named as what the law calls the reason just given: "In legal terms this is called ‘legitimate interests’",
  // "This is known as 'public task'".
  ...(['a', 'b', 'c', 'd', 'e', 'f'] as Art6[]).map((letter): [RegExp, Art6] => [new RegExp(String.raw`\b(?:this|which|that) is (?:called|known as|referred to as|termed)\s+(?:the\s+)?(?:(?:lawful|legal) basis of\s+)?['‘"“]?${BASIS_NAME[letter]!}\b`, 'i'), letter]),
];

/** Basis wording that counts only in text about the lawful basis. */
const IN_CONTEXT: [RegExp, Art6][] = [
  // (The councils' template: "you have given your permission".)
  // (Welsh in its mutations: "y sail gyfreithiol … yw drwy gydsyniad".)
  [new RegExp(String.raw`\bconsent\b|\b${cyMutations('cydsyniad')}\b|\b${cyMutations('caniatâd')}(?![\p{L}])|\byou have given (?:us )?(?:your )?permission\b|\bwith your (?:explicit )?permission\b`, 'iu'), 'a'],
  [/\b(?:performance|perform) of (?:a|the|our|your|staffs?[’']?) contracts?\b|(?<!\bnot including )\bcontractual (?:obligations?|necessity)\b|\bnecessary for (?:a|the|our) contracts?\b|\bcontract(?: [a-z]+){0,3} with (?:you|us)\b|\b(?:deliver|fulfil|perform|enter into)(?:ing)? (?:a|the|our|your) contract\b|\bcontract(?:ual)?\b(?=\s*[.,(:;–-]|$)|['‘"“]contract(?:ual)?['’"”]|\bcontract(?:ol)? \(|^contract (?:or|and) (?:public task|legal obligation|consent)\b|\b(?:a|the) contract(?: or agreement)?\b[^.]{0,40}\bentered into\b|\bentered into a contract\b/i, 'b'],
  [/\blegal obligations?\b|\blegal compliance\b|\bcompl(?:y|iance) with (?:a |any |our )?(?:legal|statutory) (?:obligations?|duty|duties)\b|\bcomply with (?:(?:the|UK|our|relevant|applicable)(?: (?:employment|tax|health and safety|equality))? (?:law|legislation)|legislation)\b|\b(?:as|where|when) (?:the )?law requires\b|\b(?:are|is) required by law\b|\blegal (?:or|and) regulatory obligations?\b|\blegal (?:duty|duties|requirements?)\b(?! for (?:the )?processing\b)|\bstatutory (?:(?:and|or) legal )?(?:obligations?|requirements?)\b|\brhwymedigaeth(?:au)? g?[cg]yfreithiol\b|\b(?:g|ch)?[cg]ydymffurfi(?:o|aeth) (?:â|ag|gyda) (?:d|dd)eddfwriaeth\b(?! diogelu data)|\bgofynion cyfreithiol\b(?! (?:ar gyfer|i) (?:brosesu|prosesu)\b)|\bymrwymiad cyfreithiol\b|\b(?:it['’]s|it is) required by law\b/i, 'c'],
  // "it is necessary to protect someone in an emergency", "to protect you or others from harm" (the councils' plain wording of 6(1)(d)).
  // The common template's "where we need to protect your interests (or someone else's interests)".
  [/\bvital interests?\b|\b(?:need|necessary) to protect (?:your|their|someone['’]s) interests\b|\bprotect (?:someone|somebody|you|a person|an individual)(?: or (?:others|someone(?: else)?|another person))? in an emergency\b|\bprotect (?:you|someone|somebody) or others from (?:serious )?harm\b|\bprotect (?:someone|somebody|your|a person)[’']?s? life\b|\bprotect (?:your|their) or someone else['’]s life\b|\bbuddiannau hanfodol\b|\bdiddordeb hanfodol\b|\bbudd hanfodol\b/i, 'd'],
  [new RegExp(String.raw`\brhwymedigaethau contractiol\b|\b${cyMutations('cyflawni')} ${cyMutations('contract')}\b|\bdan ${cyMutations('contract')}\b|\bcontract (?:yr ydych|gyda chi)\b|\bymrwymo i ${cyMutations('contract')}\b|\bcytundebol\b|\b${cyMutations('perfformiad')} (?:(?:y|ein|eich|unrhyw) )?${cyMutations('contract')}\b`, 'i'), 'b'],
  // The template's plain words for 6(1)(e) and (c): "we have been given an important function or job by law"
  // and "we have been given responsibility and duties by law … to comply with those obligations".
  // "to carry out our statutory duties", "to fulfil its statutory functions": public task where the text speaks of the
  // lawful basis; elsewhere often the purpose a notice gives for the processing, which keys do not count as the basis.
  [/\b(?:perform|performing|carry out|carrying out|fulfil|fulfilling|discharge|discharging) (?:our|its|their) (?:statutory|public|official) (?:duties|duty|functions?|tasks?|roles?)\b/i, 'e'],
  // Welsh the same: "angenrheidiol i ni berfformio ein swyddogaethau swyddogol", "i gyflawni ein swyddogaethau statudol" (elsewhere
  // the purpose a notice gives: "Mae DSPP yn casglu'r wybodaeth hon er mwyn cyflawni ei swyddogaethau cyhoeddus").
  [new RegExp(String.raw`\b(?:${cyMutations('cyflawni')}|${cyMutations('perfformio')}|${cyMutations('cyflenwi')})\s+(?:ein|ei|eu)\s+${cyMutations('swyddogaethau')}\s+(?:statudol|swyddogol|cyhoeddus)\b`, 'i'), 'e'],
  // (Islington's plain words: "we are doing something in the public interest or as part of our official duties".)
  // (A body the law set up, saying so where it gives its basis: "Because we are set up by law we are allowed to process personal data".)
  // (And in plain words, where the text gives the basis: "because it is part of our job as a public body", "our role as a council",
  // "Volunteering is a role carried out in the public interest".)
  [/\b(?:our|its) (?:job|role|work) as (?:a|an|the) (?:[\w-]+ ){0,3}(?:public body|public authority|council|local authority|regulator|police force|fire and rescue service|health board|NHS (?:body|trust|organisation))\b|\bstatutory (?:functions?|powers?)\b|\bofficial (?:functions?|duties)\b|\b(?:role|work|function|activity|service)s? (?:is |are )?carried out in the public interest\b|\b(?:we are|we were|we['’]re|(?:it|the [A-Z]\w+) (?:is|was)) (?:set up|established|created|constituted) (?:by|under) (?:law|statute|an? Act)\b|\bswyddogaethau(?: a dyletswyddau)? statudol\b|\b(?:function|job|task)s?\b[^.,;]{0,20}\b(?:given|set|conferred)?\s*(?:on us\s+)?by law\b/i, 'e'],
  [/\b(?:responsibilit(?:y|ies) and )?duties (?:placed on us |given to us )?by law\b|\bto comply with (?:those|these) obligations\b/i, 'c'],
  // GwE's list of "legal reasons": "the law says that it must be done".
  [/\bthe law (?:says|states) (?:that )?(?:it|we|this|they) (?:must|has to|have to)\b|\bthe law requires (?:us|it)\b/i, 'c'],
  // Welsh "diddordeb cyfreithlon" ("ein diddordeb cyfreithlon mewn hyrwyddo …") as well as "buddiannau cyfreithlon", "buddiannau
  // dilys" and "buddiannau cyfiawn", "budd" mutated after "ein" or "gennym" ("fuddiannau").
  // "our legitimate business interests", "our legitimate administration interest": one word may qualify the interest.
  [/\blegitimate (?:[a-z]+ )?interests?\b|\bbudd(?:iannau)? cyfreithlon\b|\bddiddordeb(?:au)? cyfreithlon\b|\bdiddordeb(?:au)? cyfreithlon\b|\bdiddordebau cyfiawn\b|\b(?:b|f)udd(?:iannau|iant)? (?:cyfreithlon|cyfiawn|dilys)\b/i, 'f'],
];

/**
 * Basis wording read only where the sentence itself speaks of the lawful basis (or is an item of a list whose intro does: "Dyma'r sail
 * gyfreithlon …:" / "I gydymffurfio â'r gyfraith"), never from the
 * text around it nor because the sentence names another basis: Welsh "er mwyn i ni gydymffurfio â'r gyfraith" (to comply with the
 * law) is a basis after "seiliau cyfreithlon eraill megis …", but a reason for keeping data in "Mae
 * pa mor hir … yn dibynnu ar …, er ein buddiannau cyfreithlon … neu er mwyn i ni gydymffurfio â'r gyfraith".
 */
const IN_STATED_CONTEXT: [RegExp, Art6][] = [
  [new RegExp(String.raw`\b${cyMutations('cydymffurfio')} â['’]r ${cyMutations('cyfraith')}\b`, 'i'), 'c'],
  // "The legal basis on which we collect the data is for the administration of justice" (HMCTS; Welsh "er mwyn gweinyddu
  // cyfiawnder"): a task in the public interest, the first the Data Protection Act 2018 (s. 8) names.
  [new RegExp(String.raw`\b(?:the )?administration of justice\b|\b${cyMutations('gweinyddu')} ${cyMutations('cyfiawnder')}\b`, 'i'), 'e'],
];

/** The words before a basis cited that say it is not used ("We will not process personal data on the basis of consent ("). */
const NOT_RELIED_ON = /\b(?:do|does|will|shall|can|could|would)\s+not\b[^.]{0,60}\b(?:on the basis of|rel(?:y|ies|ying) (?:up)?on|based on)\b[^.]{0,40}$|\bnot (?:on the basis of|rel(?:y|ied|ying) (?:up)?on)\b[^.]{0,40}$/i;
/** The words before a basis that make it a condition, not a basis relied on ("unless we have a legal obligation"). */
// The condition may run on to a second one ("oni bai bod rhwymedigaeth gyfreithiol arnom i wneud hynny neu os ydych chi wedi rhoi caniatâd").
const UNLESS = /\b(?:unless|except where|other than|if there is|whether|oni bai)\b(?:[^.]{0,50}|[^.]{0,80}\b(?:or|neu)\b[^.]{0,50})$/i;

/** Letters a sentence names in words (`context`: the text around it is about the lawful basis). */
export function basesInWords(sentence: string, context: boolean, stated = false): Art6[] {
  const out: Art6[] = [];
  for (const [pattern, letter] of STANDALONE) {
    const m = pattern.exec(sentence);
    // "unless there is a legal requirement to share it" names no basis relied on.
    if (m && !out.includes(letter) && !UNLESS.test(sentence.slice(0, m.index))) out.push(letter);
  }
  // A sentence that names one basis outright is about the bases: "Legal obligation or public task
  // under various UK legislation" names both. So is one that names two or more in the words of the
  // bases ("to meet a legal obligation, deliver a contract, or because you have provided your consent").
  const named = new Set(IN_CONTEXT.filter(([pattern]) => pattern.test(sentence)).map(([, letter]) => letter));
  if (context || (out.length && sentence.split(/\s+/).length <= 25) || named.size >= 2) {
    for (const [pattern, letter] of IN_CONTEXT) {
      const m = pattern.exec(sentence);
      // "unless we have a legal obligation or other legal basis" names no basis relied on.
      if (m && !out.includes(letter) && !UNLESS.test(sentence.slice(0, m.index))) out.push(letter);
    }
  }
  if (stated || BASIS_CONTEXT.test(sentence)) {
    for (const [pattern, letter] of IN_STATED_CONTEXT) {
      const m = pattern.exec(sentence);
      if (m && !out.includes(letter) && !UNLESS.test(sentence.slice(0, m.index))) out.push(letter);
    }
  }
  // "We will not share it without your consent" / "heb eich cydsyniad" / "without the requirement to seek consent" is not consent as a basis.
  // Nor "you are not able to provide consent" (the reason another basis applies), nor what would
  // happen "If we need to use your data for an unrelated purpose, we will seek your consent".
  if (out.includes('a') && (/\b(?:not able to|unable to|cannot|can['’]t|incapable of) (?:provide|provid|give|giv)\w*\s+(?:your |their )?consent\b/i.test(sentence) || /^(?:If|Should)\b[^.]*\b(?:seek|ask for|obtain|get)\s+(?:your|their)\s+consent\b/i.test(sentence)) && !STANDALONE.some(([p, l]) => l === 'a' && p.test(sentence))) out.splice(out.indexOf('a'), 1);
  // "We have a legal duty to keep these confidential, accurate and secure": the duty of confidence and
  // security, not the obligation the processing is for; "a legal duty to perform our tasks in the public
  // interest" names the public task, not a legal obligation besides it.
  if (out.includes('c') && /\b(?:required by law|(?:a )?legal (?:requirement|duty|obligation)) to have an? (?:lawful|legal) basis\b/i.test(sentence) && !findArt6(sentence).some((f) => f.letter === 'c')) out.splice(out.indexOf('c'), 1);
  // ("we are legally obliged to use your information in line with all laws concerning the protection of personal information", "a legal duty
  // to keep and process information about you in accordance with the law": the duty to obey data protection law, not a basis.)
  if (out.includes('c') && /\b(?:legal (?:duty|duties|obligations?)|legally (?:obliged|required|bound)) to (?:keep|hold|maintain|protect|use|process|handle|treat)\b[^.]{0,80}\b(?:in (?:line|accordance|compliance) with|under) (?:all |the |data protection |relevant )*(?:data protection )?(?:laws?|legislation)\b|\blegal (?:duty|duties|obligations?) to (?:keep|hold|maintain|protect)\b[^.]{0,40}\b(?:confidential|secure|safe|accurate|private)\b|\blegal duty to (?:perform|carry out) (?:our|its) (?:tasks?|functions?)\b/i.test(sentence) && !findArt6(sentence).some((f) => f.letter === 'c') && !/\blegal obligation (?:to which|that)\b|\bcompl(?:y|iance) with\b/i.test(sentence)) out.splice(out.indexOf('c'), 1);
  // "we can disclose this information if it is required by law, if you give consent or if it is justified in the public
  // interest": the conditions for a disclosure (the duty of confidence), not the bases of the processing.
  if (/\b(?:disclose|share|release|pass on)\b[^.]{0,60}\bif (?:it is )?required by law\b[^.]{0,40}\bif you (?:give|have given)\b[^.]{0,20}\bconsent\b/i.test(sentence) && !findArt6(sentence).length) {
    for (const letter of ['a', 'c', 'e'] as Art6[]) if (out.includes(letter)) out.splice(out.indexOf(letter), 1);
  }
  // "We may pass on your personal information if we have a legal obligation to do so", "We only share information when necessary to
  // meet the statutory requirements of the Environmental Information (Scotland) Regulations 2004 and Freedom of Information Act 2000":
  // when a disclosure may happen, not the basis the processing rests on.
  // (The body's name for "we" too: "NatureScot only shares information when necessary to meet statutory requirements of …".)
  if (out.includes('c') && /\b(?:disclose[sd]?|share[sd]?|release[sd]?|pass (?:it |them |this |your [\w ]{2,30})?on|pass on|provide (?:it|them|this|your [\w ]{2,30}) to)\b[^.]{0,80}\b(?:if|where|when)\s+(?:we\s+(?:have|are under)\s+an?\s+(?:legal|statutory)\s+(?:obligation|duty|requirement)|we\s+are\s+(?:legally\s+)?(?:obliged|required)\s+(?:to|by law)|(?:it\s+is\s+|this\s+is\s+)?required\s+by\s+law|the\s+law\s+requires|(?:it\s+is\s+)?necessary\s+to\s+(?:meet|comply\s+with|fulfil)\s+(?:the\s+|our\s+)?(?:statutory|legal)\s+(?:requirements|obligations|duties))\b/i.test(sentence) && !findArt6(sentence).some((f) => f.letter === 'c') && !BASIS_CONTEXT.test(sentence)) out.splice(out.indexOf('c'), 1);
  // "We only hold personal data for as long as is necessary, as is required by law": how long, not why.
  if (out.includes('c') && /\b(?:hold|keep|retain|store)\b[^.]*\b(?:as long as|longer than)\b/i.test(sentence) && !findArt6(sentence).some((f) => f.letter === 'c') && !BASIS_CONTEXT.test(sentence)) out.splice(out.indexOf('c'), 1);
  // "contractual obligations with other funding agencies": a contract with others, not with the person.
  if (out.includes('b') && /\bcontractual obligations? (?:with|to) (?:other|third|funding|external|partner)/i.test(sentence) && !/\bcontract (?:with|between) (?:you|us)\b/i.test(sentence)) out.splice(out.indexOf('b'), 1);
  // Implied consent is the common law's duty of confidentiality, not the Article 6 basis ("The Duty of Confidentiality (DoC) is met by implied consent for direct care").
  if (out.includes('a') && /\bimplied consent\b/i.test(sentence) && !/(?<!\bimplied )\bconsent\b/i.test(sentence.replace(/\bimplied consent\b/gi, ''))) out.splice(out.indexOf('a'), 1);
  // Consent to cookies ("… cookies … that we use and you consent to us using") is the consent the cookie rules ask for, not a
  // lawful basis for personal data (no key of the corpus's cookie pages counts it), unless the sentence says it is the basis.
  if (out.includes('a') && COOKIE_WORD.test(sentence) && !BASIS_CONTEXT.test(sentence)) out.splice(out.indexOf('a'), 1);
  // "We do not always rely on consent …", "consent is not always required": the basis is another.
  if (out.includes('a') && /\b(?:do|does|will) not always (?:require|need|rely (?:up)?on) (?:your |their )?consent\b|\b(?:do|does|will|shall) not (?:process|use|collect|hold|rely (?:up)?on)\b[^.]{0,40}?(?:\bon the basis of )?(?:your |their )?consent\b|\bconsent is not always (?:required|needed|necessary)\b|\b(?:this|it) is not consent\b|\bif (?:residents|people|individuals|you|they) could withdraw (?:their|your) consent\b|^(?:If|Where|When)\s+consent is not (?:obtained|given|possible)\b|\bconsent is not (?:generally |usually |normally |always |our |the )*(?:the |a |an )?(?:appropriate |main |usual )?(?:lawful|legal) basis\b/i.test(sentence) && !STANDALONE.some(([p, l]) => l === 'a' && p.test(sentence))) out.splice(out.indexOf('a'), 1);
  // "We do ask for your consent to your active participation in the research": consent to take part, not the basis for the data.
  if (out.includes('a') && /\bconsent to (?:your |their )?(?:active )?(?:participation|taking part|take part)\b/i.test(sentence) && !BASIS_CONTEXT.test(sentence)) out.splice(out.indexOf('a'), 1);
  // "we can only rely on your consent as the basis for processing data if we would always be able to act on a withdrawal": the condition for consent, said of a basis not used.
  if (out.includes('a') && /\bcan only rely (?:up)?on (?:your |their )?consent\b[^.]{0,80}\bif\b/i.test(sentence)) out.splice(out.indexOf('a'), 1);
  if (out.includes('a') && /\b(?:(?:do|does|will) not (?:require|need|ask for|rely (?:up)?on)|no need for|without(?: (?:the|any) (?:requirement|need) to (?:seek|obtain|ask for|get))?|unless (?:we have|you give)|heb)\s+(?:(?:your|their|eich|ei|eu)\s+)?(?:explicit\s+)?(?:\w+\s+(?:or|and)\s+)?(?:consent|cydsyniad|caniatâd|gydsyniad|ganiatâd)\b/i.test(sentence) && !STANDALONE.some(([p, l]) => l === 'a' && p.test(sentence))) out.splice(out.indexOf('a'), 1);
  return out;
}


/** The Article 9(2) conditions by the short names a list gives them ("Vital Interests", "Public Health"). */
// (With the ICO's names for each: "Not-for-profit bodies", "Made public by the data subject", "Legal claims or judicial acts",
// "Reasons of substantial public interest"; a bracketed "(with a basis in law)" is dropped before matching.)
const ART9_NAMES: [RegExp, NonNullable<LawfulBasis['art9']>[number]][] = [
  [/^explicit consent$/i, 'a'],
  [/^employment(?:,? social security(?: and social protection)?)?$/i, 'b'],
  [/^vital interests?$/i, 'c'],
  [/^not[- ]for[- ]profit (?:bodies|body|organisations?)$/i, 'd'],
  [/^(?:data )?made public by the (?:data subject|individual)$/i, 'e'],
  [/^legal claims(?: (?:or|and) judicial acts)?$/i, 'f'],
  [/^(?:(?:reasons of )?substantial )?public interest$/i, 'g'],
  [/^(?:health|health (?:or|and) social care|medical (?:purposes|diagnosis))$/i, 'h'],
  [/^public health$/i, 'i'],
  [/^(?:archiving|research|statistics|archiving, research(?: and|,) statistics)$/i, 'j'],
];
/** An item's name tagged as an Article 9 condition: "Not-for-profit bodies (Article 9)", "Consent (Article 6 and 9)". */
const ART9_TAG = /\((?:UK GDPR |GDPR )?Art(?:icle|\.)?s?\s*(?:6(?:\s*\(1\))?\s*(?:and|&|,)\s*)?9\b[^)]*\)/i;
/** Text about special category data: a list after it names Article 9 conditions. */
const SPECIAL_CONTEXT = /\bspecial categor|\bArticle 9\b|\bErthygl 9\b|\bcategorïau arbennig\b/i;

/** A list item that is only an Article 9 condition's short name, in a list about special category data. */
function art9ByName(segments: Segment[], i: number): NonNullable<LawfulBasis['art9']>[number] | undefined {
  const seg = segments[i]!;
  if (seg.kind !== 'item') return undefined;
  const written = seg.text.split(/\s+[–—-]\s+|:/)[0]!.trim();
  const tagged = ART9_TAG.test(written);
  const name = written.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (name.split(/\s+/).length > 6) return undefined;
  const letter = ART9_NAMES.find(([p]) => p.test(name))?.[1] ?? (tagged && /^consent$/i.test(name) ? 'a' : undefined);
  if (!letter) return undefined;
  if (tagged) return letter;
  // A list of the kinds of special category data ("Some types of information … (special category
  // information) such as: • Political or philosophical beliefs • Health • …") names data, not conditions.
  if (/\b(?:such as|types? of|kinds? of|includes?|including)\s*:?\s*$/i.test(seg.intro ?? '') && !/\b(?:conditions?|bases|basis|grounds?|amodau?)\b/i.test(seg.intro ?? '')) return undefined;
  // The list's intro, or one of the two paragraphs before it, is about special category data.
  const before = segments.slice(0, i).filter((s) => s.at === seg.at && s.kind !== 'item').slice(-2);
  return SPECIAL_CONTEXT.test(seg.intro ?? '') || before.some((s) => SPECIAL_CONTEXT.test(s.text)) ? letter : undefined;
}

/** A paragraph's first three words, lower case, or '' when it has fewer; "we process", "we use", … alone ("We process data …" / "We process your personal and special category data …"). */
function opening(text: string): string {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words[0] === 'we' && /^(?:process|use|collect|hold|share|rely)$/.test(words[1] ?? '')) return words.slice(0, 2).join(' ');
  return words.length >= 3 ? words.slice(0, 3).join(' ') : '';
}

/** Whether each segment is read in a lawful-basis context: its section, its list intro, its table's head, or the sentence before. */
function contexts(segments: Segment[], sections: { id: Id; heading: string }[] = []): boolean[] {
  const out: boolean[] = [];
  // A section whose heading asks or says what the basis is ("Ar ba sail fyddwch chi'n prosesu'r data?" — on what basis …?).
  const headed = new Set(sections.filter((s) => BASIS_CONTEXT.test(s.heading)).map((s) => s.id));
  // (One with no wording of its own heads the short labels under it: "Lawful bases for processing" / "Personal Data" / "• Legitimate
  // interests" / … / "Special Category Data" / "• Necessary for health care", a dental practice's.)
  sections.forEach((s, k) => {
    if (!headed.has(s.id) || segments.some((g) => g.at === s.id)) return;
    for (const next of sections.slice(k + 1, k + 4)) {
      if (next.heading.trim().split(/\s+/).length > 4 || /\?$/.test(next.heading.trim())) break;
      headed.add(next.id);
    }
  });
  let carry = 0;
  // A section that speaks of the lawful basis anywhere: its short lines (a table's "Lawful basis"
  // column copied as text, one cell a line: "Performance of a contract with you") are read in its context.
  const cued = new Set(segments.filter((s) => BASIS_CONTEXT.test(s.text) || BASIS_CONTEXT.test(s.head ?? '')).map((s) => s.at));
  // (One where the column's name stands alone, "Legal Bases", its table copied a cell a paragraph: its cells may run longer,
  // "This is required for the contract (sale of the product or service)".)
  const columned = new Set(segments.filter((s) => /^(?:(?:the\s+)?(?:legal|lawful)\s+bas[ie]s|(?:y\s+)?(?:sail|seiliau)\s+gyfreith(?:iol|lon))$/i.test(s.text.trim())).map((s) => s.at));
  segments.forEach((seg, i) => {
    const own = BASIS_CONTEXT.test(seg.text);
    const cases = seg.kind === 'item' && CASES_INTRO.test(seg.intro ?? '') && !SPECIAL_CONTEXT.test(seg.intro ?? '');
    // A series of paragraphs opening with the same words as one just before, read in context ("We process data because you
    // give us your consent …" / "We process data to meet our contractual duties …" / "We process data in our legitimate
    // interests …"), stays in it to its end.
    // (A paragraph between them that explains the one before does not end the series.)
    const series = opening(seg.text) !== '' && [i - 1, i - 2].some((j) => out[j] === true && segments[j]?.at === seg.at && opening(segments[j]!.text) === opening(seg.text));
    const inContext = seg.topic === 'lawful-basis' || own || cases || series || headed.has(seg.at) || (cued.has(seg.at) && seg.kind !== 'item' && seg.text.split(/\s+/).length <= 8) || (columned.has(seg.at) && seg.kind !== 'item' && seg.text.split(/\s+/).length <= 16) || BASIS_CONTEXT.test(seg.intro ?? '') || BASIS_CONTEXT.test(seg.head ?? '') || (carry > 0 && segments[i - 1]?.at === seg.at);
    out.push(inContext);
    // The sentence or two after a basis statement (or after a list that gives the bases) is read with it.
    carry = own || (inContext && seg.kind === 'item') ? 2 : Math.max(0, carry - 1);
  });
  return out;
}

/**
 * The intro of a list of the conditions the law offers, one of which must be met ("The council
 * needs to meet one of these conditions … they are:", "… also needs to meet a second condition"):
 * its items are the law's menu, not the bases the organisation relies on.
 */
// Also "one of the following conditions should apply",
// "Data protection law gives us a list of possible legal bases we can choose from", "the most appropriate lawful basis … must
// be selected and logged", "A lawful basis for processing must be identified in order to …" (guidance to staff).
// And staff guidance's "If you are unsure what ground to rely on:", Welsh "mae’n ofynnol i … ystyried y seiliau cyfreithlon
// canlynol" (must consider the following bases), and the bases a right to object applies to ("Mae gyda chi hawl i wrthod …
// os yw'r Cyngor yn defnyddio un o'r rhesymau isod"), and staff guidance on when a condition holds ("Bodlonir yr amod hwn os yw'r
// prosesu'n angenrheidiol at un o'r dibenion canlynol:", this condition is met if …).
// And the law's own list named as such ("The Lawful Bases identified in the GDPR are:", "Article 6 sets out six lawful bases").
const MENU_INTRO = /\b(?:needs?|has|have|must)\s+(?:also\s+)?(?:to\s+)?meet\s+(?:one|at least one|a second|another|a further)\b[^.]*\bconditions?\b|\bone of (?:these|the following|the) (?:conditions|lawful bases|legal bases)\b[^.]*\b(?:must|should|shall|needs? to|has to|have to) (?:be met|apply)\b|\b(?:must|needs? to|has to) (?:be|have) (?:met|satisfied)\b[^.]*\bone of\b|\bpossible (?:lawful|legal) bases\b|\b(?:lawful|legal) bas[ie]s\b[^.]{0,60}\bmust be (?:selected|identified|chosen|recorded|logged)\b|\bthere are (?:six|6) (?:lawful|legal) bases\b|\bunsure (?:what|which) (?:ground|(?:lawful |legal )?basis)\b|\b(?:consider|ystyried)\b[^.]{0,60}\b(?:(?:lawful|legal) bases|seiliau cyfreithlon)\b|\b(?:right to object|hawl i (?:wrthod|wrthwynebu))\b[^.]*\b(?:if|where|os)\b|\b(?:this|the) condition (?:is|will be) (?:met|satisfied) (?:if|where|when)\b|\bbodlonir yr amod hwn\b|\b(?:lawful|legal) bases\s+(?:(?:that are|as)\s+)?(?:identified|set out|listed|defined|provided|specified|given|laid down)\s+(?:in|by|under)\s+(?:the\s+)?(?:UK\s+)?(?:GDPR|General Data Protection Regulation|regulation|law|legislation|Article 6)\b[^.]*\b(?:are|include)\s*:?\s*$|\b(?:GDPR|General Data Protection Regulation|Article 6|the law)\s+(?:sets out|lists|provides|gives|defines)\s+(?:six|6|the following)\s+(?:lawful|legal)\s+bases\b/i;

/**
 * The law's menu followed by the organisation's choice from it, GOV.UK's template: "… we need to meet one (or more) conditions in
 * the data protection legislation. For our service, this is:" (or "these are:", "we rely on:"): its items are the bases relied on.
 */
const OWN_CHOICE = /\b(?:for (?:our|this) (?:service|purpose|processing|work)|in our case|we (?:are )?rely(?:ing)? on)\b[^.]*:\s*$|\b(?:this|these) (?:is|are)\s*:\s*$/i;

/** A paragraph of Article 6(1) in the regulation's own words. */
const ARTICLE_6_TEXT = /\b(?:the data subject has given consent to the processing|processing is necessary (?:for the performance of a contract to which the data subject is party|for compliance with a legal obligation to which the controller is subject|in order to protect the vital interests of the data subject|for the performance of a task carried out in the public interest|for the purposes of the legitimate interests pursued by))/gi;

/**
 * A list that defines the bases in general: five or more different bases, one per item, in the
 * regulator's words rather than the organisation's, or a list the law's menu introduces. (A council's
 * four, "Legal obligation – to comply with statutory duties" / "Public task – …" under "Legal Basis for
 * Processing", are its own.)
 */
function generalLists(segments: Segment[], sections: { id: Id; heading: string }[] = []): Set<Segment> {
  const groups = new Map<string, Segment[]>();
  segments.forEach((seg) => {
    if (seg.kind !== 'item' && seg.kind !== 'dl') return;
    const key = `${seg.at}\u0000${seg.intro ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), seg]);
  });
  const general = new Set<Segment>();
  for (const group of groups.values()) {
    const letters = new Set(group.flatMap((s) => basesInWords(s.text, true)));
    const defining = group.filter((s) => /^(?:\s*\(?(?:\d|[a-f])[.)]\s*)?(?:consent|contract(?:ual)?|legal obligation|vital interests?|public task|legitimate interests?)\s*[:–-]/i.test(s.text)).length;
    // The definitions rewritten for the organisation ("Contract: the processing is necessary for a
    // contract the Department has with an individual", "… for us to process") are its own bases;
    // the regulator's guidance copied as it is ("… for you to process their personal data") is the law's list.
    const own = group.filter((s) => /\b(?:we|us|our)\b|\bthe (?:Department|Council|Trust|Board|Authority|School|College|University|Practice|Service|Force|Commission|Office|Association|Charity|Organisation|Company)\b/.test(s.text)).length;
    // (Likewise Article 9(2)'s conditions in words, five or more, one an item, under an intro that is not the organisation's:
    // "These conditions are:" / "The individual has given explicit consent …" / "Processing is necessary in the context of
    // Employment Law …" / … / "… archiving purposes". The councils' template, "… we also meet one of the special category
    // personal data conditions:" / "it is necessary for employment …" / …, lists the organisation's own.)
    // (The section's heading counts as the intro's context: "Special personal data (article 9)" / "We … such as:" / "1. the individual has given explicit consent …".)
    const heading = sections.find((x) => x.id === group[0]!.at)?.heading ?? '';
    const conditions = new Set(group.flatMap((s) => findConditions(s.text, `${s.intro ?? ''} ${heading}`, []).art9));
    // (Or two or more under an intro that gives them as the law's exceptions or as examples: "Processing of these types of personal
    // data is prohibited unless one of the conditions below applies:", "We … must only process this kind of information where
    // circumstances exist such as:".)
    // (An intro in the third person that calls them the body's own is the body's: "Where NHSE processes special categories of
    // personal data, its additional legal bases for processing such data as listed in Article 9 of the UK GDPR are as follows:".)
    const lawsMenu = (conditions.size >= 5 && own * 2 < group.length && !/\b(?:we|us|our)\b|\bits (?:\w+ )?(?:legal|lawful) (?:bas[ie]s|grounds|conditions)\b/i.test(group[0]!.intro ?? '')) || (conditions.size >= 2 && /\bprohibited unless\b|\bsuch as\s*:?\s*$/i.test(group[0]!.intro ?? ''));
    // (Or five or more of the bases by their bare names, one an item: "The Trust must have a lawful basis for processing personal
    // information, which are:" / "Consent" / "Contract" / … / "Legitimate interest": the law's list; a body relies on some.)
    const bare = group.filter((s) => /^(?:consent|contract|legal obligation|vital interests?|public task|legitimate interests?)\.?$/i.test(s.text.trim())).length;
    if ((letters.size >= 5 && defining >= 3 && own * 2 < group.length) || bare >= 5 || lawsMenu || (MENU_INTRO.test(group[0]!.intro ?? '') && !OWN_CHOICE.test(group[0]!.intro ?? ''))) for (const s of group) general.add(s);
  }
  // Article 6(1) quoted, five of its paragraphs or more in one section ("(a) the data subject has given consent to the processing …"
  // / "(b) processing is necessary for the performance of a contract to which the data subject is party …" / …): the law's text,
  // however the copy joined or split its lines, not the bases the organisation relies on (a body relies on some of them).
  const quoted = (seg: Segment) => seg.text.match(ARTICLE_6_TEXT)?.length ?? 0;
  for (const seg of segments) if (quoted(seg) && segments.filter((q) => q.at === seg.at).reduce((n, q) => n + quoted(q), 0) >= 5) general.add(seg);
  return general;
}

/** A basis's name alone, or with the cell a table gives it (a purpose's number, a tick), as a table copied a row a line gives it. */
const BASIS_ROW = /^(?:consent|(?:performance of a )?contract|legal obligation|vital interests?|public task|(?:a )?task carried out in the public interest|legitimate interests?)(?:\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*|[✓✔xX]|yes|y))?\s*$/i;

/**
 * The rows of a table of every basis where only some are marked ("Legal basis Purpose" / "Consent" /
 * "Performance of a contract 1" / "Legal obligation" / …, Falkirk Council's notices): the rows left
 * blank are bases the organisation does not rely on.
 */
function unmarkedRows(segments: Segment[]): Set<Segment> {
  const out = new Set<Segment>();
  let run: Segment[] = [];
  const close = () => {
    const marked = run.filter((s) => BASIS_ROW.exec(s.text.trim())?.[1]);
    if (run.length >= 4 && marked.length && marked.length < run.length) for (const s of run) if (!marked.includes(s)) out.add(s);
    run = [];
  };
  for (const seg of segments) {
    if (BASIS_ROW.test(seg.text.trim()) && (!run.length || run[run.length - 1]!.at === seg.at)) run.push(seg);
    else close();
  }
  close();
  return out;
}

/** The bases the notice relies on, with their Article 9 and Schedule 1 conditions. */
export function extractBases({ segments, sections, ids, notes, title }: FactsInput, legislation: LegalRef[], found: FoundFacts): LawfulBasis[] {
  const bases: LawfulBasis[] = [];
  const byLetter = new Map<string, LawfulBasis>();
  const inContext = contexts(segments, sections);
  const general = generalLists(segments, sections);
  const unmarked = unmarkedRows(segments);
  if (general.size) {
    const first = [...general][0]!;
    notes.add(first.at, 'possible-error', 'This list explains the lawful bases in general rather than saying which ones the organisation relies on: none of them was recorded from it. Say which basis applies to each purpose.', first.text);
  }
  const pendingArt9: { at: Id; letters: NonNullable<LawfulBasis['art9']>; schedule: NonNullable<LawfulBasis['dpaSchedule1']>; sentence: string }[] = [];
  // The bases each sentence names: an Article 9 condition cited in the same sentence ("Articles
  // 6(1)(a) and 9(2)(a)") goes with that basis, not the section's first.
  const bySentence = new Map<string, Art6>();
  const add = (letter: Art6, seg: Segment, sentence: string, written: string) => {
    found.add('art6', letter, sentence, seg.at);
    if (!bySentence.has(sentence)) bySentence.set(sentence, letter);
    if (byLetter.has(letter)) return;
    const basis: LawfulBasis = { id: ids.take(ART6_IDS[letter]), art6: letter, at: seg.at };
    if (/^\s*(?:Art(?:icle)?\s*)?6\s*\(/.test(seg.text) && seg.text.length <= 400) basis.label = seg.text;
    if (letter === 'f') basis.legitimateInterest = sentence;
    if (seg.topic === 'lawful-basis') {
      const cited = legislation.filter((l) => segments.some((s) => s.at === seg.at && s.text.includes(l.title))).map((l) => l.id);
      if (cited.length) basis.legislation = cited;
    }
    byLetter.set(letter, basis);
    bases.push(basis);
    notes.add(seg.at, 'inferred', `Lawful basis Article 6(1)(${letter}) read from "${written}".${letter === 'f' ? ' Its legitimate interest is taken from the sentence that names it: check it says what the interest is.' : ''}`, sentence);
  };
  // A heading that names the basis outright ("Why we need your personal information – contractual purposes"): its section is processed on it.
  // A heading that is only a basis's name ("7.2 Legal obligation", "7.3 Contract") under a title or an earlier heading about
  // the lawful basis ("Our lawful basis for processing your data") names a basis the notice relies on, one section each.
  const basisTitled = BASIS_CONTEXT.test(title ?? '');
  for (const [k, section] of sections.entries()) {
    // (A heading with no wording of its own, a label line read as the next heading under it — "… – contractual purposes" /
    // "Members’ personal data:" —, names the basis of the section after it.)
    const first = segments.find((s) => s.at === section.id) ?? segments.find((s) => s.at === sections[k + 1]?.id);
    if (!first || BASIS_CONTEXT.test(section.heading)) continue;
    // ("4.2 By Contract": the basis the section's processing is by.)
    const named = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:by |under )?(?:specific |explicit )?(?:consent|contract|legal obligation|vital interests?|public task|legitimate interests?)$/i.test(section.heading.trim());
    const underBasis = named && (basisTitled || sections.slice(0, k).some((s) => BASIS_CONTEXT.test(s.heading)));
    // ("Why we need your personal information – legitimate interest", "… – contractual purposes": the reason asked, the basis given after the dash.)
    const given = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:why|pam)\b.{3,80}?\s[–—:-]\s*((?:by |under |ar sail )?(?:specific |explicit )?(?:consent|contract|contractual (?:purposes|reasons)|legal obligation|vital interests?|public task|legitimate interests?|caniatâd|cydsyniad|tasg gyhoeddus|rhwymedigaeth gyfreithiol|buddiannau dilys|buddiannau cyfreithlon))$/i.exec(section.heading.trim())?.[1];
    for (const letter of basesInWords(given ?? section.heading, underBasis || !!given)) add(letter, first, section.heading, section.heading);
  }
  segments.forEach((seg, i) => {
    if (general.has(seg) || unmarked.has(seg)) return;
    // A cookie table's row ("Consent.Cookie.Notification | Defnyddir y cwci hwn …") names a cookie, not a basis.
    if (isCookieTableRow(seg)) return;
    // A list of what the notice covers ("This notice explains the following: … what lawful basis
    // we have … your right to withdraw consent") names no basis.
    if (isContentsItem(seg) || isNoticeDutyItem(seg)) return;
    // A row of a table of the bases against the purposes that rely on each ("Legal obligation 1, 2, 3" /
    // "Performance of a contract  -"): a dash where the purposes would be says the basis is not used.
    if (/^[^.:]{3,60}?\s+[-–—]\s*$/.test(seg.text) && segments.some((s) => s !== seg && s.at === seg.at && /^[A-Z][^.:]{2,60}?\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*$/.test(s.text))) return;
    for (const f of findArt6(seg.text, seg.strong)) {
      const sentence = sentences(seg.text).find((s) => s.includes(f.written)) ?? seg.text;
      // A basis the notice says it does not use ("We will not process personal data on the basis of consent (Article 6(1)(a))").
      if (NOT_RELIED_ON.test(sentence.slice(0, sentence.indexOf(f.written)))) continue;
      add(f.letter, seg, sentence, f.written);
    }
    const named = art9ByName(segments, i);
    if (named) {
      found.add('art9', named, seg.text, seg.at);
      pendingArt9.push({ at: seg.at, letters: [named], schedule: [], sentence: seg.text });
      // ("Consent (Article 6 and 9): …" names the Article 6 basis as well: read on.)
      if (!/\bArt(?:icle|\.)?s?\s*6\b/i.test(seg.text.split(/\s+[–—-]\s+|:/)[0]!)) return;
    }
    // The sentence after one that names two bases or more is read with it ("… a legal obligation,
    // deliver a contract, or … consent. In exceptional circumstances, … to protect your or someone else's life.").
    let carried = false;
    // A list of the data protection principles ("… further processing for archiving purposes in
    // the public interest") names bases and conditions in general words: only letters count there.
    if (isPrinciplesItem(seg)) return;
    // An item of a list of the reader's rights ("Request that we stop, or restrict the processing …
    // Where possible we will seek to comply with your request, but we may be required to hold or
    // process information to comply with a legal requirement"): the exception to a right, not a basis.
    // ("You have the following rights in relation to your data:" / "Delete your personal data (called a right to erasure). We cannot delete all
    // personal data as we may have a legal obligation …": the same, its intro naming the rights and ending in a colon.)
    if (seg.kind === 'item' && /\bthe right to:?\s*$|\byour rights\b|\brights? (?:are|include)\b|\brights\b[^.:]{0,40}:\s*$/i.test(seg.intro ?? '') && !findArt6(seg.text).length) return;
    // An item of how long data is kept ("We will only keep your personal data for as long as:" / "the law requires us to", the
    // GOV.UK notice template's): a retention period's condition, not a basis.
    if (seg.kind === 'item' && /\b(?:as long as|until|no longer than)\s*:?\s*$|\b(?:pa mor hir|cyhyd ag?|nes)\s*:?\s*$/i.test(seg.intro ?? '') && !findArt6(seg.text).length) return;
    // An item naming one of the reader's rights ("yr hawl i gludo data … lle mae ei brosesu yn seiliedig ar gydsyniad", "the
    // right to data portability, where processing is based on consent"): the right's condition names no basis relied on.
    if (/^(?:the |your )?right (?:to|of)\b|^(?:yr )?hawl i\b/i.test(seg.text) && !findArt6(seg.text).length) return;
    for (const sentence of sentences(seg.text)) {
      // "We are required by law to provide you with the following information about how we handle your information": the
      // law's duty to tell, not a basis for the processing.
      if (/\b(?:required|obliged) by law to (?:provide you with|tell you|give you|inform you)\b/i.test(sentence)) continue;
      // "Within dentistry, the lawful bases which might apply are ‘contract’ or ‘legal obligation’ …": what may apply to others, advice.
      if (/\b(?:lawful|legal) bases\b[^.]{0,30}\b(?:which|that) (?:might|may|could) apply\b/i.test(sentence)) continue;
      // A right's condition ("Note that this right only applies to automated information which you initially provided consent for us
      // to use or where we have used the information to perform a contract with you", the law firms' template): when the right holds,
      // not a basis relied on.
      // (Welsh the same: "Mae'r hawl hwn yn bodoli'n unig os yw'r sail gyfreithiol … yn ganiatâd neu'n gytundeb", this right exists only if …)
      if (/\b(?:this|the|that) right (?:only )?(?:applies|exists|is available)\b|\bright (?:to [\w ]{3,40}? )?(?:only )?applies (?:only )?(?:to|where|when|if)\b|\b(?:yr|['’]r) hawl (?:hwn|hon|yma)? ?(?:yn|['’]n) (?:bodoli|berthnasol|gymwys|cael ei chynnig)(?:['’]n| yn)? ?(?:unig )?(?:os|pan|lle)\b/i.test(sentence)) continue;
      // A sentence that cites an Article 9 letter and no Article 6 one ("… is article 9(2)(g) of the
      // GDPR, which also relates to our public task") names a condition; its words give no basis.
      const art9Only = findArt9(sentence).length > 0 && findArt6(sentence).length === 0;
      // An item of a list about special category data ("… for collecting and processing all special categories … the legal basis
      // is: - Explicit Consent – by completing …") names an Article 9 condition in words, not an Article 6 basis.
      const specialItem = seg.kind === 'item' && SPECIAL_CONTEXT.test(seg.intro ?? '') && !findArt6(sentence).length;
      let letters: Art6[] = art9Only || specialItem ? [] : basesInWords(sentence, inContext[i]! || carried, seg.kind === 'item' && BASIS_CONTEXT.test(seg.intro ?? ''));
      // Explicit consent to use health or other special category data ("… eich bod wedi rhoi eich caniatâd penodol i ni i ddefnyddio'r
      // wybodaeth iechyd", "your explicit consent to process your medical information") is the Article 9 condition, not an Article 6 basis.
      // A sentence naming five bases or more with no word of the organisation's ("The six lawful bases are consent, contract, …")
      // explains the law's menu, as a list of them does (generalLists).
      if (letters.length >= 5 && !/\b(?:we|us|our|ni|ein|rydym|byddwn)\b/i.test(sentence) && !findArt6(sentence).length) letters = [];
      if (letters.includes('a') && /\bexplicit consent\b|\b(?:c|g|ch)?(?:aniatâd|ydsyniad) penodol\b/i.test(sentence) && /\bhealth\b|\bmedical\b|\bspecial categor|\biechyd\b|\bmeddygol\b|\bcategori(?:au)? arbennig\b/i.test(sentence) && !findArt6(sentence).length) letters = letters.filter((l) => l !== 'a');
      carried = letters.length >= 2;
      for (const letter of letters) add(letter, seg, sentence, sentence.length > 90 ? `${sentence.slice(0, 89)}…` : sentence);
      // And one that cites an Article 6 letter only ("UK GDPR Article 6(1)(c) - where it is necessary
      // for the establishment, exercise or defence of legal claims") names a basis: its words are no Article 9 condition.
      const art6Only = findArt6(sentence).length > 0 && findArt9(sentence).length === 0 && !/\b(?:Article|Art\.?|Erthygl)\s*9\b|\b9\s*[([]\s*[12]\s*[)\]]|\bspecial categor/i.test(sentence);
      // A paragraph ending in a colon introduces the next one as a list does ("Bydd yr amodau prosesu er
      // budd sylweddol yn gyhoeddus yn:" / "Ddibenion statudol a llywodraethol, a chyfle neu driniaeth gyfartal.").
      // A section headed about special category data ("What are our legal grounds for processing your special category data?") is the lead of its sentences.
      const heading = sections.find((s) => s.id === seg.at)?.heading;
      const lead = seg.kind === 'item' ? seg.intro : segments[i - 1]?.at === seg.at && /:\s*$/.test(segments[i - 1]!.text) ? segments[i - 1]!.text : heading && SPECIAL_CONTEXT.test(heading) ? heading : undefined;
      const siblings = seg.kind === 'item' ? segments.filter((s) => s.kind === 'item' && s.at === seg.at && s.intro === seg.intro).map((s) => s.text) : [];
      // A list of the data held or of who receives it ("Details about your medical care: medical diagnosis, record of treatment
      // …", "Other organisations include: … entities involved in the provision of social care services") uses the condition's words
      // for what the data is or who the body is: no condition is cited unless the text says it is one.
      const listing = ['data', 'sharing', 'processors', 'sources'].includes(seg.topic) && !findArt9(sentence).length && !SPECIAL_CONTEXT.test(`${lead ?? ''} ${sentence}`) && !/\bcondition|\bamod\b|\b9\s*[.(]\s*2\b|\bSchedule 1\b|\bAtodlen 1\b|\b(?:lawful|legal) bas[ie]s\b|\bgrounds?\b|\bnecessary\b|\brel(?:y|ies|ying)\b|\bsubstantial public interest\b|\bsensitive\b|\bsail\b|\bangenrheidiol\b/i.test(`${lead ?? ''} ${sentence}`);
      const conditions: ReturnType<typeof findConditions> = art6Only || listing ? { art9: [], schedule: [], slips: [] } : findConditions(sentence, lead, siblings);
      for (const slip of conditions.slips) notes.add(seg.at, 'possible-error', `"${slip}": Article 9(1) is the prohibition; the conditions are in Article 9(2). Read as Article 9(2)(${slip.slice(-2, -1)}). Wording kept as written.`, sentence);
      if (conditions.art9.length || conditions.schedule.length) {
        for (const letter of conditions.art9) found.add('art9', letter, sentence, seg.at);
        for (const s of conditions.schedule) found.add('art9', `sch1:${s.para}`, sentence, seg.at);
        pendingArt9.push({ at: seg.at, letters: conditions.art9, schedule: conditions.schedule, sentence });
      }
    }
  });
  // Article 9 and Schedule 1 conditions go with the Article 6 basis of their section, else the first one.
  for (const p of pendingArt9) {
    const same = bySentence.get(p.sentence);
    const basis = (same ? byLetter.get(same) : undefined) ?? bases.find((b) => b.at === p.at) ?? bases[0];
    if (!basis) {
      notes.add(p.at, 'missing-content', `Article 9 or Schedule 1 conditions are cited here (${[...p.letters.map((l) => `Art 9(2)(${l})`), ...p.schedule.map((s) => `Sch 1 para ${s.para}`)].join(', ')}) but no Article 6 basis was found to attach them to.`, p.sentence);
      continue;
    }
    for (const letter of p.letters) {
      basis.art9 ??= [];
      if (!basis.art9.includes(letter)) basis.art9.push(letter);
    }
    for (const s of p.schedule) {
      basis.dpaSchedule1 ??= [];
      if (!basis.dpaSchedule1.some((x) => x.para === s.para)) basis.dpaSchedule1.push(s);
    }
    if (basis.at !== p.at) notes.add(p.at, 'inferred', `Article 9 / Schedule 1 conditions here were attached to the Article 6(1)(${basis.art6}) basis found in another section. Check the pairing.`, p.sentence);
  }
  return bases;
}
