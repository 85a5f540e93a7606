/**
 * Classes of miss found by the fourth mining round on the fact families (issue 16): 35 unlabelled
 * texts in test/fixtures/import-mining/m5/ (a GP practice, academy trusts, councillors' notices,
 * fire and police, national parks, NHS trusts' staff notices, housing associations, a hospice and
 * charities, university research and student notices; 14 in Welsh). Each test uses a real sentence,
 * with its source in a comment, and names the class; no organisation's name is in a rule.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string): Promise<ImportResult> => importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') });
const values = async (text: string, family: string) => (await load(text)).found.filter((f) => f.family === family).map((f) => f.value).sort();
const controllerOf = async (text: string) => (await load(text)).config.organisation.name;

describe('the controller: "is called the Data Controller" and a short name the notice defines', () => {
  it('reads "X is called the ‘Data Controller’"', async () => {
    // https://arkatwoodprimary.org/privacy/students-aged-12-and-under
    expect(await controllerOf('Privacy notice\n\nWho processes your information?\n\nArk Schools is a multi-academy trust and the organisation who is in charge of your personal information. This means that Ark Schools is called the ‘Data Controller’.\n')).toBe('Ark Schools');
  });

  it('resolves "the Academy Trust" through "the Academy Trust called the Active Learning Trust"', async () => {
    // https://www.neale-wade.org/page/?title=Privacy+Notice&pid=208
    expect(await controllerOf('Privacy Notice for Pupils\n\nWho we are\n\nYou already know that your school is called Neale Wade Academy and that it is part of the Academy Trust called the Active Learning Trust but we have to tell you that the Academy Trust is the organisation which is in charge of your personal information. This means the Academy Trust is called the Data Controller.\n')).toBe('Active Learning Trust');
  });
});

describe('the controller: the name as registered', () => {
  it('reads the name between "as a Data Controller" and its registration number', async () => {
    // https://reportandsupport.ruh.nhs.uk/pages/privacy-notice
    expect(await controllerOf("Privacy Notice for Staff\n\nThe Trust is registered with the Information Commissioner's Office as a Data Controller Royal United Hospitals Bath Z8889967\n")).toBe('Royal United Hospitals Bath');
  });
});

describe('the controller: a person or an office is never the organisation (precision)', () => {
  it('proposes no name for councillors who are each a controller, and notes it', async () => {
    // https://www.northleach.gov.uk/councillor-privacy-notice/
    const result = await load('Councillor Privacy Notice\n\nCouncillors are data controllers and accountable for the processing of personal information in connection with requests received from members of the public.\n');
    expect(result.config.organisation.name).toBe('Organisation name not found');
    expect(result.config.notice.importNotes?.some((n) => /Councillors are data controllers/.test(n.text))).toBe(true);
  });

  it('takes no role ("Member of the Council") for the council a councillor acts for', async () => {
    // https://solihull.gov.uk/About-the-Council/Solihull-Council-Statement/Resources/Councillors
    expect(await controllerOf('Councillors\n\nNature of work\n\n- Member of the Council - Councillors make use of personal data provided by the Council when acting as a member of the Council. In this circumstance the Council is the registered data controller.\n')).toBe('Organisation name not found');
  });

  it('takes the force, not the office holder named after "The Chief Constable,"', async () => {
    // https://www.thamesvalley.police.uk/privacy/
    expect(await controllerOf('Privacy Notice\n\nOur Privacy Notice tells you how Thames Valley Police hold, retain, process, disclose and share the information we obtain about you.\n\nThe Chief Constable, Francis Habgood is defined as the ‘Data Controller’ for the purposes of the legislation and is required to ensure Thames Valley Police handles all personal information in accordance with that legislation.\n')).toBe('Thames Valley Police');
  });
});

describe('the controller: the forms of a name', () => {
  it('keeps a year in brackets inside a registered name ("Cymdeithas Tai Newydd (1974) Cyf")', async () => {
    // http://www.newydd.co.uk/cy/amdanom-ni/ein-hysbysiad-preifatrwydd
    expect(await controllerOf('Ein hysbysiad preifatrwydd\n\nPwy ydym ni?\n\nCymdeithas Tai Newydd (1974) Cyf yw’r rheolwr data ac mae’r gymdeithas wedi’i chofrestru gyda Swyddfa’r Comisiynydd Gwybodaeth.\n')).toBe('Cymdeithas Tai Newydd (1974) Cyf');
  });

  it('ends a name at its legal form: "… NHS Foundation Trust Occupational Health" is a department after it', async () => {
    // https://www.sfh-tr.nhs.uk/work-for-us/your-staff-information/
    expect(await controllerOf('Your Staff Information\n\nOccupational Health\n\nOccupational health records are not part of the main staff/volunteer records and for reasons of confidentiality they are held separately and confidentially by Sherwood Forest Hospitals NHS Foundation Trust Occupational Health.\n')).toBe('Sherwood Forest Hospitals NHS Foundation Trust');
  });

  it('reads Welsh "Ni yw X" (we are X) for a charity', async () => {
    // https://sandybear.co.uk/cy/polisi-preifatrwydd
    expect(await controllerOf('Polisi Preifatrwydd\n\nPwy ydym ni\n\nNi yw Sandy Bear Elusen Profedigaeth Plant, Elusen Gofrestredig rhif: 1187011.\n')).toBe('Sandy Bear Elusen Profedigaeth Plant');
  });
});

describe('Article 6: consent that is not the basis (precision)', () => {
  it('reads no consent from "Consent is not generally the legal basis", "we can only rely on your consent … if", nor consent to take part', async () => {
    // https://www.bournemouth.ac.uk/about/governance/access-information/data-protection-privacy/research-participant-privacy-notice/legal-basis-processing-your-data
    const text = 'Legal basis for processing your data\n\nArticle 6.1(e) of the UK GDPR, i.e. our processing is necessary for the performance of a task carried out in the public interest.\n\nConsent is not generally the legal basis under the data protection legislation for use of your personal information for research. This is because we can only rely on your consent as the basis for processing data if we would always be able to act on a withdrawal of consent, by removing your data from our research project and outputs.\n\nWe do ask for your consent to your active participation in the research, and you can withdraw this consent at any time.\n';
    expect(await values(text, 'art6')).toEqual(['e']);
  });
});

describe('Article 6: the bases in other words', () => {
  it('reads "under the lawful basis of ‘public interest’ and ‘official authority’" as 6(1)(e)', async () => {
    // https://www.thamesvalley.police.uk/privacy/
    expect(await values('Privacy Notice\n\nWhy do we process personal information?\n\nTo do this it is necessary for us to process your personal information under the lawful basis of ‘public interest’ and ‘official authority’.\n', 'art6')).toEqual(['e']);
  });

  it('reads "necessary for the contracts …" and "comply with UK employment law" under a lawful-basis heading', async () => {
    // https://reportandsupport.ruh.nhs.uk/pages/privacy-notice
    expect(await values('Privacy Notice for Staff\n\nLegal Basis for Processing of Personal Data\n\nThe processing is necessary for the contracts that the Trust holds with its staff and in order to comply with UK employment law, as well as complying with our obligations as a care provider and public authority.\n', 'art6')).toEqual(['b', 'c']);
  });
});

describe('retention: keeping safe, a condition, and the law’s list (precision)', () => {
  it('reads no retention from "keep your data secure" inside "as long as we are applying appropriate protections"', async () => {
    // https://www.bournemouth.ac.uk/…/legal-basis-processing-your-data
    expect(await values('Legal basis\n\nArticle 9.2(j) of the UK GDPR, i.e. our processing is necessary for research purposes or statistical purposes (this condition applies as long as we are applying appropriate protections to keep your data secure and safeguard your interests).\n', 'retention')).toEqual([]);
  });

  it('reads no retention from "As long as we hold your information we will treat it in accordance with this statement"', async () => {
    // https://www.newforestnpa.gov.uk/privacy-cookies
    expect(await values('Privacy and cookies\n\nHow we use and store your information\n\nWe must collect the information fairly. As long as we hold your information we will treat it in accordance with this statement and data protection law.\n', 'retention')).toEqual([]);
  });

  it('reads no retention from the items after Welsh "bod rhaid i’r wybodaeth bersonol sydd gennym amdanoch:" (the law’s requirements)', async () => {
    // https://www.mvhomes.org.uk/cy/hysbysiad-preifatrwydd/
    const text = 'Hysbysiad Preifatrwydd\n\nByddwn yn cydymffurfio â chyfraith diogelu data. Mae hyn yn nodi bod rhaid i’r wybodaeth bersonol sydd gennym amdanoch:\n\n • Yn gywir ac yn gyfoes.\n • Yn cael ei chadw dim ond cyhyd ag sydd angen ar gyfer y dibenion rydym wedi dweud wrthych amdanynt.\n • Cael ei chadw’n ddiogel.\n';
    expect(await values(text, 'retention')).toEqual([]);
  });
});

describe('the DPO: a landlord’s name or a town in an address block is not a person', () => {
  it('gives the DPO’s email, not "Lewisham Homes" or "Old Town Hall" from the address after "based at:"', async () => {
    // https://www.lewishamhomes.org.uk/site/resident-privacy-notice/
    expect(await values('Resident privacy notice\n\nWho we are and our contact details\n\nFor further information or queries contact our Data Protection Officer at dpo@lewishamhomes.org.uk, based at:\n\nLewisham Homes\nOld Town Hall\nLondon SE6 4RU\n', 'dpo')).toEqual(['dpo@lewishamhomes.org.uk']);
  });

  it('reads each of several addresses after "at the following addresses:" for the role that opens it', async () => {
    // https://www.kent.police.uk/hyg/fpnkent/privacy-notice/
    const dpo = await values('Your personal data - Data Privacy Notice 2018\n\nYou can contact the Chief Constable, or Kent Police’s Data Protection Officer at the following addresses: Chief Constable, Kent Police, Sutton Road, Maidstone, Kent, ME15 9BZ or Data Protection Officer, Information Security and Governance Department, Kent Police Headquarters, Sutton Road, Maidstone, ME15 9BZ.\n', 'dpo');
    expect(dpo).toEqual(['by post: Information Security and Governance Department, Kent Police Headquarters, Sutton Road, Maidstone, ME15 9BZ']);
  });

  it('takes no "Doc Penfro" (Pembroke Dock) for the DPO’s name', async () => {
    // https://www.lidar.cymru/arfordirpenfro/cy/privacy-policy
    const dpo = await values('Sut rydyn ni’n defnyddio eich gwybodaeth bersonol\n\nGallwch hefyd ysgrifennu atom yn:\n\nSwyddog Diogelu Data\nAwdurdod Parc Cenedlaethol Arfordir Penfro\nParc Llanion\nDoc Penfro\nSir Benfro\nSA72 6DY\n', 'dpo');
    expect(dpo).toHaveLength(1);
    expect(dpo[0]).toMatch(/^by post: .*SA72 6DY$/);
  });
});
