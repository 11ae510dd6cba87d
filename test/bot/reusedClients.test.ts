import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { reusedClients } from '../../src/bot/reusedClients.js';

const activity = (serviceUrl: string) => ({
  type: 'message',
  channelId: 'test',
  serviceUrl,
  conversation: { id: 'c1', isGroup: false, name: '', conversationType: '' },
  from: { id: 'u1', name: '' },
  recipient: { id: 'bot', name: '' },
});

describe('reused outbound clients', () => {
  it('hands every turn of the same bot and service URL the same connector and token clients', async () => {
    const reused = reusedClients(new ConfigurationBotFrameworkAuthentication({}));
    const first = await reused.auth.authenticateRequest(activity('http://127.0.0.1:9/a') as never, '');
    const second = await reused.auth.authenticateRequest(activity('http://127.0.0.1:9/a') as never, '');
    const a = await first.connectorFactory?.create('http://127.0.0.1:9/a', first.audience);
    const b = await second.connectorFactory?.create('http://127.0.0.1:9/a', second.audience);
    expect(a).toBeDefined();
    expect(b).toBe(a);
    const other = await second.connectorFactory?.create('http://127.0.0.1:9/b', second.audience);
    expect(other).not.toBe(a);
    const t1 = await reused.auth.createUserTokenClient(first.claimsIdentity);
    const t2 = await reused.auth.createUserTokenClient(second.claimsIdentity);
    expect(t2).toBe(t1);
    expect(reused.kept()).toEqual({ connectors: 2, tokenClients: 1 });
  });

  it('still authenticates every request: a bad token is refused when credentials are configured', async () => {
    const reused = reusedClients(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' }),
    );
    await expect(
      reused.auth.authenticateRequest(activity('http://127.0.0.1:9/a') as never, 'Bearer not-a-token'),
    ).rejects.toThrow();
    expect(reused.kept().connectors).toBe(0);
  });

  it('keeps only a bounded number of clients, whatever service URLs requests name', async () => {
    const reused = reusedClients(new ConfigurationBotFrameworkAuthentication({}), 3);
    const claims = (await reused.auth.authenticateRequest(activity('http://x') as never, '')).claimsIdentity;
    const factory = reused.auth.createConnectorFactory(claims);
    for (let i = 0; i < 10; i++) await factory.create(`http://127.0.0.1:9/${i}`);
    expect(reused.kept().connectors).toBe(3);
  });
});
