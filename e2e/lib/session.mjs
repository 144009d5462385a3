// Logging in through the real login form, and describing where a page stands
// (for failure messages).

export const SESSION_COOKIE = '__Host-weltoffen_session';

// URL, title, h1 and any error summary / alert / notice on the page, in one string.
export async function describePage(page) {
  try {
    const info = await page.evaluate(() => {
      const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
      const alerts = [...document.querySelectorAll('[role=alert], .error-summary, [role=status], .notice')]
        .map((el) => text(el)).filter(Boolean).slice(0, 3);
      return {
        title: document.title,
        h1: text(document.querySelector('h1')),
        lang: document.documentElement.lang,
        alerts,
      };
    });
    return `at ${page.url()} (title "${info.title}", h1 "${info.h1}", lang "${info.lang}")` +
      (info.alerts.length ? `; messages on the page: ${info.alerts.map((a) => `"${a.slice(0, 200)}"`).join(', ')}` : '');
  } catch (e) {
    return `at ${page.url()} (page not readable: ${e.message.split('\n')[0]})`;
  }
}

// The session cookie, or a clear error telling whether Chromium dropped it.
export async function requireSessionCookie(context, baseUrl) {
  const cookies = await context.cookies(baseUrl);
  const c = cookies.find((x) => x.name === SESSION_COOKIE);
  if (!c) {
    throw new Error(`after logging in, Chromium holds no ${SESSION_COOKIE} cookie for ${baseUrl} ` +
      `(cookies it has: ${cookies.map((x) => x.name).join(', ') || 'none'}). ` +
      'If the server did send it (Secure, __Host- prefix), Chromium did not treat http://127.0.0.1 as a secure context.');
  }
  return c;
}

// Logs in with the login form: GET /login, fill "E-Mail-Adresse" and
// "Passwort", press "Anmelden". Succeeds when the browser left /login and the
// header shows the link "Mein Konto".
export async function login(page, baseUrl, { email, password }) {
  if (!email || !password) throw new Error('login() needs { email, password }');
  const loginUrl = new URL('/login', baseUrl).href;
  const resp = await page.goto(loginUrl, { waitUntil: 'load' });
  if (!resp || resp.status() >= 400) {
    throw new Error(`GET /login answered ${resp ? resp.status() : 'nothing'}; ${await describePage(page)}`);
  }
  const emailField = page.getByLabel('E-Mail-Adresse', { exact: true });
  const passwordField = page.getByLabel('Passwort', { exact: true });
  for (const [name, loc] of [['E-Mail-Adresse', emailField], ['Passwort', passwordField]]) {
    const n = await loc.count();
    if (n !== 1) throw new Error(`the login page has ${n} fields labelled "${name}" (expected 1); ${await describePage(page)}`);
  }
  await emailField.fill(email);
  await passwordField.fill(password);
  const form = page.locator('form', { has: passwordField });
  const button = form.getByRole('button', { name: 'Anmelden', exact: true });
  if (await button.count() !== 1) {
    throw new Error(`the login form has no single button "Anmelden"; ${await describePage(page)}`);
  }
  await button.click();
  try {
    await page.waitForURL((u) => u.pathname !== '/login', { waitUntil: 'load', timeout: 30_000 });
  } catch {
    throw new Error(`logging in as ${email} did not leave /login; ${await describePage(page)}`);
  }
  const account = page.locator('header').getByRole('link', { name: 'Mein Konto', exact: true });
  try {
    await account.first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    let cookieNote = '';
    try { await requireSessionCookie(page.context(), baseUrl); } catch (e) { cookieNote = ` ${e.message}`; }
    throw new Error(`after logging in as ${email} the header has no link "Mein Konto"; ${await describePage(page)}.${cookieNote}`);
  }
  await requireSessionCookie(page.context(), baseUrl);
}
