// axe-core in the page: WCAG 2.0/2.1 A and AA rules, violations formatted for people.
// The page's context must have been made with bypassCSP: true (the site's CSP
// allows no inline script).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = require('axe-core/package.json').version;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const IMPACT_ORDER = { critical: 0, serious: 1, moderate: 2, minor: 3 };

function oneLine(s, n = 200) {
  s = String(s ?? '').replace(/\s+/g, ' ').trim();
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

// Runs axe on the page's current document. Returns the violations sorted by
// impact (most severe first), each as axe reports it.
export async function runAxe(page) {
  for (const frame of page.frames()) {
    await frame.evaluate(AXE_SOURCE).catch(() => {});
  }
  const hasAxe = await page.evaluate(() => typeof window.axe === 'object').catch(() => false);
  if (!hasAxe) {
    throw new Error(`could not inject axe-core into ${page.url()} (was the context made with bypassCSP: true?)`);
  }
  const res = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: true,
    });
  }, AXE_TAGS);
  return res.violations.slice().sort((a, b) =>
    (IMPACT_ORDER[a.impact] ?? 9) - (IMPACT_ORDER[b.impact] ?? 9) || a.id.localeCompare(b.id));
}

function wcagOf(tags) {
  return tags
    .filter((t) => /^wcag\d{3,}$/.test(t))
    .map((t) => t.replace(/^wcag(\d)(\d)(\d+)$/, '$1.$2.$3'));
}

// One readable block per violation: rule id, impact, help, WCAG criteria and
// level tags, and the first three targets with their HTML.
export function formatViolations(violations, { indent = '  ' } = {}) {
  const out = [];
  for (const v of violations) {
    const sc = wcagOf(v.tags);
    const levels = v.tags.filter((t) => /^wcag2\d?a{1,2}$/.test(t));
    out.push(`${indent}- ${v.id} [${v.impact ?? 'n/a'}] ${oneLine(v.help, 160)}` +
      ` (WCAG ${[...sc, ...levels].join(', ') || 'n/a'}; ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})`);
    for (const n of v.nodes.slice(0, 3)) {
      out.push(`${indent}    target: ${oneLine(n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >> '), 200)}`);
      out.push(`${indent}      html: ${oneLine(n.html, 240)}`);
      if (n.failureSummary) out.push(`${indent}      why:  ${oneLine(n.failureSummary, 240)}`);
    }
    if (v.nodes.length > 3) out.push(`${indent}    … and ${v.nodes.length - 3} more element(s)`);
    out.push(`${indent}    help: ${v.helpUrl.replace(/\?.*$/, '')}`);
  }
  return out.join('\n');
}

// Number of failing elements over all violations.
export function countNodes(violations) {
  return violations.reduce((s, v) => s + v.nodes.length, 0);
}

// Fails with every violation listed when the page's current document has any.
export async function assertAxeClean(page, what) {
  const violations = await runAxe(page);
  if (violations.length > 0) {
    throw new Error(`${what} (${page.url()}) has axe violations:\n${formatViolations(violations)}`);
  }
}
