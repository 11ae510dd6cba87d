/**
 * Preloaded (`--import`) into every service the tests spawn: the test process holds the write end
 * of the service's stdin, so when the test process is gone — finished, timed out and terminated by
 * vitest, or killed — stdin reaches its end and the service exits at once. Without it, a test that
 * timed out before it could stop its service left the supervisor orphaned, serving (and restarting
 * workers) beside the rest of the suite. Cluster workers share the primary's stdin and exit too.
 * Never loaded by `npm start`.
 */
const stdin = process.stdin;
const leave = (): void => process.exit(70);
stdin.on('end', leave);
stdin.on('close', leave);
stdin.on('error', leave);
stdin.on('data', () => undefined);
stdin.resume();
// The watch must not keep a service alive that is shutting down on its own.
(stdin as unknown as { unref?: () => void }).unref?.();
