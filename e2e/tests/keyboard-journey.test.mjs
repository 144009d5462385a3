// The invitation journey with the keyboard alone: an admin invites a new
// member (set-up, with ordinary Playwright calls), then the invitee follows the
// link from the e-mail and — only with Tab, Shift+Tab, Enter, Space and typing —
// creates the account, logs in, switches to English and opens "My account".
// Every element that gets focus on the way must show a visible focus indicator.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, test } from 'node:test';
import { countNodes, formatViolations, runAxe } from '../lib/axe.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { assertVisibleFocus, byButton, byLabel, byLink, press, tabTo } from '../lib/keyboard.mjs';
import { existingMails, waitForMail } from '../lib/mail.mjs';
import { startServer, withServerLog } from '../lib/server.mjs';
import { describePage, login, requireSessionCookie } from '../lib/session.mjs';

const INVITE_LINK = /http:\/\/127\.0\.0\.1:\d+\/invitation\/[A-Za-z0-9_-]+/;

let server;
let browser;
after(async () => {
  await browser?.close();
  await server?.stop();
});

// Runs one step; an error names the step and where the page stands.
async function step(t, page, name, fn) {
  try {
    const out = await fn();
    t.diagnostic(`ok: ${name}`);
    return out;
  } catch (e) {
    const where = page ? await describePage(page) : '';
    const err = new Error(`step "${name}" failed: ${e.message}${where ? `\n  page: ${where}` : ''}`);
    err.stack = `${err.message}\n${(e.stack || '').split('\n').slice(1).join('\n')}`;
    throw err;
  }
}

// Types into the focused field, checking first that it is the expected one.
async function typeInto(page, info, text) {
  assert.ok(['input', 'textarea'].includes(info.tag), `expected a text field to have focus, got ${info.desc}`);
  await page.keyboard.type(text);
}

test('keyboard only: invitation -> account -> login -> English -> My account', { timeout: 10 * 60_000 }, async (t) => {
  browser = await launchBrowser();
  server = await startServer();
  await withServerLog(server, async () => {
    const base = server.baseUrl;
    const email = `neu-${crypto.randomBytes(5).toString('hex')}@example.org`;
    const password = `Tastatur-${crypto.randomBytes(6).toString('base64url')}-Weg!2026`;
    const name = 'Kim Tastatur';
    // Every focused element without a visible focus indicator (targets and
    // elements passed on the way); collected so that the journey goes on, and
    // reported together at the end.
    const invisibleFocus = [];

    // 1. Set-up (ordinary Playwright calls allowed): the admin sends an invitation.
    const link = await step(t, null, '1. admin sends an invitation; the e-mail carries the link', async () => {
      const adminContext = await browser.newContext();
      const page = await adminContext.newPage();
      try {
        await login(page, base, server.login('admin'));
        const resp = await page.goto(new URL('/admin/invitations', base).href, { waitUntil: 'load' });
        assert.ok(resp && resp.status() < 400, `GET /admin/invitations answered ${resp?.status()}; ${await describePage(page)}`);
        const before = existingMails(server.mailDir);
        await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
        await page.getByLabel('Kommune (AGS)', { exact: true }).fill('12072');
        await page.getByLabel('Rolle', { exact: true }).selectOption('member');
        const loaded = page.waitForEvent('load');
        await page.getByRole('button', { name: 'Einladung senden', exact: true }).click();
        await loaded;
        const failed = await page.locator('[role=alert], .error-summary').count();
        assert.equal(failed, 0, `sending the invitation showed an error; ${await describePage(page)}`);
        const mail = await waitForMail(server.mailDir, { before, mustContain: email, timeoutMs: 10_000 });
        const m = mail.text.match(INVITE_LINK);
        assert.ok(m, `the invitation mail ${mail.file} has no link matching ${INVITE_LINK}; its text:\n${mail.text.slice(0, 2000)}`);
        assert.equal(new URL(m[0]).origin, base,
          `the invitation link ${m[0]} does not point at the server the mail came from (${base})`);
        return m[0];
      } finally {
        await adminContext.close();
      }
    });

    // From here on: keyboard only, in a fresh context with the site's CSP in force.
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspAndScriptErrors = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) cspAndScriptErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => cspAndScriptErrors.push(`${page.url()}: script error: ${e.message}`));

    try {
      // 2. Open the link; the first Tab reaches the skip link, Enter moves focus to main.
      await step(t, page, '2. first Tab focuses the skip link, Enter moves focus to main', async () => {
        const resp = await page.goto(link, { waitUntil: 'load' });
        assert.ok(resp && resp.status() < 400, `GET ${link} answered ${resp?.status()}`);
        const first = await press(page, 'Tab');
        assert.ok(first.tag === 'a' && first.text.startsWith('Zum Inhalt springen'),
          `the first Tab should focus the skip link "Zum Inhalt springen…", it focused ${first.desc}`);
        try { assertVisibleFocus(first, 'skip link'); } catch (e) { invisibleFocus.push(`${page.url()}: ${e.message}`); }
        await press(page, 'Enter');
        // An in-page link moves focus without a load; give the browser a moment.
        await page.waitForFunction(() => {
          const a = document.activeElement;
          return Boolean(a && (a.tagName === 'MAIN' || a.closest('main')));
        }, null, { timeout: 5_000 }).catch(() => {});
        const after = await page.evaluate(() => {
          const a = document.activeElement;
          return { ok: Boolean(a && (a.tagName === 'MAIN' || a.closest('main'))), desc: a ? `<${a.tagName.toLowerCase()}${a.id ? ` id=${a.id}` : ''}>` : 'none' };
        });
        assert.ok(after.ok, `Enter on the skip link left focus on ${after.desc}, not on or inside <main> ` +
          '(the target needs to be focusable, e.g. <main id="…" tabindex="-1">)');
      });

      // 3. Create the account.
      await step(t, page, '3. register: name, password twice, "Konto anlegen"', async () => {
        let f = await tabTo(page, byLabel('Ihr Name'), { what: 'the field "Ihr Name"', invisible: invisibleFocus });
        await typeInto(page, f, name);
        f = await tabTo(page, byLabel('Passwort'), { what: 'the field "Passwort"', invisible: invisibleFocus });
        await typeInto(page, f, password);
        f = await tabTo(page, byLabel('Passwort wiederholen'), { what: 'the field "Passwort wiederholen"', invisible: invisibleFocus });
        await typeInto(page, f, password);
        f = await tabTo(page, byButton('Konto anlegen'), { what: 'the button "Konto anlegen"', invisible: invisibleFocus });
        await press(page, 'Enter');
        await page.waitForURL((u) => u.pathname === '/login', { waitUntil: 'load', timeout: 30_000 })
          .catch(() => { throw new Error('after "Konto anlegen" the browser did not land on /login'); });
        const notice = page.locator('[role=status], .notice');
        assert.ok(await notice.count() > 0 && (await notice.first().textContent()).trim() !== '',
          '/login after creating the account shows no success notice ([role=status] or .notice)');
      });

      // 4. Log in.
      await step(t, page, '4. log in with the keyboard', async () => {
        let f = await tabTo(page, byLabel('E-Mail-Adresse'), { what: 'the field "E-Mail-Adresse"', invisible: invisibleFocus });
        await typeInto(page, f, email);
        f = await tabTo(page, byLabel('Passwort'), { what: 'the field "Passwort"', invisible: invisibleFocus });
        await typeInto(page, f, password);
        await press(page, 'Enter');
        await page.waitForURL((u) => u.pathname !== '/login', { waitUntil: 'load', timeout: 30_000 })
          .catch(() => { throw new Error('pressing Enter in the password field did not leave /login'); });
        await page.locator('header').getByRole('link', { name: 'Mein Konto', exact: true }).first()
          .waitFor({ state: 'visible', timeout: 10_000 })
          .catch(() => { throw new Error('after logging in the header has no link "Mein Konto"'); });
        await requireSessionCookie(context, base);
      });

      // 5. Switch to English.
      await step(t, page, '5. switch the language to English with the keyboard', async () => {
        const f = await tabTo(page, byButton('English'), { what: 'the language button "English"', invisible: invisibleFocus });
        await press(page, 'Enter');
        await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 30_000 })
          .catch(() => { throw new Error('after "English" the page did not get <html lang="en">'); });
        await page.waitForLoadState('load');
        await page.locator('header').getByRole('link', { name: 'My account', exact: true }).first()
          .waitFor({ state: 'visible', timeout: 10_000 })
          .catch(() => { throw new Error('after switching to English the header has no link "My account"'); });
      });

      // 6. Open "My account" and check it with axe.
      await step(t, page, '6. open "My account" with the keyboard; the page passes axe', async () => {
        const f = await tabTo(page, byLink('My account'), { what: 'the link "My account"', invisible: invisibleFocus });
        await press(page, 'Enter');
        await page.waitForURL((u) => u.pathname === '/account', { waitUntil: 'load', timeout: 30_000 })
          .catch(() => { throw new Error('Enter on "My account" did not lead to /account'); });
        const h1 = (await page.locator('h1').first().textContent({ timeout: 5_000 }).catch(() => '')).replace(/\s+/g, ' ').trim();
        assert.equal(h1, 'My account', `/account has h1 "${h1}", expected "My account"`);
        // axe needs bypassCSP; run it in a second context with this session.
        const axeContext = await browser.newContext({ bypassCSP: true, storageState: await context.storageState() });
        try {
          const axePage = await axeContext.newPage();
          await axePage.goto(page.url(), { waitUntil: 'load' });
          assert.equal(await axePage.evaluate(() => document.documentElement.lang), 'en', 'the axe copy of /account is not in English');
          const v = await runAxe(axePage);
          assert.equal(v.length, 0, `${axePage.url()}: ${v.length} axe violation(s), ${countNodes(v)} element(s)\n${formatViolations(v)}`);
        } finally {
          await axeContext.close();
        }
      });

      await step(t, page, 'every element focused on the way showed a visible focus indicator', async () => {
        assert.equal(invisibleFocus.length, 0,
          `elements without a visible focus indicator:\n${[...new Set(invisibleFocus)].map((s) => `  ${s}`).join('\n')}`);
      });
      await step(t, null, 'no Content-Security-Policy violations or script errors', async () => {
        assert.equal(cspAndScriptErrors.length, 0, cspAndScriptErrors.join('\n'));
      });
      await step(t, null, 'no request left loopback', async () => {
        browser.assertNoExternalRequests();
      });
    } finally {
      await context.close();
    }
  });
});
