import { chmodSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import { describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { maskTextFields, piiFingerprints } from '../../src/core/pii.js';
import { checkDataModes } from '../../src/store/fileModes.js';
import { serveDirectLine } from '../support/directLine.js';
import { postActivity } from '../support/http.js';
import { tempDir, type TestApp } from '../support/testApp.js';

const CARD = '6222020200112233445';
const ID = '11010519491231002X';
const PHONE = '13912345678';

// A data directory the service must create itself (not a test template), to check its modes.
const service = serveDirectLine({ DATA_DIR: path.join(tempDir(), 'data') });

const mode = (file: string): number => statSync(file).mode & 0o777;

describe('data at rest', () => {
  it('never stores a typed full card, ID or phone number in clear, on any channel', async () => {
    const { app, url } = service;
    await postActivity(url, 'pii-1', 'demo-zh', `我的卡号是${CARD}，身份证${ID}，电话${PHONE}`);
    // sec15: an ID in 4-digit groups kept six digits, a bare SSN stayed in clear
    await postActivity(url, 'pii-2', 'demo-zh', '身份证是 1101 0519 9001 0112 34');
    await postActivity(url, 'pii-3', 'demo-en', 'my ssn is 987654321 and I dispute this debt');
    const session = await service.open('demo-en');
    const said = await service.post(session, `card 6222 0202 0011 2233 445, phone ${PHONE}`, {
      id: 'x',
    });
    expect(said.status).toBe(200);
    const writer = app.transcript as { flush?: (ms: number) => Promise<unknown> };
    await writer.flush?.(5000);
    const bytes = ['collections.db', 'collections.db-wal']
      .map((f) => path.join(app.config.dataDir, f))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f).toString('latin1'))
      .join('');
    for (const secret of [CARD, ID, PHONE, '6222 0202 0011 2233 445', '0519 9001', '987654321'])
      expect(bytes).not.toContain(secret);
    expect(bytes).toContain('3445'); // the masked form keeps the last four
  });

  it('creates the data directory 0700 and the database files 0600, and warns when they are looser', () => {
    const dir = service.app.config.dataDir;
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, 'collections.db'))).toBe(0o600);
    if (existsSync(path.join(dir, 'collections.db-wal')))
      expect(mode(path.join(dir, 'collections.db-wal'))).toBe(0o600);
    expect(checkDataModes(dir)).toEqual([]);
    chmodSync(path.join(dir, 'collections.db'), 0o644);
    expect(checkDataModes(dir).join('\n')).toMatch(/collections\.db is readable by others \(mode 0644\)/);
    chmodSync(path.join(dir, 'collections.db'), 0o600);
  });

  it('masks text at any depth and keeps a keyed fingerprint that matches only with the same key', () => {
    const masked = maskTextFields({
      text: CARD,
      value: { drafts: [{ text: `ID ${ID}` }] },
      id: '1234567890123',
    });
    expect(JSON.stringify(masked)).not.toContain(CARD);
    expect(JSON.stringify(masked)).not.toContain(ID);
    expect(masked.id).toBe('1234567890123');
    const when = new Date('2026-12-01T00:00:00Z');
    expect(maskTextFields({ text: CARD, timestamp: when }).timestamp).toBe(when);
    expect(piiFingerprints(`卡号${CARD}`, 'k1')).toEqual(piiFingerprints(`card ${CARD}.`, 'k1'));
    expect(piiFingerprints(`卡号${CARD}`, 'k1')).not.toEqual(piiFingerprints(`卡号${CARD}`, 'k2'));
  });

  it('prints chat links only for the demo accounts, and none without the demo seed', async () => {
    const { app } = service;
    await app.stores.accounts.upsertMany(
      [{ ...(await app.stores.accounts.list())[0]!, accountId: 'A-9', channelUserId: 'real-person-1' }],
      app.clock.now(),
    );
    const before = app.notes.length;
    mounts[0]!(restify.createServer(), app);
    await new Promise((resolve) => setImmediate(resolve)); // the links are listed from the store
    const printed = app.notes.slice(before).join('\n');
    expect(printed).toContain('demo-zh');
    expect(printed).not.toContain('real-person-1');
    const quiet = Object.assign(Object.create(app) as TestApp, {
      config: { ...app.config, SEED_DEMO: false },
      notes: [] as string[],
      onClose: () => undefined,
    });
    mounts[0]!(restify.createServer(), quiet);
    await new Promise((resolve) => setImmediate(resolve));
    expect(quiet.notes).toEqual([]);
  });
});
