// The magazine in the browser: from the home page to the magazine with the keyboard alone, a
// field's page filtered by type, the 12-step checklist and an article in English; the search with
// the keyboard, as you type (htmx) and without JavaScript; recommendations for a municipality.
// Every page passes axe, and German text is marked as German on English pages.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { assertAxeClean } from '../lib/axe.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { byButton, byLabel, byLink, press, tabTo } from '../lib/keyboard.mjs';
import { startServer, withServerLog } from '../lib/server.mjs';
import { describePage, login } from '../lib/session.mjs';

let server;
let browser;
after(async () => {
  await browser?.close();
  await server?.stop();
});


test('keyboard only: a visitor reaches a checklist through the magazine, every page passes axe', { timeout: 10 * 60_000 }, async () => {
  browser ??= await launchBrowser();
  server ??= await startServer();
  await withServerLog(server, async () => {
    const base = server.baseUrl;
    const context = await browser.newContext();
    const page = await context.newPage();
    const invisible = [];

    await page.goto(new URL('/', base).href, { waitUntil: 'load' });
    await tabTo(page, byLink('Magazin'), { what: 'the navigation link "Magazin"', invisible });
    await press(page, 'Enter');
    await page.waitForURL(/\/magazin$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the magazine home');
    const sections = await page.locator('main section h2').count();
    assert.equal(sections, 7, `the magazine home shows ${sections} fields; expected 7. ${await describePage(page)}`);

    // The field navigation, then the type filter as a plain form.
    await tabTo(page, byLink('Management und Steuerung'), { what: 'the field link "Management und Steuerung"', invisible });
    await press(page, 'Enter');
    await page.waitForURL(/\/magazin\/feld\/management$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the field page');
    await tabTo(page, byLabel('Art des Beitrags'), { what: 'the type filter', invisible });
    await page.keyboard.type('Checkliste');
    await tabTo(page, byButton('Anzeigen'), { what: 'the button "Anzeigen"', invisible });
    await press(page, 'Enter');
    await page.waitForURL(/typ=checkliste/, { timeout: 10_000 });
    await assertAxeClean(page, 'the filtered field page');

    await tabTo(page, byLink('Integrationskonzept in 12 Schritten'), { what: 'the link to the checklist', invisible });
    await press(page, 'Enter');
    await page.waitForURL(/\/magazin\/integrationskonzept-in-12-schritten$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the checklist article');
    const steps = await page.locator('ol.checklist-steps > li').count();
    assert.equal(steps, 12, `the checklist shows ${steps} steps. ${await describePage(page)}`);
    assert.deepEqual(invisible, [], `elements without a visible focus: ${invisible.join(', ')}`);

    // English: the translated checklist in English, a German-only article marked as German.
    const english = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    const en = await english.newPage();
    await en.goto(new URL('/magazin/integrationskonzept-in-12-schritten', base).href, { waitUntil: 'load' });
    assert.equal(await en.locator('html').getAttribute('lang'), 'en');
    assert.match(await en.locator('h1').innerText(), /Integration concept in 12 steps/i);
    await assertAxeClean(en, 'the checklist in English');
    await en.goto(new URL('/magazin/feld/access', base).href, { waitUntil: 'load' });
    await assertAxeClean(en, 'a field page in English');
    await en.goto(new URL('/magazin/verstaendlich-und-mehrsprachig-informieren', base).href, { waitUntil: 'load' });
    assert.equal(await en.locator('h1').getAttribute('lang'), 'de');
    await assertAxeClean(en, 'a German-only article on the English page');
    await english.close();
    await context.close();
  });
});

test('the Selbstcheck results recommend magazine articles, and a member works on a checklist', { timeout: 10 * 60_000 }, async () => {
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
    await page.goto(`${page.url()}/communication`, { waitUntil: 'load' });
    const links = page.locator('.results-articles a[href^="/magazin/"]');
    assert.ok(await links.count() >= 1, `the field's potentials link no article; ${await describePage(page)}`);
    const title = (await links.first().innerText()).trim();
    await links.first().click();
    await page.waitForURL(/\/magazin\/[a-z0-9-]+$/, { timeout: 10_000 });
    assert.equal((await page.locator('h1').innerText()).trim(), title);

    // The 12-step checklist for the municipality: tick two steps, name an owner, save, see the progress.
    await page.goto(new URL('/magazin/integrationskonzept-in-12-schritten', base).href, { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Diese Checkliste für Teltow-Fläming bearbeiten' }).click();
    await page.waitForURL(/\/m\/12072\/checklisten\/integrationskonzept-in-12-schritten$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the checklist work page');
    await page.locator('#done-auftrag').check();
    await page.locator('#done-projektorganisation').check();
    await page.locator('#responsible-ressourcen').fill('Integrationsbüro');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('#checklist-progress').innerText(), /2 von 12 Schritten erledigt/);
    assert.equal(await page.locator('#responsible-ressourcen').inputValue(), 'Integrationsbüro');
    await assertAxeClean(page, 'the saved checklist');
    await page.goto(new URL('/m/12072/checklisten', base).href, { waitUntil: 'load' });
    await assertAxeClean(page, 'the list of checklists');

    // The magazine recommends articles for the weakest fields of the last finished Selbstcheck.
    await page.goto(new URL('/magazin', base).href, { waitUntil: 'load' });
    const recommended = page.locator('section.recommended');
    assert.match(await recommended.locator('h2').innerText(), /Für Teltow-Fläming empfohlen/);
    assert.ok(await recommended.locator('a[href^="/magazin/"]').count() >= 1, `no recommended article; ${await describePage(page)}`);
    await assertAxeClean(page, 'the magazine home with recommendations');
    await context.close();
  });
});

test('search: with the keyboard, as you type, with facets and without JavaScript', { timeout: 10 * 60_000 }, async () => {
  browser ??= await launchBrowser();
  server ??= await startServer();
  await withServerLog(server, async () => {
    const base = server.baseUrl;
    const context = await browser.newContext();
    const page = await context.newPage();
    const invisible = [];

    // From the magazine home: the search field, a German plural, Enter.
    await page.goto(new URL('/magazin', base).href, { waitUntil: 'load' });
    await tabTo(page, byLabel('Im Magazin suchen'), { what: 'the search field', invisible });
    await page.keyboard.type('Integrationskonzepte');
    await press(page, 'Enter');
    await page.waitForURL(/\/magazin\/suche\?q=Integrationskonzepte$/, { timeout: 10_000 });
    const first = page.locator('.search-result__title a').first();
    assert.equal(await first.getAttribute('href'), '/magazin/integrationskonzept-in-12-schritten');
    assert.ok(await page.locator('.search-result mark').count() >= 1, 'matching words are highlighted');
    await assertAxeClean(page, 'the search results');

    // As you type: the results follow without a new page, the count is announced, the address follows.
    await page.evaluate(() => { window.__samePage = true; });
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').focus();
    await page.keyboard.type('Beirat', { delay: 40 });
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent.includes('„Beirat“'), null, { timeout: 10_000 });
    assert.equal(await page.evaluate(() => window.__samePage), true, 'the page was not reloaded');
    await page.waitForURL(/q=Beirat/, { timeout: 10_000 });
    assert.ok(await page.locator('a[href="/magazin/integrationsbeirat-wirksam-machen"]').count() >= 1);

    // A facet with the keyboard: focus stays on the box after the results changed.
    await tabTo(page, (i) => i.tag === 'input' && i.label.startsWith('Checkliste ('), { what: 'the facet "Checkliste"', invisible });
    await press(page, 'Space');
    await page.waitForURL(/typ=checkliste/, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 1, null, { timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'facet-typ-checkliste');
    await assertAxeClean(page, 'the results narrowed by a facet');
    assert.deepEqual(invisible, [], `elements without a visible focus: ${invisible.join(', ')}`);

    // Nothing found, and a refused search: a clear message, axe-clean.
    await page.goto(new URL('/magazin/suche?q=Feuerwehrfest', base).href, { waitUntil: 'load' });
    assert.match(await page.locator('.search-empty h2').innerText(), /Nichts gefunden/);
    await assertAxeClean(page, 'a search without results');
    await page.goto(new URL(`/magazin/suche?q=${'Wort%20'.repeat(50)}`, base).href, { waitUntil: 'load' });
    assert.match(await page.locator('.error-summary').innerText(), /höchstens 200 Zeichen/);
    await assertAxeClean(page, 'a refused search');
    await context.close();

    // Without JavaScript the same search is a plain form.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await plain.newPage();
    await noJs.goto(new URL('/magazin/suche', base).href, { waitUntil: 'load' });
    await noJs.locator('#search-q').fill('Anfeindungen');
    await noJs.getByRole('button', { name: 'Suchen', exact: true }).click();
    await noJs.waitForURL(/q=Anfeindungen/, { timeout: 10_000 });
    assert.equal(await noJs.locator('.search-result__title a').first().getAttribute('href'), '/magazin/haltung-zeigen-bei-anfeindungen');
    await plain.close();
  });
});
