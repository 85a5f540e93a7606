import type { PlaceholderStrings } from '../../config/ui-text.js';

/**
 * Welsh (Cymraeg) strings of `<consent-placeholder>`, loaded with it only when a placeholder is
 * shown in Welsh. Terms follow the Welsh banner and dialog ("cwcis", "caniatáu", "llwytho").
 * Service names are brand names and are not mutated ("gan YouTube", "ar Vimeo"), as Welsh style
 * guides advise for names. Written by a developer, not a translator: have it reviewed by a Welsh
 * translator before publishing; any string can be replaced with `translations.cy.consent.text`.
 */
export const placeholderCy: PlaceholderStrings = {
  placeholderTitle: '{service}: {title}',
  placeholderUntitled: 'Cynnwys gan {service}',
  placeholderProvider: 'Darperir gan {provider}.',
  placeholderCookies: "Mae ei lwytho yn anfon gwybodaeth am eich ymweliad at {service}, sy'n gosod cwcis ({cookies}).",
  placeholderNoCookies: 'Mae ei lwytho yn anfon gwybodaeth am eich ymweliad at {service}.',
  placeholderDetails: 'Manylion cwcis',
  placeholderLoad: "Llwytho'r tro hwn",
  placeholderAlways: 'Caniatáu {service} bob amser',
  placeholderLink: 'Ei agor ar {service}',
  placeholderUnavailable: "Ni ellir llwytho'r cynnwys hwn ar y dudalen hon.",
};
