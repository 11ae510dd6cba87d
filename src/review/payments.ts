import type { Request, Response, Server } from 'restify';
import { principalOf, type Auth } from '../auth/auth.js';
import type { HandoffStore } from '../handoff/index.js';
import { caseCommitments, PROMISE_STATES, type PromiseState } from '../payments/caseView.js';
import type { CaseStores } from '../store/caseFiles.js';

function send(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

function fail(res: Response, status: number, code: string, message: string): void {
  send(res, status, { error: { code, message } });
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * Payments and promises in the consoles (issue 17):
 *   GET /api/review/commitments?promiseState=broken[&limit=100]   cases by promise state (reviewers)
 *   GET /api/review/accounts/{accountId}/commitments               one case: plans, promises, payments, events
 *   GET /api/agent/conversations/{id}/commitments                  the same, for the agent holding the conversation
 */
export function registerCommitmentViews(server: Server, deps: { cases: CaseStores; auth: Auth }): void {
  const reviewer = deps.auth.requireRole('reviewer');

  server.get('/api/review/commitments', reviewer, async (req: Request, res: Response) => {
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const state = params.get('promiseState') ?? '';
    if (!PROMISE_STATES.includes(state as PromiseState)) {
      return fail(res, 400, 'BadQuery', `promiseState: expected one of ${PROMISE_STATES.join(', ')}`);
    }
    const limitText = params.get('limit') ?? '100';
    const limit = /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN;
    if (!(limit >= 1 && limit <= 500)) return fail(res, 400, 'BadQuery', 'limit: expected 1 to 500');
    send(res, 200, { items: await deps.cases.caseFiles.casesByPromiseState(state as PromiseState, limit) });
  });

  server.get('/api/review/accounts/:accountId/commitments', reviewer, async (req: Request, res: Response) => {
    const id = String(req.params.accountId ?? '');
    const view = ID.test(id) ? await caseCommitments(deps.cases, id) : undefined;
    if (!view) return fail(res, 404, 'NotFound', `no account ${id.slice(0, 64)}`);
    send(res, 200, view);
  });
}

/** The agent's view, mounted with the agent API (the console's script reads it). */
export function registerAgentCommitments(
  server: Server,
  deps: { cases: CaseStores; auth: Auth; handoffs: HandoffStore },
): void {
  const agent = deps.auth.requireRole('agent');
  server.get(
    '/api/agent/conversations/:conversationId/commitments',
    agent,
    async (req: Request, res: Response) => {
      const access = await deps.handoffs.access(
        String(req.params.conversationId ?? ''),
        principalOf(req)?.name ?? '',
      );
      if (access.status !== 'ok') {
        return fail(
          res,
          403,
          'NotHolder',
          'accept the conversation before reading its payments and promises',
        );
      }
      const view = access.entry.accountId
        ? await caseCommitments(deps.cases, access.entry.accountId)
        : undefined;
      // Not bound to an account (the person never verified): nothing to show, and not an error.
      send(res, 200, view ?? { accountId: null });
    },
  );
}
