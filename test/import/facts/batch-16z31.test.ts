/**
 * Fact classes from blind batch 16z31's misses (test/fixtures/import-corpus/, "batch": "16z31": notices
 * as their GitHub repositories hold them). Each test uses the shape of the real passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await importNotice(name, enc(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];
const cookieNames = async (text: string, name = 'notice.txt') => ((await importNotice(name, enc(text), { today: new Date('2026-12-06') })).config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name));

describe('the controller', () => {
  it('reads a term of the law defined as the body itself ("\'Rheolwr data\': ni yw hwn, X", https://github.com/wildlifetrusts/nextdoornature content/pages/cy/privacy-policy.md)', async () => {
    expect(await familyOf('controller', "Polisi Preifatrwydd\n\nPwy ydym ni?\n\nMae pob Ymddiriedolaeth Natur wedi'i ffurfio gan grwpiau o bobl.\n\nTermau\n\n• 'Rheolwr data': ni yw hwn, Cymdeithas Frenhinol yr Ymddiriedolaethau Natur. Rydym yn pennu pam a sut y defnyddir eich data personol.\n")).toEqual(['Cymdeithas Frenhinol yr Ymddiriedolaethau Natur']);
    expect(await familyOf('controller', "Privacy policy\n\nDefinitions\n\n'Data controller': this is us, the Royal Society of Wildlife Trusts. We decide why and how your personal data is used.\n")).toEqual(['Royal Society of Wildlife Trusts']);
  });

  it('proposes the body a service is run by, one word of any case after its kind ("yn cael ei redeg gan yr elusen mySociety", https://github.com/mysociety/whatdotheyknow-theme lib/views/help/privacy.cy.html.erb)', async () => {
    expect(await familyOf('controller', 'Eich preifatrwydd\n\nAmdanom\n\nMae WhatDoTheyKnow yn cael ei redeg gan yr elusen mySociety.\n')).toEqual(['mySociety']);
    expect(await familyOf('controller', 'Privacy policy\n\nWho we are\n\nThe Manage vaccinations in schools service (Mavis) is run by NHS England for the purpose of managing vaccinations in schools.\n')).toEqual(['NHS England']);
    // A supplier's product is never proposed, nor a body with no name.
    expect(await familyOf('controller', 'Privacy policy\n\nWho we are\n\nThe survey is run by Google Forms.\n')).toEqual([]);
  });

  it('keeps a scout group\'s number in its name ("6th Morpeth Scouts are committed to …", https://github.com/6th-Morpeth-Scouts/6th-Morpeth-Scouts.github-old.io privacy-notice.md)', async () => {
    expect(await familyOf('controller', 'Privacy notice\n\nAbout us\n\n6th Morpeth Scouts are committed to safeguarding the privacy of your information.\n')).toEqual(['6th Morpeth Scouts']);
  });
});

describe('retention', () => {
  it('reads Welsh numbers soft-mutated after "am" and periods in days ("am ddwy flynedd", "am 28 diwrnod", mySociety\'s Welsh pages)', async () => {
    expect(await familyOf('retention', 'Hysbysiad preifatrwydd\n\nCysylltu â ni\n\nRydym yn cadw eich neges am ddwy flynedd, pan bydd yn cael ei ddileu’n awtomatig.\n')).toEqual(['2 years']);
    expect(await familyOf('retention', 'Hysbysiad preifatrwydd\n\nEin logiau\n\nRydym fel mater o drefn yn cadw’r wybodaeth hon am 28 diwrnod.\n')).toEqual(['criteria']);
    expect(await familyOf('retention', 'Hysbysiad preifatrwydd\n\nEin logiau\n\nRydym yn cadw’r wybodaeth hon am bum mlynedd.\n')).toEqual(['5 years']);
  });
});

describe('transfers', () => {
  it('reads "may be outside the EEA" and Welsh "gall … fod y tu allan i\'r AEE" and "yn cael ei throsglwyddo … yn yr Unol Daleithiau"', async () => {
    expect(await familyOf('transfers', "Polisi Preifatrwydd\n\nStorio\n\nFodd bynnag, at ddibenion cynnal a chadw TG gall eich gwybodaeth fod y tu allan i'r Ardal Economaidd Ewropeaidd (AEE).\n")).toEqual(['yes']);
    expect(await familyOf('transfers', 'Privacy policy\n\nStorage\n\nFor IT maintenance your information may be outside the European Economic Area.\n')).toEqual(['yes']);
    expect(await familyOf('transfers', 'Eich preifatrwydd\n\nGoogle Analytics\n\nBydd yr wybodaeth a gynhyrchir gan y cwci yn cael ei throsglwyddo i ac yn storio gan Google ar weinyddion yn yr Unol Daleithiau.\n')).toEqual(['yes']);
    // Being kept outside is no possibility stated: "will not be outside" is no transfer.
    expect(await familyOf('transfers', 'Privacy policy\n\nStorage\n\nYour information will not be outside the UK at any time.\n')).not.toContain('yes');
  });
});

describe('cookies', () => {
  it('takes no word the page uses again and again as its name for a cookie ("FixMyStreet", "mySociety"), though it is humped like one', async () => {
    const page = 'Preifatrwydd, cwcis, a gwasanaethau trydydd parti\n\nAmdanom\n\nMae FixMyStreet yn cael ei reoli gan yr elusen mySociety. Mae mySociety yn elusen. Gweler gwefan mySociety.\n\nFixMyStreet Pro\n\nMae cynghorau yn defnyddio FixMyStreet Pro.\n\nCwcis\n\nRydym yn defnyddio’r cwci fixmystreet_app_session ar FixMyStreet i gofio eich bod wedi mewngofnodi.\n';
    expect(await cookieNames(page)).toEqual(['fixmystreet_app_session']);
  });
});
