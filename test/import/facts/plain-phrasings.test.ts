/**
 * Facts in the plain phrasings notices commonly use, written from how UK notices state each fact (the
 * ICO's guidance, the GOV.UK and NHS templates, Welsh public bodies' wording), not from one notice:
 * each line is a sentence any notice might carry, under a neutral heading, and the test says what the
 * importer must read from it. A probe of the reader's coverage by class, so a phrasing missing from
 * the corpus is still read.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** The values of one family read from a sentence placed in a small notice under a neutral heading. */
async function read(family: string, sentence: string, heading = 'Storage'): Promise<string[]> {
  const text = `Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${sentence}\n`;
  const r = await importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') });
  return [...new Set(r.found.filter((f) => f.family === family).map((f) => f.value))].sort();
}

describe('transfers outside the UK', () => {
  const cases: [string, string][] = [
    ['Your data is stored and processed in the UK.', 'no'],
    ['Your information is held on secure servers in the UK.', 'no'],
    ['Your data will be processed within the UK only.', 'no'],
    ['All data is held within the United Kingdom.', 'no'],
    ['Your personal data will not leave the UK.', 'no'],
    ['None of your data is transferred outside the UK.', 'no'],
    ['We do not send your information outside of the United Kingdom.', 'no'],
    ['We don’t transfer your personal data overseas.', 'no'],
    ['Personal data is not processed outside the UK.', 'no'],
    ['Transfers outside the UK: No', 'no'],
    ['Is my data transferred abroad? No.', 'no'],
    ['Nid yw eich gwybodaeth yn cael ei throsglwyddo y tu allan i’r DU.', 'no'],
    ['Ni chaiff eich data ei drosglwyddo y tu allan i’r Deyrnas Unedig.', 'no'],
    ['Bydd eich data yn cael ei gadw yn y DU.', 'no'],
    ['Rydym yn storio eich data ar weinyddion yn y DU.', 'no'],
    ['We use Mailchimp, which stores data in the United States.', 'yes'],
    ['Some of our service providers may process your data outside the UK and EEA.', 'yes'],
    ['We will only transfer your data outside the UK where adequate safeguards are in place.', 'yes'],
    ['Your information may be transferred to, and stored at, a destination outside the UK.', 'yes'],
  ];
  for (const [sentence, value] of cases) it(`reads "${sentence}" as ${value}`, async () => expect(await read('transfers', sentence)).toEqual([value]));

  it('reads nothing from the law\'s scope ("… personal data held … by organisations within the United Kingdom")', async () => {
    expect(await read('transfers', 'GDPR and the DPA18 covers personal data held manually and electronically by organisations within the United Kingdom.')).toEqual([]);
  });
});

describe('retention', () => {
  const cases: [string, string][] = [
    ['We will keep your information for 6 years.', '6 years'],
    ['Your data will be retained for seven years after your last contact with us.', '7 years'],
    ['Your information will be deleted after 12 months.', '12 months'],
    ['Retention period: 6 years', '6 years'],
    ['Byddwn yn cadw eich gwybodaeth am 6 mlynedd.', '6 years'],
    ['Byddwn yn cadw eich data am gyfnod o 2 flynedd.', '2 years'],
    ['Caiff eich data ei ddileu ar ôl 12 mis.', '12 months'],
    ['Records are kept in line with our retention schedule.', 'criteria'],
    ['We will hold your details until you unsubscribe.', 'criteria'],
    ['We keep CCTV footage for 31 days.', 'criteria'],
    ['Your data will be stored for the duration of your membership plus one year.', 'criteria'],
    ['Cedwir y wybodaeth yn unol â’n hamserlen cadw cofnodion.', 'criteria'],
  ];
  for (const [sentence, value] of cases) it(`reads "${sentence}" as ${value}`, async () => expect(await read('retention', sentence)).toEqual([value]));

  it('takes a cookie\'s own "Retention:" field on a cookie page for no data retention', async () => {
    expect(await read('retention', '- Specific cookie:\n- privacy-cookies: Remembers whether you have accepted cookies.\n- Retention: 1 year.', 'Cookies we use')).toEqual([]);
  });

  it('takes erasure asked for ("You can ask us to delete your details when we no longer need them") for a right, not how long data is kept', async () => {
    expect(await read('retention', 'You can ask us to delete your details when we no longer need them.', 'Your rights')).toEqual([]);
  });
});

describe('rights', () => {
  const cases: [string, string][] = [
    ['You can ask us to stop using your information.', 'object'],
    ['You can ask us to limit how we use your data.', 'restriction'],
    ['You can ask for your data to be transferred to another organisation.', 'portability'],
    ['You can ask us to delete your data.', 'erasure'],
    ['Gallwch ofyn i ni gywiro gwybodaeth anghywir.', 'rectification'],
    ['Gallwch ofyn i ni ddileu eich data.', 'erasure'],
    ['Gallwch ofyn i ni gyfyngu ar sut rydym yn defnyddio eich data.', 'restriction'],
    ['Gallwch wrthwynebu i ni brosesu eich data.', 'object'],
    ['Gallwch dynnu eich caniatâd yn ôl unrhyw bryd.', 'withdraw-consent'],
  ];
  for (const [sentence, value] of cases) it(`reads "${sentence}" as ${value}`, async () => expect(await read('rights', sentence, 'More')).toEqual([value]));

  // Plain English with no right's name, under the rights' heading (GOV.UK's and NHS.UK's style).
  const plain: [string, string][] = [
    ['If something we hold about you is wrong, tell us and we will put it right.', 'rectification'],
    ['You can tell us you don’t want us to use your information for marketing.', 'object'],
    ['You can ask us to send your data to another organisation.', 'portability'],
    ['You can ask for a person to review any decision made by computer alone.', 'automated-decisions'],
    ['You can ask for a decision to be looked at again if it was made without any human involvement.', 'automated-decisions'],
    ['Where you gave us permission, you can take it back at any time.', 'withdraw-consent'],
    ['Gallwch ofyn i ni drosglwyddo eich data i sefydliad arall.', 'portability'],
  ];
  for (const [sentence, value] of plain) it(`reads "${sentence}" under "Your rights" as ${value}`, async () => expect(await read('rights', sentence, 'Your rights')).toEqual([value]));
});

describe('lawful bases', () => {
  const cases: [string, string][] = [
    ['We need to process your data to meet our legal obligations.', 'c'],
    ['We collect this information because the law requires us to.', 'c'],
    ['This processing is necessary to fulfil our contract with you.', 'b'],
    ['We need to process your information in order to deliver our contract with you.', 'b'],
    ['Rydym yn dibynnu ar eich caniatâd.', 'a'],
    ['Rydym yn prosesu eich data ar sail buddiannau cyfreithlon.', 'f'],
    ['We process your data on the basis of our legitimate interests.', 'f'],
    ['It is in our legitimate interests to send you updates.', 'f'],
    ['The processing is necessary for us to comply with the law.', 'c'],
    ['We are required by law to collect this information.', 'c'],
    ['Mae’n ofynnol i ni yn ôl y gyfraith brosesu’r wybodaeth hon.', 'c'],
    ['We need this information to meet our legal duties.', 'c'],
    ['Processing is necessary for the purposes of our legitimate interests in running the centre safely.', 'f'],
  ];
  for (const [sentence, value] of cases) it(`reads "${sentence}" as ${value}`, async () => expect(await read('art6', sentence, 'More')).toEqual([value]));

  // Under a heading that asks, in plain English, what the basis is ("Why we can use your information", GOV.UK's style; "What
  // gives us the right to …"), the plain words of a basis name it.
  const asked: [string, string, string][] = [
    ['Why we can use your information', 'We use your information because it is part of our job as a public body.', 'e'],
    ['Why we can use your information', 'We will only use your contact details with your permission.', 'a'],
    ['What gives us the right to use your information', 'We will only use your contact details with your permission.', 'a'],
    ['Pam y gallwn ddefnyddio eich gwybodaeth', 'Ar gyfer ein cylchlythyr rydym yn gofyn am eich caniatâd.', 'a'],
  ];
  for (const [heading, sentence, value] of asked) it(`reads "${sentence}" under "${heading}" as ${value}`, async () => expect(await read('art6', sentence, heading)).toEqual([value]));

  it('takes a disclosure the law may require for no basis ("We may be required by law to share …")', async () => {
    expect(await read('art6', 'We may be required by law to share your information with the police.', 'More')).toEqual([]);
  });

  it('takes a promise to meet legal obligations in general for no basis ("… takes care to meet its legal obligations", "… to meet its legal obligations under GDPR")', async () => {
    expect(await read('art6', 'The ICB recognises the importance of protecting personal and confidential information, and takes care to meet its legal obligations.', 'More')).toEqual([]);
    expect(await read('art6', 'This notice sets out the principles we use to process data to meet our legal obligations under GDPR and the DPA 2018.', 'More')).toEqual([]);
  });
});

describe('Article 9 conditions', () => {
  it('reads Welsh "er budd sylweddol y cyhoedd" (substantial public interest)', async () => {
    expect(await read('art9', 'Rydym yn prosesu data categori arbennig er budd sylweddol y cyhoedd.', 'Mwy')).toEqual(['g']);
  });
});

describe('the controller named in one word', () => {
  const at = async (text: string) => {
    const r = await importNotice('notice.txt', enc(`Privacy notice\n\n${text}\n\nHow we use your data\n\nWe use your data to run the service.\n`), { today: new Date('2026-12-06') });
    return [...new Set(r.found.filter((f) => f.family === 'controller').map((f) => f.value))];
  };
  it('proposes a one-word name the text uses as a name twice, or in "We are X, a registered charity"', async () => {
    expect(await at('Shelter is committed to protecting your privacy. Shelter uses your information to give advice.')).toEqual(['Shelter']);
    expect(await at('Sustrans is a registered charity. Sustrans collects your data when you donate.')).toEqual(['Sustrans']);
    expect(await at('We are Mind, a registered charity in England and Wales (no. 219830).')).toEqual(['Mind']);
    expect(await at('Mae Mentrau Iaith Cymru yn parchu eich preifatrwydd.')).toEqual(['Mentrau Iaith Cymru']);
  });

  it('proposes no word a sentence may open with, an organisation\'s word alone, or a noun phrase about a body', async () => {
    expect(await at('Everyone is committed to keeping your data safe. Everyone here is trained.')).toEqual([]);
    expect(await at('The Office is committed to protecting your privacy. The Office keeps records.')).toEqual([]);
    expect(await at('Nod yr Asiantaeth Gosod Tai Cymdeithasol yw chwalu\'r rhwystrau a allai fod gan rai cleientiaid.')).toEqual([]);
  });
});

describe('the controller stated', () => {
  const cases: [string, string][] = [
    ['Example Borough Council (the Council) is the controller of your personal data.', 'Example Borough Council'],
    ['Example Academy is part of Example Multi Academy Trust, which is the data controller.', 'Example Multi Academy Trust'],
    ['The data controller for this service is Example County Council.', 'Example County Council'],
    ['Example Council acts as a data controller for the personal information you give us.', 'Example Council'],
    ['Under data protection law, Example Housing Association is known as the data controller.', 'Example Housing Association'],
    ['In this notice, "we", "us" and "our" means Example Community Interest Company.', 'Example Community Interest Company'],
    ['Your information is controlled by Example University.', 'Example University'],
    ['Mae Cyngor Bwrdeistref Sirol Enghraifft yn rheolydd data o dan y ddeddfwriaeth diogelu data.', 'Cyngor Bwrdeistref Sirol Enghraifft'],
    ['Rheolydd data’r wybodaeth hon yw Coleg Enghraifft.', 'Coleg Enghraifft'],
    ['Ni, Cymdeithas Dai Enghraifft, yw’r rheolydd data.', 'Cymdeithas Dai Enghraifft'],
  ];
  for (const [sentence, value] of cases) it(`reads "${sentence}" as ${value}`, async () => expect(await read('controller', sentence, 'More')).toEqual([value]));
});

describe('the law explained, not relied on', () => {
  it('reads no basis from a sentence naming five or more bases with no word of the organisation\'s', async () => {
    expect(await read('art6', 'The six lawful bases are consent, contract, legal obligation, vital interests, public task and legitimate interests.', 'More')).toEqual([]);
    expect(await read('art6', 'We rely on consent, performance of a contract, legal obligation, vital interests, public task and legitimate interests for different services.', 'More')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
