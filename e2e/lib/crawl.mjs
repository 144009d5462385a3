// Breadth-first crawl of the pages one browser context can reach by following
// same-origin <a href> links (GET only), with a callback for every HTML page.

// Paths never followed: logging out would end the session; the rest is not HTML for people.
const EXCLUDED_EXACT = ['/logout', '/metrics', '/healthz', '/readyz'];
const EXCLUDED_PREFIX = ['/static/', '/api/'];

export function isExcludedPath(pathname) {
  if (EXCLUDED_EXACT.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return true;
  if (EXCLUDED_PREFIX.some((p) => pathname.startsWith(p) || pathname === p.slice(0, -1))) return true;
  return false;
}

// Normalises a link target to an absolute URL without fragment, or null when it
// is not to be followed (other origin, other scheme, excluded path).
export function normaliseLink(href, origin) {
  let u;
  try { u = new URL(href, origin); } catch { return null; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null; // mailto:, tel:, javascript:, …
  if (u.origin !== origin) return null;
  if (isExcludedPath(u.pathname)) return null;
  u.hash = '';
  return u.href;
}

// The route shape of a URL: path segments that look like ids (digits, UUIDs,
// long tokens) become ":id", query values become ":v". Pages of one shape
// (e.g. /m/07131, /m/09771, …) share one template, so a few of them suffice.
export function routePattern(href) {
  const u = new URL(href);
  const path = u.pathname.split('/').map((seg) => (
    /^\d+$/.test(seg) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(seg) || /^[A-Za-z0-9_-]{16,}$/.test(seg)
      ? ':id' : seg)).join('/');
  const keys = [...u.searchParams.keys()].sort();
  return keys.length ? `${path}?${keys.map((k) => `${k}=:v`).join('&')}` : path;
}

async function linksOf(page, origin) {
  const raw = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
    .filter((a) => !a.hasAttribute('download'))
    .map((a) => a.getAttribute('href')));
  const base = page.url();
  const out = [];
  for (const href of raw) {
    if (href === null || href.trim() === '' || href.trim().startsWith('#')) continue;
    let abs;
    try { abs = new URL(href.trim(), base).href; } catch { continue; }
    const n = normaliseLink(abs, origin);
    if (n) out.push(n);
  }
  return [...new Set(out)];
}

// Crawls from startPath. For every page answering text/html, onPage(page, info)
// runs while the page is open. At most maxPerPattern links of one route shape
// (see routePattern) are followed. Returns { pages, broken, nonHtml, limitReached, skippedByPattern }:
//   pages:   [{ url, finalUrl, status }]   HTML pages visited (at most maxPages)
//   broken:  [{ url, status, from, error }] link targets answering >= 400 or failing to load
//   nonHtml: [{ url, status, contentType }]
export async function crawl(context, baseUrl, { startPath = '/', maxPages = 150, maxPerPattern = Infinity, onPage } = {}) {
  const origin = new URL(baseUrl).origin;
  const start = normaliseLink(new URL(startPath, origin).href, origin);
  const queue = [{ url: start, from: null }];
  const seen = new Set([start]);
  const visitedFinal = new Set();
  const pages = [];
  const broken = [];
  const nonHtml = [];
  let limitReached = false;
  const perPattern = new Map();
  const skippedByPattern = new Map(); // pattern -> number of links not followed
  const page = await context.newPage();
  try {
    while (queue.length) {
      if (pages.length >= maxPages) { limitReached = true; break; }
      const { url, from } = queue.shift();
      let resp;
      try {
        resp = await page.goto(url, { waitUntil: 'load' });
      } catch (e) {
        const msg = e.message.split('\n')[0];
        if (/Download is starting/i.test(msg)) {
          // An attachment: check its status without a browser navigation.
          const r = await context.request.get(url).catch((err) => ({ err }));
          if (r.err) broken.push({ url, from, status: 0, error: r.err.message.split('\n')[0] });
          else if (r.status() >= 400) broken.push({ url, from, status: r.status() });
          else nonHtml.push({ url, status: r.status(), contentType: r.headers()['content-type'] || '' });
          continue;
        }
        broken.push({ url, from, status: 0, error: msg });
        continue;
      }
      const status = resp ? resp.status() : 0;
      const contentType = resp ? (await resp.allHeaders())['content-type'] || '' : '';
      if (status >= 400 || !resp) broken.push({ url, from, status });
      if (!/^text\/html\b/i.test(contentType)) {
        if (status < 400 && resp) nonHtml.push({ url, status, contentType });
        continue;
      }
      // A redirect to a page already checked (e.g. many links to one login wall) is not checked twice.
      const finalUrl = normaliseLink(page.url(), origin) || page.url().replace(/#.*$/, '');
      if (visitedFinal.has(finalUrl)) continue;
      visitedFinal.add(finalUrl);
      seen.add(finalUrl);
      pages.push({ url, finalUrl, status });
      if (onPage) await onPage(page, { url, finalUrl, status, from });
      for (const link of await linksOf(page, origin)) {
        if (seen.has(link)) continue;
        seen.add(link);
        const pattern = routePattern(link);
        const n = perPattern.get(pattern) || 0;
        if (n >= maxPerPattern) {
          skippedByPattern.set(pattern, (skippedByPattern.get(pattern) || 0) + 1);
          continue;
        }
        perPattern.set(pattern, n + 1);
        queue.push({ url: link, from: finalUrl });
      }
    }
  } finally {
    await page.close().catch(() => {});
  }
  return { pages, broken, nonHtml, limitReached, skippedByPattern };
}
