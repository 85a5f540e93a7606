/**
 * Fact classes from round seventeen's corpus half (batch 16z68, keyed blind). Each test uses the shape of a real notice and names it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name?: string) => [...new Set((await load(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];

describe('batch 16z68: facts', () => {
  it('reads a table of the rights, a right a row, by each row\'s first cell ("Correction | …", "Restriction on processing | …", "Portability | …", Registers of Scotland)', async () => {
    const text = 'Privacy notice\n\nYour rights\n\nRight | What it means |\nAccess | You have the right to request a copy of the personal information we hold about you |\nCorrection | You have the right to ask for your personal data to be deleted under certain circumstances |\nRestriction on processing | If you make an objection, our use of your personal information may be temporarily suspended |\nPortability | You have the right to move your data |\n';
    expect(await familyOf('rights', text)).toEqual(expect.arrayContaining(['access', 'rectification', 'restriction', 'portability']));
  });

  it('proposes the subject of the notice\'s opening sentence when the text names it again ("SCIAF works towards a world …" / "… when you contact SCIAF")', async () => {
    const text = 'Privacy Notice\n\nSCIAF works towards a world in which the rights and dignity of every person are respected.\n\nHow we collect personal information\n\nWe may collect information about you whenever you contact SCIAF regarding our activities.\n';
    expect(await familyOf('controller', text)).toEqual(['SCIAF']);
  });
});
