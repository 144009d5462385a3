// Accessibility crawl: for each role, every page reachable by links from "/"
// gets an axe-core run (WCAG 2.0/2.1 A + AA). Broken links fail too, and each
// role must reach the pages it is meant to see.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { countNodes, formatViolations, runAxe, AXE_VERSION } from '../lib/axe.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { crawl } from '../lib/crawl.mjs';
import { startServer, withServerLog } from '../lib/server.mjs';
import { describePage, login } from '../lib/session.mjs';

const MAX_PAGES = 150;
// Links of one route shape (e.g. the 400 municipality pages /m/<AGS>) followed
// per role; they share a template, and without a cap they would use up the
// page budget before other pages are reached. E2E_MAX_PER_PATTERN overrides it.
const MAX_PER_PATTERN = Number(process.env.E2E_MAX_PER_PATTERN || 10);

// role -> paths it must reach by following links
const ROLES = {
  anonymous: ['/', '/login', '/barrierefreiheit', '/impressum', '/datenschutz'],
  admin: ['/', '/admin', '/account'],
  editor: ['/', '/account'],
  coordinator: ['/', '/account'],
  member: ['/', '/account'],
  'member-b': ['/', '/account'],
};

// One browser and one server for the whole file, started by the first test
// that needs them; if they cannot start, every test fails with the reason.
let server;
let browser;
let started;
function setUp() {
  started ||= (async () => {
    browser = await launchBrowser();
    server = await startServer();
  })();
  return started;
}

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Runs axe on the open page; returns a report block, or '' when clean.
async function axeBlock(page, label) {
  const violations = await runAxe(page);
  if (!violations.length) return { text: '', violations };
  return {
    violations,
    text: `${label}: ${violations.length} violation(s), ${countNodes(violations)} element(s)\n${formatViolations(violations)}`,
  };
}

describe(`axe-core ${AXE_VERSION} on every reachable page, per role`, () => {
  for (const [role, mustVisit] of Object.entries(ROLES)) {
    test(`${role}: every reachable page passes axe, no broken links`, { timeout: 30 * 60_000 }, async (t) => {
      await setUp();
      await withServerLog(server, async () => {
        const context = await browser.newContext({ bypassCSP: true });
        try {
          if (role !== 'anonymous') {
            const page = await context.newPage();
            await login(page, server.baseUrl, server.login(role));
            await page.close();
          }
          const reports = [];
          let violationCount = 0;
          let elementCount = 0;
          const result = await crawl(context, server.baseUrl, {
            maxPages: MAX_PAGES,
            maxPerPattern: MAX_PER_PATTERN,
            onPage: async (page, info) => {
              const { text, violations } = await axeBlock(page, info.finalUrl);
              violationCount += violations.length;
              elementCount += countNodes(violations);
              if (text) reports.push(text);
            },
          });
          const visitedPaths = new Set(result.pages.map((p) => new URL(p.finalUrl).pathname));
          const summary = `${role}: ${result.pages.length} page(s) visited, ${violationCount} violation(s) ` +
            `(${elementCount} element(s)) on ${reports.length} page(s), ${result.broken.length} broken link(s)` +
            (result.limitReached ? `, stopped at the limit of ${MAX_PAGES} pages` : '') +
            (result.skippedByPattern.size ? `; not followed (more than ${MAX_PER_PATTERN} of one shape): ${[...result.skippedByPattern]
              .map(([p, n]) => `${n}× ${p}`).join(', ')}` : '');
          t.diagnostic(summary);

          const problems = [];
          if (reports.length) problems.push(`axe violations:\n${reports.join('\n\n')}`);
          if (result.broken.length) {
            problems.push(`broken links (target answered >= 400 or failed to load):\n${result.broken
              .map((b) => `  ${b.url} -> ${b.status || b.error} (linked from ${b.from ?? 'start'})`).join('\n')}`);
          }
          const missing = mustVisit.filter((p) => !visitedPaths.has(p));
          if (missing.length) {
            problems.push(`pages ${role} should reach by links but did not: ${missing.join(', ')}\n` +
              `  visited: ${[...visitedPaths].sort().join(', ') || 'none'}`);
          }
          assert.ok(problems.length === 0, `${summary}\n\n${problems.join('\n\n')}`);
        } finally {
          await context.close();
        }
      });
    });
  }

  test('login page after a wrong password: error summary, passes axe', { timeout: 120_000 }, async () => {
    await setUp();
    await withServerLog(server, async () => {
      const context = await browser.newContext({ bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.goto(new URL('/login', server.baseUrl).href, { waitUntil: 'load' });
        await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(server.login('admin').email);
        await page.getByLabel('Passwort', { exact: true }).fill('falsches-Passwort-123');
        const loaded = page.waitForEvent('load');
        await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
        await loaded;
        const errorSummary = page.locator('[role=alert], .error-summary');
        assert.ok(await errorSummary.count() > 0,
          `a wrong password shows no error summary ([role=alert] or .error-summary); ${await describePage(page)}`);
        const { text } = await axeBlock(page, `${page.url()} (after a wrong password)`);
        assert.equal(text, '', text);
      } finally {
        await context.close();
      }
    });
  });

  test('404 page (/does-not-exist) answers 404 and passes axe', { timeout: 120_000 }, async () => {
    await setUp();
    await withServerLog(server, async () => {
      const context = await browser.newContext({ bypassCSP: true });
      try {
        const page = await context.newPage();
        const resp = await page.goto(new URL('/does-not-exist', server.baseUrl).href, { waitUntil: 'load' });
        assert.equal(resp?.status(), 404, `GET /does-not-exist answered ${resp?.status()}; ${await describePage(page)}`);
        const ct = (await resp.allHeaders())['content-type'] || '';
        assert.match(ct, /^text\/html/i, `the 404 page has content-type "${ct}", not an HTML page for people`);
        const { text } = await axeBlock(page, `${page.url()} (404 page)`);
        assert.equal(text, '', text);
      } finally {
        await context.close();
      }
    });
  });

  test('no page tried to reach a host other than loopback', async () => {
    await setUp();
    browser.assertNoExternalRequests();
  });
});
