// The Selbstcheck in the browser: a member answers a whole field of the demo's open round with the
// keyboard alone (Tab to each statement, arrow keys or Space to choose, typing a comment, Enter on
// "Speichern und weiter"), every focused element shows its focus, nothing is lost on reload; and
// the round, answer and results pages have no axe violations.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { assertAxeClean } from '../lib/axe.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { byButton, byLink, press, tabTo } from '../lib/keyboard.mjs';
import { startServer, withServerLog } from '../lib/server.mjs';
import { describePage, login } from '../lib/session.mjs';

let server;
let browser;
after(async () => {
  await browser?.close();
  await server?.stop();
});

const FIELD = 'Interkulturelle Öffnung und Antirassismus';


test('keyboard only: a member answers a whole field of the open round', { timeout: 10 * 60_000 }, async (t) => {
  browser = await launchBrowser();
  server = await startServer();
  await withServerLog(server, async () => {
    const base = server.baseUrl;
    const context = await browser.newContext();
    const page = await context.newPage();
    const scriptErrors = [];
    page.on('pageerror', (e) => scriptErrors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') scriptErrors.push(`${page.url()}: ${m.text()}`);
    });
    await login(page, base, server.login('member'));
    const invisible = [];

    // The Selbstcheck overview via the main navigation, then the open round.
    await page.goto(new URL('/', base).href, { waitUntil: 'load' });
    await tabTo(page, byLink('Selbstcheck'), { what: 'the navigation link "Selbstcheck"', invisible });
    await Promise.all([page.waitForLoadState('load'), press(page, 'Enter')]);
    await page.waitForURL(/\/m\/12072\/selbstcheck$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the Selbstcheck overview');
    await tabTo(page, byLink('Selbstcheck Herbst 2026'), { what: 'the link to the open round', invisible });
    await press(page, 'Enter');
    await page.waitForURL(/\/selbstcheck\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the round page');
    const roundUrl = page.url();

    await tabTo(page, byLink(FIELD), { what: `the link to the field "${FIELD}"`, invisible });
    await press(page, 'Enter');
    await page.waitForURL(/\/fields\/opening$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the field page');

    const groups = await page.locator('fieldset.fieldset').count();
    assert.ok(groups >= 12, `the field page shows ${groups} statements; expected at least 12. ${await describePage(page)}`);
    const chosen = [];
    for (let n = 0; n < groups; n++) {
      // Tab reaches the group's first option; the arrow keys move through the options and choose.
      const first = await tabTo(page, (i) => i.tag === 'input' && i.type === 'radio' && i.label === 'Trifft voll zu',
        { what: `the first option of statement ${n + 1}`, maxTabs: n === 0 ? 40 : 6, invisible });
      assert.ok(first.focus.visible, `statement ${n + 1}: the focused option shows no focus indicator`);
      const steps = n % 6;
      if (steps === 0) {
        await page.keyboard.press('Space');
      } else {
        for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowDown');
      }
      chosen.push(steps);
      const comment = await tabTo(page, (i) => i.tag === 'textarea', { what: `the comment of statement ${n + 1}`, maxTabs: 2, invisible });
      assert.equal(comment.label, 'Anmerkung (freiwillig)');
      if (n === 0) {
        // With the script, the choice is saved at once and announced in the status region.
        await page.waitForFunction(() => /gespeichert/.test(document.getElementById('autosave-status')?.textContent || ''),
          null, { timeout: 5_000 }).catch(() => { throw new Error('choosing an answer did not announce "Antwort gespeichert."'); });
        await page.keyboard.type('Per Tastatur eingegeben.');
      }
    }
    await tabTo(page, byButton('Speichern und weiter'), { what: 'the button "Speichern und weiter"', invisible });
    await press(page, 'Enter');
    await page.waitForURL(/\/fields\/access\?notice=notice-selfcheck-saved$/, { timeout: 10_000 })
      .catch(async () => { throw new Error(`"Speichern und weiter" did not lead to the next field; ${await describePage(page)}`); });
    const notice = await page.locator('[role=status]').first().textContent();
    assert.match(notice, /gespeichert/);

    // Nothing lost: the field shows every choice and the comment again.
    await page.goto(roundUrl.replace(/$/, '/fields/opening'), { waitUntil: 'load' });
    const progress = await page.locator('#field-progress').textContent();
    assert.match(progress, new RegExp(`^${groups} von ${groups} Aussagen beantwortet$`), `progress after saving: "${progress}"`);
    const values = await page.$$eval('fieldset.fieldset', (sets) => sets.map((s) => {
      const radios = [...s.querySelectorAll('input[type=radio]')];
      return radios.findIndex((r) => r.checked);
    }));
    assert.deepEqual(values, chosen, 'the stored answers differ from the options chosen with the keyboard');
    assert.equal(await page.locator('textarea').first().inputValue(), 'Per Tastatur eingegeben.');
    assert.deepEqual(invisible, [], `focused elements without a visible focus indicator:\n${invisible.join('\n')}`);
    assert.deepEqual(scriptErrors, [], `script or CSP errors:\n${scriptErrors.join('\n')}`);
    t.diagnostic(`answered ${groups} statements with the keyboard`);
  });
});

test('the results page of a closed round and a field page with errors have no axe violations', { timeout: 5 * 60_000 }, async () => {
  browser ??= await launchBrowser();
  server ??= await startServer();
  await withServerLog(server, async () => {
    const base = server.baseUrl;
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, base, server.login('coordinator'));
    await page.goto(new URL('/m/12072/selbstcheck', base).href, { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Ergebnisse von „Selbstcheck Herbst 2025“' }).click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/results$/);
    assert.ok(await page.locator('svg[role=img]').count() >= 1, `the results page has no radar chart; ${await describePage(page)}`);
    await assertAxeClean(page, 'the results page');
    // Each field has its own results page, reached from the table.
    await page.getByRole('link', { name: 'Management und Steuerung', exact: true }).first().click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/results\/management$/);
    assert.match(await page.locator('h1').innerText(), /Management und Steuerung/);
    await assertAxeClean(page, 'the results page of a field');

    // The error state of a field page: a comment without an answer, sent without the script.
    await page.goto(new URL('/m/12072/selbstcheck', base).href, { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Selbstcheck Herbst 2026', exact: true }).click();
    await page.waitForLoadState('load');
    await assertAxeClean(page, 'the round page of a coordinator');
    await page.goto(`${page.url()}/fields/management`, { waitUntil: 'load' });
    await page.locator('textarea').first().fill('Nur eine Anmerkung');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForLoadState('load');
    assert.ok(await page.locator('.error-summary').count() === 1, `no error summary; ${await describePage(page)}`);
    await assertAxeClean(page, 'the field page with an error');
  });
});
