import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ConsentRecord } from './consent-record.js';

/** Where the consent record lives. Reads return whatever is stored, unchecked. */
export interface ConsentStorage {
  read(): Promise<unknown>;
  write(record: ConsentRecord): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps the record for this page only: the fallback when IndexedDB is missing or broken, and the test double. */
export class MemoryStorage implements ConsentStorage {
  #value: unknown;
  constructor(initial?: unknown) {
    this.#value = initial;
  }
  async read() {
    return this.#value;
  }
  async write(record: ConsentRecord) {
    this.#value = record;
  }
  async clear() {
    this.#value = undefined;
  }
}

export const DB_NAME = 'privacy-consent';
const STORE_NAME = 'consent';
const KEY = 'record';

/**
 * The record in IndexedDB, in a database of our own (`privacy-consent`) through idb-keyval.
 * When IndexedDB is unavailable or fails (private modes, blocked storage, quota), it says so once
 * in the console and carries on in memory: the page keeps working and nothing throws.
 */
export class IdbStorage implements ConsentStorage {
  #store: UseStore | undefined;
  #fallback: MemoryStorage | undefined;

  async read(): Promise<unknown> {
    if (this.#fallback) return this.#fallback.read();
    try {
      // Do not create the database just to find it empty: a first visit writes nothing.
      const list = await indexedDB.databases?.();
      if (list && !list.some((db) => db.name === DB_NAME)) return undefined;
      return await get(KEY, this.#open());
    } catch (error) {
      return this.#fail(error).read();
    }
  }

  async write(record: ConsentRecord): Promise<void> {
    if (this.#fallback) return this.#fallback.write(record);
    try {
      await set(KEY, record, this.#open());
    } catch (error) {
      await this.#fail(error).write(record);
    }
  }

  async clear(): Promise<void> {
    if (this.#fallback) return this.#fallback.clear();
    try {
      await del(KEY, this.#open());
    } catch (error) {
      await this.#fail(error).clear();
    }
  }

  #open(): UseStore {
    return (this.#store ??= createStore(DB_NAME, STORE_NAME));
  }

  #fail(error: unknown): MemoryStorage {
    console.warn(
      `privacy-consent: IndexedDB is not available (${(error as Error)?.message ?? error}); your choice is kept for this page only.`,
    );
    return (this.#fallback = new MemoryStorage());
  }
}
