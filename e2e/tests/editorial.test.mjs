// The magazine's editorial workflow in the browser: an editor writes a draft, sees the preview,
// sends it to review and publishes it; a visitor finds it by a German search. The editors' pages
// (list, new, edit with status and history, a version's differences, preview) pass axe.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { formatViolations, runAxe } from '../lib/axe.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { byLink, press, tabTo } from '../lib/keyboard.mjs';
import { startServer, withServerLog } from '../lib/server.mjs';
import { describePage, login } from '../lib/session.mjs';

let server;
let browser;
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function axeClean(page, what) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${what} (${page.url()}) has axe violations:\n${formatViolations(violations)}`);
}

test('an editor writes, reviews and publishes an article that a visitor then finds', { timeout: 10 * 60_000 }, async () => {
  browser ??= await launchBrowser();
  server ??= await startServer();
  await withServerLog(server, async () => {
    const base = server.baseUrl;
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, base, server.login('editor'));

    await page.goto(new URL('/', base).href, { waitUntil: 'load' });
    await tabTo(page, byLink('Redaktion'), { what: 'the navigation link "Redaktion"' });
    await press(page, 'Enter');
    await page.waitForURL(/\/redaktion$/, { timeout: 10_000 });
    await axeClean(page, 'the editorial list');

    await page.getByRole('link', { name: 'Neuer Beitrag' }).click();
    await page.waitForURL(/\/redaktion\/neu$/, { timeout: 10_000 });
    await axeClean(page, 'the new article form');
    // Sent empty first: every problem is listed, and the page stays usable.
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.error-summary').innerText(), /Bitte geben Sie einen Titel ein/);
    await axeClean(page, 'the new article form with errors');

    await page.getByLabel('Adresse (Slug)').fill('sprachmittlung-organisieren');
    await page.getByLabel('Art des Beitrags').selectOption('praxistipp');
    await page.getByLabel('Fairer Zugang und Teilhabe').check();
    await page.locator('#authors').check();
    await page.locator('#title_de').fill('Sprachmittlung in der Verwaltung organisieren');
    await page.locator('#teaser_de').fill('Wie Ämter Dolmetscherinnen und Sprachmittler verlässlich einsetzen.');
    await page.locator('#body_de').fill('## Pool aufbauen\n\nEin Pool aus geschulten Sprachmittlerinnen hilft allen Ämtern.');
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.waitForURL(/\/redaktion\/beitraege\/[0-9a-f-]+\?notice=/, { timeout: 10_000 });
    await axeClean(page, 'the edit page of a draft');
    const editUrl = page.url().split('?')[0];

    // A second version, then its differences.
    await page.locator('#body_de').fill('## Pool aufbauen\n\nEin Pool aus geschulten Sprachmittlerinnen hilft allen Ämtern.\n\nDie Kosten trägt der Kreis.');
    await page.locator('#note').fill('Kosten ergänzt');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: 'Fassung 2' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('ul.diff').first().innerText(), /Die Kosten trägt der Kreis/);
    await axeClean(page, 'a version with its differences');

    await page.goto(`${editUrl}/vorschau`, { waitUntil: 'load' });
    assert.match(await page.locator('.preview-banner').innerText(), /Stand: Entwurf/);
    await axeClean(page, 'the preview');

    await page.goto(editUrl, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Zur Prüfung geben' }).click();
    await page.waitForLoadState('load');
    await axeClean(page, 'the edit page in review');
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.notice').first().innerText(), /veröffentlicht/, await describePage(page));

    // The magazine follows the change table within about a second.
    const visitor = await browser.newContext();
    const reader = await visitor.newPage();
    let found = false;
    for (let i = 0; i < 20 && !found; i++) {
      await reader.goto(new URL('/magazin/suche?q=Sprachmittler', base).href, { waitUntil: 'load' });
      found = await reader.locator('a[href="/magazin/sprachmittlung-organisieren"]').count() > 0;
      if (!found) await reader.waitForTimeout(300);
    }
    assert.ok(found, `the published article is not found; ${await describePage(reader)}`);
    await reader.locator('a[href="/magazin/sprachmittlung-organisieren"]').click();
    await reader.waitForURL(/\/magazin\/sprachmittlung-organisieren$/, { timeout: 10_000 });
    assert.equal((await reader.locator('h1').innerText()).trim(), 'Sprachmittlung in der Verwaltung organisieren');
    await visitor.close();
    await context.close();
  });
});
