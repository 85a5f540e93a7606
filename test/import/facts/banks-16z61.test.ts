/**
 * Classes from round thirteen's blind banks (test/fixtures/import-phrasings/transfers-3.json, controller-5.json and
 * bases-4.json), read after their blind figures were recorded. Each test uses the shape of a real passage and names its
 * source; a guard's test shows the wording it must still read.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string) => importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string) => [...new Set((await load(text)).found.filter((f) => f.family === family).map((f) => f.value))];
const notice = (heading: string, text: string, title = 'Privacy notice') => `${title}\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${text}\n`;

describe('the controller', () => {
  it('never reads "Each Assessor is a data controller" as a body\'s name (the Scottish Assessors\' portal)', async () => {
    expect(await familyOf('controller', notice('Assessors', 'Each Assessor is a data controller for the information gathered in connection with their statutory functions.'))).toEqual([]);
  });

  it('reads Welsh "Fel rheolydd data, mae gan X ddyletswydd" (as a data controller, X has a duty) (the Welsh Local Government Association)', async () => {
    const wlga = notice('Amdanom ni', 'Mae CLlLC yn casglu ac yn defnyddio gwybodaeth bersonol am staff ac unigolion fel rhan o’r gwasanaethau mae’n eu darparu.\nFel rheolydd data, mae gan CLlLC ddyletswydd i roi gwybod i unigolion am yr wybodaeth a gedwir ganddi.', 'Hysbysiad preifatrwydd');
    expect(await familyOf('controller', wlga)).toEqual(['CLlLC']);
  });

  it('reads the body an address label names first on the notice\'s contact line, a hospice being a body (Willen Hospice)', async () => {
    expect(await familyOf('controller', notice('Our contact details', 'Address: Willen Hospice, Milton Road, Willen Village, Milton Keynes, MK15 9AB'))).toEqual(['Willen Hospice']);
  });
});

describe('lawful bases', () => {
  it('reads the reader\'s consent given in the sentence (Tyne & Wear Archives & Museums; Cheltenham\'s park events)', async () => {
    expect(await familyOf('art6', notice('How is your personal information used?', 'When you join must-see museums you consent to your name and contact details being stored on our database, along with information you give us about your interests.'))).toEqual(['a']);
    expect(await familyOf('art6', notice('Why we collect information about you', 'The organisation of special events in green and open spaces is not a statutory duty on the council. You consent to your information being used for the purpose of the event application only.'))).toEqual(['a']);
  });

  it('reads "By law, we must process this information" as a legal obligation (NHS Business Services Authority\'s dental services)', async () => {
    expect(await familyOf('art6', notice('Why we process your information', 'When you complete a course of NHS dental treatment, your dentist submits some of your treatment details to us.\n\nBy law, we must process this information on behalf of the NHS.'))).toEqual(['c']);
  });

  it('reads "Our legal grounds … is contract, in that …" (the National Trust for Scotland\'s events)', async () => {
    expect(await familyOf('art6', notice('Booking an event', 'Our legal grounds in relation to this processing is contract, in that the processing is necessary for the provision of the service (entry to the event).'))).toEqual(['b']);
  });

  it('reads a Welsh list under "Y gofynion cyfreithiol ar gyfer prosesu yw:" (the legal requirements for processing are) (Cardiff Metropolitan University)', async () => {
    const met = notice('Diogelu Gwybodaeth a Data Personol', "Y gofynion cyfreithiol ar gyfer prosesu yw:\n\n  • Buddiannau cyfreithlon y Brifysgol a dibenion ymrwymo i gontract addysg gyda chi.\n\n  • Cynnal prosesau er budd y cyhoedd.", 'Hysbysiad preifatrwydd');
    expect((await familyOf('art6', met)).sort()).toEqual(['b', 'e', 'f']);
  });
});

describe('lawful bases, the English intro', () => {
  it('reads a list under "The legal requirements for processing are:", the intro itself no legal obligation (the English of Cardiff Metropolitan University\'s Welsh page)', async () => {
    const met = notice('Protecting information and personal data', 'The legal requirements for processing are:\n\n  • The University\'s legitimate interests.\n\n  • Carrying out a task in the public interest.');
    expect((await familyOf('art6', met)).sort()).toEqual(['e', 'f']);
  });
});

describe('transfers', () => {
  it('reads no transfer from data received from bodies abroad (London Dental Specialists), and still reads data sent to them', async () => {
    expect(await familyOf('transfers', notice('Collecting Your Personal Data', 'We may receive data from third parties, including analytics providers such as Google located outside the UK, and advertising networks such as Facebook located outside the UK.'))).toEqual([]);
    expect(await familyOf('transfers', notice('Sharing', 'We share your data with analytics providers such as Google located outside the UK.'))).toEqual(['yes']);
  });
});

describe('special category conditions (special-3, round thirteen\'s last bank)', () => {
  it('reads no condition from Article 9\'s conditions given as examples, "… where circumstances exist such as:" (Lichfield District Council), and still reads a list of the organisation\'s own', async () => {
    const lichfield = notice('Special personal data (article 9)', 'We (through officers) must only process this kind of information where circumstances exist such as:\n\n  1. the individual has given explicit consent for one or more specified purposes\n  2. it is necessary for employment/social security/social protection law purposes\n  3. it is necessary in relation to legal claims');
    expect(await familyOf('art9', lichfield)).toEqual([]);
    const own = notice('Special category data', 'We process special category data where:\n\n  1. the individual has given explicit consent for one or more specified purposes\n  2. it is necessary for employment/social security/social protection law purposes');
    expect((await familyOf('art9', own)).sort()).toEqual(['a', 'b']);
  });
});
