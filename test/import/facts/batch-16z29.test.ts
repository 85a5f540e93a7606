/**
 * Fact classes from blind batch 16z29's misses (test/fixtures/import-corpus/, "batch": "16z29"), from
 * what the importer proposed for the mined texts (test/fixtures/import-mining/, no key) and from the
 * phrasing banks (test/fixtures/import-phrasings/). Each test uses the shape of the real passage and
 * its address.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const factsOf = async (text: string) => (await importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') })).found;
const familyOf = async (family: string, text: string) => [...new Set((await importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('the controller', () => {
  it('proposes no product or system named like a body ("stored in the Abavus My Council Services system", https://caerphilly.gov.uk/my-council/data-protection-and-freedom-of-information/privacy-notices/early-years?lang=en-GB)', async () => {
    expect(await familyOf('controller', 'Privacy notice\n\nHow we will use your information\n\nTraining request information will be collected through an online form and stored in the Abavus My Council Services system.\n')).toEqual([]);
    // The body that runs the system is still proposed.
    expect(await familyOf('controller', 'Privacy notice\n\nHow we will use your information\n\nLeeds City Council stores your request in its case management system.\n')).toEqual(['Leeds City Council']);
  });
});

describe('the controller, more forms', () => {
  it('reads "The organisation responsible for processing your personal information is X" (https://www.homegroup.org.uk/about-us/corporate/transparency/how-we-manage-your-data/privacy-policy)', async () => {
    expect(await familyOf('controller', 'Privacy policy\n\nWho we are\n\nThe organisation responsible for processing your personal information is Home Group Limited, charitable registered society no. 22981R, of Home Group, One Strawberry Lane, Newcastle upon Tyne NE1 4BX. This means that we are a data controller under The United Kingdom General Data Protection Regulation.\n')).toEqual(['Home Group Limited']);
  });

  it('proposes a national body whose name ends in its nation, as the subject of "will process your …" (https://www.socialworkengland.org.uk/privacy/privacy-notice-annual-social-worker-survey/)', async () => {
    expect(await familyOf('controller', 'Privacy notice: annual social worker survey\n\nData\n\nSocial Work England will process your responses to the social worker survey questions and metadata about how you complete the survey.\n')).toEqual(['Social Work England']);
    // A product the site uses is never proposed so.
    expect(await familyOf('controller', 'Privacy notice\n\nData\n\nGoogle Analytics will collect your data about how you use the site.\n')).toEqual([]);
  });
});

describe('lawful bases', () => {
  const surrey = 'Student support services privacy notice\n\nOur legal obligations\n\nWe take our obligations for data handling very seriously and it is therefore important for you to know the lawful basis for us processing your information:\n\nWe process data because you give us your consent and you are free to decide whether or not to provide this data.\n\nWe process data to meet our contractual duties to you, and provide you with our services where we have entered into a contract for services with you.\n\nWe process data in our legitimate interests. These legitimate interests are determined through an assessment.\n\nOur legitimate interests will never override your right to privacy.\n\nWe process data for reasons of substantial public interest.\n\nWe will always ensure that the processing respects the essence of the right to data protection.\n\nWe process data to ensure that we can carry out our public role as an educational and research establishment.\n\nWe process your personal and special category data for reasons of social protection law to enable us to trigger our response processes.\n\nWe process data to meet our statutory and legal requirements, specifically to:\n\n- Perform monitoring of equal opportunities obligations\n';
  it('reads a series of paragraphs that open alike ("We process data …") after a lawful-basis lead-in, each its basis, to the series\' end (https://surrey.ac.uk/disability-and-neurodiversity-service-privacy-notice)', async () => {
    const found = await factsOf(surrey);
    expect([...new Set(found.filter((f) => f.family === 'art6').map((f) => f.value))].sort()).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect([...new Set(found.filter((f) => f.family === 'art9').map((f) => f.value))].sort()).toEqual(['b', 'g']);
  });

  it('reads no basis from a series that opens alike outside any lawful-basis text', async () => {
    expect(await familyOf('art6', 'Privacy notice\n\nHow we use your data\n\nWe process data to run the library.\n\nWe process data in our online catalogue.\n\nWe process data to meet our legal requirements.\n')).toEqual([]);
  });

  it('takes consent to cookies for no lawful basis (https://www.sra.org.uk/home/cookies/)', async () => {
    expect(await familyOf('art6', 'Cookies\n\nWhat are cookies\n\nCookies are small pieces of text that are stored in your browser and that can be read by our services and third-parties that we use and you consent to us using.\n')).toEqual([]);
    // Unless the sentence says consent is the lawful basis.
    expect(await familyOf('art6', 'Cookies\n\nAnalytics cookies\n\nThe lawful basis for our use of analytics cookies is your consent.\n')).toEqual(['a']);
  });
});

describe('Article 9 conditions', () => {
  it('reads the regulation\'s words for 9(2)(b) shortened, as schools list them ("It is necessary to fulfil the obligations of controller or of data subject", https://www.codnor.derbyshire.sch.uk/gdpr/)', async () => {
    expect(await familyOf('art9', 'Privacy notice\n\nSpecial category data\n\nOur lawful basis for collecting and processing pupil information is also further defined under Article 9, and the following sub-paragraphs in the GDPR apply:\n\n(a) The data subject has given explicit consent.\n\n(b) It is necessary to fulfil the obligations of controller or of data subject.\n')).toEqual(['a', 'b']);
  });
});
