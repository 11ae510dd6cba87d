/**
 * The throw-away cluster's URL for a bench: loopback TCP by default, its Unix socket with
 * BENCH_PG_SOCKET=unix (shared by bench/pgStatements.ts and bench/backendProfile.ts).
 */
export function clusterUrl(cluster: { adminUrl: string; dataDir: string }): string {
  if (process.env.BENCH_PG_SOCKET !== 'unix') return cluster.adminUrl;
  const url = new URL(cluster.adminUrl);
  url.hostname = 'localhost';
  url.searchParams.set('host', cluster.dataDir);
  return url.toString();
}
