/**
 * Structure misses mined from unlabelled real texts (issue 16, round m4: test/fixtures/import-mining/
 * m1, m2 and m4): cookie tables copied as text in shapes no reader took, page furniture taken for
 * the title, label lines taken for headings. One test a class, each with the real lines that showed
 * it and their address; the fix is the class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, inlineText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const tables = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [{ head: b.head.map(inlineText), rows: b.rows.map((r) => r.map(inlineText)) }] : []));
const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading').map(blockText);
/** The title: the heading of level 1 (a site's name over it is kept as a paragraph before it). */
const title = (text: string) => {
  const h1 = textToTree(text).blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 ? blockText(h1) : undefined;
};

describe('cookie tables whose cells ran together', () => {
  it('splits a glued header into its columns and reads names in capitals under it (https://www.hillingdon.gov.uk/cookies)', () => {
    const tree = textToTree('How we use cookies\n\nThe cookies we use are listed below.\n\nNameDescriptionExample valueWhen set\nJSESSIONIDImproving speed and user experienceDC6F775B491AA8A63808883EF5E15F6BFirst visit\nfmnFind my nearest preferencesVICARAGE%20CLOSE%3BHA4%207\nFirst visit\nbaseUser preferences for page layout1,2,3User action\nPHPSESSIDEnvironmental cookieFirst useFirst visit on various applications\n\nOnline forms\n\nThese cookies are set by the forms you fill in on our website, and removed when you close it.\n');
    const [table] = tables(tree.blocks);
    expect(table!.head).toEqual(['Name', 'Description', 'Example value', 'When set']);
    expect(table!.rows.map((r) => r[0])).toEqual(['JSESSIONID', 'fmn', 'base', 'PHPSESSID']);
    expect(table!.rows[0]).toEqual(['JSESSIONID', 'Improving speed and user experience', 'DC6F775B491AA8A63808883EF5E15F6B', 'First visit']);
    expect(table!.rows[1]![3]).toBe('First visit');
    expect(headings(tree.blocks)).toEqual(['How we use cookies', 'Online forms']);
  });

  it('reads a capitalised purpose when the row runs into its expiry too (https://trusteesweek.org/cookie-policy/, domestic abuse commissioner)', () => {
    const [a] = tables(textToTree('Google Analytics sets the following cookies.\n\n_gidGoogle Analytics cookie used to distinguish users in browsing activity24 hours\n_gaGoogle Analytics cookie used to distinguish users in browsing activity2 years\n').blocks);
    expect(a!.rows).toEqual([
      ['_gid', 'Google Analytics cookie used to distinguish users in browsing activity', '24 hours'],
      ['_ga', 'Google Analytics cookie used to distinguish users in browsing activity', '2 years'],
    ]);
    const [b] = tables(textToTree('Cookies message\n\nCookieControlSaves your cookie consent settings1 year\ncookies_preferences_setLets us know that you’ve saved your cookie consent settings1 year\n').blocks);
    expect(b!.rows.map((r) => [r[0], r[2]])).toEqual([['CookieControl', '1 year'], ['cookies_preferences_set', '1 year']]);
  });

  it('keeps "_hjUserAttributes Enables …" one name: a capitalised word after the join needs a later join', () => {
    expect(tables(textToTree('Hotjar\n\n_hjUserAttributes Enables tracking of attributes.\n_hjSessionUser Keeps a user id.\n').blocks).flatMap((t) => t.rows.map((r) => r[0]))).not.toContain('_hjUser');
  });
});

describe('cookie tables whose header was joined by spaces', () => {
  it('reads a Welsh header with the expiry in the column after the name (https://www.llyw.cymru/panel-dyfarnu-annibynnol-cymru-cwcis)', () => {
    const [table] = tables(textToTree('Google Analytics\n\nEnw’r cwci Amser terfynu Disgrifiad\n_ga Dwy flynedd Defnyddir i adnabod defnyddwyr.\n_gid 24 awr Defnyddir i adnabod defnyddwyr.\nAMP_TOKEN O 30 eiliad i 1 flwyddyn Yn cynnwys tocyn.\n').blocks);
    expect(table!.head).toEqual(['Enw’r cwci', 'Amser terfynu', 'Disgrifiad']);
    expect(table!.rows).toEqual([
      ['_ga', 'Dwy flynedd', 'Defnyddir i adnabod defnyddwyr.'],
      ['_gid', '24 awr', 'Defnyddir i adnabod defnyddwyr.'],
      ['AMP_TOKEN', 'O 30 eiliad i 1 flwyddyn', 'Yn cynnwys tocyn.'],
    ]);
  });

  it('reads a "Function" column, expiries said as a sentence or in words, and a row whose cells became paragraphs (https://www.waverleyhomechoice.org.uk/CookiePolicy)', () => {
    const [table] = tables(textToTree('This website uses the following cookies:\n\nCookie name Function Expiry\n__RequestVerificationToken A security measure and helps protect the website from unauthorised data submissions.  Expires automatically when you close your browser.\n.ASPXAUTH\n\nUsed to determine if the current user has logged in to their account and has been authorised.\n\nExpires automatically when you close your browser.\nNHX2HideCookieBanner Used to determine if the banner has been hidden by the user.  One year\nUseFullSite Used to determine if you have opted to use the full site.  Seven days\n').blocks);
    expect(table!.rows.map((r) => [r[0], r[2]])).toEqual([
      ['__RequestVerificationToken', 'Expires automatically when you close your browser.'],
      ['.ASPXAUTH', 'Expires automatically when you close your browser'],
      ['NHX2HideCookieBanner', 'One year'],
      ['UseFullSite', 'Seven days'],
    ]);
    expect(table!.rows[1]![1]).toBe('Used to determine if the current user has logged in to their account and has been authorised.');
  });

  it('takes names listed with commas at a row\'s start (https://services.nhsbsa.nhs.uk/nhs-prescription-services-submissions/cookie-information)', () => {
    const [table] = tables(textToTree('Cookies needed for the website to work\n\nName Purpose Expiry\nAWSALB, AWSALBCORS Used by AWS Load Balancer for routing requests to web servers. 1 week\nSESSION This cookie is used to maintain a session. When you close the browser\n').blocks);
    expect(table!.rows).toEqual([
      ['AWSALB, AWSALBCORS', 'Used by AWS Load Balancer for routing requests to web servers.', '1 week'],
      ['SESSION', 'This cookie is used to maintain a session.', 'When you close the browser'],
    ]);
  });

  it('reads an expiry the copy cut short as the expiry ("… When y", "10 mu")', () => {
    const [table] = tables(textToTree('Cookies\n\nName Purpose Expires\n__utmb Timestamps entry to a site 30 minutes\n__utmc Timestamps exit from a site When y\n').blocks);
    expect(table!.rows[1]).toEqual(['__utmc', 'Timestamps exit from a site', 'When y']);
  });
});

describe('cookie tables copied one cell a line', () => {
  it('reads a header whose cells end in colons, and a name given in brackets (https://hackney.mylocaloffer.org cookies)', () => {
    const [table] = tables(textToTree('What cookies do we use on this website?\n\nName:\n\nFunction:\n\nExpires:\n\nGeneric Session Cookie (JSESSIONID)\n\nThis cookie is essential for various parts of the website to function properly.\n\nThis cookie expires when you close your browser.\n').blocks);
    expect(table!.head).toEqual(['Name', 'Function', 'Expires']);
    expect(table!.rows).toEqual([['Generic Session Cookie (JSESSIONID)', 'This cookie is essential for various parts of the website to function properly.', 'This cookie expires when you close your browser.']]);
  });

  it('reads a grouping column before the names, the group run into the first name or over a list of names (connect gwent; https://www.llyfrgell.cymru/am-llgc/preifatrwydd-a-chwcis)', () => {
    const [a] = tables(textToTree('Mae\'r tabl isod yn egluro\'r cwcis.\n\nCwci\n\nEnw\n\nDiben\n\nRhagor o Wybodaeth\n\nGoogle Analytics_utma\n_utmb\n_utmc\n\nDefnyddir y cwcis hyn i gasglu gwybodaeth am sut mae ymwelwyr yn defnyddio ein gwefan.\n').blocks);
    expect(a!.rows).toEqual([['Google Analytics', '_utma, _utmb, _utmc', 'Defnyddir y cwcis hyn i gasglu gwybodaeth am sut mae ymwelwyr yn defnyddio ein gwefan.', '']]);
    const [b] = tables(textToTree('Y cwcis a ddefnyddir\n\nCwci\n\nEnw\n\nPwrpas\n\nGoogle Analytics\n\n_ga, _gid, _gat, __utma\n\nMae cwcis dadansoddol yn ein helpu i wella’n gwefannau.\n\nHanes chwilio\n\nHistory, history_consent\n\nMae’r cwci hwn yn cofio eich chwiliadau blaenorol.\n').blocks);
    expect(b!.rows.map((r) => r.slice(0, 2))).toEqual([['Google Analytics', '_ga, _gid, _gat, __utma'], ['Hanes chwilio', 'History, history_consent']]);
  });
});

describe('label lines and names are not headings', () => {
  it('a definition list whose labels ran into their values, and the cookie name over it (https://www.royalgreenwich.gov.uk/cookies)', () => {
    const tree = textToTree('Strictly necessary cookies\n\nThese cookies are requested by the website to support cooperation with your browser during a session.\n\nTestCookie\n\nContains"Test"\nExpiresWhen you close your browser\nNotesThis cookie checks whether you have allowed cookies to be used for logging in.\n\nPHPSESSID\n\nContainsA randomly generated number\nExpiresWhen you close your browser\nNotesThis is used to maintain continuity as a browser moves around the site.\n');
    expect(headings(tree.blocks)).toEqual(['Strictly necessary cookies']);
  });

  it('document data: a page ID with its review date, a tag run into a date, a control table\'s labels, a feedback prompt (sir-benfro.gov.uk; arts.wales; caerphilly.gov.uk; stratford.gov.uk)', () => {
    expect(headings(textToTree('Addewid Preifatrwydd\n\nEich Hawliau\n\nMae gennych hawliau fel unigolyn y gallwch eu harfer mewn perthynas â’r wybodaeth sydd gennym amdanoch chi.\n\nID: 3455, adolygwyd 01/05/2019\n\nCwynion neu Ymholiadau\n\nMae Cyngor Sir Penfro’n ceisio cyrraedd y safonau uchaf wrth gasglu a defnyddio gwybodaeth bersonol.\n').blocks)).not.toContain('ID: 3455, adolygwyd 01/05/2019');
    expect(headings(textToTree('Cymorth Preifatrwydd\n\nOs oes gennych unrhyw ymholiadau am ein datganiad o breifatrwydd, cysylltwch â: llywodraethu@celf.cymru\n\nPolisiau10.02.2021\n\nPolisi preifatrwydd\n').blocks)).not.toContain('Polisiau10.02.2021');
    expect(headings(textToTree('Data Protection Policy\n\nVersion:\n\nVersion 5\n\nDate:\n\n02/06/2023\n\nConsultee/s:\n\nCorporate Management Team; Senior Information Risk Owner; Legal Services; Information Governance Project Team\n\nPolicy objective\n\nAdministration and delivery of quality services involves processing personal data about people.\n').blocks)).toEqual(['Data Protection Policy', 'Policy objective']);
    expect(headings(textToTree('Where data is kept\n\nThe council itself is able to provide suitable protections.\n\nIs this information helpful?\n\nComments / How can we make this page better?\n').blocks)).toEqual(['Where data is kept']);
  });

  it('a sentence broken where the site\'s name was a link ("Cookies used on") (http://uttlesford.gov.uk/article/5385/Cookies)', () => {
    expect(headings(textToTree('How we use cookies\n\nYou can find out more about how to manage cookies.\n\nCookies used on\n\nThis is a list of the main cookies set by the the council website, and what each is used for:\n').blocks)).not.toContain('Cookies used on');
  });
});

describe('page furniture before the title', () => {
  it.each([
    ['Accessibility links\nListen with Browsealoud\nLanguage selection\nData protection\n', 'Data protection'],
    ['Accessibility links\n1\nGwrandewch gyda Browsealoud\nDewis iaith\nDiogelu Data\n', 'Diogelu Data'],
    ['Hepgor gwe-lywio\nBydd eich adborth yn ein helpu i wella\'r wefan hon.\nDatganiad Preifatrwydd – Newyddion CNPT\n', 'Datganiad Preifatrwydd – Newyddion CNPT'],
    ['Dewis eich iaith\nCau\nDiogelu Data\n', 'Diogelu Data'],
    ['Skip Ribbon Commands\nSkip to main content\nYou are currently in: Privacy Notices\nHow long do we keep your personal information?\n', 'How long do we keep your personal information?'],
    ['[Skip to content]\nPrint this page\nPrivacy Notice - General\n', 'Privacy Notice - General'],
    ['Policy paper\nDVLA privacy policy\n', 'DVLA privacy policy'],
    ['Coronavirus: Latest information and advice\nHomebreadcrumb separatorPrivacy statementbreadcrumb separatorWhy we use your information - lawful basis\nWhy we use your information - lawful basis\n', 'Why we use your information - lawful basis'],
    ['Try out and test our new website!\nFull Privacy Notice\n', 'Full Privacy Notice'],
    ['Text Colour:\nC\nC\nText Size: A A A\nNew phone number\n03000 132 132\nContact us »\nPrivacy Notice\n', 'Privacy Notice'],
    ['Symud i\'r prif gynnwys\n\nPreifatrwydd\n', 'Preifatrwydd'],
    ['BETA This is a prototype for a new NHS service.\n\nCookies on Manage Your Service\n', 'Cookies on Manage Your Service'],
    ['COVID-19: Bydd unrhyw wybodaeth benodol yn ymwneud â Sir Benfro yn cael ei diweddaru ar www.sir-benfro.gov.uk/coronafeirws\n\nAddewid Preifatrwydd\n', 'Addewid Preifatrwydd'],
  ])('%#: the title is the line after the furniture', (top, want) => {
    // Bridgend, NPT, the Ombudsman for Wales, Essex, Derby hospitals, DVLA, Walsall, Worcestershire,
    // Mid Ulster, the National Library of Wales, NHSBSA, Pembrokeshire (m1, m2, m4 sources.json).
    expect(title(`${top}\nThis notice explains how we use your personal information and what your rights are under the law.\n\nYour rights\n\nYou can ask us for a copy of the information we hold about you at any time.\n`)).toBe(want);
  });

  it('a title shown again in capitals a line later, under a link to other notices (https://www.qub.ac.uk/about/Leadership-and-structure/Registrars-Office/Information-Compliance-Unit/Privacy-Notices/)', () => {
    const tree = textToTree('Skip to Content\nList of Other Privacy Notices\nPrivacy Notice - General\nAudience: All\n PRIVACY NOTICE - GENERAL\nQueen’s University Belfast (“we”, “us” and “our”) is committed to protecting your personal data.\n');
    expect(blockText(tree.blocks[0]!)).toBe('Privacy Notice - General');
    expect(headings(tree.blocks)).toEqual(['Privacy Notice - General']);
  });

  it('a title too long for a heading that names the document first, and a slogan over a short title (NPT; Merthyr Tydfil)', () => {
    expect(title('Dogfen\nHysbysiad Preifatrwydd - Arfarniad opsiynau Camlesi Tennant a Chastell-nedd - holiadur yr ymgynghoriad\n1. Trwy ddarparu eich gwybodaeth bersonol i ni, rydych chi’n cydnabod mai’r Cyngor yw’r Rheolwr Data.\n')).toBe('Hysbysiad Preifatrwydd - Arfarniad opsiynau Camlesi Tennant a Chastell-nedd - holiadur yr ymgynghoriad');
    expect(title('Ar-lein, Mae\'n arbed amser\nCwcis\nPan fyddwch yn defnyddio’r wefan, byddwn yn storio cwcis ar eich cyfrifiadur er mwyn hwyluso ac addasu’ch defnydd o’n gwefan.\nMae’r rhan fwyaf o borwyr wedi eu gosod er mwyn derbyn cwcis.\nName | Purpose |\n---|---|\n_ga | Mae’r cwci hwn yn cael ei osod gan Google Analytics. |\n_gid | Mae’r cwci hwn yn cael ei osod gan Google Analytics. |\n')).toBe('Cwcis');
    // A section name over the title is no slogan (a corpus notice: "Tier Three – The law explained").
    expect(title('Tier Three – The law explained\nData Protection principles\nThere are six core Principles to data protection legislation:\n- personal data must be processed lawfully\n')).toBe('Tier Three – The law explained');
  });
});

describe('a two-column contacts table', () => {
  it('reads a flattened "Data Controller Data Protection Officer" header back as one labelled block a role (https://www.communities-ni.gov.uk liofa privacy)', () => {
    const tree = textToTree('Contacts\n\nData Controller Data Protection Officer\nDepartment for Communities\nCauseway Exchange\nBelfast\nBT2 7EG\n\nTel: 028 9082 9000\n\nDepartment for Communities\nInformation Management Branch\nBelfast\nBT7 2JB\n\ne: DPO@communities-ni.gov.uk\n\nWho we are\n\nThroughout this document, “we” refer to the Department for Communities.\n');
    const text = tree.blocks.map(blockText);
    const dpo = text.indexOf('Data Protection Officer:');
    expect(text.indexOf('Data Controller:')).toBeGreaterThan(0);
    expect(dpo).toBeGreaterThan(text.indexOf('Tel: 028 9082 9000'));
    expect(text.slice(dpo).join('\n')).toContain('Information Management Branch');
  });
});
