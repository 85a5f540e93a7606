/**
 * Controller forms: the Welsh ones the mined Welsh notices (test/fixtures/import-mining/, no key)
 * showed the reader missed: the organisation "yn ymrwymedig" (committed) to privacy, a Welsh name that
 * opens with the kind of service ("Gwasanaeth Tân ac Achub …") in a title stack, a registered social
 * landlord, and the passive "ei phrosesu gan y X"; and the controller forms batches 16z17 to 16z19 missed.
 * Each test uses the shape of the real passage.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const controllerOf = async (text: string) => [...new Set((await importNotice('hysbysiad.txt', enc(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === 'controller').map((f) => f.value))];

describe('the controller in Welsh notices', () => {
  it('proposes the organisation "yn ymrwymedig i amddiffyn eich preifatrwydd" (https://publish.cyfoethnaturiol.cymru/footer-links/privacy-notice/?lang=cy)', async () => {
    expect(await controllerOf('Hysbysiad preifatrwydd a Pholisi Diogelu Data\n\nMae Cyfoeth Naturiol Cymru yn ymrwymedig i amddiffyn eich preifatrwydd pan fyddwch yn defnyddio ein gwasanaethau.\n\nMae\'r hysbysiad preifatrwydd hwn yn esbonio sut rydym yn defnyddio gwybodaeth amdanoch.\n')).toEqual(['Cyfoeth Naturiol Cymru']);
  });

  it('proposes the organisation that "yn parchu\'ch preifatrwydd"', async () => {
    expect(await controllerOf('Polisi Preifatrwydd\n\nMae Menter Iaith Sir Benfro yn parchu\'ch preifatrwydd ac yn ymrwymedig i warchod eich data personol.\n')).toEqual(['Menter Iaith Sir Benfro']);
  });

  it('reads a fire and rescue service\'s Welsh name, which opens with "Gwasanaeth", from the line under the title (http://www.mawwfire.gov.uk/cymraeg/pages/preifatrwydd.aspx)', async () => {
    expect(await controllerOf('Polisi Preifatrwydd\n\nGwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru\n\nCyflwyniad\n\nEr mwyn cyflawni ein gwasanaethau mewn modd effeithiol, efallai y bydd angen i ni gasglu a phrosesu eich data personol.\n')).toEqual(['Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru']);
  });

  it('takes no ordinary service ("Gwasanaeth Cwsmeriaid") for an organisation', async () => {
    expect(await controllerOf('Polisi Preifatrwydd\n\nGwasanaeth Cwsmeriaid\n\nCysylltwch â ni os oes gennych gwestiwn.\n')).toEqual([]);
  });

  it('proposes a registered social landlord, "Mae X Cyfyngedig (MVH) yn Landlord Cymdeithasol Cofrestredig" (https://www.mvhomes.org.uk/cy/hysbysiad-preifatrwydd/)', async () => {
    expect(await controllerOf('Hysbysiad Preifatrwydd\n\nMae Cartrefi Cymoedd Merthyr Cyfyngedig (MVH) yn Landlord Cymdeithasol Cofrestredig a’r cwmni cydfuddiannol cyntaf yng Nghymru i denantiaid a gweithwyr.\n')).toEqual(['Cartrefi Cymoedd Merthyr Cyfyngedig']);
  });

  it('proposes the body in "pan gaiff eich gwybodaeth bersonol ei phrosesu gan y X" (https://trawma.gig.cymru/gwybodaeth-i-gleifion1/hysbysiad-preifatrwydd)', async () => {
    expect(await controllerOf('Mae’r hysbysiad preifatrwydd hwn yn dweud wrthych beth i\'w ddisgwyl pan gaiff eich gwybodaeth bersonol ei phrosesu gan y Rhwydwaith Trawma De Cymru. Gallwch gysylltu â\'r adran ar: 01792 516686\n')).toEqual(['Rhwydwaith Trawma De Cymru']);
  });
});

describe('the controller in batches 16z17 to 16z19 (English health and care)', () => {
  it('takes no registration reference for a name, and reads "the Trust" as the Trust the notice names (https://elht.nhs.uk/about-us/data-protection-confidentiality-and-fair-processing/privacy-notice-current-and-former-staff-and-job-applicants)', async () => {
    expect(await controllerOf('During the course of its employment activities, East Lancashire Hospitals NHS Trust collects, stores and processes personal information about staff.\nThe Trust is registered with the Information Commissioner\'s Office as a Data Controller: Reference Z8049565.\n')).toEqual(['East Lancashire Hospitals NHS Trust']);
  });

  it('proposes the body a service is part of, the one "which is a public organisation" (https://www.salus.co.uk/About/Pages/DataProtectionStatement.html)', async () => {
    expect(await controllerOf('Data Protection Notice\n\n1. About NHS Lanarkshire\n\nSalus Occupational Health, Safety and Return to Work Service is part of NHS Lanarkshire, which is a public organisation created in Scotland under the National Health Service (Scotland) Act 1978.\n')).toEqual(['NHS Lanarkshire']);
  });

  it('proposes the name that opens a "Who we are" section (https://www.elizabethavenue.org.uk/privacy-notice)', async () => {
    expect(await controllerOf('1. Introduction\n\nThis Privacy Notice tells you about information we collect and hold about you.\n\n3. Who we are\n\nElizabeth Avenue Group Practice, GP Practice with 4 Partners, running NHS services.\n')).toEqual(['Elizabeth Avenue Group Practice']);
  });

  it('reads "The data controller and information Governance Lead is X" (http://www.heardpharmacy.co.uk/privacy-policy)', async () => {
    expect(await controllerOf('Privacy Policy\n\nThe data controller and information Governance Lead is Hitesh Patel\n')).toEqual(['Hitesh Patel']);
  });
});

describe('the controller proposed from the forms the corpus\'s last misses share', () => {
  it('proposes the organisation whose own privacy notice or data protection policy the text points to, never a product\'s (https://nhsgrampian.org/about-us/data-protection)', async () => {
    expect(await controllerOf('Data protection\n\nThose laws provide the rules under which organisations can use your personal data.\n\nRead NHS Grampian\'s Data Protection Policy.\n')).toEqual(['NHS Grampian']);
    expect(await controllerOf('Cookies\n\nWe use Google Analytics. Read Google Analytics\' privacy policy to find out more.\n')).toEqual([]);
  });

  it('proposes an acronym in "how X uses your data" (https://www.niacro.co.uk/data-protection)', async () => {
    expect(await controllerOf('Data Protection and Privacy\n\nWe want you to be fully informed about your rights, and how NIACRO uses your data.\n')).toEqual(['NIACRO']);
  });

  it('proposes the body in "Information you provide to X will only be used …" (https://eastcheshirehospice.org.uk/patients-families/patients-families-and-carers-privacy-notice)', async () => {
    expect(await controllerOf('Patients, Families and Carers Privacy Notice\n\nInformation you provide to East Cheshire Hospice will only be used for the purposes explained to you.\n')).toEqual(['East Cheshire Hospice']);
  });

  it('proposes the organisation a heading "About X" names (https://cromwellharbourmedicalpractice.com/gdpr-and-data-protection-notices/)', async () => {
    expect(await controllerOf('GDPR and Data Protection Notices\n\nPrivacy notice for patients\n\nThis notice explains how we use your information.\n\n1. About Cromwell Harbour Medical Practice\n\nWe hold records about the care we give you.\n')).toEqual(['Cromwell Harbour Medical Practice']);
  });
});
