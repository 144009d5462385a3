// Reading the .eml files the server writes in development: wait for a new one,
// decode its text parts (quoted-printable or base64) and find a link.
import fs from 'node:fs';
import path from 'node:path';

function splitHeadersBody(raw) {
  const m = raw.match(/\r?\n\r?\n/);
  if (!m) return { headerText: raw, body: '' };
  return { headerText: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

// Header names in lower case; folded lines unfolded.
export function parseHeaders(headerText) {
  const headers = {};
  const unfolded = headerText.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    if (!(name in headers)) headers[name] = line.slice(i + 1).trim();
  }
  return headers;
}

function headerParam(value, param) {
  const m = String(value || '').match(new RegExp(`;\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i'));
  return m ? (m[1] ?? m[2]) : null;
}

export function decodeQuotedPrintable(text, charset = 'utf-8') {
  const noSoftBreaks = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < noSoftBreaks.length; i++) {
    const c = noSoftBreaks[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(noSoftBreaks.slice(i + 1, i + 3))) {
      bytes.push(parseInt(noSoftBreaks.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return new TextDecoder(charset).decode(Buffer.from(bytes));
}

function decodeBody(body, headers) {
  const cte = String(headers['content-transfer-encoding'] || '7bit').toLowerCase().trim();
  const charset = headerParam(headers['content-type'], 'charset') || 'utf-8';
  if (cte === 'quoted-printable') return decodeQuotedPrintable(body, charset);
  if (cte === 'base64') return new TextDecoder(charset).decode(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  return body;
}

// All text/* parts of a MIME message, decoded: [{ contentType, text }].
export function textParts(raw) {
  const { headerText, body } = splitHeadersBody(raw);
  const headers = parseHeaders(headerText);
  const type = String(headers['content-type'] || 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = headerParam(headers['content-type'], 'boundary');
    if (!boundary) return [];
    const parts = body.split(`--${boundary}`).slice(1);
    const out = [];
    for (const part of parts) {
      if (part.startsWith('--')) break; // closing delimiter
      out.push(...textParts(part.replace(/^\r?\n/, '')));
    }
    return out;
  }
  if (type.startsWith('text/')) return [{ contentType: type.split(';')[0], text: decodeBody(body, headers) }];
  return [];
}

export function messageHeaders(raw) {
  return parseHeaders(splitHeadersBody(raw).headerText);
}

function emlFiles(dir) {
  let names;
  try { names = fs.readdirSync(dir); } catch { return []; }
  return names.filter((n) => n.endsWith('.eml')).map((n) => {
    const file = path.join(dir, n);
    return { file, mtimeMs: fs.statSync(file).mtimeMs };
  });
}

// Waits (up to timeoutMs) for an .eml file in dir that is not in `before`
// (a Set of paths) and whose text contains `mustContain`; returns the newest
// such file's { file, raw, text } where text is all decoded text parts joined.
export async function waitForMail(dir, { before = new Set(), mustContain = '', timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const fresh = emlFiles(dir).filter((f) => !before.has(f.file)).sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const f of fresh) {
      const raw = fs.readFileSync(f.file, 'utf8');
      const text = textParts(raw).map((p) => p.text).join('\n');
      const to = messageHeaders(raw).to || '';
      if (!mustContain || text.includes(mustContain) || to.includes(mustContain) || raw.includes(mustContain)) {
        return { file: f.file, raw, text };
      }
    }
    if (Date.now() > deadline) {
      const all = emlFiles(dir).map((f) => path.basename(f.file));
      throw new Error(`no new .eml${mustContain ? ` for ${mustContain}` : ''} in ${dir} within ${timeoutMs / 1000} s ` +
        `(files there: ${all.join(', ') || (fs.existsSync(dir) ? 'none' : 'the folder does not exist')})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function existingMails(dir) {
  return new Set(emlFiles(dir).map((f) => f.file));
}
