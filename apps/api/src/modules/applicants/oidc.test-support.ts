/** Drives oidc-provider's development sign-in pages the way a browser would, for tests of the portal's OpenID Connect sign-in. */
export type Jar = Map<string, string>;
export const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
export function keepCookies(jar: Jar, setCookies: string[]): void {
  for (const line of setCookies) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
  }
}

/** Plays the citizen at the provider: follows redirects by hand, signs in as `login`, consents, and stops at our callback. */
export async function signInAtProvider(authorizeUrl: string, login: string, redirectUri: string, jar: Jar = new Map()): Promise<URL> {
  let url = authorizeUrl;
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: cookieHeader(jar), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body } : {}),
    });
    keepCookies(jar, res.headers.getSetCookie());
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next.href;
      continue;
    }
    const html = await res.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !prompt || !action) throw new Error(`unexpected provider page ${res.status}: ${html.slice(0, 500)}`);
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'khong-kiem-tra' } : { prompt }).toString();
  }
  throw new Error('too many redirects at the provider');
}
