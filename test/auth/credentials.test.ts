import { describe, expect, it, vi } from 'vitest';
import { Credentials, parseBasic } from '../../src/auth/credentials.js';

const config = {
  REVIEWER_USERS: [
    { name: 'alice', password: 'rev-secret-1' },
    { name: 'dual', password: 'both-roles' },
  ],
  AGENT_USERS: [
    { name: 'bob', password: 'agent-secret-2' },
    { name: 'dual', password: 'both-roles' },
  ],
};

describe('Credentials', () => {
  const credentials = Credentials.fromConfig(config, { scryptCost: 1024 });

  it('knows reviewers and agents apart', async () => {
    expect(await credentials.verify('alice', 'rev-secret-1')).toEqual({ name: 'alice', roles: ['reviewer'] });
    expect(await credentials.verify('bob', 'agent-secret-2')).toEqual({ name: 'bob', roles: ['agent'] });
    expect(await credentials.verify('dual', 'both-roles')).toEqual({
      name: 'dual',
      roles: ['reviewer', 'agent'],
    });
    expect(credentials.count('reviewer')).toBe(2);
  });

  it("refuses a wrong password, an unknown name and another person's password", async () => {
    expect(await credentials.verify('alice', 'rev-secret-2')).toBeUndefined();
    expect(await credentials.verify('mallory', 'rev-secret-1')).toBeUndefined();
    expect(await credentials.verify('alice', 'agent-secret-2')).toBeUndefined();
    expect(await credentials.verify('alice', '')).toBeUndefined();
  });

  it('runs one scrypt derivation per check: unknown name, one role or both (timing tells no name)', async () => {
    const split = Credentials.fromConfig(
      {
        REVIEWER_USERS: [{ name: 'dual', password: 'rev-pass-1' }],
        AGENT_USERS: [{ name: 'dual', password: 'ag-pass-2' }],
      },
      { scryptCost: 1024 },
    );
    const cases: [Credentials, string, string, string[] | undefined][] = [
      [credentials, 'mallory', 'whatever', undefined],
      [credentials, 'alice', 'wrong', undefined],
      [credentials, 'dual', 'wrong', undefined],
      [credentials, 'dual', 'both-roles', ['reviewer', 'agent']],
      [split, 'dual', 'rev-pass-1', ['reviewer']],
      [split, 'dual', 'ag-pass-2', ['agent']],
    ];
    for (const [store, name, password, roles] of cases) {
      const derive = vi.spyOn(store as unknown as { deriveKey: () => Promise<Buffer> }, 'deriveKey');
      expect((await store.verify(name, password))?.roles).toEqual(roles);
      expect(derive).toHaveBeenCalledTimes(1);
      derive.mockRestore();
    }
  });

  it('keeps no password in memory once loaded, only salted hashes', () => {
    const dump = JSON.stringify(credentials);
    expect(dump).not.toContain('rev-secret-1');
    expect(dump).not.toContain(Buffer.from('rev-secret-1').toString('hex'));
    const again = Credentials.fromConfig(config, { scryptCost: 1024 });
    expect(JSON.stringify(again)).not.toBe(dump); // a fresh salt each time
  });

  it('reads HTTP Basic headers, passwords with colons and Chinese names included', () => {
    const header = `Basic ${Buffer.from('审核员:pa:ss').toString('base64')}`;
    expect(parseBasic(header)).toEqual({ name: '审核员', password: 'pa:ss' });
    expect(parseBasic('Bearer abc')).toBeUndefined();
    expect(parseBasic(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeUndefined();
    expect(parseBasic(undefined)).toBeUndefined();
  });
});
