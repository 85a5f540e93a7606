import { describe, expect, it } from 'vitest';
import { comparableText, describeDifference } from '../../src/notice/source-text.js';

describe('comparableText: layout', () => {
  it('joins hard-wrapped lines and collapses blank-line runs, tabs, indentation and trailing spaces', () => {
    const source = '\tWho we are  \n\n\n\tWe run the clinic and keep your\n   records safe. \n';
    expect(comparableText(source)).toBe('Who we are We run the clinic and keep your records safe.');
  });

  it('treats Windows and old Mac line endings and Unicode line separators as line breaks', () => {
    expect(comparableText('one\r\ntwo\rthree\u2028four')).toBe('one two three four');
  });

  it('drops zero-width characters, byte-order marks and soft hyphens, and turns non-breaking spaces into spaces', () => {
    expect(comparableText('\uFEFFdata\u200B pro\u00ADtection\u00A0officer\u202Fteam')).toBe('data protection officer team');
  });

  it('returns an empty string for text that is only whitespace and markers', () => {
    expect(comparableText(' \n\t\n•\n- \n')).toBe('');
  });
});

describe('comparableText: list markers', () => {
  it('removes bullet glyphs at a line start, with or without a following space', () => {
    const source = 'We will:\n· Call you.\n•Write to you.\n▪  Visit you.\n\uF0B7\tText you.';
    expect(comparableText(source)).toBe('We will: Call you. Write to you. Visit you. Text you.');
  });

  it('removes hyphen, dash, star and plus bullets only when a space follows them', () => {
    expect(comparableText('- letters\n– phone calls\n* visits\n+ texts')).toBe('letters phone calls visits texts');
    expect(comparableText('-5 degrees\n*Starred note')).toBe('-5 degrees Starred note');
  });

  it("removes Word's second-level 'o' bullet followed by a tab, and keeps the word 'o' otherwise", () => {
    expect(comparableText('o\tname\no address')).toBe('name o address');
  });

  it('removes numbered and lettered markers, nested markers included', () => {
    const source = '1. Introduction\n2) Scope\n1.2. Detail\na) consent\n(iv) contract\n- 3. Mixed';
    expect(comparableText(source)).toBe('Introduction Scope Detail consent contract Mixed');
  });

  it('removes Markdown heading and block quote markers, and keeps a # that is part of a word', () => {
    expect(comparableText('## Your rights\n> Note: call us\n#1 priority')).toBe('Your rights Note: call us #1 priority');
  });

  it('keeps numbers that are not markers, such as legal references and years', () => {
    expect(comparableText('6(1)(e) processing is necessary\n2021 (Updated 2023)\n14Z34 Duty')).toBe(
      '6(1)(e) processing is necessary 2021 (Updated 2023) 14Z34 Duty',
    );
  });

  it('only recognises markers at the start of a line', () => {
    expect(comparableText('Name - Surname • Role · Team')).toBe('Name - Surname • Role · Team');
  });
});

describe('comparableText: emphasis', () => {
  it('removes ** and __ around bold runs, keeping the words', () => {
    expect(comparableText('We are the **Data Controller** and do __not__ sell it.')).toBe('We are the Data Controller and do not sell it.');
  });

  it('removes bold markers around a run that spans a hard line break', () => {
    expect(comparableText('see **Sharing Your\nInformation** above')).toBe('see Sharing Your Information above');
  });

  it('drops a stray unpaired ** and keeps fill-in blanks and snake_case words', () => {
    expect(comparableText('**Schedule 1 condition\n\nName: ______ my_file__name')).toBe('Schedule 1 condition Name: ______ my_file__name');
  });

  it('keeps the bullet of a list item whose text starts in bold from being read as emphasis', () => {
    expect(comparableText('* **Access**: ask for a copy')).toBe('Access: ask for a copy');
  });
});

describe('comparableText: footnote markers', () => {
  it('drops a star or dagger marker after a word and at the start of its footnote', () => {
    const source = '- e-mails*\n- text messages*\n\n*e-mail & text should be used for non-urgent contact only.';
    expect(comparableText(source)).toBe('e-mails text messages e-mail & text should be used for non-urgent contact only.');
    expect(comparableText('transfers† apply.\n†Only with consent.')).toBe('transfers apply. Only with consent.');
  });

  it('drops bracketed numeric markers after a word and at the start of the footnote', () => {
    expect(comparableText('our basis[1], as stated.\n[1] See Article 6.')).toBe('our basis, as stated. See Article 6.');
  });

  it('compares a source marker and a rendered superscript marker as the same text', () => {
    expect(comparableText('phone calls*')).toBe(comparableText('phone calls\n'));
    expect(comparableText('* \nNon-urgent only.')).toBe(comparableText('*Non-urgent only.'));
  });

  it('keeps a star that is part of the wording, such as a multiplication or a rating', () => {
    expect(comparableText('2 * 3 = 6, rated 5 *')).toBe('2 * 3 = 6, rated 5 *');
  });
});

describe('comparableText: quotes and exact characters', () => {
  it('compares curly and straight quotes and apostrophes as equal', () => {
    expect(comparableText('Nottinghamshire’s ‘Third Parties’ and “Personal Information”')).toBe(
      `Nottinghamshire's 'Third Parties' and "Personal Information"`,
    );
  });

  it('keeps dashes, ellipses, spelling and typos exactly as written', () => {
    const source = 'Essex County Council – www.essex.gov.uk\nIf you not satisfied… be a receiving a service';
    expect(comparableText(source)).toBe(source.replace('\n', ' '));
  });

  it('normalises decomposed accents to composed ones', () => {
    expect(comparableText('Cafe\u0301 Cymru')).toBe('Caf\u00E9 Cymru');
  });
});

describe('describeDifference', () => {
  it('is undefined for equal texts', () => {
    expect(describeDifference('a b c', 'a b c')).toBeUndefined();
  });

  it('shows the words before the first difference and what each side has there', () => {
    const report = describeDifference('we keep your records for ten years', 'we keep your records for 10 years');
    expect(report).toContain('at word 6');
    expect(report).toContain('…we keep your records for');
    expect(report).toContain('expected: [ten] years');
    expect(report).toContain('actual:   [10] years');
  });

  it('reports text missing at the end', () => {
    const report = describeDifference('one two three', 'one two');
    expect(report).toContain('expected: [three]');
    expect(report).toContain('actual:   []');
  });
});
