import { useCallback, useRef } from 'react';

/** `crypto.randomUUID` exists only in secure contexts; an office intranet on plain HTTP still has getRandomValues. */
function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * An Idempotency-Key per distinct request: pressing again (double click, retry after a network error)
 * sends the same key, so the server replays the first answer instead of receiving a second dossier;
 * a changed body is a new request and gets a new key.
 */
export function useIdempotencyKey(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return useCallback((body: unknown) => {
    const json = JSON.stringify(body);
    if (last.current?.body !== json) last.current = { body: json, key: randomKey() };
    return last.current.key;
  }, []);
}
