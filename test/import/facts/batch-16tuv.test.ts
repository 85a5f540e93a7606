/**
 * Classes of miss that batches 16t (English NHS notices and cookie pages), 16u (Wales, mostly in
 * Welsh) and 16v (Scotland, Northern Ireland, UK charities, housing and schools) showed in the fact
 * rules after their blind runs (test/fixtures/import-corpus/, batches "16t", "16u", "16v"). Each
 * test uses the shape of a real passage from those batches (its address in the test's name); the
 * rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const factsOf = async (family: string, text: string, file?: string) => [...new Set((await load(text, file)).found.filter((f) => f.family === family).map((f) => f.value))].sort();
const cookieNames = async (text: string, file = 'cookies.txt') => ((await load(text, file)).config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => c.name).sort();

describe('the lawful bases', () => {
  it('reads no legal obligation from the duty to keep records confidential and secure, and public task from the NHS template\'s "official authority with a public duty", in English and Welsh (https://www.secamb.nhs.uk/privacy-statement/, https://eastamb.nhs.uk/governance/patient-and-public-privacy-notice, https://ambiwlans.gig.cymru/…/hysbysiad-preifatrwydd-claf/)', async () => {
    expect(await factsOf('art6', 'Privacy notice\n\nHealth records are held on paper and electronically. We have a legal duty to keep these confidential, accurate and secure at all times in line with data protection laws.\n')).toEqual([]);
    expect(await factsOf('art6', 'Privacy notice\n\nThe NHS is an official authority with a public duty to care for its patients, as guided by the Department of Health.\n')).toEqual(['e']);
    expect(await factsOf('art6', 'Hysbysiad preifatrwydd\n\nY sail gyfreithiol ar gyfer prosesu data at y dibenion hyn yw bod y GIG yn awdurdod swyddogol sydd â dyletswydd gyhoeddus i ofalu am ei gleifion.\n', 'hysbysiad.txt')).toEqual(['e']);
  });

  it('reads consent asked for to process, reliance "in pursuit of our legitimate interests" and a heading naming "contractual purposes" (https://www.norfolkcommunityhealthandcare.nhs.uk/privacy-notice/, https://www.sbha.dev.anzu.nvisage.co.uk/privacy_notice.htm)', async () => {
    expect(await factsOf('art6', 'Privacy notice\n\nIn some areas of our Trust we ask for consent from you to process your information, for example, in participating in patient experience surveys.\n')).toEqual(['a']);
    expect(await factsOf('art6', 'Privacy notice\n\nWhy we need your personal information – contractual purposes\n\nWe need your details to manage your tenancy.\n\nWhy we need your personal information – legitimate purposes\n\nWe also process your household’s personal information in pursuit of our legitimate interests to:\n\n- manage our properties\n')).toEqual(['b', 'f']);
  });

  it('reads the bases from the list of what the data is required for (http://www.qub.ac.uk/directorates/MRCI/admissions/FairProcessingNotice/)', async () => {
    expect(await factsOf('art6', 'Fair Processing Notice\n\nThe data is required in order for us to:\n\n1. Fulfil our obligations to you under the Admissions Policy and, (if applicable), your student contract;\n2. Carry out our official functions as a Higher Education institution;\n3. Comply with our legal obligations;\n4. Pursue our legitimate interests;\n5. Protect your vital interests, where necessary.\n')).toEqual(['b', 'c', 'd', 'e', 'f']);
  });

  it('reads no basis from "required by law to have a lawful basis" (https://www.norwood.org.uk/pages/blog/retail-gift-aid-privacy-statement/)', async () => {
    expect(await factsOf('art6', 'Gift Aid\n\nOrganisations are required by law to have a lawful basis for all processing of personal information that they carry out.\n')).toEqual([]);
  });

  it('reads Welsh "Cydymffurfio gyda rhwymedigaeth gyfreithiol" and "er budd hanfodol gwrthrych y data" (https://www.ceredigion.gov.uk/…/hysbysiad-preifatrwydd-prosesu-cyffredinol-covid-19-cyngor-sir-ceredigion/)', async () => {
    expect(await factsOf('art6', 'Hysbysiad preifatrwydd\n\nMewn amgylchiadau penodol, efallai y bydd angen prosesu er budd hanfodol gwrthrych y data.\n\nRhaid i ni brosesu data wrth gydymffurfio gyda rhwymedigaeth gyfreithiol.\n', 'hysbysiad.txt')).toEqual(['c', 'd']);
  });
});

describe('retention and transfers', () => {
  it('reads retention "for specified periods of time as set out in the Retention Schedule", and its Welsh form (https://eastamb.nhs.uk/governance/patient-and-public-privacy-notice, https://ambiwlans.gig.cymru/…/hysbysiad-preifatrwydd-claf/)', async () => {
    expect(await factsOf('retention', 'Privacy notice\n\nInformation is held for specified periods of time as set out in the EEAST Retention Schedule.\n')).toEqual(['criteria']);
    expect(await factsOf('retention', 'Hysbysiad\n\nCedwir gwybodaeth am gyfnodau penodol o amser fel y nodir yn y Cod Ymarfer Rheoli Cofnodion ar gyfer Iechyd a Gofal Cymdeithasol.\n', 'hysbysiad.txt')).toEqual(['criteria']);
  });

  it('reads a transfer where recipients "operate both in and out of the European Economic Area" (http://pulteney.co.uk/info.aspx?p=7)', async () => {
    expect(await factsOf('transfers', 'GDPR\n\nWe may occasionally share some of it with other organisations such as local hospitals, who may operate both in and out of the European Economic Area (EEA).\n')).toEqual(['yes']);
  });
});

describe('the controller', () => {
  it('proposes an ambulance service named in the opening, not an "Emergency Ambulance Service" in a title (https://www.secamb.nhs.uk/privacy-statement/, https://www.yas.nhs.uk/tc/privacy-notice-emergency-ambulance-service-999/)', async () => {
    expect((await load('Privacy notice\n\nSouth East Coast Ambulance Service (SECAmb) provides NHS care and treatment for people living in South East England.\n')).found.find((f) => f.family === 'controller')?.value).toBe('South East Coast Ambulance Service');
    expect((await load('Privacy Notice: Emergency Ambulance Service (999)\n\nWe have a legal duty to perform our tasks in the public interest.\n')).found.find((f) => f.family === 'controller')).toBeUndefined();
  });

  it('reads the name before an aside "(hereafter, the College)", a registered housing association, a mutated Welsh council name, and "information that X holds about you" (https://www.colegsirgar.ac.uk/…/3547-privacy-notice-for-learners, https://radiushousing.org/privacy-policy, https://www.ceredigion.gov.uk/…, https://www.hafancymru.co.uk/personal-data-privacy-notice/)', async () => {
    const controller = async (text: string, file?: string) => (await load(text, file)).found.find((f) => f.family === 'controller')?.value;
    expect(await controller('Privacy notice for learners\n\nColeg Sir Gar or Coleg Ceredigion (hereafter, the College) will be the data controller for the personal information you provide.\n')).toBe('Coleg Ceredigion');
    expect(await controller('GDPR Fair Processing Notice\n\nWho are we?\n\nRadius Housing Association, (the RHA) (registered office at 3-7 Redburn Square, Holywood BT18 9HZ) is a registered housing association.\n')).toBe('Radius Housing Association');
    expect(await controller('Hysbysiad preifatrwydd\n\nGan ymateb i bandemig Covid-19, mae gofyn i Gyngor Sir Ceredigion gyflawni ystod eang o weithgarwch prosesu data personol.\n', 'hysbysiad.txt')).toBe('Cyngor Sir Ceredigion');
    expect(await controller('Personal Data Privacy Notice\n\nWe collect this information to let our funding commissioners (for example Local Authorities, the Welsh Government) know how we deliver services.\n\nPersonal information is information that Hafan Cymru holds about you which identifies you.\n')).toBe('Hafan Cymru');
  });
});

describe('cookie names', () => {
  it('takes a product column run into the name off it, and Welsh purpose words after it (https://llyw.cymru/manylion-am-gwcis-ar-llywcymru)', async () => {
    expect(await cookieNames('Defnydd o gwcis\n\nCwciEnwDibenDod i ben\nSession TrackingJSessionIDEr mwyn olrhain sesiwn pan fo\'r cwcis wedi\'u diffodd.Ar ddiwedd y sesiwn\nGoogleAnalytics_gaCaiff y cwci hwn ei ddefnyddio i weld sut mae ymwelwyr yn defnyddio\'n gwefan.\nCookieControlcivicAllowCookies\ncivicShowCookieIcon\nMae’r cwci hwn yn cofnodi a yw defnyddiwr wedi derbyn y defnydd o gwcis ar ein gwefan.10 awr\nYouTubeuse_hitbox Ar ddiwedd y sesiwn\n', 'cwcis.txt')).toEqual(['JSessionID', '_ga', 'civicAllowCookies', 'civicShowCookieIcon', 'use_hitbox']);
  });

  it('reads no name from a list of the domains cookies are set on (http://www.caerdydd.ac.uk/cookies/)', async () => {
    expect(await cookieNames('Cwcis\n\nGall cwcis a osodir gan Brifysgol Caerdydd ymddangos ar y parthau isod:\n\n- cardiff.ac.uk\n- cf.ac.uk\n- caerdydd.ac.uk\n', 'cwcis.txt')).toEqual([]);
  });

  it('reads names with placeholders in square brackets or run into them, and a vendor\'s label run into the name (https://stage2.tenantstogether.scot/cookies-policy/, https://cityofglasgowcollege.ac.uk/cookies, https://www.woking.gov.uk/accessibility/privacy-and-cookies)', async () => {
    expect(await cookieNames('Cookies\n\nwordpress_logged_in_[hash] — keeps you logged in to your account\n\num_[hash] — used by Ultimate Member to manage your membership session\n')).toEqual(['um_[hash]', 'wordpress_logged_in_[hash]']);
    expect(await cookieNames('Cookies\n\nSESS### This cookie is set providing a Session ID for the visitor. Very Low Close of Session\n')).toEqual(['SESS###']);
    expect(await cookieNames('Cookies\n\nnmstatSiteImproveTracking cookie for analytics\n')).toEqual(['nmstat']);
  });
});
