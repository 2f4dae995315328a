// Plays the person in the browser for the authorization-code-grant scenario: opens the authorization
// URL the suite prints, approves on the consent page, signs in on the dev login and follows the
// redirects to the suite's callback. Usage: node authorize.mjs URL
const cookies = new Map();
const field = (html, name) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1];
const action = (html, base) => new URL(html.match(/<form method="post" action="([^"]*)"/)[1].replaceAll('&amp;', '&'), base);
async function go(url, init = {}) {
  const headers = { ...(init.headers ?? {}), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  for (const c of res.headers.getSetCookie()) { const [kv] = c.split(';'); const i = kv.indexOf('='); cookies.set(kv.slice(0, i), kv.slice(i + 1)); }
  return res;
}
const post = (url, fields, origin) => go(url, { method: 'POST', body: new URLSearchParams(fields),
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin } });
let url = new URL(process.argv[2]);
const origin = url.origin;
let res = await go(url);
let html = await res.text();
res = await post(action(html, url), { request_id: field(html, 'request_id'), csrf_token: field(html, 'csrf_token'), decision: 'approve' }, origin);
url = new URL(res.headers.get('location'), url);
res = await go(url); html = await res.text();
// Every hidden field of the dev login form (state, code_challenge…) goes back with the user name.
const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"/g)].map(m => [m[1], m[2]]));
res = await post(action(html, url), { ...hidden, username: 'conformance' }, origin);
for (let hops = 0; hops < 5 && res.status >= 300 && res.status < 400; hops++) {
  url = new URL(res.headers.get('location'), url);
  res = await go(url);
}
if (!url.pathname.endsWith('/callback') || url.origin === origin) { console.error(`authorize.mjs: ended at ${url} (${res.status}): ${(await res.text()).slice(0, 300)}`); process.exit(1); }
