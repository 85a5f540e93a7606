/**
 * Structure from round twenty-three's corpus half (batch 16z80, keyed blind): a React page's title given as its layout's prop and
 * JSX's own whitespace, Jinja's block "set", a link's edge spaces, a document's link with its type in words, bulleted headings in
 * capitals, and a form's consent box copied over the title. Each shape is built from its format's rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { jsxToHtml } from '../../../src/import/readers/jsx.js';
import { htmlToTree } from '../../../src/import/readers/html.js';
import type { Section } from '../../../src/config/notice-model.js';
import { factsOf } from '../support/facts-score.js';

const headingsOf = (sections: Section[]): string[] => sections.flatMap((s) => [s.heading, ...headingsOf(s.sub ?? [])]);
const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-08') });

describe('batch 16z80: React pages', () => {
  const page = `import Page from '@frontend/components/Page';

function PrivacyNoticePage() {
  return (
    <Page
      title="Privacy notice"
      breadcrumbs={[{ name: 'Privacy', link: '/privacy' }]}
    >
      <h2 className="govuk-heading-m">Where your data is stored</h2>
      <p>
        We store your data on secure servers in the{' '}
        <a href="https://www.gov.uk/eu-eea">
          European Economic Area (EEA)
        </a>
        . By submitting your personal data, you agree to this.
      </p>
    </Page>
  );
}
export default PrivacyNoticePage;
`;

  it('takes the title the page gives its layout component (<Page title="Privacy notice">) as its first heading', async () => {
    expect((await load(page, 'privacy.tsx')).config.notice.title).toBe('Privacy notice');
    // (A page with its own <h1> keeps it.)
    expect(jsxToHtml(page.replace('<h2 className="govuk-heading-m">Where', '<h1>Our notice</h1><h2>Where'))).not.toContain('<h1>Privacy notice</h1>');
  });

  it('reads text between tags as JSX renders it: a line break and its indentation are no space', async () => {
    expect(jsxToHtml(page)).toContain('</a>. By submitting');
    expect(factsOf(await load(page, 'privacy.tsx')).transfers).toBe('yes');
  });
});

describe('batch 16z80: templates and links', () => {
  it('prints the words Jinja\'s block "set" gives a name ({% set pageHeading %}Cookies{% endset %}) where the name is printed', async () => {
    const template = '{% extends "base.html" %}\n{% set pageHeading %}Cookies{% endset %}\n{% block content %}\n<h1 class="govuk-heading-l">{{ pageHeading }}</h1>\n<p class="govuk-body">We use cookies to make the service work.</p>\n<h2>Essential cookies</h2>\n<p>They keep your information secure.</p>\n{% endblock content %}\n';
    const result = await load(template, 'access-funding.html');
    expect(result.config.notice.title).toBe('Cookies');
    expect(headingsOf(result.config.notice.sections)).toEqual(['Essential cookies']);
    expect(JSON.stringify(result.config.notice)).not.toContain('pageHeading');
    expect(JSON.stringify(result.config.notice.intro)).not.toContain('{"p":"Cookies"}');
  });

  it('moves a link\'s edge spaces outside it, so the words around keep one space each side', () => {
    const tree = htmlToTree('<p>We store it in the <a href="https://www.gov.uk/eu-eea"> European Economic Area (EEA) </a> as the law allows.</p>');
    const p = tree.blocks[0]!;
    expect(p.kind === 'paragraph' && p.content).toEqual(['We store it in the ', { link: ['European Economic Area (EEA)'], href: 'https://www.gov.uk/eu-eea' }, ' as the law allows.']);
  });
});

describe('batch 16z80: plain-text structure', () => {
  it('does not take a link to a document with its type in words ("Student Collection Notice (PDF File)") for a heading', async () => {
    const text = 'Data protection\n\nWe collect information about our students for administration.\n\nStudent Collection Notice (PDF File)\nStaff Collection Notice (PDF File)\n\nWe will send information from this form to the Higher Education Statistics Agency.\n';
    expect(headingsOf((await load(text)).config.notice.sections)).not.toContain('Student Collection Notice (PDF File)');
  });

  it('reads bulleted lines in capitals, questions among them, under an intro that points to the sections, as headings (Hospiscare)', async () => {
    const text = 'Privacy Policy\nThis Privacy Notice explains what information we collect about you and how long we retain it. To find out more, please read the relevant sections below:\n• WHO WE ARE\nHospiscare provides a range of palliative care and end-of-life services to people within Exeter, Mid and East Devon.\n• WHY WE COLLECT PERSONAL INFORMATION ABOUT YOU AND WHAT IS OUR LEGAL BASIS FOR PROCESSING PERSONAL INFORMATION?\nWe may process your personal information for our legitimate business interests, which are set out below in full.\n• WHAT PERSONAL INFORMATION DO WE NEED TO COLL';
    expect(headingsOf((await load(text)).config.notice.sections)).toEqual(['WHO WE ARE', 'WHY WE COLLECT PERSONAL INFORMATION ABOUT YOU AND WHAT IS OUR LEGAL BASIS FOR PROCESSING PERSONAL INFORMATION?', 'WHAT PERSONAL INFORMATION DO WE NEED TO COLL']);
    // (A list under an intro that announces its items is still a list: "… on the following bases:" / "• Consent" / …)
    const list = 'Privacy Policy\nWe process your data on the following bases:\n• Consent\nYou have given clear consent for us to process your personal data for a specific purpose such as this one.\n• Legal obligation\nThe processing is necessary for us to comply with the law, for example the tax law that applies to us.\n';
    expect(headingsOf((await load(list)).config.notice.sections)).not.toContain('Consent');
  });

  it('drops a form\'s consent box copied over the title ("Privacy Policy* I have read and agree to …") as page furniture', async () => {
    const text = "Privacy Policy* I have read and agree to Hospiscare's privacy policy\nPrivacy Policy\nThis Privacy Notice explains what information we collect about you.\n";
    expect((await load(text)).config.notice.title).toBe('Privacy Policy');
  });
});

describe('batch 16z82: round twenty-four\'s corpus half', () => {
  it('drops a site\'s accessibility controls copied over the page ("Accessibility controls" / "Text size" / "Contrast" / "Multimedia")', async () => {
    const text = 'Skip to main content\n\nAccessibility controls\n\nText size\n\nContrast\n\nMultimedia\n\nNHS Orkney - Main Privacy Notice\n\nAbout NHS Orkney\n\nNHS Orkney is a public organisation created in Scotland under the National Health Service (Scotland) Act 1978.\n';
    expect((await load(text)).config.notice.title).toBe('NHS Orkney - Main Privacy Notice');
  });

  it('takes the title a Twig page passes to its title card ({% include(…) with { title: \'Privacy Policy\' } %})', async () => {
    const page = "<section role=\"banner\">\n  {% include('templates/_components/title-card.php') with { title: 'Privacy Policy' } %}\n</section>\n<section>\n  <h2>Privacy Statement - Self Referral</h2>\n  <h4>How do you store my information:</h4>\n  <p>The data is kept encrypted on a server.</p>\n</section>\n";
    expect((await load(page, 'privacy-policy.php')).config.notice.title).toBe('Privacy Policy');
  });

  it('keeps an expander\'s summary that restates its section\'s heading as a line, not a section ("Cookies that make our website work" / "List of cookies that make our website work")', async () => {
    const page = '<h1>Cookie policy</h1><h2>Cookies that make our website work</h2><p>We use cookies to keep our website secure.</p><details><summary><span>List of cookies that make our website work</span></summary><div><table><tr><th>Cookie name</th><th>Purpose</th></tr><tr><td>ASP.NET_SessionId</td><td>Keeps your session.</td></tr></table></div></details><h2>Your choices</h2><details><summary>How to turn cookies off</summary><p>Use your browser settings.</p></details>';
    const headings = headingsOf((await load(page, 'cookies.html')).config.notice.sections);
    expect(headings).toEqual(['Cookies that make our website work', 'Your choices', 'How to turn cookies off']);
  });

  it('takes a product\'s name among a cookie table\'s rows, copied one cell a line, for a cell and not a heading', async () => {
    const text = 'Cookies policy\n\nThe names of the cookies that we use are set out below:\n\nCookie Name\n\nUsed by\n\nDescription\n\n_ga and _gid\n\nGoogle Analytics\n\nUsed to distinguish between website users in Google Analytics.\n\n_gat_UA-XXXXXXXX-X\n\n(where the Xs are replaced\n\nby the Google Analytics ID number)\n\nGoogle Analytics\n\nUsed to moderate calls to the Google Analytics service.\n\nContact us\n\nEmail us if you have any questions about cookies.\n';
    expect(headingsOf((await load(text)).config.notice.sections)).toEqual(['Contact us']);
  });
});

describe('batch 16z84: round twenty-five\'s formats', () => {
  const slim = `- content_for :page_title, "Privacy notice"
.govuk-grid-row
  .govuk-grid-column-two-thirds
    h1.govuk-heading-xl Privacy notice
    p.govuk-body
      | This notice explains how the
      = link_to "Department for Education", "https://www.gov.uk/dfe"
      |  uses your personal data.
    h2.govuk-heading-m Who we are
    p.govuk-body The Department for Education is the data controller for the personal data processed by this service.
    h2.govuk-heading-m Your rights
    ul.govuk-list.govuk-list--bullet
      li to ask for a copy of your data
      li: strong to have your data corrected
    p class="govuk-body" You can complain to the #{link_to "Information Commissioner's Office", "https://ico.org.uk"}.
    / a comment
      that runs on
    javascript:
      var tracking = true;
`;

  it('reads a Slim template (.html.slim) as the HTML it renders, by Slim\'s own rules', async () => {
    const result = await load(slim, 'privacy.html.slim');
    expect(result.config.notice.title).toBe('Privacy notice');
    expect(headingsOf(result.config.notice.sections)).toEqual(['Who we are', 'Your rights']);
    const facts = factsOf(result);
    expect(facts.controller).toBe('Department for Education');
    expect(facts.rights.sort()).toEqual(['access', 'rectification']);
    expect(facts.ico).toBe(true);
    expect(JSON.stringify(result.config.notice)).not.toMatch(/tracking|a comment/);
  });

  it('reads a GOV.UK accordion\'s sections (govukAccordion({ items: [{ heading, content }] })) as headed sections, their html joined with "+"', async () => {
    const template = `{% extends "_base.njk" %}
{% block content %}
  <h1 class="govuk-heading-xl">How we use your information</h1>
  {{ govukAccordion({
    id: "gdpr",
    items: [
      {
        heading: { text: 'Who collects your personal data' },
        content: { html: '' +
          '<p class="govuk-body">' +
          '  The data controller is Scottish Natural Heritage known as NatureScot.' +
          '</p>' }
      },
      {
        heading: { text: 'How long NatureScot holds personal data' },
        content: { html: '<p class="govuk-body">We keep your data for 5 years.</p>' }
      }
    ]
  }) }}
{% endblock %}
`;
    const result = await load(template, 'gdpr.njk');
    expect(headingsOf(result.config.notice.sections)).toEqual(['Who collects your personal data', 'How long NatureScot holds personal data']);
    expect(factsOf(result).controller).toBe('Scottish Natural Heritage');
    expect(factsOf(result).retention).toBe(true);
  });
});

describe('batch 16z86: round twenty-six\'s corpus half', () => {
  it('reads a Nunjucks macro\'s keyword arguments as its options (table(heads = […], rows = [[…]]), GOV.UK One Login\'s cookie table)', async () => {
    const template = '{% from "macros/table.njk" import table %}\n{% block content %}\n<h1>Cookies</h1>\n<h2>Analytics cookies (optional)</h2>\n{{ table(headClasses = "govuk-body-s",\n  heads = ["Name", "Purpose", "Expires"],\n  rows = [["_ga", "Checks if you’ve visited the website before.", "2 years"], ["_gid", "Checks if you’ve visited the website before.", "24 hours"]]\n) }}\n{% endblock %}\n';
    expect(factsOf(await load(template, 'cookies.njk')).cookies).toEqual(['_ga', '_gid']);
  });

  it('does not take a version table\'s rows ("1.1 David Thorne 13th April 2020"), a role\'s label over its holder\'s name, a glued table header or a sign-up box\'s "Thank you" for headings', async () => {
    const text = 'Data Privacy Notice\n\nVersion Author Release Date\n1.0 David Thorne 19th May 2018\n1.1 David Thorne 13th April 2020\n\nOur notice describes the personal data we process and for what purposes.\n\nWho are we?\n\nWe are a scout group run by volunteers in York.\n';
    expect(headingsOf((await load(text)).config.notice.sections)).toEqual(['Who are we?']);
    const labels = 'Volunteer privacy notice\n\nData controller: Assistance Dogs Northern Ireland, Limavady\nData Protection Compliance Manager: Geraldine McGaughey CE\n\nWhat information do we collect?\n\nWe collect your name and address when you apply.\n\nThank you\n\nPurpose Data (key elements)Legal Basis\n\nWe use your data to arrange volunteering.\n';
    expect(headingsOf((await load(labels)).config.notice.sections)).toEqual(['What information do we collect?']);
  });

  it('reads a cookie record\'s field label ("Purpose:") and a product named over one as the record\'s lines, not headings', async () => {
    const text = 'Cookie names\n\nWe use the following cookies on the site\n\ns_sess\n\nPurpose:\nThis cookie sets a unique session key in our content management system.\n\nGoogle Analytics\nPurpose:\nThese cookies are used to collect information about how visitors use our site.\n\nContact\n\nEmail us with any questions about cookies.\n';
    expect(headingsOf((await load(text)).config.notice.sections)).toEqual(['Contact']);
  });
});

describe('batch 16z88: round twenty-seven\'s corpus half', () => {
  it('reads a list\'s intro that lost its colon, over the list, as its lead-in ("The council will collect information about you for" / "• …")', async () => {
    const text = 'Privacy notice - Council Tax\n\nHow will we use the information we hold about you?\n\nThe council will collect information about you for\n\n  • The administration and collection of Council Tax\n  • The assessment of your entitlement to benefits\n\nWho we may share your information with\n\n  • The Valuation Office Agency\n  • Enforcement agents\n';
    expect(headingsOf((await load(text)).config.notice.sections)).toEqual(['How will we use the information we hold about you?', 'Who we may share your information with']);
  });

  it('reads short lines set apart by blank lines under an intro ending in ":" as its list, up to the next question (the Welsh fire service\'s page)', async () => {
    const file = 'mid-and-west-wales-fire-rescue-privacy-cy.txt';
    const result = await importNotice(file, readFileSync(`test/fixtures/import-corpus/${file}`), { today: new Date('2026-12-08') });
    const headings = headingsOf(result.config.notice.sections);
    expect(headings).toContain('Pa wybodaeth bersonol a gesglir?');
    expect(headings).not.toContain('Cynnal ymarferion recriwtio');
    expect(headings).not.toContain('Gwirio bod ein gwasanaeth yn parhau i gyflawni ei gyfrifoldebau cyfreithiol');
  });
});

describe('batch 16z90: round twenty-eight\'s corpus half', () => {
  it('keeps short lines flush under the title, over the first paragraph, as lines and not headings (a school page\'s slideshow captions)', async () => {
    const text = 'Cookie Policy\n\nTeacher working with Year 4 children\nThree Year 5 girls having fun outside\n\n\nOur website uses cookies to distinguish you from other users of our website and to improve it for you.\n\nHow we use cookies\n\nWe use analytics cookies to count visitors.\n';
    expect(headingsOf((await load(text)).config.notice.sections)).toEqual(['How we use cookies']);
  });
});
