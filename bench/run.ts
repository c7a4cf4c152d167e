// `npm run bench`: builds, then prints every benchmark as ratios against a peer measured in the same run.
//
// The full run takes eight to eleven minutes on two cores (more when other work shares them): a
// few for the fast sections, about four for the cluster load (two runs of 60 s and two peer runs
// of 20 s, each after a 5 s warm-up) and two to four for the 300-municipality model (mostly
// building 300 knowledge indexes one after the other). Knobs, all optional:
//
//   LOKET_BENCH_QUICK=1                  only the fast sections (assistant, http, import, start,
//                                        widget): no PostgreSQL server needed, a few minutes
//   LOKET_BENCH_ONLY=cluster,scale       only the named sections (assistant, http, import, start,
//                                        widget, cluster, scale); overrides LOKET_BENCH_QUICK
//   LOKET_BENCH_POSTGRES_URL=postgres://…  a server whose role may create databases (default
//                                        postgres://loket:loket@127.0.0.1:5432/loket_test); the
//                                        cluster and scale sections create loket_bench,
//                                        loket_bench_scale and loket_bench_demo beside it, empty for
//                                        each run, and drop them afterwards. Unreachable: they are skipped
//   LOKET_BENCH_CLUSTER_SECONDS=60       load per Loket run (one node, two nodes)
//   LOKET_BENCH_CLUSTER_CONNECTIONS=1000 concurrent conversations
//   LOKET_BENCH_CLUSTER_PEER_SECONDS=20  load per bare Hono run (default: the smaller of 20 and the above)
//   LOKET_BENCH_SCALE_TENANTS=300        municipalities in the synthetic deployment
//   LOKET_BENCH_SCALE_SECONDS=20         load of the across-tenants throughput run (each side)
//   LOKET_BENCH_SCALE_CONNECTIONS=100    its concurrent conversations
//
// Loket's own variables in the environment reach the benchmarked nodes unless the bench sets them
// (it sets the database, clock, log level, trusted proxy and lifted rate limits): for example
// LOKET_RATE_LIMIT_STORE=memory or LOKET_DATABASE_POOL_SIZE=20 to compare deployments.
import { execSync } from 'node:child_process';
import { measureAssistantVsMiniSearch } from './assistant-vs-minisearch.js';
import { measureClusterLoad } from './cluster-load.js';
import { measureColdStart } from './cold-start.js';
import { measureHttpChat } from './http-chat.js';
import { measureImportSpeed } from './import-speed.js';
import { readKnobs } from './knobs.js';
import { printFigures, printNotes } from './measure.js';
import { measureScale } from './scale-300.js';
import { measureWidgetSize } from './widget-size.js';

const knobs = readKnobs();
const runs = (section: string, slow = false) => (knobs.only ? knobs.only.has(section) : !(slow && knobs.quick));

execSync('npm run build --silent', { stdio: 'inherit' });
const commit = (() => {
  try {
    return execSync('git describe --always --dirty', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
})();
console.log(`Loket benchmarks on Node ${process.version}, ${new Date().toISOString()}, commit ${commit}`);
if (runs('assistant')) printFigures('Assistant in process (dev questions, demo municipalities)', measureAssistantVsMiniSearch());
if (runs('http')) printFigures('Assistant over HTTP (loopback, autocannon)', await measureHttpChat());
if (runs('import')) printFigures('Import (demo pack: 51 concepts, 3 municipalities × 51 products, waste calendars)', await measureImportSpeed());
if (runs('start')) printFigures('Start', await measureColdStart());
if (runs('widget')) printFigures('Widget (budget: 30 KB gzipped)', await measureWidgetSize());
if (runs('cluster', true)) {
  const { figures, notes } = await measureClusterLoad(knobs);
  printFigures(`Cluster load (${knobs.clusterConnections} concurrent conversations, PostgreSQL, autocannon)`, figures);
  printNotes(notes);
}
if (runs('scale', true)) {
  const { figures, notes } = await measureScale(knobs);
  printFigures(`Scale model (${knobs.scaleTenants} synthetic municipalities against the 3 demo ones, PostgreSQL)`, figures);
  printNotes(notes);
}
