/**
 * Classes from two blind phrasing banks gathered with round ten (test/fixtures/import-phrasings/bases-2.json and
 * controller-2.json): how UK notices state, or only seem to state, their lawful bases, and how they say whose notice
 * it is. Each test uses the shape of a real passage and names its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string) => [...new Set((await importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('bases a notice only seems to state', () => {
  it('takes none from a menu for staff ("If you are unsure what ground to rely on:", Welsh "ystyried y seiliau cyfreithlon canlynol") (University of Glasgow; Aberystwyth University)', async () => {
    expect(await familyOf('art6', `Guidance\n\nDetermining the lawful basis\n\nIf you are unsure what ground to rely on:\n\n- Consent: the individual has given clear consent\n- Contract: the processing is necessary for a contract\n- Legal obligation: the processing is necessary to comply with the law\n- Public task: the processing is necessary to perform a task in the public interest\n`)).toEqual([]);
    expect(await familyOf('art6', `Datganiad preifatrwydd\n\nY sail gyfreithlon dros brosesu eich data\n\nMae’n ofynnol i Ystadau ystyried y seiliau cyfreithlon canlynol, a all gynnwys:\n\n- Cydsyniad: mae’r unigolyn wedi rhoi cydsyniad clir\n- Contract: mae’r prosesu yn angenrheidiol ar gyfer contract\n- Tasg gyhoeddus: mae’r prosesu yn angenrheidiol i gyflawni tasg er budd y cyhoedd\n`)).toEqual([]);
  });

  it('takes none from the bases a right to object applies to ("Mae gyda chi hawl i wrthod … os yw\'r Cyngor yn defnyddio un o\'r rhesymau isod") (Rhondda Cynon Taf)', async () => {
    expect(await familyOf('art6', `Hysbysiad preifatrwydd\n\nEich hawliau\n\nMae gyda chi hawl i wrthod gadael i'r Cyngor brosesu eich gwybodaeth bersonol os yw'r Cyngor yn defnyddio un o'r rhesymau isod yn sail i'r gwaith prosesu.\n\n- 'Tasg Gyhoeddus' (at ddiben tasg a gaiff ei chyflawni er budd y cyhoedd)\n- 'Buddiannau Cyfreithlon'\n`)).toEqual([]);
  });

  it('takes none from "the lawful bases which might apply are …" (Scottish Dental Clinical Effectiveness Programme)', async () => {
    expect(await familyOf('art6', `Guidance\n\nLawful basis\n\nWithin dentistry, the lawful bases which might apply are ‘contract’ or ‘legal obligation’, ‘legitimate interests’ for issuing recall notices, or ‘consent’.\n`)).toEqual([]);
  });

  it('reads only the marked rows of a table of every basis ("Performance of a contract 1", the others blank) (Falkirk Council)', async () => {
    const text = `Privacy notice\n\nWhy do we collect this information?\n\nThe legal basis each purpose is set out below:\n\nLegal basis Purpose\nConsent  \nPerformance of a contract 1\nLegal obligation  \nVital interests  \nTask carried out in the public interest  \nLegitimate interests  \n\nOur legal basis for processing this special categories data in relation to your health is your explicit consent.\n`;
    expect(await familyOf('art6', text)).toEqual(['b']);
  });

  it('takes no contract from the ICO\'s definition of legal obligation, "(not including contractual obligations)" (Rutland County Council)', async () => {
    const text = `Privacy notice\n\nUnder the General Data Protection Regulation (GDPR), the legal bases we rely on for processing personal information for general purposes are:\n- Legal Obligation - The processing is necessary to comply with the law (not including contractual obligations).\n- Public Task - The processing is necessary for the performance of a task carried out in the public interest.\n`;
    expect((await familyOf('art6', text)).sort()).toEqual(['c', 'e']);
  });
});

describe('whose notice it is', () => {
  it('reads "This Privacy Notice explains how the University of Cumbria process …" and Welsh "yn nodi sut mae’r Academi … (ni) yn casglu"', async () => {
    expect(await familyOf('controller', `Applicant privacy notice\n\nIntroduction\n\nThis Privacy Notice explains how the University of Cumbria process your personal data when you make an application.\n`)).toEqual(['University of Cumbria']);
    expect(await familyOf('controller', `Hysbysiad Preifatrwydd\n\nCyflwyniad\n\nMae’r hysbysiad preifatrwydd hwn yn nodi sut mae’r Academi Genedlaethol ar gyfer Arweinyddiaeth Addysgol (ni) yn casglu ac yn defnyddio gwybodaeth amdanoch chi.\n`)).toEqual(['Academi Genedlaethol ar gyfer Arweinyddiaeth Addysgol']);
  });

  it('takes no generic Welsh word with the article ("sut mae\'r Brifysgol yn …", "Mae’r CHTh yn ymroddedig") and finds the name "Y Comisiynydd" stands for', async () => {
    expect(await familyOf('controller', `Rhoddion\n\nCyflwyniad\n\nMae’r datganiad hwn yn egluro sut mae’r Brifysgol yn defnyddio gwybodaeth am roddwyr. Mae’r Brifysgol yn ddiolchgar.\n`)).toEqual([]);
    expect(await familyOf('controller', `Hysbysiad Preifatrwydd\n\nCyflwyniad\n\nMae’r Hysbysiad Preifatrwydd hwn yn esbonio sut y bydd Comisiynydd Safonau’r Senedd yn casglu ein data personol.\n\nY Rheolydd\n\nY Comisiynydd yw Rheolydd y data personol a ddisgrifir yn yr Hysbysiad hwn.\n`)).toEqual(['Comisiynydd Safonau’r Senedd']);
  });

  it('reads "In line with this Act, the SPSO is committed to protecting your privacy" (Scottish Public Services Ombudsman)', async () => {
    expect(await familyOf('controller', `Privacy Statement\n\nAny personal data collected through this website will processed in accordance with the Data Protection Act 1998. In line with this Act, the SPSO is committed to protecting your privacy and only using any data you give us for its intended purpose.\n`)).toEqual(['SPSO']);
  });

  it('reads "X is a charity providing …", a name over "– Registered Charity No", and "processed by or on behalf of X [members]"', async () => {
    expect(await familyOf('controller', `Privacy Policy\n\nIsabel Hospice is a charity providing specialist palliative care and supporting services. We are committed to protecting your personal information.\n`)).toEqual(['Isabel Hospice']);
    expect(await familyOf('controller', `Privacy\n\nTHE GURKHA MUSEUM TRUST – Registered Charity No 1169920\n`)).toEqual(['THE GURKHA MUSEUM TRUST']);
    expect(await familyOf('controller', `Privacy notice\n\nIntroduction:\n\nThis privacy notice applies to personal information processed by or on behalf of Umbrella Medical [Hatherton Medical Centre, Holland Park Surgery and Broadway Medical Centre].\n`)).toEqual(['Umbrella Medical']);
  });

  it('reads Welsh "X yw Rheolwr y Data", "X fydd Rheolwr Data", and the body the law binds ("i Lyfrgell Genedlaethol Cymru gydymffurfio â Deddf …")', async () => {
    expect(await familyOf('controller', `Polisi preifatrwydd\n\nGwybodaeth lle mai Comisiynydd Heddlu a Throsedd Gogledd Cymru yw Rheolwr y Data\n\nRydym yn casglu eich enw.\n`)).toEqual(['Comisiynydd Heddlu a Throsedd Gogledd Cymru']);
    expect(await familyOf('controller', `Hysbysiad preifatrwydd\n\nPam yr ydym yn casglu data\n\nLlywodraeth Cymru fydd Rheolwr Data ar gyfer y data personol yr ydych yn ei ddarparu.\n`)).toEqual(['Llywodraeth Cymru']);
    expect(await familyOf('controller', `Polisi\n\nPolisi Gwarchod Data\n\nMae’n ofynnol yn ôl y gyfraith i Lyfrgell Genedlaethol Cymru gydymffurfio â Deddf Gwarchod Data 1998.\n`)).toEqual(['Llyfrgell Genedlaethol Cymru']);
  });
});
