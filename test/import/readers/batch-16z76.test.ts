/**
 * Classes from round twenty-one's corpus half (batch 16z76: text copies, and originals from repositories, keyed blind): page
 * files of two more kinds, a PHP page and a React component, read as the HTML they render.
 * Each test uses the shape of a real page and names it, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, ImportError } from '../../../src/import/import-notice.js';
import { jsxToHtml } from '../../../src/import/readers/jsx.js';
import { factsOf } from '../support/facts-score.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-07') });
type S = { heading: string; sub?: S[] };
const walk = (s: S[]): string[] => s.flatMap((x) => [x.heading, ...walk(x.sub ?? [])]);

describe('batch 16z76: a PHP page (a WordPress theme\'s template)', () => {
  const page = `<?php
/*
Template Name: Privacy
*/
get_header(); ?>
<div id="content">
  <h1 class="entry-title"><?php _e('Privacy notice', 'theme'); ?></h1>
  <p>Little Wotton Primary School is the data controller for the information we hold about pupils.</p>
  <h2><?php echo esc_html__('How long we keep it', 'theme'); ?></h2>
  <p>We keep pupil records until the pupil is 25 years old.</p>
  <h2>Your rights</h2>
  <p>You have the right to ask for a copy of your information. Email our Data Protection Officer at dpo@littlewotton.sch.uk.</p>
</div>
<?php get_sidebar(); ?>
<?php get_footer();
`;

  it('reads a .php page as HTML with its PHP left out, the words it echoes kept (the title, a heading), a file ending inside PHP too', async () => {
    const result = await load(page, 'privacy.php');
    expect(result.config.notice.title).toBe('Privacy notice');
    expect(walk(result.config.notice.sections)).toEqual(['How long we keep it', 'Your rights']);
    const facts = factsOf(result);
    expect(facts.controller).toBe('Little Wotton Primary School');
    expect(facts.retention).toBe(true);
    expect(facts.dpo).toBe(true);
    expect(JSON.stringify(result.config)).not.toMatch(/get_header|get_footer|Template Name/);
    expect(result.config.notice.importNotes?.some((n) => /<\?php … \?>\) removed/.test(n.text))).toBe(true);
  });

  it('still refuses a file type it does not read, naming the ones it does', async () => {
    await expect(load('print("hello")', 'privacy.py')).rejects.toThrow(ImportError);
    await expect(load('print("hello")', 'privacy.py')).rejects.toThrow(/\.php, \.phtml, \.jsx, \.tsx/);
  });
});

describe('batch 16z76: a React component (NHS England\'s Lloyd George records service, PrivacyPage.tsx)', () => {
  const component = `import React from 'react';
import { Link } from 'react-router-dom';

function PrivacyPage() {
    const isLoggedIn = !!useRole();
    const pageHeader = 'Privacy notice';
    useTitle({ pageTitle: pageHeader });
    return (
        <>
            <h1>{pageHeader}</h1>
            <p>
                This means NHS England is the data controller for any personal information that you
                provided to get NHS Care Identity credentials.
            </p>
            {/* the feedback section */}
            <h2 className="nhsuk-heading-m">Feedback form privacy notice</h2>
            <p>
                When submitting your details using our{' '}
                {isLoggedIn ? (
                    <Link to={'#'} onClick={(e) => { e.preventDefault(); navigate(routes.FEEDBACK); }}>
                        feedback form
                    </Link>
                ) : (
                    <a href="/feedback">feedback page</a>
                )}
                , any personal information you give to us will be processed in line with NHS England's policy.
            </p>
            <p>We keep your feedback for {retentionYears} years.</p>
        </>
    );
}

export default PrivacyPage;
`;

  it('reads the markup the component returns: a name the file sets prints its words, quoted words are text, the first branch of a condition shows', () => {
    const html = jsxToHtml(component);
    expect(html).toContain('<h1>Privacy notice</h1>');
    expect(html).toContain('<h2 class="nhsuk-heading-m">Feedback form privacy notice</h2>');
    expect(html).toMatch(/using our\s+<Link to="" onClick="">\s*feedback form\s*<\/Link>/);
    expect(html).not.toMatch(/feedback page|preventDefault|import React|useTitle|the feedback section/);
    expect(html).toContain('{{ retentionYears }}');
  });

  it('imports a .tsx page: its title, headings and controller; a value it cannot know stays a visible hole', async () => {
    const result = await load(component, 'PrivacyPage.tsx');
    expect(result.config.notice.title).toBe('Privacy notice');
    expect(walk(result.config.notice.sections)).toEqual(['Feedback form privacy notice']);
    expect(factsOf(result).controller).toBe('NHS England');
    expect(JSON.stringify(result.config.notice)).toContain('[retentionYears]');
    expect(result.config.notice.importNotes?.some((n) => /React component read as the HTML it renders/.test(n.text))).toBe(true);
  });

  it('reads nothing from code that returns no markup, and refuses a .js file that is no page', async () => {
    expect(jsxToHtml('export function total(a: number, b: number) { return (a < b ? b : a); }')).toBe('');
    await expect(load('export function total(a, b) { return (a < b ? b : a); }', 'total.js')).rejects.toThrow(/holds no page markup/);
  });

  it('reads a React page in a .js file (a community group\'s Next.js site, pages/privacy.js) as a .jsx one', async () => {
    const page = "import Layout from './components/layout';\n\nexport default function Privacy() {\n  return (\n    <Layout title='News'>\n      <h2>Privacy policy</h2>\n      <p>\n        When you provide us with Personal Data in order to volunteer, we will keep a record of it to comply with our statutory obligations.\n      </p>\n      <h3>Your rights</h3>\n      <p>You can withdraw your consent at any time.</p>\n    </Layout>\n  );\n}\n";
    const result = await load(page, 'privacy.js');
    expect(result.config.notice.title).toBe('Privacy policy');
    expect(factsOf(result).rights).toEqual(['withdraw-consent']);
  });
});

describe('batch 16z78: the title\'s byline over the page\'s date line', () => {
  it('reads "Privacy Policy" / "Renfrew Community Council" / "Last updated: 19/12/2025" (a community council) as the title and its byline, no section', async () => {
    const text = 'Privacy Policy\nRenfrew Community Council\nLast updated: 19/12/2025\n\nRenfrew Community Council is committed to protecting your personal data.\n\n1. Who we are\nWe are a statutory community body.\n\n2. What we collect\nWe collect your name and email address when you contact us.\n';
    const result = await load(text, 'privacy.txt');
    expect(result.config.notice.title).toBe('Privacy Policy');
    expect(walk(result.config.notice.sections)).toEqual(['1. Who we are', '2. What we collect']);
  });

  it('keeps a line that names the notice there a heading, as the keys have it ("Privacy Policy" / "Fair Processing and Privacy Notice" / "Last updated: October 2023")', async () => {
    const text = 'Privacy Policy\n\nFair Processing and Privacy Notice\n\nLast updated: October 2023\n\nThis notice explains how we use your information.\n\nWho we are\n\nWe are the fire and rescue service for the county.\n';
    expect(walk((await load(text, 'privacy.txt')).config.notice.sections)).toEqual(['Fair Processing and Privacy Notice', 'Who we are']);
  });
});
