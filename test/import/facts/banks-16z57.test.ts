/**
 * Classes from round twelve's two blind phrasing banks (test/fixtures/import-phrasings/bases-3.json, rights-3.json) and
 * a corpus notice they touched. Each test uses the shape of a real passage and names its source; a guard's test shows
 * the wording it must still read, or must not.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string) => [...new Set((await importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') })).found.filter((f) => f.family === family).map((f) => f.value))];
const notice = (heading: string, text: string, cy = false) => `${cy ? 'Hysbysiad preifatrwydd' : 'Privacy notice'}\n\n${heading}\n\n${text}\n`;

describe('Article 6 bases in words', () => {
  it('reads Welsh "yn seiliedig ar fuddiannau busnes dilys" and "fel rhan o\'n gorchwyl cyhoeddus" (BBC Radio Cymru; the Welsh Government\'s grants notice)', async () => {
    expect(await familyOf('art6', notice('Hysbysiad Preifatrwydd', 'Mae\'r BBC yn prosesu\'r data hyn yn seiliedig ar fuddiannau busnes dilys, ac yn dal y data\'n ddiogel am hyd y gystadleuaeth.', true))).toEqual(['f']);
    expect(await familyOf('art6', notice('Prosesu cyfreithlon', 'Bydd yr wybodaeth yn cael ei phrosesu fel rhan o\'n gorchwyl cyhoeddus ac i atal twyll.', true))).toEqual(['e']);
  });

  it('reads the regulation\'s "take steps at your request prior to entering into a contract" (Warwickshire and West Mercia Police\'s job applicants\' notice)', async () => {
    expect(await familyOf('art6', notice('Privacy notice for job applicants', 'The organisation needs to process data to take steps at your request prior to entering into a contract with you.'))).toEqual(['b']);
  });

  it('reads "meet our contractual and legal obligations" as both (Gamlingay Leisure; Frontier Learning Trust), and the legal duties the processing is for (Frimley Health), never "takes care to meet its legal duties"', async () => {
    expect((await familyOf('art6', notice('Introduction', 'We collect and process personal data about you to provide the services you use and meet our contractual and legal obligations.'))).sort()).toEqual(['b', 'c']);
    expect((await familyOf('art6', notice('How we use workforce information', 'The trust uses your personal information in order to manage its employment relationships and meet its legal and contractual obligations as an employer.'))).sort()).toEqual(['b', 'c']);
    expect(await familyOf('art6', notice('How we use your information', 'Information is collected and held by the Trust to enable us to fulfil our various legal duties as a volunteer involving organisation.'))).toEqual(['c']);
    expect(await familyOf('art6', notice('Introduction', 'BSO recognises the importance of protecting personal and confidential information in all that we do, and takes care to meet its legal duties.'))).toEqual([]);
  });

  it('reads a letter Word\'s autocorrect turned into "©" ("Article 6(1)©", Lyndhurst Primary School)', async () => {
    expect(await familyOf('art6', notice('Why we use this data', 'We collect and use pupil information under Article 6(1)© of the UK GDPR.'))).toEqual(['c']);
  });
});

describe('rights', () => {
  it('reads "a right to check any details we hold about you" (Arneway Housing Co-operative) and everyone\'s right to see their records (Welsh, Age Connects)', async () => {
    expect(await familyOf('rights', notice('Data protection', 'Under the Data Protection Act 1998, you have a right to check any details we hold about you in our records.'))).toEqual(['access']);
    expect(await familyOf('rights', notice('Sut i Gael Copi o’ch Cofnodion', 'Mae gan bawb yn y DU hawl gyfreithiol i weld eu cofnodion meddygol neu iechyd eu hunain o dan y Rheoliadau Diogelu Data Cyffredinol.', true))).toEqual(['access']);
  });

  it('reads Welsh rights asked for in plain words ("Os ydych eisiau gweld yr wybodaeth … amdanoch", North Wales Fire and Rescue; S4C\'s "gofyn i ni ddiweddaru, cywiro neu gael gwared ag unrhyw ddata")', async () => {
    expect(await familyOf('rights', notice('GDPR', 'Os ydych eisiau gweld yr wybodaeth sy\'n cael ei dal amdanoch chi\'n benodol, dylech wneud cais i\'r Swyddog Diogelu Data.', true))).toEqual(['access']);
    expect((await familyOf('rights', notice('Egwyddorion preifatrwydd', 'Byddwn yn dweud wrthych pa wybodaeth sydd gennym amdanoch os byddwch yn gofyn i ni amdani. Byddwn hefyd yn dweud wrthych sut y gallwch ofyn i ni ddiweddaru, cywiro neu gael gwared ag unrhyw ddata o\'ch eiddo.', true))).sort()).toEqual(['access', 'erasure', 'rectification']);
  });

  it('reads no right from the Freedom of Information Act\'s general right of access (Betsi Cadwaladr\'s "Hawl Mynediad Cyffredinol"), nor from a notice that says what it tells you (the Senedd\'s Youth Parliament)', async () => {
    expect(await familyOf('rights', notice('Hawl Mynediad Cyffredinol', 'Mae\'r Bwrdd Iechyd hefyd yn rhoi hawl i\'r cyhoedd gael mynediad at wybodaeth nad yw\'n dod dan y Cynllun Cyhoeddi.', true))).toEqual([]);
    expect(await familyOf('rights', notice('Beth yw diben yr hysbysiad?', 'Mae\'r hysbysiad cryno hwn yn dweud wrthych pa wybodaeth bersonol ellir ei chasglu amdanoch chi, sut y caiff ei defnyddio a beth yw eich hawliau.', true))).toEqual([]);
  });
});

describe('retention', () => {
  it('reads a document "disposed of once verified" (Bath and North East Somerset\'s request form)', async () => {
    expect(await familyOf('retention', notice('What information do we collect?', 'As part of your request we may be required to process the following:\n\n- Name, address and contact details\n- Proof of identity (this will be disposed of once verified)\n- Special categories of personal data'))).toEqual(['criteria']);
  });
});
