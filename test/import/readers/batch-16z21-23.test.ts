/**
 * Structure misses of batches 16z21 (Welsh notices), 16z22 (Scotland) and 16z23 (England) that
 * took spurious headings, lost headings or titles, or broke the corpus's limit of one spurious
 * section a notice (issue 16; test/fixtures/import-corpus/, "batch" in answers.json), fixed by
 * class, each test with the real lines' shapes and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (blocks: DocBlock[]) => {
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 && blockText(h1);
};
const text = (blocks: DocBlock[]) => blocks.map(blockText).join('\n');

describe('batches 16z21, 16z22 and 16z23: page furniture over the title', () => {
  it('social links, a pandemic alert under the cookie banner and a "What\'s New" entry with the date it was added are the site\'s (https://www.nhsggc.org.uk/patients-and-visitors/faqs/data-protection-privacy/)', () => {
    const ggc = textToTree("This site uses cookies to store information on your computer. I'm fine with this Cookie information\nFollow is on Twitter Like us on Facebook Follow us on Instagram\nCORONAVIRUS (COVID-19)\n\n*UPDATED* Hospital visiting changes, home testing kits, Vaccine info, general info and guidance for public, NHSGGC staff, and community-based services.\n\nData Protection & Privacy\n\nThis page provides details about the various personal information we request, obtain and store, our purposes for using that information, who provides us with it, how we protect it, and more.\n\nWhat's New\n\n11 - Child Friendly Privacy Notice (added 27/04/21)\n\n\nNHS Greater Glasgow & Clyde (NHSGGC) is a public organisation created in Scotland under section 1 of the National Health Service (Scotland) Act 1978.\n");
    expect(title(ggc.blocks)).toBe('Data Protection & Privacy');
    expect(headings(ggc.blocks)).toEqual(["What's New"]);
    expect(text(ggc.blocks)).not.toMatch(/Twitter|CORONAVIRUS/);
    // A pandemic's name heading a notice's own section, where no cookie banner stands over it, stays.
    const wg = textToTree("Neidio i'r prif gynnwys\n\nY diweddaraf ar y coronafeirws (COVID-19)\n\nMae Llywodraeth Cymru yn wynebu heriau digynsail yn ystod pandemig coronafeirws (COVID-19) ac mae hyn yn effeithio ar ein gwaith.\n\nCyflwyniad\n\nMae'r hysbysiad hwn yn esbonio sut rydym yn trin ceisiadau am wybodaeth a'r data personol sydd ynddynt.\n");
    expect(text(wg.blocks)).toMatch(/coronafeirws \(COVID-19\)/);
  });

  it('a form\'s name and its required-field note over the notice, and an expander\'s link "Gwelwch ein hysbysiad preifatrwydd", are the form\'s (https://www.dyfed-powys.police.uk/cy-GB/cyngor/cyngor-a-gwybodaeth/ymwelydd-tramor/cofrestru-fel-ymwelydd-wlad-dramor/af2/sut-i-gofrestru/orc/cysylltu-ynglyn-apwyntiad-gofrestru/)', () => {
    const police = textToTree("Ffurflen\n\nMae meysydd sydd wedi’u nodi â * yn orfodol\n\nPreifatrwydd\n\nI ddeall sut mae eich data'n cael ei gasglu a'i brosesu, darllenwch ein hysbysiad preifatrwydd.\n\n \n\n \n\nGwelwch ein hysbysiad preifatrwydd\n\nRhagymadrodd\n\nRheolir defnydd a datgeliad data personol yn y Deyrnas Unedig gan Ddeddf Diogelu Data 2018 (y Ddeddf).\n");
    expect(title(police.blocks)).toBe('Preifatrwydd');
    expect(headings(police.blocks)).toEqual(['Rhagymadrodd']);
    const form = textToTree('Form\n\nFields marked with * are required\n\nPrivacy\n\nTo understand how your data is collected and processed, please read our privacy notice below.\n\nIntroduction\n\nThe use and disclosure of personal data is governed in the United Kingdom by the Data Protection Act 2018.\n');
    expect(title(form.blocks)).toBe('Privacy');
    expect(headings(form.blocks)).toEqual(['Introduction']);
  });

  it('a GOV.UK cookie banner copied before the skip link is the page\'s, not the title (https://cyfrifiad.gov.uk/cwcis)', () => {
    const census = textToTree("Dywedwch wrthym a ydych chi'n derbyn cwcis ons.gov.uk\n\nRydym ni’n defnyddio cwcis i gasglu gwybodaeth am y ffordd rydych chi’n defnyddio cyfrifiad.gov.uk. Rydym ni’n defnyddio’r wybodaeth hon i sicrhau bod y wefan yn gweithio.\n\nYou have accepted all additional cookies. You have rejected all additional cookies. You can change your cookie preferences at any time.\n\nNeidio i’r prif gynnwy\n\nCwcis ar cyfrifiad.gov.uk\n\nFfeiliau bach a gaiff eu storio ar eich ffôn, llechen neu gyfrifiadur pan fyddwch yn mynd at wefan yw cwcis.\n\nGosodiadau cwcis\n\nRydym yn defnyddio JavaScript i osod ein cwcis. Nid yw JavaScript yn rhedeg ar eich porwr felly ni allwch newid eich gosodiadau.\n");
    expect(title(census.blocks)).toBe('Cwcis ar cyfrifiad.gov.uk');
    expect(headings(census.blocks)).toEqual(['Gosodiadau cwcis']);
    // The page's own name before the skip link stays: "Cookie policy" is no banner's line.
    const own = textToTree('Cookie policy\n\nWe use cookies to make this website work and to see how it is used by the people who visit.\n\nSkip to main content\n\nWhat cookies are\n\nCookies are small files saved on your phone, tablet or computer when you visit a website.\n');
    expect(title(own.blocks)).toBe('Cookie policy');
  });

  it('a campaign\'s banner and its "Donate Now" over the page\'s name are the site\'s (http://www.cornexchangenew.com/cookie-policy)', () => {
    const corn = textToTree('Jump to main content\n\nSupport our Old Library Campaign\n\nDonate Now\n\nCookie policy\n\nAbout cookies\n\n\nCookies are small packets of information stored by a web browser on your computer.\n');
    expect(title(corn.blocks)).toBe('Cookie policy');
    expect(headings(corn.blocks)).toEqual(['About cookies']);
  });

  it('the site\'s header over the notice\'s name, the site\'s web address among its lines, is the page\'s; the site\'s name under the title is its byline (http://www.cardiff.gov.uk/CYM/preswylydd/Gwasanaethau-Cymdeithasol-a-Lles/Plant/Hysbysiad-preifatrwydd/Pages/default.aspx)', () => {
    const cardiff = textToTree("Sign In\nCyngor Caerdydd www.caerdydd.gov.uk\nLoading\n\nFy Nghymdogaeth\n\nDefnyddiwch eich cod post i ddod o hyd i gynghorwyr, cyfleusterau, dalgylchoedd ysgol lleol a mwy.\n\nFind facilities in my area\n\nCyngor Caerdydd\n\nwww.caerdydd.gov.uk\n\nHysbysiad Preifatrwydd\n\nCyngor Caerdydd\n\nMae’n rhaid i Gyngor Caerdydd gasglu gwybodaeth bersonol gan unigolion fel ein bod ni’n gallu darparu gwasanaethau gofal cymdeithasol wedi'u teilwra’n arbennig.\n\n\nAt ba ddiben y mae’r wybodaeth yn cael ei defnyddio?\n\nMae gwybodaeth bersonol yn cael ei defnyddio i werthuso a yw pobl yn gymwys i gael gwasanaethau gofal cymdeithasol.\n");
    expect(title(cardiff.blocks)).toBe('Hysbysiad Preifatrwydd');
    expect(headings(cardiff.blocks)).toEqual(['At ba ddiben y mae’r wybodaeth yn cael ei defnyddio?']);
    // The header's lines stay before the title, as lines: the web furniture pass reads the site's name from them.
    expect(cardiff.blocks.slice(0, cardiff.blocks.findIndex((b) => b.kind === 'heading')).every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('the council\'s bilingual site name over a Welsh title that names "eich gwybodaeth" is the site\'s (https://www.anglesey.gov.wales/cy/Trigolion/Treth-cyngor/Treth-Gyngor-sut-rydym-yn-defnyddio-eich-gwybodaeth-bersonol.aspx)', () => {
    const anglesey = textToTree('Skip to content\n\nCyngor Sir Ynys Môn - Isle of Anglesey County Council\n\nTreth Gyngor: sut rydym yn defnyddio eich gwybodaeth bersonol\n\n\nRhybudd Prosesu Teg\n\nBydd Cyngor Sir Ynys Môn yn defnyddio’r wybodaeth y byddwch yn ei roi, ac unrhyw dystiolaeth cefnogol y darparwch, er mwyn asesu eich atebolrwydd ar gyfer y Dreth Gyngor.\n');
    expect(title(anglesey.blocks)).toBe('Treth Gyngor: sut rydym yn defnyddio eich gwybodaeth bersonol');
    expect(headings(anglesey.blocks)).toEqual(['Rhybudd Prosesu Teg']);
  });
});
