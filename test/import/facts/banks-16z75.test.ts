/**
 * Classes from round twenty's banks (bases-8, controller-9: passages keyed blind). Each test uses a real passage's shape and names its body,
 * with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string) => importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const controller = async (text: string) => (await load(text)).found.find((f) => f.family === 'controller')?.value;
const art6 = async (text: string) => [...new Set((await load(text)).config.notice.bases.map((b) => b.art6))].sort();
const notice = (heading: string, passage: string) => `Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${passage}\n`;
const hysbysiad = (heading: string, passage: string) => `Hysbysiad preifatrwydd\n\nSut rydym yn defnyddio eich data\n\nRydym yn defnyddio eich data i redeg y gwasanaeth.\n\n${heading}\n\n${passage}\n`;

describe('bank bases-8: the bases', () => {
  it('reads "the administration of justice" given as the legal basis (HM Courts & Tribunals Service, in English and Welsh) as the public task', async () => {
    expect(await art6(notice('How we use your personal data', 'The legal basis on which we collect the data is for the administration of justice and, anonymously, for research and statistical purposes.'))).toEqual(['e']);
    expect(await art6(hysbysiad("Sut rydym ni’n defnyddio eich data personol", "Y sail gyfreithiol dros gasglu'r data yw er mwyn gweinyddu cyfiawnder ac, yn ddienw, at bwrpas ystadegol ac ymchwil."))).toEqual(['e']);
  });

  it('leaves "the administration of justice" alone where no basis is stated (a court\'s description of its work)', async () => {
    expect(await art6(notice('About us', 'The courts and tribunals are at the heart of the administration of justice in England and Wales.'))).toEqual([]);
  });

  it('reads a basis the notice says it does not use ("We will not process personal data on the basis of consent (Article 6(1)(a))", Washington Village Hall) as none', async () => {
    expect(await art6(notice('How We Use Your Personal Data', 'We will not process personal data on the basis of consent (Article 6(1)(a)). Your data will only be collected directly from you.'))).toEqual([]);
    expect(await art6(notice('Our lawful basis', 'We do not rely on consent. We process your data because it is necessary for a task carried out in the public interest (Article 6(1)(e)).'))).toEqual(['e']);
  });

  it('keeps a basis cited after a refusal that is not of it ("We do not sell your data. We process it on the basis of consent (Article 6(1)(a))")', async () => {
    expect(await art6(notice('Our lawful basis', 'We do not sell your data. We process it on the basis of your consent (Article 6(1)(a)).'))).toEqual(['a']);
  });
});

describe('bank controller-9: the controller', () => {
  it('reads "X is also the data controller of the Fund" (Lothian Pension Fund, the City of Edinburgh Council) as the controller', async () => {
    expect(await controller(notice('More information', 'City of Edinburgh Council is also the data controller of the Fund and is registered with the Information Commissioner’s Office under registration number Z5545409.'))).toBe('City of Edinburgh Council');
  });

  it('never reads several bodies that "are also joint Controllers" as one of them (NHS England)', async () => {
    expect(await controller(notice('Joint controllers', 'NHS England and each NHS Trust or Integrated Care Board are also joint Controllers in relation to the design, governance, and service management of the local Instances of FDP.'))).not.toBe('Integrated Care Board');
  });

  it('reads "X takes data protection seriously" (The Lieutenancy of East Sussex) as the body speaking', async () => {
    expect(await controller(notice('Overview', 'The Lieutenancy of East Sussex takes data protection seriously. Please be assured that your information will be used appropriately in line with data protection legislation.'))).toBe('Lieutenancy of East Sussex');
  });
});
