import type { PrivacyConfig } from '../../src/config/types.js';
import type { Notice } from '../../src/config/notice-model.js';

/** A small invented notice that uses every kind of block and run. */
export function exampleNotice(): Notice {
  return {
    id: 'example',
    lang: 'en-GB',
    title: 'How Example Health uses your information',
    subtitle: 'For people who use the Example Clinic',
    version: '3',
    lastUpdated: '2026-10-01',
    url: '/privacy.html',
    controllers: [{ party: 'example', role: 'controller' }],
    parties: [
      { id: 'example', name: 'Example Health NHS Trust', kind: 'organisation', roles: ['controller'] },
      { id: 'gp', name: 'Your GP practice', kind: 'category', roles: ['recipient'] },
    ],
    contacts: [
      {
        id: 'dpo',
        role: 'dpo',
        roleLabel: 'Data Protection Officer',
        emails: ['dpo@example.nhs.uk'],
        phones: [{ number: '01234 567 890' }],
        address: { lines: ['Example House', '1 High Street', 'Exampletown'], postcode: 'EX1 2MP' },
      },
    ],
    data: [
      { id: 'contact', label: 'Contact details', kind: 'personal', at: 'what' },
      { id: 'health', label: 'Health records', kind: 'special', special: ['health'], at: 'what' },
    ],
    purposes: [{ id: 'care', label: 'Provide your care', bases: ['task'], at: 'what' }],
    bases: [{ id: 'task', art6: 'e', at: 'what' }],
    sharing: [{ id: 'share-gp', recipient: 'gp', bases: ['task'], purpose: 'To keep your GP informed.', when: 'routinely', at: 'sharing' }],
    transfers: { outsideUk: 'no' },
    retention: [{ id: 'records', period: { years: 8, from: 'your last appointment' }, at: 'keeping' }],
    rights: {
      items: [
        { kind: 'access', label: 'Access', conditions: 'You can ask for a copy of your records.' },
        { kind: 'rectification', label: 'Rectification', conditions: 'You can ask us to correct mistakes.' },
      ],
      howTo: 'Write to our Data Protection Officer.',
      at: 'rights',
    },
    adm: { used: false },
    complaints: { regulator: 'ico', controller: { contacts: ['dpo'] }, at: 'complaints' },
    glossary: [{ id: 'clinic-record', term: 'clinic record', definition: 'The notes your clinician keeps.' }],
    footnotes: [{ id: 'star', marker: '*', body: [{ p: 'Only when you have agreed.' }] }],
    sections: [
      {
        id: 'what',
        heading: 'What we collect and why',
        topic: 'data',
        blocks: [
          { p: ['We are the ', { term: 'data-controller', text: 'data controller' }, ' for your ', { term: 'clinic-record' }, '.'] },
          {
            list: [
              { text: ['Your ', { strong: ['contact details'] }, ' and ', { em: ['health records'] }, '.'], children: [{ list: [{ text: 'Name and address' }] }] },
              { text: ['Texts to your phone', { fn: 'star' }] },
            ],
          },
          { p: [{ link: ['A link'], href: 'https://example.org/' }, '.'] },
        ],
      },
      {
        id: 'sharing',
        heading: 'Who we share it with',
        topic: 'sharing',
        blocks: [{ p: ['We share with your GP. See ', { xref: 'rights', text: 'your rights' }, '.'] }],
        sub: [{ id: 'sharing-gp', heading: 'Your GP', topic: 'sharing', blocks: [{ p: 'Routinely, after each visit.' }] }],
      },
      { id: 'keeping', heading: 'How long we keep it', topic: 'retention', blocks: [{ table: { caption: 'Retention', head: ['Record', 'Kept for'], rows: [['Clinic notes', '8 years']] } }] },
      { id: 'rights', heading: 'Your rights', topic: 'rights', blocks: [{ show: 'rights' }, { dl: [{ term: 'Access', desc: [{ p: 'Ask us.' }] }] }] },
      {
        id: 'complaints',
        heading: 'Complaints',
        topic: 'complaints',
        blocks: [{ p: ['Call ', { phone: '0303 123 1113' }, ' or email ', { email: 'dpo@example.nhs.uk' }, '.'] }, { contact: 'dpo' }, { contact: 'ico' }, { show: 'footnotes' }],
      },
    ],
  };
}

/** A whole config around the notice; `withConsent` adds a consent section with cookies. */
export function exampleConfig(withConsent = false): PrivacyConfig {
  return {
    version: '1',
    organisation: { id: 'example', name: 'Example Health NHS Trust' },
    notice: exampleNotice(),
    ...(withConsent
      ? {
          consent: {
            noticeUrl: '/privacy.html',
            categories: [
              { id: 'necessary', title: 'Strictly necessary', required: true, cookies: [{ name: 'session', purpose: 'Keeps you signed in', duration: 'Session' }] },
              {
                id: 'analytics',
                title: 'Analytics',
                services: [{ id: 'matomo', name: 'Matomo', provider: 'Example Health', cookies: [{ name: '_pk_id.*', purpose: 'Counts visits', duration: '13 months' }] }],
              },
            ],
          },
        }
      : {}),
  };
}
