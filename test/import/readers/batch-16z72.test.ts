/**
 * Classes from round nineteen's corpus half (batch 16z72: text copies, and originals from repositories, keyed blind).
 * Each test uses the shape of a real notice and names it, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { factsOf } from '../support/facts-score.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-07') });
type S = { heading: string; sub?: S[] };
const walk = (s: S[]): string[] => s.flatMap((x) => [x.heading, ...walk(x.sub ?? [])]);

describe('batch 16z72: structure', () => {
  it('reads the Markdown a template renders ("{% filter markdown %}" / "## Privacy" / … / "{% endfilter %}", Democracy Club\'s Django page) as the page shows it', async () => {
    const html = '{% extends "base.html" %}\n{% load markdown_filter %}\n{% block page_title %}Privacy Terms{% endblock page_title %}\n{% block page_content %}\n<h1>Privacy &amp; Terms</h1>\n{% filter markdown %}\n\n## Privacy\n\nThis site is run by Democracy Club Community Interest Company.\n\n### Why do we collect data?\n\nWe collect and process personal information because we have your explicit consent to do so.\n\n{% endfilter %}\n{% endblock %}\n';
    const { config } = await load(html, 'privacy.html');
    expect(config.notice.title).toBe('Privacy & Terms');
    expect(walk(config.notice.sections)).toEqual(['Privacy', 'Why do we collect data?']);
  });

  it('reads a cookie record laid down the page ("Names of cookies" / "MSISSamlRequest" / "MSISAuth" / "What they do" / … / "Why they are needed" / …, SQA Academy): its fields\' names are no headings, the lines under the names\' field are cookies', async () => {
    const text = 'Cookie Policy\nOur use of cookies\nCookies are small files placed on your computer by websites that you visit.\nSQA Academy Cookies\nNames of cookies\nMSISSamlRequest\nMSISAuth\nSamSession\nWhat they do\nActive Directory Federation Services provides a means for managing online identities.\nWhy they are needed\nIt authenticates users with their usernames and passwords.\nNames of cookies\nMoodleSession\nMoodleSessionTest\nWhat they do\nThe session cookie, set by Moodle, is used to maintain a user’s login.\nWhy they are needed\nSo that you stay signed in.\n';
    const result = await load(text, 'cookies.txt');
    expect(walk(result.config.notice.sections)).toEqual(['Our use of cookies', 'SQA Academy Cookies']);
    expect(factsOf(result).cookies.sort()).toEqual(['MSISAuth', 'MSISSamlRequest', 'MoodleSession', 'MoodleSessionTest', 'SamSession']);
  });

  it('reads a sentence that says who "we" are, broken at the line\'s end ("We are Historic Environment Scotland" / "(HES), an executive non-departmental public body, …"), as no heading', async () => {
    const text = 'Privacy notice\n\n1. Who we are\nWe are Historic Environment Scotland\n(HES), an executive non-departmental public body, incorporated and established under the Historic Environment Scotland Act 2014.\n\n2. What we collect\n\nYour name.\n';
    expect(walk((await load(text, 'notice.txt')).config.notice.sections)).toEqual(['1. Who we are', '2. What we collect']);
  });
});

describe('batch 16z72: a page\'s tabs', () => {
  it('reads a page\'s tabs copied as lines ("Which College Department would you like more information about?" / "Enrolment and Administration" / "Finance and Bursary" / "Teaching" / "Marketing" / "Enrolment and Administration" / …, Eastleigh College) as the page\'s, the repeated label heading the first tab\'s wording', async () => {
    const text = 'Learners Privacy Notice\nWhich College Department would you like more information about?\nEnrolment and Administration\nFinance and Bursary\nTeaching\nMarketing\nEnrolment and Administration\nThe information we collect about you\nAs part of your enrolment into the College we may collect your personal details including:\n- Name\n- Email address\nThe uses made of your personal information\nWe use it to run your course.\n';
    expect(walk((await load(text, 'notice.txt')).config.notice.sections)).toEqual(['Enrolment and Administration', 'The information we collect about you', 'The uses made of your personal information']);
  });

  it('leaves a table\'s cells one a line alone, a value repeated among them ("Session" / "Unknown" / "ARRAffinitySameSite" / "Session")', async () => {
    const text = 'Cookie policy\n\nCookies set by us\n\nName\n\nExpiry\n\nPurpose\n\nARRAffinity\n\nSession\n\nUnknown\n\nARRAffinitySameSite\n\nSession\n\nUnknown\n';
    expect(factsOf(await load(text, 'cookies.txt')).cookies.sort()).toEqual(['ARRAffinity', 'ARRAffinitySameSite']);
  });
});

describe('batch 16z72: the controller', () => {
  it('never proposes a question\'s words ("Which College Department would you like more information about?", Eastleigh College)', async () => {
    const text = 'Learners privacy notice\n\nWhich College Department would you like more information about?\n\nEnrolment and administration\n\nWe use your details to enrol you.\n';
    expect(factsOf(await load(text, 'notice.txt')).controller).toBeUndefined();
  });

  it('never reads the person a controller label gives, their role after their name ("Data Controller contact details:" / "Lisa Roberts – Practice Manager"), and still reads a body there ("Scottish Government")', async () => {
    const person = 'Use of information: national screening\n\nData Controller contact details:\n\nLisa Roberts – Practice Manager\n\nHow we use your information\n\nWe share your details with the screening programme.\n';
    expect(factsOf(await load(person, 'notice.txt')).controller).toBeUndefined();
    const body = 'Privacy notice\n\nController\'s contact details\n\nScottish Government\nSt. Andrew\'s House\nRegent Road\nEdinburgh\n\nHow we use your information\n\nWe use your details to answer you.\n';
    expect(factsOf(await load(body, 'notice.txt')).controller).toBe('Scottish Government');
  });
});
