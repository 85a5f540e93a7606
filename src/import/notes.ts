/** Collects import notes without repeating one, in the order they were found. */
import type { Id, ImportNote } from '../config/notice-model.js';

export class NoteBook {
  readonly #notes: ImportNote[] = [];
  readonly #seen = new Set<string>();

  /** Adds a note about `at` (a section id, a party or contact id, or `notice`). */
  add(at: Id, kind: ImportNote['kind'], text: string): void {
    const key = `${at}\u0000${kind}\u0000${text}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#notes.push({ at, kind, text });
  }

  get notes(): ImportNote[] {
    return [...this.#notes];
  }
}
