/**
 * Structure misses of batches 16z5 (Scotland and Northern Ireland), 16z6 (Wales), 16z7 and 16z8
 * that lost headings, read a title wrongly or broke the corpus's limit of one spurious section a
 * notice (issue 16; test/fixtures/import-corpus/, "batch": "16z5" … "16z8" in answers.json), fixed
 * by class, each test with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (blocks: DocBlock[]) => blocks.find((b) => b.kind === 'heading' && b.level === 1);

describe('batches 16z5 to 16z8', () => {
  it('numbered headings whose sections the copy left empty, each set off by blank lines, carry the numbering on (http://www.caringhomes.org/cookies-privacy/)', () => {
    const tree = textToTree('This Policy applies as between you, the User of this Web Site and Caring Homes the owner and provider of this Web Site. This Policy applies to our use of any and all Data collected by us in relation to your use of the Web Site.\n\n1. Definitions and Interpretation\nIn this Policy the following terms shall have the following meanings:\n\n\n2. Data Collected\nWithout limitation, any of the following Data may be collected:\n\n\n3. Our Use of Data\n\n4. Third Party Web Sites and Services\nCaring Homes may, from time to time, employ the services of other parties for dealing with matters that may include, but are not limited to, payment handling, delivery of purchased items, search engine facilities, advertising and marketing.\n\n5. Changes of Business Ownership and Control\n\n6. Controlling Access to your Data\n\n7. Your Right to Withhold Information\n\n8. Accessing your own Data\n\n9. Security\n\n10. Cookies\n\n11. Changes to this Policy\nCaring Homes reserves the right to change this Privacy Policy as we may deem necessary from time to time or as may be required by law. Any changes will be immediately posted on the Web Site.\n');
    expect(headings(tree.blocks)).toEqual(['1. Definitions and Interpretation', '2. Data Collected', '3. Our Use of Data', '4. Third Party Web Sites and Services', '5. Changes of Business Ownership and Control', '6. Controlling Access to your Data', '7. Your Right to Withhold Information', '8. Accessing your own Data', '9. Security', '10. Cookies', '11. Changes to this Policy']);
  });

  it('a numbered breadcrumb from "1. Home", its crumbs pages\' full titles, is furniture; the heading it ends with is the title (https://www.eastsussex.gov.uk/privacy/asc-your-information/legal)', () => {
    const tree = textToTree('1. Home\n  2. Privacy\n  3. Privacy notice - Adult Social Care: your information and you\n  4. What is the legal basis for processing your information?\n\nWhat is the legal basis for processing your information?\n\nOur legal basis for collecting and processing your data is to fulfil our legal obligations and when it is considered necessary to enable us to carry out our tasks, functions, duties or powers or to perform a task carried out in the public interest.\n\nWhere we rely on seeking your Consent to process your data, we will ask on an individual basis.\n');
    expect(title(tree.blocks) && blockText(title(tree.blocks)!)).toBe('What is the legal basis for processing your information?');
    expect(headings(tree.blocks)).toEqual([]);
  });
});
