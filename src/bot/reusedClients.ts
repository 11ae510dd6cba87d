import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Auth = ConfigurationBotFrameworkAuthentication;
type AuthResult = Awaited<ReturnType<Auth['authenticateRequest']>>;
type Claims = Parameters<Auth['createConnectorFactory']>[0];
type Factory = ReturnType<Auth['createConnectorFactory']>;
type Connector = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;

/** The claims botbuilder's connector factory takes the bot's app id from (audience, then appid). */
const AUDIENCE_CLAIM = 'aud';
const APP_ID_CLAIM = 'appid';

function appIdOf(claims: Claims): string {
  return claims.getClaimValue(AUDIENCE_CLAIM) ?? claims.getClaimValue(APP_ID_CLAIM) ?? '';
}

/** A few promises by key, the least recently used dropped first; a rejected one is forgotten. */
class Kept<T> {
  private readonly entries = new Map<string, Promise<T>>();
  constructor(private readonly maxEntries: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const made = make();
    this.entries.set(key, made);
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface ReusedClients {
  auth: Auth;
  /** Clients kept now (for tests). */
  kept(): { connectors: number; tokenClients: number };
}

/**
 * Bot Framework authentication that reuses the outbound clients it hands to each turn.
 * botbuilder's CloudAdapter builds a new ConnectorClient and UserTokenClient (credentials and
 * an HTTP pipeline each) for every inbound activity, even one answered in the HTTP response;
 * here they are built once per bot app id, service URL and audience and reused, as the older
 * BotFrameworkAdapter did. Authentication itself is untouched: every request is still
 * validated by `auth`, and a client is only reused for the same app id it was made for. At
 * most `maxEntries` of each are kept (the service URL comes from the request).
 *
 *   new CloudAdapter(reusedClients(new ConfigurationBotFrameworkAuthentication(env)).auth);
 */
export function reusedClients(auth: Auth, maxEntries = 64): ReusedClients {
  const connectors = new Kept<Connector>(maxEntries);
  const tokenClients = new Kept<TokenClient>(maxEntries);
  const reusing = (appId: string, factory: Factory): Factory => ({
    create: (serviceUrl: string, audience?: string) =>
      connectors.get(`${appId}\u0000${serviceUrl}\u0000${audience ?? ''}`, () =>
        factory.create(serviceUrl, audience),
      ),
  });
  const overrides: Partial<Auth> = {
    authenticateRequest: async (...args: Parameters<Auth['authenticateRequest']>): Promise<AuthResult> => {
      const result = await auth.authenticateRequest(...args);
      const factory = result.connectorFactory;
      return factory
        ? { ...result, connectorFactory: reusing(appIdOf(result.claimsIdentity), factory) }
        : result;
    },
    createConnectorFactory: (claims: Claims) => reusing(appIdOf(claims), auth.createConnectorFactory(claims)),
    createUserTokenClient: (claims: Claims) =>
      tokenClients.get(appIdOf(claims), () => auth.createUserTokenClient(claims)),
  };
  const wrapped = new Proxy(auth, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in overrides)
        return overrides[property as keyof typeof overrides];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { auth: wrapped, kept: () => ({ connectors: connectors.size, tokenClients: tokenClients.size }) };
}
