/**
 * Structure classes from round seventeen's corpus half (batch 16z68: text copies, and originals from repositories, keyed blind).
 * Each test uses the shape of a real notice and names it, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-07') });
type S = { heading: string; sub?: S[] };
const walk = (s: S[]): string[] => s.flatMap((x) => [x.heading, ...walk(x.sub ?? [])]);

describe('batch 16z68: structure', () => {
  it('leaves out a "1." that every heading opens with, each a list of its own in the page (Great Torrington Town Council), and keeps real numbering', async () => {
    const text = 'GENERAL PRIVACY NOTICE\n\n  1. What is personal data?\n\nPersonal data is any information about a living individual which allows them to be identified.\n\n  1. Who are we?\n\nThis Privacy Notice is provided to you by Great Torrington Town Council which is the data controller for your data.\n\n  1. Other data controllers the Council works with:\n\n  • Torridge District Council\n  • Devon County Council\n\n  1. What data do we process?\n\nNames, titles and addresses.\n';
    expect(walk((await load(text, 'notice.txt')).config.notice.sections)).toEqual(['What is personal data?', 'Who are we?', 'Other data controllers the Council works with:', 'What data do we process?']);
    const numbered = 'PRIVACY NOTICE\n\n1. What is personal data?\n\nPersonal data is any information about a living individual.\n\n2. Who are we?\n\nWe are the Town Council.\n\n3. What data do we process?\n\nNames and addresses.\n';
    expect(walk((await load(numbered, 'notice.txt')).config.notice.sections)).toEqual(['1. What is personal data?', '2. Who are we?', '3. What data do we process?']);
  });

  it('reads a table\'s lead-in that lost its colon as a line, not a heading ("The table below explains the cookies we use and why", the Police Ombudsman for Northern Ireland)', async () => {
    const text = 'Cookie policy\n\nWhat are cookies?\n\nCookies are small files saved on your device.\n\nThe table below explains the cookies we use and why\n\nName\tPurpose\tExpires\nASPXAUTH\tKeeps you signed in\tSession\n';
    expect(walk((await load(text, 'cookies.txt')).config.notice.sections)).toEqual(['What are cookies?']);
  });

  it('reads Hugo\'s TOML front matter ("+++" / title = "Privacy Policy" / "+++") as the page\'s settings, its title the notice\'s (the Strategy Unit, MLCSU)', async () => {
    const md = '+++\ndraft= false\ntitle= "Privacy Policy"\n+++\n\n## Who we are\n\nThe Strategy Unit is part of Midlands and Lancashire CSU.\n\n## What we collect\n\nYour name and email address.\n';
    const { config } = await load(md, 'policy.md');
    expect(config.notice.title).toBe('Privacy Policy');
    expect(walk(config.notice.sections)).toEqual(['Who we are', 'What we collect']);
  });

  it('ends a heading at another level\'s end tag, as a browser does ("<h2>How cookies are used on Trade Remedies</h1>", DBT\'s Trade Remedies service)', async () => {
    const html = '<h1>Cookies</h1><h2>How cookies are used on Trade Remedies digital service</h1><p>We use cookies to make the service work.</p><h3>Measuring website usage (Google Analytics)</h2><p>We use Google Analytics software.</p>';
    expect(walk((await load(html, 'cookies.html')).config.notice.sections)).toEqual(['How cookies are used on Trade Remedies digital service', 'Measuring website usage (Google Analytics)']);
  });

  it('keeps a Django page\'s "{% block heading %}" (the <h1>\'s words), dropping only the blocks that are the page\'s <head> ("page_title", "extra_head")', async () => {
    const html = '{% extends "base.html" %}{% load i18n %}\n{% block page_title %}{% trans "Cookies" %} - Find MoJ data - GOV.UK{% endblock %}\n{% block extra_head %}<meta name="robots" content="noindex">{% endblock %}\n{% block content %}\n<h1 class="govuk-heading-xl">{% block heading %}{% trans "Cookies" %}{% endblock %}</h1>\n<h2>Essential cookies</h2>\n<p>We use a cookie called csrftoken to keep the service secure.</p>\n{% endblock %}';
    const { config } = await load(html, 'cookies.html');
    expect(config.notice.title).toBe('Cookies');
    expect(walk(config.notice.sections)).toEqual(['Essential cookies']);
  });
});
