/**
 * Structure misses of batches 16z9 (English local government and education) and 16z11 (charities,
 * voluntary sector, housing and GP practices), and of earlier batches' leftovers of the same
 * classes, that lost headings or broke the corpus's limit of one spurious section a notice
 * (issue 16; test/fixtures/import-corpus/, "batch": "16z9" / "16z11" in answers.json), fixed by
 * class, each test with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);

describe('batches 16z9 and 16z11', () => {
  it('a question without its mark alone on the last line, after a list, heads the section the copy lost; a line cut mid-word does not (https://www.kent.fire-uk.org/privacy-policy-and-notices, https://www.aber.ac.uk/cy/academic-registry/about/data-protection-information/data-protection-notice-applicants/)', () => {
    const kent = textToTree('The six lawful bases for processing personal data are set out in Article 6(1) of the UK General Data Protection Regulations (GDPR):\n\n  • Consent: the individual has given clear consent for you to process their personal data for a specific purpose.\n  • Contract: the processing is necessary for a contract you have with the individual, or because they have asked you to take specific steps before entering into a contract.\n  • Legal obligation: the processing is necessary for you to comply with the law (not including contractual obligations).\n  • Vital interests: the processing is necessary to protect someone’s life.\n  • Public task: the processing is necessary for you to perform a task in the public interest or for your official functions, and the task or function has a clear basis in law.\n  • Legitimate interests: the processing is necessary for your legitimate interests or the legitimate interests of a third party, unless there is a good reason to protect the individual’s personal data which overrides those legitimate interests. NB: This cannot apply if you are a public authority processing data to perform your official tasks.\n\nWhat will we do with your information\n');
    expect(headings(kent.blocks)).toContain('What will we do with your information');
    const aber = textToTree('Bydd y Gofrestrfa Academaidd yn casglu gwybodaeth amdanoch pan fyddwch yn gwneud cais i astudio yma, pan fyddwch yn cofrestru fel myfyriwr, yn ystod eich cwrs, neu ar ôl i chi orffen eich astudiaethau neu raddio â chymhwyster o Brifysgol Aberystwyth. Efallai y byddwn hefyd yn derbyn gwybodaeth amdanoch o’r tu allan i’r Brifysgol, megis gwybodaeth gan UCAS ynglŷn â’ch cais, yn ogystal â gwybodaeth a ddarperir gan eich canolwyr.  Mae’r math o wybodaeth bersonol y mae’r Gofrestrfa Academaidd yn ei phrosesu’n cynnwys, ymhlith gwybodaeth arall:\n\n • Enw, dyddiad geni, manylion cyswllt a gwybodaeth arall a gyflwynir yn ystod y prosesau ymgeisio, dilysu a chofrestru;\n • Manylion eich cwrs, modiwlau, marciau asesiadau a chymwysterau;\n • Manylion unrhyw ganlyniadau ffurfiol i brosesau a gweithdrefnau’r Brifysgol, e.e. apeliadau academaidd, gweithdrefnau disgyblu, cwynion ffurfiol, ac yn y blaen;\n • Manylion cyswllt eich perthynas agosaf i’w defnyddio mewn argyfwng.\n\nBeth yw diben prosesu gwybodaeth');
    expect(headings(aber.blocks)).toContain('Beth yw diben prosesu gwybodaeth');
    // (https://www.khhospice.org.uk/content/information-notices-fundraising, cut at its 2,000th character.)
    const cut = textToTree('Sharing this data\n\n  • We only provide name and address details to third party companies who undertake our mailings.\n  • We do not share information with third parties, unless we are required to do so for legal reasons – for example HMRC may ask us for specific information to make claims.\n\nHow we store the d\n');
    expect(cut.blocks.at(-1)).toMatchObject({ kind: 'paragraph', content: ['How we store the d'] });
  });
  it('a page control ("Print this Page", "Play Video") between paragraphs, and an image\'s description, are furniture wherever they stand (https://www.cambs.police.uk/information-and-services/About-us/Privacy-notice/Privacy-Notice-Printer-friendly-version, https://www.cambria.ac.uk/hysbysiad-preifatrwydd/?lang=cy, https://counselling-matters.org.uk/cookie-policy/)', () => {
    const cambs = textToTree('Privacy Notice - Printer friendly version\n\nThis privacy notice explains how and why Bedfordshire Police, Cambridgeshire and Hertfordshire Constabularies (BCH) process your personal data, under Part 2 , for general data and Part 3  for law enforcement data.\n\nPrint this Page\n\nIt also describes your rights in regard to your personal information and how to complain to the Information Commissioner if you have concerns with how we have handled your data.\n');
    expect(cambs.blocks.map(blockText).join('\n')).not.toContain('Print this Page');
    expect(headings(cambs.blocks)).toEqual([]);
    const cambria = textToTree('\nRydym yn diweddaru ein polisïau preifatrwydd er mwyn rhoi’r hyn sydd angen i chi ei wybod am sut rydym yn defnyddio eich gwybodaeth bersonol.\n\nPlay Video\n\nHysbysiad Preifatrwydd Dysgwr Coleg Cambria\n\nMae Coleg Cambria wedi ymrwymo i fod yn dryloyw ynghylch sut mae’n casglu ac yn defnyddio data ac i fodloni ei rwymedigaethau diogelu data.\n\n');
    expect(cambria.blocks.map(blockText)).not.toContain('Play Video');
    expect(headings(cambria.blocks)).toEqual(['Hysbysiad Preifatrwydd Dysgwr Coleg Cambria']);
    const counselling = textToTree('Cookie Policy\n\nA Cookie Policy graphic featuring the Cookie Monster and a chocolate chip cookie\n\nAbout this cookie policy\n\nThis Cookie Policy explains what cookies are and how we use them. You should read this policy to understand what cookies are, how we use them, and the cookies we use. For further information on how we use, store and keep your personal data, see our Privacy Policy.\n');
    expect(headings(counselling.blocks)).toEqual(['About this cookie policy']);
  });
});
