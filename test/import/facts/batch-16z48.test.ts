/**
 * Classes from blind batch 16z48's misses (test/fixtures/import-corpus/, "batch": "16z48": text copies from health,
 * local government and Welsh bodies, and originals) and from the transfers phrasing bank
 * (test/fixtures/import-phrasings/transfers.json). Each test uses the shape of the real passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const read = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await read(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];

describe('the controller', () => {
  it('reads a saint\'s name whole, its "St." no sentence end, and takes no "Company Limited" from "a Company Limited by Guarantee" (https://stmichaelshospice.org.uk/?p=24474)', async () => {
    const text = `Patients and Patient Representatives Privacy Notice\nWe are committed to protecting and respecting your privacy as a patient or family member or carer of the patient.\nWHO WE ARE\nSt Michael’s Hospice supports people across North Hampshire who have a life-limiting illness, are facing the end of life or experiencing bereavement.\nSt. Michael’s Hospice (North Hampshire) is a charity, registered in England and Wales (charity number 1002856) and a Company Limited by Guarantee, registered in England and Wales (company number 02588395), whose registered office is Basil de Ferranti House, Aldermaston Road, Basingstoke, RG24 9NB.\nDATA PROTECTION\nWe care about your personal data and ensuring that you are informed about how we use it. St. Michael’s Hospice promises to protect your data, and to manage any information you share with us in line with data protection laws.\nSt. Michael’s Hospice processes your personal data in accordance with the legal requirements set out in the following Data Protection legislation:\n- Data Protection Act 2018 (DPA2018)\n`;
    // (Either way the text writes it: since "Hospice" ends a body's name, the first sentence naming it, "St Michael’s Hospice supports …", is read.)
    const read = await familyOf('controller', text);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatch(/^St\.? Michael’s Hospice$/);
  });

  it('reads "We, St. Mary’s … School, are the data controller" with the saint\'s abbreviation in the name', async () => {
    const text = `How we use pupil information\n\nThis privacy notice explains how we collect, store and use personal data about pupils.\n\nWe, St. Mary’s VA CofE Lower School, are the ‘data controller’ for the purposes of data protection law.\n`;
    expect(await familyOf('controller', text)).toEqual(['St. Mary’s VA CofE Lower School']);
  });

  it('reads Welsh "Mae X wedi ei ymrwymo ei hun i warchod …" (X has committed itself) (http://www.cynnalcymru.com/cy/privacy-policy/)', async () => {
    const text = `Polisi Breifatrwydd\n\nMae Cynnal Cymru wedi ei ymrwymo ei hun i warchod eich gwybodaeth bersonol.\n\nCasglu gwybodaeth bersonol\n\nRydym yn casglu eich enw.\n`;
    expect(await familyOf('controller', text)).toEqual(['Cynnal Cymru']);
  });
});

describe('bases and rights', () => {
  it('reads Welsh consent by use of the site, "Trwy ddefnyddio’r Wefan … yn cydsynio i gasglu" (the English "By using this website you consent to the collection")', async () => {
    const text = `Polisi Preifatrwydd\n\nTrwy ddefnyddio’r Wefan, rydym yn cydnabod eich bod wedi darllen y Polisi hwn ac yn cydsynio i gasglu, ddefnyddio a dadlennu’r wybodaeth bersonol honno amdanoch.\n`;
    expect(await familyOf('art6', text)).toEqual(['a']);
    // (Consent to the cookie policy by browsing on is no basis for personal data.)
    expect(await familyOf('art6', `Cwcis\n\nDrwy barhau i ddefnyddio'r wefan hon, rydych chi'n rhoi caniatâd i'r polisi hwn.\n`)).toEqual([]);
  });

  it('reads a basis named in quotes, "‘contractual’ or ‘legitimate interest’" (https://github.com/wildlifetrusts/nextdoornature privacy-policy.md)', async () => {
    const text = `Privacy Policy\n\nWhy do we collect your personal data?\n\nThe lawful basis for processing your data for these purposes may be ‘contractual’ or 'legitimate interest'.\n`;
    expect((await familyOf('art6', text)).sort()).toEqual(['b', 'f']);
  });

  it('takes no right from the organisation\'s own ("Cadwn yr hawl i … dynnu’n ôl y Polisi", "We reserve the right to … withdraw this policy")', async () => {
    expect(await familyOf('rights', `Polisi Preifatrwydd\n\nCadwn yr hawl i ddiwygio, amrywio a/ynteu dynnu’n ôl y Polisi o dro i dro ac argymhellwn eich bod yn edrych arno.\n`)).toEqual([]);
    expect(await familyOf('rights', `Privacy policy\n\nWe reserve the right to amend or withdraw this policy at any time. Your rights are set out below.\n`)).toEqual([]);
  });

  it('reads rights copied as headings under a lead-in that announces them, until a heading that names none (https://www.ymweldageryri.info/cy/preifatrwydd-chwcis)', async () => {
    const text = `Preifatrwydd a Chwcis\nEich hawliau chi\nMae’r gyfraith yn rhoi nifer o hawliau i chi:\nGofyn am wybodaeth amdanoch chi eich hun\nMae gennych hawl i ofyn am yr holl wybodaeth sydd gennym amdanoch chi. Ceir hyd at un mis i ateb ceisiadau ond gellir ymestyn hyn i hyd at 2 fis ychwanegol os yw’r cais yn swmpus neu’n gymhleth.\nGofyn i ni gywiro gwybodaeth rydych yn credu sy’n anghywir\nDylech roi gwybod i ni os ydych yn credu bod gwybodaeth amdanoch yn anghywir. Caniateir hyd at un mis i ateb ceisiadau ond gellir ymestyn hyn i hyd at ddau fis.\nCysylltu â ni\nAnfonwch e-bost at y tîm a byddwn yn ateb cyn gynted â phosibl.\n`;
    expect((await familyOf('rights', text)).sort()).toEqual(['access', 'rectification']);
    const en = `Privacy notice\n\nYour rights\n\nThe law gives you a number of rights:\n\nAsk for the information we hold about you\n\nWe have one month to answer a request, which may be extended by up to two months if the request is complex.\n\nAsk us to correct information you think is wrong\n\nYou should let us know if you think information about you is wrong, and we will put it right within one month.\n\nContact us\n\nSend us an email and we will reply as soon as we can.\n`;
    expect((await familyOf('rights', en)).sort()).toEqual(['access', 'rectification']);
  });

  it('reads spoken Welsh "yr hawl i’w dynnu nôl" (withdraw) and "hawl i wybod sut …" (to be informed), whoever holds it', async () => {
    expect(await familyOf('rights', `Preifatrwydd\n\nEin sail\n\nOs ydym yn dibynnu ar eich caniatâd, mae gennych yr hawl i’w dynnu nôl ar unrhyw adeg.\n`)).toContain('withdraw-consent');
    expect(await familyOf('rights', `Rhestr defnyddwyr: hysbysiad preifatrwydd\n\nMae gan y rhai sydd ar y rhestr hawl i wybod sut yr ydym yn prosesu a storio gwybodaeth amdanynt.\n`)).toEqual(['informed']);
  });
});

describe('duties that are no basis (corpus readings a keyer never gave)', () => {
  it('takes no legal obligation from the duty to obey data protection law ("legally obliged to use your information in line with all laws concerning …")', async () => {
    expect(await familyOf('art6', `Privacy policy\n\nIntroduction\n\nWhenever you provide such information, we are legally obliged to use your information in line with all laws concerning the protection of personal information.\n`)).toEqual([]);
    expect(await familyOf('art6', `Privacy notice\n\nHow we use your information\n\nEveryone working for Children’s Services has a legal duty to keep and process information about you in accordance with the law.\n`)).toEqual([]);
  });

  it('takes no legal obligation from an item of how long data is kept ("for as long as:" / "the law requires us to", the GOV.UK template)', async () => {
    const md = `# Privacy notice\n\n## What we collect\n\nThe legal basis for performing web analytics is your consent.\n\n## How long we keep your data\n\nWe will only keep your personal data for as long as:\n\n- the law requires us to\n- we need for the purposes listed above\n`;
    expect(await familyOf('art6', md, 'privacy.md')).toEqual(['a']);
    expect(await familyOf('retention', md, 'privacy.md')).toEqual(['criteria']);
  });
});

describe('transfers', () => {
  it('reads a refusal "without suitable safeguards" as a transfer that may happen (https://leics-fire.gov.uk/privacy/)', async () => {
    const text = `Privacy notice\n\nWe will:\n\n- Ensure personal data is not transferred or processed outside of the European Economic Area or United States of America without suitable safeguards and adequate protection being in place\n`;
    expect(await familyOf('transfers', text)).toEqual(['yes']);
    expect(await familyOf('transfers', `Privacy notice\n\nWhere we keep it\n\nWe do not transfer your personal data outside the UK.\n`)).toEqual(['no']);
  });

  it('reads data "situated" outside the EEA after "processed by our staff in the UK. However, …" (https://github.com/wildlifetrusts/nextdoornature)', async () => {
    const text = `Privacy Policy\n\nHow do we store your data?\n\nAll of the personal data we process is processed by our staff in the UK. However, for the purposes of IT hosting and maintenance your information may be situated outside of the European Economic Area (EEA).\n`;
    expect(await familyOf('transfers', text)).toEqual(['yes']);
  });

  it('reads data that "may leave the UK", a supplier "based outside of the EEA", "if we need to transfer … to a country not recognised", "transfers … to non-EEA governments"', async () => {
    expect(await familyOf('transfers', `Privacy notice\n\nWhere in the world is your information?\n\nThe majority of personal information is stored on systems in the UK. But there are some occasions where your information may leave the UK either to get to another organisation or if it’s stored in a system outside of the EU.\n`)).toEqual(['yes']);
    expect(await familyOf('transfers', `Privacy notice\n\nWhere we store data\n\nWe are wholly based in the UK. Some organisations which provide data processing services to us do so under contract and may be based outside of the EEA.\n`)).toEqual(['yes']);
    expect(await familyOf('transfers', `Privacy notice\n\nHow we use it\n\nIf we need to transfer any information to a country not recognised as providing equivalent protection, we will use additional safeguards.\n`)).toEqual(['yes']);
    expect(await familyOf('transfers', `Privacy notice\n\nTransfer of personal data\n\nThe following transfers are allowed:\n\n- transfers of personal data to non-EEA governments sponsoring students to attend a course of study in the UK\n`)).toEqual(['yes']);
  });

  it('reads "Generally … will not be sent outside EEA, unless stored within cloud-based computer services" as a transfer that may happen', async () => {
    const text = `Privacy notice\n\nWhere we keep your information\n\nGenerally, personal information in our control will not be sent outside EEA, unless stored within cloud-based computer services.\n`;
    expect(await familyOf('transfers', text)).toEqual(['yes']);
  });

  it('reads Welsh "byddwn ni’n trosglwyddo" to another country as a transfer, and data "a delir … yn y DU" as kept here', async () => {
    expect(await familyOf('transfers', `Hysbysiad preifatrwydd\n\nTrosglwyddo data\n\nDim ond i wlad arall y bernir ei bod yn ddigonol y byddwn ni'n trosglwyddo'ch data personol.\n`)).toEqual(['yes']);
    expect(await familyOf('transfers', `Preifatrwydd\n\nEin data\n\nGwybodaeth a ddarperir gan ddefnyddwyr; fe’i delir yn ein canolfannau data diogel yn y DU.\n`)).toEqual(['no']);
  });

  it('takes the law\'s rule for transfers as no transfer ("GDPR sets out that …", "additional requirements apply", "Egwyddor … yn gofyn", "law contains rules")', async () => {
    for (const sentence of [
      'The General Data Protection Regulation (GDPR) sets out that personal data may only be transferred outside of the EEA when certain safeguards are in place.',
      'Where data is transferred outwith the European Economic Area (EEA), additional requirements apply.',
      'Data protection law contains rules about transferring personal information to receivers located outside the UK.',
      "Mae'r wythfed Egwyddor Diogelu Data yn gofyn na throsglwyddir gwybodaeth bersonol y tu allan i'r Ardal Economaidd Ewropeaidd.",
    ]) expect(await familyOf('transfers', `Guidance\n\nInternational transfers\n\n${sentence}\n`)).toEqual([]);
  });
});

describe('structure', () => {
  it('finds no wrap width in one-line paragraphs of one length that end their sentences: title-case headings after a list stay headings (https://www.elhampc.co.uk/?page_id=5198)', async () => {
    const text = `Privacy Notice\nThis Privacy Statement explains how Elham Parish Council collects, uses, and protects personal data under the UK General Data Protection Regulation and the Data Protection Act 2018, and what your rights are.\nThe Council is the Data Controller for the personal data we process.\nWhat Personal Data We Collect\nWe may collect and process the following types of personal data:\n- Names, addresses, telephone numbers, and email addresses\n- Correspondence and enquiries\nWe only collect the minimum amount of data necessary for each purpose.\nHow We Use Your Personal Data\nWe process personal data to:\n- Deliver council services\n- Maintain governance records such as minutes, policies, and registers\nWe do not use your data for marketing.\nWhy We Collect Your Personal Data (Purposes of Processing)\nWe use your personal data to:\n- Maintain governance records such as minutes, policies, and registers\nLawful Basis for Processing\nUnder Article 6 UK GDPR, we rely on:\n- Legal obligation – where processing is required by law\n`;
    const { config } = await read(text);
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['What Personal Data We Collect', 'How We Use Your Personal Data', 'Why We Collect Your Personal Data (Purposes of Processing)', 'Lawful Basis for Processing']);
  });

  it('reads a heading "Steps we take to keep your information private" as security, not retention (https://github.com/Abergeledental/Abergeledental privacy.html)', async () => {
    const text = `Privacy\n\nSteps we take to keep your information private\n\nWhere we store your information in third-party services, we restrict access only to people who need it.\n`;
    expect(await familyOf('retention', text)).toEqual([]);
  });
});
