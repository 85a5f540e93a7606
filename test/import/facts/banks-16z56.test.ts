/**
 * Classes from four blind phrasing banks gathered together (test/fixtures/import-phrasings/special-2.json,
 * retention-2.json, transfers-2.json, controller-3.json): passages of real UK pages, keyed by hand before the
 * importer read them. Each test uses the shape of a real passage and names its source; a guard's test shows
 * the wording it must still read.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string) => [...new Set((await importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') })).found.filter((f) => f.family === family).map((f) => f.value))];
const notice = (heading: string, text: string, cy = false) => `${cy ? 'Hysbysiad preifatrwydd' : 'Privacy notice'}\n\n${heading}\n\n${text}\n`;

describe('Article 9 conditions', () => {
  it('reads a Schedule 1 Part 2 condition as 9(2)(g) too (the Department for Business and Trade\'s candidates\' notice)', async () => {
    expect((await familyOf('art9', notice('Special category data', 'The department processes special category data in accordance with Articles 9 and 10 of the General Data Protection Regulation (GDPR) and Schedule 1, Part 2 Equality of opportunity or treatment, Data Protection Act (DPA) 2018.'))).sort()).toEqual(['g', 'sch1:8']);
    // (A Part 1 condition is no substantial public interest condition: "Schedule 1, Part 1, paragraph 2" names 9(2)(h)'s paragraph only.)
    expect(await familyOf('art9', notice('Special category data', 'For special category data we rely on the Data Protection Act 2018, Schedule 1, Part 1, paragraph 2.'))).not.toContain('g');
  });

  it('reads the delivery of social care services as 9(2)(h) in a statement about special category data (Birmingham City Council)', async () => {
    expect((await familyOf('art9', notice('Processing special categories of personal data', 'Our legal basis for using your special category information is substantial public interest and the delivery of adult social care services.'))).sort()).toEqual(['g', 'h']);
  });

  it('reads nothing from Article 9(2)\'s conditions listed as the law\'s, under an intro that is not the organisation\'s (Gloucestershire County Council)', async () => {
    const menu = 'Under GDPR Article 9(1), processing of special category data is prohibited, unless we meet a specific condition outlined in Article 9(2).\n\nThese conditions are:\n\n- The individual has given explicit consent to the processing.\n- Processing is necessary to protect the vital interests of an individual where they are unable to give consent.\n- The processing is necessary for the establishment, exercise or defence of legal claims.\n- The processing is necessary for reasons of substantial public interest.\n- The processing is necessary for archiving purposes in the public interest for historical, scientific, research or statistical purposes.';
    expect(await familyOf('art9', notice('What does the legislation say?', menu))).toEqual([]);
    // (The councils' template lists its own, under "we also meet one of …".)
    const own = 'Where we process information that is more sensitive, we also meet one of the special category personal data conditions:\n\n- it is necessary for employment, social security or social protection purposes\n- it is necessary to deliver health or social care services\n- it is necessary to protect someone in an emergency\n- it is necessary for legal cases\n- it is necessary to protect public health\n- it is necessary for archiving, research, or statistical purposes';
    expect((await familyOf('art9', notice('Our legal basis', own))).length).toBeGreaterThanOrEqual(5);
  });

  it('reads nothing from staff guidance on when a condition is met ("Bodlonir yr amod hwn os …", Pembrokeshire County Council\'s policy)', async () => {
    const cy = 'Bodlonir yr amod hwn os yw’r prosesu’n angenrheidiol at un o’r dibenion canlynol:\n\n- Meddygaeth ataliol neu alwedigaethol\n- Diagnosis meddygol\n- Darparu gofal iechyd neu driniaeth\n- Reoli systemau neu wasanaethau gofal iechyd neu systemau neu wasanaethau gofal cymdeithasol.';
    expect(await familyOf('art9', notice('Dibenion Iechyd a Gofal Cymdeithasol', cy, true))).toEqual([]);
    const en = 'This condition is met if the processing is necessary for one of the following purposes:\n\n- preventive or occupational medicine\n- medical diagnosis\n- the management of health or social care systems and services.';
    expect(await familyOf('art9', notice('Health and social care purposes', en))).toEqual([]);
  });

  it('reads a Welsh Schedule 1 paragraph given as "Adran" after its part, never the Schedule\'s Part 4 (DHSC\'s Welsh COVID Pass notice; the Rural Payments Agency\'s Welsh policy document)', async () => {
    expect(await familyOf('art9', notice('Ein sail gyfreithiol', 'GDPR y DU, Erthygl 9 (2)(h), yn cael ei hategu gan Ddeddf Diogelu Data 2018, Atodlen 1 - Rhan 1, Adran 2 (2) [f] pan fodlonir yr amod ar gyfer prosesu data categori arbennig at ddibenion iechyd neu ofal cymdeithasol.', true))).toContain('sch1:2');
    expect(await familyOf('art9', notice('Crynodeb o’r polisi', 'Fe’i datblygwyd er mwyn i ni fodloni’r gofynion ar gyfer Dogfen Bolisi Briodol o dan Ddeddf Diogelu Data 2018 (Atodlen 1 Adran 4) ar gyfer data categori arbennig.', true))).toEqual([]);
  });
});

describe('retention', () => {
  it('reads no retention from a section asking how long a reply takes (Stockton-on-Tees; GanBwyll in Welsh)', async () => {
    expect(await familyOf('retention', notice('How long will it take to provide me with my information?', 'The timescale for responding to a request is one calendar month which will only begin once all the relevant information has been received.'))).toEqual([]);
    expect(await familyOf('retention', notice('Pa mor hir fydd hi’n gymryd i mi dderbyn gwybodaeth ar ôl gwneud cais?', 'Ar ôl i ni dderbyn eich cais byddwn yn dechrau casglu’r wybodaeth a ofynnwyd amdani a byddwn yn ymateb o fewn 20 diwrnod gwaith lle mae hynny’n bosibl.', true))).toEqual([]);
    // (A section asking how long data is kept still gives its first paragraph.)
    expect(await familyOf('retention', notice('How long will we keep your information?', 'We will only keep your information for the time it is needed by the service, in line with the council\'s schedule.'))).not.toEqual([]);
  });

  it('reads a retention period said to be one ("The retention period after the trigger is 6 months", the Student Loans Company)', async () => {
    expect(await familyOf('retention', notice('Targeted bulk erasure of data', 'The normal retention triggers are the end of the academic year for applications that have not been approved.\n\nThe retention period after the trigger is 6 months for all applications.'))).toEqual(['6 months']);
  });

  it('reads "kept only for the time taken to process your enquiry" (the Local Government and Social Care Ombudsman) and records "maintained until …" (a school), never a session maintained', async () => {
    expect(await familyOf('retention', notice('What personal data we hold', 'If so, the information received will be kept only for the time taken to process your enquiry.'))).toEqual(['criteria']);
    expect(await familyOf('retention', notice('Educational records', 'The law requires us to create pupil records and maintain them until the young person reaches the age of 25.'))).toEqual(['criteria']);
    expect(await familyOf('retention', notice('Cookies we use', 'When session variables are used, the session is maintained until the session times out or is abandoned.'))).toEqual([]);
  });

  it('reads Welsh "am gyfnod priodol" (for an appropriate period, Swansea Trials Unit)', async () => {
    expect(await familyOf('retention', notice('Cysylltu â ni', 'Bydd gwybodaeth y byddwch yn ei hanfon atom yn cael ei chadw’n ddiogel mewn system e-bost a’i chadw am gyfnod priodol o amser, gan ystyried pwrpas y neges.', true))).toEqual(['criteria']);
  });
});

describe('transfers', () => {
  it('reads a transfer outside the EEA "covered by contractual clauses" (the Senedd\'s petitions site), and one sharing "may involve the transfer of your information abroad" (Scottish Enterprise)', async () => {
    expect(await familyOf('transfers', notice('Where is it processed and stored', 'Electronic information will be stored on our ICT systems, which includes third party cloud services provided by Microsoft. Any transfer of data by Microsoft outside of the EEA is covered by contractual clauses under which Microsoft ensure that personal data is treated in line with European legislation.'))).toEqual(['yes']);
    expect(await familyOf('transfers', notice('What information do we share?', 'These agents have access to the personal information required in order to perform their functions but may not use it for any other purpose. This may also in certain circumstances involve the transfer of your information abroad.'))).toEqual(['yes']);
  });
});

describe('the controller', () => {
  it('reads the body whose information a notice applies to, before "relating to" (St Christopher\'s Hospice)', async () => {
    expect(await familyOf('controller', notice('How we use your information', 'This Privacy Notice applies to all information held by St Christopher’s Hospice Group relating to individuals, whether you are a patient, service user, member of staff, volunteer, supporter or contractor.'))).toEqual(['St Christopher’s Hospice Group']);
  });

  it('never reads a supplier named after its role ("ARU’s third party service provider, Sponsorcraft Ltd")', async () => {
    expect(await familyOf('controller', notice('Terms and Conditions', 'The ARU Crowdfunding Website is provided by ARU’s third party service provider, Sponsorcraft Ltd (providers of the platform Hubbub), and these terms and conditions operate between you and ARU only.'))).not.toContain('Sponsorcraft Ltd');
  });

  it('never reads a body set aside as having a system of its own (the Department for Infrastructure\'s Planning Portal)', async () => {
    expect(await familyOf('controller', notice('How we use your data', 'We use your data to run the service.\n\nPlanning Portal Accessibility Statement\n\nThis statement applies to content published on the Planning Portal which is used by the Department and 10 of the 11 councils (Mid Ulster District Council has it\'s own system).\n\nThis includes:\n\nThe Planning Portal is run by Terraquest Solutions on behalf of DfI and the 10 participating Councils.'))).not.toContain('Mid Ulster District Council');
  });

  it('never reads the county council that delivers services, its name mutated after "gan" (Colwyn Bay Town Council), and reads a body "sy’n Rheolwr Data" after a comma (Cardiff Council)', async () => {
    expect(await familyOf('controller', notice('Cefndir', 'Cyflwynir y mwyafrif o wasanaethau lleol, yn cynnwys yr Amgylchedd, Priffyrdd ac Addysg gan Gyngor Bwrdeistref Sirol Conwy. Ymwelwch â gwefan y Cyngor Sir am fwy o wybodaeth.', true))).toEqual([]);
    expect(await familyOf('controller', notice('Hysbysiad Preifatrwydd Canolfan Ailgylchu', 'Mae Canolfan Ailgylchu Caerdydd yn rhan o Gyngor Caerdydd, sy’n Rheolwr Data at ddibenion y wybodaeth a gesglir.', true))).toEqual(['Cyngor Caerdydd']);
  });
});
