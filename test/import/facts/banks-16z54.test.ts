/**
 * Classes from a blind phrasing bank of near misses (test/fixtures/import-phrasings/near-misses.json): passages of real
 * UK pages that look like privacy-notice facts and are not (accessibility statements, regulators, service complaints,
 * FOI). Each test uses the shape of a real passage and names its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string) => [...new Set((await importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('no controller from', () => {
  it('the accessibility statement\'s "X is committed to making its website accessible" (GOV.UK\'s template; Welsh "wedi ymrwymo i wneud ei wefan yn hygyrch")', async () => {
    expect(await familyOf('controller', `Accessibility statement\n\nTechnical information\n\nThe Environment Agency is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.\n`)).toEqual([]);
    expect(await familyOf('controller', `Datganiad hygyrchedd\n\nGwybodaeth dechnegol\n\nMae Llywodraeth Cymru wedi ymrwymo i wneud ei wefan yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff Sector Cyhoeddus (Gwefannau ac Apiau Symudol) (Rhif 2) 2018.\n`)).toEqual([]);
    // (Its privacy still names it: "X is committed to protecting your privacy".)
    expect(await familyOf('controller', `Privacy\n\nIntroduction\n\nThe Environment Agency is committed to protecting your privacy.\n`)).toEqual(['Environment Agency']);
  });

  it('a body that enforces the law, or says it is not responsible ("The EHRC is responsible for enforcing the accessibility regulations", "Although Warwickshire County Council isn\'t responsible for …")', async () => {
    expect(await familyOf('controller', `Accessibility\n\nEnforcement procedure\n\nThe Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not happy with how we respond to your complaint contact the Equality Advisory and Support Service (EASS).\n`)).toEqual([]);
    expect(await familyOf('controller', `Hygyrchedd\n\nGorfodi\n\nY Comisiwn Cydraddoldeb a Hawliau Dynol sy’n gyfrifol am orfodi’r rheoliadau hygyrchedd.\n`)).toEqual([]);
    expect(await familyOf('controller', `Reporting\n\nWhere reports go\n\nAlthough Warwickshire County Council isn't responsible for the maintenance of all things listed in the categories an email will be sent to the appropriate organisation.\n`)).toEqual([]);
  });
});

describe('retention', () => {
  it('reads data deleted "within a set period of time" (NHS England\'s lung cancer screening)', async () => {
    expect(await familyOf('retention', `Privacy\n\nYour data\n\nIf you fail to complete your NHS check within a set period of time your data will automatically be deleted.\n`)).toEqual(['criteria']);
  });
});
