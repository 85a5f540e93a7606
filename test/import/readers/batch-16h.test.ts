/**
 * Structure misses of batch 16h (issue 16: twelve unseen notices, test/fixtures/import-corpus/,
 * "batch": "16h" in answers.json), fixed by class: one test a class of copy-paste shape, each with
 * the real lines that showed it and their address, and where it helps a line of another shape the
 * class must not take. The fix is the class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, inlineText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const tables = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [{ head: b.head.map(inlineText), rows: b.rows.map((r) => r.map(inlineText)) }] : []));
const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (text: string) => {
  const h1 = textToTree(text).blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 ? blockText(h1) : undefined;
};

describe('a cookie table copied one cell a line, blank lines between the cells', () => {
  // http://www.newcastle.gov.uk/your-council/freedom-information/cookies
  const text = 'Cookies\n\nThe following cookies are set by Google Analytics\n\nGoogle Analytic\n\nName\n\nContent\n\nExpires\n\n_utma\n\nRandomly generated number\n\n2 years\n\n_utmb\n\nRandomly generated number\n\n30 minutes\n\nNewcastle City Council uses three other cookies which are listed below\n\nSession cookies\n\nName\n\nContent\n\nExpires\n\nSession ID\n\nRandomly generated number\n\n4 weeks\n\nhas_js (Detects if a user has javascript)\n\n0 or 1 (true or false)\n\nEnd of session (when you close your browser)\n\nnccmenuhide\n\n0 or 1 (true or false)\n\nEnd of session (when you close your browser)\n\nPage last updated: 17 May, 2012\n';

  it('reads a "Content" column, a name in words when its row ends in a period, and a name with a note in brackets', () => {
    const [a, b] = tables(textToTree(text).blocks);
    expect(a!.head).toEqual(['Name', 'Content', 'Expires']);
    expect(a!.rows.map((r) => r[0])).toEqual(['_utma', '_utmb']);
    expect(b!.rows).toEqual([
      ['Session ID', 'Randomly generated number', '4 weeks'],
      ['has_js (Detects if a user has javascript)', '0 or 1 (true or false)', 'End of session (when you close your browser)'],
      ['nccmenuhide', '0 or 1 (true or false)', 'End of session (when you close your browser)'],
    ]);
  });

  it('keeps the headings over the tables, and the intros whose colon was lost as sentences', () => {
    expect(headings(textToTree(text).blocks)).toEqual(['Google Analytic', 'Session cookies']);
  });

  it('never takes a heading and its paragraph after a table for a row in words: no period ends it', () => {
    const [t] = tables(textToTree('Cookies\n\nName\n\nContent\n\nExpires\n\n_ga\n\nRandom number\n\n2 years\n\nSession ID\n\nRandom number\n\n4 weeks\n\nManaging cookies\n\nYou can set your browser to refuse cookies, or to tell you when a site sets one.\n').blocks);
    expect(t!.rows.map((r) => r[0])).toEqual(['_ga', 'Session ID']);
  });

  it('reads an empty cell as a blank line among cells that follow one another (the same table with no blank lines)', () => {
    const [t] = tables(textToTree('Cookies\n\nName\nPurpose\nExpires\nAWSALB\nUsed by our load balancer\n\nCookieControl\nRemembers your cookie choices\n1 year\n\nContact us\n').blocks);
    expect(t!.rows.map((r) => r[0])).toEqual(['AWSALB', 'CookieControl']);
  });
});

describe('sentences that are not headings', () => {
  it('a table\'s or list\'s intro whose colon was lost, and a pointer to another site (newcastle.gov.uk cookies)', () => {
    const tree = textToTree('Cookies\n\nTo learn more about cookies and how to manage them, visit aboutcookies.org\n\nPlease read on to find out which cookies we store on your computer\n\nThe following cookies are set by Google Analytics\n\nGoogle Analytics\n\nWe use Google Analytics to see how the site is used, which pages are read and for how long.\n');
    expect(headings(tree.blocks)).toEqual(['Google Analytics']);
  });
});

describe('page furniture over the title', () => {
  it('a notice about the site itself before the title (https://beta.northumbria.police.uk/cookies-and-privacy/)', () => {
    expect(title('Please be aware we’re making some improvements and building a new website. You can still report incidents, tell us about general intelligence or talk to us on live chat on this site. Thanks for your patience.\n\nCookies and privacy\n\nCookies\n\nYour web browser can be set to not accept cookies or to ask you for permission each time a website wishes to place a cookie.\n')).toBe('Cookies and privacy');
  });

  it('a tagline or a badge over the notice\'s own name (sjhospice.org.uk/privacy-notice, tangogleddcymru.llyw.cymru)', () => {
    expect(title('Specialists in palliative care\n\nPrivacy Notice\n\nUsing Your Information\n\nWho we are\n\nSt John’s Hospice is a charity that provides palliative and end of life care in North Lancashire.\n')).toBe('Privacy Notice');
    expect(title('Defnyddir BSL Yma BSL Used Here\n\nHysbysiad Preifatrwydd Gweithwyr\n\nMae defnyddio a datgelu data personol yn cael ei lywodraethu yn y Deyrnas Unedig gan Ddeddf Diogelu Data 2018 (y Ddeddf).\n\nBeth yw data personol?\n\nData personol yw unrhyw wybodaeth sy’n ymwneud ag unigolyn y gellir ei adnabod.\n')).toBe('Hysbysiad Preifatrwydd Gweithwyr');
  });

  it('keeps an organisation\'s name over the notice\'s name as the title (cardiffhendrelakes.com, Welsh)', () => {
    expect(title('Cardiff Parkway Developments Limited\nHysbysiad Preifatrwydd\nDiweddarwyd ddiwethaf: 18 Tachwedd 2019\nMae’n bwysig bod ein cwsmeriaid yn darllen yr hysbysiad preifatrwydd hwn yn llawn.\n')).toBe('Cardiff Parkway Developments Limited');
  });
});

describe('a heading the copy cut off', () => {
  // https://cymraeg.dolgellaudoctors.org/datganiad-preifatrwydd/
  const body = 'Hysbysiad Preifatrwydd (Cleifion a Gofalwyr)\n\nPa wybodaeth ydym yn ei chasglu amdanoch?\n\nByddwn yn casglu gwybodaeth amdanoch ac mewn perthynas â’ch iechyd a’r gwasanaethau gofal iechyd rydych wedi’u derbyn.\n\nYn ogystal, efallai y byddwn yn tynnu llun ohonoch ar deledu cylch cyfyng y feddygfa pan fyddwch yn mynd i safle’r practis.\n\n';
  it('a question alone on the last line, after a paragraph, is a heading', () => {
    expect(headings(textToTree(`${body} Sut mae’ch data personol yn cael eu casglu?\n`).blocks)).toEqual(['Pa wybodaeth ydym yn ei chasglu amdanoch?', 'Sut mae’ch data personol yn cael eu casglu?']);
  });
  it('numbered too', () => {
    const numbered = body.replace('Pa wybodaeth', '1. Pa wybodaeth');
    expect(headings(textToTree(`${numbered}2. Sut mae’ch data personol yn cael eu casglu?\n`).blocks)).toContain('2. Sut mae’ch data personol yn cael eu casglu?');
  });
  it('a last line that is no question stays a paragraph', () => {
    expect(headings(textToTree(`${body}Contact the practice\n`).blocks)).toEqual(['Pa wybodaeth ydym yn ei chasglu amdanoch?']);
  });
});

describe('accordion panels copied with a dash between them', () => {
  it('reads the dashes as section breaks, so that label-like headings over one sentence are headings (https://highland.gov.uk/directory_record/1036143/brown_bin_collection)', () => {
    const tree = textToTree('Privacy notices - Brown bin collection\n-\nAutomated processing\nYour personal information is not subject to automated decision making or profiling.\n-\nData controller\nThe data controller is The Highland Council\n-\nData Protection Officer\nContact our Data Protection Officer:\nData Protection Officer\nHighland Council Headquarters\nGlenurquhart Road\nInverness\nIV3 5NX\n01463 702029 -\nSupervisory authority\nIf you are unhappy with the way we have processed your personal information you can contact the Information Commissioner:\n');
    expect(headings(tree.blocks)).toEqual(['Automated processing', 'Data controller', 'Data Protection Officer', 'Supervisory authority']);
    expect(tree.notes.some((n) => /dash lines between sections/.test(n.text))).toBe(true);
  });
  it('keeps a dash alone once (an empty item or cell)', () => {
    const tree = textToTree('Your rights\n\n- access\n-\n- erasure\n');
    expect(tree.notes.some((n) => /dash lines between sections/.test(n.text))).toBe(false);
  });
});
