/**
 * Fact classes from blind batch 16z44's misses (test/fixtures/import-corpus/, "batch": "16z44": text copies, five in
 * Welsh, and originals). Each test uses the shape of the real passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('the controller', () => {
  it('reads the body whose processing a notice applies to ("information processed by X about …") (https://www.nhg.org.uk/privacy-policy/communicating-with-you/)', async () => {
    const text = `Privacy policy\n\nThis privacy notice explains how we collect and use your personal information.\n\nPrivacy and data protection statement\n\nThis notice applies to information processed by Notting Hill Genesis about housing applicants, residents, tenants, leaseholders and any other customers.\n`;
    expect(await familyOf('controller', text)).toEqual(['Notting Hill Genesis']);
  });

  it('reads Welsh "i ni yma yng Nghartrefi Melin" (to us here at …), the name in its radical form (https://www.melinhomes.co.uk/cy/polisi-preifatrwydd)', async () => {
    const text = `Polisi Preifatrwydd\n\nMae eich preifatrwydd yn bwysig iawn i ni yma yng Nghartrefi Melin. Rydym am i chi fod yn hyderus bod y wybodaeth yn ddiogel.\n\nPwrpas\n\nByddwn yn casglu eich cyfeiriad e-bost.\n`;
    expect(await familyOf('controller', text)).toEqual(['Cartrefi Melin']);
  });

  it('reads the role given in brackets after a name ("provided by the Scottish Government (the data controller)")', async () => {
    const text = `Privacy on the website\n\nThe site is provided by the Scottish Government (the data controller), however, we use a third party for the hosting (the data processor).\n\nWhat we collect\n\nYour IP address.\n`;
    expect(await familyOf('controller', text)).toEqual(['Scottish Government']);
  });

  it('takes no "Heddlu" from "Comisiynwyr Heddlu a Throseddu" (police and crime commissioners, in general) (https://www.choosemypcc.org.uk/cy/privacy-and-cookies-policy/)', async () => {
    const text = `Comisiynwyr Heddlu a Throseddu;\n\nCaiff comisiynwyr heddlu a throseddu eu hethol i oruchwylio plismona.\n\nPolisi preifatrwydd a chwcis\n\nMae’r adran hon yn disgrifio ein polisi preifatrwydd.\n`;
    expect(await familyOf('controller', text)).toEqual([]);
  });
});

describe('bases, transfers and rights', () => {
  it('reads Welsh legitimate interests: "Mae gennym fuddiannau cyfiawn mewn …", and "buddiannau dilys" where the text is about the basis', async () => {
    expect(await familyOf('art6', `Polisi Preifatrwydd\n\nCylchlythyr\n\nByddwn yn casglu eich cyfeiriad e-bost. Mae gennym fuddiannau cyfiawn mewn cadw mewn cysylltiad â chi.\n`)).toEqual(['f']);
    expect(await familyOf('art6', `Hysbysiad preifatrwydd\n\nEin sail gyfreithiol\n\nY sail gyfreithiol yw ein buddiannau dilys wrth redeg y wefan.\n`)).toEqual(['f']);
  });

  it('reads Welsh processors outside the EEA as data leaving the UK (https://www.melinhomes.co.uk/cy/polisi-preifatrwydd)', async () => {
    const text = `Polisi Preifatrwydd\n\nEin gweinyddion\n\nMae gweinyddion Melin wedi eu lleoli yn y DU. Mae’r rhan fwyaf o’n prosesyddion wedi eu lleoli yn y DU neu yn yr Ardal Economaidd Ewropeaidd (EEA); rydym ond yn defnyddio prosesyddion y tu allan i’r EEA lle mae rhagofalon digonol yn bodoli, megis cymalau safonol.\n`;
    expect(await familyOf('transfers', text)).toEqual(['yes']);
  });

  it('reads each right when verbs share one object ("entitled to view, amend, or delete the personal information")', async () => {
    const text = `Privacy notice\n\nAccess to your information\n\nYou are entitled to view, amend, or delete the personal information that we hold about you.\n`;
    expect((await familyOf('rights', text)).sort()).toEqual(['access', 'erasure', 'rectification']);
  });
});

describe('batch 16z46: template holes and a hashtag header', () => {
  it('reads no cookie from a value the template prints that the file does not give (https://github.com/DFE-Digital/access-your-teaching-qualifications cookies.md)', async () => {
    const md = `<% content_for :page_title, 'Cookies' %>\n\n# Cookies\n\nWe use cookies to store information about how you use <%= t('check_records_service.name') %>, such as the pages you visit.\n\n## Essential cookies\n\n| Name | Purpose | Expires |\n| --- | --- | --- |\n| \\_access\\_your\\_teaching\\_qualifications\\_session | Keeps you signed in | When the session ends |\n`;
    expect(await familyOf('cookies', md, 'cookies.md')).toEqual(['_access_your_teaching_qualifications_session']);
  });

  it('takes a site\'s hashtag line over the notice\'s name as the site\'s header (https://www.smarttowns.cymru/cy/polisi-preifatrwydd.html)', async () => {
    const { config } = await importNotice('notice.txt', new TextEncoder().encode(`#TrefiSmartCymru\n\nPolisi Preifatrwydd\n\nMae Trefi Smart Cymru wedi ymrwymo i warchod eich preifatrwydd.\n\n1. Pa fath o wybodaeth ydym yn ei gasglu amdanoch?\n\nEnw a chyfeiriad e-bost.\n`), { today: new Date('2026-12-06') });
    expect(config.notice.title).toBe('Polisi Preifatrwydd');
  });
});

