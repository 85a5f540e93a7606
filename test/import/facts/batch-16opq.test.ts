/**
 * Classes of miss that batches 16o (England outside the North), 16p (Wales and Northern Ireland)
 * and 16q (Scotland and UK-wide bodies) showed in the fact rules after their blind runs
 * (test/fixtures/import-corpus/, batches "16o", "16p", "16q"). Each test uses the shape of a real
 * passage from those batches (its address in the test's name); the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const controllerOf = async (text: string, file?: string) => {
  const r = await load(text, file);
  return r.found.find((f) => f.family === 'controller')?.value;
};
const dpoOf = async (text: string) => (await load(text)).config.notice.contacts.find((c) => c.role === 'dpo');

describe('the controller', () => {
  it('reads "X will be what\'s known as the \'Controller\'" (https://gla.ac.uk/myglasgow/externalrelations/privacy/applicants)', async () => {
    expect(await controllerOf('Privacy notice for applicants\n\nYour Personal Data\n\nThe University of Glasgow will be what’s known as the ‘Controller’ of the personal data you provide to us as part of the application process.\n')).toBe('University of Glasgow');
  });

  it('takes no name from inside a law\'s title with "etc." in it, and proposes the name on the address line of the block (https://www.scotborders.gov.uk/privacystatement)', async () => {
    expect(await controllerOf('Privacy statement\n\nWho are we?\n\nWe are a local authority established under the Local Government etc. (Scotland) Act 1994.\n\nContact our Data Protection Officer\n\nBy post\n\nThe Information Management Team\nLegal and Licensing\nScottish Borders Council Headquarters\nNewtown St Boswells\nMelrose\nTD6 0SA\n')).toBe('Scottish Borders Council');
  });

  it('proposes a health board named kind first, as it says what it is, and not a body whose page the reader is sent to (https://www.nhslanarkshire.scot.nhs.uk/data-protection-notice/)', async () => {
    expect(await controllerOf('Data Protection Notice\n\nFor information about the use of your data for COVID-19 testing, please visit the Scottish Government\'s Information Governance web page.\n\nAbout NHS Lanarkshire\n\nNHS Lanarkshire is a public organisation created in Scotland under section 2 of the National Health Service (Scotland) Act 1978 (the 1978 Act).\n')).toBe('NHS Lanarkshire');
  });

  it('proposes a police force named kind first in the opening sentence (https://scotland.police.uk/access-to-information/data-protection/your-rights)', async () => {
    expect(await controllerOf('Your Rights\nYou have a number of rights in relation to the personal data that Police Scotland holds about you.\n')).toBe('Police Scotland');
  });

  it('reads an "Office" that is a body, not a room (http://www.gov.uk/government/organisations/cabinet-office/about/personal-information-charter)', async () => {
    expect(await controllerOf('Personal information charter\n\nThis information charter sets out the standards you can expect from the Cabinet Office when we collect, hold or use your personal information.\n\nWhen the Cabinet Office or its agencies collects, holds, uses or processes in any way your personal data, you are entitled to be told:\n\n- the purpose for which the data is being used\n')).toBe('Cabinet Office');
    expect(await controllerOf('Privacy notice\n\nPlease bring the form to our Head Office in person.\n')).toBeUndefined();
  });

  it('proposes who the notice says collects the data: "when the X collects", "describes how X collects", Welsh "disgrifio sut mae X yn casglu" (https://le.ac.uk/policies/privacy/alumni-and-supporters, https://sizeofwales.org.uk/cy/preifatrwydd/)', async () => {
    expect(await controllerOf('Alumni and supporters privacy notice\n\nThis privacy notice tells you what to expect when the University of Leicester collects personal information about you as a graduate.\n')).toBe('University of Leicester');
    expect(await controllerOf('Polisi preifatrwydd\n\nMae’r polisi hwn yn disgrifio sut mae Maint Cymru yn casglu ac yn defnyddio’r wybodaeth a roddwyd i ni gennych chi.\n', 'polisi.txt')).toBe('Maint Cymru');
  });

  it('proposes the organisation in "At X we collect …" (https://citizensadvicebucks.org.uk/privacy-policy)', async () => {
    expect(await controllerOf('Privacy policy\n\nAt Citizens Advice we collect and use your personal information to help solve your problems.\n\nAt times we might use or share your information without your permission.\n')).toBe('Citizens Advice');
  });

  it('reads "We are The X Colleges Group" for the "we" who are the controller (https://www.windsor-forest.ac.uk/data-sharing-student/)', async () => {
    expect(await controllerOf('Privacy Notice for Students\n\nWe are the data controller of personal information about you. We are The Windsor Forest Colleges Group. Our address is Langley Campus, Station Road, Langley, Slough, SL3 8BY.\n')).toBe('Windsor Forest Colleges Group');
  });

  it('proposes none where the title and the opening name several bodies together (https://sites.google.com/hwbcymru.net/yddwylan/cartref/gwybodaeth)', async () => {
    expect(await controllerOf('Beth mae’r Ysgol neu’r Darparwr Blynyddoedd Cynnar, Awdurdod Lleol Cyngor Sir Gaerfyrddin a Llywodraeth Cymru yn ei wneud â Gwybodaeth Addysgol\nMae’r Hysbysiad Preifatrwydd hwn yn rhoi gwybodaeth am gasglu a phrosesu gwybodaeth bersonol gan yr Ysgol, Cyngor Sir Gaerfyrddin (ALl) a Llywodraeth Cymru.\nMae’r Ysgol yn prosesu’r wybodaeth mae’n ei chasglu i weinyddu’r addysg.\nCaiff Llywodraeth Cymru wybodaeth gan yr ysgol.\n', 'ysgol.txt')).toBeUndefined();
  });

  it('proposes the organisation under the DPO\'s role line when the copy made the block a list (https://belfasttrust.hscni.net/about/access-to-information/data-protection/)', async () => {
    expect(await controllerOf('Data protection\n\nFor all other requests for personal information, please contact:\n\n- Data Protection Officer\n- Belfast Health and Social Care Trust\n- 1st Floor, Administration Building\n- Knockbracken Healthca\n')).toBe('Belfast Health and Social Care Trust');
  });

  it('reads no controller from a cookie page that does not state one, keeping the site\'s organisation as the config\'s (https://www.nottinghamshire.gov.uk/global-content/cookies)', async () => {
    const r = await load('Cookies\n\nNottinghamshire County Council uses cookies on this website.\n\nName Purpose Expires\n_ga Used to distinguish users 2 years\n');
    expect(r.found.some((f) => f.family === 'controller')).toBe(false);
    expect(r.config.organisation.name).toBe('Nottinghamshire County Council');
  });
});

describe('the Data Protection Officer', () => {
  it('takes the contact lines under the sentence naming who holds the role, one-letter labels too (https://gps.northcentrallondon.icb.nhs.uk/privacy-policy)', async () => {
    const dpo = await dpoOf('Privacy\n\nThe Data Protection Officer (DPO) for NCL ICB is Tony Haworth.\ne: nclicb.dpo@nhs.net\nt:  07713 081 391\n');
    expect(dpo?.emails).toEqual(['nclicb.dpo@nhs.net']);
  });

  it('reads a role\'s address written on one line, role first, and the email line after it (https://rooftopgroup.org/legal/privacy-policy)', async () => {
    const dpo = await dpoOf('Who are we?\n\nYou can contact our data protection officer at:\n\nData Protection Officer, Rooftop Housing Group, 70 High Street, Evesham, Worcestershire, WR11 4YD\n\nEmail: dpo@rooftopgroup.org\n');
    expect(dpo?.address?.postcode).toBe('WR11 4YD');
    expect(dpo?.emails).toEqual(['dpo@rooftopgroup.org']);
  });

  it('reads a block of short paragraphs that opens with the role, down to its postcode (https://bmcharityfund.co.uk/privacy-notice)', async () => {
    const dpo = await dpoOf('How to contact us\n\nOur Data Protection Officer can be contacted at any time should you have any queries.\n\nWilliam A Beattie - Secretary\nData Protection Officer\nBelfast Masonic Charity Fund\nCharity Office\n49 Main Street\nBallyclare, Co Antrim.\n\nBT39 9AA\n\nTelephone number: 02890 451020 / Email bmcharities@btconnect.com\n');
    expect(dpo?.address?.postcode).toBe('BT39 9AA');
  });

  it('reads a Welsh intro ending "ar: -" and a "Rhifau Ffôn" line as the DPO\'s (https://bipab.gig.cymru/…/hysbysiad-preifatrwydd-ar-gyfer-mesur-canlyniad-a-adroddir-gan-gleifion-prom)', async () => {
    const dpo = await dpoOf('Hysbysiad preifatrwydd\n\nOs oes gennych unrhyw ymholiadau, cysylltwch â’r Swyddog Diogelu Data ar: -\nRhifau Ffôn: 01495 765019 / 01495 765326 neu gyfeiriad e-bost: DPO.ABB@wales.nhs.uk\n');
    expect(dpo?.emails).toEqual(['DPO.ABB@wales.nhs.uk']);
  });
});
