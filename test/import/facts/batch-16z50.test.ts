/**
 * Classes from blind batch 16z50's misses (test/fixtures/import-corpus/, "batch": "16z50": text copies from
 * charities, culture, Scotland, Northern Ireland and Wales, and originals). Each test uses the shape of the real
 * passage and names its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const read = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await read(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];

describe('structure', () => {
  it('keeps front matter\'s title over a first bold line, which heads the first section; a long heading in capitals is a heading (https://github.com/johnpuddephatt/oclt _pages/data-privacy.md)', async () => {
    const md = `---\ntitle: Data Privacy\nlayout: page\n---\n\n**INTRODUCTION**\n\nOxfordshire Community Land Trust (OCLT) ("we") promises to respect any personal data that you share with us.\n\n**HOW WE COLLECT INFORMATION ABOUT YOU**\n\nWe collect information in the following ways.\n\n**YOUR RIGHT TO KNOW WHAT WE KNOW ABOUT YOU, MAKE CHANGES OR ASK US TO STOP USING YOUR DATA**\n\nYou have a right to ask for a copy of the information we hold about you.\n`;
    const { config } = await read(md, 'data-privacy.md');
    expect(config.notice.title).toBe('Data Privacy');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['INTRODUCTION', 'HOW WE COLLECT INFORMATION ABOUT YOU', 'YOUR RIGHT TO KNOW WHAT WE KNOW ABOUT YOU, MAKE CHANGES OR ASK US TO STOP USING YOUR DATA']);
    expect((await familyOf('rights', md, 'data-privacy.md')).sort()).toEqual(['access', 'object', 'rectification']);
  });

  it('reads a design system\'s list call as a list (`onsList({ itemsList: [{ text: … }] })`) (https://github.com/ONSdigital/ras-frontstage privacy-and-data-protection.html)', async () => {
    const html = `{% extends "layouts/base.html" %}\n{% block main %}\n<h1>We will keep your information secure and confidential</h1>\n<p>This means that we will:</p>\n{{\n  onsList({\n    "itemsList": [\n      { "text": 'only use your information for statistical purposes' },\n      { "text": 'only hold your information for as long as it is being used for producing statistics' }\n    ]\n  })\n}}\n{% endblock %}\n`;
    expect(await familyOf('retention', html, 'privacy.html')).toEqual(['criteria']);
  });

  it('takes a Welsh skip link ("Ewch i’r prif gynnwys") and a "Log in or Register to save progress" line as the site\'s, not the title', async () => {
    expect((await read(`Ewch i’r prif gynnwys\n\nDatganiad diogelu data i gynfyfyrwyr Prifysgol Caerdydd\n\nByddwn yn defnyddio eich manylion i gysylltu gyda chi.\n`)).config.notice.title).toBe('Datganiad diogelu data i gynfyfyrwyr Prifysgol Caerdydd');
    expect((await read(`Log in or Register to save progress\n\nCookie Information\n\nCookies are small files saved on your phone.\n`)).config.notice.title).toBe('Cookie Information');
  });
});

describe('facts', () => {
  it('reads Welsh processing that goes on "tan na fydd gennym eich caniatâd" (until we no longer have your consent) as retention (https://www.metcaerdydd.ac.uk/alumni/Pages/Alumni-Data-Processing.aspx)', async () => {
    expect(await familyOf('retention', `Hysbysiad Prosesu Data\n\nEin data\n\nByddwn yn parhau i brosesu eich data personol tan na fydd gennym eich caniatâd i wneud hynny mwyach.\n`)).toEqual(['criteria']);
    expect(await familyOf('retention', `Privacy notice\n\nOur data\n\nWe will continue to process your personal data until you withdraw your consent.\n`)).toEqual(['criteria']);
  });

  it('reads "the right to dispute automatic decision making" as the right about automated decisions (http://www.artscouncil-ni.org/site/page/privacy)', async () => {
    expect(await familyOf('rights', `Privacy\n\nYour rights\n\n- You have the right to dispute automatic decision making in certain circumstances\n`)).toEqual(['automated-decisions']);
  });

  it('reads a body named in camel case and registered as a charity ("is run by mySociety (registered charity 1076346)") (https://github.com/mysociety/neighbourhood-warmth)', async () => {
    expect(await familyOf('controller', `Privacy policy\n\nWho is responsible for this service\n\nNeighbourhood Warmth is run by mySociety (registered charity 1076346).\n`)).toEqual(['mySociety']);
  });
});
