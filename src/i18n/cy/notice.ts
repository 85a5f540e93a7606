import type { NoticeStrings } from '../notice-strings.js';

import { welshPeriod } from './format.js';

/** "ac" before a number read with a vowel (un, wyth, un deg …: 1, 8, 10–19, 80–89), else "a". */
const and = (count: number) => (count < 100 && /^[18]/.test(String(count)) ? 'ac' : 'a');

/**
 * Welsh (Cymraeg) wording of `<privacy-notice>`, loaded only when a notice is shown in Welsh.
 *
 * Terms follow the Welsh used by the ICO (cy.ico.org.uk), the Welsh Government and NHS Wales:
 * "rheolydd data", "data categori arbennig", "sail gyfreithlon", "Swyddog Diogelu Data",
 * "Swyddfa'r Comisiynydd Gwybodaeth". Sentences avoid putting an organisation's name straight
 * after a word that mutates it, because names come from the config unmutated.
 *
 * Written by a developer, not a translator: have it reviewed by a Welsh translator before
 * publishing. An organisation can replace any glossary term in its notice's own `glossary`.
 */
export const noticeCy: NoticeStrings = {
  atAGlance: 'Cipolwg',
  contents: 'Cynnwys',
  version: 'Fersiwn {version}',
  lastUpdated: 'Diweddarwyd ddiwethaf {date}',
  openAll: 'Agor pob adran',
  closeAll: 'Cau pob adran',
  readFullNotice: "Darllen yr hysbysiad preifatrwydd llawn",
  footnotes: 'Nodiadau',
  backToReference: "Yn ôl at nodyn {marker} yn y testun",
  footnoteReference: 'Nodyn {marker}',
  closeDefinition: 'Cau',
  table: 'Tabl',
  email: 'E-bost',
  phone: 'Ffôn',
  address: 'Cyfeiriad',
  website: 'Gwefan',
  form: 'Ffurflen',
  roles: {
    dpo: 'Swyddog Diogelu Data',
    'caldicott-guardian': 'Gwarcheidwad Caldicott',
    siro: 'Uwch Berchennog Risg Gwybodaeth',
    service: "Tîm y gwasanaeth",
    controller: 'Rheolydd data',
    complaints: 'Cwynion',
    executive: 'Prif weithredwr',
    'ig-team': 'Tîm llywodraethu gwybodaeth',
    regulator: 'Rheoleiddiwr',
    other: 'Cyswllt',
  },
  ico: {
    id: 'ico',
    role: 'regulator',
    name: "Swyddfa'r Comisiynydd Gwybodaeth (ICO)",
    roleLabel: "Swyddfa'r Comisiynydd Gwybodaeth (ICO)",
    purpose:
      "Rheoleiddiwr diogelu data'r DU. Gallwch gwyno wrthyn nhw os ydych yn anhapus â'r ffordd y mae eich gwybodaeth wedi cael ei thrin.",
    web: [{ href: 'https://ico.org.uk/make-a-complaint/', text: "Gwneud cwyn i'r ICO" }],
    phones: [{ number: '0303 123 1113' }],
    address: { lines: ["Information Commissioner's Office", 'Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire'], postcode: 'SK9 5AF' },
  },
  glanceHeadings: {
    who: "Pwy sy'n gyfrifol",
    what: 'Beth rydym yn ei gasglu',
    why: 'Pam rydym yn ei defnyddio',
    basis: 'Ein sail gyfreithlon',
    sharing: 'Gyda phwy rydym yn ei rhannu',
    transfers: "Y tu allan i'r DU",
    retention: 'Am ba hyd rydym yn ei chadw',
    rights: 'Eich hawliau',
    complain: 'Sut i gwyno',
    contact: 'Cysylltu â ni',
  },
  glanceWho: "{names} sy'n gyfrifol am eich gwybodaeth (y rheolydd data).",
  glanceWhoJoint: "{names} sy'n gyd-gyfrifol am eich gwybodaeth (cyd-reolyddion data).",
  glanceWhat: 'Rydym yn casglu: {labels}.',
  andMore: (count) => `${and(count)} ${count} arall`,
  badges: {
    health: 'Yn cynnwys gwybodaeth iechyd',
    special: 'Yn cynnwys data categori arbennig',
    criminal: 'Yn cynnwys data am droseddau',
  },
  glanceWhy: 'Rydym yn ei defnyddio er mwyn {purposes}.',
  glanceBasis: 'Rydym yn defnyddio eich gwybodaeth {bases}.',
  basisWords: {
    a: "gyda'ch caniatâd",
    b: 'i gyflawni contract gyda chi',
    c: 'i gyflawni ein rhwymedigaethau cyfreithiol',
    d: "i ddiogelu bywyd rhywun (buddiannau hanfodol)",
    e: 'i gyflawni ein tasgau cyhoeddus',
    ea: 'ar gyfer buddiant dilys cydnabyddedig',
    f: 'ar gyfer ein buddiannau dilys',
  },
  sharingWhen: {
    routinely: 'fel mater o drefn',
    'with-consent': "gyda'ch caniatâd",
    'when-required-by-law': "pan fo'r gyfraith yn mynnu hynny",
    emergency: 'mewn argyfwng',
    occasionally: 'weithiau',
    other: 'rydym yn ei rhannu gyda',
  },
  sharingAlso: 'hefyd',
  transfers: {
    no: "Nid ydym yn anfon eich gwybodaeth y tu allan i'r DU.",
    yes: "Mae rhywfaint o'ch gwybodaeth yn cael ei hanfon y tu allan i'r DU ({countries}), gyda mesurau diogelu i'w hamddiffyn.",
    yesUnnamed: "Mae rhywfaint o'ch gwybodaeth yn cael ei hanfon y tu allan i'r DU, gyda mesurau diogelu i'w hamddiffyn.",
    'only-with-consent': "Dim ond gyda'ch caniatâd y byddwn yn anfon eich gwybodaeth y tu allan i'r DU.",
  },
  glanceRetentionPeriod: 'Rydym yn ei chadw am {period} (yn cyfrif o: {from}).',
  glanceRetentionPolicy: "Rydym yn ei chadw yn unol â'r canlynol: {policy}.",
  underReview: "Mae hyn yn cael ei adolygu.",
  period: (years, months) => [years ? welshPeriod(years, 'year') : '', months ? welshPeriod(months, 'month') : ''].filter(Boolean).join(' a '),
  glanceRights: 'Mae gennych yr hawl {rights}.',
  rightNames: {
    informed: "i gael gwybod sut mae eich gwybodaeth yn cael ei defnyddio",
    access: 'i weld eich gwybodaeth',
    rectification: "i'w chywiro",
    erasure: "i'w dileu",
    restriction: "i gyfyngu ar y ffordd y caiff ei defnyddio",
    portability: "i fynd â hi i wasanaeth arall",
    object: 'i wrthwynebu ei defnyddio',
    'automated-decisions': 'i beidio â bod yn destun penderfyniadau awtomataidd',
    'withdraw-consent': "i dynnu'ch caniatâd yn ôl",
    complain: 'i gwyno',
  },
  howToUseRights: 'Sut i ddefnyddio eich hawliau',
  glanceComplainUs: 'Rhowch wybod i ni yn gyntaf: {contacts}.',
  glanceComplainRegulator: 'Gallwch hefyd gwyno wrth y rheoleiddiwr, {regulator}:',
  glanceComplainRegulatorOnly: 'Gallwch gwyno wrth y rheoleiddiwr, {regulator}:',
  glanceContact: 'Manylion cyswllt – {contact}:',
  cookiesHeading: 'Cwcis',
  cookiesIntro:
    "Ffeiliau bach sy'n cael eu cadw ar eich dyfais pan fyddwch yn ymweld â gwefan yw cwcis. Dyma'r cwcis y mae'r wefan hon yn eu defnyddio.",
  noCookies: "Nid oes cwcis wedi'u rhestru yn y categori hwn.",
  yourCookieChoices: 'Eich dewisiadau cwcis',
  cookiePolicy: 'Darllen ein polisi cwcis',
  cookiesWithoutScript:
    "Nid yw eich porwr yn rhedeg JavaScript, felly ni ellir newid eich dewisiadau cwcis ar y dudalen hon. Dim ond ar ôl i chi gytuno y mae sgriptiau sy'n gosod cwcis dewisol yn rhedeg, felly nid oes yr un ohonynt yn rhedeg nawr.",
  cookieSettingsWithoutScript: 'Newid eich gosodiadau cwcis heb JavaScript',
  glossaryHeading: "Termau a ddefnyddir yn yr hysbysiad hwn",
  cookieBasisRequired: "Sail gyfreithiol: cwbl angenrheidiol er mwyn i'r wefan weithio (PECR Atodlen A1, paragraff 4), felly nid ydym yn gofyn am ganiatâd.",
  cookieBasisConsent: 'Sail gyfreithiol: eich caniatâd. Dim ond os byddwch yn eu troi ymlaen y byddwn yn gosod y cwcis hyn.',
  cookieBasisStatistics:
    "Sail gyfreithiol: yr eithriad ystadegau (PECR Atodlen A1, paragraff 5). Rydym yn gosod y cwcis hyn heb ofyn yn gyntaf, dim ond i gyfrif sut mae'r wefan yn cael ei defnyddio a'i gwella. Gallwch wrthwynebu isod.",
  cookieBasisAppearance:
    "Sail gyfreithiol: yr eithriad ymddangosiad (PECR Atodlen A1, paragraff 6). Rydym yn gosod y cwcis hyn heb ofyn yn gyntaf, dim ond i gofio sut rydych yn hoffi i'r wefan edrych a gweithio. Gallwch wrthwynebu isod.",
  glossary: {
    'data-controller': {
      term: 'rheolydd data',
      definition:
        "Y sefydliad sy'n penderfynu pam a sut mae eich data personol yn cael ei ddefnyddio. Mae'n gyfrifol am ofalu amdano ac am sicrhau bod y gyfraith yn cael ei dilyn.",
    },
    'joint-controller': {
      term: 'cyd-reolydd',
      definition: "Dau sefydliad neu ragor sy'n penderfynu gyda'i gilydd pam a sut mae eich data personol yn cael ei ddefnyddio. Maen nhw'n rhannu'r cyfrifoldeb amdano.",
    },
    'data-processor': {
      term: 'prosesydd data',
      definition:
        "Sefydliad sy'n trin data personol ar ran rheolydd data, dim ond yn ôl cyfarwyddiadau'r rheolydd, er enghraifft cwmni sy'n rhedeg system TG.",
    },
    'personal-data': {
      term: 'data personol',
      definition:
        "Unrhyw wybodaeth am berson byw y mae modd ei adnabod ohoni, ar ei phen ei hun neu gyda gwybodaeth arall: er enghraifft eich enw, eich cyfeiriad, eich dyddiad geni neu eich rhif GIG.",
    },
    'special-category-data': {
      term: 'data categori arbennig',
      definition:
        "Data personol sydd angen diogelwch ychwanegol am ei fod yn sensitif: gwybodaeth am eich iechyd, eich tarddiad hiliol neu ethnig, eich credoau crefyddol neu athronyddol, eich barn wleidyddol, eich aelodaeth o undeb llafur, eich bywyd rhywiol neu eich cyfeiriadedd rhywiol, a data genetig neu fiometrig.",
    },
    'criminal-offence-data': {
      term: 'data am droseddau',
      definition: "Data personol am honiadau, achosion neu euogfarnau troseddol. Dim ond mewn amgylchiadau penodol a nodir yn y gyfraith y mae modd ei ddefnyddio.",
    },
    'data-subject': {
      term: 'gwrthrych y data',
      definition: "Y person y mae'r data personol yn ymwneud ag ef neu hi.",
    },
    processing: {
      term: 'prosesu',
      definition: "Unrhyw beth sy'n cael ei wneud â data personol, gan gynnwys ei gasglu, ei storio, ei ddefnyddio, ei rannu a'i ddileu.",
    },
    'lawful-basis': {
      term: 'sail gyfreithlon',
      definition:
        "Un o chwe rheswm a nodir yn GDPR y DU sy'n ei gwneud yn gyfreithlon defnyddio data personol: caniatâd, contract, rhwymedigaeth gyfreithiol, buddiannau hanfodol, tasg gyhoeddus a buddiannau dilys. Rhaid i o leiaf un fod yn berthnasol.",
    },
    consent: {
      term: 'caniatâd',
      definition: "Eich cytundeb clir, wedi'i roi o'ch gwirfodd, i'ch gwybodaeth gael ei defnyddio at ddiben penodol. Gallwch dynnu eich caniatâd yn ôl ar unrhyw adeg.",
    },
    'explicit-consent': {
      term: 'caniatâd penodol',
      definition:
        "Caniatâd a roddir mewn datganiad clir, ar lafar neu'n ysgrifenedig, sy'n enwi'r hyn rydych yn cytuno iddo. Mae ei angen ar gyfer rhai defnyddiau o wybodaeth sensitif.",
    },
    contract: {
      term: 'contract',
      definition: "Sail gyfreithlon: mae angen y wybodaeth i gyflawni contract gyda chi, neu i gymryd camau y gofynnoch amdanyn nhw cyn ymrwymo i un.",
    },
    'legal-obligation': {
      term: 'rhwymedigaeth gyfreithiol',
      definition: "Sail gyfreithlon: rhaid i'r sefydliad ddefnyddio'r wybodaeth er mwyn cydymffurfio â'r gyfraith.",
    },
    'vital-interests': {
      term: 'buddiannau hanfodol',
      definition: "Sail gyfreithlon: mae angen y wybodaeth i ddiogelu bywyd rhywun, er enghraifft mewn argyfwng meddygol.",
    },
    'public-task': {
      term: 'tasg gyhoeddus',
      definition: "Sail gyfreithlon: mae angen y wybodaeth i gyflawni tasg er budd y cyhoedd neu swyddogaeth swyddogol sydd â sail yn y gyfraith.",
    },
    'legitimate-interests': {
      term: 'buddiannau dilys',
      definition:
        "Sail gyfreithlon: mae gan y sefydliad reswm gwirioneddol dros ddefnyddio'r wybodaeth, mae angen ei defnyddio am y rheswm hwnnw, ac nid yw hynny'n drech na'ch buddiannau, eich hawliau a'ch rhyddid chi.",
    },
    'subject-access-request': {
      term: 'cais gwrthrych am wybodaeth',
      abbr: 'SAR',
      definition:
        "Cais i sefydliad am gopi o'r data personol sydd ganddo amdanoch chi. Fel arfer mae'n rhad ac am ddim, ac fel arfer mae gan y sefydliad fis i ymateb.",
    },
    'data-portability': {
      term: 'hygludedd data',
      definition:
        "Eich hawl i gael gwybodaeth a roesoch i sefydliad mewn fformat y gallwch ei ailddefnyddio, neu i'w hanfon at sefydliad arall. Dim ond mewn rhai achosion y mae'n berthnasol.",
    },
    profiling: {
      term: 'proffilio',
      definition: "Defnyddio data personol yn awtomatig i ddadansoddi neu ragweld pethau am berson, fel ei iechyd, ei ddewisiadau neu ei ymddygiad.",
    },
    'automated-decision-making': {
      term: 'gwneud penderfyniadau awtomataidd',
      definition: "Gwneud penderfyniad am berson drwy ddulliau awtomataidd, heb i unrhyw berson fod yn rhan ohono.",
    },
    'pseudonymised-data': {
      term: 'data ffugenwol',
      definition:
        "Data personol lle mae enwau a dynodwyr eraill wedi'u disodli gan godau, fel nad oes modd ei gysylltu â pherson heb wybodaeth ychwanegol sy'n cael ei chadw ar wahân. Mae'n dal yn ddata personol.",
    },
    'anonymised-data': {
      term: 'data dienw',
      definition: "Gwybodaeth nad oes modd adnabod neb ohoni. Nid yw data sy'n wirioneddol ddienw yn ddata personol mwyach.",
    },
    'data-breach': {
      term: 'tor diogelwch data personol',
      definition:
        "Digwyddiad diogelwch lle mae data personol yn cael ei golli, ei ddinistrio, ei newid, neu ei weld neu ei rannu heb ganiatâd, drwy ddamwain neu'n fwriadol.",
    },
    dpo: {
      term: 'Swyddog Diogelu Data',
      abbr: 'DPO',
      definition:
        "Y person y mae sefydliad yn ei benodi i'w gynghori ar gyfraith diogelu data, i wirio ei fod yn cydymffurfio, ac i fod yn gyswllt i'r cyhoedd ac i'r ICO.",
    },
    'caldicott-guardian': {
      term: 'Gwarcheidwad Caldicott',
      definition:
        "Uwch aelod o staff mewn sefydliad iechyd neu ofal cymdeithasol sy'n sicrhau bod gwybodaeth gyfrinachol pobl yn cael ei defnyddio mewn ffordd foesegol, gyfreithlon a phriodol.",
    },
    siro: {
      term: 'Uwch Berchennog Risg Gwybodaeth',
      abbr: 'SIRO',
      definition: "Uwch aelod o staff mewn sefydliad sy'n gyfrifol am reoli'r risgiau i'r wybodaeth sydd gan y sefydliad.",
    },
    ico: {
      term: "Swyddfa'r Comisiynydd Gwybodaeth",
      abbr: 'ICO',
      definition:
        "Rheoleiddiwr annibynnol y DU ar gyfer diogelu data a hawliau gwybodaeth. Gallwch gwyno i'r ICO am y ffordd y mae sefydliad wedi trin eich data personol.",
    },
    'uk-gdpr': {
      term: 'Rheoliad Cyffredinol y DU ar Ddiogelu Data',
      abbr: 'GDPR y DU',
      definition: "Prif gyfraith y DU ar sut mae'n rhaid i sefydliadau ofalu am ddata personol, ynghyd â Deddf Diogelu Data 2018.",
    },
    'dpa-2018': {
      term: 'Deddf Diogelu Data 2018',
      definition:
        "Y gyfraith yn y DU sy'n cyd-fynd â GDPR y DU, gan ychwanegu manylion fel yr amodau ar gyfer defnyddio gwybodaeth sensitif a'r esemptiadau.",
    },
    pecr: {
      term: 'Rheoliadau Preifatrwydd a Chyfathrebu Electronig',
      abbr: 'PECR',
      definition:
        "Rheolau'r DU ar gwcis a thechnolegau tebyg, marchnata electronig drwy e-bost, neges destun a ffôn, a phreifatrwydd cyfathrebiadau.",
    },
    'common-law-duty-of-confidentiality': {
      term: 'dyletswydd cyfrinachedd y gyfraith gyffredin',
      definition:
        "Y ddyletswydd gyfreithiol i gadw'n gyfrinachol wybodaeth a roddir yn gyfrinachol, fel yr hyn rydych yn ei ddweud wrth feddyg neu weithiwr gofal, oni bai eich bod yn cytuno, bod y gyfraith yn mynnu hynny, neu fod budd y cyhoedd yn drech.",
    },
    'national-data-opt-out': {
      term: 'Optio Allan Cenedlaethol o Rannu Data',
      definition:
        "Gwasanaeth sy'n gadael i chi ddewis a yw eich gwybodaeth gyfrinachol fel claf yn cael ei defnyddio ar gyfer ymchwil a chynllunio, nid dim ond ar gyfer eich gofal eich hun. Gallwch wneud neu newid eich dewis yn nhs.uk/your-nhs-data-matters.",
    },
    'confidential-patient-information': {
      term: 'gwybodaeth gyfrinachol am gleifion',
      definition: "Gwybodaeth am eich iechyd neu eich gofal sy'n eich adnabod ac a roddwyd yn gyfrinachol, er enghraifft yn eich cofnodion iechyd.",
    },
    'section-251': {
      term: 'cymeradwyaeth adran 251',
      definition:
        "Cymeradwyaeth o dan adran 251 o Ddeddf y GIG 2006 sy'n caniatáu defnyddio gwybodaeth gyfrinachol am gleifion heb ganiatâd at ddibenion penodol, fel rhywfaint o ymchwil, pan nad yw'n ymarferol gofyn.",
    },
    'direct-care': {
      term: 'gofal uniongyrchol',
      definition: "Gofal iechyd neu ofal cymdeithasol a roddir i chi fel unigolyn, gan gynnwys y gwiriadau a'r gweinyddu sy'n ei gefnogi.",
    },
    'information-sharing-agreement': {
      term: 'cytundeb rhannu gwybodaeth',
      definition: "Cytundeb ysgrifenedig rhwng sefydliadau sy'n nodi pa wybodaeth maen nhw'n ei rhannu, pam, a sut mae'n cael ei diogelu.",
    },
    'data-protection-impact-assessment': {
      term: "Asesiad o'r Effaith ar Ddiogelu Data",
      abbr: 'DPIA',
      definition:
        "Gwiriad y mae sefydliad yn ei gynnal cyn defnyddio data personol mewn ffordd a allai fod yn risg uchel, er mwyn canfod a lleihau'r risgiau i breifatrwydd pobl.",
    },
    'retention-period': {
      term: 'cyfnod cadw',
      definition: "Am ba hyd y mae sefydliad yn cadw gwybodaeth cyn ei dileu neu ei dinistrio.",
    },
    cookies: {
      term: 'cwcis',
      definition: "Ffeiliau bach y mae gwefan yn eu cadw ar eich dyfais, er enghraifft i gofio eich gosodiadau neu i gyfrif ymweliadau.",
    },
  },
};
