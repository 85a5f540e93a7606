import type { PrivacyConfig } from '../../src/config/types.js';
import type { ConsentingConfig } from '../../src/consent/consent-store.js';

/** A small valid config: one required category, analytics with a service, marketing with a service. */
export function makeConfig(overrides: Partial<PrivacyConfig> = {}): ConsentingConfig {
  return {
    version: '2026-11-01',
    organisation: { name: 'Example NHS Trust' },
    consent: {
      categories: [
        { id: 'necessary', title: 'Strictly necessary', required: true, cookies: [{ name: 'session' }] },
        {
          id: 'analytics',
          title: 'Analytics',
          description: 'How the site is used.',
          services: [{ id: 'matomo', name: 'Matomo', cookies: [{ name: '_pk_id.*', duration: '13 months' }, { name: '_pk_ses.*' }] }],
        },
        { id: 'marketing', title: 'Marketing', services: [{ id: 'youtube', name: 'YouTube', cookies: [{ name: 'YSC' }] }] },
      ],
    },
    ...overrides,
  } as ConsentingConfig;
}

/** A deep copy to mutate in a test. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
