/** Finds every notice in a config: the main one and each translation's. */
import type { PrivacyConfig } from '../config/types.js';
import type { Notice } from '../config/notice-model.js';
import { childPath } from '../config/validate.js';

/** A notice and the JSON path it sits at. */
export interface LocatedNotice {
  notice: Notice;
  path: string;
}

/** The config's notices, the main one first, each with its JSON path. */
export function noticesOf(config: PrivacyConfig): LocatedNotice[] {
  const found: LocatedNotice[] = [];
  if (config.notice) found.push({ notice: config.notice, path: '$.notice' });
  for (const [lang, translation] of Object.entries(config.translations ?? {})) {
    if (translation?.notice) found.push({ notice: translation.notice, path: childPath(childPath('$.translations', lang), 'notice') });
  }
  return found;
}
