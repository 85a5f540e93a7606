import type { PlaceholderStrings } from '../../config/ui-text.js';

/**
 * British English strings of `<consent-placeholder>`, loaded with it. Plain words, in the spirit
 * of the GOV.UK and NHS.UK cookie banners: say what the content is, who provides it, what loading
 * it shares, and give both a one-off and a lasting choice, with a way to the content that shares
 * nothing from this page.
 */
export const placeholderEnGB: PlaceholderStrings = {
  placeholderTitle: '{service}: {title}',
  placeholderUntitled: 'Content from {service}',
  placeholderProvider: 'Provided by {provider}.',
  placeholderCookies: 'Loading it sends information about your visit to {service}, which sets cookies ({cookies}).',
  placeholderNoCookies: 'Loading it sends information about your visit to {service}.',
  placeholderDetails: 'Cookie details',
  placeholderLoad: 'Load this time',
  placeholderAlways: 'Always allow {service}',
  placeholderLink: 'Open it on {service}',
  placeholderUnavailable: 'This content cannot be loaded on this page.',
};
