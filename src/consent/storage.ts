import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
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
 * Settles when the write's transaction has committed, not when its request succeeded: a write
 * refused for lack of space (`QuotaExceededError`) fails at commit, after the request's success
 * (IndexedDB 3.0 §5.4, "commit a transaction"). Waiting only for the request would lose the
 * choice without a word.
 */
function committed(store: IDBObjectStore): Promise<void> {
  return promisifyRequest(store.transaction).then(() => {});
}

/**
 * The record in IndexedDB, in a database of our own (`privacy-consent`) through idb-keyval's
 * `createStore` (its `get`/`set` helpers would also bring in its default store, unused here).
 * When IndexedDB is unavailable or fails (private modes, blocked storage, a write refused for
 * lack of space), it says so once in the console and carries on in memory, keeping the choice
 * that failed to save: the page keeps working, honours that choice, and nothing throws.
 */
export class IdbStorage implements ConsentStorage {
  #store: UseStore | undefined;
  #fallback: MemoryStorage | undefined;

  read(): Promise<unknown> {
    return this.#use(
      async (store) => {
        // Do not create the database just to find it empty: a first visit writes nothing.
        const list = await indexedDB.databases?.();
        return list && !list.some((db) => db.name === DB_NAME) ? undefined : store('readonly', (s) => promisifyRequest(s.get(KEY)));
      },
      (memory) => memory.read(),
    );
  }

  write(record: ConsentRecord): Promise<void> {
    return this.#use((store) => store('readwrite', (s) => (s.put(record, KEY), committed(s))), (memory) => memory.write(record));
  }

  clear(): Promise<void> {
    return this.#use((store) => store('readwrite', (s) => (s.delete(KEY), committed(s))), (memory) => memory.clear());
  }

  /** Runs `op` on IndexedDB; on the first failure, says so once and keeps to memory from then on. */
  async #use<T>(op: (store: UseStore) => Promise<T>, fallback: (memory: MemoryStorage) => Promise<T>): Promise<T> {
    if (!this.#fallback) {
      try {
        return await op((this.#store ??= createStore(DB_NAME, STORE_NAME)));
      } catch (error) {
        // A DOMException reads "QuotaExceededError: …"; an aborted write may carry no error at all.
        console.warn(`privacy-consent: IndexedDB is not available (${error ?? 'the write was not saved'}); your choice is kept for this page only.`);
        this.#fallback = new MemoryStorage();
      }
    }
    return fallback(this.#fallback);
  }
}
