import { describe, expect, it } from 'vitest';
import { SERVICE_START_MS, spawnService, waitForHealth } from '../support/service.js';
import { tempDir } from '../support/testApp.js';

describe('the supervisor behind npm start', () => {
  it(
    'restarts a worker killed with SIGKILL, reports the restart in /healthz, and stops cleanly on SIGTERM',
    async () => {
      const service = await spawnService({ DATA_DIR: tempDir() });
      try {
        const first = await waitForHealth(
          service.url,
          5000,
          service.output,
          (h) => h.process.supervisor !== 'none',
        );
        expect(first.process.supervisor).toMatchObject({ restarts: 0 });
        process.kill(first.process.pid, 'SIGKILL');
        // The restarted worker loads the whole service again: as long as a first start may take.
        const second = await waitForHealth(
          service.url,
          SERVICE_START_MS,
          service.output,
          (h) => h.process.pid !== first.process.pid && h.process.supervisor !== 'none',
        );
        expect(second.status).not.toBe('unavailable');
        expect(second.process.supervisor).toMatchObject({ restarts: 1, lastExit: { signal: 'SIGKILL' } });
        service.child.kill('SIGTERM');
        expect(await service.exited).toBe(0);
      } finally {
        service.child.kill('SIGKILL');
      }
    },
    3 * SERVICE_START_MS,
  );
});
