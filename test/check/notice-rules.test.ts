import { describe, expect, it } from 'vitest';
import { compliantConfig, findingsOf } from './compliant-config.js';

describe('controller-contact (UK GDPR Art 13(1)(a))', () => {
  it('errs when the notice names no controller', () => {
    const config = compliantConfig();
    config.notice.controllers = [];
    expect(findingsOf(config, 'controller-contact')).toMatchObject([{ path: '$.notice.controllers', severity: 'error', cites: expect.stringContaining('Art 13(1)(a)') }]);
  });
  it('errs when no contact card with a contact method belongs to the controller', () => {
    const config = compliantConfig();
    config.notice.contacts = [{ id: 'dpo', role: 'dpo', org: 'gp', emails: ['dpo@gp.example'] }, { id: 'office', role: 'controller', org: 'trust' }];
    const [finding] = findingsOf(config, 'controller-contact');
    expect(finding).toMatchObject({ path: '$.notice.controllers[0]', severity: 'error' });
    expect(finding!.message).toContain('Example NHS Trust');
  });
  it('accepts a card without "org" as the only controller’s', () => {
    const config = compliantConfig();
    config.notice.contacts = [{ id: 'dpo', role: 'dpo', address: { lines: ['1 High Street'], postcode: 'AB1 2CD' } }];
    expect(findingsOf(config, 'controller-contact')).toEqual([]);
  });
  it('passes when the controller has a card with a phone number', () => {
    expect(findingsOf(compliantConfig(), 'controller-contact')).toEqual([]);
  });
});

describe('dpo (UK GDPR Art 13(1)(b), Art 37(1)(a))', () => {
  it('is an error for a public authority with no DPO contact', () => {
    const config = compliantConfig();
    config.notice.contacts = config.notice.contacts.filter((c) => c.role !== 'dpo');
    expect(findingsOf(config, 'dpo')).toMatchObject([{ path: '$.notice.contacts', severity: 'error' }]);
  });
  it('is a warning for an organisation that is not a public authority', () => {
    const config = compliantConfig();
    config.organisation.publicAuthority = false;
    config.notice.contacts = config.notice.contacts.filter((c) => c.role !== 'dpo');
    expect(findingsOf(config, 'dpo')).toMatchObject([{ severity: 'warning' }]);
  });
  it('objects to a DPO card with no way to reach them', () => {
    const config = compliantConfig();
    config.notice.contacts[0] = { id: 'dpo', role: 'dpo', person: 'A. Person' };
    expect(findingsOf(config, 'dpo')).toMatchObject([{ path: '$.notice.contacts[0]' }]);
  });
  it('passes with a DPO email', () => {
    expect(findingsOf(compliantConfig(), 'dpo')).toEqual([]);
  });
});

describe('purpose-basis (UK GDPR Art 13(1)(c))', () => {
  it('errs on a purpose with no lawful basis', () => {
    const config = compliantConfig();
    config.notice.purposes[1]!.bases = [];
    expect(findingsOf(config, 'purpose-basis')).toMatchObject([{ path: '$.notice.purposes[1].bases', severity: 'error' }]);
  });
  it('errs on a notice with no purposes at all', () => {
    const config = compliantConfig();
    config.notice.purposes = [];
    expect(findingsOf(config, 'purpose-basis')).toMatchObject([{ path: '$.notice.purposes' }]);
  });
  it('passes when every purpose has a basis', () => {
    expect(findingsOf(compliantConfig(), 'purpose-basis')).toEqual([]);
  });
});

describe('legitimate-interest (UK GDPR Art 13(1)(d))', () => {
  it('errs on an Art 6(1)(f) basis without the interest', () => {
    const config = compliantConfig();
    delete config.notice.bases[2]!.legitimateInterest;
    expect(findingsOf(config, 'legitimate-interest')).toMatchObject([{ path: '$.notice.bases[2]', severity: 'error' }]);
  });
  it('errs when the interest is only blank rich text', () => {
    const config = compliantConfig();
    config.notice.bases[2]!.legitimateInterest = [' ', { strong: [''] }];
    expect(findingsOf(config, 'legitimate-interest')).toMatchObject([{ path: '$.notice.bases[2].legitimateInterest' }]);
  });
  it('passes when the interest is stated', () => {
    expect(findingsOf(compliantConfig(), 'legitimate-interest')).toEqual([]);
  });
});

describe('withdraw-consent (UK GDPR Art 13(2)(c))', () => {
  it('errs when consent is a basis but withdrawal is not among the rights', () => {
    const config = compliantConfig();
    config.notice.rights.items = config.notice.rights.items.filter((r) => r.kind !== 'withdraw-consent');
    const [finding] = findingsOf(config, 'withdraw-consent');
    expect(finding).toMatchObject({ path: '$.notice.rights.items', severity: 'error' });
    expect(finding!.message).toContain('"consent"');
  });
  it('counts explicit consent for special category data (Art 9(2)(a))', () => {
    const config = compliantConfig();
    config.notice.bases = [{ id: 'task', art6: 'e', art9: ['a'] }, { id: 'interest', art6: 'f', legitimateInterest: 'x' }];
    config.notice.purposes[1]!.bases = ['task'];
    config.notice.rights.items = [{ kind: 'access', label: 'Access' }];
    expect(findingsOf(config, 'withdraw-consent')).toHaveLength(1);
  });
  it('does not ask for withdrawal when nothing relies on consent', () => {
    const config = compliantConfig();
    config.notice.bases = config.notice.bases.filter((b) => b.art6 !== 'a');
    config.notice.purposes[1]!.bases = ['task'];
    config.notice.rights.items = [{ kind: 'access', label: 'Access' }];
    expect(findingsOf(config, 'withdraw-consent')).toEqual([]);
  });
});

describe('regulator (UK GDPR Art 13(2)(d))', () => {
  it('errs when there is no route to complain to the ICO', () => {
    const config = compliantConfig();
    delete config.notice.complaints;
    expect(findingsOf(config, 'regulator')).toMatchObject([{ path: '$.notice', severity: 'error', cites: 'UK GDPR Art 13(2)(d)' }]);
  });
  it('errs on an empty regulator', () => {
    const config = compliantConfig();
    config.notice.complaints = { regulator: ' ' };
    expect(findingsOf(config, 'regulator')).toMatchObject([{ path: '$.notice.complaints.regulator' }]);
  });
  it('passes with the built-in ICO card', () => {
    expect(findingsOf(compliantConfig(), 'regulator')).toEqual([]);
  });
});

describe('retention (UK GDPR Art 13(2)(a))', () => {
  it('errs on an entry with neither period nor criteria', () => {
    const config = compliantConfig();
    config.notice.retention = [{ id: 'records', policy: 'code' }];
    const [finding] = findingsOf(config, 'retention');
    expect(finding).toMatchObject({ path: '$.notice.retention[0]', severity: 'error' });
    expect(finding!.message).toContain('policy');
  });
  it('errs on a period of zero years and months', () => {
    const config = compliantConfig();
    config.notice.retention = [{ id: 'records', period: { from: 'today' } }];
    expect(findingsOf(config, 'retention')).toHaveLength(1);
  });
  it('errs when nothing is said about retention', () => {
    const config = compliantConfig();
    config.notice.retention = [];
    expect(findingsOf(config, 'retention')).toMatchObject([{ path: '$.notice.retention' }]);
  });
  it('accepts criteria instead of a period', () => {
    const config = compliantConfig();
    config.notice.retention = [{ id: 'records', criteria: 'In line with the Records Management Code of Practice.' }];
    expect(findingsOf(config, 'retention')).toEqual([]);
  });
});

describe('transfers (UK GDPR Art 13(1)(f))', () => {
  it('warns when transfers are not stated', () => {
    const config = compliantConfig();
    config.notice.transfers = { outsideUk: 'not-stated' };
    expect(findingsOf(config, 'transfers')).toMatchObject([{ path: '$.notice.transfers.outsideUk', severity: 'warning' }]);
  });
  it('errs on transfers without destinations', () => {
    const config = compliantConfig();
    config.notice.transfers = { outsideUk: 'yes' };
    expect(findingsOf(config, 'transfers')).toMatchObject([{ severity: 'error' }]);
  });
  it('passes with destinations and safeguards', () => {
    const config = compliantConfig();
    config.notice.transfers = { outsideUk: 'yes', destinations: [{ country: 'United States', safeguard: 'idta' }] };
    expect(findingsOf(config, 'transfers')).toEqual([]);
  });
});

describe('automated-decisions (UK GDPR Art 13(2)(f))', () => {
  it('warns when automated decision-making is not stated', () => {
    const config = compliantConfig();
    config.notice.adm = { used: 'not-stated' };
    expect(findingsOf(config, 'automated-decisions')).toMatchObject([{ severity: 'warning', path: '$.notice.adm.used' }]);
  });
  it('errs when it is used but not explained', () => {
    const config = compliantConfig();
    config.notice.adm = { used: true };
    expect(findingsOf(config, 'automated-decisions')).toMatchObject([{ severity: 'error' }]);
  });
  it('passes when it is explained', () => {
    const config = compliantConfig();
    config.notice.adm = { used: true, text: 'A computer scores referrals by urgency; a clinician reviews every score.' };
    expect(findingsOf(config, 'automated-decisions')).toEqual([]);
  });
});

describe('sources (UK GDPR Art 14(1)(d))', () => {
  it('warns on data from a third party with no categories', () => {
    const config = compliantConfig();
    config.notice.sources = [{ id: 'from-gp', from: 'gp' }];
    expect(findingsOf(config, 'sources')).toMatchObject([{ path: '$.notice.sources[0]', severity: 'warning' }]);
  });
  it('passes for data from the person themselves, or with categories', () => {
    const config = compliantConfig();
    config.notice.sources = [{ id: 'from-you', from: 'data-subject' }, { id: 'from-gp', from: 'gp', data: ['contact'] }];
    expect(findingsOf(config, 'sources')).toEqual([]);
  });
});

describe('import-notes', () => {
  it('errs on an unresolved import note', () => {
    const config = compliantConfig();
    config.notice.importNotes = [{ at: 'what', kind: 'possible-error', text: 'Typo kept as written.' }];
    const [finding] = findingsOf(config, 'import-notes');
    expect(finding).toMatchObject({ path: '$.notice.importNotes[0]', severity: 'error' });
    expect(finding!.message).toContain('Typo kept as written.');
  });
  it('passes once every note is resolved', () => {
    const config = compliantConfig();
    config.notice.importNotes = [{ at: 'what', kind: 'possible-error', text: 'Typo kept as written.', resolved: true }];
    expect(findingsOf(config, 'import-notes')).toEqual([]);
  });
});

describe('notice rules in translations', () => {
  it('checks a translated notice at its own path', () => {
    const config = compliantConfig();
    const welsh = structuredClone(config.notice);
    delete welsh.complaints;
    config.translations = { cy: { notice: welsh } };
    expect(findingsOf(config, 'regulator')).toMatchObject([{ path: '$.translations.cy.notice' }]);
  });
});
