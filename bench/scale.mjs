// Scale pages: this project with a very large config, and the same at a tenth of the size, to
// show how the cost of rendering and opening grows with the input.
import { oursPage } from './subjects.mjs';

/** A consent config with `categories` categories (the first required) of `services` services, one cookie each. */
export function bigConsentConfig(categories, services) {
  return {
    version: '1',
    organisation: { name: 'Example NHS Trust' },
    consent: {
      noticeUrl: '/privacy',
      categories: Array.from({ length: categories }, (_, c) => ({
        id: `category-${c}`,
        title: `Category ${c + 1}`,
        description: `What the cookies in category ${c + 1} do, in a sentence or two of plain words.`,
        ...(c === 0 ? { required: true } : {}),
        services: Array.from({ length: services }, (_, s) => ({
          id: `service-${c}-${s}`,
          name: `Service ${c + 1}.${s + 1}`,
          provider: `Provider ${s + 1} Ltd`,
          description: `Service ${c + 1}.${s + 1} measures something and keeps it for a while.`,
          privacyUrl: `https://provider-${s + 1}.example/privacy`,
          cookies: [{ name: `_svc_${c}_${s}`, purpose: 'Remembers a visitor between pages', duration: '13 months' }],
        })),
      })),
    },
  };
}

/** The dialog scale cases: full size (30 × 20) and a tenth (3 × 20). */
export const DIALOG_CASES = [
  { id: 'dialog-large', label: '30 categories × 20 services', categories: 30, services: 20 },
  { id: 'dialog-small', label: '3 categories × 20 services', categories: 3, services: 20 },
];

export function dialogPage({ categories, services }) {
  return oursPage({ config: bigConsentConfig(categories, services), title: `Scale: ${categories} × ${services}` }).html;
}

/** Where the dialog's button, and its rendered categories, are. */
export const DIALOG_PATHS = {
  trigger: ['cookie-consent', '[part~="preferences-button"]'],
  // The dialog is a `<cookie-preferences modal>` the script appends to the body on first use.
  ready: ['cookie-preferences[modal]', 'dialog[open] [part~="category"]'],
};
