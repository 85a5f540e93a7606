/**
 * Patterns for the details a privacy notice gives in running text: email addresses, UK phone
 * numbers, web addresses, postcodes and people's names. Shared by every input route.
 */

/** A match in a string: where it is and what it found. */
export interface Found {
  kind: 'email' | 'phone' | 'url';
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** For urls: an absolute `https:`/`http:` address; for phones: digits for `tel:`. */
  value: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A UK number: 0 or +44 then 9 or 10 more digits, single spaces or hyphens between groups,
// optionally the area code in brackets. Anchored so it is not the middle of a longer number.
const PHONE = /(?<![\w+/.-])(?:\+44\s?(?:\(0\)\s?)?|\(0|0)(?:[ -]?\)?[ -]?\d){9,10}(?![\w/])/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’]+|\b(?:[a-z0-9-]+\.)+(?:gov|nhs|org|co|ac|police|sch|ltd|plc|net|mod|parliament)\.uk(?:\/[^\s<>"“”‘’]*)?/gi;
/** A UK postcode (DH6 5PF, SK9 5AF, CO4 9YQ, EC1A 1BB). */
// A space copied inside the outward code ("LL 17 0JJ") is still the postcode.
export const POSTCODE = /\b[A-Z]{1,2} ?\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b/;
/**
 * The first line of an address: a building's number and its street, English or Welsh, or a floor
 * ("12 Geoff Monk Way", "49 Main Street", "5 Heol y Bont", "1st Floor, Administration Building").
 * The contacts reader finds an address block by it; the text reader never takes it for a heading.
 */
export const STREET_LINE = /^(?:\d{1,4}[a-z]?(?:\s?[-–]\s?\d{1,4})?,?\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Road|Rd|Street|St|Lane|Way|Avenue|Close|Drive|Court|Place|Square|Terrace|Crescent|Gardens|Row|Walk|Parade|Hill|Rise|Grove|Mews|Wharf|Quay)|(?:Heol|Stryd|Ffordd|Lôn|Rhodfa|Sgwâr|Cilgant)(?:\s+(?:\p{Lu}[\p{L}'’-]*|y|yr)){1,3})(?![\p{L}])|(?:\d+(?:st|nd|rd|th)|Ground|First|Second|Third) Floor\b)/iu;

/** Every email, phone number and web address in `text`, in order, without overlaps. */
export function findDetails(text: string): Found[] {
  const found: Found[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const m of text.matchAll(EMAIL)) {
    let value = m[0].replace(/[.-]+$/, '');
    found.push({ kind: 'email', start: m.index, end: m.index + value.length, text: value, value });
  }
  for (const m of text.matchAll(URL)) {
    const written = trimUrl(m[0]);
    const start = m.index;
    const end = start + written.length;
    // The domain of an email address is not a web address.
    if (taken(start, end) || text[start - 1] === '@') continue;
    found.push({ kind: 'url', start, end, text: written, value: absoluteUrl(written) });
  }
  for (const m of text.matchAll(PHONE)) {
    const written = m[0].replace(/[ -]+$/, '');
    const start = m.index;
    if (taken(start, start + written.length)) continue;
    const digits = written.replace(/\D/g, '');
    const national = digits.startsWith('44') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
    if (national.length < 10 || national.length > 11 || !/^0[1-9]/.test(national)) continue;
    found.push({ kind: 'phone', start, end: start + written.length, text: written, value: national });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Drops punctuation that ends the sentence rather than the address; keeps a balanced ")". */
function trimUrl(url: string): string {
  let out = url;
  for (;;) {
    const last = out[out.length - 1] ?? '';
    if (/[.,;:!?'"]/.test(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
}

/** A written address as a link target: `www.x.uk` → `https://www.x.uk`. */
export function absoluteUrl(written: string): string {
  return /^https?:\/\//i.test(written) ? written : `https://${written}`;
}

/** The host of an address written as text or as a link target, lower-cased, without `www.`. */
export function hostOf(url: string): string | undefined {
  const m = /^(?:https?:\/\/)?([^/?#:\s]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : undefined;
}

const NOT_NAME_WORDS = new Set(
  ('team office council trust service services nhs ltd limited board department centre center unit group hospital ' +
    'practice surgery governance officer guardian director manager head information data protection privacy policy form ' +
    'act street road house lane park avenue court way close building floor suite email telephone phone tel fax mobile ' +
    'website address post council county city borough health care social community enterprise foundation commission ' +
    'system systems platform partnership partners network project programme police hospice ambulance school college university ' +
    'clinic library cic charity society association agency authority commissioner ombudsman court prison probation ' +
    'bank insurance solutions consulting care the and of for our your we you it this ' +
    // Welsh organisation words ("Cyngor Sir Ceredigion" is a council, not a person).
    'cyngor sir bwrdd iechyd heddlu ysgol coleg prifysgol llywodraeth ymddiriedolaeth gwasanaeth gwasanaethau swyddfa tîm canolfan neuadd adran comisiynydd awdurdod ombwdsmon cyhoeddus cymru ' +
    // Welsh address words ("Glanfa’r Iwerydd" is a street, not a person).
    'glanfa heol stryd ffordd lôn plas tŷ parc cei bae sgwâr doc ' +
    // A landlord's name at the head of an address ("Lewisham Homes" / "Old Town Hall"), English and Welsh.
    'homes housing cartrefi tai town ' +
    // Plural building words in an address line ("Civic Offices", "Council Buildings").
    'offices buildings chambers ' +
    // Street and place words no surname is ("Station Rise", "Kings Crescent"); "Hill" and "Green" are surnames too.
    'rise drive crescent square terrace gardens mews parade quay wharf station esplanade embankment plaza villas').split(' '),
);

/** Whether `text` looks like a person's name ("Tori Jones", "Dr Ann Smith", "Jayne O'Hiley"). */
export function isPersonName(text: string): boolean {
  const t = text.trim().replace(/[.,]$/, '');
  // "McQuillan", "MacLeod", "O'Hiley", "Smith-Jones".
  const name = "(?:Mc|Mac)?[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*";
  const m = new RegExp(`^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame)\\.?\\s+)?(${name}(?:\\s+${name}|\\s+[A-Z]\\.?){1,3})$`).exec(t);
  if (!m) return false;
  // A Welsh article opens a place, not a name ("Y Rhadyr", "Yr Wyddgrug").
  if (/^(?:Y|Yr)\s/.test(m[1]!)) return false;
  return !m[1]!.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/\.$/, '').replace(/['’]r$/, '')));
}

/** Words of `text`, letters and digits only, lower case. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** A text to match literally inside a pattern (a name, a marker, a title). */
export function reEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns a heading or name into an id: lower case, words joined by `-`, at most six words. */
export function slug(text: string): string {
  // ASCII only ("Hysbysiad Preifatrwydd – Ŵyr" → "hysbysiad-preifatrwydd-wyr"): ids appear in URLs and schema patterns.
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '');
  const out = (ascii.toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(0, 6).join('-');
  return out || 'section';
}

/** Makes ids unique within one notice: `rights`, `rights-2`, … */
export class IdPool {
  readonly #used = new Set<string>();
  /** The next suffix to try per base, so taking many ids on one base stays linear. */
  readonly #next = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.#used.add(id);
  }

  /** A fresh id based on `base`. */
  take(base: string): string {
    let id = base;
    let n = this.#next.get(base) ?? 2;
    while (this.#used.has(id)) id = `${base}-${n++}`;
    this.#next.set(base, n);
    this.#used.add(id);
    return id;
  }
}

/**
 * A Welsh word with every initial mutation it can take, as a regex source: Welsh changes a
 * word's first consonant after many small words ("cywiro" → "gywiro" after "i", "chywiro" after
 * "a", "nghywiro" after "fy"), so a term written only in its dictionary form misses most of its
 * uses. Soft, nasal and aspirate mutations (Thomas, *Welsh Grammar*; Welsh Government
 * Terminology: mutations): c→g/ch/ngh, p→b/ph/mh, t→d/th/nh, g→(dropped)/ng, b→f/m, d→dd/n,
 * m→f, ll→l, rh→r.
 */
export function cyMutations(radical: string): string {
  const rules: [RegExp, string[]][] = [
    [/^ll/, ['ll', 'l']], [/^rh/, ['rh', 'r']], [/^c(?!h)/, ['c', 'g', 'ch', 'ngh']], [/^p(?!h)/, ['p', 'b', 'ph', 'mh']],
    [/^t(?!h)/, ['t', 'd', 'th', 'nh']], [/^g/, ['g', '', 'ng']], [/^b/, ['b', 'f', 'm']], [/^d(?!d)/, ['d', 'dd', 'n']], [/^m/, ['m', 'f']],
  ];
  for (const [first, forms] of rules) {
    const m = first.exec(radical);
    if (m) return `(?:${forms.join('|')})${radical.slice(m[0].length)}`;
  }
  return radical;
}

/** A site's host name ("nbt.nhs.uk", "Addtoany.com"): never a cookie's name, however many dots it has. */
export const HOST_NAME = /^(?:[\w-]+\.)+(?:uk|com|org|net|gov|cymru|wales|scot|io|eu)$/i;

/** A page template's translation helpers: `_`, `__` (Laravel), `gettext`, `t`, `$t` (Vue), `trans`, `translate`, `i18n.t`. */
export const TRANSLATOR = String.raw`(?:_|__|gettext|ugettext|pgettext|t|\$t|trans|translate|i18n\.t)`;
/** Whether a translation helper was given wording ("Session cookie", "Cookies"), not a message key ("cookies.title"). */
export const isWording = (text: string) => /\s|^[A-Z][a-z]+$/.test(text);

/** Text made safe to put back into HTML the readers parse again (a template's words, a component's cells). */
export const escapeHtmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A notice's name inside a line ("… – Privacy Notice for pupils …", "Hysbysiad Preifatrwydd i ddisgyblion …"). */
export const NOTICE_NAME = /\b(?:privacy (?:notice|policy|statement)|fair processing notice|cookie (?:policy|notice)|hysbysiad preifatrwydd|polisi preifatrwydd|datganiad preifatrwydd|polisi cwcis)\b/i;

/** A line that is the notice's own title ("Privacy Notice", "Hysbysiad Preifatrwydd"). */
export const NOTICE_TITLE = /^(?:(?:website |general |full )?privacy (?:notice|policy|statement)|cookie (?:policy|notice)|hysbysiad preifatrwydd|polisi preifatrwydd|datganiad preifatrwydd)$/i;
/**
 * A notice's title that names it with more words: a body's name before it ("HMCTS Privacy Notice"), or what it is
 * for after it ("Privacy Notice - Workforce Information", "Hysbysiad preifatrwydd y dreth gyngor").
 */
export const NAMED_NOTICE_TITLE = /^(?:[\p{Lu}\d][\p{L}\d'’&.-]*\s+){1,6}(?:privacy (?:notice|policy|statement)|cookies? (?:policy|notice))$|^(?:privacy (?:notice|policy|statement)|(?:hysbysiad|polisi|datganiad) preifatrwydd)(?:\s*[-–—:|]\s*|\s+(?:for|on|about|i|ar gyfer|y|yr|am)\s+)[^.!?]{2,80}$|^(?:hysbysiad|polisi|datganiad) preifatrwydd(?:\s+[\p{Lu}][\p{L}'’&.-]*){1,6}$/iu;
/** The word "cookie" in English or Welsh, the Welsh mutated too ("cookies", "cwcis", "y gwci", "fy nghwcis"): a text about cookies. */
/** A cookie record's field for its names ("Names of cookies", "Cookie names"), over the names one a line (a table's header cell copied with each row). */
export const COOKIE_NAMES_FIELD = /^(?:names? of (?:the )?cookies?|cookie names?)\s*:?$/i;
/** The same record's field for what they do ("What they do", "What this cookie does"), over its purpose. */
export const COOKIE_PURPOSE_FIELD = /^what (?:it|they|this cookie|these cookies) do(?:es)?\s*:?$/i;
/**
 * A controller's field name as a details table labels it ("Controller", "Data controller", "Rheolydd data"), for a pattern of the
 * label run into its value on one line ("Controller NHS Digital"). Its capitals written out, so a pattern without the `i` flag can
 * ask for a capital in the value.
 */
export const CONTROLLER_FIELD = String.raw`(?:(?:[Tt]he\s+)?(?:[Dd]ata\s+)?[Cc]ontroller|(?:[Yy]\s+)?[Rr]heol(?:ydd|wr)\s+data)`;
/** A token that is a cookie's name by its underscore or dollar sign alone ("_ga", "_gat_UA-*", "wordpress_", "_saml_idp"). */
export const COOKIE_NAME_MARKED = String.raw`[\w.*$<>-]*[_$][\w.*$<>-]*`;
/**
 * Products and platforms a site uses, by their names alone: a notice names them as subjects ("how Google Analytics processes …")
 * without being them, and a cookie table names them in its "Used by" column.
 */
export const PRODUCT_NAME = /^(?:Google(?: Analytics| Tag Manager| Maps| Ads| Fonts| reCAPTCHA)?|Microsoft(?: Clarity| Azure| Forms| Teams)?|Hotjar|YouTube|Facebook|Meta(?: Pixel)?|Twitter|LinkedIn|Instagram|Mailchimp|Eventbrite|SurveyMonkey|Typeform|Cloudflare|Vimeo|Adobe(?: Analytics)?|Siteimprove|Matomo|TikTok|Zoom|WhatsApp|Apple|Amazon(?: Web Services)?|AWS|Salesforce|HubSpot|Stripe|PayPal|JustGiving|Just Giving|Cookiebot|OneTrust|ShareThis|AddThis|CookieControl|Civic(?: Cookie Control)?|Jotform|Smart Survey|SmartSurvey)$/;

export const COOKIE_WORD = /\bcook(?:ie|y)s?\b|\b(?:[cg]|ngh)wcis?\b/i;
/** A word of a cookie table's header, English or Welsh ("Cookie name", "Purpose", "Dod i ben", "Yn dod i ben"): the text reader's joined headers and the cookie reader's glued ones. */
export const COOKIE_COLUMN_WORD = /^(?:cookie|cookies|name|of|typical|content|provider|purpose|description|expiry|expires|expiration|duration|lasts|for|type|category|software|service|domain|used|by|set|what|it|does|function|key|path|enw|enw['’]r|diben|pwrpas|disgrifiad|hyd|darparwr|math|dod|daw|dirwyn|i|ben|cwci|cwcis|amser|terfynu|fannau|parth|cynnwys|a|o['’]r|period|more|further|information|details|yn)$/i;
