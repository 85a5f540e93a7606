/**
 * Fact classes from blind batch 16z36's misses (test/fixtures/import-corpus/, "batch": "16z36"). Each
 * test uses the shape of the real passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string, name: string) => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-06') });

describe('the DPO', () => {
  it('is reached through the contact details above when the notice says so ("contact the DfE\'s data protection officer, please use the secure online form or write to the address above", https://github.com/DFE-Digital/buy-for-your-school app/views/static/privacy.md)', async () => {
    const md = '# Privacy notice\n\n## The right to lodge a complaint\n\nContact us by writing to:\n\nMinisterial and Public Communications Division\nDepartment for Education\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\nIf you wish to contact the DfE’s data protection officer, please use the secure online form or write to the address above.\n';
    const { config, found } = await load(md, 'privacy.md');
    const dpo = config.notice.contacts.find((c) => c.role === 'dpo');
    expect(dpo?.address?.postcode).toBe('M1 2WD');
    expect(found.some((f) => f.family === 'dpo')).toBe(true);
    // Without a pointer back, the address stays the organisation's alone.
    const { config: plain } = await load(md.replace(' or write to the address above', ''), 'privacy.md');
    expect(plain.notice.contacts.some((c) => c.role === 'dpo' && c.address)).toBe(false);
  });
});

describe('the controller', () => {
  it('proposes the body answerable for the data ("… so MHCLG is responsible for ensuring it\'s processed in line with data protection legislation", https://github.com/communitiesuk/submit-social-housing-lettings-and-sales-data)', async () => {
    const md = '## How do we get this information?\n\nThe information is provided via a service funded and managed by the Ministry of Housing, Communities and Local Government (MHCLG). Some of this data is personal and sensitive, so MHCLG is responsible for ensuring it’s processed in line with data protection legislation.\n';
    const { found } = await load(md, 'privacy.md');
    expect(found.filter((f) => f.family === 'controller').map((f) => f.value)).toEqual(['Ministry of Housing, Communities and Local Government']);
    // Not a role the text gives a person or a team ("The Data Protection Officer is responsible for ensuring …").
    const { found: role } = await load('## Who we are\n\nThe Information Governance Team is responsible for ensuring your data is handled properly.\n', 'privacy.md');
    expect(role.filter((f) => f.family === 'controller')).toEqual([]);
  });
});
