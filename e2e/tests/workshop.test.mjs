// The Selbstcheck workshop in the browser: the coordinator plans a workshop on the demo's closed
// round; a guest without an account opens the share link, joins, gives dots and comments with the
// keyboard alone (every focused element shows its focus, no script or CSP error); the
// participant, presenter, facilitator, protocol and action plan pages have no axe violations; and
// the facilitator's open page follows a guest's dot live (server-sent events with htmx).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { assertAxeClean } from '../lib/axe.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { byButton, byLabel, press, tabTo } from '../lib/keyboard.mjs';
import { startServer, withServerLog } from '../lib/server.mjs';
import { describePage, login } from '../lib/session.mjs';

let server;
let browser;
after(async () => {
  await browser?.close();
  await server?.stop();
});


// Plans a workshop as the coordinator (ordinary clicks) and returns its page's URL and share link.
async function planWorkshop(page, base, title) {
  await page.goto(new URL('/m/12072/selbstcheck/workshops/new', base).href, { waitUntil: 'load' });
  await page.locator('#title').fill(title);
  await page.locator('#held_on').fill(new Date().toISOString().slice(0, 10));
  await page.locator('#dots').fill('3');
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await page.waitForURL(/\/selbstcheck\/workshops\/[0-9a-f-]{36}\?notice=/, { timeout: 10_000 })
    .catch(async () => { throw new Error(`creating the workshop failed; ${await describePage(page)}`); });
  const shown = await page.locator('.workshop-link a').getAttribute('href');
  const token = shown.match(/\/w\/([0-9a-f]{32})$/)?.[1];
  assert.ok(token, `the workshop page shows no share link: ${shown}`);
  return { workshopUrl: page.url().split('?')[0], link: new URL(`/w/${token}`, base).href };
}

const startsWith = (text) => (i) => i.tag === 'button' && i.text.startsWith(text);

/** The text of `selector` once it contains `expected`, or its last text after 10 s; survives navigations. */
async function textEventually(page, selector, expected) {
  let text = '';
  for (let i = 0; i < 100; i++) {
    try {
      await page.waitForLoadState('load');
      text = await page.locator(selector).innerText({ timeout: 1_000 });
      if (text.includes(expected)) return text;
    } catch {
      // The page is being replaced by the next one; look again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return text;
}

test('keyboard only: a guest joins a workshop by its link, gives dots and comments; the workshop pages pass axe',
  { timeout: 10 * 60_000 }, async (t) => {
    browser = await launchBrowser();
    server = await startServer();
    await withServerLog(server, async () => {
      const base = server.baseUrl;

      // The coordinator plans a workshop on the demo's latest closed round (ordinary clicks).
      const coordinator = await (await browser.newContext()).newPage();
      await login(coordinator, base, server.login('coordinator'));
      await coordinator.goto(new URL('/m/12072/selbstcheck/workshops', base).href, { waitUntil: 'load' });
      await assertAxeClean(coordinator, 'the list of workshops');
      await coordinator.getByRole('link', { name: 'Workshop planen' }).click();
      await coordinator.waitForLoadState('load');
      await assertAxeClean(coordinator, 'the workshop form');
      const { workshopUrl, link } = await planWorkshop(coordinator, base, 'Workshop im Browser');
      await coordinator.goto(workshopUrl, { waitUntil: 'load' });
      await assertAxeClean(coordinator, 'the workshop page');

      // The guest: a fresh browser without an account, the keyboard only.
      const guestContext = await browser.newContext();
      const guest = await guestContext.newPage();
      const scriptErrors = [];
      guest.on('pageerror', (e) => scriptErrors.push(`${guest.url()}: ${e.message}`));
      guest.on('console', (m) => {
        if (m.type() === 'error') scriptErrors.push(`${guest.url()}: ${m.text()}`);
      });
      const invisible = [];
      const resp = await guest.goto(link, { waitUntil: 'load' });
      assert.equal(resp.status(), 200, `the share link answers ${resp.status()}`);
      await assertAxeClean(guest, 'the join page');
      await tabTo(guest, byLabel('Ihr Name (optional)'), { what: 'the name field', invisible });
      await guest.keyboard.type('Gast per Tastatur');
      await tabTo(guest, (i) => i.tag === 'input' && i.type === 'checkbox', { what: 'the consent', maxTabs: 3, invisible });
      await press(guest, 'Space');
      await tabTo(guest, (i) => i.tag === 'input' && i.type === 'radio', { what: 'the first role', maxTabs: 3, invisible });
      // The arrow key moves through the roles and chooses: Verwaltung → Politik.
      await guest.keyboard.press('ArrowDown');
      assert.equal(await guest.locator('input[name=role]:checked').getAttribute('value'), 'politics');
      await tabTo(guest, byButton('Teilnehmen'), { what: 'the button "Teilnehmen"', maxTabs: 3, invisible });
      await press(guest, 'Enter');
      await guest.waitForURL(/\/w\/[0-9a-f]{32}\?notice=notice-selfcheck-workshop-joined$/, { timeout: 10_000 })
        .catch(async () => { throw new Error(`joining failed; ${await describePage(guest)}`); });
      assert.match(await guest.locator('.caption').first().innerText(), /Gast per Tastatur \(Politik\)/);
      await assertAxeClean(guest, 'the participant page');

      // Two dots with Tab and Enter; each reloads the page at the statement.
      for (let n = 1; n <= 2; n++) {
        await tabTo(guest, startsWith('Punkt geben'), { what: `the button "Punkt geben" (${n})`, maxTabs: 40, invisible });
        await press(guest, 'Enter');
        // The second dot redirects to the same URL as the first, so the URL alone does not show
        // that the new page is there: wait for its count of dots left.
        const expected = `noch ${n === 1 ? '2' : 'einen'} von 3 Punkten`;
        const left = await textEventually(guest, '#dots', expected);
        assert.ok(new URL(guest.url()).search.includes('notice=notice-selfcheck-workshop-dot-given'), guest.url());
        assert.ok(left.includes(expected), `after dot ${n}: "${left}"`);
      }

      // A comment on the field.
      await tabTo(guest, byLabel('Ihr Kommentar'), { what: 'the comment field', maxTabs: 60, invisible });
      await guest.keyboard.type('Mit der Tastatur kommentiert.');
      await tabTo(guest, byButton('Kommentar senden'), { what: 'the button "Kommentar senden"', maxTabs: 3, invisible });
      await press(guest, 'Enter');
      await guest.waitForURL(/notice=notice-selfcheck-workshop-commented/, { timeout: 10_000 });
      await guest.waitForLoadState('load');
      assert.ok((await guest.locator('#workshop-live').innerText()).includes('Mit der Tastatur kommentiert.'),
        `the comment is not shown; ${await describePage(guest)}`);
      await assertAxeClean(guest, 'the participant page after commenting');
      assert.deepEqual(invisible, [], `focused elements without a visible focus indicator:\n${invisible.join('\n')}`);
      assert.deepEqual(scriptErrors, [], `script or CSP errors:\n${scriptErrors.join('\n')}`);

      // The facilitator sees the dots by role and the comment; presenter and protocol pass axe.
      await coordinator.goto(`${workshopUrl}/moderation`, { waitUntil: 'load' });
      const tally = await coordinator.locator('table.workshop-tally').innerText();
      assert.match(tally, /Politik/);
      assert.ok((await coordinator.locator('#workshop-live').innerText()).includes('Mit der Tastatur kommentiert.'));
      await assertAxeClean(coordinator, 'the facilitator page');
      await coordinator.goto(`${workshopUrl}/praesentation`, { waitUntil: 'load' });
      await assertAxeClean(coordinator, 'the presenter page');
      await coordinator.goto(`${workshopUrl}/protokoll`, { waitUntil: 'load' });
      assert.ok((await coordinator.locator('main').innerText()).includes('Gast per Tastatur'));
      await assertAxeClean(coordinator, 'the protocol page');
      await coordinator.goto(new URL('/m/12072/handlungsplan', base).href, { waitUntil: 'load' });
      await assertAxeClean(coordinator, 'the action plan');
      t.diagnostic('a guest joined, gave two dots and commented with the keyboard');
    });
  });

test('the facilitator\'s open page follows a guest\'s join and dot without a reload', { timeout: 5 * 60_000 }, async () => {
  browser ??= await launchBrowser();
  server ??= await startServer();
  await withServerLog(server, async () => {
    const base = server.baseUrl;
    const coordinator = await (await browser.newContext()).newPage();
    const scriptErrors = [];
    coordinator.on('pageerror', (e) => scriptErrors.push(`${coordinator.url()}: ${e.message}`));
    await login(coordinator, base, server.login('coordinator'));
    const { workshopUrl, link } = await planWorkshop(coordinator, base, 'Workshop live');
    await coordinator.goto(`${workshopUrl}/moderation`, { waitUntil: 'load' });
    assert.match(await coordinator.locator('#workshop-activity').innerText(), /0 Personen/);

    const guest = await (await browser.newContext()).newPage();
    await guest.goto(link, { waitUntil: 'load' });
    await guest.locator('#role-business').check();
    await guest.getByRole('button', { name: 'Teilnehmen' }).click();
    await guest.waitForURL(/joined/, { timeout: 10_000 });
    await guest.getByRole('button', { name: /^Punkt geben/ }).first().click();
    await guest.waitForURL(/dot-given/, { timeout: 10_000 });

    await coordinator.waitForFunction(
      () => /ein Punkt/.test(document.getElementById('workshop-activity')?.textContent || ''),
      null, { timeout: 10_000 },
    ).catch(async () => { throw new Error(`the facilitator's page did not follow live; ${await describePage(coordinator)}`); });
    const row = await coordinator.locator('table.workshop-tally tbody tr').first().innerText();
    assert.match(row, /\b1\b/, `the tally did not update: ${row}`);
    assert.deepEqual(scriptErrors, [], `script errors:\n${scriptErrors.join('\n')}`);
  });
});
