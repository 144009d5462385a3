// Debian's Chromium through playwright-core, held to loopback: the same flags
// as the project's audit tools, and every request for another host aborted and
// recorded so that a test can fail on it (no third-party requests, GDPR).
import fs from 'node:fs';
import net from 'node:net';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

// Copied from the audit tools (shared/audit/lib/common.mjs) so this suite
// stands alone. The first group keeps Chromium off the network on its own
// (updates, sync, field trials, QUIC probes). The proxy is a guard: Chromium
// always bypasses the proxy for loopback, so the app is reached directly, while
// a request for any other host goes to a closed local port and fails.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--proxy-server=http://127.0.0.1:9',
];

// True for hosts on this machine only: localhost (and *.localhost),
// 127.0.0.0/8 and ::1. No DNS lookup.
export function isLoopbackHost(hostname) {
  let h = String(hostname).toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.split('.')[0] === '127';
  if (net.isIPv6(h)) {
    if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
    const m = h.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    return Boolean(m && m[1].startsWith('127.'));
  }
  return false;
}

// data:, blob: and about: never leave the machine; http(s) only to loopback.
export function isAllowedUrl(u) {
  let url;
  try { url = new URL(u); } catch { return false; }
  if (['data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') return false;
  return isLoopbackHost(url.hostname);
}

// Launches Chromium. Throws a clear error (never skips) when it is missing.
export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install Debian's package ` +
      '(apt-get update && apt-get install -y chromium) or set CHROME_PATH. ' +
      'This suite never downloads a browser.');
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 60_000,
  });
  // Every request that was aborted because it left loopback: { url, from }.
  const blocked = [];

  async function newContext({ bypassCSP = false, locale = 'de-DE', ...rest } = {}) {
    const context = await browser.newContext({
      bypassCSP,
      locale,
      viewport: { width: 1280, height: 800 },
      ...rest,
    });
    context.setDefaultTimeout(30_000);
    context.setDefaultNavigationTimeout(60_000);
    await context.route('**/*', (route) => {
      const req = route.request();
      const u = req.url();
      if (isAllowedUrl(u)) return route.continue();
      let from = '';
      try { from = req.frame().url(); } catch { /* service worker or detached frame */ }
      blocked.push({ url: u, from });
      return route.abort('blockedbyclient');
    });
    return context;
  }

  // One line per blocked URL: how often, and from which pages (first three).
  function blockedReport(list = blocked) {
    const byUrl = new Map();
    for (const b of list) {
      const e = byUrl.get(b.url) || { n: 0, from: new Set() };
      e.n++;
      if (b.from) e.from.add(b.from);
      byUrl.set(b.url, e);
    }
    return [...byUrl].map(([url, e]) => {
      const from = [...e.from];
      return `  ${url} ×${e.n}${from.length ? ` (from ${from.slice(0, 3).join(', ')}${from.length > 3 ? `, … ${from.length - 3} more` : ''})` : ''}`;
    }).join('\n');
  }

  // Throws if any page of any context tried to reach a non-loopback host.
  function assertNoExternalRequests() {
    if (blocked.length) {
      throw new Error(`pages tried to reach ${blocked.length} non-loopback URL(s) (aborted):\n${blockedReport()}`);
    }
  }

  return {
    browser,
    blocked,
    newContext,
    assertNoExternalRequests,
    blockedReport,
    async close() { await browser.close().catch(() => {}); },
  };
}
