// Keyboard-only helpers: what has focus, moving focus with Tab, and whether
// the focused element shows a visible focus indicator.

// Records the unfocused computed style of every focusable element of the
// current document (except the one that has focus), so that the style after
// focus can be compared with it. Runs before each Tab: a new page is covered
// as soon as the first Tab is pressed on it.
async function snapshotUnfocused(page) {
  await page.evaluate(() => {
    const map = (window.__e2eUnfocused ||= new WeakMap());
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';
    for (const el of document.querySelectorAll(sel)) {
      if (el === document.activeElement) continue;
      const cs = getComputedStyle(el);
      map.set(el, {
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        boxShadow: cs.boxShadow,
        backgroundColor: cs.backgroundColor,
      });
    }
  }).catch(() => {});
}

// What has focus: tag, role, accessible-ish name (label text for fields,
// text or value for buttons and links), and whether the focus is visible.
export async function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const clean = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
    if (!el || el === document.body || el === document.documentElement) {
      return { tag: el ? el.tagName.toLowerCase() : 'none', name: '', text: '', none: true, desc: '(nothing: body)' };
    }
    const tag = el.tagName.toLowerCase();
    let label = '';
    if (el.labels && el.labels.length) label = clean(el.labels[0].textContent);
    if (!label && el.getAttribute('aria-labelledby')) {
      label = clean(el.getAttribute('aria-labelledby').split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent || '').join(' '));
    }
    if (!label && el.getAttribute('aria-label')) label = clean(el.getAttribute('aria-label'));
    const isButtonish = tag === 'button' || tag === 'a' || (tag === 'input' && ['submit', 'button', 'reset'].includes(el.type));
    const text = isButtonish ? clean(el.textContent) || clean(el.value) : '';
    const name = label || text;
    const cs = getComputedStyle(el);
    const before = window.__e2eUnfocused?.get(el);
    const outlineVisible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const changed = [];
    if (before) {
      if (before.boxShadow !== cs.boxShadow) changed.push('box-shadow');
      if (before.backgroundColor !== cs.backgroundColor) changed.push('background-color');
    }
    const r = el.getBoundingClientRect();
    return {
      tag,
      type: el.type || '',
      role: el.getAttribute('role') || '',
      id: el.id || '',
      href: tag === 'a' ? el.getAttribute('href') : '',
      label,
      text,
      name,
      inMain: Boolean(el.closest('main')),
      isMain: tag === 'main',
      focus: {
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        outlineVisible,
        changed,
        haveUnfocusedState: Boolean(before),
        visible: outlineVisible || changed.length > 0,
        onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0,
      },
      desc: `<${tag}${el.type && tag === 'input' ? ` type=${el.type}` : ''}${el.id ? ` id=${el.id}` : ''}> "${name.slice(0, 60)}"`,
    };
  });
}

// Throws when the focused element shows no focus indicator.
export function assertVisibleFocus(info, what = '') {
  if (info.none) throw new Error(`${what}: nothing has focus`);
  if (!info.focus.visible) {
    throw new Error(`${what}: ${info.desc} has focus but no visible focus indicator ` +
      `(outline-style ${info.focus.outlineStyle}, outline-width ${info.focus.outlineWidth}; ` +
      `box-shadow and background-color ${info.focus.haveUnfocusedState ? 'unchanged from the unfocused state' : 'not comparable (no unfocused state recorded)'})`);
  }
}

// Presses one key (only Tab, Shift+Tab, Enter or Space) and returns what has
// focus afterwards; null after Enter/Space when the key started a navigation.
export async function press(page, key) {
  if (!['Tab', 'Shift+Tab', 'Enter', 'Space'].includes(key)) throw new Error(`press(): ${key} is not a journey key`);
  if (key === 'Tab' || key === 'Shift+Tab') {
    await snapshotUnfocused(page);
    await page.keyboard.press(key);
    return focusInfo(page);
  }
  await page.keyboard.press(key);
  return focusInfo(page).catch(() => null);
}

// Presses Tab until the focused element satisfies predicate(info), at most
// maxTabs times. Every element passed on the way whose focus is not visible is
// added to `invisible` (if given). Throws with the whole focus path if the
// target never gets focus.
export async function tabTo(page, predicate, { maxTabs = 60, what = 'the target', invisible } = {}) {
  const path = [];
  for (let i = 0; i < maxTabs; i++) {
    const info = await press(page, 'Tab');
    path.push(info.desc);
    if (!info.none && !info.focus.visible && invisible) {
      invisible.push(`${page.url()}: ${info.desc} (outline-style ${info.focus.outlineStyle}, no box-shadow/background change)`);
    }
    if (!info.none && predicate(info)) return info;
  }
  throw new Error(`pressed Tab ${maxTabs} times on ${page.url()} and never reached ${what}. Focus went to:\n` +
    path.map((d, i) => `  ${String(i + 1).padStart(2)}. ${d}`).join('\n'));
}

// Predicates for tabTo.
export const byLabel = (label) => (i) => i.label === label && ['input', 'select', 'textarea'].includes(i.tag);
export const byButton = (text) => (i) => i.text === text && (i.tag === 'button' || (i.tag === 'input' && ['submit', 'button'].includes(i.type)));
export const byLink = (text) => (i) => i.tag === 'a' && i.text === text;
