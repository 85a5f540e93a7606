/**
 * A small config that passes the schema and every compliance rule. Each rule's test breaks one
 * thing in a fresh copy and expects that rule, and only where it should, to object.
 */
import type { PrivacyConfig } from '../../src/config/types.js';
import type { Notice } from '../../src/config/notice-model.js';
import { lintConfig } from '../../src/check/rules.js';

export function compliantConfig(): PrivacyConfig & { notice: Notice } {
  return {
    version: '2026-11-01',
    organisation: { id: 'trust', name: 'Example NHS Trust', publicAuthority: true },
    consent: {
      categories: [
        { id: 'necessary', title: 'Strictly necessary', required: true, cookies: [{ name: 'privacy-consent', purpose: 'Remembers your cookie choice' }] },
        {
          id: 'analytics',
          title: 'Analytics',
          services: [{ id: 'matomo', name: 'Matomo', cookies: [{ name: '_pk_id.*' }, { name: '_pk_ses.*' }] }],
        },
      ],
      text: { acceptAll: 'Accept analytics cookies', rejectAll: 'Reject analytics cookies' },
    },
    notice: {
      id: 'main',
      title: 'Privacy notice',
      version: '1',
      controllers: [{ party: 'trust', role: 'controller' }],
      parties: [
        { id: 'trust', name: 'Example NHS Trust', kind: 'organisation', roles: ['controller'] },
        { id: 'gp', name: 'Your GP practice', kind: 'organisation', roles: ['recipient'] },
      ],
      contacts: [
        { id: 'dpo', role: 'dpo', org: 'trust', emails: ['dpo@example.nhs.uk'] },
        { id: 'office', role: 'controller', org: 'trust', phones: [{ number: '0300 123 4567' }] },
      ],
      data: [{ id: 'contact', label: 'Contact details', kind: 'personal', at: 'what' }],
      purposes: [
        { id: 'care', label: 'Provide your care', bases: ['task'], data: ['contact'], at: 'why' },
        { id: 'news', label: 'Send you our newsletter', bases: ['consent'], at: 'why' },
      ],
      bases: [
        { id: 'task', art6: 'e' },
        { id: 'consent', art6: 'a' },
        { id: 'interest', art6: 'f', legitimateInterest: 'Improving our services from your feedback' },
      ],
      sharing: [{ id: 'with-gp', recipient: 'gp', bases: ['task'], purpose: 'To coordinate your care' }],
      transfers: { outsideUk: 'no' },
      retention: [{ id: 'records', period: { years: 8, from: 'the end of your treatment' } }],
      rights: {
        items: [
          { kind: 'access', label: 'To get a copy of your information' },
          { kind: 'withdraw-consent', label: 'To withdraw your consent at any time' },
        ],
      },
      adm: { used: false },
      complaints: { regulator: 'ico' },
      glossary: [{ id: 'controller', term: 'data controller', definition: 'The organisation responsible for your data.' }],
      sections: [
        { id: 'what', heading: 'What we collect', topic: 'data', blocks: [{ p: ['We are the ', { term: 'controller' }, '. See ', { xref: 'why', text: 'why we use it' }, '.'] }] },
        { id: 'why', heading: 'Why we use it', topic: 'purposes', blocks: [{ show: 'purposes' }] },
      ],
    },
  };
}

/** The findings of one rule on a config. */
export function findingsOf(config: PrivacyConfig, rule: string) {
  return lintConfig(config).filter((f) => f.rule === rule);
}
