/** The address's query with `next` applied: a value sets its parameter, an empty or undefined one removes it. */
export function withSearchParams(search: URLSearchParams, next: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(next)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  return params;
}
