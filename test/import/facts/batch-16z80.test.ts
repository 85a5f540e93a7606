/**
 * Fact classes from round twenty-three's corpus half (batch 16z80, keyed blind). Each test uses a real notice's shape and names
 * its body, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { findConditions } from '../../../src/import/facts/special-category.js';
import { factsOf } from '../support/facts-score.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-08') });
const facts = async (text: string, name?: string) => factsOf(await load(text, name));

describe('batch 16z80: the controller', () => {
  it('gives no controller for a body the text says acts "as a data processor on our behalf" (Dorset & Wiltshire Fire and Rescue\'s testing supplier)', async () => {
    const text = 'Privacy notice\n\nWhat we collect\n\nYou will complete the registration on a host website, Talogy, who act as a data processor on our behalf.\n\nTalogy will collect your name and email address to run the tests.\n\nTalogy will also collect your answers to the questionnaire.\n';
    expect((await facts(text)).controller).toBeUndefined();
    // (Without the processor's sentence the supplier is still proposed.)
    expect((await facts(text.replace(', who act as a data processor on our behalf', ''))).controller).toBe('Talogy');
  });

  it('reads "X will become the controller" (a GP practice\'s transparency notice) as the controller stated', async () => {
    const text = 'Fair Processing Notice\n\nGeneral Practice Transparency Notice for GPES Data\n\nThis practice is sharing your data with NHS Digital.\n\nNHS Digital will become the controller under the General Data Protection Regulation of the personal data collected and analysed.\n';
    expect((await facts(text)).controller).toBe('NHS Digital');
  });

  it('does not take "General Practice Transparency" from a transparency notice\'s title for a name', async () => {
    const text = 'General Practice Transparency Notice for GPES Data\n\nThis practice is supporting planning by sharing your data.\n\nWe share data under a legal direction.\n';
    expect((await facts(text)).controller).toBeUndefined();
  });

  it('reads the Welsh "efallai y bydd angen i Wasanaeth … gasglu" (who needs to collect the data) as the body, in its radical form', async () => {
    const text = "Eich Data a'ch Preifatrwydd\n\nEr mwyn cyflawni ein gwasanaethau, efallai y bydd angen i Wasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru gasglu a phrosesu eich data personol.\n\nMae'r Gwasanaeth wedi ymrwymo i ddiogelu'r data hynny.\n";
    expect((await facts(text)).controller).toBe('Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru');
    // (Never a part of the body named with the article: "Mae'n rhaid i'r Gwasanaeth Dysgu ddefnyddio'r wybodaeth".)
    expect((await facts("Hysbysiad preifatrwydd\n\nMae'n rhaid i'r Gwasanaeth Dysgu ddefnyddio'r wybodaeth er mwyn darparu gwasanaethau i blant.\n")).controller).toBeUndefined();
  });

  it('reads a link "View Medway Council’s privacy statement" as the council\'s name, without the link\'s verb', async () => {
    const text = 'Privacy notice\n\nHow the service uses your data\n\nThe service will collect and process your personal data under Article 6(1)(e).\n\nView Medway Council’s privacy statement\n';
    expect((await facts(text)).controller).toBe('Medway Council');
  });

  it('reads the name that opens a "Who we are" section as the subject of what the body does (Hospiscare), when the text names it again', async () => {
    const text = 'Privacy Policy\n\nWHO WE ARE\n\nHospiscare provides a range of palliative care and end-of-life services to people within Exeter, Mid and East Devon.\n\nContact\n\nThe Data Protection Officer, Hospiscare, Searle House, Dryden Road, Exeter, EX2 5JJ\n';
    expect((await facts(text)).controller).toBe('Hospiscare');
    // (Named once only, it is not proposed.)
    expect((await facts(text.replace('The Data Protection Officer, Hospiscare, ', 'The Data Protection Officer, '))).controller).toBeUndefined();
  });

  it('does not take "University College" (a notice that never gives its name) nor a name\'s noun for its verb ("The HESA record is used") for the controller', async () => {
    const text = 'The University College collects information about all our staff and students for the purposes of administration.\n\nWe will send information from this form to the Higher Education Statistics Agency (HESA).\n\nThe HESA record is used by the organisations listed below.\n\nThe HESA record may also be used by the Office for National Statistics.\n';
    expect((await facts(text)).controller).toBeUndefined();
  });
});

describe('batch 16z80: Article 9', () => {
  it('reads archiving and research named as what lets data be kept longer (DfE\'s template) as no condition', () => {
    const sentence = 'Under Data Protection legislation, and in compliance with the relevant data processing conditions, personal data can be kept for longer periods of time when processed purely for archiving in the public interest, statistical purposes and historical or scientific research.';
    expect(findConditions(sentence).art9).toEqual([]);
    expect(findConditions('The condition we rely on is that processing is necessary for archiving, research or statistics.').art9).toEqual(['j']);
  });
});

describe('batch 16z80: cookies', () => {
  it('reads a capitalised name run onto a label\'s last word in a table copied with no gaps ("Website session cookieASP.NET_SessionID")', async () => {
    const text = 'Cookie Policy\n\nCookies we use\n\nCookieNamePurpose\nWebsite session cookieASP.NET_SessionIDThis cookie stores a session ID which allows the site to recognise the visitor.\nGoogle Analytics_utma, _utmb, _gaThese cookies are used to collect information about how visitors use our site.\n';
    expect((await facts(text)).cookies).toContain('ASP.NET_SessionID');
  });
});
