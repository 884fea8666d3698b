import type DataLoader from 'dataloader';

/** Loads a row that a foreign key guarantees; a miss means broken data, reported as an internal error. */
export async function loadRequired<K, R>(loader: DataLoader<K, R | null>, key: K, what: string): Promise<R> {
  const row = await loader.load(key);
  if (!row) throw new Error(`${what} ${String(key)} not found although referenced`);
  return row;
}
