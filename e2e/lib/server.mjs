// Starts the weltoffen binary for one test file: a free loopback port, a fresh
// data directory, the demo logins it prints on first start, and a clean stop.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_BIN = path.join(REPO_ROOT, 'target', 'debug', 'weltoffen');
export const ROLES = ['admin', 'editor', 'coordinator', 'member', 'member-b'];

const START_TIMEOUT_MS = 60_000;
// The demo logins may come shortly after the "listening" line; wait this long for them.
const LOGINS_GRACE_MS = 5_000;
const STOP_TIMEOUT_MS = 15_000;

export function binaryPath() {
  return process.env.WELTOFFEN_BIN || DEFAULT_BIN;
}

// Asks the OS for a free port on 127.0.0.1 (closed again before the server binds it).
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Drops terminal colour codes (tracing's pretty output) from log text.
export function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}

function tail(text, lines = 30) {
  const all = stripAnsi(text).split('\n');
  return all.slice(-lines).join('\n');
}

function readLog(file) {
  try { return fs.readFileSync(file, 'utf8'); } catch { return ''; }
}

function checkBinary(bin) {
  let st;
  try {
    st = fs.statSync(bin);
  } catch {
    throw new Error(
      `weltoffen binary not found at ${bin}. Build it first (cargo build, from the repository root) ` +
      'or point WELTOFFEN_BIN at it.');
  }
  if (!st.isFile()) throw new Error(`WELTOFFEN_BIN=${bin} is not a file`);
  try {
    fs.accessSync(bin, fs.constants.X_OK);
  } catch {
    throw new Error(`weltoffen binary at ${bin} is not executable`);
  }
}

// Starts `weltoffen serve` and resolves once it listens. Rejects (with the
// server's output) when it does not within 60 s or exits before.
export async function startServer({ extraArgs = [], env = {} } = {}) {
  const bin = binaryPath();
  checkBinary(bin);
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weltoffen-e2e-'));
  const logFile = path.join(dataDir, 'server.log');
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const args = ['serve', '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir];
  if (process.env.E2E_DATABASE_URL) args.push('--database-url', process.env.E2E_DATABASE_URL);
  args.push(...extraArgs);

  // The server also reads WELTOFFEN_* variables (base URL, SMTP, config file,
  // no-demo, …); a developer's own settings must not leak into the test server.
  const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('WELTOFFEN_')));
  const child = spawn(bin, args, {
    cwd: dataDir,
    env: { ...childEnv, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => { try { child.kill('SIGKILL'); } catch { /* already gone */ } };
  process.on('exit', killOnExit);

  const stdoutLines = [];
  const logins = {};
  const baseUrl = `http://127.0.0.1:${port}`;
  let listening = false;
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      process.off('exit', killOnExit);
      resolve(exited);
    });
  });
  let spawnError = null;
  child.on('error', (e) => { spawnError = e; });

  child.stderr.pipe(log, { end: false });
  const rl = readline.createInterface({ input: child.stdout });
  const waiters = new Set();
  const notify = () => { for (const w of waiters) w(); };
  rl.on('line', (line) => {
    stdoutLines.push(line);
    log.write(`[stdout] ${line}\n`);
    const m = line.match(/^demo-login (\S+) (\S+) (\S+)\s*$/);
    if (m) logins[m[1]] = { email: m[2], password: m[3] };
    if (line.includes(`weltoffen listening on ${baseUrl}`)) listening = true;
    notify();
  });

  const describe = () => {
    const out = stdoutLines.join('\n').replace(/^(demo-login \S+ \S+ )\S+/gm, '$1<password>');
    return `command: ${bin} ${args.join(' ')}\n` +
      `--- stdout (last lines) ---\n${tail(out) || '(empty)'}\n` +
      `--- stderr (last lines of ${logFile}) ---\n${tail(readLog(logFile).split('\n').filter((l) => !l.startsWith('[stdout] ')).join('\n')) || '(empty)'}`;
  };

  const waitFor = (cond, ms) => new Promise((resolve) => {
    if (cond()) return resolve(true);
    const done = (v) => { clearTimeout(timer); waiters.delete(check); resolve(v); };
    const check = () => { if (cond()) done(true); else if (exited || spawnError) done(false); };
    const timer = setTimeout(() => done(cond()), ms);
    waiters.add(check);
    exitPromise.then(check);
  });

  const ok = await waitFor(() => listening, START_TIMEOUT_MS);
  if (!ok) {
    const why = spawnError ? `could not start: ${spawnError.message}`
      : exited ? `exited early (code ${exited.code}, signal ${exited.signal})`
        : `did not print "weltoffen listening on ${baseUrl}" within ${START_TIMEOUT_MS / 1000} s`;
    if (!exited) { child.kill('SIGKILL'); await exitPromise; }
    log.end();
    const details = describe();
    if (!process.env.E2E_KEEP_DATA) fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`weltoffen server ${why}\n${details}`);
  }
  await waitFor(() => ROLES.every((r) => logins[r]), LOGINS_GRACE_MS);

  let stopped = false;
  async function stop() {
    if (stopped) return exited;
    stopped = true;
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => { if (!exited) child.kill('SIGKILL'); }, STOP_TIMEOUT_MS);
      await exitPromise;
      clearTimeout(timer);
    }
    rl.close();
    await new Promise((resolve) => log.end(resolve));
    if (process.env.E2E_KEEP_DATA) {
      process.stderr.write(`e2e: kept the server's data directory ${dataDir} (E2E_KEEP_DATA)\n`);
    } else {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    return exited;
  }

  return {
    baseUrl,
    port,
    dataDir,
    mailDir: path.join(dataDir, 'mail'),
    logFile,
    logins,
    stdoutLines,
    // The credentials of one demo role, or a clear error if the server did not print them.
    login(role) {
      const l = logins[role];
      if (!l) {
        throw new Error(`the server printed no "demo-login ${role} <email> <password>" line ` +
          `(found roles: ${Object.keys(logins).join(', ') || 'none'})\n${describe()}`);
      }
      return l;
    },
    // The server's output so far, for failure messages.
    describe,
    // True while the process runs.
    get running() { return !exited; },
    stop,
  };
}

// Runs fn; if it throws, adds the server's recent output to the error message.
export async function withServerLog(server, fn) {
  try {
    return await fn();
  } catch (e) {
    if (server && e && typeof e === 'object' && !e.serverLogAdded) {
      const note = `\n\n=== weltoffen server output ===\n${server.describe()}` +
        (server.running ? '' : '\n(the server process has exited)');
      try {
        e.message += note;
        if (typeof e.stack === 'string') e.stack += note;
      } catch { /* read-only properties */ }
      e.serverLogAdded = true;
    }
    throw e;
  }
}
