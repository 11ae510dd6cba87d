import type { Next, Request, RequestHandler, Response, Server } from 'restify';

type Handlers = (RequestHandler | RequestHandler[])[];

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handlers: RequestHandler[];
}

export interface RouteCall {
  headers?: Record<string, string>;
  /** The body as restify's JSON body parser would leave it. */
  body?: unknown;
}

export interface RouteReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Routes mounted on a restify-shaped table instead of a listening server, for unit tests of a
 * route module without HTTP. A call runs the route's first handler (its guard, e.g.
 * `auth.requireRole`) and, if that lets it through, its last (the route itself); restify's body
 * parsers in between are skipped and the body is given already parsed.
 *
 *   const table = new RouteTable();
 *   mountAgentApi(table.server, desk, auth);
 *   const reply = await table.call('GET', '/api/agent/queue', { headers: { authorization } });
 */
export class RouteTable {
  private readonly routes: Route[] = [];
  /** The table as the `Server` a mount function takes (only get/post/del are used). */
  readonly server = {
    get: (path: string, ...handlers: Handlers) => this.add('GET', path, handlers),
    post: (path: string, ...handlers: Handlers) => this.add('POST', path, handlers),
    del: (path: string, ...handlers: Handlers) => this.add('DELETE', path, handlers),
  } as unknown as Server;

  async call(method: string, url: string, options: RouteCall = {}): Promise<RouteReply> {
    const path = url.split('?')[0] ?? '';
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    if (!route) throw new Error(`RouteTable: no route for ${method} ${path}`);
    const match = route.pattern.exec(path);
    const params = Object.fromEntries(
      route.keys.map((k, i) => [k, decodeURIComponent(match?.[i + 1] ?? '')]),
    );
    const reply: RouteReply = { status: 0, body: undefined, headers: {} };
    const headers = Object.fromEntries(
      Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const req = { method, url, params, body: options.body, headers, socket: { remoteAddress: '127.0.0.1' } };
    const res = {
      header: (name: string, value: string) => {
        reply.headers[name.toLowerCase()] = value;
      },
      send: (status: number, body?: unknown) => {
        reply.status = status;
        reply.body = body;
      },
    };
    const [guard, ...rest] = route.handlers;
    const handler = rest.at(-1);
    if (!guard || !handler) throw new Error(`RouteTable: ${method} ${path} needs a guard and a handler`);
    const passed = await new Promise<unknown>((resolve) => {
      void guard(req as unknown as Request, res as unknown as Response, resolve as Next);
    });
    if (passed === false) return reply;
    await handler(req as unknown as Request, res as unknown as Response, (() => undefined) as Next);
    return reply;
  }

  private add(method: string, path: string, handlers: Handlers): void {
    const keys: string[] = [];
    const source = path.replace(/:(\w+)/g, (_m, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handlers: handlers.flat() });
  }
}
