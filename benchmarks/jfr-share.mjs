// Attributes CPU samples of a JFR recording (benchmarks/run --jfr) to methods: of the execution
// samples whose stack passes through --within (e.g. the token endpoint), the share that also
// passes through each method of --focus (inclusive: the method and everything it calls), and for
// each --expand method the split of its samples over its direct callees. Reads the recording with
// the JDK's `jfr print` as a stream (a recording of a few minutes prints hundreds of MB).
//
//   node benchmarks/jfr-share.mjs FILE.jfr --within=org.keycloak.protocol.oidc.endpoints.TokenEndpoint.processGrantRequest
//        [--focus=io.mag.] [--expand=io.mag.keycloak.connection.mapper.ConnectedChildrenAccess.of] [--top=15]
//
// The H2 database of the benchmark server runs inside the JVM, so query time shows up as samples too.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const options = {};
for (const a of process.argv.slice(2).filter((x) => x.startsWith('--'))) {
  const m = a.match(/^--([^=]+)=(.*)$/s);
  if (m) (options[m[1]] ??= []).push(m[2]);
}
const file = positional[0];
if (!file || !options.within) {
  console.error('usage: node jfr-share.mjs FILE.jfr --within=METHOD [--focus=PREFIX]... [--expand=METHOD]... [--top=N]');
  process.exit(2);
}
const within = options.within;
const focus = options.focus ?? ['io.mag.'];
const expand = options.expand ?? [];
const top = Number(options.top?.[0] ?? 15);

// A frame line reads "      io.mag.X.method(Type, Type) line: 42"; keep "io.mag.X.method".
const methodOf = (line) => line.trim().replace(/\(.*$/, '');

let all = 0; let inside = 0; let truncated = 0;
const inclusive = new Map(); // method -> samples within `within` that have it on the stack
const callees = new Map(expand.map((m) => [m, new Map()]));
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

function sample(frames, cut) {
  all++;
  if (!frames.some((f) => within.some((w) => f.startsWith(w)))) return;
  inside++;
  if (cut) truncated++;
  for (const m of new Set(frames.filter((f) => focus.some((p) => f.startsWith(p))))) count(inclusive, m);
  for (const m of expand) {
    const i = frames.findIndex((f) => f === m); // leaf first: frames[i - 1] is what m called
    if (i >= 0) count(callees.get(m), i > 0 ? frames[i - 1] : '(self)');
  }
}

const jfr = spawn('jfr', ['print', '--events', 'jdk.ExecutionSample', '--stack-depth', '512', file], { stdio: ['ignore', 'pipe', 'inherit'] });
let frames = null; let cut = false;
for await (const line of createInterface({ input: jfr.stdout })) {
  const t = line.trim();
  if (t === 'stackTrace = [') { frames = []; cut = false; continue; }
  if (frames === null) continue;
  if (t === ']') { sample(frames, cut); frames = null; continue; }
  if (t === '...') { cut = true; continue; }
  frames.push(methodOf(t));
}
const code = await new Promise((resolve) => jfr.on('close', resolve));
if (code !== 0) { console.error(`jfr print exited with ${code}`); process.exit(1); }

const pct = (n, d) => `${(100 * n / d).toFixed(1)}%`;
console.log(`${file}: ${all} execution samples, ${inside} through ${within.join(' | ')}` +
  (truncated ? ` (${truncated} stacks cut at 512 frames)` : ''));
console.log(`\nInclusive share of those ${inside} samples, methods starting with ${focus.join(' | ')}:`);
for (const [m, n] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(n, inside).padStart(6)}  ${n}  ${m}`);
for (const [m, split] of callees) {
  const total = [...split.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${m}: ${total} samples (${pct(total, inside)} of the ${inside}), by direct callee:`);
  for (const [c, n] of [...split].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(n, total).padStart(6)}  ${n}  ${c}`);
}
