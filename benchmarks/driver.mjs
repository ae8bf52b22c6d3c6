// Load driver for benchmarks/run: sets up realms and users through the admin REST API, drives
// real browser (authorization-code) exchanges with Node's fetch and a cookie jar per "browser",
// and writes raw results (JSON) and the report (markdown). No dependencies beyond Node 18+.
//
//   node driver.mjs --phase=init|seed-stock|memory|servers|compare|access-scale|scale|report --mode=quick|full
//                   --base=URL [--base2=URL] [--pid=N] [--pid2=N] [--run=N] [--rounds=N]
//                   [--only=logins,step-up,tokens] [--jfr=DIR]
//                   --realm-file=mag-realm.json --out=results.json [--report=BENCHMARKS.md]
//
// Every comparison follows the same method: warm up the flows on the server that is measured
// until each flow's last two warm-up rounds agree within 5% (and, for the logins, for at least a
// minute in full mode, the flows taking turns), then measure rounds in which the flows take turns in rotating
// order, and report the median of the per-round ratios with min-max and a bootstrap 95% interval
// (stats.mjs). A goal is met or missed only when the whole interval says so.
import { createHmac, randomBytes, createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { execSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { median, summarize, steady, rotation, spread } from './stats.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const m = a.match(/^--([^=]+)=(.*)$/s); return m ? [m[1], m[2]] : [a.replace(/^--/, ''), 'true'];
}));
const MODE = args.mode || 'quick';
const BASE = args.base || 'http://127.0.0.1:8580';
const QUICK = MODE === 'quick';
const PASSWORD = 'Bench-Password-2026!';
const REDIRECT = 'http://127.0.0.1:8599/cb'; // never contacted: the driver stops at the 302
// warm*S: warm-up bounds in seconds (min = the warm-up lasts at least this long, all flows taking
// turns; max = hard cap, reported as "not steady" when reached). Rounds are multiples of the number
// of flows so that the rotation gives every flow every position equally often.
const CFG = QUICK
  ? { conc: 4, loginUsers: 40, otpUsers: 60, logins: 30, rounds: 3, warmMinS: 3, warmMaxS: 10, stepLogins: 5, stepLoginRounds: 2,
      serverLogins: 30, serverRounds: 2, serverWarmMinS: 2, serverWarmMaxS: 5,
      stepUps: 8, stepRounds: 3, stepWarmMaxS: 10, tokenOps: 10, tokenRounds: 3, tokenWarmMaxS: 3,
      scales: [1000], listReps: 10, connects: 5, batch: 1000, seedBudgetS: 60,
      accessUsers: 20, accessLogins: 20, accessOps: 10, accessRounds: 3, accessScales: [10, 100], accessSeedBudgetS: 60 }
  : { conc: 4, loginUsers: 100, otpUsers: 200, logins: 60, rounds: 9, warmMinS: 60, warmMaxS: 150, stepLogins: 10, stepLoginRounds: 10,
      serverLogins: 60, serverRounds: 4, serverWarmMinS: 20, serverWarmMaxS: 45,
      stepUps: 30, stepRounds: 12, stepWarmMaxS: 60, tokenOps: 30, tokenRounds: 12, tokenWarmMaxS: 15,
      scales: [1000, 10000, 100000], listReps: 30, connects: 10, batch: 2000, seedBudgetS: 900,
      accessUsers: 60, accessLogins: 60, accessOps: 30, accessRounds: 9, accessScales: [10, 1000, 10000], accessSeedBudgetS: 900 };
if (args.scales) CFG.scales = args.scales.split(',').map(Number); // realm sizes of the scaling curve
if (args.rounds) { // fewer (or more) measured rounds, e.g. on a busy machine; warm-up unchanged
  const n = Number(args.rounds);
  Object.assign(CFG, { rounds: n, serverRounds: n, stepRounds: n, tokenRounds: n, accessRounds: n });
}
// The comparisons a compare phase runs (--only: a subset, e.g. to re-measure one cost in a short run).
const SECTIONS = ['logins', 'step-up', 'tokens', 'access'];
const ONLY = args.only ? args.only.split(',') : SECTIONS;
for (const o of ONLY) if (!SECTIONS.includes(o)) throw new Error(`--only: unknown comparison ${o} (${SECTIONS.join(', ')})`);
const WARM_TOLERANCE = 0.05;
const GOALS = { login: 0.95, stepUp: 1.05, refresh: 1.05, access: 1.02 };
const log = (...a) => console.log('[driver]', ...a);
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

// ---------------------------------------------------------------------------- HTTP + cookies
class Browser {
  constructor() { this.jar = new Map(); }
  cookieHeader() { return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '); }
  store(res) {
    for (const c of res.headers.getSetCookie()) {
      const [nv, ...attrs] = c.split(';');
      const i = nv.indexOf('='); const name = nv.slice(0, i).trim(); const value = nv.slice(i + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.jar.delete(name); else this.jar.set(name, value);
    }
  }
  async req(url, opts = {}) {
    const headers = { ...(opts.headers || {}) };
    if (this.jar.size) headers.cookie = this.cookieHeader();
    let body = opts.body;
    if (opts.form) { body = new URLSearchParams(opts.form).toString(); headers['content-type'] = 'application/x-www-form-urlencoded'; }
    const res = await fetch(url, { method: opts.method || (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    this.store(res);
    const text = await res.text();
    return { status: res.status, location: res.headers.get('location'), text };
  }
}
const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=').replace(/&#61;/g, '=');
function formAction(html) {
  const forms = [...html.matchAll(/<form\b[^>]*>/g)].map((m) => m[0]);
  for (const f of forms) {
    const a = f.match(/action="([^"]+)"/);
    if (a && a[1].includes('login-actions')) return unescape(a[1]);
  }
  return null;
}
class Fail extends Error {}
function expect(cond, what, r) {
  if (!cond) throw new Fail(`${what}: HTTP ${r?.status} ${r?.location || ''} ${(r?.text || '').replace(/\s+/g, ' ').slice(0, 300)}`);
}
function authUrl(realm, clientId, extra = {}, base = BASE) {
  const q = new URLSearchParams({ client_id: clientId, response_type: 'code', scope: 'openid',
    redirect_uri: REDIRECT, state: randomBytes(6).toString('hex'), ...extra });
  return `${base}/realms/${realm}/protocol/openid-connect/auth?${q}`;
}
const codeOf = (loc) => loc && loc.startsWith(REDIRECT) ? new URL(loc).searchParams.get('code') : null;
async function exchange(realm, clientId, code, base = BASE) {
  const res = await fetch(`${base}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: clientId, redirect_uri: REDIRECT }) });
  const j = await res.json();
  expect(res.ok && j.access_token, 'code exchange', { status: res.status, text: JSON.stringify(j) });
  return j;
}
async function refresh(realm, clientId, refreshToken) {
  const res = await fetch(`${BASE}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId }) });
  const j = await res.json();
  expect(res.ok && j.access_token, 'refresh', { status: res.status, text: JSON.stringify(j) });
  return j;
}
const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

// Full browser login: auth page, (username page,) password page, code, token.
// `steps`, when given, receives the milliseconds of each request: page (GET of the sign-in page),
// username (the two-page flow's first post), password (the post that checks the password: Argon2),
// token (the code exchange, where the client's mappers run).
async function browserLogin(b, realm, clientId, username, twoStep, base = BASE, steps = null) {
  let t = now();
  const took = (name) => { if (steps) steps[name] = now() - t; t = now(); };
  let r = await b.req(authUrl(realm, clientId, {}, base));
  expect(r.status === 200, 'login page', r);
  let action = formAction(r.text); expect(action, 'login form', r);
  took('page');
  if (twoStep) {
    r = await b.req(action, { form: { username } });
    expect(r.status === 200, 'password page', r);
    action = formAction(r.text); expect(action, 'password form', r);
    took('username');
    r = await b.req(action, { form: { password: PASSWORD } });
  } else {
    r = await b.req(action, { form: { username, password: PASSWORD, credentialId: '' } });
  }
  const code = codeOf(r.location); expect(code, 'code after password', r);
  took('password');
  const tokens = await exchange(realm, clientId, code, base);
  took('token');
  return tokens;
}

// ---------------------------------------------------------------------------- TOTP (RFC 6238)
function totp(secret, step) {
  const buf = Buffer.alloc(8); buf.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', Buffer.from(secret, 'utf8')).update(buf).digest();
  const o = h[h.length - 1] & 0xf;
  const n = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(n % 1e6).padStart(6, '0');
}
const otpSecret = (u) => createHash('sha256').update(`mag-bench-${u}`).digest('hex').slice(0, 20);

// ---------------------------------------------------------------------------- admin REST
let adminTok = null; let adminExp = 0;
async function admin(method, path, body, { ok = [200, 201, 204], raw = false } = {}) {
  if (!adminTok || Date.now() > adminExp) {
    const res = await fetch(`${BASE}/realms/master/protocol/openid-connect/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }) });
    const j = await res.json(); if (!res.ok) throw new Error(`admin token: ${JSON.stringify(j)}`);
    adminTok = j.access_token; adminExp = Date.now() + (j.expires_in - 15) * 1000;
  }
  const res = await fetch(`${BASE}/admin/realms${path}`, { method,
    headers: { authorization: `Bearer ${adminTok}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (!ok.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 400)}`);
  if (raw) return { status: res.status, location: res.headers.get('location'), text };
  return text ? JSON.parse(text) : null;
}
async function partialImport(realm, users) {
  return admin('POST', `/${realm}/partialImport`, { ifResourceExists: 'SKIP', users });
}
async function clientUuid(realm, clientId) {
  return (await admin('GET', `/${realm}/clients?clientId=${encodeURIComponent(clientId)}`))[0].id;
}

// ---------------------------------------------------------------------------- realms
const STOCK_SCOPES = ['web-origins', 'acr', 'profile', 'roles', 'basic', 'email'];
function client(clientId, scopes, attributes = {}) {
  return { clientId, enabled: true, publicClient: true, standardFlowEnabled: true,
    directAccessGrantsEnabled: false, redirectUris: ['http://127.0.0.1:8599/*'], fullScopeAllowed: true,
    defaultClientScopes: scopes, optionalClientScopes: [], attributes };
}
function realms(file) {
  const base = JSON.parse(readFileSync(file, 'utf8'));
  delete base.id; delete base.users; delete base.organizations;
  // The realm file's demo data goes with its organizations: the organizations' role groups and the
  // partner applications' client roles (the bench realms have clients of their own, below).
  delete base.groups;
  const fileClients = new Set((base.clients || []).map((c) => c.clientId));
  for (const clientId of Object.keys((base.roles && base.roles.client) || {})) {
    if (fileClients.has(clientId)) delete base.roles.client[clientId];
  }
  // the bench runs over HTTP on 127.0.0.1 (sslRequired external allows it); no mail is sent
  const mag = structuredClone(base);
  mag.realm = 'bench-mag';
  // bench-mag measures the two-page flow (the realm file's default is the one-page flow, bench-mag-1p).
  mag.browserFlow = 'mag browser';
  const magScopes = [...STOCK_SCOPES, ...base.defaultDefaultClientScopes];
  mag.clients = [
    client('bench-app', magScopes),
    client('bench-app-nomapper', magScopes.filter((s) => s !== 'mag-connected-accounts')),
    client('bench-otp-app', magScopes, { 'minimum.acr.value': '2' })];

  // Stock: the same realm settings (brute force, OTP policy, password hashing = Keycloak's
  // default, events), Keycloak's own flows, theme and client scopes; nothing of ours.
  const stock = structuredClone(base);
  stock.realm = 'bench-stock';
  for (const k of ['loginTheme', 'emailTheme', 'accountTheme', 'adminTheme']) delete stock[k];
  // Our account-console roles (menu entries) too.
  if (stock.roles) delete stock.roles.client;
  Object.assign(stock, { browserFlow: 'browser', directGrantFlow: 'direct grant', resetCredentialsFlow: 'reset credentials' });
  stock.authenticationFlows = stock.authenticationFlows.filter((f) => !f.alias.startsWith('mag '));
  stock.authenticatorConfig = stock.authenticatorConfig.filter((c) => !c.alias.startsWith('mag '));
  stock.requiredActions = stock.requiredActions.filter((a) => !a.alias.startsWith('mag-'));
  delete stock.clientScopes; delete stock.defaultDefaultClientScopes;
  // Nothing of ours may act in the stock realm: our client policy (passive step-up) and event
  // listeners go too (a server without our JARs would also refuse to import them).
  delete stock.clientPolicies; delete stock.clientProfiles;
  stock.eventsListeners = (stock.eventsListeners || []).filter((l) => !l.startsWith('mag-'));
  stock.clients = [client('bench-app', STOCK_SCOPES)];
  // Keycloak allows login with email when emails are unique; keep it like mag (off, duplicates allowed)

  // Stock LoA: Keycloak's documented step-up flow: cookie | (level 1: username+password form,
  // level 2: OTP Form), each behind "Condition - Level of Authentication".
  const loa = structuredClone(stock);
  loa.realm = 'bench-stock-loa';
  loa.browserFlow = 'stock loa browser';
  loa.clients = [client('bench-app', STOCK_SCOPES), client('bench-otp-app', STOCK_SCOPES, { 'minimum.acr.value': '2' })];
  const ex = (authenticator, priority, authenticatorConfig) => ({ authenticator, authenticatorFlow: false,
    requirement: 'REQUIRED', priority, userSetupAllowed: false, ...(authenticatorConfig ? { authenticatorConfig } : {}) });
  const sub = (flowAlias, requirement, priority) => ({ authenticatorFlow: true, flowAlias, requirement, priority, userSetupAllowed: false });
  const flow = (alias, topLevel, authenticationExecutions) => ({ alias, description: alias, providerId: 'basic-flow',
    topLevel, builtIn: false, authenticationExecutions });
  loa.authenticationFlows.push(
    flow('stock loa browser', true, [{ ...ex('auth-cookie', 10), requirement: 'ALTERNATIVE' }, sub('stock loa forms', 'ALTERNATIVE', 20)]),
    flow('stock loa forms', false, [sub('stock loa 1', 'CONDITIONAL', 10), sub('stock loa 2', 'CONDITIONAL', 20)]),
    flow('stock loa 1', false, [ex('conditional-level-of-authentication', 10, 'stock loa 1'), ex('auth-username-password-form', 20)]),
    flow('stock loa 2', false, [ex('conditional-level-of-authentication', 10, 'stock loa 2'), ex('auth-otp-form', 20)]));
  loa.authenticatorConfig.push(
    { alias: 'stock loa 1', config: { 'loa-condition-level': '1', 'loa-max-age': '36000' } },
    { alias: 'stock loa 2', config: { 'loa-condition-level': '2', 'loa-max-age': '36000' } });
  // The same gateway realm with the one-page sign-in flow bound (mag-single-page-sign-in-form), as the realm file binds it.
  const mag1p = structuredClone(mag);
  mag1p.realm = 'bench-mag-1p';
  mag1p.browserFlow = 'mag browser single page';
  return { mag, mag1p, stock, loa };
}

function person(username, extra = {}) {
  return { username, enabled: true, email: `${username}@bench.localhost`, emailVerified: true,
    firstName: 'Bench', lastName: username, ...extra };
}
const pwd = { type: 'password', value: PASSWORD, temporary: false };
function otpCred(username) {
  return { type: 'otp', userLabel: 'bench', createdDate: Date.now(),
    secretData: JSON.stringify({ value: otpSecret(username) }),
    credentialData: JSON.stringify({ subType: 'totp', digits: 6, counter: 0, period: 30, algorithm: 'HmacSHA1' }) };
}
const pad = (n, w = 4) => String(n).padStart(w, '0');


// ---------------------------------------------------------------------------- results file
const fmt = (x, d = 1) => (x == null || Number.isNaN(x) ? '—' : Number(x).toFixed(d));
function loadResults() { return existsSync(args.out) ? JSON.parse(readFileSync(args.out, 'utf8')) : {}; }
function saveResults(r) { writeFileSync(args.out, JSON.stringify(r, null, 2)); }
function update(fn) { const R = loadResults(); fn(R); saveResults(R); }
const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

// ---------------------------------------------------------------------------- warm-up and rounds
// A flow is { key, round: async () => stats }. metric(stats) is the figure whose stability ends
// the warm-up (throughput for logins, p50 for step-ups).
async function warmUp(label, flows, metric, { minS = 0, maxS, minRounds = 2 }) {
  const history = Object.fromEntries(flows.map((f) => [f.key, []]));
  const t0 = now();
  for (let round = 0; ; round++) {
    for (const f of rotation(flows, round)) history[f.key].push(metric(await f.round()));
    const isSteady = flows.every((f) => steady(history[f.key], WARM_TOLERANCE));
    const seconds = (now() - t0) / 1000;
    if ((isSteady && seconds >= minS && round + 1 >= minRounds) || seconds >= maxS) {
      const w = { rounds: round + 1, seconds, steady: isSteady, minS, maxS,
        history: Object.fromEntries(Object.entries(history).map(([k, v]) => [k, v.map((x) => Math.round(x * 100) / 100)])) };
      log(`${label} warm-up: ${w.rounds} rounds, ${fmt(seconds)} s, ${isSteady ? 'steady' : 'NOT steady (cap reached)'}; ` +
        flows.map((f) => `${f.key} ${history[f.key].map((x) => fmt(x)).join(' ')}`).join('; '));
      return w;
    }
  }
}
async function measureRounds(label, flows, rounds, show) {
  const out = Object.fromEntries(flows.map((f) => [f.key, []]));
  for (let r = 0; r < rounds; r++) {
    for (const f of rotation(flows, r)) {
      const s = await f.round(); out[f.key].push(s);
      log(`${label} round ${r} ${f.key}: ${show(s)}`);
    }
  }
  return out;
}
const ratiosOf = (num, den, metric) => num.map((s, i) => metric(s) / metric(den[i]));

// ---------------------------------------------------------------------------- load helpers
function stats(lat, wallMs, errors) {
  const s = [...lat].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN);
  const r = { n: s.length, errors, wallMs, perSec: s.length / (wallMs / 1000), p50: q(0.5), p95: q(0.95) };
  Object.defineProperty(r, 'lat', { value: lat, enumerable: false }); // pooled, not saved
  return r;
}
// Runs task(i) n times with `conc` workers; returns latency stats. Bounded by n and by maxMs.
async function load(n, conc, task, maxMs = 300000) {
  const lat = []; let next = 0; let errors = 0; let firstError = null;
  const t0 = now();
  await Promise.all(Array.from({ length: conc }, async () => {
    while (next < n && now() - t0 < maxMs) {
      const i = next++; const t = now();
      try { await task(i); lat.push(now() - t); } catch (e) { errors++; firstError ??= e.message; }
    }
  }));
  const r = stats(lat, now() - t0, errors);
  if (firstError) { r.firstError = firstError; log('  first error:', firstError); }
  return r;
}
function pool(list) { // one stats object over several rounds' latencies
  const p = stats(list.flatMap((s) => s.lat || []), list.reduce((a, s) => a + s.wallMs, 0), list.reduce((a, s) => a + s.errors, 0));
  p.rounds = list.length; return p;
}
function rssMb(pid) {
  try { const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/); return Math.round(m[1] / 1024); } catch { return null; }
}
// Heap and metaspace in use after a forced full GC (jcmd GC.run, twice: the first may only queue
// finalizable objects), then RSS: what the content costs, not how much garbage a run left behind.
function jvmMemory(pid) {
  const jcmd = (c) => execSync(`jcmd ${pid} ${c}`, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  jcmd('GC.run'); jcmd('GC.run');
  const info = jcmd('GC.heap_info');
  const kb = (re) => { const m = info.match(re); return m ? Math.round(Number(m[1]) / 1024) : null; };
  return { heapUsedMb: kb(/heap\s+total \d+K, used (\d+)K/), metaspaceUsedMb: kb(/Metaspace\s+used (\d+)K/), rssMb: rssMb(pid) };
}

// --jfr=DIR: a Java Flight Recorder recording (settings "profile") of the measured server per
// comparison, warm-up and measured rounds included, dumped to DIR/run-N-<comparison>.jfr for
// attribution (benchmarks/jfr-share.mjs); the JVM must run with a deep stack depth (benchmarks/run --jfr).
function jfrStart(name) {
  if (!args.jfr) return;
  execSync(`jcmd ${args.pid} JFR.start name=${name} settings=profile`, { stdio: 'ignore' });
}
function jfrStop(name) {
  if (!args.jfr) return null;
  const file = `${args.jfr}/run-${args.run || 1}-${name}.jfr`;
  execSync(`jcmd ${args.pid} JFR.stop name=${name} filename=${file}`, { stdio: 'ignore' });
  log(`JFR recording of ${name}: ${file}`);
  return file;
}

const loginUsers = () => Array.from({ length: CFG.loginUsers }, (_, i) => person(`login-${pad(i)}`, { credentials: [pwd] }));
const otpUsers = () => Array.from({ length: CFG.otpUsers }, (_, i) => { const u = `otp-${pad(i)}`; return person(u, { credentials: [pwd, otpCred(u)] }); });
async function importUsers(realm, users) { for (let i = 0; i < users.length; i += 50) await partialImport(realm, users.slice(i, i + 50)); }
const loginTask = (realm, two, base = BASE) => (i) => browserLogin(new Browser(), realm, 'bench-app', `login-${pad(i % CFG.loginUsers)}`, two, base);
const showLogin = (s) => `${fmt(s.perSec)}/s p50 ${fmt(s.p50)} ms p95 ${fmt(s.p95)} ms errors ${s.errors}`;

// ---------------------------------------------------------------------------- paired token rounds
// x = { b: Browser with an SSO session, c: clientId, rt: refresh token }.
async function issueOnce(realm, x) {
  const r = await x.b.req(authUrl(realm, x.c));
  const code = codeOf(r.location); expect(code, 'sso code', r);
  await exchange(realm, x.c, code);
}
async function refreshOnce(realm, x) { x.rt = (await refresh(realm, x.c, x.rt)).refresh_token; }
// One round: `ops` pairs, each the same operation for a and b back to back (order alternating),
// so both see the same background load. Returns { without: a's stats, with: b's } per operation.
async function tokenRound(realm, a, b, ops) {
  const lat = new Map([[a, { issue: [], refresh: [] }], [b, { issue: [], refresh: [] }]]);
  const t0 = now();
  for (let i = 0; i < ops; i++) {
    const pair = i % 2 ? [b, a] : [a, b];
    for (const x of pair) { const t = now(); await issueOnce(realm, x); lat.get(x).issue.push(now() - t); }
    for (const x of pair) { const t = now(); await refreshOnce(realm, x); lat.get(x).refresh.push(now() - t); }
  }
  const wall = now() - t0;
  const st = (x) => ({ issue: stats(lat.get(x).issue, wall, 0), refresh: stats(lat.get(x).refresh, wall, 0) });
  return { without: st(a), with: st(b) };
}

// Warm-up (whole rounds until both clients' refresh p50 agree with their previous round's), then
// measured rounds; the ratios are b / a per round ("with" / "without"), p50, lower is better.
async function tokenComparison(realm, a, b, { ops, rounds, warmMaxS, goal }) {
  const history = { without: [], with: [] }; const t0 = now(); let warmRounds = 0;
  for (;;) {
    const r = await tokenRound(realm, a, b, ops); warmRounds++;
    for (const k of ['without', 'with']) history[k].push(r[k].refresh.p50);
    const ok = ['without', 'with'].every((k) => steady(history[k], WARM_TOLERANCE));
    if ((ok && warmRounds >= 2) || (now() - t0) / 1000 >= warmMaxS) break;
  }
  const steadyNow = ['without', 'with'].every((k) => steady(history[k], WARM_TOLERANCE));
  const rs = [];
  for (let i = 0; i < rounds; i++) rs.push(await tokenRound(realm, a, b, ops));
  const per = (side, op) => rs.map((r) => r[side][op]);
  return {
    warm: { rounds: warmRounds, seconds: (now() - t0) / 1000, steady: steadyNow, history },
    pooled: { without: { issue: pool(per('without', 'issue')), refresh: pool(per('without', 'refresh')) },
      with: { issue: pool(per('with', 'issue')), refresh: pool(per('with', 'refresh')) } },
    issue: summarize(ratiosOf(per('with', 'issue'), per('without', 'issue'), (s) => s.p50), goal, 'atMost'),
    refresh: summarize(ratiosOf(per('with', 'refresh'), per('without', 'refresh'), (s) => s.p50), goal, 'atMost') };
}

// Where a login's time goes, request by request: one login at a time (no queueing on the cores),
// the flows taking turns in rotating order, CFG.stepLogins logins per flow in each of
// CFG.stepLoginRounds rounds; per flow and request the median over rounds of each round's p50,
// and per request the ratio flow / base of those p50s (median and 95% interval over rounds).
// flows: { key, realm, clientId, two, user(i) }; the first is the base of the ratios.
async function loginSteps(label, flows, goal = null) {
  const names = ['page', 'username', 'password', 'token', 'total'];
  const base = flows[0].key;
  const perRound = Object.fromEntries(flows.map((f) => [f.key, []]));
  let n = 0;
  for (let round = 0; round < CFG.stepLoginRounds; round++) {
    const samples = Object.fromEntries(flows.map((f) => [f.key, Object.fromEntries(names.map((x) => [x, []]))]));
    for (let i = 0; i < CFG.stepLogins; i++, n++) {
      for (const f of rotation(flows, n)) {
        const steps = {}; const t = now();
        await browserLogin(new Browser(), f.realm, f.clientId, f.user(n), f.two, BASE, steps);
        steps.total = now() - t;
        for (const x of names) if (steps[x] !== undefined) samples[f.key][x].push(steps[x]);
      }
    }
    for (const f of flows) perRound[f.key].push(Object.fromEntries(names.map((x) => [x, samples[f.key][x].length ? median(samples[f.key][x]) : null])));
  }
  const ms = Object.fromEntries(flows.map((f) => [f.key, Object.fromEntries(names.map((x) => {
    const v = perRound[f.key].map((r) => r[x]).filter((y) => y !== null);
    return [x, v.length ? median(v) : null];
  }))]));
  const ratios = Object.fromEntries(flows.slice(1).map((f) => [f.key,
    Object.fromEntries(['page', 'password', 'token', 'total'].map((x) => [x,
      summarize(perRound[f.key].map((r, i) => r[x] / perRound[base][i][x]), x === 'total' ? goal : null, 'atMost')]))]));
  log(`${label} steps (p50 ms): ${Object.entries(ms).map(([k, v]) => `${k} ${names.filter((x) => v[x] !== null).map((x) => `${x} ${fmt(v[x], 1)}`).join(' ')}`).join('; ')}`);
  return { rounds: CFG.stepLoginRounds, logins: CFG.stepLogins, ms, ratios };
}

// ---------------------------------------------------------------------------- application access
const ORG_TYPE = 'mag.organization.type';
async function createOrganization(realm, alias, type) {
  const r = await admin('POST', `/${realm}/organizations`, { name: alias, alias, enabled: true,
    domains: [{ name: `${alias}.bench.localhost` }], attributes: { [ORG_TYPE]: [type] } }, { raw: true });
  return r.location.split('/').pop();
}
async function subscribe(realm, organization, clientId) {
  await admin('POST', `/${realm}/mag-subscriptions`, { organization, clientId });
}
const ACCESS = { realm: 'bench-mag', partnerApp: 'bench-partner-app', controlApp: 'bench-control-app' };
const accessNames = () => Array.from({ length: CFG.accessUsers }, (_, i) => `access-${pad(i)}`);
// On PostgreSQL the larger sizes are filled by SQL between server restarts (benchmarks/run, phase
// access-scale), so the compare phase measures only the first size, seeded through the admin REST.
const fillsBySql = () => loadResults().db === 'postgres';

// The realm's size where a figure is taken. With --count-cmd (PostgreSQL: benchmarks/run hands
// over a psql call of access-counts.sql) every table is counted; without it (H2) users and realm
// groups come from the admin REST and organizations and subscriptions from what the driver created.
async function accessCounts(known) {
  if (args['count-cmd']) return JSON.parse(execSync(args['count-cmd'], { stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim());
  return { users: await admin('GET', `/${ACCESS.realm}/users/count`), organizations: known.organizations,
    groups: (await admin('GET', `/${ACCESS.realm}/groups/count`)).count, subscriptions: known.subscriptions, source: 'admin REST' };
}
const showCounts = (c) => `${c.users} users, ${c.organizations} organizations, ${c.groups} groups, ${c.subscriptions} subscriptions (${c.source})`;

// Partner and supplier organizations, the two clients, the supplier's subscription and its users.
async function accessSetup() {
  const { realm, partnerApp, controlApp } = ACCESS; const t = now();
  // Our role-model migration runs at a server's start for every realm not yet marked migrated; the
  // realm was created after the start, so the first restart of the PostgreSQL sizes would migrate
  // it then, over every filled organization (minutes at 1,000). Migrating the empty realm now makes
  // it what a realm is after its first start, and keeps restarts and group counts free of it.
  await admin('POST', `/${realm}/mag-role-model/migrate`);
  await createOrganization(realm, 'bench-partner', 'partner');
  const scopes = (await admin('GET', `/${realm}/clients/${await clientUuid(realm, 'bench-app')}/default-client-scopes`)).map((x) => x.name);
  const alike = { fullScopeAllowed: false };
  await admin('POST', `/${realm}/clients`, { ...client(partnerApp, scopes, { 'mag.owning-partner': 'bench-partner',
    'mag.access-role': 'access', 'mag.access-approval': 'none' }), ...alike });
  await admin('POST', `/${realm}/clients`, { ...client(controlApp, scopes, { 'mag.access-role': 'access' }), ...alike });
  const uuid = { [partnerApp]: await clientUuid(realm, partnerApp), [controlApp]: await clientUuid(realm, controlApp) };
  for (const c of [partnerApp, controlApp]) await admin('POST', `/${realm}/clients/${uuid[c]}/roles`, { name: 'access' });

  const supplier = await createOrganization(realm, 'bench-supplier', 'supplier');
  await subscribe(realm, 'bench-supplier', partnerApp);
  const users = await admin('GET', `/${realm}/group-by-path/mag-organizations/bench-supplier/applications/${partnerApp}/users`);
  const controlRole = await admin('GET', `/${realm}/clients/${uuid[controlApp]}/roles/access`);
  await admin('POST', `/${realm}/groups/${users.id}/role-mappings/clients/${uuid[controlApp]}`, [controlRole]);
  const names = accessNames();
  await importUsers(realm, names.map((u) => person(u, { credentials: [pwd] })));
  for (const u of names) {
    const id = await idOf(realm, u);
    await admin('POST', `/${realm}/organizations/${supplier}/members`, id); // the body is the user id as a JSON string
    await admin('PUT', `/${realm}/users/${id}/groups/${users.id}`);
  }
  log(`4. access: partner, supplier, clients, ${names.length} users set up in ${fmt((now() - t) / 1000)} s`);
  return names;
}

// One signed-in browser per client for the token pairs; the access role in both clients' tokens,
// or the comparison would not compare like with like (checked again after every server restart).
async function accessTokenPair(names) {
  const pair = [];
  for (const c of [ACCESS.controlApp, ACCESS.partnerApp]) {
    const b = new Browser();
    const first = await browserLogin(b, ACCESS.realm, c, names[0], true);
    const roles = claims(first.access_token).resource_access?.[c]?.roles || [];
    expect(roles.includes('access'), `${c} token carries the access role`, { text: JSON.stringify(claims(first.access_token)) });
    pair.push({ c, b, rt: first.refresh_token });
  }
  return pair;
}

// Token issuance and refresh, partner / control, at the realm's current size.
async function accessTokensAt(pair, size) {
  const tokens = await tokenComparison(ACCESS.realm, pair[0], pair[1], { ops: CFG.accessOps, rounds: CFG.accessRounds, warmMaxS: CFG.tokenWarmMaxS, goal: GOALS.access });
  log(`4. access at ${showCounts(size.counts)}: issue ratio ${fmt(tokens.issue.median, 3)} [${fmt(tokens.issue.lo, 3)}, ${fmt(tokens.issue.hi, 3)}], refresh ratio ${fmt(tokens.refresh.median, 3)} [${fmt(tokens.refresh.lo, 3)}, ${fmt(tokens.refresh.hi, 3)}]`);
  return { ...size, ...tokens };
}

async function accessComparison() {
  const { realm, partnerApp, controlApp } = ACCESS;
  const names = await accessSetup();
  const pair = await accessTokenPair(names);
  const loginFlows = [[controlApp, 'control'], [partnerApp, 'partner']].map(([c, key]) => ({ key,
    round: () => load(CFG.accessLogins, CFG.conc, (i) => browserLogin(new Browser(), realm, c, names[i % names.length], true)) }));
  const warm = await warmUp('4. access login', loginFlows, (s) => s.perSec, { minS: CFG.warmMinS, maxS: CFG.warmMaxS });
  const rounds = await measureRounds('4. access login', loginFlows, CFG.accessRounds, showLogin);
  const out = { users: names.length, login: { warm, rounds,
    pooled: { control: pool(rounds.control), partner: pool(rounds.partner) },
    ratio: summarize(ratiosOf(rounds.partner, rounds.control, (s) => s.perSec), 2 - GOALS.access, 'atLeast') }, scales: [], skipped: [] };
  log(`4. access login ratio partner / control ${JSON.stringify(out.login.ratio)}`);
  // Throughput rounds at concurrency 4 spread widely on 2 cores shared with the driver; one login
  // at a time, request by request, decides whether the enforcement adds to a login.
  out.login.steps = await loginSteps('4. access login', [[controlApp, 'control'], [partnerApp, 'partner']].map(([clientId, key]) =>
    ({ key, realm, clientId, two: true, user: (i) => names[i % names.length] })), GOALS.access);

  // tokens at growing numbers of subscriptions (filler organizations, each subscribed through the admin REST)
  let subscriptions = 1; const seedT0 = now();
  const targets = fillsBySql() ? CFG.accessScales.slice(0, 1) : CFG.accessScales;
  for (const target of targets) {
    if ((now() - seedT0) / 1000 > CFG.accessSeedBudgetS) { out.skipped.push(target); log(`4. access: skipping ${target} subscriptions: seed budget spent`); continue; }
    const s0 = now();
    // The budget also ends a size half-seeded: measured then at the count reached, and said so.
    const spent = () => (now() - seedT0) / 1000 > CFG.accessSeedBudgetS;
    for (; subscriptions < target && !spent(); subscriptions++) {
      const alias = `bench-filler-${pad(subscriptions, 5)}`;
      await createOrganization(realm, alias, 'supplier');
      await subscribe(realm, alias, partnerApp);
    }
    const seedS = (now() - s0) / 1000;
    if (subscriptions < target) { out.skipped.push(target); log(`4. access: seed budget spent at ${subscriptions} of ${target} subscriptions`); }
    // organizations: the partner's, the supplier's and one per filler
    const counts = await accessCounts({ organizations: subscriptions + 1, subscriptions });
    out.scales.push(await accessTokensAt(pair, { subscriptions, target, reachedBy: 'rest', seedS, counts }));
  }
  return out;
}

// The restarted JVM is cold, while at the first size the setup and the login comparison had run
// before the tokens were measured: the same login rounds, untimed, bring it to a like state.
async function accessJvmWarmUp(names) {
  const flows = [ACCESS.controlApp, ACCESS.partnerApp].map((c) => ({ key: c,
    round: () => load(CFG.accessLogins, CFG.conc, (i) => browserLogin(new Browser(), ACCESS.realm, c, names[i % names.length], true)) }));
  await warmUp('4. access JVM warm-up after the restart', flows, (s) => s.perSec, { minS: CFG.warmMinS, maxS: CFG.warmMaxS });
}

// After benchmarks/run has stopped the server, filled the realm by SQL (access-fill.sql) and
// started it again: the comparison users sign in afresh (their tokens must still carry the access
// role) and the tokens are measured at the new size, appended to this run's access figures.
async function phaseAccessScale() {
  const run = Number(args.run || 1);
  jfrStart(`access-${args.subscriptions}`);
  const names = accessNames();
  const pair = await accessTokenPair(names);
  await accessJvmWarmUp(names);
  const counts = await accessCounts({});
  const size = await accessTokensAt(pair, { subscriptions: counts.subscriptions, target: Number(args.subscriptions),
    targetUsers: Number(args.users), reachedBy: 'sql', fillS: Number(args['fill-s']), restartS: Number(args['restart-s']), counts });
  jfrStop(`access-${args.subscriptions}`);
  update((R) => { R.runs.find((r) => r.run === run).access.scales.push(size); });
}

// ---------------------------------------------------------------------------- phases
function phaseInit() {
  saveResults({ mode: MODE, cfg: CFG, startedAt: new Date().toISOString(), loadavgStart: loadavg(),
    repeat: Number(args.repeat || 1), db: args.db || 'h2', only: args.only ? ONLY : undefined,
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, ramGiB: Math.round(os.totalmem() / 2 ** 30),
      jdk: execSync('java -version 2>&1').toString().split('\n')[0], node: process.version, kernel: os.release(), keycloak: args.keycloak, postgres: args.postgres },
    runs: [] });
}

// The stock realms (nothing of ours in them) and the same users: imported on our server and on the
// stock server alike, so that both servers hold equal content when their memory is compared.
async function phaseSeedStock() {
  const { stock, loa } = realms(args['realm-file']);
  const t = now();
  for (const realm of [stock, loa]) {
    await admin('POST', '', realm);
    await importUsers(realm.realm, loginUsers());
    await importUsers(realm.realm, otpUsers());
  }
  log(`${BASE}: stock realms and users imported in ${fmt((now() - t) / 1000)} s`);
}

async function phaseMemory() {
  const label = args.label;
  const ours = jvmMemory(Number(args.pid)); const stock = jvmMemory(Number(args.pid2));
  log(`memory ${label}: ours ${JSON.stringify(ours)}, stock ${JSON.stringify(stock)}`);
  update((R) => { R.memory ??= {}; R.memory[label] = { ours, stock }; });
}

// Our server and the stock server up at once, the same bench-stock realm and users on both:
// what deploying our JARs costs a flow that uses none of them.
async function phaseServers() {
  const flows = [
    { key: 'ours', round: () => load(CFG.serverLogins, CFG.conc, loginTask('bench-stock', false, BASE)) },
    { key: 'stock', round: () => load(CFG.serverLogins, CFG.conc, loginTask('bench-stock', false, args.base2)) }];
  const warm = await warmUp('servers', flows, (s) => s.perSec, { minS: CFG.serverWarmMinS, maxS: CFG.serverWarmMaxS });
  const rounds = await measureRounds('servers', flows, CFG.serverRounds, showLogin);
  update((R) => { R.servers = { warm, rounds, ratio: summarize(ratiosOf(rounds.ours, rounds.stock, (s) => s.perSec)) }; });
}

async function phaseCompare() {
  const run = { run: Number(args.run || 1), loadavgStart: loadavg(), startedAt: new Date().toISOString() };
  const { mag, mag1p } = realms(args['realm-file']);
  let t = now();
  // Only what the selected comparisons use (the token comparison creates its own users).
  const logins = ONLY.includes('logins');
  for (const realm of logins ? [mag, mag1p] : [mag]) await admin('POST', '', realm);
  if (logins) { await importUsers('bench-mag', loginUsers()); await importUsers('bench-mag-1p', loginUsers()); }
  if (ONLY.includes('step-up')) await importUsers('bench-mag', otpUsers());
  log(`gateway realms and users imported in ${fmt((now() - t) / 1000)} s`);

  // 1. Browser logins: stock `browser` vs `mag browser` vs `mag browser single page`.
  if (ONLY.includes('logins')) {
    jfrStart('logins');
    const loginFlowsByKey = [['stock', 'bench-stock', false], ['mag', 'bench-mag', true], ['mag1p', 'bench-mag-1p', false]];
    const loginFlows = loginFlowsByKey
      .map(([key, realm, two]) => ({ key, round: () => load(CFG.logins, CFG.conc, loginTask(realm, two)) }));
    const oneAtATime = loginFlowsByKey.map(([key, realm, two]) => ({ key, realm, clientId: 'bench-app', two, user: (i) => `login-${pad(i % CFG.loginUsers)}` }));
    const warm = await warmUp('1. login', loginFlows, (s) => s.perSec, { minS: CFG.warmMinS, maxS: CFG.warmMaxS });
    const rounds = await measureRounds('1. login', loginFlows, CFG.rounds, showLogin);
    run.login = { warm, rounds,
      pooled: Object.fromEntries(Object.entries(rounds).map(([k, v]) => [k, pool(v)])),
      mag: summarize(ratiosOf(rounds.mag, rounds.stock, (s) => s.perSec), GOALS.login, 'atLeast'),
      mag1p: summarize(ratiosOf(rounds.mag1p, rounds.stock, (s) => s.perSec), GOALS.login, 'atLeast') };
    log(`1. login ratios: two-page ${JSON.stringify(run.login.mag)}; one page ${JSON.stringify(run.login.mag1p)}`);
    run.login.steps = await loginSteps('1. login', oneAtATime);
    jfrStop('logins');
  }

  // 2. OTP step-up, measured like the tokens (section 3): in pairs, one stock and one gateway
  // step-up back to back, order alternating, one request at a time. Concurrent step-ups measured
  // queueing on the 2 cores as much as the step-up (a spread of +-15% between runs). Per round:
  // password sessions first (untimed and concurrent, so their Argon2 checks never overlap a timed
  // step-up), then the timed pairs: auth at the min-ACR-2 client, OTP page, code, token with acr 2.
  // A user steps up at most once per 30 s TOTP step (codes are single-use).
  const stepUpUsers = (realm) => ({ realm, users: Array.from({ length: CFG.otpUsers }, (_, i) => ({ name: `otp-${pad(i)}`, lastStep: -1, busy: false })) });
  const takeOtpUser = async (side) => {
    for (;;) {
      const step = Math.floor(Date.now() / 30000);
      const u = side.users.find((x) => !x.busy && x.lastStep < step);
      if (u) { u.busy = true; return u; }
      await sleep(250);
    }
  };
  const stepUpOnce = async (realm, { u, b }, parts) => {
    try {
      let t = now();
      let r = await b.req(authUrl(realm, 'bench-otp-app'));
      expect(r.status === 200 && /name="otp"/.test(r.text), 'otp page', r);
      const step = Math.floor(Date.now() / 30000); u.lastStep = step;
      const tPage = now() - t; t = now();
      r = await b.req(formAction(r.text), { form: { otp: totp(otpSecret(u.name), step) } });
      const code = codeOf(r.location); expect(code, 'code after otp', r);
      const tOtp = now() - t; t = now();
      const tok = await exchange(realm, 'bench-otp-app', code);
      expect(claims(tok.access_token).acr === '2', 'acr 2', { text: JSON.stringify(claims(tok.access_token)) });
      parts.page.push(tPage); parts.otp.push(tOtp); parts.token.push(now() - t);
      return tPage + tOtp + parts.token[parts.token.length - 1];
    } finally { u.busy = false; }
  };
  const stepSides = { stock: { ...stepUpUsers('bench-stock-loa'), two: false }, mag: { ...stepUpUsers('bench-mag'), two: true } };
  const stepUpRound = async (round) => {
    const sessions = { stock: [], mag: [] };
    const keys = ['stock', 'mag'];
    const logins = keys.flatMap((k) => Array.from({ length: CFG.stepUps }, () => k));
    await load(logins.length, CFG.conc, async (i) => {
      const k = logins[i]; const side = stepSides[k];
      const u = await takeOtpUser(side); const b = new Browser();
      try { await browserLogin(b, side.realm, 'bench-app', u.name, side.two); sessions[k].push({ u, b }); } catch (e) { u.busy = false; throw e; }
    });
    const lat = { stock: [], mag: [] }; const errors = { stock: 0, mag: 0 };
    const parts = Object.fromEntries(keys.map((k) => [k, { page: [], otp: [], token: [] }]));
    const t0 = now();
    const pairs = Math.min(sessions.stock.length, sessions.mag.length);
    for (let i = 0; i < pairs; i++) {
      for (const k of (i + round) % 2 ? ['mag', 'stock'] : keys) {
        try { lat[k].push(await stepUpOnce(stepSides[k].realm, sessions[k][i], parts[k])); } catch (e) { errors[k]++; log('  step-up error:', e.message); }
      }
    }
    for (const k of keys) for (const s of sessions[k].slice(pairs)) s.u.busy = false;
    const wall = now() - t0;
    return Object.fromEntries(keys.map((k) => {
      const st = stats(lat[k], wall, errors[k]);
      st.parts = Object.fromEntries(Object.entries(parts[k]).map(([n, v]) => [n, median(v)]));
      return [k, st];
    }));
  };
  if (ONLY.includes('step-up')) {
    jfrStart('step-up');
    // warm-up: whole rounds until both sides' p50 agree with their previous round's (at least 3)
    const history = { stock: [], mag: [] }; const tw = now(); let round = 0;
    for (;;) {
      const r = await stepUpRound(round++);
      for (const k of ['stock', 'mag']) history[k].push(r[k].p50);
      const ok = ['stock', 'mag'].every((k) => steady(history[k], WARM_TOLERANCE));
      if ((ok && round >= 3) || (now() - tw) / 1000 >= CFG.stepWarmMaxS) break;
    }
    const seconds = (now() - tw) / 1000; const isSteady = ['stock', 'mag'].every((k) => steady(history[k], WARM_TOLERANCE));
    const stepWarm = { rounds: round, seconds, steady: isSteady, minS: 0, maxS: CFG.stepWarmMaxS,
      history: Object.fromEntries(Object.entries(history).map(([k, v]) => [k, v.map((x) => Math.round(x * 100) / 100)])) };
    log(`2. step-up warm-up: ${round} rounds, ${fmt(seconds)} s, ${isSteady ? 'steady' : 'NOT steady (cap reached)'}; ` +
      Object.entries(history).map(([k, v]) => `${k} ${v.map((x) => fmt(x)).join(' ')}`).join('; '));
    const stepRounds = { stock: [], mag: [] };
    for (let r = 0; r < CFG.stepRounds; r++) {
      const res = await stepUpRound(round + r);
      for (const k of ['stock', 'mag']) { stepRounds[k].push(res[k]); log(`2. step-up round ${r} ${k}: ${showLogin(res[k])}`); }
    }
    run.stepUp = { warm: stepWarm, rounds: stepRounds,
      pooled: { stock: pool(stepRounds.stock), mag: pool(stepRounds.mag) },
      p50: summarize(ratiosOf(stepRounds.mag, stepRounds.stock, (s) => s.p50), GOALS.stepUp, 'atMost'),
      p95: summarize(ratiosOf(stepRounds.mag, stepRounds.stock, (s) => s.p95)),
      parts: Object.fromEntries(['page', 'otp', 'token'].map((n) => [n, summarize(ratiosOf(stepRounds.mag, stepRounds.stock, (s) => s.parts[n]))])),
      partsMs: Object.fromEntries(['stock', 'mag'].map((k) => [k, Object.fromEntries(['page', 'otp', 'token'].map((n) => [n, median(stepRounds[k].map((s) => s.parts[n]))]))])) };
    log(`2. step-up p50 ratio ${JSON.stringify(run.stepUp.p50)}`);
    jfrStop('step-up');
  }

  // 3. Token issuance (SSO-cookie authorization code + exchange, no password hashing) and refresh,
  // client with the connected-accounts mapper vs without, parent with 0, 1, 10 children.
  if (ONLY.includes('tokens')) {
    jfrStart('tokens');
    for (const c of ['bench-app', 'bench-app-nomapper']) {
      await admin('POST', `/bench-mag/clients/${await clientUuid('bench-mag', c)}/roles`, { name: 'member' });
    }
    const roles = { clientRoles: { 'bench-app': ['member'], 'bench-app-nomapper': ['member'] } };
    const family = [];
    for (const n of [0, 1, 10]) {
      const parent = `parent-${n}`;
      family.push(person(parent, { credentials: [pwd], ...roles }));
      for (let j = 0; j < n; j++) family.push(person(`child-${n}-${pad(j, 2)}`, { ...roles, email: `${parent}@bench.localhost`, lastName: parent }));
    }
    await partialImport('bench-mag', family);
    for (const n of [1, 10]) {
      const parentId = await idOf('bench-mag', `parent-${n}`);
      for (let j = 0; j < n; j++) {
        await admin('POST', `/bench-mag/mag-account-connections/users/${parentId}/children`, { childId: await idOf('bench-mag', `child-${n}-${pad(j, 2)}`) });
      }
    }
    run.tokens = {};
    for (const n of [0, 1, 10]) {
      const pair = [];
      for (const c of ['bench-app-nomapper', 'bench-app']) {
        const b = new Browser();
        const first = await browserLogin(b, 'bench-mag', c, `parent-${n}`, true);
        pair.push({ c, b, rt: first.refresh_token, listed: (claims(first.access_token).connected_accounts || []).length });
      }
      run.tokens[n] = { children: n, listed: pair[1].listed,
        ...await tokenComparison('bench-mag', pair[0], pair[1], { ops: CFG.tokenOps, rounds: CFG.tokenRounds, warmMaxS: CFG.tokenWarmMaxS, goal: GOALS.refresh }) };
      log(`3. ${n} children (listed ${pair[1].listed}): issue ratio ${fmt(run.tokens[n].issue.median, 3)}, refresh ratio ${fmt(run.tokens[n].refresh.median, 3)} [${fmt(run.tokens[n].refresh.lo, 3)}, ${fmt(run.tokens[n].refresh.hi, 3)}]`);
    }
    jfrStop('tokens');
  }

  // 4. Application access: what the enforcement (required action mag-application-access-refusal
  // and client-policy executor mag-application-access) costs a user who has access. Two clients
  // alike but for mag.owning-partner: the partner application is checked, the control is not. The
  // same users sign in to both; the application's `users` group carries both clients' access role,
  // so both tokens are alike. Then more organizations subscribe, and the tokens are measured again.
  if (ONLY.includes('access')) {
    jfrStart('access');
    run.access = await accessComparison();
    jfrStop('access');
  }
  run.loadavgEnd = loadavg();
  run.rssMb = rssMb(Number(args.pid));
  update((R) => { R.runs = [...(R.runs || []).filter((x) => x.run !== run.run), run]; });
}
const idOf = async (realm, username) => (await admin('GET', `/${realm}/users?username=${username}&exact=true`))[0].id;

// 4. Eligible-account listing (the Connect Accounts page, kc_action) and connecting (admin
// REST), at growing realm sizes seeded by partial import (users without credentials).
async function phaseScale() {
  const pid = Number(args.pid);
  const lister = 'lister';
  await partialImport('bench-mag', [person(lister, { credentials: [pwd] }),
    ...[0, 1, 2].map((j) => person(`lister-cand-${j}`, { email: `${lister}@bench.localhost`, lastName: lister }))]);
  const lb = new Browser(); await browserLogin(lb, 'bench-mag', 'bench-app', lister, true);
  const scale = []; let seeded = 0; const seedT0 = now(); const skipped = [];
  for (const target of CFG.scales) {
    if ((now() - seedT0) / 1000 > CFG.seedBudgetS) { skipped.push(target); log(`4. skipping ${target}: seed budget spent`); continue; }
    const t0 = now(); const from = seeded;
    while (seeded < target) {
      const batch = [];
      for (let k = 0; k < CFG.batch && seeded < target; k++, seeded++) {
        batch.push({ username: `s${pad(seeded, 6)}`, enabled: true, email: `s${pad(seeded, 6)}@seed.localhost`,
          emailVerified: true, firstName: 'Seed', lastName: `S${seeded}` });
      }
      await partialImport('bench-mag', batch);
    }
    const seedS = (now() - t0) / 1000;
    const users = await admin('GET', '/bench-mag/users/count');
    const list = await load(CFG.listReps, 1, async () => {
      let r = await lb.req(authUrl('bench-mag', 'bench-app', { kc_action: 'mag-connect-accounts' }));
      for (let hop = 0; hop < 3 && r.status === 302 && r.location?.includes('/login-actions/'); hop++) r = await lb.req(r.location);
      expect(r.status === 200 && r.text.includes('lister-cand-2'), 'connect-accounts page', r);
    });
    const parent = `conn-${target}`;
    await partialImport('bench-mag', [person(parent, {}), ...Array.from({ length: CFG.connects },
      (_, j) => person(`conn-${target}-c${pad(j, 2)}`, { email: `${parent}@bench.localhost`, lastName: parent }))]);
    const parentId = await idOf('bench-mag', parent);
    const childIds = []; for (let j = 0; j < CFG.connects; j++) childIds.push(await idOf('bench-mag', `conn-${target}-c${pad(j, 2)}`));
    const connect = await load(CFG.connects, 1, async (j) => {
      await admin('POST', `/bench-mag/mag-account-connections/users/${parentId}/children`, { childId: childIds[j] }, { raw: true });
    });
    const adminList = await load(CFG.listReps, 1, async () => { await admin('GET', `/bench-mag/mag-account-connections/users/${parentId}`); });
    scale.push({ target, users, seeded: target - from, seedS, usersPerS: (target - from) / seedS, list, connect, adminList, rssMb: rssMb(pid) });
    log(`4. ${users} users (seeded ${target - from} in ${fmt(seedS)} s): list p50 ${fmt(list.p50)} ms, connect p50 ${fmt(connect.p50)} ms, admin GET p50 ${fmt(adminList.p50)} ms`);
  }
  update((R) => { R.scale = scale; R.seedSkipped = skipped; });
}

// ---------------------------------------------------------------------------- phase: report
const ci = (s, d = 3) => `${fmt(s.median, d)} | ${fmt(s.min, d)}–${fmt(s.max, d)} | [${fmt(s.lo, d)}, ${fmt(s.hi, d)}]`;
const goalText = (s) => (s.goal == null ? '' : `${s.direction === 'atLeast' ? '≥' : '≤'} ${s.goal}`);
const warmText = (w) => `${w.rounds} rounds, ${fmt(w.seconds, 0)} s, ${w.steady ? 'steady' : '**not steady** (cap of ' + w.maxS + ' s reached)'}`;
const DB_NAMES = { h2: 'H2 `dev-file`', postgres: 'PostgreSQL' };
const dbName = (R) => DB_NAMES[R.db || 'h2'] || R.db;

// How the application-access sizes were reached, for the report.
function accessSizesText(scales) {
  const sql = scales.filter((x) => x.reachedBy === 'sql');
  const rest = 'filler organizations created and subscribed one by one through the admin REST (`POST .../organizations`, `POST .../mag-subscriptions`), on the running server';
  if (!sql.length) return `As organizations subscribe: ${rest}. Counts from the admin REST (users, realm groups) and from what the driver created (organizations, subscriptions); group memberships not counted.`;
  return `As organizations subscribe: the first size seeded with ${rest}; each larger size filled by SQL on PostgreSQL (\`benchmarks/access-fill.sql\`): our server stopped, copies of one REST-created filler organization ` +
    'with its groups, attributes, role mappings and active subscription inserted, filler users (no credentials, each a member of a filled organization and of its application\'s `users` group) added up to the target, ANALYZE, the server started again on the same database (caches empty), ' +
    'the comparison users signed in afresh (the access role checked in both tokens), the JVM warmed up by the same login rounds as at the first size (untimed), and the tokens warmed up and measured as at the first size. ' +
    'The realm is put through our role-model migration (admin REST) before any organization exists, as a realm is after its first start, so that no restart migrates it. ' +
    'Counts by SQL (`benchmarks/access-counts.sql`): users, organizations, every group row (realm groups and organizations\' internal groups), active subscriptions of the partner application, group memberships.';
}
const reachedText = (x) => (x.reachedBy === 'sql'
  ? `SQL fill ${fmt(x.fillS)} s + restart ${fmt(x.restartS)} s`
  : `admin REST, ${fmt(x.seedS)} s`);

// The report of one results file (one database) as lines of markdown.
function reportLines(R, resultsFile) {
  const m = R.machine || {}; const runs = R.runs;
  const lines = []; const P = (s = '') => lines.push(s);
  const many = runs.length > 1;
  P('# Benchmarks: keycloak-mag vs stock Keycloak');
  P();
  P(`Generated by \`${args.command}\` (mode **${R.mode}**, ${runs.length} run${many ? 's' : ''}, ${R.startedAt}), wall time ${R.elapsed ?? args.elapsed} s including the build and server starts${R.db === 'postgres' ? ' and PostgreSQL' : ''}.`);
  P('Raw data: `benchmarks/target/' + resultsFile + '` (not committed). Method, limits and notes at the end.');
  P();
  P(`**Machine**: ${m.cores} cores (${m.cpu}), ${m.ramGiB} GiB RAM, ${m.jdk}, Node ${m.node}, Linux ${m.kernel}. ` +
    `**Server**: Keycloak ${m.keycloak} distribution, production mode (\`kc.sh start --optimized\`, HTTP on 127.0.0.1), ` +
    `${dbName(R)} database${R.db === 'postgres' ? ' (PostgreSQL ' + (m.postgres || '?') + ' from Debian, on the same machine, one fresh database per server and run)' : ''}, heap \`-Xms64m -Xmx1g\`, the load driver on the same 2 cores. ` +
    `Password hashing: Keycloak's default (Argon2) in every realm. Driver concurrency ${R.cfg.conc}.`);
  P();
  P(`**Load average** (1/5/15 min) at start ${R.loadavgStart.join('/')}, at end ${R.loadavgEnd.join('/')}` +
    (many ? `; per run: ${runs.map((r) => `run ${r.run} ${r.loadavgStart[0]} → ${r.loadavgEnd[0]}`).join(', ')}` : '') +
    '. Above ~1 other work shared the 2 cores: absolute figures then drop, and ratios, whose flows take turns within each round, widen their intervals.');
  P();
  P('**How to read**: every comparison is measured in rounds after a warm-up on the measured server (each flow until two consecutive warm-up rounds agree within 5%, ' +
    `the login warm-up at least ${R.cfg.warmMinS} s with the flows taking turns, capped at ${R.cfg.warmMaxS} s); within a round the flows run one after the other in an order that rotates from round to round. ` +
    'A figure is the **median of the per-round ratios**, with the **min–max** of those ratios and a **bootstrap 95% interval** of the median. ' +
    'A goal is **met** only when the whole interval is on its good side, **missed** only when the whole interval is on the other side, **undecided** otherwise.');
  P();
  const L = (r) => r.login; const S = (r) => r.stepUp;
  const r0 = runs[0];
  if (R.only) {
    P(`**Comparisons**: only ${R.only.join(', ')} (\`--only\`); no server-vs-server memory or scaling figures in this report.`);
    P();
  }
  if (L(r0)) {
    P('## 1. Browser logins (authorization code, full HTTP exchange incl. code-to-token)');
    P();
    P('Throughput ratio, flow / stock (higher is better):');
    P();
    P('| flow | run | median | min–max | 95% interval | goal | verdict |');
    P('|---|---|---|---|---|---|---|');
    for (const [k, name] of [['mag', 'gateway two pages: `mag browser`'], ['mag1p', 'gateway one page: `mag browser single page`']]) {
      for (const r of runs) P(`| ${name} | ${r.run} | ${ci(L(r)[k])} | ${goalText(L(r)[k])} | **${L(r)[k].verdict}** |`);
    }
    P();
    P(`Run ${r0.run} in detail (pooled over its ${R.cfg.rounds} rounds of ${R.cfg.logins} logins per flow):`);
    P();
    P('| realm / flow | logins | logins/s | p50 ms | p95 ms | errors | per-round logins/s |');
    P('|---|---|---|---|---|---|---|');
    const flowNames = { stock: 'stock: Keycloak `browser` flow, `keycloak.v2` theme, stock scopes',
      mag: 'gateway: `mag browser` (username-or-email page, password page, LoA conditions), `mag` theme, our mappers',
      mag1p: 'gateway one page: `mag browser single page` (one post), `mag` theme, our mappers' };
    for (const k of ['stock', 'mag', 'mag1p']) {
      const p = L(r0).pooled[k];
      P(`| ${flowNames[k]} | ${p.n} | ${fmt(p.perSec)} | ${fmt(p.p50)} | ${fmt(p.p95)} | ${p.errors} | ${L(r0).rounds[k].map((s) => fmt(s.perSec)).join(', ')} |`);
    }
    P();
    for (const r of runs) P(`Warm-up run ${r.run}: ${warmText(L(r).warm)}; logins/s per warm-up round: ${Object.entries(L(r).warm.history).map(([k, v]) => `${k} ${v.map((x) => fmt(x)).join(', ')}`).join('; ')}.`);
    P();
    if (L(r0).steps) {
      const st = L(r0).steps;
      P(`Where a login's time goes, request by request (run ${r0.run}; one login at a time, the flows taking turns in rotating order, ${st.logins} logins per flow in each of ${st.rounds} rounds; ms = median over rounds of each round's p50; ratio = flow / stock per round, median [95% interval]):`);
      P();
      P('| request | stock ms | two pages ms | ratio | one page ms | ratio |');
      P('|---|---|---|---|---|---|');
      const what = { page: 'sign-in page (GET, authorization request)', username: 'username post (two pages only: account lookup, password page)',
        password: 'password post (Argon2 check, flow end, required actions, redirect with code)', token: 'code exchange (token, the client\'s mappers)', total: 'whole login' };
      const cell = (k, n) => (st.ratios[k]?.[n] ? `${fmt(st.ratios[k][n].median, 3)} [${fmt(st.ratios[k][n].lo, 3)}, ${fmt(st.ratios[k][n].hi, 3)}]` : '');
      for (const n of ['page', 'username', 'password', 'token', 'total']) {
        P(`| ${what[n]} | ${fmt(st.ms.stock[n], 1)} | ${fmt(st.ms.mag[n], 1)} | ${cell('mag', n)} | ${fmt(st.ms.mag1p[n], 1)} | ${cell('mag1p', n)} |`);
      }
      P();
    }
  }
  if (S(r0)) {
    P('## 2. OTP step-up (password session → OTP page → code → token with `acr` 2)');
    P();
    P('p50 ratio gateway / stock (lower is better); stock = *Condition - Level of Authentication* + *OTP Form*, gateway = `mag otp level` with `mag-otp-step-up-form`:');
    P();
    P('| figure | run | median | min–max | 95% interval | goal | verdict |');
    P('|---|---|---|---|---|---|---|');
    for (const r of runs) P(`| step-up p50 | ${r.run} | ${ci(S(r).p50)} | ${goalText(S(r).p50)} | **${S(r).p50.verdict}** |`);
    for (const r of runs) P(`| step-up p95 | ${r.run} | ${ci(S(r).p95)} | | |`);
    P();
    if (S(r0).parts) {
      P('Where the time goes (median over rounds of each round\'s p50, ms, stock / gateway, and the ratio median [95% interval]): ' +
        [['page', 'OTP page (authorization request from the session, flow up to the OTP form, template)'], ['otp', 'code post (OTP check, flow end, redirect with code)'], ['token', 'code exchange (token with the client\'s mappers)']]
          .map(([n, what]) => `${what} ${fmt(S(r0).partsMs.stock[n])} / ${fmt(S(r0).partsMs.mag[n])}, ratio ${fmt(S(r0).parts[n].median, 3)} [${fmt(S(r0).parts[n].lo, 3)}, ${fmt(S(r0).parts[n].hi, 3)}]`).join('; ') + '.');
      P();
    }
    P(`Run ${r0.run}: stock p50 ${fmt(S(r0).pooled.stock.p50)} ms / p95 ${fmt(S(r0).pooled.stock.p95)} ms, gateway p50 ${fmt(S(r0).pooled.mag.p50)} ms / p95 ${fmt(S(r0).pooled.mag.p95)} ms ` +
      `(${S(r0).pooled.stock.n} + ${S(r0).pooled.mag.n} step-ups, sequential pairs, in ${R.cfg.stepRounds} rounds, errors ${S(r0).pooled.stock.errors} + ${S(r0).pooled.mag.errors}); warm-up ${warmText(S(r0).warm)}.`);
    P();
  }
  if (r0.tokens) {
    P('## 3. Token issuance and refresh: connected-accounts mapper vs without');
    P();
    P('Issuance = authorization request answered from the SSO cookie + code exchange (no password hashing); refresh = `refresh_token` grant. ' +
      `Sequential requests, in pairs (without / with the mapper, back to back, order alternating), ${R.cfg.tokenOps} pairs a round, ${R.cfg.tokenRounds} rounds; ratio = p50 with / p50 without per round (lower is better).`);
    P();
    P('| children (listed) | run | p50 ms without / with (refresh) | refresh ratio: median | min–max | 95% interval | goal | verdict | issue ratio: median [95%] |');
    P('|---|---|---|---|---|---|---|---|---|');
    for (const n of [0, 1, 10]) {
      for (const r of runs) {
        const t = r.tokens[n];
        P(`| ${n} (${t.listed}) | ${r.run} | ${fmt(t.pooled.without.refresh.p50, 2)} / ${fmt(t.pooled.with.refresh.p50, 2)} | ${ci(t.refresh)} | ${goalText(t.refresh)} | **${t.refresh.verdict}** | ${fmt(t.issue.median, 3)} [${fmt(t.issue.lo, 3)}, ${fmt(t.issue.hi, 3)}] |`);
      }
    }
    P();
  }
  if (r0.access) {
    const A = (r) => r.access;
    P('## 4. Application access: the enforcement\'s cost for a user who has access');
    P();
    P('Two clients alike but for `mag.owning-partner`: `bench-partner-app` (a partner application: the required action `mag-application-access-refusal` and the client-policy executor `mag-application-access` check it) and `bench-control-app` (not checked). ' +
      `The same ${A(r0).users} users, members of an organization subscribed to the partner application and in its \`users\` group, which carries both clients\' access role (both tokens name it, checked). ` +
      `Goal: within ${Math.round(GOALS.access * 100 - 100)}% of the control.`);
    P();
    P('| figure | run | median | min–max | 95% interval | goal | verdict |');
    P('|---|---|---|---|---|---|---|');
    for (const r of runs) P(`| login throughput, partner / control | ${r.run} | ${ci(A(r).login.ratio)} | ${goalText(A(r).login.ratio)} | **${A(r).login.ratio.verdict}** |`);
    for (const r of runs) {
      const t = A(r).login.steps?.ratios.partner.total;
      if (t) P(`| one login at a time, p50 ms, partner / control | ${r.run} | ${ci(t)} | ${goalText(t)} | **${t.verdict}** |`);
    }
    for (const r of runs) {
      for (const x of A(r).scales) {
        P(`| token issue p50, partner / control, ${x.subscriptions} subscriptions | ${r.run} | ${ci(x.issue)} | ${goalText(x.issue)} | **${x.issue.verdict}** |`);
        P(`| token refresh p50, partner / control, ${x.subscriptions} subscriptions | ${r.run} | ${ci(x.refresh)} | ${goalText(x.refresh)} | **${x.refresh.verdict}** |`);
      }
    }
    P();
    const l = A(r0).login.pooled;
    const st = A(r0).login.steps;
    if (st) {
      P(`One login at a time (the two clients taking turns, ${st.logins} logins each in each of ${st.rounds} rounds), p50 ms control / partner: ` +
        [['page', 'sign-in page'], ['username', 'username post'], ['password', 'password post (the required action\'s check runs here)'], ['token', 'code exchange (the executor\'s check runs here)'], ['total', 'whole login']]
          .map(([n, what]) => `${what} ${fmt(st.ms.control[n], 1)} / ${fmt(st.ms.partner[n], 1)}`).join('; ') + '.');
      P();
    }
    P(`Run ${r0.run}: logins/s control ${fmt(l.control.perSec)} / partner ${fmt(l.partner.perSec)} (p50 ${fmt(l.control.p50)} / ${fmt(l.partner.p50)} ms, errors ${l.control.errors} + ${l.partner.errors}); warm-up ${warmText(A(r0).login.warm)}.`);
    P();
    P(accessSizesText(A(r0).scales));
    P();
    P('| subscriptions | reached by | users / organizations / groups / group memberships in the realm | issue p50 ms control / partner | refresh p50 ms control / partner |');
    P('|---|---|---|---|---|');
    for (const x of A(r0).scales) {
      const c = x.counts || { users: '?', organizations: '?', groups: x.groups, memberships: undefined };
      P(`| ${x.subscriptions} | ${reachedText(x)} | ${c.users} / ${c.organizations} / ${c.groups} / ${c.memberships ?? '—'} | ${fmt(x.pooled.without.issue.p50, 2)} / ${fmt(x.pooled.with.issue.p50, 2)} | ${fmt(x.pooled.without.refresh.p50, 2)} / ${fmt(x.pooled.with.refresh.p50, 2)} |`);
    }
    if (A(r0).skipped.length) { P(); P(`Not reached (seeding budget of ${R.cfg.accessSeedBudgetS} s spent; a size the budget cut short is measured at the count reached): ${A(r0).skipped.join(", ")} subscriptions.`); }
    P();
  }
  if (many) {
    P('## Spread across runs');
    P();
    P(`The same comparison run ${runs.length} times in one command (\`--repeat ${runs.length}\`), each on a freshly started server with a fresh database and its own warm-up. ` +
      '± = half the range of the run medians relative to its midpoint: every run lies within that of the middle.');
    P();
    P('| figure | run medians | ± across runs |');
    P('|---|---|---|');
    const rows = [
      ...(L(r0) ? [['login ratio, two pages', (r) => L(r).mag.median, 3], ['login ratio, one page', (r) => L(r).mag1p.median, 3],
        ['stock logins/s (absolute)', (r) => L(r).pooled.stock.perSec, 1]] : []),
      ...(S(r0) ? [['step-up p50 ratio', (r) => S(r).p50.median, 3]] : []),
      ...(r0.tokens ? [0, 1, 10].map((n) => [`refresh ratio, ${n} children`, (r) => r.tokens[n].refresh.median, 3]) : []),
      ...(r0.access ? [['application access, login ratio', (r) => r.access.login.ratio.median, 3]] : [])];
    for (const [name, f, d] of rows) {
      const s = spread(runs.map(f));
      P(`| ${name} | ${runs.map((r) => fmt(f(r), d)).join(', ')} | ±${fmt(100 * s.halfRange, 1)}% |`);
    }
    P();
  }
  if (R.scale) {
    P('## 5. Listing eligible accounts and connecting, as the realm grows');
    P();
    P('Users seeded by `POST /admin/realms/{realm}/partialImport` in batches (no credentials), after the first run\'s comparisons, on the same server. Listing = the Connect Accounts page (`kc_action=mag-connect-accounts`, SSO session, 3 candidates); connecting = admin REST `POST .../children` (all eligibility rules + insert + child session revocation); admin GET = `GET .../users/{parentId}`.');
    P();
    P('| users in realm | seeded (s, users/s) | list p50 / p95 ms | connect p50 / p95 ms | admin GET p50 ms | RSS MB |');
    P('|---|---|---|---|---|---|');
    for (const s of R.scale || []) {
      P(`| ${s.users} | ${s.seeded} (${fmt(s.seedS)} s, ${fmt(s.usersPerS, 0)}/s) | ${fmt(s.list.p50)} / ${fmt(s.list.p95)} | ${fmt(s.connect.p50)} / ${fmt(s.connect.p95)} | ${fmt(s.adminList.p50)} | ${s.rssMb} |`);
    }
    if ((R.scale || []).length > 1) {
      const f = R.scale[0]; const l = R.scale[R.scale.length - 1];
      P();
      P(`Curve: ${l.users} vs ${f.users} users (×${fmt(l.users / f.users, 0)}): listing ×${fmt(l.list.p50 / f.list.p50, 2)}, connecting ×${fmt(l.connect.p50 / f.connect.p50, 2)}, admin GET ×${fmt(l.adminList.p50 / f.adminList.p50, 2)}.`);
    }
    if (R.seedSkipped?.length) { P(); P(`Not measured (seeding budget of ${R.cfg.seedBudgetS} s spent): ${R.seedSkipped.join(', ')} users.`); }
    P();
  }
  if (R.memory || R.servers) {
    P('## 6. Our server vs a stock server: memory and throughput on equal content');
    P();
    P('Both servers up at once (ours on 8580 with our JARs, stock on 8581 without), the same realms (`bench-stock`, `bench-stock-loa`, nothing of ours in them) and the same users imported into each; ' +
      'each sampled after a forced full GC (`jcmd GC.run`): heap and metaspace in use, and RSS.');
    P();
    if (R.memory) {
      P('| point | heap used MB ours / stock | metaspace MB ours / stock | RSS MB ours / stock | heap ratio | RSS ratio |');
      P('|---|---|---|---|---|---|');
      for (const [label, v] of Object.entries(R.memory)) {
        P(`| ${label} | ${v.ours.heapUsedMb} / ${v.stock.heapUsedMb} | ${v.ours.metaspaceUsedMb} / ${v.stock.metaspaceUsedMb} | ${v.ours.rssMb} / ${v.stock.rssMb} | ${fmt(v.ours.heapUsedMb / v.stock.heapUsedMb, 3)} | ${fmt(v.ours.rssMb / v.stock.rssMb, 3)} |`);
      }
      P();
    }
    if (R.servers) {
      const s = R.servers;
      P(`Logins to the same \`bench-stock\` realm on both servers, interleaved rounds (order rotating) after a warm-up of ${warmText(s.warm)}: ` +
        `throughput ratio ours / stock server, median ${fmt(s.ratio.median, 3)}, min–max ${fmt(s.ratio.min, 3)}–${fmt(s.ratio.max, 3)}, 95% interval [${fmt(s.ratio.lo, 3)}, ${fmt(s.ratio.hi, 3)}] ` +
        `(${s.rounds.ours.length} rounds of ${R.cfg.serverLogins} logins; logins/s ours ${s.rounds.ours.map((x) => fmt(x.perSec)).join(', ')}; stock ${s.rounds.stock.map((x) => fmt(x.perSec)).join(', ')}).`);
      P();
    }
  }
  P('## Method and limits');
  P();
  P('- One command: `benchmarks/run` (full), `benchmarks/run --quick` (smoke), `--repeat N` (the comparisons N times, each on a fresh server), `--rounds N` (measured rounds per comparison). It builds the bundle (`mvn -q -DskipTests package` under `flock /tmp/mag-build.lock`), unpacks the distribution from `~/.m2` into `benchmarks/target/`, copies our provider JARs into `providers/` of one copy, runs `kc.sh build --db=dev-file` on both copies, and starts them with `kc.sh start --optimized` with fresh H2 file databases. The driver is `benchmarks/driver.mjs` (Node, no dependencies); its statistics are in `benchmarks/stats.mjs`, unit-tested by `benchmarks/stats.test.mjs` at the start of every run.');
  P('- Realms, all created in the run from `realm-config/src/main/resources/realm/mag-realm.json` (so brute-force detection, events, OTP policy, duplicate emails and password hashing are identical): `bench-mag` = the file with `mag browser` (two pages) bound (`mag` theme, our default client scopes); `bench-mag-1p` = the same with `mag browser single page`; `bench-stock` = the file with Keycloak\'s own flows bound (`browser`, `direct grant`, `reset credentials`), no `mag` flows, required actions, client scopes or themes; `bench-stock-loa` = `bench-stock` with a browser flow built from Keycloak\'s *Condition - Level of Authentication* (levels 1 and 2) over *Username Password Form* and *OTP Form*. The same users (created by partial import, passwords hashed by the realm) in each.');
  P('- Logins: each login is a new cookie jar: GET the authorization endpoint, parse the form action, POST username (and on the two-page flow a second page for the password), take the code from the 302, exchange it at the token endpoint. Throughput = logins / wall time of a round at fixed concurrency.');
  P('- Step-up: per round, untimed password logins at a client without minimum ACR first, then timed, one request at a time in pairs (a stock and a gateway step-up back to back, order alternating): authorization request at a client with *Minimum ACR value* 2, OTP page, TOTP code computed by the driver (RFC 6238 from the secret set by the import), code exchange, `acr` = 2 checked. A user steps up at most once per 30 s TOTP step (the realm refuses a reused code).');
  P('- Bootstrap: 4000 resamples of the per-round ratios (seeded, reproducible from the raw data), percentile interval of the median. With few rounds the interval is wide and verdicts are often undecided; that is what the rounds support.');
  P(R.db === 'postgres'
    ? '- Application access: the first size is seeded through the admin REST; the larger ones are filled by SQL with the server stopped and measured after a restart (section 4 gives the realm\'s counts at each size). The fill runs after the scaling curve (section 5, when it runs), so users that the curve seeded count towards the target and get no organization; the fill adds users only up to the target.'
    : '- Application access: filler subscriptions are created through the admin REST in the measured realm (an organization and its subscription each, about 3 per second), within a seeding budget; the realm keeps the comparison users\' size (no filler users). `--db postgres` reaches 10,000 subscriptions and 100,000 users by SQL.');
  P('- Not measured: the connected-child guard on a refused child sign-in, the OTP subscription reminder task, several Keycloak nodes.' +
    (R.db === 'postgres' ? '' : ' On H2 the scaling curve shows the query plans of H2, not of a production database (`--db postgres` or `--db both` for PostgreSQL).'));
  P();
  return lines;
}

// The headline figures of two runs (H2, PostgreSQL) side by side.
function sideBySide(all) {
  const lines = []; const P = (s = '') => lines.push(s);
  const r0 = (R) => R.runs[0];
  const iv = (x, d = 3) => `${fmt(x.median, d)} [${fmt(x.lo, d)}, ${fmt(x.hi, d)}]`;
  const rows = [
    ['load average (1 min) at start → end of the half', (R) => `${R.loadavgStart[0]} → ${R.loadavgEnd?.[0] ?? '?'}`],
    ['wall time of the half (s)', (R) => String(R.elapsed ?? '?')],
    ['stock logins/s (absolute, `browser` flow)', (R) => fmt(r0(R).login.pooled.stock.perSec)],
    ['login ratio, two pages / stock (goal ≥ 0.95)', (R) => `${iv(r0(R).login.mag)} ${r0(R).login.mag.verdict}`],
    ['login ratio, one page / stock (goal ≥ 0.95)', (R) => `${iv(r0(R).login.mag1p)} ${r0(R).login.mag1p.verdict}`],
    ['step-up p50 ms, stock / gateway', (R) => `${fmt(r0(R).stepUp.pooled.stock.p50)} / ${fmt(r0(R).stepUp.pooled.mag.p50)}`],
    ['step-up p50 ratio (goal ≤ 1.05)', (R) => `${iv(r0(R).stepUp.p50)} ${r0(R).stepUp.p50.verdict}`],
    ...[0, 1, 10].map((n) => [`refresh p50 ms without / with mapper, ${n} children`,
      (R) => `${fmt(r0(R).tokens[n].pooled.without.refresh.p50, 2)} / ${fmt(r0(R).tokens[n].pooled.with.refresh.p50, 2)}`]),
    ...[0, 1, 10].map((n) => [`refresh ratio, ${n} children (goal ≤ 1.05)`, (R) => `${iv(r0(R).tokens[n].refresh)} ${r0(R).tokens[n].refresh.verdict}`]),
  ];
  rows.push(['application access: login ratio partner / control (goal ≥ 0.98)', (R) => `${iv(r0(R).access.login.ratio)} ${r0(R).access.login.ratio.verdict}`]);
  const subs = [...new Set(all.flatMap((R) => (r0(R).access?.scales || []).map((x) => x.subscriptions)))];
  for (const n of subs) {
    const at = (R) => r0(R).access.scales.find((x) => x.subscriptions === n);
    rows.push([`application access, ${n} subscriptions: refresh ratio partner / control (goal ≤ 1.02)`, (R) => `${iv(at(R).refresh)} ${at(R).refresh.verdict}`]);
  }
  const sizes = [...new Set(all.flatMap((R) => (R.scale || []).map((x) => x.users)))];
  for (const users of sizes) {
    const at = (R) => (R.scale || []).find((x) => x.users === users);
    rows.push([`${users} users: list / connect / admin GET p50 ms`, (R) => at(R) ? `${fmt(at(R).list.p50)} / ${fmt(at(R).connect.p50)} / ${fmt(at(R).adminList.p50)}` : 'not measured']);
  }
  for (const label of Object.keys(all[0].memory || {})) {
    rows.push([`RSS MB ours / stock, ${label}`, (R) => R.memory?.[label] ? `${R.memory[label].ours.rssMb} / ${R.memory[label].stock.rssMb}` : '—']);
    rows.push([`heap used MB ours / stock, ${label}`, (R) => R.memory?.[label] ? `${R.memory[label].ours.heapUsedMb} / ${R.memory[label].stock.heapUsedMb}` : '—']);
  }
  rows.push(['same stock realm, ours / stock server throughput', (R) => R.servers ? iv(R.servers.ratio) : '—']);
  P(`| figure | ${all.map(dbName).join(' | ')} |`);
  P(`|---|${all.map(() => '---').join('|')}|`);
  for (const [name, f] of rows) {
    P(`| ${name} | ${all.map((R) => { try { return f(R); } catch { return '—'; } }).join(' | ')} |`);
  }
  return lines;
}

function report() {
  const files = [args.out, ...(args.out2 ? [args.out2] : [])];
  const all = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const name = (f) => f.split('/').pop();
  let lines;
  if (all.length === 1) {
    lines = reportLines(all[0], name(files[0]));
  } else {
    lines = ['# Benchmarks: keycloak-mag vs stock Keycloak, on H2 and on PostgreSQL', '',
      `Generated by \`${args.command}\`: the same figures measured twice in one command, first on ${dbName(all[0])}, then on ${dbName(all[1])} (each with its own server starts, warm-ups and rounds; the two halves ran one after the other, so machine load may differ between them: see each part's load average). ` +
      'Ratios compare flows within one database; absolute figures compare the databases. Details of each half below.', '',
      '## H2 and PostgreSQL side by side (run 1 of each)', '', ...sideBySide(all), ''];
    all.forEach((R, i) => {
      const part = reportLines(R, name(files[i]));
      part[0] = `# Part ${i + 1}: ${dbName(R)}`;
      lines.push(...part);
    });
  }
  writeFileSync(args.report, lines.join('\n'));
  log(`report written: ${args.report}`);
}

// The end of one database's half of a run: its load average and wall time.
function phaseFinish() { update((R) => { R.loadavgEnd = loadavg(); R.elapsed = Number(args.elapsed); }); }

const phases = { init: phaseInit, finish: phaseFinish, 'seed-stock': phaseSeedStock, memory: phaseMemory, servers: phaseServers,
  compare: phaseCompare, 'access-scale': phaseAccessScale, scale: phaseScale, report };
if (!phases[args.phase]) throw new Error(`unknown phase ${args.phase}`);
if (args.phase === 'report') update((R) => { R.loadavgEnd ??= loadavg(); });
await phases[args.phase]();
