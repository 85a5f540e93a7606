/**
 * Cookie tables (name / purpose / expiry, in English or Welsh) become a draft `consent` section:
 * each cookie with its purpose, duration and provider, grouped into categories taken from the
 * table's own grouping (the heading or sentence before it, a "Type" or "Strictly necessary?"
 * column) or, failing that, from the cookie's name (well-known analytics and advertising cookies).
 * Everything is a proposal: import notes ask the privacy officer to confirm each category.
 */
import type { Category, ConsentConfig, Cookie } from '../../config/types.js';
import { blockText, inlineText, type DocBlock } from '../doc-tree.js';
import { COOKIE_COLUMN_WORD, COOKIE_NAME_MARKED as MARKED, COOKIE_NAMES_FIELD, COOKIE_PURPOSE_FIELD, COOKIE_WORD, HOST_NAME, reEscape } from '../patterns.js';
import type { NoteBook } from '../notes.js';
import type { FoundFacts } from './sources.js';

type CategoryId = 'necessary' | 'functional' | 'analytics' | 'marketing';

/** A cell that only says when the cookie expires ("This cookie expires when you close your browser.", "Expires after 1 year"). */
const EXPIRY_SENTENCE = /^(?:(?:this|the) cookie\s+)?(?:expires|is deleted|will expire|is removed)\b[^.]{0,60}\.?$/i;

/** Well-known cookie names and their usual purpose (vendor documentation: Google, Microsoft, Meta, Hotjar, Matomo, Cloudflare). */
const KNOWN: [RegExp, CategoryId, string][] = [
  // "_utma" for "__utma": pages often lose one underscore (a Markdown copy, a typo), or both ("utma", "utmz", a hospice's table).
  [/^_ga(?:_.*|$)|^_gid$|^_gat(?:_.*)?$|^(?:__?)?utm[abcztv]$|^_dc_gtm_/i, 'analytics', 'Google Analytics'],
  [/^_?_?unam$|^__stid$|^__sharethis_cookie_test__$/i, 'marketing', 'ShareThis'],
  [/^_hj/i, 'analytics', 'Hotjar'],
  [/^_clck$|^_clsk$|^CLID$|^SM$/i, 'analytics', 'Microsoft Clarity'],
  [/^Dynamics365PortalAnalytics$/i, 'analytics', 'Microsoft Dynamics 365 portals'],
  [/^_pk_|^mtm_|^MATOMO_/i, 'analytics', 'Matomo'],
  [/^AMP_|^amplitude/i, 'analytics', 'Amplitude'],
  [/^nmstat$|^siteimproveses$/i, 'analytics', 'Siteimprove'],
  [/^_fbp$|^fr$|^_fbc$/i, 'marketing', 'Meta (Facebook)'],
  [/^IDE$|^test_cookie$|^DSID$|^__gads$|^__gpi$|^_gcl_/i, 'marketing', 'Google advertising (DoubleClick)'],
  [/^MUID$|^_uetsid$|^_uetvid$|^MR$|^ANONCHK$/i, 'marketing', 'Microsoft advertising (Bing)'],
  // Google's own list ("How Google uses cookies", policies.google.com/technologies/cookies): set through its embeds (Maps, reCAPTCHA, sign-in).
  [/^NID$|^ANID$|^1P_JAR$|^AEC$|^SOCS$|^SID$|^HSID$|^SSID$|^APISID$|^SAPISID$|^SIDCC$|^_?_Secure-/i, 'marketing', 'Google'],
  [/^VISITOR_INFO1_LIVE$|^YSC$|^VISITOR_PRIVACY_METADATA$|^yt-|^PREF$/i, 'marketing', 'YouTube'],
  [/^li_|^bcookie$|^lidc$|^UserMatchHistory$/i, 'marketing', 'LinkedIn'],
  [/^ASP\.NET_SessionId$|^PHPSESSID$|^JSESSIONID$|^__RequestVerificationToken|^\.AspNet|^XSRF-TOKEN$|^csrftoken$|^sessionid$|session/i, 'necessary', 'the site (session)'],
  [/^__cf_bm$|^cf_clearance$|^__cfruid$|^_cfuvid$|^AWSALB|^INGRESSCOOKIE$|^ARRAffinity|^TS01/i, 'necessary', 'hosting and security'],
  [/cookie_?(?:policy|consent|control|preferences?|settings)|^cc_cookie$|^CookieControl$|^OptanonConsent$|^OptanonAlertBoxClosed$|^CookieConsent$|consent/i, 'necessary', 'the cookie choice itself'],
];

const TITLES: Record<'en' | 'cy', Record<CategoryId, string>> = {
  en: { necessary: 'Strictly necessary', functional: 'Functional', analytics: 'Analytics', marketing: 'Marketing' },
  cy: { necessary: 'Hollol angenrheidiol', functional: 'Swyddogaethol', analytics: 'Dadansoddi', marketing: 'Marchnata' },
};

/** The category words a heading, sentence or cell uses. */
function categoryIn(text: string): CategoryId | undefined {
  if (/\b(?:strictly necessary|necessary|essential|required|hanfodol|angenrheidiol)\b/i.test(text) && !/\bnon[- ](?:essential|necessary)\b|\bnot (?:strictly )?necessary\b|\ban-?hanfodol\b|\bnad ydynt yn hanfodol\b|\bddim yn hanfodol\b/i.test(text)) return 'necessary';
  if (/\b(?:analytics?|performance|statistics?|measur\w*|tracking and performance|dadansodd\w*|perfformiad|ystadegau)\b/i.test(text)) return 'analytics';
  if (/\b(?:marketing|advertis\w*|targeting|social media|hysbysebu|marchnata)\b/i.test(text)) return 'marketing';
  if (/\b(?:functional\w*|functionality|preferences?|personalis\w*|swyddogaeth\w*)\b/i.test(text)) return 'functional';
  return undefined;
}

/** Column indexes of a cookie table, from its header row; undefined when it is not a cookie table. */
function columns(head: string[]): { name: number; purpose?: number; duration?: number; provider?: number; type?: number; needed?: number; group?: number } | undefined {
  const find = (pattern: RegExp) => {
    const i = head.findIndex((h) => pattern.test(h));
    return i >= 0 ? i : undefined;
  };
  // "Cookie | Name | …" (Welsh "Cwci | Enw | …"): the names are in "Name"; "Cookie" groups them ("Google Analytics").
  // "Cookie key" (a site's word for the name); "Type of cookie", when no column is called a name,
  // holds the names ("TYPE OF COOKIE | WHAT IT DOES | WHEN IT EXPIRES" / "Visitor ID: _utma").
  // (In the plural too: "Name(s)", "Cookie names", "Enwau'r cwcis".)
  const named = find(/^(?:cookie\s+(?:file\s+)?(?:name(?:s|\s*\(s\))?|key|identifier|id)|name(?:s|\s*\(s\))?(?:\s+of\s+(?:the\s+)?cookies?)?|enw(?:au)?(?:['’]r)?(?:\s+cwcis?)?)$/i);
  const bare = find(/^(?:cookies?|cwci|cwcis)$/i);
  const name = named ?? bare ?? find(/^(?:type|kind)\s+of\s+cookies?$/i);
  if (name === undefined) return undefined;
  // ("What we use it for", "Use": the page's own words for the purpose.)
  // (Welsh the same: "Beth mae'n ei wneud" (what it does), "Pa mor hir mae'n para" (how long it lasts).)
  const purpose = find(/purpose|description|^function$|what (?:it|they|the cookies?|this cookie) does?|used for|what (?:we|do we) use (?:it|them|this|these)(?: cookies?)? for|^use$|why|diben|pwrpas|disgrifiad|beth (?:mae['’]n|y mae|maen nhw['’]n) ei wneud|^(?:information|gwybodaeth|details|manylion)$/i);
  const duration = find(/expir|expires|duration|lasts|how long|retention|lifespan|amser terfynu|(?:dod|daw|dirwyn) i ben|hyd|yn para|pa mor hir/i);
  if (purpose === undefined && duration === undefined) return undefined;
  const out: ReturnType<typeof columns> = { name };
  if (purpose !== undefined) out.purpose = purpose;
  if (duration !== undefined) out.duration = duration;
  const provider = find(/provider|set by|software|service|domain|host|darparwr/i);
  if (provider !== undefined && provider !== purpose) out.provider = provider;
  const needed = find(/strictly necessary|necessary\?|essential\?|required\?/i);
  if (needed !== undefined) out.needed = needed;
  const type = find(/^(?:(?:cookie\s+)?type|category|categor\w*|math)(?:\s+of\s+cookie)?$/i);
  if (type !== undefined && type !== name) out.type = type;
  if (named !== undefined && bare !== undefined) out.group = bare;
  return out;
}

/** A cell that gives how long a cookie lasts ("2 years", "Session", "Daw i ben ar ôl 1 diwrnod", "When you close your browser"). */
const PERIOD = /\b(?:\d+|one|a|an|un|dau|dwy|tri|tair)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|blynedd|flynedd|mlynedd|mis|fis|wythnos|wythnosau|diwrnod|ddiwrnod|niwrnod|awr|munud|eiliad)\b|\b(?:session|sesiwn|persistent|permanent|never expires?)\b|^(?:a |one |un )?(?:year|month|week|day|hour|blwyddyn|flwyddyn|mis|wythnos|diwrnod|awr)$|\bwhen (?:you|the user) (?:close|exit)|\b(?:until|end of) (?:the )?(?:browser|user|session)|(?:dod|daw|dirwyn) i ben/i;

/**
 * Column indexes of a cookie table that has no header row (copied without it, or its header was a
 * row of data): the column whose cells are cookie names in most rows, the column whose cells give
 * a period in most rows, and the remaining column with the longest text as the purpose. Only when
 * two rows at least have a name, so that an ordinary two-column table is never read as cookies.
 */
function inferColumns(rows: string[][]): { name: number; purpose?: number; duration?: number } | undefined {
  if (rows.length < 2) return undefined;
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2) return undefined;
  const share = (k: number, test: (cell: string) => boolean) => rows.filter((r) => test((r[k] ?? '').trim())).length / rows.length;
  // A cell naming several ("ROUTEID-deptbal-@@@, ROUTEID-lucee@@@") counts by its first name.
  // A vendor's name is one token: a sentence that says "session" is a purpose, not a name.
  // (In a column of such names, one token in camel case with capitals inside, "ARRAffinity", "SRACookie",
  // "TiPMix", or hyphenated in small letters, "x-ms-routing-name", is one too: a purpose is words.)
  const isName = (cell: string) => IDENTIFIER.test(cookieName(cell.split(/,\s*/)[0]!)) || (/^\S+$/.test(cookieName(cell)) && KNOWN.some(([pattern]) => pattern.test(cookieName(cell))))
    || /^(?:[A-Z]{2,}[a-z]+\w*|[A-Z][a-z]+(?:[A-Z][a-z0-9]*){2,}|[a-z]+(?:-[a-z]+){2,})$/.test(cell.trim());
  const nameShares = Array.from({ length: width }, (_, k) => share(k, isName));
  const name = nameShares.indexOf(Math.max(...nameShares));
  if (nameShares[name]! < 0.6 || rows.filter((r) => isName((r[name] ?? '').trim())).length < 2) return undefined;
  const periodShares = Array.from({ length: width }, (_, k) => (k === name ? 0 : share(k, (c) => PERIOD.test(c) && c.split(/\s+/).length <= 12)));
  const best = Math.max(...periodShares);
  const duration = best >= 0.5 ? periodShares.indexOf(best) : undefined;
  const words = (k: number) => rows.reduce((n, r) => n + (r[k] ?? '').split(/\s+/).filter(Boolean).length, 0) / rows.length;
  const rest = Array.from({ length: width }, (_, k) => k).filter((k) => k !== name && k !== duration);
  const purpose = rest.sort((a, b) => words(b) - words(a))[0];
  const out: { name: number; purpose?: number; duration?: number } = { name };
  if (purpose !== undefined && words(purpose) >= 2) out.purpose = purpose;
  if (duration !== undefined) out.duration = duration;
  return out.purpose === undefined && out.duration === undefined ? undefined : out;
}

/** A cookie's name as a table cell gives it: "_ga cookie" → "_ga" (the word is a label, not part of the name). */
/** A cookie table's type column, as a copy may glue it onto the name ("ofh_utmAnalytics", "MATOMO_SESSIDEssential"). */
const TYPE_WORD = 'Essential|Analytics|Analytical|Functional|Functionality|Marketing|Necessary|Performance|Advertising|Statistics|Targeting';

function cookieName(cell: string): string {
  // "__lc_cid (customerID)": a note after the name is not part of it.
  const noted = /^(\S+)\s+\([^)]*\)$/.exec(cell);
  if (noted && IDENTIFIER.test(noted[1]!)) return noted[1]!;
  // A table's type column glued onto the name when the copy lost the cells' edges ("MATOMO_SESSIDEssential", "ofh_utmAnalytics").
  // (Never a vendor's documented name that ends in such a word: "Dynamics365PortalAnalytics".)
  const typed = new RegExp(String.raw`^(\S*[_.$*#\]\d]\S*?)(?:${TYPE_WORD})$`).exec(cell.trim());
  if (typed && IDENTIFIER.test(typed[1]!) && !vendorDocumented(cell.trim())) return typed[1]!;
  const bare = cell.replace(/\s+(?:cookies?|cwcis?)$/i, '');
  return bare !== cell && IDENTIFIER.test(bare) ? bare : cell;
}

/**
 * The cookie names a name cell gives: itself ("_ga", "Guest-id"), the names it lists ("_utma _utmb"), or the names in brackets after a
 * description ("Generic Session Cookie (JSESSIONID)", "KB5 Cookies (__KBCookie__ and
 * __KBLoggedIn__)"); none for a sentence (a row whose name was lost: "Flags your authentication status.").
 */
function namesIn(raw: string): string[] {
  // A name set as code ("`_ga`", a Markdown table's cell): the name inside the marks.
  const cell = /^`[^`]+`$/.test(raw.trim()) ? raw.trim().slice(1, -1) : raw;
  if (HOST_NAME.test(cell.trim()) || /^HTTPS?$/i.test(cell.trim())) return [];
  // A name with a placeholder in square brackets ("[ID of Control]_Favourites", "alert_[xxxxx]"): one name, spaces and all.
  if (PLACEHOLDER_NAME.test(cell.trim())) return [cell.trim()];
  // A label before the name ("Visitor ID: _utma", "Session ID: _utmb"): the name after the colon.
  const labelled = /^[\p{L} ]{2,30}:\s+([\w.*$<>-]{2,60})$/u.exec(cell.trim());
  if (labelled && IDENTIFIER.test(labelled[1]!)) return [labelled[1]!];
  const name = cookieName(cell);
  // Two names joined by a slash ("apvs-start-already-registered/apvs-start-already-registered.sig", HMPPS's page): a cookie's name
  // is a token, which never holds a slash, so each part is a cookie (not a numbered name's other numbers, "_oauth2_proxy_0/_1").
  const slashed = name.split(/\s*\/\s*/);
  if (slashed.length >= 2 && slashed.every((n) => /^[\w.*$-]{2,60}$/.test(n)) && slashed.some((n) => IDENTIFIER.test(n)) && !slashed.every((n) => /^\p{Ll}+$/u.test(n)) && !slashed.slice(1).every((n) => /^_?\d{1,2}$/.test(n))) return slashed;
  if (IDENTIFIER.test(name)) return [name];
  // Several names in one cell ("_utma _utmb _utmc _utmz", "fe_typo_user PHPSESSID", "_ga, _gid and _gat"): each a cookie.
  const several = name.split(/\s*,\s*|\s+(?:and|or|a|neu)\s+|\s+/).filter(Boolean);
  // (Not a name and its URL-encoded tail split by the copy: "NIGOV_.thisdomain.gov.uk _%2F_wat" is one name.)
  // (Short capitals among them are names too: Microsoft Clarity's "_clck _clsk CLID ANONCHK MR MUID SM".)
  // (A placeholder among them too: Merton's "__utma _ga _ga_[token] _gid", one a line in the cell.)
  if (several.length >= 2 && several.some((n) => IDENTIFIER.test(n) || PLACEHOLDER_NAME.test(n)) && several.every((n) => (IDENTIFIER.test(n) || /^[A-Z]{2,3}$/.test(n) || PLACEHOLDER_NAME.test(n)) && !/^_?%/.test(n))) return several;
  // Names listed with commas, some plain words ("History, history_consent"): the commas part names, one word each.
  const listed = name.split(/\s*,\s*/);
  // In a name column, a comma list of small-letter words is names too ("cfid, cftoken").
  if (listed.length >= 2 && listed.every((n) => /^[\w.*${}<>#@%-]{2,60}$/.test(n)) && (listed.some((n) => IDENTIFIER.test(n)) || listed.every((n) => /^[a-z]/.test(n)))) return listed;
  const bracketed = [...cell.matchAll(/\(([^()]+)\)/g)].flatMap((m) => m[1]!.split(/\s*(?:,|&|\band\b|\ba\b|\bor\b|\bneu\b)\s*/)).map((n) => n.trim()).filter((n) => IDENTIFIER.test(n));
  if (bracketed.length) return bracketed;
  // A description of the name in words ("32 alphanumeric characters", "randomly generated number"),
  // a site's domain ("nbt.nhs.uk", "Addtoany.com") or the cookie's type ("HTTP") is no name.
  if (!name || name.split(/\s+/).length > 4 || (/\s/.test(name) && /[.!?]$/.test(name)) || /^\d+\s+\p{Ll}/u.test(name) || /^\p{Ll}+(?:\s+\p{Ll}+){2,}$/u.test(name)) return [];
  // A service in the name column ("Google Analytics | Our site uses Google Analytics, …", its cookies listed elsewhere) is no cookie's name.
  if (/\s/.test(name) && new RegExp(String.raw`^(?:${VENDOR})$`).test(name)) return [];
  return [name];
}


/** A paragraph that opens with names in bold before a dash and what they do ("**username & rand** - if you select …"): the names and the purpose. */
function boldNamed(block: DocBlock): { names: string[]; purpose: string } | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const [first, next] = block.content;
  if (!first || typeof first === 'string' || !('strong' in first) || typeof next !== 'string' || !/^\s*[–—-]\s+\S/.test(next)) return undefined;
  const names = inlineText(first.strong).trim().split(/\s*(?:,|&|\band\b|\bor\b)\s*/);
  if (!names.every((n) => /^[\w.*$-]{2,40}$/.test(n) && /\p{L}/u.test(n))) return undefined;
  return { names, purpose: inlineText(block.content.slice(1)).replace(/^\s*[–—-]\s*/, '').trim() };
}

/** A table's column label standing alone, as a copy that gives a cell a line leaves it ("Description"): one capitalised header word. */
const isColumnLabel = (name: string) => /^\p{Lu}\p{Ll}+$/u.test(name) && COOKIE_COLUMN_WORD.test(name);
/**
 * Words a copy ran together where a space or a line was lost: a small word then a capitalised word that opens sentences
 * ("preferencesWhen", "monthsAny", "moreCookie"), or "use" / "our" … run into "cookies" ("usecookies").
 */
const GLUED_WORDS = /^[a-z]{3,}(?:When|Where|Any|In|The|This|That|These|Those|We|You|If|For|Our|Your|It|Please|Some|More|All|To|And|Or|With|Is|Are|Google)$|^(?:more|use|uses|our|the|these|this|any|some|all|of|to|and|or)Cookie$|^(?:use|uses|our|these|the|of|to|and|set|sets|no|any|all)cookies?$/;

/** One cookie's name in a list item: no trailing hyphen ("sessionid- only valid …" is "sessionid"). */
const ITEM_NAME = String.raw`[\w.*$<>-]{1,59}[\w.*$<>]`;
/** A list item that opens with names: "_ga – …", "AWSALB, AWSALBCORS - …", "mtm_consent (or mtm_consent_removed) - …", "_ga". */
// (Or a colon straight after the name: "Crsf-token: Mae’n bosibl …", "wcn_session: …".)
const LISTED = new RegExp(String.raw`^(${ITEM_NAME}(?:\s*,\s*${ITEM_NAME})*)(?:\s+\(([^()]{1,60})\))?(?:(?:\s+[–—:-]|[–—:-])\s+(.+)|$)`);

/** The names a list item opens with, and the description after its dash. */
function listedNames(item: string): { names: string[]; purpose?: string } | undefined {
  const m = LISTED.exec(item);
  if (!m) return undefined;
  const names = m[1]!.split(/\s*,\s*/);
  // Several names need an identifier's marks each, or a comma list of words is read as cookies.
  if (names.length > 1 && !names.every((n) => IDENTIFIER.test(n) || wellKnown(n))) return undefined;
  // "(or mtm_consent_removed)": another name; "(where X is a number)" is a note.
  const other = m[2] && /^(?:or|and|also|neu|a)\s+([\w.*$<>-]{2,60}(?:\s*(?:,|\bor\b|\band\b)\s*[\w.*$<>-]{2,60})*)$/i.exec(m[2].trim());
  if (other) names.push(...other[1]!.split(/\s*(?:,|\bor\b|\band\b)\s*/).filter((n) => IDENTIFIER.test(n)));
  return m[3] ? { names, purpose: m[3] } : { names };
}

/** A name an analytics or advertising vendor documents ("Dynamics365PortalAnalytics", "_ga"): KNOWN's site-session patterns ("…session…") are too loose to count. */
function vendorDocumented(name: string): boolean {
  return KNOWN.some(([pattern, category]) => category !== 'necessary' && pattern.test(name));
}

/** A cookie name vendors document (KNOWN), not a plain capitalised word ("Session", "Consent"). */
function wellKnown(name: string): boolean {
  return !/^\p{Lu}\p{Ll}+$/u.test(name) && KNOWN.some(([pattern]) => pattern.test(name));
}

/** A name with a placeholder in square brackets ("[ID of Control]_Favourites", "alert_[xxxxx]", "_ga_[token]"). */
const PLACEHOLDER_NAME = /^(?=.*[_.-])[\w.*$<>{}-]*(?:\[[^\]]{1,30}\][\w.*$<>{}-]*)+$/;
/**
 * The marks of a cookie's name: one token with an underscore, dot, digit or inner capital (placeholders in braces, a colon
 * between two: "EPiForm_{xxxxxxxx-…}:{xxxxx}"), or capitals with the variable part written as x's ("SKDxxx", "SSESSxxxxxxxxxxxx").
 */
const IDENTIFIER = /^(?=(?:[\w.*${}<>#@%-]|:(?=[\w{])){2,60}$)(?:.*[_.$*\d#@]|[A-Z0-9]{4,}$|[a-z]+[A-Z]\w*$|[A-Z]{2,}x{3,}[A-Z\d]*$)/;

// A name in words ("Name: Session ID") counts only when a field of its own follows (below); a placeholder in round brackets is part of it ("voted_(number)").
// (A placeholder in square brackets is part of the name: "Name: _ga_[token]".)
// (A numbered variant's suffix after a slash is part of it: "Name: _oauth2_proxy_0/_1", as the table's cell gives it.)
const NAME_LABEL = /^(?:cookie(?:\s+name)?|name|enw(?:['’]r\s+cwci)?)\s*:\s*((?![\w.-]+@[\w-]+\.)(?:[\w.*${}<>#@%-]|:(?=[\w{])|\[[\w ]{1,30}\]){2,60}(?:\/_?\d{1,2})*(?:\([\w ]{1,20}\))?(?: [\w.*${}<>#@%-]{1,30}){0,2})\s*$/i;
/** Several names on one labelled line ("Cookie name(s): _utma, _utmb, _utmc, _utmz", "Enwau'r cwcis: _ga, _gid"). */
const NAMES_LABEL = /^(?:cookie\s+names?(?:\s*\(s\))?|cookies|names?(?:\s*\(s\))?|enw(?:au)?(?:['’]r\s+cwcis?)?)\s*:\s*([\w.*${}<>#@%-]{2,60}(?:\s*,\s*[\w.*${}<>#@%-]{2,60})+)\s*$/i;
const PURPOSE_LABEL = /^(?:purpose|description|function|notes|what it does|typical content|diben|pwrpas|disgrifiad|cynnwys arferol)\s*:\s*(\S.*)$/i;
/** A value the table gives that is neither purpose nor expiry ("Contains: An integer", "Example value: 1,2,3"). */
const OTHER_LABEL = /^(?:contains|example value|value|type|provider|set by|darparwr|math)\s*:\s*(\S.*)$/i;
/**
 * A label run into its value when a definition list was copied without its separator ("ExpiresAfter 100 days",
 * "NotesHandles confirmation of …", "Contains\"Test\""): a capitalised label word, then a capital, digit or quote.
 */
const GLUED_LABEL = /^(Purpose|Description|Function|Notes|Expires|Expiry|Duration|Lasts|Contains)(?=[A-Z0-9"“‘'])(\S.*)$/;
/** One name, or two or three joined by a slash or comma ("AWSELB / AWSELBCOR"), alone on a line. */
const BARE_NAMES = /^[\w.*$<>-]{2,60}(?:(?:\s*[/,]\s*|\s+and\s+)[\w.*$<>-]{2,60}){0,3}$/;

/** The field a labelled line gives: with a colon ("Expires: 2 years") or glued ("ExpiresAfter 100 days"). */
function fieldOf(text: string): { field: 'purpose' | 'duration' | 'other'; value: string } | undefined {
  const glued = GLUED_LABEL.exec(text);
  if (glued) return { field: /^(?:Expires|Expiry|Duration|Lasts)$/.test(glued[1]!) ? 'duration' : glued[1] === 'Contains' ? 'other' : 'purpose', value: glued[2]!.trim() };
  const purpose = PURPOSE_LABEL.exec(text);
  if (purpose) return { field: 'purpose', value: purpose[1]!.trim() };
  const duration = DURATION_LABEL.exec(text);
  if (duration) return { field: 'duration', value: duration[1]!.trim() };
  const other = OTHER_LABEL.exec(text);
  if (other) return { field: 'other', value: other[1]!.trim() };
  // A field said as a sentence ("Expires when the user closes their browser").
  return EXPIRY_SENTENCE.test(text) ? { field: 'duration', value: text.trim() } : undefined;
}
const DURATION_LABEL = /^(?:expir\w*|expires|duration|lasts(?:\s+for)?|lifespan|dod i ben|daw i ben|darfod(?:\s+ar\s+ôl)?|yn para)\s*:\s*(\S.*)$/i;

/**
 * Cookies written as labelled lines, one field a line ("Name: _ga" / "Purpose: …" / "Expires: 2
 * years"; Welsh "Enw:_utma" / "Darfod ar ôl: 2 flynedd"). Two named cookies at least, so that one
 * "Name: …" line in a contact block is not taken for a cookie.
 */
function readLabelled(blocks: { block: DocBlock; at: string; context: string[] }[], add: (name: string, cookie: Cookie, source: string, at: string, context: string[]) => void): DocBlock[] {
  const lines: { text: string; at: string; context: string[]; block?: DocBlock }[] = [];
  let section = '';
  for (const { block, at, context } of blocks) {
    // A section's heading is its first line: a name set as a heading in the copy ("TestCookie" over "Contains\"Test\"").
    if (at !== section && at !== 'notice') lines.push({ text: context[0] ?? '', at, context });
    section = at;
    if (block.kind === 'paragraph') lines.push({ text: inlineText(block.content).trim(), at, context, block });
    else if (block.kind === 'dl') for (const item of block.items) lines.push({ text: `${inlineText(item.term).trim()}: ${inlineText(item.desc).trim()}`, at, context, block });
    else if (block.kind === 'list') {
      // Nested items are lines too ("• Name: TestCookie" over "◦ Contains: …").
      const walk = (list: DocBlock & { kind: 'list' }): void => {
        for (const item of list.items) {
          lines.push({ text: inlineText(item.content).trim(), at, context, block });
          for (const child of item.children) if (child.kind === 'list') walk(child);
        }
      };
      walk(block);
    }
    else lines.push({ text: '', at, context });
  }
  const found: { name: string; cookie: Cookie; source: string[]; at: string; context: string[]; group: number }[] = [];
  // The blocks the cookies were read from, which the pass over running text then leaves alone.
  const used = new Set<DocBlock>();
  const use = (line: (typeof lines)[number]) => {
    if (line.block) used.add(line.block);
  };
  let group = 0;
  for (const [k, line] of lines.entries()) {
    const named = NAME_LABEL.exec(line.text);
    // A plain word ("Guest-id", "cookie-agreed") is a name too when its purpose or expiry label follows.
    const next = lines[k + 1]?.text ?? '';
    // Or the field comes a line later, after a line of description ("Name: TestCookie" / "A session
    // cookie to …" / "Contains: a random alphanumeric string").
    // (Never a description of the name in words: "Name: random alphanumeric string" / "Purpose: To store the session id".)
    const several = /\s/.test(named?.[1] ?? '') ? namesIn(named![1]!) : [];
    if (named && (IDENTIFIER.test(named[1]!) || fieldOf(next) || (!/\s/.test(named[1]!) && fieldOf(lines[k + 2]?.text ?? ''))) && (!/\s/.test(named[1]!) || several.length)) {
      // Several names after one label ("Enw: _ga _gaid"): a cookie each, sharing the fields that follow.
      if (several.length >= 2) group++;
      for (const name of several.length >= 2 ? several : [named[1]!]) found.push({ name, cookie: { name }, source: [line.text], at: line.at, context: line.context, group: several.length >= 2 ? group : ++group });
      use(line);
      continue;
    }
    // Names listed on one labelled line share the fields after it; each has an identifier's marks.
    const listed = NAMES_LABEL.exec(line.text)?.[1]!.split(/\s*,\s*/);
    // (After a label that says cookie, a hyphenated name in small letters is one too: "Cookie name: nhm-performance, nhm-functional, …".)
    const cookieLabel = /^(?:cookie|enw(?:au)?['’]r\s+cwci)/i.test(line.text);
    if (listed?.every((n) => IDENTIFIER.test(n) || (cookieLabel && /^[a-z][a-z0-9]*(?:-[a-zA-Z0-9]+)+$/.test(n)))) {
      group++;
      for (const name of listed) found.push({ name, cookie: { name }, source: [line.text], at: line.at, context: line.context, group });
      use(line);
      continue;
    }
    // A name alone on its line, its fields on the lines after it ("cookie-agreed" / "ExpiresAfter 100
    // days" / "NotesHandles …"; "AWSELB / AWSELBCOR" / "ExpiresWhen you close your browser").
    // A plain capitalised word ("Analytics" over "Purpose: …") is a heading, not a name.
    // Several names joined by commas or "and" ("1P_JAR, NID and CONSENT", "Recite.Persist and
    // Recite_Session") share the fields; one of them at least has an identifier's marks.
    const bare = BARE_NAMES.test(line.text) ? line.text.split(/\s*[/,]\s*|\s+and\s+/) : [];
    if (bare.length && (bare.length <= 3 || bare.some((n) => IDENTIFIER.test(n))) && !(bare.length > 1 && /\sand\s/.test(line.text) && !bare.some((n) => IDENTIFIER.test(n))) && !/^[A-Z][a-z]+$/.test(line.text) && !fieldOf(line.text) && fieldOf(next)) {
      group++;
      for (const name of bare) found.push({ name, cookie: { name }, source: [line.text], at: line.at, context: line.context, group });
      use(line);
      continue;
    }
    const last = found[found.length - 1];
    const field = fieldOf(line.text);
    // The line straight after a "Name: …" line, a sentence with no label, is the cookie's purpose
    // ("Name: TestCookie" / "A session cookie to determine whether …").
    if (last && !field && !last.cookie.purpose && last.source.length === 1 && lines[k - 1]?.text === last.source[0] && NAME_LABEL.test(last.source[0]!) && /^\p{Lu}/u.test(line.text) && line.text.split(/\s+/).length >= 4) {
      last.cookie.purpose = line.text;
      last.source.push(line.text);
      use(line);
      continue;
    }
    if (!last || !field || field.field === 'other') {
      if (last && field) {
        last.source.push(line.text);
        use(line);
      }
      continue;
    }
    // The fields belong to every name of the line they follow ("AWSELB / AWSELBCOR").
    for (const f of found.filter((x) => x.group === last.group)) {
      if (field.field === 'purpose' && !f.cookie.purpose) f.cookie.purpose = field.value;
      else if (field.field === 'duration' && !f.cookie.duration) f.cookie.duration = field.value;
      else continue;
      f.source.push(line.text);
      use(line);
    }
  }
  // One cookie alone is read only with a field of its own seen ("Contains: …", "Expires: …"): one
  // "Name: …" line in a contact block is not a cookie.
  if (found.length < 2 && !(found.length === 1 && found[0]!.source.length >= 2)) return [];
  for (const f of found) add(f.name, f.cookie, f.source.join(' / '), f.at, f.context);
  return [...used];
}

/**
 * Cookie names in running text, whatever shape the page was copied in: a sentence ("Google
 * Analytics sets cookies called _ga and _gid"), a heading, a row of a table no other reader took, a
 * line whose cells ran together in a way no reader knows. A name counts by marks no word has
 * (`runningName`), or by its place: opening a row whose cells ran together, or a run of "name -
 * What it does" paragraphs. Only on a page about cookies or under a heading or sentence about
 * them; addresses, file names and template placeholders are never names.
 */
function readRunningText(blocks: { block: DocBlock; at: string; context: string[] }[], headings: { text: string; at: string; context: string[] }[], cookiePage: boolean, named: Set<string>): { name: string; purpose?: string; source: string; at: string; context: string[] }[] {
  const out: { name: string; purpose?: string; source: string; at: string; context: string[] }[] = [];
  const heading = (text: string): DocBlock => ({ kind: 'heading', level: 2, content: [text] });
  const all = [...headings.map((h) => ({ block: heading(h.text), at: h.at, context: h.context })), ...blocks];
  const texts = (block: DocBlock): string[] => {
    if (block.kind === 'paragraph' || block.kind === 'heading') return [inlineText(block.content)];
    if (block.kind === 'dl') return block.items.flatMap((item) => [inlineText(item.term), inlineText(item.desc)]);
    if (block.kind === 'table') return [...block.head, ...block.rows.flat()].map((cell) => inlineText(cell));
    const items: string[] = [];
    const walk = (list: DocBlock & { kind: 'list' }): void => {
      for (const item of list.items) {
        items.push(inlineText(item.content));
        for (const child of item.children) if (child.kind === 'list') walk(child);
      }
    };
    if (block.kind === 'list') walk(block);
    return items;
  };
  const dashed = new Map<string, number>();
  for (const { block, at } of all) for (const line of texts(block)) if (DASHED.test(line.trim())) dashed.set(at, (dashed.get(at) ?? 0) + 1);
  // A section that speaks of cookies anywhere ("Google Analytics" / "_utma" / "_utmb" / … / "These
  // cookies are used to collect information …"): its names are read though its heading does not say cookies.
  const spoken = new Set(all.filter(({ block }) => texts(block).some((line) => COOKIE_WORD.test(line))).map(({ at }) => at));
  // A word in humps of letters alone that the text uses again and again ("FixMyStreet", "mySociety",
  // "WhatDoTheyKnow") is the site's or its owner's name, not a cookie's, unless vendors document it as one.
  const uses = new Map<string, number>();
  for (const { block } of all) for (const line of texts(block)) for (const word of line.match(/(?<![\w.-])[A-Za-z]+(?![\w-])/g) ?? []) if (/[a-z][A-Z]/.test(word)) uses.set(word, (uses.get(word) ?? 0) + 1);
  const siteName = (name: string) => (uses.get(name) ?? 0) >= 3 && !wellKnown(name) && !/cookie|session|consent|token|auth|cwci/i.test(name);
  // Cookies given a paragraph a field, name / what it does / when it expires ("ASPXAUTH" / "When you are logged in, this cookie
  // stores …" / "Expires on exit of browser"; "NREUM" / "Used by New Relic …" / …), twice or more: each name alone on its line, in
  // capitals or plain as it may be, is a name by where it stands.
  const paragraph = (k: number) => {
    const x = all[k]?.block;
    return x?.kind === 'paragraph' ? inlineText(x.content).trim() : undefined;
  };
  const lone = (t = '') => /^[\w.*$<>{}[\]-]{2,60}$/.test(t) && /\p{L}/u.test(t);
  const says = (t = '') => /^\p{Lu}/u.test(t) && t.split(/\s+/).length >= 4;
  const lasts = (t = '') => !!t && t.split(/\s+/).length <= 8 && (PERIOD.test(t) || EXPIRY_SENTENCE.test(t));
  const fielded = all.map((_, k) => lone(paragraph(k)) && says(paragraph(k + 1)) && lasts(paragraph(k + 2)));
  const records = fielded.filter(Boolean).length >= 2 ? new Set(all.flatMap((x, k) => (fielded[k] ? [x.block] : []))) : new Set<DocBlock>();
  // A list a sentence says is of the cookies used ("BCNI uses the following cookies:" / "- NIGOV for service availability" / "-
  // EUcompliance for cookie warning"): each item's first word, alone before what it is for, is a name whatever its shape (but an
  // ordinary word: "Recognising you when you return" is what cookies are for).
  const listed = new Set<DocBlock>(all.flatMap((x, k) => {
    const intro = all[k - 1]?.block;
    return x.block.kind === 'list' && intro?.kind === 'paragraph' && /\b(?:uses?|sets?|places?|the following|these)\b[^.]*\b(?:cookies|[cg]wcis)\b[^.]*:\s*$/i.test(inlineText(intro.content)) ? [x.block] : [];
  }));
  for (const [b, { block, at, context }] of all.entries()) {
    const about = cookiePage || context.some((c) => COOKIE_WORD.test(c)) || (spoken.has(at) && at !== 'notice');
    // A privacy notice's section that mentions a cookie once among other things ("We use this data:" / "… the "In-Combination"
    // Archive …" / "… Google Analytics will create a cookie …"): its other lines give a name only by an identifier's marks.
    const onlySpoken = !cookiePage && !context.some((c) => COOKIE_WORD.test(c));
    const lines = texts(block);
    for (const [t, raw] of lines.entries()) {
      if (!about && !COOKIE_WORD.test(raw)) continue;
      // Template directives and placeholders ("{{ site_name }}", "[% org_name %]") are no names, nor a value a template
      // printed that the file does not give, which the template reader leaves as a hole in brackets ("[check_records_service.name]").
      const text = raw.replace(/\{\{[^}]*\}\}|\{%[^%]*%\}|\[%[^%]*%\]|<%[^%]*%>|(?<![\w\]-])\[[\w.]+\](?![\w[-])/g, ' ').trim();
      // A placeholder in angle brackets or braces may hold a space ("_ga_<unique id>").
      // A comma parts names even with its space lost ("_gid,_gat").
      // So does a slash between names ("_ga/_gat/_gid", "__utmb/__utmc"), never in an address or a path, nor before a numbered
      // variant's suffix ("_oauth2_proxy_0/_1", one name as a table's cell gives it).
      const tokens = text.replace(/<[^<>\n]{1,30}>|\{[^{}\n]{1,30}\}/g, (m) => m.replace(/\s/g, '\u0000')).split(/\s+|,(?=\S)/)
        .flatMap((t) => (/^[\w*$-][\w.*$-]*(?:\/[\w*$-][\w.*$-]*)+$/.test(t.replace(/['’]\p{L}*$/u, '')) && !/:\/\/|^www\./i.test(t) && t.split('/').every((p) => /[_$]|^[A-Z0-9_]{3,}$|[a-z][A-Z]/.test(p) && !HOST_NAME.test(p)) && !t.split('/').slice(1).every((p) => /^_?\d{1,2}$/.test(p)) ? t.split('/') : [t]));
      for (const [i, token] of tokens.entries()) {
        const opened = token.replace(/\u0000/g, ' ').replace(/^[(["'“‘]+/, '');
        // (A full stop after the closing bracket is part of the end: "(_ga, _gid).")
        const end = /[)\]"'”’,;:!?]+\.*$/.exec(opened);
        // A placeholder in square brackets keeps its closing bracket ("um_[hash]").
        const bare = (end ? opened.slice(0, end.index) + (/\[[\w-]{1,20}$/.test(opened.slice(0, end.index)) && end[0].startsWith(']') ? ']' : '') : opened).replace(/\.+$/, '');
        // An expiry's number run onto the name, its unit the next word ("_ga1 yearUsed to …", "_gcl_au2 monthsTracks …"): the number is the expiry's.
        const number = /^(.*[A-Za-z_])\d{1,3}$/.exec(bare);
        const name = number && /^(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|blynedd|flynedd|mlynedd|mis|fis|wythnos|diwrnod|awr|munud|eiliad)/i.test(tokens[i + 1] ?? '') && /[_$]/.test(number[1]!) ? number[1]! : unglued(bare);
        // A line that opens with a token run into a capitalised word is a row whose cells ran
        // together ("googtransGoogle Translate: Stores …"): its first cell is a name, marks or none.
        const runTogether = i === 0 && name !== bare && /^[A-Za-z_][\w.-]{2,40}$/.test(name);
        const listedPlain = i === 0 && (dashed.get(at) ?? 0) >= 2 && DASHED.exec(text)?.[1] === name;
        // The last word of a copy cut short ("ASP.NET_Se" at the very end) may be half a name, unless vendors document it whole.
        const cut = b === all.length - 1 && t === lines.length - 1 && i === tokens.length - 1 && !/[.!?)]$/.test(text) && !wellKnown(name);
        const place = i === 0 || /^(?:cookies?|cwcis?|gwcis?)\b/i.test(tokens[i + 1] ?? '') || /^(?:called|named|cwci|gwci|enw)$/i.test(tokens[i - 1] ?? '');
        const quoted = /^[(]?['‘"“]/.test(token) && /['’"”][)\].,;:!?]*$/.test(token);
        // Given after a label that says it is one ("(Cookie name: OAID)", "Enw'r cwci: …"): a name whatever its shape.
        // Welsh puts the owner after the noun: "cwcis MapDataCymru" is MapDataCymru's cookies, a site's name.
        const owner = /^[cg]?wcis$/i.test(tokens[i - 1] ?? '') && /^[A-Z]/.test(name) && !/[_$.]/.test(name);
        // A row that opens with a lower-case name vendors document ("csrftoken Defnyddir i wella diogelwch …").
        const knownAtStart = i === 0 && /^[a-z][a-z0-9]{5,}$/.test(name) && !/^sessions?$/.test(name) && wellKnown(name) && tokens.length >= 3;
        const labelledName = /^(?:names?|enw(?:au)?):$/i.test(tokens[i - 1] ?? '') && /\bcookies?$|\b[cg]wci(?:s|['’]r)?$|^enw['’]r$/i.test(tokens[i - 2] ?? '') && /^[\w.*$<>{}-]{3,60}$/.test(name) && !HOST_NAME.test(name);
        if (onlySpoken && !COOKIE_WORD.test(raw) && !/[_$]|\d/.test(name) && !wellKnown(name)) continue;
        const itemName = i === 0 && listed.has(block) && /^(?:for|[–—:-]|is|are|which|that|used|to|\()$/i.test(tokens[1] ?? '') && /^[\w.*$-]{3,60}$/.test(name) && /[A-Za-z]/.test(name) && !/^[A-Z]?[a-z]+$/.test(name);
        const recordName = i === 0 && tokens.length === 1 && records.has(block) && !HOST_NAME.test(name) && !/^(?:cookies?|sessions?|name|purpose|expiry|duration)$/i.test(name);
        if (named.has(name) || cut || owner || siteName(name) || !(runTogether || listedPlain || labelledName || knownAtStart || recordName || itemName || runningName(name.replace(/(?:\/_?\d{1,2})+$/, ''), place, tokens.length === 1, quoted))) continue;
        named.add(name);
        // A name that opens its line or cell is followed by what it does ("_ga – counts visits").
        // Not when the rest names other cookies ("_ga, _gid and _gat").
        const rest = i === 0 ? text.slice(token.length).replace(/^\s*[–—:-]?\s*/, '').trim() : '';
        const described = rest.split(/\s+/).length >= 3 && /^\p{L}/u.test(rest) && !rest.split(/\s+/).some((w) => runningName(w.replace(/[,.;:]+$/, ''), false));
        out.push({ name, ...(described ? { purpose: rest } : {}), source: raw.trim(), at, context });
      }
    }
  }
  return out;
}

/**
 * A name with a neighbouring cell run into it when a table was copied without separators: the
 * purpose's first word after it ("_gaThese help us …", "wordpress_test_cookieChecks if …",
 * "googtransThis cookie …"; a closed list of the words a cookie's purpose or expiry opens with,
 * English and Welsh, and of the providers a provider cell names: "_utmaGoogle Analytics: …"), or a
 * label's last word before it ("Cookie consent statusWJ__cookieConsent…").
 */
/** The vendors and products a cookie table names beside a cookie, in a provider or product column ("Google Analytics", "YouTube", "CookieControl"). */
const VENDOR = String.raw`Google ?Analytics|Google|Amazon(?: Web Services)?|Microsoft|Facebook|Meta|Hotjar|YouTube|Twitter|LinkedIn|AddThis|Cloudflare|Vimeo|Adobe|Site[Ii]mprove(?:Tracking)?|Matomo|Tiktok|TikTok|CookieControl`;

/** A purpose's first word, or a vendor's name, run onto the end of a name ("_gaThese", "_utmaGoogle"). */
// (A table's type column run on too: "_researcher_portal_sessionEssential", "ofh_utmAnalytics";
// a placeholder's marks end a name: "_ga_###This".)
const PURPOSE_RUN_ON = new RegExp(String.raw`^(.*?[A-Za-z0-9_*$>}#\]])(?:${TYPE_WORD}|Strictly|This|These|The|That|Those|It|We|Our|Used|Set|Sets|Checks|Remembers|Provides|Saves|Stores|Allows|Helps|Records|Registers|Tracks|Determines|Identifies|Enables|Contains|Lets|Collects|Counts|Measures|Keeps|Shows|Holds|Indicates|Distinguishes|Prevents|Ensures|Gives|Defnyddir|Mae|Mae['’]r|Dyma|Cofio|Cofio['’]r|Fe['’]i|Caiff|Er|Gall|Bydd|${VENDOR})$`);
/** A product column run into the start of a name ("GoogleAnalytics_ga", "Tracking" of "Session TrackingJSessionID"). */
const PRODUCT_RUN_IN = new RegExp(String.raw`^(?:${VENDOR}|Tracking(?=[A-Z]))([a-z_][\w.*$-]{2,}|[A-Z]{2,}[\w.*$-]+)$`);

function unglued(token: string): string {
  // An expiry runs into the purpose's last word ("… the usersSession"), never into a name's underscore ("Recite_Session").
  // Stripped again while one follows another ("_researcher_portal_sessionEssentialStores": the type, then the purpose's first word).
  // (And the lifetime's kind run into the name, "WCCookiesAcceptedPermanent cookie (two months)".)
  let unended = token;
  for (let k = 0; k < 3; k++) {
    const back = /^(.*?[a-z])(?:Session|Persistent|Permanent|Sesiwn)$/.exec(unended) ?? PURPOSE_RUN_ON.exec(unended);
    // Not a brand whose last hump is such a word ("ShareThis", "AddThis"), nor a vendor's documented name that ends so
    // ("Dynamics365PortalAnalytics": known whole, unknown cut; a session name is no such document, "usersSession" is cut).
    if (!back || /^[A-Z][a-z]+$/.test(back[1]!)) break;
    if (vendorDocumented(unended) && !wellKnown(back[1]!)) break;
    unended = back[1]!;
  }
  // A table's product column run into the name after it ("GoogleAnalytics_ga", "YouTubeuse_hitbox",
  // "CookieControlcivicAllowCookies", "Tiktok_ttp", "Session TrackingJSessionID"): the product is no part of the name.
  const product = PRODUCT_RUN_IN.exec(unended);
  const name = product ? product[1]! : unended;
  // (A label's last word run into a capitalised name: "Website session cookieASP.NET_SessionID", a table copied with no gaps.)
  const front = /^[a-z]{3,}([A-Z]{2,}[A-Za-z0-9.]*_[\w.*$-]*)$/.exec(name);
  // A vendor's label run into an analytics or advertising name after it ("Google Analytics_utma", "Hotjar_hjid").
  const vendor = /^[A-Z][A-Za-z]+(_.+)$/.exec(name);
  const tracking = vendor && KNOWN.some(([pattern, category]) => category !== 'necessary' && pattern.test(vendor[1]!));
  // (A documented name run into the small word after it, a copy that lost the space: "ARRAffinityto make sure …".)
  // (The whole token may still match a documented prefix, as "ARRAffinity…" does; the name ends where the word begins.)
  const runOn = /^(.{4,}?[A-Za-z])(?:to|is|are|and|the|of|in|for|by|on|which)$/.exec(name);
  if (runOn && wellKnown(runOn[1]!)) return runOn[1]!;
  return front ? front[1]! : tracking ? vendor[1]! : name;
}

/** Paragraphs or items "name - What it does" ("csrftoken - A security cookie that …"): two or more in a section make a list of cookies, their names plain words as they may be. */
const DASHED = /^([a-z][a-z0-9_]{2,40})\s+[–—-]\s+\p{Lu}/u;

/**
 * Whether a token in running text is a cookie's name by its marks alone (see `readRunningText`).
 * `named` when the text puts it where a name goes: opening its line or cell, or right before
 * "cookie" ("the nhsuk-cookie-consent cookie") or after "called" or Welsh "cwci"; `lone` when it is
 * all its line or cell says.
 */
function runningName(name: string, named: boolean, lone = false, quoted = false): boolean {
  if (name.length < 3 || name.length > 60 || /\s/.test(name.replace(/<[^>]*>|\{[^}]*\}/g, '')) || !/\p{L}/u.test(name)) return false;
  // A URL-encoded tail a copy put on a line of its own ("_%2F_wat" under "NIGOV_.thisdomain.gov.uk") is no name by itself.
  if (/^_?%/.test(name)) return false;
  // An address, a path, an e-mail address or a file name.
  // (".llyw.cymru" is the domain a cookie is set on, written with its leading dot.)
  if (/@[\w-]+\.|[/\\]|^www\.|\.(?:html?|php|aspx?|pdf|docx?|xlsx?|js|css|png|jpe?g|gif|svg|txt|csv|json|xml)$/i.test(name) || HOST_NAME.test(name.replace(/^\./, ''))) return false;
  // Abbreviations with dots ("e.g", "i.e", Welsh "e.e").
  if (/^(?:\p{L}{1,2}\.)+\p{L}{0,2}$/u.test(name)) return false;
  // What a cookie page mentions beside its cookies: the browser's storage ("localStorage"), an
  // address's campaign parameters ("utm_source", "gclid") and a tag's own id ("UA-12345-1", "GTM-ABC1").
  if (/^(?:local|session)Storage$|^indexedDB$|^utm_(?:source|medium|campaign|term|content|id)$|^(?:gclid|fbclid|msclkid)$|^(?:UA|G|GTM|AW|DC)-[A-Z0-9-]+$/i.test(name)) return false;
  // (Its varying part may be a placeholder in angle, curly or square brackets: "_ga_<container-id>", "wordpress_logged_in_[hash]".)
  if (/^[\w.*$<>{}[\] -]*_[\w.*$<>{}[\] -]*$/.test(name) && /[A-Za-z]{2}/.test(name)) return true;
  // A table's column names run together ("NamePurposeExpires") are no name.
  if (/^(?:[A-Z][a-z]+)+$/.test(name) && name.match(/[A-Z][a-z]+/g)!.every((w) => COOKIE_COLUMN_WORD.test(w))) return false;
  // A small word then capitals inside ("cookieSettings", "bw-cookieMessage", "isDSTObserved"); a
  // capitalised one with three humps or more ("RequestVerificationToken", "4HGAllowGoogleTracking"), which brands have not.
  if (/^[a-z]+(?:-[a-z]+)*[a-z](?:[A-Z]+[a-z0-9]+)+$/.test(name) || /^[A-Z0-9]*[A-Z][a-z][a-z0-9]*(?:[A-Z][a-z0-9]+){2,}$/.test(name)) return true;
  // Drupal's session cookie, "SESS" or "SSESS" and a hash ("SSESS9b724300a4629e938c8521f4cf9c1980"), or a placeholder for it ("SESSxxxID").
  if (/^S?SESS[0-9a-f]{8,}$/.test(name) || /^[A-Z]{3,}x{3,}[A-Z]*$/.test(name)) return true;
  // (Not Microsoft's framework, ".NET", which a purpose names.)
  if ((/^\.[A-Za-z][\w.*#@-]{2,}$/.test(name) && !/^\.NET$/i.test(name)) || /^[A-Z]*SESS(?:ION)?ID\w*$/.test(name)) return true;
  // A name with its varying part written as a run of placeholders ("ROUTEID-lucee@@@", "newsflash--XXX", ".Antiforgery.#").
  // Also run straight into the name: "SESS###", "skdXXXX" (a "[where "XXXX" is a number]" follows), "wp-settings-[user_id]".
  // (And a family of names with a wildcard for its last part: "cookielawinfo-checkbox-*".)
  if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+-\*$/.test(name)) return true;
  if (/^[A-Za-z][\w.-]*?(?:@{2,}|[-_.](?:#+|X{3,}))$/.test(name) || /^[A-Z]{3,}#{2,}$|^[a-z]{2,}X{3,}$/.test(name) || /^[a-z][\w-]*[-_]\[[\w-]{1,20}\]$/.test(name)) return true;
  // A capitalised name vendors document ("ARRAffinitySameSite", "CookieControl").
  if (/^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(name) && /[a-z][A-Z]|^[A-Z]{2,}[a-z]/.test(name) && wellKnown(name)) return true;
  // A word with a cookie's word inside it ("sessionid", "guildfordacceptedcookie"), not the word itself.
  if (/^[a-z]*(?:cookie|session|consent)[a-z0-9]*$/.test(name) && !/^(?:cookies?|sessions?|consents?|consented|consenting|cookieless|sessional)$/.test(name)) return true;
  // A vendor-documented name in capitals ("AWSALBCORS", "INGRESSCOOKIE", "HSID"), not a word in capitals;
  // Google's "CONSENT" only alone on its line.
  if (/^[A-Z0-9]{3,}$/.test(name) && /[A-Z]{2}/.test(name) && wellKnown(name) && (!/^(?:CONSENT|SESSIONS?|COOKIES?)$/.test(name) || (lone && name === 'CONSENT'))) return true;
  // A small-letter name a vendor documents, alone on its line or in its cell ("utma", "utmz", "unam" in a hospice's table).
  if (lone && /^[a-z][a-z0-9]{3,}$/.test(name) && vendorDocumented(name)) return true;
  // In quotes, a token with any mark of a name ("'CookieAccepted'", "'newsflash--XXX'"), not a hyphenated word ("'opt-in'").
  if (quoted && /^[\w.*$<>{}-]+$/.test(name) && (/[_.$*\d]/.test(name) || /[a-z][A-Z]|^[A-Z]{2,}[a-z]/.test(name) || (/-/.test(name) && /[A-Z]|--|cookie|consent|session/.test(name) && !HYPHENATED_WORD.test(name)))) return true;
  return named && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(name) && /cookie|consent|session|accepted|agreed|banner/.test(name) && !HYPHENATED_WORD.test(name);
}
/** A hyphenated word, not a name ("opt-in", "third-party", "cookie-based", "non-essential"). */
const HYPHENATED_WORD = /^(?:non|pre|opt|re|co|self|well|third|first|same|cross|long|short|multi|anti|e)-|-(?:based|free|related|like|style|type|only|in|out|settings?|policy|notice|party|site|term|lived|essential|necessary|mail)$/i;

/** What `importNotice` needs to place the draft and its notes. */
export interface CookieDraft {
  consent: ConsentConfig;
  /** How many cookies each way of choosing a category decided. */
  count: number;
}

/** Reads every cookie table in the document into a draft consent section. `at` is the section id of each block; `title` the notice's (a page about cookies reads more lists as names). */
export function extractCookies(blocks: { block: DocBlock; at: string; context: string[] }[], lang: 'en' | 'cy', notes: NoteBook, found: FoundFacts, title = '', headings: { text: string; at: string; context: string[] }[] = []): CookieDraft | undefined {
  const byCategory = new Map<CategoryId, Cookie[]>();
  const guessed: string[] = [];
  let text: string | undefined;
  const pageText = () => (text ??= blocks.map(({ block }) => blockText(block)).join('\n'));
  let count = 0;
  let firstAt = 'notice';
  // The block being read, so that the pass over running text below leaves the blocks already read alone.
  let current: DocBlock | undefined;
  const read = new Set<DocBlock>();
  const add = (category: CategoryId, written: Cookie, source: string, at: string) => {
    if (current) read.add(current);
    // A stray closing quote the page left after a name ("_gid'") is no part of it, nor is a Markdown escape before an underscore
    // ("\_ga", kept where a code span or a page component held it).
    const given = { ...written, name: written.name.replace(/^([^'’"]+)['’"]$/, '$1').replace(/\\(?=[_*])/g, '') };
    // A star after a whole name that the page gives a footnote for ("GEO*" in the table, "GEO - * Expires At End Of Session"
    // under it) marks the footnote; a star after a separator ("_ga_*", "wp-settings-*") is the name's wildcard.
    const starred = /^(.*[\p{L}\d])\*$/u.exec(given.name);
    const cookie = starred && new RegExp(String.raw`(?:^|[\s|(])${reEscape(starred[1]!)}\s+[-–—]\s*\*`, 'mu').test(pageText()) ? { ...given, name: starred[1]! } : given;
    // A name inside another cookie's description that the page already gave with fewer or more leading underscores ("_utma" on
    // its own line, "… no existing __utma cookies exists" in its description) is that cookie spelt another way, not another cookie.
    // A row for a service that says it sets no cookie ("OpenStreetMap | tiles | … Network request only — no cookie set") names none.
    if (/\bno cookies? (?:is |are )?set\b|\b(?:does not|doesn['’]t|do not|don['’]t) set (?:any |a )?cookies?\b|\bsets no cookies?\b|\bnetwork request only\b/i.test(source)) return;
    // A header row whose column names the copy glued together ("CookieTypePurposeHow long …", "NamePurposeExpires") names no cookie.
    if (/^(?:Cookie|Cookies|Name|Type|Purpose|Description|Expiry|Expires|Expiration|Duration|How|Provider|Category|Lifespan|Lifetime|Domain|Enw|Diben|Math|Darparwr|Disgrifiad){2,}/.test(cookie.name)) return;
    // A template's placeholder for the whole name ("{{ cookieName }}", read as "[cookieName]") names no cookie: the page's data does.
    // Nor does a name a template computes ("_ga_${analytics.appTag?replace("G-", "")}", "${serviceName}", FreeMarker's).
    if (/^\[[^\]]*\]$|^\{\{[^}]*\}\}$|\$\{/.test(cookie.name)) return;
    // A column's label copied a cell a line ("Cookie Name" / "Description" / "Session" / "__utma" / …) names no cookie.
    if (isColumnLabel(cookie.name)) return;
    // Words the copy ran together ("preferencesWhen", "moreCookie", "monthsAny", "usecookies"): no cookie's name.
    if (GLUED_WORDS.test(cookie.name)) return;
    const bare = cookie.name.replace(/^_+/, '');
    if (!source.trimStart().startsWith(cookie.name) && [...byCategory.values()].flat().some((c) => c.name !== cookie.name && c.name.replace(/^_+/, '') === bare)) return;
    const list = byCategory.get(category) ?? [];
    if (!list.some((c) => c.name === cookie.name)) list.push(cookie);
    byCategory.set(category, list);
    found.add('cookies', cookie.name, source, at);
    if (!count) firstAt = at;
    count++;
  };
  // A name read from a list or a sentence: its category from the heading or sentence above, else from the name.
  const addCookie = (raw: Cookie, source: string, at: string, context: string[]) => {
    // A page may set a name with typographic hyphens ("cookies‑banner‑shown", U+2011 non-breaking): the cookie's name has plain ones.
    const cookie = { ...raw, name: raw.name.replace(/[\u2010\u2011]/g, '-') };
    const grouping = context.map(categoryIn).find((c) => c !== undefined);
    const known = KNOWN.find(([pattern]) => pattern.test(cookie.name));
    const category = grouping ?? known?.[1] ?? 'functional';
    if (!grouping) guessed.push(`${cookie.name} → ${TITLES.en[category]}${known ? ` (a known ${known[2]} cookie)` : ' (nothing says what it is for: check)'}`);
    add(category, cookie, source, at);
  };
  const addNamed = (name: string, purpose: string | undefined, source: string, at: string, context: string[], duration?: string) =>
    addCookie({ name, ...(purpose ? { purpose } : {}), ...(duration ? { duration } : {}) }, source, at, context);
  const labelled = readLabelled(blocks, (_, cookie, source, at, context) => addCookie(cookie, source, at, context));
  for (const block of labelled) read.add(block);
  // (Or one of the first two headings says it, under a title the copy took from a banner: "Support our Old Library Campaign" / "Cookie policy".)
  const cookiePage = COOKIE_WORD.test(title) || blocks.some(({ at, context }) => at === 'notice' && context.some((c) => COOKIE_WORD.test(c))) || headings.slice(0, 2).some((h) => /^(?:our\s+)?(?:cookies?|cwcis?)(?:\s+(?:policy|notice|statement))?$|^polisi cwcis$/i.test(h.text.trim()));
  const boldSections = new Map<string, number>();
  for (const { block, at } of blocks) if (boldNamed(block)) boldSections.set(at, (boldSections.get(at) ?? 0) + 1);
  for (const [k, { block, at, context }] of blocks.entries()) {
    current = block;
    // A list of cookie names under a heading or sentence about cookies ("Enw'r Cwci" / "• _ga"),
    // or items that start with one ("_ga – counts visits"), or followed by a sentence about them
    // ("• hidePopupHwlSurvey1" / "We use this cookie to …"). A name may carry a note in brackets
    // ("_gat_UA_XXXXXXXXX_1 (where X is a number)").
    const after = blocks[k + 1]?.at === at && blocks[k + 1]!.block.kind === 'paragraph' ? inlineText((blocks[k + 1]!.block as DocBlock & { kind: 'paragraph' }).content) : '';
    // On a page about cookies, a list of two items or more that all open with a name with an identifier's
    // underscore ("_ga" / "_gat_UA_XXXXXXXXX_1" / "_gid" under "Google Analytics"; "_utmb enters the site, …") is cookies too.
    const strongList = block.kind === 'list' && block.items.length >= 2 && block.items.every((item) => new RegExp(String.raw`^${MARKED}(?:\s|$)`).test(inlineText(item.content).trim()));
    // On a page about cookies, any list is read so, when most of its items open with a name (below).
    if (block.kind === 'list' && (context.some((c) => COOKIE_WORD.test(c)) || /^(?:We use (?:this|these) cookies?\b|(?:This|These) cookies?\b)/i.test(after) || strongList || cookiePage)) {
      const items = block.items.map((item) => inlineText(item.content).trim());
      // An item may run on from a name with an identifier's underscore into its description, with no
      // dash ("_utmb enters the site, expires at the end of the session").
      // An item may open with several names ("AWSALB, AWSALBCORS - expires after 7 days"), give
      // another in brackets ("mtm_consent (or mtm_consent_removed) - …"), or have lost the space
      // before its dash ("sessionid- only valid for your current visit").
      const runOn = (t: string) => /^([\w.*$<>-]*[_$][\w.*$<>-]*)\s+([a-z].+)$/.exec(t);
      // Or a name and its labelled expiry ("SS Expiry 10 years", "PREF Expiry 2 years").
      const expiring = (t: string) => /^([\w.*$<>#@-]{2,60})\s+(?:Expiry|Expires|Lasts|Duration|Dod i ben|Daw i ben)\b:?\s+(\S.*)$/.exec(t);
      const names = items.map((t): { names: string[]; purpose?: string; duration?: string } | undefined => listedNames(t) ?? (runOn(t) ? { names: [runOn(t)![1]!], purpose: runOn(t)![2]! } : expiring(t) ? { names: [expiring(t)![1]!], duration: expiring(t)![2]!.replace(/\.$/, '') } : undefined));
      const identifier = (m: { names: string[] } | undefined) => !!m && (/[_.$*\d]/.test(m.names[0]!) || /^[a-z]+(?:-[a-z]+)+$/.test(m.names[0]!) || /^[a-z]+[A-Z]\w*$/.test(m.names[0]!) || /^(?:[A-Z]{2,}[a-z]+\w*|[A-Z][a-z]+(?:[A-Z][a-z0-9]*){2,})$/.test(m.names[0]!) || wellKnown(m.names[0]!));
      // One name alone counts when it has an identifier's marks and the sentence after it speaks of it.
      const enough = items.length >= 2 || (identifier(names[0]) && (/\bcookies?\b|\b[cg]wci/i.test(after) || /[_$]/.test(names[0]!.names[0]!)));
      // A list of the domains cookies are set on ("cardiff.ac.uk" / "cf.ac.uk" / …) names no cookie.
      if (enough && names.every((m) => !!m && !m.names.some((n) => HOST_NAME.test(n))) && names.filter(identifier).length >= Math.ceil(items.length / 2)) {
        for (const [n, m] of names.entries()) for (const name of m!.names) addNamed(name, m!.purpose, items[n]!, at, context, m!.duration);
      }
      continue;
    }
    // A cookie record laid down the page, its fields' names over their values ("Names of cookies" / "MSISSamlRequest" / "MSISAuth" /
    // … / "What they do" / "Active Directory Federation Services provides …"): each line under the names' field is a cookie's name.
    if (block.kind === 'paragraph' && COOKIE_NAMES_FIELD.test(inlineText(block.content).trim())) {
      const line = (j: number) => (blocks[j]?.at === at && blocks[j]!.block.kind === 'paragraph' ? inlineText((blocks[j]!.block as DocBlock & { kind: 'paragraph' }).content).trim() : undefined);
      let j = k + 1;
      const names: string[] = [];
      for (let t = line(j); t !== undefined && /^[\w.*$#@%<>{}-]{2,60}$/.test(t) && /\p{L}/u.test(t); t = line(++j)) names.push(t);
      const purpose = COOKIE_PURPOSE_FIELD.test(line(j) ?? '') ? line(j + 1) : undefined;
      for (const name of names) addNamed(name, purpose, `${inlineText(block.content).trim()}: ${names.join(', ')}`, at, context);
      continue;
    }
    const cookieContext = cookiePage || context.some((c) => COOKIE_WORD.test(c));
    // Paragraphs "Name - what it does" read as a definition list ("ASP.NET_SessionID - this cookie
    // contains …" / "ASPXAUTH - this cookie is only stored if …"): each term with an identifier's
    // marks is a cookie, its description the purpose, when most terms have them.
    if (block.kind === 'dl' && cookieContext) {
      const terms = block.items.map((item) => ({ term: inlineText(item.term).trim(), desc: inlineText(item.desc).trim() }));
      const named = terms.filter((t) => IDENTIFIER.test(t.term) || /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*){2,}$/.test(t.term) || wellKnown(t.term));
      if (named.length >= 2 && named.length * 2 >= terms.length) for (const t of named) addNamed(t.term, t.desc, `${t.term} - ${t.desc}`, at, context);
      continue;
    }
    if (block.kind === 'paragraph' && cookieContext) {
      const text = inlineText(block.content).trim();
      // Names set in bold, each before a dash and what it does, a line each ("<b>JBJCR3</b> - used to identify your browsing session …"
      // <br/> "<b>username &amp; rand</b> - if you select 'remember me', these cookies …", a college's PHP page): the page's layout says each
      // bold run is a cookie's name, plain word or not, when its section does so twice or more.
      const bold = boldNamed(block);
      if (bold && (boldSections.get(at) ?? 0) >= 2) {
        for (const name of bold.names) addNamed(name, bold.purpose, `${bold.names.join(' & ')} - ${bold.purpose}`, at, context);
        continue;
      }
      // Names before a dash in a sentence ("_ga and _gat - used by Google Analytics to track user activity").
      const listed = new RegExp(String.raw`^(${MARKED}(?:\s*(?:,|&|\band\b|\bor\b|\ba\b|\bneu\b)\s*${MARKED})*)\s+[–—-]\s+(\S.*)$`).exec(text);
      if (listed) {
        for (const name of listed[1]!.split(/\s*(?:,|&|\band\b|\bor\b|\ba\b|\bneu\b)\s*/)) addNamed(name, listed[2], text, at, context);
        continue;
      }
      // A name in capitals or joined words before a dash and what it does ("CPUSER – Used to store user preferences …"), beside
      // marked names read the same way ("__utma – Set by Google Analytics …"): the verb says it is a cookie, not a term ("GDPR – the …").
      const capsListed = /^([A-Z][A-Z0-9]{3,29}|[a-z]+[A-Z]\w*)\s+[–—-]\s+((?:Used|Set|Sets|Stores|Remembers|Records|Tracks|Identifies|Enables|Allows|Helps|Keeps|Holds|Saves|Determines)\b.*)$/.exec(text);
      if (capsListed) {
        addNamed(capsListed[1]!, capsListed[2], text, at, context);
        continue;
      }
      // A name set as its section's heading, the section opening with a sentence about a cookie
      // ("PHPSESSID" / "Cwci sesiwn yw hwn, a ddefnyddir i …"): the heading names the cookie. It has
      // an identifier's marks or is a vendor-documented name: a heading in capitals ("COOKIES",
      // "SESIYNAU") is a word, not a name.
      const heading = context[0]?.trim() ?? '';
      // Or a section that gives the cookie's duration as a field ("CraftSessionId" / "Created by the CMS to determine …" /
      // "• Duration: End of session"): the field says the heading is a cookie's name, and a joined-words name is one too.
      const timed = blocks.slice(k + 1).filter((b) => b.at === at).slice(0, 3).some((b) => (b.block.kind === 'list' ? b.block.items.map((i) => inlineText(i.content)) : b.block.kind === 'paragraph' ? [inlineText(b.block.content)] : []).some((t) => DURATION_LABEL.test(t.trim())));
      const nameLike = (IDENTIFIER.test(heading) && /[_.$\d]/.test(heading)) || wellKnown(heading) || /^\w*SESS(?:ION)?ID\w*$/i.test(heading) || (timed && /^[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(heading) && !/^[A-Z]+$/.test(heading));
      if (blocks[k - 1]?.at !== at && /^[\w.*$-]{3,60}$/.test(heading) && nameLike && (/\b(?:cookie|cwci)\b/i.test(text) || timed)) {
        addNamed(heading, text, `${heading} / ${text}`, at, context.slice(1));
        continue;
      }
      continue;
    }
    if (block.kind !== 'table') continue;
    let head = block.head.map((c) => inlineText(c).trim());
    let rows = block.rows;
    if (!head.length && rows.length) {
      head = rows[0]!.map((c) => inlineText(c).trim());
      rows = rows.slice(1);
    }
    let cols = columns(head);
    const headed = !!cols;
    if (!cols) {
      // No header row: the columns are read from what the cells hold, under a heading or sentence about cookies.
      const all = [head, ...rows.map((r) => r.map((c) => inlineText(c).trim()))];
      const inferred = context.some((c) => /\bcookies?\b|\b[cg]wci|\bnghwci/i.test(c)) ? inferColumns(all) : undefined;
      if (!inferred) continue;
      cols = inferred;
      rows = [head.map((h) => [h]), ...rows];
    }
    // The table's grouping: the nearest heading or sentence before it that names a category.
    const grouping = context.map(categoryIn).find((c) => c !== undefined);
    let group = '';
    for (const row of rows) {
      const texts = row.map((c) => inlineText(c).trim());
      // The header again inside the body, and its rule line (a second table run on with no line between:
      // "| Name | Purpose | Expires |" / "|---|---|---|"): no cookie.
      if (headed && texts.length === head.length && texts.every((t, i) => t.toLowerCase() === head[i]!.toLowerCase())) continue;
      if (texts.every((t) => /^:?-{3,}:?$/.test(t))) continue;
      // A caption row across the table, words in the name's cell and nothing else ("Cookie Preference,
      // functional | | |"): the group the rows under it belong to, no cookie.
      if (cols.group === undefined && texts.filter(Boolean).length === 1 && /\s/.test(texts[cols.name] ?? '') && !IDENTIFIER.test(cookieName(texts[cols.name] ?? '')) && rows.length > 2) {
        group = texts[cols.name]!;
        continue;
      }
      // A row under a merged grouping cell (rowspan, lost when the page was copied) starts one or
      // more cells early: its name is in an earlier column than the header's "Name".
      // (Not a row whose name cell lists names, "cookie_accept, cookie_decline", nor one whose earlier cell is the site, "www.uclan.ac.uk".)
      let shift = 0;
      if (!IDENTIFIER.test(cookieName(texts[cols.name] ?? '')) && !namesIn((texts[cols.name] ?? '').replace(/\s+/g, ' ')).some((n) => IDENTIFIER.test(n))) {
        const k = texts.slice(0, cols.name).findIndex((t) => IDENTIFIER.test(cookieName(t)) && !HOST_NAME.test(t.trim()));
        if (k >= 0) shift = cols.name - k;
        // A period in the name's place ("gwcc | 3 months | Analytics", "collect | Session | …", the
        // grouping cell left out): the row moved one cell left, its name a plain word before it.
        // (Only in a row short of a cell: in a full row, "Necessary | session | …", a plain word that says "session" is the name.)
        else if (cols.name > 0 && texts.filter(Boolean).length < head.length && PERIOD.test(texts[cols.name] ?? '') && (texts[cols.name] ?? '').trim().split(/\s+/).length <= 3 && /^[\w.*$-]{2,40}$/.test((texts[cols.name - 1] ?? '').trim())) shift = 1;
      }
      // A row for a tool whose cookies are listed after it ("Google Analytics | We use Google
      // Analytics … The full list … below. | Not applicable"): no cookie of its own.
      if (/^(?:not applicable|n\/a)\.?$/i.test((texts[cols.duration ?? -1] ?? '').trim()) && !IDENTIFIER.test(cookieName(texts[cols.name] ?? ''))) continue;
      const cell = (i: number | undefined) => (i === undefined || i - shift < 0 ? '' : (texts[i - shift] ?? '').trim());
      if (cols.group !== undefined && !shift) group = cell(cols.group);
      for (const name of namesIn(cell(cols.name).replace(/\s+/g, ' '))) {
        const known = KNOWN.find(([pattern]) => pattern.test(name));
        const needed = cols.needed !== undefined ? (/^(?:yes|yn|ie|oes)\b/i.test(cell(cols.needed)) ? 'necessary' : /^(?:no|na|nac)\b/i.test(cell(cols.needed)) ? 'optional' : undefined) : undefined;
        let category = (cols.type !== undefined ? categoryIn(cell(cols.type)) : undefined) ?? (group ? categoryIn(group) : undefined) ?? grouping;
        if (needed === 'necessary') category = 'necessary';
        if (needed === 'optional' && (category === 'necessary' || category === undefined)) category = known?.[1] !== 'necessary' ? known?.[1] : undefined;
        if (!category) {
          category = known?.[1] ?? (needed === 'optional' ? 'functional' : undefined);
          if (category) guessed.push(`${name} → ${TITLES.en[category]}${known ? ` (a known ${known[2]} cookie)` : ''}`);
        }
        if (!category) {
          category = 'functional';
          guessed.push(`${name} → ${TITLES.en.functional} (nothing says what it is for: check)`);
        }
        const cookie: Cookie = { name };
        // A shifted row's purpose sits in the cell after its name, when the "Purpose" cell is empty.
        let purpose = cell(cols.purpose) || (shift ? cell(cols.name + 1) : '');
        let duration = cell(cols.duration);
        // A row that lost a cell, its expiry shifted into the purpose's place ("__KBConsent__ | This
        // cookie expires when you close your browser. | |"): the sentence is the expiry.
        if (purpose && !duration && cols.duration !== undefined && EXPIRY_SENTENCE.test(purpose)) [duration, purpose] = [purpose, ''];
        const provider = cell(cols.provider);
        if (purpose) cookie.purpose = purpose;
        if (duration) cookie.duration = duration;
        if (provider) cookie.provider = provider;
        add(category, cookie, row.map((c) => inlineText(c).trim()).join(' | '), at);
      }
    }
  }
  current = undefined;
  const named = new Set(found.list.filter((f) => f.family === 'cookies').map((f) => f.value));
  const loose = readRunningText(blocks.filter(({ block }) => !read.has(block)), headings, cookiePage, named);
  for (const { name, purpose, source, at, context } of loose) addNamed(name, purpose, source, at, context);
  if (loose.length) notes.add(loose[0]!.at, 'inferred', `Cookie names read from running text, not from a table or list of cookies: ${loose.map((l) => l.name).join(', ')}. Check each is a cookie this site sets, and give its purpose and duration.`);
  if (!count) return undefined;
  const order: CategoryId[] = ['necessary', 'functional', 'analytics', 'marketing'];
  const categories: Category[] = order.filter((id) => byCategory.has(id)).map((id) => {
    const category: Category = { id, title: TITLES[lang][id], cookies: byCategory.get(id)! };
    if (id === 'necessary') category.required = true;
    return category;
  });
  // The consent banner needs a necessary category to show locked, even when the table lists none.
  if (!byCategory.has('necessary')) categories.unshift({ id: 'necessary', title: TITLES[lang].necessary, required: true, cookies: [] });
  notes.add(firstAt, 'inferred', `A draft "consent" section was made from the cookies the notice names: ${count} cookie${count === 1 ? '' : 's'} in ${categories.map((c) => `${c.title} (${c.cookies?.length ?? 0})`).join(', ')}. Confirm each category, purpose and duration before the banner uses them.`);
  if (guessed.length) notes.add(firstAt, 'inferred', `Categories chosen from the cookie's name, not from the notice: ${guessed.join('; ')}. Confirm them.`);
  return { consent: { categories }, count };
}
