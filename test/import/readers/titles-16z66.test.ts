/**
 * Titles a page's copy lost (issue 16, round sixteen): where no line stands as the title, the first short line near the top that
 * names the notice is its title, not the file's name. Each case a short page of the shape a corpus notice showed.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-07') });

describe('a title read from the first line that names the notice', () => {
  it('takes the notice\'s name under a page\'s image captions and byline (ox.ac.uk, UNIQ+ applicants)', async () => {
    const text = 'Date 13 March 2019 by web@ox.ac.uk\nType:subsite\nComments: 0\nShow on plain background\nPort Meadow\nPicnic in Port Meadow\nUNIQ+ Applicant Privacy Notice\n\nIn the course of completing this application form, you have provided information about yourself (‘personal data’). We (the University of Oxford) are the ‘data controller’ for this information.\n\nHow we use your personal data\n\nYour data will be used to assess your application.\n\nWho has access to your data?\n\nAccess will be restricted to staff who need it.\n';
    const { config } = await load(text, 'oxford-uniq-applicants.txt');
    expect(config.notice.title).toBe('UNIQ+ Applicant Privacy Notice');
    expect(config.notice.importNotes?.map((n) => n.text).join('\n')).toMatch(/first line that names the notice/);
  });

  it('takes a Welsh notice\'s name over its date line (senedd.cymru)', async () => {
    const text = 'Agoriad Swyddogol - Hysbysiad Preifatrwydd\n\nCyhoeddwyd 24/09/2021   |   Diweddarwyd Ddiwethaf 24/09/2021   |   Amser darllen munudau\n\nSut y bydd eich gwybodaeth yn cael ei defnyddio\n\nComisiwn y Senedd (“y Comisiwn”) yw’r rheolydd data ar gyfer y wybodaeth yr ydych yn ei darparu.\n\nEin manylion cyswllt\n\nDylid anfon ymholiadau at y Swyddog Diogelu Data.\n';
    expect((await load(text, 'senedd-agoriad-swyddogol-cy.txt')).config.notice.title).toBe('Agoriad Swyddogol - Hysbysiad Preifatrwydd');
  });

  it('never takes a sentence that names the notice, nor a line about it ("Updates to our privacy notice"): the file\'s name stays, with its note', async () => {
    const text = 'We are committed to protecting your privacy. This privacy notice explains how we use your information.\n\nHow we use your information\n\nWe use it to send you our newsletter.\n\nUpdates to our privacy notice\n\nWe may update this notice from time to time.\n';
    const { config } = await load(text, 'hospice-supporters.txt');
    expect(config.notice.title).toBe('Hospice supporters');
    expect(config.notice.importNotes?.map((n) => n.text).join('\n')).toMatch(/made from the file name/);
  });
});
