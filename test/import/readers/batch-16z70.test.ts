/**
 * Structure classes from round eighteen's corpus half (batch 16z70: text copies, and originals from repositories, keyed blind).
 * Each test uses the shape of a real notice and names it, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { factsOf } from '../support/facts-score.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-07') });
type S = { heading: string; sub?: S[] };
const walk = (s: S[]): string[] => s.flatMap((x) => [x.heading, ...walk(x.sub ?? [])]);

describe('batch 16z70: structure', () => {
  it('reads a question and its answer on one line as a table\'s row, not a heading ("Is data transferred outside the UK? This data is not transferred out of the UK", NHS Digital\'s GDPR information page)', async () => {
    const text = 'Book a service: GDPR information\n\nHow we use the information\n\nWe use your information to book your appointment.\n\nDoes this contain sensitive (special category) data such as health information? Yes\nWho are recipients of this data?\n\nPersonal data is shared with the vaccination service.\nIs data transferred outside the UK? This data is not transferred out of the UK\n';
    const result = await load(text, 'notice.txt');
    expect(walk(result.config.notice.sections).filter((h) => /\?\s+\S/.test(h))).toEqual([]);
    expect(factsOf(result).transfers).toBe('no');
    // (Two questions on a line are a heading still: "Is my data shared? If so, who with?")
    const asked = 'Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\nIs my data shared? If so, who with?\n\nWe share your data with the council.\n';
    expect(walk((await load(asked, 'notice.txt')).config.notice.sections)).toContain('Is my data shared? If so, who with?');
  });

  it('reads a details table\'s field names, and the value under each, as no headings ("Organisation Name" / "Greater Manchester Combined Authority" / "ICO Registration reference", GMCA\'s Safe and Well notice)', async () => {
    const text = 'Safe and Well Visit Privacy Notice\n\nOrganisation Name\n\nGreater Manchester Combined Authority\n\nICO Registration reference\n\n\nCustomer enquiries\n\nContact Details:\nData Controller: Greater Manchester Combined Authority\n\n\n1st Floor Broadhurst House\nGreater Manchester Combined Authority\n56 Oxford Street\nM1 6EU\n\nWhat is a Safe and Well visit?\n\nA Safe and Well visit is a home visit from the Fire and Rescue Service to undertake a fire risk assessment.\nOur fire risk assessment takes into account your home environment.\n';
    const headings = walk((await load(text, 'notice.txt')).config.notice.sections);
    expect(headings).toContain('What is a Safe and Well visit?');
    for (const label of ['Organisation Name', 'Greater Manchester Combined Authority', 'ICO Registration reference']) expect(headings).not.toContain(label);
  });

  it('reads a page converted to Markdown whose paragraphs open with an escaped dash ("\\- access your personal information", Cardiff Metropolitan University\'s archived page) as a list', async () => {
    const md = '# Privacy\n\n### 5\\. Your Rights\n\nYou have the right to: \n\n\\- access your personal information \n\n\\- rectify any inaccurately held data\n\n\\- restrict the processing of certain personal information \n\n\\- data portability \n';
    expect(factsOf(await load(md, 'privacy.md')).rights).toEqual(['access', 'rectification', 'restriction', 'portability']);
    // (A dash in running text, escaped or not, is no item.)
    expect(factsOf(await load('# Privacy\n\n## Your rights\n\nWe hold data 2015\\-2025 only.\n', 'privacy.md')).rights).toEqual([]);
  });

  it('takes the title a Rails view gives its layout\'s heading ("<% content_for :header_title, "Privacy policy" %>", the ODI\'s Open Data Certificate)', async () => {
    const erb = '<% content_for :header_title, "Privacy policy" %>\n\n<p>This policy explains what the Open Data Institute does with data about you.</p>\n<h2>What data do we collect?</h2>\n<p>Your name and email address.</p>\n';
    expect((await load(erb, 'privacy_policy.en.html')).config.notice.title).toBe('Privacy policy');
  });

  it('reads a Razor page\'s printed member ("@Application.Constants.StringConstants.SessionCookieName", the DfE\'s Find a tuition partner) as a value the file does not hold, never a cookie\'s name; an email address\'s "@" stays', async () => {
    const razor = '@page\n@model CookiesModel\n<h1>Cookies</h1>\n<p>Email privacy@example.gov.uk with questions.</p>\n<h2>Essential cookies</h2>\n<table><thead><tr><th>Name</th><th>Purpose</th><th>Expires</th></tr></thead><tbody>\n<tr><td>@Application.Constants.StringConstants.SessionCookieName</td><td>Keeps your session</td><td>When you close your browser</td></tr>\n<tr><td>.FindATuitionPartner.Antiforgery</td><td>Stops someone tricking you into changing information</td><td>When you close your browser</td></tr>\n</tbody></table>\n';
    const result = await load(razor, 'Cookies.html');
    expect(factsOf(result).cookies).toEqual(['.FindATuitionPartner.Antiforgery']);
    expect(JSON.stringify(result.config.notice)).toContain('privacy@example.gov.uk');
  });

  it('reads a non-breaking hyphen as a hyphen ("_ga_<container&#8209;id>", the same character to a reader)', async () => {
    const html = '<h1>Cookies</h1><h2>Analytics cookies</h2><table><thead><tr><th>Name</th><th>Purpose</th><th>Expires</th></tr></thead><tbody><tr><td>_ga</td><td>Checks if you have visited before</td><td>2 years</td></tr><tr><td>_ga_&lt;container&#8209;id&gt;</td><td>Used to persist session state</td><td>2 years</td></tr></tbody></table>';
    expect(factsOf(await load(html, 'cookies.html')).cookies).toEqual(['_ga', '_ga_<container-id>']);
  });

  it('reads a cookie table whose name column is headed in the plural ("Name(s) | Type | Purpose | Expires", the ODI\'s cookie policy) without its header for a cookie', async () => {
    const html = '<h1>Cookie policy</h1><h2>Cookies we use</h2><table><thead><tr><th>Name(s)</th><th>Type</th><th>Purpose</th><th>Expires</th></tr></thead><tbody><tr><td>_ga</td><td>Analytics</td><td>Google analytics uses this to report site usage</td><td>2 years</td></tr><tr><td>_session_id</td><td>Essential</td><td>Keeps your session</td><td>Session</td></tr></tbody></table>';
    expect(factsOf(await load(html, 'cookies.html')).cookies.sort()).toEqual(['_ga', '_session_id']);
  });
});

describe('batch 16z70: facts', () => {
  it('reads the controller from its label and name run together on one line ("Controller NHS Digital", a table\'s row), never a role ("Controller DPO")', async () => {
    const text = 'Book a service: GDPR information\n\nWhy and how we process your data.\n\nController NHS Digital\nHow we use the information\n\nWe use your information to book your appointment.\n';
    expect(factsOf(await load(text, 'notice.txt')).controller).toBe('NHS Digital');
    const role = 'Children’s social care privacy notice\n\nController DPO\n\nOur controller Data Protection Officer (DPO) is the Head of Information Governance.\n\nInformation we collect\n\nYour name.\n';
    expect(factsOf(await load(role, 'notice.txt')).controller).toBeUndefined();
  });

  it('proposes the body a notice says how (and why) it uses data, a bracketed short name or alias between ("how and why NatureScot uses data", "how Northern Ireland Assembly Committees (committees) process and protect personal data", "how Badshot Lea Football Club (also referred to as “the Club”, “we” or “us”) will make use of the data")', async () => {
    const badshot = 'Privacy Policy\n\nWhat does this policy cover?\n\nThis policy describes how Badshot Lea Football Club (also referred to as “the Club”, “we” or “us”) will make use of the data we handle in relation to our members and players.\n\nWhat information do we collect?\n\nYour name and contact details.\n';
    expect(factsOf(await load(badshot, 'notice.txt')).controller).toBe('Badshot Lea Football Club');
    const ni = 'Privacy Notice - Committees\n\nThis Privacy Notice sets out how Northern Ireland Assembly Committees (committees) process and protect personal data we collect from you.\n\n1. What is personal data?\n\nInformation that relates to you.\n';
    expect(factsOf(await load(ni, 'notice.txt')).controller).toBe('Northern Ireland Assembly Committees');
    const why = 'Privacy notice\n\nThis page explains how and why Scottish Natural Heritage uses data about people, how we gather it and how long we keep it.\n\nWhat kinds of personal data we use\n\nNames and addresses.\n';
    expect(factsOf(await load(why, 'notice.txt')).controller).toBe('Scottish Natural Heritage');
  });

  it('takes the part of the site\'s name over the title that is an organisation\'s with the word "website" ("Ceredigion County Council website") as whose notice it is; never a service\'s subject after its Welsh word ("Gwasanaeth Cyngor ar Faterion Tai", the Housing Advice Service; "cyngor" is advice as well as council)', async () => {
    const ceredigion = 'Skip to main content\n\nCeredigion County Council website\n\nHysbysrwydd Preifatrwydd Tacsis\n\nSut y byddwn yn defnyddio\'ch gwybodaeth\n\nDefnyddir y wybodaeth a ddarperir gennych i brosesu eich cais am drwydded.\n';
    expect(factsOf(await load(ceredigion, 'notice.txt')).controller).toBe('Ceredigion County Council');
    const advice = 'Hysbysiad Preifatrwydd y Gwasanaeth Cyngor ar Faterion Tai (Digartrefedd)\n\nSut rydyn ni\'n defnyddio\'ch gwybodaeth bersonol at ddibenion y gwasanaethau a gaiff eu darparu gan y Garfan Cyngor ar Faterion Tai (Digartrefedd)\n\nRydyn ni\'n defnyddio eich gwybodaeth i roi cyngor i chi.\n';
    expect(factsOf(await load(advice, 'notice.txt')).controller).toBeUndefined();
  });

  it('reads the rights a list asks for with "that data" and "it" ("ask us to update that data") and a copy sent on ("You can ask us to send it directly to a third party"), the ODI\'s privacy policy', async () => {
    const html = '<h1>Privacy policy</h1><h2>What rights and control do you have?</h2><p>You can:</p><ul><li>ask for a copy of data we have collected about you</li><li>ask us to update that data</li><li>ask us to delete it</li></ul><p>If you ask for a copy of data we have about you, we have to provide it to you free of charge. You can ask us to send it directly to a third party.</p>';
    expect(factsOf(await load(html, 'privacy.html')).rights.sort()).toEqual(['access', 'erasure', 'portability', 'rectification']);
    // (A copy sent to the reader is access, not portability.)
    const you = '<h1>Privacy policy</h1><h2>Your rights</h2><p>You can ask us to send it to you by post.</p>';
    expect(factsOf(await load(you, 'privacy.html')).rights).not.toContain('portability');
  });
});
