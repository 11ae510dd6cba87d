import type { Request, Response, Server } from 'restify';
import { boundedBodyParser } from '../../auth/boundedBody.js';
import { z } from 'zod';
import { guidanceFor } from '../../guardrails/index.js';
import { formatCursor, parseCursor, type HandoffEntry, type HandoffMessage } from '../../handoff/index.js';
import type { Auth } from '../../auth/auth.js';
import { principalOf } from '../../auth/auth.js';
import type { HandoffDesk } from './handoffDesk.js';
import { agentTextProblem } from './agentText.js';

export const AGENT_API = '/api/agent';
const PAGE = 200;

const textBody = z.object({
  text: z.string().trim().min(1, 'text is empty').max(2000, 'text is longer than 2000 characters'),
});
const releaseBody = z.object({
  outcome: z.string().trim().min(1, 'outcome is empty').max(200, 'outcome is longer than 200 characters'),
});

function send(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

/** The house error shape, `{"error":{"code","message"}}` (attack14: it was `{"error","message"}`). */
function fail(res: Response, status: number, code: string, message: string, more: object = {}): void {
  send(res, status, { error: { code, message, ...more } });
}

function queueItem(desk: HandoffDesk, e: HandoffEntry): Record<string, unknown> {
  return {
    conversationId: e.conversationId,
    reason: e.reason,
    priority: e.priority,
    waitingSeconds: desk.waitingSeconds(e),
    summary: e.summary,
    channelId: e.channelId,
    locale: e.locale,
    verified: e.verified,
    queuedAt: e.queuedAt,
    callback: e.callback,
  };
}

function apiMessage(m: HandoffMessage): Record<string, unknown> {
  return {
    id: m.id,
    from: m.from,
    text: m.text,
    timestamp: m.timestamp,
    ...(m.agent ? { agent: m.agent } : {}),
  };
}

function conversationIdOf(req: Request): string {
  return String(req.params.id ?? '');
}

/**
 * The agent API (fixed; agent desktops integrate with it). `{id}` is the Bot Framework
 * conversation id; every route needs an agent credential (HTTP Basic, or the console's session
 * with its CSRF token); only the agent who accepted a conversation reads or writes it.
 *
 *   GET  /api/agent/queue                           {"items": [{conversationId, reason, priority, waitingSeconds, summary}]}
 *   GET  /api/agent/conversations                   the conversations the caller holds
 *   POST /api/agent/conversations/{id}/accept       409 when another agent holds it
 *   GET  /api/agent/conversations/{id}/messages?after=<cursor>   {"messages": [{id, from, text, timestamp}], "cursor"}
 *   POST /api/agent/conversations/{id}/messages     {"text"}; 409 {"error": {"code": "blocked", "message",
 *        "violations": [...]}}; 409 {"error": {"code": "not_verified", …}}: it may carry account detail and
 *        nobody is verified now (every error is {"error": {"code", "message", …}})
 *   POST /api/agent/conversations/{id}/release      {"outcome"}
 *   POST|GET|DELETE /api/agent/session              the console's login session
 */
export function mountAgentApi(server: Server, desk: HandoffDesk, auth: Auth): void {
  const agent = auth.requireRole('agent');
  const json = boundedBodyParser({ maxBodySize: 16 * 1024, rejectUnknown: true });
  const who = (req: Request): string => principalOf(req)?.name ?? '';

  auth.mountSession(server, `${AGENT_API}/session`, 'agent');

  server.get(`${AGENT_API}/queue`, agent, async (_req: Request, res: Response) => {
    send(res, 200, { items: (await desk.store.queued()).map((e) => queueItem(desk, e)) });
  });

  server.get(`${AGENT_API}/conversations`, agent, async (req: Request, res: Response) => {
    send(res, 200, { items: (await desk.store.heldBy(who(req))).map((e) => queueItem(desk, e)) });
  });

  server.post(`${AGENT_API}/conversations/:id/accept`, agent, async (req: Request, res: Response) => {
    const outcome = await desk.accept(conversationIdOf(req), who(req));
    switch (outcome.status) {
      case 'accepted':
      case 'already_yours':
        return send(res, 200, { ...queueItem(desk, outcome.entry), status: 'accepted', agent: who(req) });
      case 'held_by_other':
        return fail(
          res,
          409,
          'held_by_another_agent',
          'another agent has already accepted this conversation',
        );
      case 'not_queued':
        return fail(res, 404, 'not_queued', 'this conversation is not waiting for an agent');
    }
  });

  server.get(`${AGENT_API}/conversations/:id/messages`, agent, async (req: Request, res: Response) => {
    const access = await desk.store.access(conversationIdOf(req), who(req));
    if (access.status === 'not_open')
      return fail(res, 404, 'not_in_handoff', 'this conversation is not handed over to an agent');
    if (access.status === 'not_holder')
      return fail(
        res,
        403,
        'not_your_conversation',
        'only the agent who accepted this conversation may read it',
      );
    const after = new URL(req.url ?? '/', 'http://localhost').searchParams.get('after') ?? undefined;
    const cursor = parseCursor(after);
    if (cursor.status === 'invalid')
      return fail(res, 400, 'bad_cursor', 'after must be a cursor this API returned');
    const messages = await desk.store.messages(access.entry.handoffId, cursor.afterSeq, PAGE);
    const last = messages.at(-1);
    send(res, 200, {
      messages: messages.map(apiMessage),
      cursor: formatCursor(last ? last.seq : cursor.afterSeq),
    });
  });

  server.post(`${AGENT_API}/conversations/:id/messages`, agent, json, async (req: Request, res: Response) => {
    const access = await desk.store.access(conversationIdOf(req), who(req));
    if (access.status === 'not_open')
      return fail(res, 404, 'not_in_handoff', 'this conversation is not handed over to an agent');
    if (access.status === 'not_holder')
      return fail(
        res,
        403,
        'not_your_conversation',
        'only the agent who accepted this conversation may write to it',
      );
    const body = textBody.safeParse(req.body);
    if (!body.success)
      return fail(res, 400, 'bad_request', body.error.issues[0]?.message ?? 'expected {"text": "..."}');
    const problem = agentTextProblem(body.data.text);
    if (problem) return fail(res, 400, 'bad_request', problem);
    const sent = await desk.agentMessage(access.entry, who(req), body.data.text);
    switch (sent.status) {
      case 'sent':
        return send(res, 201, { message: apiMessage(sent.message), cursor: formatCursor(sent.message.seq) });
      case 'blocked':
        return fail(res, 409, 'blocked', 'not sent: the guardrail blocked this message (see violations)', {
          status: sent.verdict.status,
          violations: sent.verdict.violations.map(({ category, rule, severity, span, evidence, score }) => ({
            category,
            rule,
            severity,
            span,
            evidence,
            ...(score !== undefined ? { score } : {}),
            ...guidanceFor(category),
          })),
          ...(sent.verdict.reason ? { reason: sent.verdict.reason } : {}),
        });
      case 'not_verified':
        return fail(res, 409, 'not_verified', `not sent: ${sent.reason}`);
      case 'closed':
        return fail(
          res,
          404,
          'not_in_handoff',
          'not sent: the conversation was released before the message could be delivered',
        );
      case 'not_delivered':
        return fail(
          res,
          502,
          'not_delivered',
          `the message could not be delivered on the person's channel (${sent.reason})`,
        );
    }
  });

  server.post(`${AGENT_API}/conversations/:id/release`, agent, json, async (req: Request, res: Response) => {
    const body = releaseBody.safeParse(req.body);
    if (!body.success)
      return fail(res, 400, 'bad_request', body.error.issues[0]?.message ?? 'expected {"outcome": "..."}');
    const problem = agentTextProblem(body.data.outcome, 'label');
    if (problem) return fail(res, 400, 'bad_request', problem);
    const released = await desk.release(conversationIdOf(req), who(req), body.data.outcome);
    switch (released.status) {
      case 'released':
        return send(res, 200, {
          conversationId: released.entry.conversationId,
          status: 'released',
          outcome: released.entry.outcome,
        });
      case 'not_holder':
        return fail(
          res,
          403,
          'not_your_conversation',
          'only the agent who accepted this conversation may release it',
        );
      case 'not_open':
        return fail(res, 404, 'not_in_handoff', 'this conversation is not handed over to an agent');
    }
  });
}
