/**
 * Classes of miss found in batches 16z17 (English local government), 16z18 (Wales, in Welsh) and
 * 16z19 (health and care) after their one blind measurement: the Welsh controller, rights stated as
 * what the reader may ask, retention forever or in a table's cells, a basis under a heading that is
 * only its name, plain English bases, the complaint route in a heading. Each test uses the shape of a
 * real passage (its address in the test's name); the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const factsOf = async (family: string, text: string, file = 'notice.txt') => [...new Set((await importNotice(file, enc(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))].sort();

describe('the controller in Welsh', () => {
  it('reads "X neu Goleg Y (o hyn ymlaen, y Coleg) fydd y rheolydd data", in the name\'s radical form (https://www.colegsirgar.ac.uk/index.php/cy/10-welsh/3551-hysbysiad-preifatrwydd-i-ddysgwyr)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd i Ddysgwyr\n\nMae cymryd rhan yn y rhaglen hon yn ddibynnol ar i chi ddarparu data personol. Coleg Sir Gâr neu Goleg Ceredigion (o hyn ymlaen, y Coleg) fydd y rheolydd data ar gyfer y wybodaeth bersonol y byddwch yn ei darparu.\n')).toEqual(['Coleg Ceredigion']);
  });

  it('proposes the body in "esbonio sut y bydd X yn ymdrin â\'ch gwybodaeth bersonol" (https://www.ombwdsmon.cymru/hysbysiad-preifatrwydd/)', async () => {
    expect(await factsOf('controller', 'Hysbysiad Preifatrwydd – achwynwyr a chynrychiolwyr\n\nMae’r hysbysiad preifatrwydd hwn yn esbonio sut y bydd Ombwdsmon Gwasanaethau Cyhoeddus Cymru yn ymdrin â’ch gwybodaeth bersonol.\n')).toEqual(['Ombwdsmon Gwasanaethau Cyhoeddus Cymru']);
  });

  it('proposes the body a service "yn cael ei weithredu gan", never the kind of body after its address (https://helpap.gig.cymru/help/cyfreithiol-a-chwcis/eich-preifatrwydd/ap-polisi-preifatrwydd)', async () => {
    expect(await factsOf('controller', 'Polisi Preifatrwydd\n\n1.2. Mae DSPP yn cael ei weithredu gan Iechyd a Gofal Digidol Cymru, Tŷ Glan-yr-Afon, 21 Heol Ddwyreiniol y Bont-faen, Caerdydd, CF11 9AD, Awdurdod Iechyd Arbennig a sefydlwyd drwy Orchymyn.\n')).toEqual(['Iechyd a Gofal Digidol Cymru']);
  });

  it('proposes the body that runs a project, the one "sydd wedi ymrwymo" (http://cymruifanc.cymru/index.php/caffi/polisi-preifatrwydd)', async () => {
    expect(await factsOf('controller', 'Polisi Preifatrwydd\n\nMae Cymru Ifanc yn brosiect sy’n cael ei gynnal gan Plant yng Nghymru sydd wedi ymrwymo i gadw’ch gwybodaeth bersonol yn ddiogel.\n')).toEqual(['Plant yng Nghymru']);
  });

  it('takes "Eich Bwrdd Iechyd" (your health board) for no name (https://www.dental-referrals.nhs.wales/cy/patients/confidentiality-2/)', async () => {
    expect(await factsOf('controller', 'Iaith\nEich Bwrdd Iechyd\nCadw data\'n ddiogel\nRydym yn cymryd diogelwch eich data o ddifrif calon.\n')).toEqual([]);
  });
});

describe('rights stated as what the reader may ask', () => {
  it('reads Welsh access, rectification and erasure in plain words (https://www.complantcymru.org.uk/preifatrwydd/)', async () => {
    expect(await factsOf('rights', 'Preifatrwydd\n\nMae gennych hawl i weld unrhyw wybodaeth mae CPC yn ei chadw amdanoch chi. Os ydych chi’n credu bod unrhyw wybodaeth sydd gennym amdanoch chi’n anghywir rhowch wybod i ni ac fe wnawn ein gorau i newid pethau.\n\nDileu\n\nOs ydych yn dymuno dileu eich manylion o’n cronfa ddata am ryw reswm, rhowch wybod i ni.\n')).toEqual(['access', 'erasure', 'rectification']);
  });

  it('reads "byddwn ni\'n dangos i chi\'r wybodaeth … amdanoch chi" as access (http://cymruifanc.cymru/index.php/caffi/polisi-preifatrwydd)', async () => {
    expect(await factsOf('rights', 'Polisi Preifatrwydd\n\nAr unrhyw adeg, gallwch chi ofyn i ni a byddwn ni’n dangos i chi’r wybodaeth bersonol rydyn ni’n ei chadw amdanoch chi.\n')).toEqual(['access']);
  });

  it('reads "Gallwch ofyn i ni dynnu eich enw oddi ar ein systemau" as erasure (https://gofalcymdeithasol.cymru/hub/hub-generic-standalone/privacy-policy-and-cookies)', async () => {
    expect(await factsOf('rights', 'Deddfwriaeth\n\nNi fydd eich manylion personol yn cael eu defnyddio at unrhyw ddiben arall. Gallwch ofyn i ni dynnu eich enw oddi ar ein systemau ar unrhyw adeg.\n')).toEqual(['erasure']);
  });

  it('reads a right said to "you" in Welsh forms other than "chi" and "eich" ("mae gennych hawl i dderbyn copi o\'r wybodaeth bersonol sydd gennym amdanoch") (https://www.llyfrgell.cymru/am-llgc/amdanom-ni/llywodraethiant/rheolaeth-gwybodaeth/rheoliad-cyffredinol-gwarchod-data/datganiad-preifatrwydd)', async () => {
    expect(await factsOf('rights', 'Datganiad preifatrwydd\n\nO dan Reoliad Cyffredinol Gwarchod Data 2018 mae gennych hawl i dderbyn copi o\'r wybodaeth bersonol sydd gennym amdanoch.\n')).toEqual(['access']);
  });

  it('reads "yr hawl i geisio gwybodaeth bersonol yr ydym yn cadw amdanoch" as access (https://www.ombwdsmon.cymru/diogelu-data/)', async () => {
    expect(await factsOf('rights', 'Diogelu Data\n\nMae’r hawliau hyn yn cynnwys yr hawl i geisio gwybodaeth bersonol yr ydym yn cadw amdanoch.\n')).toEqual(['access']);
  });

  it('reads "The right to transparency" as the right to be informed (https://www.rowanshospice.co.uk/informationnotice/)', async () => {
    expect(await factsOf('rights', 'Privacy Policy\n\nData Subject Rights\n\n  • The right to transparency\n  • The right to data portability\n')).toEqual(['informed', 'portability']);
  });

  it('takes withdrawing consent to cookies for no right (https://www.datadictionary.nhs.uk/notices/cookies.html)', async () => {
    expect(await factsOf('rights', 'Cookies\n\nYou can at any time change or withdraw your consent from the Cookie Declaration on our website.\n')).toEqual([]);
  });
});

describe('retention', () => {
  it('reads Welsh "am byth" (forever) (http://wai.org.uk/cookies?diablo.lang=cym)', async () => {
    expect(await factsOf('retention', 'Cwcis\n\nMae\'n bosibl y cedwir y cofnodion hyn am byth a\'u defnyddio ar unrhyw adeg.\n')).toEqual(['criteria']);
  });

  it('reads a Welsh period "N mlynedd ar ôl …" in a retention section (https://www.colegsirgar.ac.uk/index.php/cy/10-welsh/3551-hysbysiad-preifatrwydd-i-ddysgwyr)', async () => {
    expect(await factsOf('retention', 'Hysbysiad\n\nAm ba hyd fydd y Coleg yn cadw eich gwybodaeth?\n\nData craidd dysgwyr: o leiaf 10 mlynedd ar ôl i chi adael y Coleg.\n')).toEqual(['10 years']);
  });

  it('reads no retention from a Welsh section about keeping data safe (https://www.dental-referrals.nhs.wales/cy/patients/confidentiality-2/)', async () => {
    expect(await factsOf('retention', 'Gwybodaeth\n\nCadw data\'n ddiogel\n\nRydym yn cymryd diogelwch eich data o ddifrif calon. Dyma sut rydym yn eu diogelu a sut rydym yn cydymffurfio â\'r Rheoliadau.\n')).toEqual([]);
  });
});

describe('lawful bases', () => {
  it('reads headings that are only a basis\'s name under a title about the lawful basis (https://leeds-cares.org/privacy-7-our-lawful-basis-for-processing-your-data/)', async () => {
    expect(await factsOf('art6', 'Privacy – 7. Our lawful basis for processing your data\n\n7.1 Specific consent\n\nWhere you have provided your consent for us to process your data.\n\n7.2 Legal obligation\n\nWhere we must comply with a legal or regulatory obligation such as reporting to the Charity Commission.\n\n7.3 Contract\n\nWhere the processing is necessary for a contract we have with you.\n\n7.4 Legitimate interests\n\nWhere it is in our interests to do so.\n')).toEqual(['a', 'b', 'c', 'f']);
  });

  it('reads no basis from a heading "Contract" in a notice that never speaks of the lawful basis', async () => {
    expect(await factsOf('art6', 'Privacy notice\n\nContract\n\nWe use the details you give us to run the service.\n')).toEqual([]);
  });

  it('reads a legal obligation given as the reason (http://www.darlington.gov.uk/your-council/data-protection-and-freedom-of-information/privacy-notice/licensing-service/, https://www.pendle.gov.uk/info/20094/data_protection_and_freedom_of_information/434/privacy_notice/2, https://www.lbbd.gov.uk/council-and-democracy/privacy-notices/adult-social-care-privacy-notice)', async () => {
    expect(await factsOf('art6', 'Licensing\n\nWe keep this information to administer the licensing of drivers. We do this because we have a legal obligation to do so.\n')).toEqual(['c']);
    expect(await factsOf('art6', 'Electoral Services\n\nWe collect it because we are legally obliged to comply with the Electoral Registration and Administration Act 2013.\n')).toEqual(['c']);
    expect(await factsOf('art6', 'Adult social care\n\nUnder the Care Act 2014 local authorities have a statutory obligation to provide relevant social care services.\n')).toEqual(['c']);
    expect(await factsOf('art6', 'Sharing\n\nWe may be legally required to share your information with the police.\n')).toEqual([]);
  });

  it('reads "We also use your consent to …" (https://www.runnymede.gov.uk/directory-record/116/planning-privacy-notice)', async () => {
    expect(await factsOf('art6', 'Planning\n\nWe also use your consent to send you email notifications when new planning applications are registered near your property.\n')).toEqual(['a']);
  });

  it('reads Welsh "cyflawni ein swyddogaethau cyhoeddus" as public task only where the text speaks of the basis (https://maethucymru.ynysmon.llyw.cymru/cy/polisi-preifatrwydd, https://helpap.gig.cymru/help/cyfreithiol-a-chwcis/eich-preifatrwydd/ap-polisi-preifatrwydd)', async () => {
    expect(await factsOf('art6', 'Polisi\n\nBydd y Cyngor yn prosesu eich gwybodaeth bersonol oherwydd bod hynny’n angenrheidiol er mwyn i ni gyflawni ein swyddogaethau cyhoeddus swyddogol.\n', 'polisi.txt')).toEqual(['e']);
    expect(await factsOf('art6', 'Polisi\n\nMae DSPP yn casglu’r wybodaeth hon er mwyn cyflawni ei swyddogaethau cyhoeddus i gefnogi gofal iechyd yng Nghymru.\n', 'polisi.txt')).toEqual([]);
  });
});

describe('the complaint route', () => {
  it('reads a heading "Appeals to the Information Commissioner\'s Office" whose section the copy cut short (https://bathnes.gov.uk/council-privacy-notices/estates-tenant-records-privacy-notice)', async () => {
    expect(await factsOf('ico', 'Privacy Notice\n\nHow is it used?\n\nTo manage tenancies.\n\nAppeals to the Information Commissioner’s Office\n\nIf you are not satisfied with our response, you can\n')).toEqual(['ico']);
  });
});
