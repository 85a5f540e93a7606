/** Collects import notes without repeating one, in the order they were found. */
import type { Id, ImportNote } from '../config/notice-model.js';

export class NoteBook {
  readonly #notes: ImportNote[] = [];
  readonly #seen = new Set<string>();

  /** Adds a note about `at` (a section id, a party or contact id, or `notice`), with the sentence it was read from. */
  add(at: Id, kind: ImportNote['kind'], text: string, source?: string): void {
    const key = `${at}\u0000${kind}\u0000${text}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    const note: ImportNote = { at, kind, text };
    if (source?.trim()) note.source = clipSource(source.trim());
    this.#notes.push(note);
  }

  get notes(): ImportNote[] {
    return [...this.#notes];
  }
}

/** A source sentence short enough to show beside a note (a whole table row can be long). */
function clipSource(text: string): string {
  return text.length <= 400 ? text : `${text.slice(0, 399)}…`;
}
