import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../../config/config.js';
import { encryptMessage, msgSignature, signature } from './crypto.js';
import { WeChatApiSimulator } from './apiSimulator.js';
import { wechatSettingsFromConfig } from './settings.js';
import { buildWeChatXml } from './xml.js';

/**
 * Try the WeChat channel without WeChat: plays WeChat's part on both sides. It serves the API
 * (tokens, customer-service messages) at WECHAT_API_BASE_URL and posts signed callbacks
 * (encrypted when WECHAT_ENCODING_AES_KEY is set) to the running service's /api/wechat.
 *
 *   WECHAT_TOKEN=demo WECHAT_APP_ID=wxdemo WECHAT_APP_SECRET=demo WECHAT_API_BASE_URL=http://127.0.0.1:3979 npm start
 *   WECHAT_TOKEN=demo WECHAT_APP_ID=wxdemo WECHAT_APP_SECRET=demo WECHAT_API_BASE_URL=http://127.0.0.1:3979 npx tsx src/channels/wechat/simulate.ts demo-zh
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const settings = wechatSettingsFromConfig(config);
  if (!settings) throw new Error('set WECHAT_TOKEN, WECHAT_APP_ID and WECHAT_APP_SECRET as for the service');
  const api = new URL(settings.apiBaseUrl);
  if (!['127.0.0.1', 'localhost'].includes(api.hostname))
    throw new Error('WECHAT_API_BASE_URL must point at this machine, e.g. http://127.0.0.1:3979');
  const fake = await WeChatApiSimulator.start({
    appId: settings.appId,
    appSecret: settings.appSecret,
    host: '127.0.0.1',
    port: Number(api.port || 80),
  });
  const openid = process.argv[2] ?? 'demo-zh';
  const service = `http://127.0.0.1:${config.PORT}/api/wechat`;
  let msgId = Date.now() * 1000;
  let shown = 0;

  const post = async (fields: Record<string, string | number>): Promise<void> => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const xml = buildWeChatXml({
      ToUserName: 'gh_simulator',
      FromUserName: openid,
      CreateTime: Number(timestamp),
      ...fields,
    });
    const query = new URLSearchParams({
      signature: signature(settings.token, timestamp, nonce),
      timestamp,
      nonce,
      openid,
    });
    let body = xml;
    if (settings.aesKey) {
      const encrypt = encryptMessage(settings.aesKey, xml, settings.appId);
      query.set('encrypt_type', 'aes');
      query.set('msg_signature', msgSignature(settings.token, timestamp, nonce, encrypt));
      body = buildWeChatXml({ ToUserName: 'gh_simulator', Encrypt: encrypt });
    }
    const res = await fetch(`${service}?${query.toString()}`, { method: 'POST', body });
    if (res.status !== 200) process.stdout.write(`(service answered ${res.status} ${await res.text()})\n`);
  };

  setInterval(() => {
    for (const m of fake.messages.slice(shown))
      process.stdout.write(`\n公众号 > ${m.content.replaceAll('\n', '\n         ')}\n`);
    shown = fake.messages.length;
  }, 200).unref();

  process.stdout.write(
    `WeChat simulator: API on ${fake.baseUrl}, posting to ${service} as ${openid}${settings.aesKey ? ' (secure mode)' : ''}.\n`,
  );
  process.stdout.write('Type a message; /subscribe and /unsubscribe send those events; Ctrl-D quits.\n');
  await post({ MsgType: 'event', Event: 'subscribe' });
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/subscribe' || text === '/unsubscribe')
      await post({ MsgType: 'event', Event: text.slice(1) });
    else if (text !== '') await post({ MsgType: 'text', Content: text, MsgId: String(++msgId) });
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await fake.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`WeChat simulator: ${(err as Error).message}\n`);
  process.exit(1);
});
