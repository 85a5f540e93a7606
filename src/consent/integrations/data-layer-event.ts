/**
 * A Google Tag Manager event with the visitor's grants, when the stored choice has been read and
 * after every decision, so GTM "Custom Event" triggers can fire on consent.
 *
 * From Google's "The data layer"
 * (https://developers.google.com/tag-platform/tag-manager/datalayer, read 2026): pushing an
 * object with an `event` key to `dataLayer` fires Custom Event triggers of that name, and its
 * other keys become Data Layer Variables (`privacyConsent.categories.analytics`). Tag Manager
 * merges each pushed object into its data model, arrays included, so the grants are objects
 * with every id each time: a shorter list could not replace a longer one.
 */
import type { DataLayerEvent } from '../../config/integrations.js';
import { queue, type Integration } from './integration.js';

/** The event carries the state; it has no default of its own (Consent Mode's default is separate). */
export const dataLayerEventDefaults = (): void => {};

/** The Tag Manager event, pushed at every moment with the grants. */
export const dataLayerEvent: Integration<DataLayerEvent> = {
  always: true,
  defaults: dataLayerEventDefaults,
  signals: () => ({}),
  update(win, options, _now, _before, moment) {
    queue(win, 'dataLayer').push({
      event: options.event ?? 'privacy_consent',
      privacyConsent: {
        type: moment.type,
        action: moment.action,
        decision: moment.decision,
        categories: { ...moment.grants.categories },
        services: { ...moment.grants.services },
      },
    });
  },
};
