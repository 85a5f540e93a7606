/**
 * The controller, last of all (issue 16, round sixteen): when no form says whose notice it is, the owner a title names and the text
 * gives again as a body, the body the opening describes, or the name that opens the notice's own postal address. Each test uses the
 * shape of a real notice and names it, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const controller = async (text: string) => [...new Set((await load(text)).found.filter((f) => f.family === 'controller').map((f) => f.value))];

describe('the owner a notice names only in its title, its opening or its address', () => {
  it('takes the name a title gives ("Clydesdale Community Initiatives customer privacy notice") when the address gives it again (the ICO template for small bodies)', async () => {
    const text = 'Clydesdale Community Initiatives customer privacy notice\n\nThis privacy notice tells you what to expect us to do with your personal information.\n\nContact details\n\nPost\n\nClydesdale Community Initiatives, Langloch Farm, Hyndford Road, LANARK, South Lanarkshire, ML11 9TA, GB\n\nWhat information we collect, use, and why\n\nWe collect or use the following information to provide services and goods.\n';
    expect(await controller(text)).toEqual(['Clydesdale Community Initiatives']);
  });

  it('never takes a service a title names ("Adult Social Care privacy notice"): the text never gives it as a body', async () => {
    const text = 'Adult Social Care privacy notice\n\nWe collect your name when you contact Adult Social Care for support.\n\nWhat we collect\n\nWe collect your name, address and details of your care needs.\n';
    expect(await controller(text)).toEqual([]);
  });

  it('takes the body the opening describes ("Community Places is the only region-wide charity which provides …") under "Who Are We?"', async () => {
    const text = 'Privacy Notice\n\nWho Are We?\n\nCommunity Places is the only region-wide charity which provides advice and support on planning to individuals and communities. We are managed by a voluntary Board of Directors.\n\nWhat Personal Information Do We Collect?\n\nPersonal information we collect may include your name and address.\n';
    expect(await controller(text)).toEqual(['Community Places']);
  });

  it('takes the name that opens the notice\'s own postal address, given again in the text, never a role\'s or a person\'s', async () => {
    const text = 'Privacy notice\n\nThis notice tells you what to expect when we collect your personal information.\n\nWhat we collect\n\nWe collect names and contact details of people who come to Whitby Community Larder sessions.\n\nHow to contact us\n\nWhitby Community Larder, 12 Quay Street, Whitby, YO21 1DH\n';
    expect(await controller(text)).toEqual(['Whitby Community Larder']);
    const role = 'Privacy notice\n\nThis notice tells you what to expect when we collect your personal information.\n\nHow to contact us\n\nData Protection Officer, 12 Quay Street, Whitby, YO21 1DH\n';
    expect(await controller(role)).toEqual([]);
    const person = 'Privacy notice\n\nThis notice tells you what to expect when we collect your personal information. Jane Smith looks after it.\n\nHow to contact us\n\nJane Smith, 12 Quay Street, Whitby, YO21 1DH\n';
    expect(await controller(person)).toEqual([]);
  });
});
