/**
 * Classes from round twelve's corpus half (batch 16z57: English, Welsh, Scottish and Northern Irish text copies and
 * two originals, keyed blind). Each test uses the shape of a real notice and names it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings } from '../support/blocks.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name?: string) => [...new Set((await load(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];

describe('structure of a copy with no blank lines', () => {
  // The National Centre for Learning Welsh's learners' notice, one line a paragraph.
  const dysgu = [
    'Hysbysiad Preifatrwydd Dysgwyr',
    'Sut rydym yn defnyddio\'ch data personol?',
    'Bydd y Ganolfan yn prosesu eich gwybodaeth at ddibenion:',
    'Eich ymrestru ar gwrs a dyrannu darparwr i chi',
    'Darparu cefnogaeth yn ystod eich amser ar y Cwrs ac wedi hynny (lle bo angen)',
    'Rhedeg y cwrs o ddydd i ddydd',
    'Adrodd ar bresenoldeb a sut mae’r cwrs yn mynd',
    'O ble bydd y Ganolfan yn casglu gwybodaeth?',
    'Gwybodaeth a roddwch i’r Ganolfan - bydd y Ganolfan yn casglu gwybodaeth yn uniongyrchol gennych pan fyddwch yn cysylltu â’r Ganolfan.',
    'Gwybodaeth o’r adnoddau yr ydych yn eu cwblhau ar-lein',
    'Gwybodaeth mae’r Ganolfan yn derbyn gennych gan y darparwr.',
    'Y sawl fydd yn derbyn eich gwybodaeth',
    'Cyllidir y Ganolfan a’r darparwyr cwrs gan Lywodraeth Cymru, a gallwn rannu eich data personol gyda’r darparwr.',
  ].join('\n');

  it('reads the short lines after an intro ending in ":" as a list, up to the question that heads the next section', () => {
    expect(headings(textToTree(dysgu).blocks)).toEqual(['Sut rydym yn defnyddio\'ch data personol?', 'O ble bydd y Ganolfan yn casglu gwybodaeth?', 'Y sawl fydd yn derbyn eich gwybodaeth']);
  });

  it('keeps an address after an intro ending in ":" a contact block (the Vale of Glamorgan\'s subject access page)', async () => {
    const vale = 'Diogelu Data – Ceisiadau Gwrthrych am Wybodaeth\nMae’r Rheoliad Diogelu Data Cyffredinol yn rhoi’r hawl i chi gael mynediad i’ch gwybodaeth bersonol.\nGallwch wneud cais am wybodaeth drwy ysgrifennu i:\nYr Uned Rhyddid Gwybodaeth\nCyngor Bro Morgannwg\nSwyddfeydd Dinesig\nHeol Holltwn\nY Barri\nCF63 4RU\nYn gyffredinol, caiff y ceisiadau hyn eu prosesu am ddim, ond mae’n bosibl y gofynnwn i chi gadarnhau pwy ydych chi wrth brosesu ceisiadau.';
    expect(await familyOf('controller', vale)).toEqual(['Cyngor Bro Morgannwg']);
  });
});

describe('the title', () => {
  it('is the first heading when it names the notice and the text before it has no title line (the Public Health Agency\'s Minding Your Head site, under its crisis banner)', async () => {
    const pha = 'If you or someone you know is in danger of suicide, please seek help immediately. You should:\n\n  • Call 999;\n  • Call Lifeline on 0808 808 8000.\n\nYou can read more by following the links below:\n\nPrivacy Policy\n\nThis privacy policy provides a broad description of the way the Public Health Agency as an organisation processes your personal information.\n\nWhy are you processing my personal information?\n\nPrimarily, we collect data for administration purposes and for the commissioning of health and social care.\n';
    expect((await load(pha)).config.notice.title).toBe('Privacy Policy');
  });
});

describe('the controller', () => {
  it('reads Welsh "sut mae’r X (“y Ganolfan”) yn defnyddio", the name in its radical form', async () => {
    expect(await familyOf('controller', 'Hysbysiad Preifatrwydd Dysgwyr\n\nBeth yw Hysbysiad Preifatrwydd?\n\nMae’r hysbysiad preifatrwydd yma yn esbonio sut mae’r Ganolfan Dysgu Cymraeg Genedlaethol (“y Ganolfan”) yn defnyddio eich gwybodaeth bersonol.\n')).toEqual(['Canolfan Dysgu Cymraeg Genedlaethol']);
  });

  it('reads the body a list gives under "References to ‘we’ or ‘us’ are to:" (ScotsCare)', async () => {
    expect(await familyOf('controller', 'Privacy & Data Protection Policy\n\nThis notice outlines what data we collect, how we may use it, how we protect your data and your rights.\n\nReferences to ‘we’ or ‘us’ are to:\n\n  • The Royal Scottish Corporation (ScotsCare) registered charity number 207326 (England and Wales), of 22 City Road, London, EC1Y 2AJ.\n\nWe regularly check this notice to make sure it is up to date.\n')).toEqual(['Royal Scottish Corporation']);
  });
});

describe('transfers', () => {
  it('reads "We store your personal data on our servers in the UK" as no transfer (the Environment Agency\'s funding service)', async () => {
    expect(await familyOf('transfers', '<h1>Privacy notice</h1><h3>Where your personal data is processed and stored</h3><p>We store your personal data on our servers in the UK.</p>', 'privacy.html')).toEqual(['no']);
  });
});
