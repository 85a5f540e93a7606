import type { NoticeStrings } from '../notice-strings.js';

/**
 * British English wording of `<privacy-notice>`. The glossary follows the ICO's own plain-English
 * explanations (ico.org.uk, "Guide to the UK GDPR: key definitions") and NHS England's
 * descriptions of the national data opt-out and the Caldicott principles.
 */
export const noticeEnGB: NoticeStrings = {
  atAGlance: 'At a glance',
  contents: 'Contents',
  version: 'Version {version}',
  lastUpdated: 'Last updated {date}',
  openAll: 'Open all sections',
  closeAll: 'Close all sections',
  readFullNotice: 'Read the full privacy notice',
  footnotes: 'Notes',
  backToReference: 'Back to note {marker} in the text',
  footnoteReference: 'Note {marker}',
  closeDefinition: 'Close',
  table: 'Table',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  website: 'Website',
  form: 'Form',
  roles: {
    dpo: 'Data Protection Officer',
    'caldicott-guardian': 'Caldicott Guardian',
    siro: 'Senior Information Risk Owner',
    service: 'Service team',
    controller: 'Data controller',
    complaints: 'Complaints',
    executive: 'Chief executive',
    'ig-team': 'Information governance team',
    regulator: 'Regulator',
    other: 'Contact',
  },
  ico: {
    id: 'ico',
    role: 'regulator',
    name: "Information Commissioner's Office (ICO)",
    roleLabel: "Information Commissioner's Office (ICO)",
    purpose: 'The UK regulator for data protection. You can complain to them if you are unhappy with how your information has been handled.',
    web: [{ href: 'https://ico.org.uk/make-a-complaint/', text: 'Make a complaint to the ICO' }],
    phones: [{ number: '0303 123 1113' }],
    address: { lines: ["Information Commissioner's Office", 'Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire'], postcode: 'SK9 5AF' },
  },
  glanceHeadings: {
    who: 'Who is responsible',
    what: 'What we collect',
    why: 'Why we use it',
    basis: 'Our lawful basis',
    sharing: 'Who we share it with',
    transfers: 'Outside the UK',
    retention: 'How long we keep it',
    rights: 'Your rights',
    complain: 'How to complain',
    contact: 'Contact us',
  },
  glanceWho: '{names} (the data controller).',
  glanceWhoJoint: '{names} (joint data controllers).',
  glanceWhat: '{labels}.',
  andMore: (count) => (count === 1 ? 'and 1 more' : `and ${count} more`),
  badges: { health: 'Includes health information', special: 'Includes special category data', criminal: 'Includes criminal offence data' },
  glanceWhy: 'To {purposes}.',
  glanceBasis: '{bases}.',
  basisWords: {
    a: 'with your consent',
    b: 'to carry out a contract with you',
    c: 'to meet our legal obligations',
    d: 'to protect someone’s life (vital interests)',
    e: 'to carry out our public tasks',
    ea: 'for a recognised legitimate interest',
    f: 'for our legitimate interests',
  },
  sharingWhen: {
    routinely: 'routinely',
    'with-consent': 'with your consent',
    'when-required-by-law': 'when the law requires',
    emergency: 'in an emergency',
    occasionally: 'occasionally',
    other: 'we share it with',
  },
  sharingAlso: 'also',
  transfers: {
    no: 'We do not send your information outside the UK.',
    yes: 'Some of your information is sent outside the UK ({countries}), with safeguards to protect it.',
    yesUnnamed: 'Some of your information is sent outside the UK, with safeguards to protect it.',
    'only-with-consent': 'We only send your information outside the UK with your consent.',
  },
  glanceRetentionPeriod: 'We keep it for {period} from {from}.',
  glanceRetentionPolicy: 'We keep it in line with the {policy}.',
  underReview: 'This is under review.',
  period: (years, months) =>
    [years ? `${years} year${years === 1 ? '' : 's'}` : '', months ? `${months} month${months === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and '),
  glanceRights: 'Your rights include {rights}.',
  rightNames: {
    informed: 'being informed',
    access: 'access',
    rectification: 'correction',
    erasure: 'deletion',
    restriction: 'limiting use',
    portability: 'portability',
    object: 'objecting',
    'automated-decisions': 'a human decision instead of an automated one',
    'withdraw-consent': 'withdrawing consent',
    complain: 'complaining',
  },
  howToUseRights: 'How to use your rights',
  glanceComplainUs: 'Tell us first: {contacts}.',
  glanceComplainRegulator: 'You can also complain to the {regulator}:',
  glanceComplainRegulatorOnly: 'You can complain to the {regulator}:',
  glanceContact: '{contact}:',
  cookiesHeading: 'Cookies',
  cookiesIntro: 'Cookies are small files saved on your device when you visit a website. These are the cookies this website uses.',
  noCookies: 'No cookies are listed for this category.',
  yourCookieChoices: 'Your cookie choices',
  cookiePolicy: 'Read our cookie policy',
  cookiesWithoutScript:
    'Your browser is not running JavaScript, so your cookie choices cannot be changed on this page. Scripts that set optional cookies run only after you agree to them, so none of them are running now.',
  cookieSettingsWithoutScript: 'Change your cookie settings without JavaScript',
  glossaryHeading: 'Terms used in this notice',
  cookieBasisRequired: 'Legal basis: strictly necessary for the website to work (PECR Schedule A1, paragraph 4), so we do not ask for consent.',
  cookieBasisConsent: 'Legal basis: your consent. We only set these cookies if you switch them on.',
  cookieBasisStatistics:
    'Legal basis: the statistics exception (PECR Schedule A1, paragraph 5). We set these cookies without asking first, only to count how the website is used and improve it. You can object below.',
  cookieBasisAppearance:
    'Legal basis: the appearance exception (PECR Schedule A1, paragraph 6). We set these cookies without asking first, only to remember how you like the website to look and work. You can object below.',
  glossary: {
    'data-controller': {
      term: 'data controller',
      definition: 'The organisation that decides why and how your personal data is used. It is responsible for looking after it and for making sure the law is followed.',
    },
    'joint-controller': {
      term: 'joint controller',
      definition: 'Two or more organisations that decide together why and how your personal data is used. They share responsibility for it.',
    },
    'data-processor': {
      term: 'data processor',
      definition: 'An organisation that handles personal data on behalf of a data controller, only as the controller instructs, for example a company that runs an IT system.',
    },
    'personal-data': {
      term: 'personal data',
      definition: 'Any information about a living person who can be identified from it, on its own or with other information: for example your name, address, date of birth or NHS number.',
    },
    'special-category-data': {
      term: 'special category data',
      definition:
        'Personal data that needs extra protection because it is sensitive: information about your health, racial or ethnic origin, religious or philosophical beliefs, political opinions, trade union membership, sex life or sexual orientation, and genetic or biometric data.',
    },
    'criminal-offence-data': {
      term: 'criminal offence data',
      definition: 'Personal data about criminal allegations, proceedings or convictions. It can only be used in specific circumstances set out in law.',
    },
    'data-subject': {
      term: 'data subject',
      definition: 'The person the personal data is about.',
    },
    processing: {
      term: 'processing',
      definition: 'Anything done with personal data, including collecting, storing, using, sharing and deleting it.',
    },
    'lawful-basis': {
      term: 'lawful basis',
      definition:
        'One of six reasons set out in the UK GDPR that make it lawful to use personal data: consent, contract, legal obligation, vital interests, public task and legitimate interests. At least one must apply.',
    },
    consent: {
      term: 'consent',
      definition: 'Your freely given, clear agreement to your information being used for a specific purpose. You can withdraw consent at any time.',
    },
    'explicit-consent': {
      term: 'explicit consent',
      definition: 'Consent given in a clear statement, spoken or written, that names what you are agreeing to. It is needed for some uses of sensitive information.',
    },
    contract: {
      term: 'contract',
      definition: 'A lawful basis: the information is needed to carry out a contract with you, or to take steps you asked for before entering into one.',
    },
    'legal-obligation': {
      term: 'legal obligation',
      definition: 'A lawful basis: the organisation must use the information to comply with the law.',
    },
    'vital-interests': {
      term: 'vital interests',
      definition: 'A lawful basis: the information is needed to protect someone’s life, for example in a medical emergency.',
    },
    'public-task': {
      term: 'public task',
      definition: 'A lawful basis: the information is needed to carry out a task in the public interest or an official function that has a basis in law.',
    },
    'legitimate-interests': {
      term: 'legitimate interests',
      definition:
        'A lawful basis: the organisation has a genuine reason to use the information, the use is necessary for that reason, and it does not override your interests, rights and freedoms.',
    },
    'subject-access-request': {
      term: 'subject access request',
      abbr: 'SAR',
      definition: 'A request to an organisation for a copy of the personal data it holds about you. It is usually free, and the organisation normally has one month to respond.',
    },
    'data-portability': {
      term: 'data portability',
      definition: 'Your right to get information you gave an organisation in a format you can reuse, or to have it sent to another organisation. It applies in some cases only.',
    },
    profiling: {
      term: 'profiling',
      definition: 'Using personal data, automatically, to analyse or predict things about a person, such as their health, preferences or behaviour.',
    },
    'automated-decision-making': {
      term: 'automated decision-making',
      definition: 'Making a decision about a person by automated means, without a human being involved.',
    },
    'pseudonymised-data': {
      term: 'pseudonymised data',
      definition: 'Personal data with names and other identifiers replaced by codes, so it cannot be linked to a person without extra information that is kept separately. It is still personal data.',
    },
    'anonymised-data': {
      term: 'anonymised data',
      definition: 'Information from which nobody can be identified. Truly anonymised data is no longer personal data.',
    },
    'data-breach': {
      term: 'personal data breach',
      definition: 'A security incident in which personal data is lost, destroyed, changed, or seen or shared without permission, by accident or on purpose.',
    },
    dpo: {
      term: 'Data Protection Officer',
      abbr: 'DPO',
      definition: 'The person an organisation appoints to advise it on data protection law, check that it complies, and be a contact for the public and the ICO.',
    },
    'caldicott-guardian': {
      term: 'Caldicott Guardian',
      definition: 'A senior person in a health or social care organisation who makes sure that people’s confidential information is used ethically, legally and appropriately.',
    },
    siro: {
      term: 'Senior Information Risk Owner',
      abbr: 'SIRO',
      definition: 'A senior person in an organisation who is responsible for managing the risks to the information it holds.',
    },
    ico: {
      term: "Information Commissioner's Office",
      abbr: 'ICO',
      definition: 'The UK’s independent regulator for data protection and information rights. You can complain to the ICO about how an organisation has handled your personal data.',
    },
    'uk-gdpr': {
      term: 'UK General Data Protection Regulation',
      abbr: 'UK GDPR',
      definition: 'The main UK law on how organisations must look after personal data, together with the Data Protection Act 2018.',
    },
    'dpa-2018': {
      term: 'Data Protection Act 2018',
      definition: 'The UK law that sits alongside the UK GDPR, adding detail such as the conditions for using sensitive information and the exemptions.',
    },
    pecr: {
      term: 'Privacy and Electronic Communications Regulations',
      abbr: 'PECR',
      definition: 'UK rules on cookies and similar technologies, electronic marketing by email, text and phone, and the privacy of communications.',
    },
    'common-law-duty-of-confidentiality': {
      term: 'common law duty of confidentiality',
      definition:
        'The legal duty to keep information given in confidence, such as what you tell a doctor or care worker, confidential unless you agree, the law requires it, or there is an overriding public interest.',
    },
    'national-data-opt-out': {
      term: 'National Data Opt-Out',
      definition:
        'A service that lets you choose whether your confidential patient information is used for research and planning, not just your own care. You can set or change your choice at nhs.uk/your-nhs-data-matters.',
    },
    'confidential-patient-information': {
      term: 'confidential patient information',
      definition: 'Information about your health or care that identifies you and was given in confidence, for example in your health records.',
    },
    'section-251': {
      term: 'section 251 support',
      definition:
        'Approval under section 251 of the NHS Act 2006 that allows confidential patient information to be used without consent for specific purposes, such as some research, when it is not practical to ask.',
    },
    'direct-care': {
      term: 'direct care',
      definition: 'Health or social care given to you as an individual, including the checks and administration that support it.',
    },
    'information-sharing-agreement': {
      term: 'information sharing agreement',
      definition: 'A written agreement between organisations setting out what information they share, why, and how it is protected.',
    },
    'data-protection-impact-assessment': {
      term: 'Data Protection Impact Assessment',
      abbr: 'DPIA',
      definition: 'A check an organisation carries out before using personal data in a way that could be high risk, to find and reduce the risks to people’s privacy.',
    },
    'retention-period': {
      term: 'retention period',
      definition: 'How long an organisation keeps information before deleting or destroying it.',
    },
    cookies: {
      term: 'cookies',
      definition: 'Small files a website saves on your device, for example to remember your settings or to count visits.',
    },
  },
};
