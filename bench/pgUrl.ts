/**
 * How a bench reaches its throw-away local cluster: BENCH_PG_SOCKET=tcp (loopback TCP, the
 * default) or unix (the cluster's Unix socket in its folder). A remote database always pays TCP;
 * on one machine the socket decides how much kernel work each round trip costs both sides.
 */
export type ClusterTransport = 'tcp' | 'unix';

export function clusterTransport(): ClusterTransport {
  const given = process.env.BENCH_PG_SOCKET ?? 'tcp';
  if (given !== 'tcp' && given !== 'unix')
    throw new Error(`BENCH_PG_SOCKET must be tcp or unix, not ${given}`);
  return given;
}

/** The transport as the benches print it beside their figures. */
export function transportLabel(transport: ClusterTransport = clusterTransport()): string {
  return transport === 'unix' ? 'Unix socket' : 'loopback TCP';
}

/** The throw-away cluster's URL over `transport`: its TCP URL, or the same with `host=` its socket folder. */
export function clusterUrl(
  cluster: { adminUrl: string; dataDir: string },
  transport: ClusterTransport = clusterTransport(),
): string {
  if (transport === 'tcp') return cluster.adminUrl;
  const url = new URL(cluster.adminUrl);
  url.hostname = 'localhost';
  url.searchParams.set('host', cluster.dataDir);
  return url.toString();
}
