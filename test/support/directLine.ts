import { createLinkToken } from '../../src/channels/directline/index.js';
import type { App } from '../../src/bot/app.js';

export interface DlSession {
  conversationId: string;
  token: string;
}

/** Opens a Direct Line conversation the way the web chat page does (link → token → conversation). */
export async function openDirectLine(baseUrl: string, app: App, userId = 'demo-zh'): Promise<DlSession> {
  const link = createLinkToken(userId, app.clock, app.config);
  const generated = await fetch(`${baseUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${link}` },
  });
  const { token } = (await generated.json()) as { token: string };
  const started = await fetch(`${baseUrl}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  return (await started.json()) as DlSession;
}

/** Posts one message; returns the HTTP status and the id the channel gave it. */
export async function postDirectLine(
  baseUrl: string,
  session: DlSession,
  text: string,
): Promise<{ status: number; id: string | undefined }> {
  const res = await fetch(`${baseUrl}/v3/directline/conversations/${session.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, from: { name: 'person' } }),
  });
  const body = (await res.json().catch(() => ({}))) as { id?: string };
  return { status: res.status, id: body.id };
}
