// The suite's own helpers, without a browser or server: mail decoding, link
// normalisation for the crawler, the loopback guard.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllowedUrl, isLoopbackHost, CHROMIUM_FLAGS } from '../lib/browser.mjs';
import { isExcludedPath, normaliseLink, routePattern } from '../lib/crawl.mjs';
import { decodeQuotedPrintable, textParts } from '../lib/mail.mjs';

const LINK = 'http://127.0.0.1:40123/invitation/AbC_12-xyz';
const INVITE_LINK = /http:\/\/127\.0\.0\.1:\d+\/invitation\/[A-Za-z0-9_-]+/;

test('quoted-printable: soft line breaks and =XX bytes (UTF-8)', () => {
  assert.equal(decodeQuotedPrintable('Gr=C3=BC=C3=9Fe, =\r\nbitte hier: http://127.0.0.1:1/invi=\ntation/a=3Db'),
    'Grüße, bitte hier: http://127.0.0.1:1/invitation/a=b');
});

test('multipart mail: link found in a quoted-printable text part and a base64 HTML part', () => {
  const qpLink = `${LINK.slice(0, 30)}=\r\n${LINK.slice(30)}`;
  const html = Buffer.from(`<p><a href="${LINK}">Konto anlegen</a> für Sie</p>`).toString('base64').replace(/(.{76})/g, '$1\r\n');
  const raw = [
    'From: weltoffen <noreply@example.org>', 'To: neu@example.org', 'Subject: Einladung',
    'MIME-Version: 1.0', 'Content-Type: multipart/alternative;', ' boundary="XyZ"', '',
    '--XyZ', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
    `=C3=96ffnen Sie: ${qpLink}`, '--XyZ', 'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64', '', html, '--XyZ--', '',
  ].join('\r\n');
  const parts = textParts(raw);
  assert.deepEqual(parts.map((p) => p.contentType), ['text/plain', 'text/html']);
  assert.match(parts[0].text, /^Öffnen Sie: /);
  assert.equal(parts[0].text.match(INVITE_LINK)[0], LINK);
  assert.equal(parts[1].text.match(INVITE_LINK)[0], LINK);
  assert.match(parts[1].text, /für Sie/);
});

test('single-part base64 mail with LF line ends', () => {
  const raw = `Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n${Buffer.from(`Link: ${LINK}\n`).toString('base64')}\n`;
  assert.equal(textParts(raw)[0].text.match(INVITE_LINK)[0], LINK);
});

test('crawler: same-origin links only, fragment dropped, excluded paths skipped', () => {
  const o = 'http://127.0.0.1:8080';
  assert.equal(normaliseLink('/magazin?seite=2#top', o), 'http://127.0.0.1:8080/magazin?seite=2');
  assert.equal(normaliseLink('http://127.0.0.1:9999/', o), null);
  assert.equal(normaliseLink('https://example.org/', o), null);
  assert.equal(normaliseLink('mailto:info@example.org', o), null);
  for (const p of ['/logout', '/static/site.css', '/api/v1/x', '/api', '/metrics', '/healthz', '/readyz']) {
    assert.ok(isExcludedPath(p), p);
  }
  for (const p of ['/', '/login', '/logout-info', '/statistik', '/apis']) assert.ok(!isExcludedPath(p), p);
});

test('loopback guard: only loopback hosts and local schemes pass', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'a.localhost', '[::1]', '::ffff:127.0.0.1']) assert.ok(isLoopbackHost(h), h);
  for (const h of ['example.org', '10.0.0.1', '192.168.1.1', '::2', 'localhost.example.org']) assert.ok(!isLoopbackHost(h), h);
  assert.ok(isAllowedUrl('data:text/plain,x'));
  assert.ok(!isAllowedUrl('https://fonts.googleapis.com/css'));
  assert.ok(CHROMIUM_FLAGS.includes('--proxy-server=http://127.0.0.1:9'));
});

test('crawler: route shapes group pages of one template', () => {
  assert.equal(routePattern('http://127.0.0.1:1/m/07131'), '/m/:id');
  assert.equal(routePattern('http://127.0.0.1:1/m/09771'), '/m/:id');
  assert.equal(routePattern('http://127.0.0.1:1/admin/users/0193a5b2-7c1d-7e0f-8a9b-0c1d2e3f4a5b/edit'), '/admin/users/:id/edit');
  assert.equal(routePattern('http://127.0.0.1:1/magazin?seite=2&thema=x'), '/magazin?seite=:v&thema=:v');
  assert.equal(routePattern('http://127.0.0.1:1/impressum'), '/impressum');
});
