/**
 * Classes from round eighteen's banks (bases-7, transfers-5, controller-8: passages keyed blind, most from public repositories and
 * archived copies of UK bodies' pages). Each test uses a real passage's shape and names its body.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string) => importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string) => [...new Set((await load(text)).found.filter((f) => f.family === family).map((f) => f.value))].sort();
const notice = (heading: string, passage: string) => `Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${passage}\n`;
const hysbysiad = (heading: string, passage: string) => `Hysbysiad preifatrwydd\n\nSut rydym yn defnyddio eich data\n\nRydym yn defnyddio eich data i redeg y gwasanaeth.\n\n${heading}\n\n${passage}\n`;

const ARTICLE_6 = [
  '(a) the data subject has given consent to the processing of his or her personal data for one or more specific purposes;',
  '(b) processing is necessary for the performance of a contract to which the data subject is party or in order to take steps at the request of the data subject prior to entering into a contract;',
  '(c) processing is necessary for compliance with a legal obligation to which the controller is subject;',
  '(d) processing is necessary in order to protect the vital interests of the data subject or of another natural person;',
  '(e) processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller;',
  '(f) processing is necessary for the purposes of the legitimate interests pursued by the controller or by a third party.',
];

describe('lawful bases', () => {
  it('reads Article 6(1) quoted whole ("Not applicable" over "(a) the data subject has given consent …" to "(f) …", Health Data Research UK\'s form; the NGA\'s advice quoting it) as the law\'s text, no basis relied on', async () => {
    expect(await familyOf('art6', notice('Legal basis for provision of data under Article 6', `Not applicable\n${ARTICLE_6.join('\n')}`))).toEqual([]);
    expect(await familyOf('art6', notice('Lawful basis', `Article 6, section 1 of the GDPR sets out the six grounds on which data can be lawfully processed:\n\n${ARTICLE_6.slice(0, 5).join('\n\n')}`))).toEqual([]);
  });

  it('still reads the bases an organisation gives in the regulation\'s words, two of them', async () => {
    expect(await familyOf('art6', notice('Our lawful basis', 'We rely on the following:\n- processing is necessary for compliance with a legal obligation to which the controller is subject;\n- processing is necessary for the performance of a task carried out in the public interest.'))).toEqual(['c', 'e']);
  });

  it('reads a right\'s condition in Welsh ("Mae’r hawl hwn yn bodoli’n unig os yw’r sail gyfreithiol … yn ganiatâd neu’n gytundeb", the ONS) as no basis', async () => {
    expect(await familyOf('art6', hysbysiad('Yr hawl i gludadwyedd data', 'Mae’r hawl hwn yn bodoli’n unig os yw’r sail gyfreithiol a ddefnyddir yn naill ai’n ganiatâd neu’n gytundeb.'))).toEqual([]);
  });
});

describe('transfers', () => {
  it('reads a question the copy ran into a line as no statement ("Will my data be transferred outside of the EEA? If it will, how will it be protected?", the Environment Agency)', async () => {
    const text = 'Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\nWill my data be transferred outside of the EEA? If it will, how will it be protected?\nThe data you provide will not be transferred outside the European Economic Area.\n';
    expect(await familyOf('transfers', text)).toEqual(['no']);
  });

  it('reads a refusal that the next sentence\'s "however" lifts as a transfer ("Ni fydd y data … yn cael ei drosglwyddo y tu allan i’r DU / AEE. Fodd bynnag, … gellir trosglwyddo … y tu hwnt (i’r DU / AEE)", Defra)', async () => {
    expect(await familyOf('transfers', hysbysiad('Trosglwyddo data', 'Ni fydd y data a roddwch yn cael ei drosglwyddo y tu allan i’r DU / AEE. Fodd bynnag, pan fydd angen, gellir trosglwyddo gwybodaeth bersonol pan fydd hynny’n gyfreithlon, hy gorfodi, dilysu dogfennau y tu hwnt (i’r DU / AEE).'))).toEqual(['yes']);
    expect(await familyOf('transfers', notice('Transfers', 'Your data will not be transferred outside the UK. However, we will always keep it secure.'))).toEqual(['no']);
  });
});

describe('the controller', () => {
  it('proposes the body whose processing a notice applies to ("… applies to all personal information processing activities carried out by The Money and Pensions Service (MaPS)")', async () => {
    expect(await familyOf('controller', notice('Who we are', 'This privacy notice (the “Privacy Notice”) applies to all personal information processing activities carried out by The Money and Pensions Service (MaPS).'))).toEqual(['Money and Pensions Service']);
  });

  it('proposes the body that says it wrote the notice ("The Office for National Statistics (ONS) has created this cookies and privacy statement …")', async () => {
    expect(await familyOf('controller', notice('Cookies and Privacy', 'The Office for National Statistics (ONS) has created this cookies and privacy statement in order to demonstrate our firm commitment to privacy.'))).toEqual(['Office for National Statistics']);
  });

  it('proposes the body a website is managed by, an acronym alone ("This website is managed by CLOSER, the home of longitudinal research")', async () => {
    expect(await familyOf('controller', notice('CLOSER', 'This website is managed by CLOSER, the home of longitudinal research. We are an interdisciplinary partnership.'))).toEqual(['CLOSER']);
    expect(await familyOf('controller', notice('About', 'This website is managed by Anytown Leisure Trust, working with partners.'))).toEqual(['Anytown Leisure Trust']);
    expect(await familyOf('controller', notice('About', 'This website is managed by ICO, working with partners.'))).toEqual([]);
  });
});
