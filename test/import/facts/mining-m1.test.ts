/**
 * Classes of miss found by mining 42 unlabelled notices (test/fixtures/import-mining/m1/, issue
 * 16): each test uses a real sentence from one of them, with its source in a comment. The rules
 * they exercise are general (no organisation's name in any rule); the sentences show the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';
import { basesInWords } from '../../../src/import/facts/lawful-bases.js';
import { findConditions } from '../../../src/import/facts/special-category.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string): Promise<ImportResult> => importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') });
const notice = (body: string) => `Privacy notice\n\n${body}`;
const controllerOf = async (body: string) => (await load(notice(body))).config.organisation.name;

describe('the controller (mined classes)', () => {
  it('reads "As a data controller X …", the English form of Welsh "Fel Rheolydd Data, mae X"', async () => {
    // https://www.derby.ac.uk/its/datagov/privacy-notices/
    expect(await controllerOf('Why we process your data\n\nAs a data controller the University of Derby can process your personal data under the Data Protection Act 1998 and subsequent enactments.\n')).toBe('University of Derby');
  });

  it('does not take a name inside the subject\'s phrase ("… using X are the data controllers") for the controller', async () => {
    // The GOV.UK Notify privacy notice (alphagov/notifications-admin, app/templates/views/privacy.html), in the same shape.
    const body = 'Who we are\n\nOrganisations sending notifications using GOV.UK Notify are the data controllers and GDS is the data processor.\n\nFor the credentials used to access GOV.UK Notify, GDS as part of the Department for Science, Innovation and Technology are the data controller.\n';
    expect(await controllerOf(body)).toBe('Department for Science, Innovation and Technology');
  });

  it('expands an acronym the notice spells out after it ("DfE (Department for Education)")', async () => {
    // DfE service notices (DFE-Digital repositories) open this way.
    expect(await controllerOf('When you use the service, DfE (Department for Education) processes some of your personal data.\n\nDfE is the data controller for your information, as defined by data protection law.\n')).toBe('Department for Education');
  });

  it('drops a leading "At" from a proposed name', async () => {
    // https://www.macmillan.org.uk/terms-and-conditions/privacy-policy.html
    expect(await controllerOf('At Macmillan Cancer Support we are committed to protecting your personal information and being transparent about what we do with it.\n')).toBe('Macmillan Cancer Support');
  });

  it('keeps the words after an acronym in brackets that sits inside the name', async () => {
    // https://www.uhdb.nhs.uk/information-governance
    const body = 'University Hospitals of Derby and Burton (UHDB) NHS Foundation Trust recognises the importance of protecting personal and confidential information.\n\nData controller\n\nUHDB is the data controller responsible for your personal data.\n';
    expect(await controllerOf(body)).toBe('University Hospitals of Derby and Burton NHS Foundation Trust');
  });

  it('proposes the body a notice is "from", and the one its "we" is defined as', async () => {
    // https://www.liofa.eu/privacy-policy?mini=2019-10
    expect(await controllerOf('This Privacy Notice from the Department for Communities (DfC) tells our customers and service users how we process your personal data.\n')).toBe('Department for Communities');
    expect(await controllerOf('Who we are\n\nThroughout this document, “we”, “us”, “our” and “ours” refer to the Department for Communities (DfC).\n')).toBe('Department for Communities');
  });

  it('proposes English names that start with the organisation word, and a "for X and Y" name whole', async () => {
    // http://www.gov.uk/government/organisations/department-for-levelling-up-housing-and-communities/about/personal-information-charter
    expect(await controllerOf('The Department for Levelling Up, Housing and Communities (DLUHC) sometimes needs to process personal information about you so that we can provide services for you.\n')).toBe('Department for Levelling Up, Housing and Communities');
    // https://www.gov.uk/government/organisations/charity-commission/about/personal-information-charter
    expect(await controllerOf('We process personal data in order to carry out our function as the independent regulator of Charities for England and Wales.\n\nFind out more about the Charity Commission for England and Wales.\n')).toBe('Charity Commission for England and Wales');
  });

  it('reads the controller named in apposition, in English and Welsh', async () => {
    // http://www.legislation.gov.uk/cy/privacynotice
    expect(await controllerOf('Cyflwyniad\n\nGweithredir y wefan ar ran y Rheolwr Data, yr Archifau Cenedlaethol (TNA) dan gontract gyda’r Llyfrfa (TSO) sef y Prosesydd Data.\n')).toBe('Archifau Cenedlaethol');
    expect(await controllerOf('The site is run on behalf of the Data Controller, the Westshire Records Office, under contract.\n')).toBe('Westshire Records Office');
    expect(await controllerOf('Contact the Data Controller, Data Protection Officer or the complaints team.\n')).toBe('Organisation name not found');
  });

  it('proposes the body whose privacy policy a page outlines, and drops a leading "How"', async () => {
    // https://www.nhsbt.nhs.uk/privacy/
    expect(await controllerOf('This page outlines NHS Blood and Transplant’s (NHSBT) privacy policy. It explains your rights.\n')).toBe('NHS Blood and Transplant');
    // https://www.gov.uk/government/organisations/environment-agency/about/personal-information-charter
    expect(await controllerOf('How the Environment Agency (EA) treats your personal information and how to check what details they hold about you.\n')).toBe('Environment Agency');
  });

  it('never proposes a status the organisation has ("As a Competent Authority …")', async () => {
    // http://www.gov.uk/government/organisations/land-registry/about/personal-information-charter
    expect(await controllerOf('Our data protection obligations\n\nAs a Competent Authority under the Data Protection Act, we may share information with other government departments and law enforcement and regulatory bodies.\n')).toBe('Organisation name not found');
  });

  it('keeps a name with a comma inside it whole', async () => {
    // https://investinabc.com/privacy-policy/
    expect(await controllerOf('Data Controller\nArmagh City, Banbridge and Craigavon Borough Council\nCraigavon Civic and Conference Centre,\n66 Lakeview Road,\nBT64 1AL\n')).toBe('Armagh City, Banbridge and Craigavon Borough Council');
  });

  it('never proposes a partner the organisation works alongside', async () => {
    // https://www.cambridgeshire.gov.uk/council/data-protection-and-foi/information-and-data-sharing/privacy-notice
    expect(await controllerOf('Much of what we do is a result of legislation set nationally that requires us to provide various public services in Cambridgeshire alongside Peterborough City Council and other public organisations.\n')).toBe('Organisation name not found');
  });
});

describe('lawful bases in plain words (mined classes)', () => {
  it('reads the public task from "perform our statutory duties" and "carry out its public duties"', () => {
    // http://www.norfolksendpartnershipiass.org.uk/disclaimer.html
    expect(basesInWords('it is necessary to perform our statutory duties', true)).toContain('e');
    // http://www.whatsonderrystrabane.com/privacy-policy/
    expect(basesInWords('The Council will use a range of personal information, at different times for different purposes, to enable it to carry out its statutory duties and public interest tasks.', false)).toEqual(['e']);
  });

  it('reads a legal obligation from "We are under legal obligations to provide …"', () => {
    // https://www.cambridgeshire.gov.uk/council/data-protection-and-foi/information-and-data-sharing/privacy-notice
    expect(basesInWords('We are under legal obligations to provide many of these services and to deliver these we need to collect and use personal information of those using or affected by these services', false)).toEqual(['c']);
  });

  it('reads vital interests from "protect someone in an emergency" where the text is about the bases', () => {
    // http://www.worcestershire.gov.uk/info/20569/how_we_use_your_information/1725/full_privacy_notice/4
    expect(basesInWords('it is necessary to protect someone in an emergency', true)).toEqual(['d']);
    expect(basesInWords('it is necessary to protect someone in an emergency', false)).toEqual([]);
  });

  it('reads consent from "with your consent, process …"', () => {
    // https://www.macmillan.org.uk/terms-and-conditions/privacy-policy.html
    expect(basesInWords('We may, with your consent, process information about your health where this is relevant to our support.', false)).toEqual(['a']);
  });
});

describe('Article 9 conditions in plain words (mined classes)', () => {
  // http://www.worcestershire.gov.uk/info/20569/how_we_use_your_information/1725/full_privacy_notice/4
  const intro = 'Where we process information that is considered to be more sensitive and requires more protection, including your racial/ethnic origin, political opinions, religious/philosophical beliefs, sexual orientation and information regarding your physical and mental health) we also meet one of the special category personal data conditions:';
  it.each([
    ['it is necessary to deliver health or social care services', 'h'],
    ['it is necessary to protect someone in an emergency', 'c'],
    ['you, or your legal representative, have given consent', 'a'],
    ['you have made your information publicly available', 'e'],
    ['it is necessary for legal cases', 'f'],
    ['it is necessary to protect public health', 'i'],
    ['it is necessary for archiving, research, or statistical purposes', 'j'],
  ])('reads "%s" in a list about special category data', (item, letter) => {
    expect(findConditions(item, intro).art9).toEqual([letter]);
  });

  it('reads the conditions that name themselves outside such a list, and not the ones that need it', () => {
    // http://www.norfolksendpartnershipiass.org.uk/disclaimer.html ("Generally we collect and use personal information where:")
    const general = 'Generally we collect and use personal information where:';
    expect(findConditions('it is necessary to deliver health or social care services', general).art9).toEqual(['h']);
    expect(findConditions('you have made your information publicly available', general).art9).toEqual(['e']);
    expect(findConditions('it is necessary to protect someone in an emergency', general).art9).toEqual([]);
  });

  it('takes no Article 9 condition from explicit consent to cookies or messages', () => {
    // https://www.warwickshire.gov.uk/freedom-information-data-protection/data-protection/2
    expect(findConditions('Some services will ask for your explicit consent, such as collecting data like cookies when you go on our website or, being able to contact you by email or text for news updates.').art9).toEqual([]);
    expect(findConditions('We will only process information about your health with your explicit consent.').art9).toEqual(['a']);
  });
});

describe('retention and transfers (mined classes)', () => {
  it('reads "when it no longer needs it, will dispose of it" as retention criteria', async () => {
    // http://www.whatsonderrystrabane.com/privacy-policy/
    const { config } = await load(notice('The Council will also only collect the minimum information necessary to carry out its public duties and, when it no longer needs it, will dispose of it in a secure manner.\n'));
    expect(config.notice.retention).toHaveLength(1);
  });

  it('reads nothing from a list of what a notice must tell you, nor from a list of rights', async () => {
    // https://gov.uk/government/organisations/government-digital-service/about/personal-information-charter
    const { config } = await load(notice('Your rights\n\nWhen GDS collects, holds, uses or processes your personal information, you have a right to be told:\n\n  • how long we will keep your data\n  • whether it will be transferred or accessed outside the UK, and what legal protection it will have\n\nYou are also entitled to have your personal information:\n\n  • kept only for as long as it is needed for the purpose for which it was collected\n'));
    expect(config.notice.transfers.outsideUk).toBe('not-stated');
    expect(config.notice.retention).toEqual([]);
    // A corpus notice (durham-pcc.txt): "You have the following rights …: · To have your data kept accurate and up to date and to be disposed of securely when no longer required."
    const rights = await load(notice('Your rights\n\nYou have the following rights regarding your privacy and your personal data:\n\n  • To access your personal data we hold about you and understand how we process it.\n  • To have your data kept accurate and up to date and to be disposed of securely when no longer required.\n'));
    expect(rights.config.notice.retention).toEqual([]);
  });
});
