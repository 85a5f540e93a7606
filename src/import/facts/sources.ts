/**
 * What the importer read, fact by fact, with the sentence it read it from: shown in the CLI
 * summary and the import demo, so the privacy officer can see why each fact was filled.
 */
import type { Id } from '../../config/notice-model.js';

/** The families of facts the importer reads. */
export type FactFamily =
  | 'controller' | 'art6' | 'art9' | 'retention' | 'transfers' | 'rights' | 'dpo' | 'ico' | 'cookies' | 'language';

/** One fact read from the notice. */
export interface FoundFact {
  family: FactFamily;
  /** The value in words or as a code ("e", "access", "_ga", "Leeds City Council"). */
  value: string;
  /** The sentence (or table row) it was read from, as written. */
  source: string;
  /** The section it was found in (or `notice`). */
  at: Id;
}

/** Collects found facts, one per family and value (the first source wins). */
export class FoundFacts {
  readonly list: FoundFact[] = [];

  add(family: FactFamily, value: string, source: string, at: Id): void {
    if (this.list.some((f) => f.family === family && f.value === value)) return;
    this.list.push({ family, value, source: source.length > 400 ? `${source.slice(0, 399)}…` : source, at });
  }
}
