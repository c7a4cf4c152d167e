// The environment variables that tune `npm run bench`, read once; the list is in bench/run.ts.

function numberFrom(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name}="${raw}" must be a number of at least ${min}`);
  return value;
}

/** The bench's settings, with the defaults of the full run. Throws when a variable is not a number. */
export interface BenchKnobs {
  /** LOKET_BENCH_QUICK=1: only the in-process, HTTP, import, start and widget figures. */
  quick: boolean;
  /** LOKET_BENCH_ONLY=a,b: run only these sections (assistant, http, import, start, widget, cluster, scale). */
  only: ReadonlySet<string> | undefined;
  /** A PostgreSQL server URL whose role may create databases; the bench databases live beside it. */
  postgresUrl: string;
  clusterSeconds: number;
  clusterConnections: number;
  /** How long each bare Hono peer is loaded in the cluster bench (a fixed reply settles in seconds). */
  clusterPeerSeconds: number;
  scaleTenants: number;
  scaleSeconds: number;
  scaleConnections: number;
}

/** Reads the LOKET_BENCH_* variables. */
export function readKnobs(): BenchKnobs {
  const only = process.env.LOKET_BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  const clusterSeconds = numberFrom('LOKET_BENCH_CLUSTER_SECONDS', 60, 1);
  return {
    quick: process.env.LOKET_BENCH_QUICK === '1',
    only: only && only.length > 0 ? new Set(only) : undefined,
    postgresUrl: process.env.LOKET_BENCH_POSTGRES_URL || 'postgres://loket:loket@127.0.0.1:5432/loket_test',
    clusterSeconds,
    clusterConnections: numberFrom('LOKET_BENCH_CLUSTER_CONNECTIONS', 1000, 1),
    clusterPeerSeconds: numberFrom('LOKET_BENCH_CLUSTER_PEER_SECONDS', Math.min(clusterSeconds, 20), 1),
    scaleTenants: numberFrom('LOKET_BENCH_SCALE_TENANTS', 300, 3),
    scaleSeconds: numberFrom('LOKET_BENCH_SCALE_SECONDS', 20, 1),
    scaleConnections: numberFrom('LOKET_BENCH_SCALE_CONNECTIONS', 100, 1),
  };
}
