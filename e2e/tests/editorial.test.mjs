// The magazine's editorial workflow in the browser: an editor writes a draft, adds a cover image,
// sees the preview, sends it to review and publishes it; a visitor finds it by a German search. The editors' pages
// (list, new, edit with status and history, a version's differences, preview) pass axe.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, test } from 'node:test';
import { assertAxeClean } from '../lib/axe.mjs';
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

// A plain PNG of one colour, written here so the test needs no image files.
function png(width, height) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([11, 85, 99], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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
    await assertAxeClean(page, 'the editorial list');

    await page.getByRole('link', { name: 'Neuer Beitrag' }).click();
    await page.waitForURL(/\/redaktion\/neu$/, { timeout: 10_000 });
    await assertAxeClean(page, 'the new article form');
    // Sent empty first: every problem is listed, and the page stays usable.
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.error-summary').innerText(), /Bitte geben Sie einen Titel ein/);
    await assertAxeClean(page, 'the new article form with errors');

    await page.getByLabel('Adresse (Slug)').fill('sprachmittlung-organisieren');
    await page.getByLabel('Art des Beitrags').selectOption('praxistipp');
    await page.getByLabel('Fairer Zugang und Teilhabe').check();
    await page.locator('#authors').check();
    await page.locator('#title_de').fill('Sprachmittlung in der Verwaltung organisieren');
    await page.locator('#teaser_de').fill('Wie Ämter Dolmetscherinnen und Sprachmittler verlässlich einsetzen.');
    await page.locator('#body_de').fill('## Pool aufbauen\n\nEin Pool aus geschulten Sprachmittlerinnen hilft allen Ämtern.');
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.waitForURL(/\/redaktion\/beitraege\/[0-9a-f-]+\?notice=/, { timeout: 10_000 });
    await assertAxeClean(page, 'the edit page of a draft');
    const editUrl = page.url().split('?')[0];

    // A second version, then its differences.
    await page.locator('#body_de').fill('## Pool aufbauen\n\nEin Pool aus geschulten Sprachmittlerinnen hilft allen Ämtern.\n\nDie Kosten trägt der Kreis.');
    await page.locator('#note').fill('Kosten ergänzt');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForLoadState('load');

    // Saved over a newer version (the form still names version 1): both side by side, nothing lost.
    await page.locator('#title_de').fill('Sprachmittlung organisieren (ältere Fassung)');
    await page.evaluate(() => { document.querySelector('form.editor-form input[name=revision]').value = '1'; });
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.error-summary').first().innerText(), /Inzwischen hat jemand anderes/);
    assert.equal(await page.locator('#title_de').inputValue(), 'Sprachmittlung organisieren (ältere Fassung)');
    await assertAxeClean(page, 'a conflict shown side by side');
    await page.getByRole('link', { name: 'Meine Fassung verwerfen' }).click();
    await page.waitForLoadState('load');
    // Readers must ask for this one.
    await page.getByLabel('Auf Anfrage').check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: 'Fassung 2' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('ul.diff').first().innerText(), /Die Kosten trägt der Kreis/);
    await assertAxeClean(page, 'a version with its differences');

    // A cover image: refused without a description, then saved with one.
    await page.goto(editUrl, { waitUntil: 'load' });
    await page.locator('#cover_file').setInputFiles({ name: 'rathaus.png', mimeType: 'image/png', buffer: png(1400, 700) });
    await page.getByRole('button', { name: 'Bild hochladen' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('#cover_alt_de-error').innerText(), /Bitte beschreiben Sie das Bild/);
    await assertAxeClean(page, 'a refused cover upload');
    await page.locator('#cover_file').setInputFiles({ name: 'rathaus.png', mimeType: 'image/png', buffer: png(1400, 700) });
    await page.locator('#cover_alt_de').fill('Dolmetscherin und Sachbearbeiter im Gespräch am Schalter');
    await page.getByRole('button', { name: 'Bild hochladen' }).click();
    await page.waitForLoadState('load');
    assert.equal(await page.locator('img.editor-cover').getAttribute('alt'), 'Dolmetscherin und Sachbearbeiter im Gespräch am Schalter');

    await page.goto(`${editUrl}/vorschau`, { waitUntil: 'load' });
    assert.equal(await page.locator('.article__cover img').getAttribute('width'), '1200');
    assert.match(await page.locator('.preview-banner').innerText(), /Stand: Entwurf/);
    await assertAxeClean(page, 'the preview');

    await page.goto(editUrl, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Zur Prüfung geben' }).click();
    await page.waitForLoadState('load');
    await assertAxeClean(page, 'the edit page in review');
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
    const cover = reader.locator('.article__cover img');
    assert.equal(await cover.getAttribute('alt'), 'Dolmetscherin und Sachbearbeiter im Gespräch am Schalter');
    assert.ok(await cover.evaluate((img) => img.complete && img.naturalWidth > 0), 'the cover image loads');
    await assertAxeClean(reader, 'the published article with its cover');
    await visitor.close();

    // A member asks for access with a reason; the editor grants it on the requests page.
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await login(member, base, server.login('member'));
    await member.goto(new URL('/magazin/sprachmittlung-organisieren', base).href, { waitUntil: 'load' });
    await member.getByRole('button', { name: 'Zugang anfragen' }).click();
    await member.waitForLoadState('load');
    assert.match(await member.locator('#reason-error').innerText(), /kurz beschreiben|Bitte beschreiben/);
    await assertAxeClean(member, 'a refused access request');
    await member.locator('#reason').fill('Für die Sprachmittlung im Jobcenter des Kreises');
    await member.getByRole('button', { name: 'Zugang anfragen' }).click();
    await member.waitForLoadState('load');
    assert.match(await member.locator('#request-status').innerText(), /liegt der Redaktion vor/);
    await page.goto(new URL('/redaktion/anfragen', base).href, { waitUntil: 'load' });
    assert.match(await page.locator('main').innerText(), /Für die Sprachmittlung im Jobcenter des Kreises/);
    await assertAxeClean(page, 'the access requests');
    await page.getByRole('button', { name: 'Zugang geben' }).click();
    await page.waitForLoadState('load');
    await member.reload({ waitUntil: 'load' });
    assert.match(await member.locator('.article__body').innerText(), /Die Kosten trägt der Kreis/);
    await memberContext.close();
    await context.close();
  });
});
