/**
 * Structure misses of batches 16u, 16w, 16x and 16y (issue 16: sixty unseen notices,
 * test/fixtures/import-corpus/, "batch": "16u" / "16w" / "16x" / "16y" in answers.json), fixed by
 * class: one test a class of copy-paste shape, each with the real lines that showed it and their
 * address, the other language's form where the class has one, and where it helps a line of another
 * shape the class must not take. The fix is the class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
/** Every heading, the title's too. */
const allHeadings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading').map(blockText);
const title = (blocks: DocBlock[]) => (blocks[0]?.kind === 'heading' && blocks[0].level === 1 ? blockText(blocks[0]) : undefined);

describe('the page around the notice', () => {
  it('Welsh skip links ("Neidio at y cynnwys", "Neidio at y fwydlen fordwyo") are furniture, never the title (caerdydd.ac.uk/cookies/)', () => {
    const tree = textToTree('Neidio at y cynnwys\nNeidio at y fwydlen fordwyo\n\nEnglish\n\nGwybodaeth am ein defnydd o Gwcis\n\nI roi gwasanaethau rhwydd, defnyddiol a dibynadwy i’n hymwelwyr, rydym yn rhoi peth gwybodaeth ar ddyfeisiadau fel eich cyfrifiadur.\n\nEin defnydd o gwcis\n\nMae’r tudalennau hyn yn rhestru’r cwcis a osodir gan wefan y Brifysgol a’r gwasanaethau allanol rydym yn eu defnyddio.\n');
    expect(title(tree.blocks)).toBe('Gwybodaeth am ein defnydd o Gwcis');
    expect(headings(tree.blocks)).toEqual(['Ein defnydd o gwcis']);
    const english = textToTree('Jump to navigation\n\nSkip to content\n\nAbout our use of cookies\n\nTo give our visitors easy, useful and reliable services, we put some information on devices such as your computer.\n');
    expect(title(english.blocks)).toBe('About our use of cookies');
  });

  it('the site\'s account links before the title ("Login" / "Forgotten password?" / "Create … Account") are furniture (avonandsomerset.police.uk/help/privacy/privacy-notice/)', () => {
    const body = '\n\nIntroduction:\n\nThis document explains the ways in which the Constabulary collect, use and protect your personal information. It has been written in as plain a language as possible.\n';
    const tree = textToTree(`top\n\nLogin\n\nForgotten password?\n\nCreate Community Alerts Account\n\nPrivacy Notice${body}`);
    expect(title(tree.blocks)).toBe('Privacy Notice');
    expect(headings(tree.blocks)).toEqual(['Introduction:']);
    const welsh = textToTree('Mewngofnodi\n\nWedi anghofio’ch cyfrinair?\n\nCreu cyfrif\n\nHysbysiad Preifatrwydd\n\nCyflwyniad:\n\nMae’r ddogfen hon yn esbonio sut mae’r Heddlu yn casglu, defnyddio a diogelu eich gwybodaeth bersonol, mewn iaith mor syml â phosibl.\n');
    expect(title(welsh.blocks)).toBe('Hysbysiad Preifatrwydd');
    // A notice about an account keeps its title.
    expect(title(textToTree(`Your account and your data${body}`).blocks)).toBe('Your account and your data');
  });
});

describe('tables copied as lines', () => {
  it('a cookie table\'s header with a column the shared list lacks ("Name Description Lifetime", "Enw Cynnwys Nodweddiadol Dyddiad dod i ben") is a header, not a heading (foreignnationals.lancashire.police.uk/CookiePolicy, caerdydd.ac.uk/cookies/)', () => {
    const tree = textToTree('Required Cookies\n\nName Description Lifetime\nASP.Net_SessionId This cookie allows the platform to identify you and your browser as a single connection to the system. Session only\n\nFunctional Cookies\n\nName Description Lifetime\ncookieAccepted This cookie records the response to the acceptance of the site Cookie Policy 365 days\n');
    expect(allHeadings(tree.blocks)).toEqual(['Required Cookies', 'Functional Cookies']);
    const welsh = textToTree('Cwcis i wella gwasanaeth (cwcis allanol)\n\nMae Google Analytics yn gosod cwcis i’n helpu i ddeall sut mae pobl yn defnyddio’r wefan, fel y gallwn ei gwella i chi.\n\nEnw Cynnwys Nodweddiadol Dyddiad dod i ben\n_utma rhif a gynhyrchwyd ar hap 2 flynedd\n_utmb rhif a gynhyrchwyd ar hap 30 munud\n');
    expect(allHeadings(welsh.blocks)).toEqual(['Cwcis i wella gwasanaeth (cwcis allanol)']);
  });

  it('a table a sentence announces, copied one cell a line with blank lines between, gives no headings (charityright.org.uk/public/terms-of-use)', () => {
    const tree = textToTree('Personal Data That We Process\n\nThe following table explains the types of data we collect and the legal basis, under current data protection legislation, on which this data is processed.\n\nPurpose\n\nData (key elements)\n\nBasis\n\nEnquiring about our organisation and its work\n\nName, email, message\n\nLegitimate interests - \n');
    expect(allHeadings(tree.blocks)).toEqual(['Personal Data That We Process']);
    const welsh = textToTree('Data Personol Rydym yn eu Prosesu\n\nMae’r tabl isod yn esbonio’r mathau o ddata rydym yn eu casglu a’r sail gyfreithiol dros eu prosesu o dan y ddeddfwriaeth diogelu data.\n\nDiben\n\nData\n\nSail\n\nYmholi am ein gwaith\n\nEnw, e-bost, neges\n');
    expect(allHeadings(welsh.blocks)).toEqual(['Data Personol Rydym yn eu Prosesu']);
    // A heading after a sentence that points to a table elsewhere, over its paragraph, stays one.
    const after = textToTree('Your rights\n\nThe following table sets out each right. You can find it on our website under the rights page, which we keep up to date.\n\nHow to complain\n\nIf you are unhappy with how we have handled your personal data you can complain to the Information Commissioner at any time.\n');
    expect(allHeadings(after.blocks)).toEqual(['Your rights', 'How to complain']);
  });

  it('the names in a cookie table\'s rows whose cells ran together or broke over lines are cells, not headings (llyw.cymru/manylion-am-gwcis-ar-llywcymru)', () => {
    const tree = textToTree('Defnydd o gwcis gan LLYW.CYMRU\n\nFfeiliau testun bach yw cwcis y mae’r gwefannau rydych chi’n ymweld â nhw yn eu hanfon i’ch cyfrifiadur.\n\nCwciEnwDibenDod i ben\nGoogleAnalytics_gaCaiff y cwci hwn ei ddefnyddio i weld sut mae ymwelwyr yn defnyddio’n gwefan.2 flynedd\nCookieControlcivicAllowCookies\ncivicShowCookieIcon\nMae’r cwci hwn yn cofnodi a yw defnyddiwr wedi derbyn y defnydd o gwcis ar ein gwefan.10 awr\nYouTube\n\nVISITOR_INFO1_LIVE\n\nPREF\n\nMae’r cwcis hyn yn hanfodol i ddangos fideos YouTube ar ein gwefan.8 mis\n');
    expect(allHeadings(tree.blocks)).toEqual(['Defnydd o gwcis gan LLYW.CYMRU']);
    const english = textToTree('Cookies we use\n\nSmall text files that websites you visit send to your computer or mobile device.\n\nCookieNamePurposeExpiry\nGoogleAnalytics_gaThis cookie is used to see how visitors use our website.2 years\nYouTube\n\nVISITOR_INFO1_LIVE\n\nThese cookies are needed to show YouTube videos on our website.8 months\n');
    expect(allHeadings(english.blocks)).toEqual(['Cookies we use']);
  });
});
