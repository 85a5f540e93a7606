/**
 * Fact classes from blind batch 16z42's misses (test/fixtures/import-corpus/, "batch": "16z42": text copies of
 * notices and cookie pages, ten in Welsh). Each test uses the shape of the real passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('the controller', () => {
  it('takes the one body of the kind the notice calls itself by (https://www.cumbria.ac.uk/…/research-participants-privacy-notice/)', async () => {
    const text = `Research Participants Privacy Notice\n\nThis Privacy Notice explains how we process the personal data of individuals who agree to take part in research carried out by the University. It should be read together with the Participant Information Sheet and the University of Cumbria Privacy Notice.\n\nHow will your personal data be used?\n\nOnly personal data needed for the project will be collected.\n`;
    expect(await familyOf('controller', text)).toEqual(['University of Cumbria']);
  });

  it('proposes none when two bodies of the kind are named, or the one named is not a body ("the NHS Scotland Board of residence", a code of practice)', async () => {
    const two = `Research Privacy Notice\n\nThis notice explains how the University uses data in research carried out with the University of Leeds and the University of York.\n\nWhat we collect\n\nYour answers.\n`;
    expect(await familyOf('controller', two)).toEqual([]);
    const described = `Your rights\n\nAbout this page\n\nThis page explains your rights.\n\nAccess\n\nYou can ask for a copy of your data.\n\nCorrection\n\nYou can ask us to correct it.\n\nObjection\n\nRequests will be considered in line with existing processes in the NHS Scotland Board of residence, through liaison with the Board.\n\nErasure\n\nWe keep records in line with the Records Management Code of Practice for Health and Social Care.\n`;
    expect(await familyOf('controller', described)).toEqual([]);
  });

  it('reads the practice\'s name from the NHS template\'s "Practice Name:" under "Our contact details" (https://www.royalcrescentsurgery.co.uk/privacy-notice)', async () => {
    const text = `Privacy Notice\n\nHow we use your information\n\nThis Privacy Notice explains how this GP Practice uses the information it holds about its patients.\n\nOur contact details\n\nPractice Name: The Royal Crescent and Preston Road Practice\nAddress: 25 Crescent Street, Weymouth, DT4 7BY\nPhone number: 01305 774466\n\nWhat type of personal information do we hold?\n\nYour name.\n`;
    expect(await familyOf('controller', text)).toEqual(['Royal Crescent and Preston Road Practice']);
  });

  it('reads a Welsh county borough council by its abbreviation, "CBS …" (https://www.npt.gov.uk/16275?lang=cy-gb)', async () => {
    const text = `Datganiad Preifatrwydd\n\nMae’r datganiad preifatrwydd hwn yn nodi sut mae gwasanaeth Cynllunio a Diogelu’r Cyhoedd CBS Castell-nedd Port Talbot yn defnyddio ac yn diogelu unrhyw wybodaeth rydych chi’n ei rhoi i CBS Castell-nedd Port Talbot.\n\nBeth rydym ni’n ei gasglu\n\nEnw a chyfeiriad.\n`;
    expect(await familyOf('controller', text)).toEqual(['CBS Castell-nedd Port Talbot']);
  });

  it('takes no "Corfforaethol y Cyngor" from "Hysbysiad Preifatrwydd Corfforaethol y Cyngor" (the Council\'s corporate privacy notice) (https://www.rctcbc.gov.uk/…/TenancyHardshipGrantPrivacyNotice.aspx)', async () => {
    const text = `Hysbysiad Preifatrwydd Grant Caledi i Denantiaid\n\nRydyn ni wedi crynhoi yn yr Hysbysiad Preifatrwydd yma rai o'r ffyrdd allweddol rydyn ni'n defnyddio'ch gwybodaeth bersonol. Dylech chi ddarllen yr wybodaeth yma yn ogystal â Hysbysiad Preifatrwydd Corfforaethol y Cyngor.\n\nPwy ydyn ni?\n\nMae'r Cyngor yn darparu gwasanaethau.\n`;
    expect(await familyOf('controller', text)).toEqual([]);
  });
});
