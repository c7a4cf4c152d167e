// The relying-party side of OpenID Connect staff sign-in (openid-client): discovery, the
// authorization URL with PKCE, state and nonce, and the code exchange with ID token checks.
import * as oidc from 'openid-client';
import { IdentityProviderUnavailableError, InvalidConfigError, UnauthenticatedError } from '../../errors/index.js';
import type { Logger } from '../../logging/index.js';
import { retryingStaleConnections } from '../../net/index.js';

/** Where the provider sends staff back to, below LOKET_PUBLIC_URL. */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

// Plain http only where nothing travels over a network: a provider on the same machine (tests, development).
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** What the callback must check, kept between the two legs of a sign-in (in the state cookie). */
export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who the provider says signed in; `email` only when the provider does not call it unverified. */
export interface OidcIdentity {
  subject: string;
  email: string | undefined;
}

export interface OidcClient {
  /** The redirect URI to register at the provider. */
  redirectUri: string;
  /** A fresh sign-in: the provider's authorization URL and the checks for its callback. */
  startSignIn(): Promise<{ url: URL; checks: SignInChecks }>;
  /** Exchanges the code in `callbackUrl`; throws UnauthenticatedError when any check fails. */
  finishSignIn(callbackUrl: URL, checks: SignInChecks): Promise<OidcIdentity>;
}

/**
 * A client for `settings`, answering at `publicUrl`. Discovery runs on first use and its result is
 * kept for the life of the client (one per process); a failed discovery is retried on the next
 * sign-in. Throws InvalidConfigError at once for an http issuer that is not a loopback address;
 * the methods throw IdentityProviderUnavailableError when the provider cannot be reached.
 */
export function createOidcClient(
  settings: { issuer: string; clientId: string; clientSecret: string },
  publicUrl: string,
  logger: Logger,
): OidcClient {
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:';
  if (insecure && !LOOPBACK_HOSTS.has(issuer.hostname)) {
    const message = 'LOKET_OIDC_ISSUER must use https (plain http only on a loopback address)';
    throw new InvalidConfigError(`invalid configuration: ${message}`, [{ field: 'LOKET_OIDC_ISSUER', message }]);
  }
  const redirectUri = `${publicUrl.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;
  let discovered: Promise<oidc.Configuration> | undefined;
  const staleSafeFetch = retryingStaleConnections();

  function configuration(): Promise<oidc.Configuration> {
    // client_secret_basic: RFC 6749 (2.3.1) makes every provider support it; openid-client would default to _post.
    discovered ??= oidc
      .discovery(issuer, settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), {
        // Discovery, keys and user info are GETs: one closed keep-alive connection must not fail a sign-in.
        [oidc.customFetch]: (url, options) => staleSafeFetch(url, options as RequestInit),
        ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        logger.warn({ err: error, issuer: settings.issuer }, 'OpenID Connect discovery failed');
        throw new IdentityProviderUnavailableError(`the OpenID Connect provider ${settings.issuer} cannot be reached or its discovery document is unusable`);
      });
    return discovered;
  }

  return {
    redirectUri,
    async startSignIn() {
      const config = await configuration();
      const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
      });
      return { url, checks };
    },
    async finishSignIn(callbackUrl, checks) {
      const config = await configuration();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new UnauthenticatedError('the OpenID Connect provider returned no ID token');
        let email = verifiedEmail(claims);
        // Providers may keep e-mail out of the ID token for the code flow (OIDC Core 5.4); UserInfo has it then.
        if (!('email' in claims) && config.serverMetadata().userinfo_endpoint) {
          email = verifiedEmail(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub));
        }
        return { subject: claims.sub, email };
      } catch (error) {
        throw explain(error, logger);
      }
    },
  };
}

function verifiedEmail(claims: Readonly<Record<string, unknown>>): string | undefined {
  return typeof claims.email === 'string' && claims.email_verified !== false ? claims.email : undefined;
}

// Refusals by the provider and failed checks are the person's failed sign-in (401); an unreachable
// or misbehaving provider is the deployment's problem (502, logged); anything else is a bug.
function explain(error: unknown, logger: Logger): unknown {
  if (error instanceof UnauthenticatedError) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return new UnauthenticatedError(`the OpenID Connect provider did not sign you in: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`);
  }
  // A challenge (RFC 6749 5.2: 401 with WWW-Authenticate) or invalid_client refuses Loket itself, not the person.
  if (error instanceof oidc.WWWAuthenticateChallengeError || (error instanceof oidc.ResponseBodyError && error.error === 'invalid_client')) {
    logger.warn({ err: error }, 'OpenID Connect provider refused the client credentials');
    return new IdentityProviderUnavailableError('the OpenID Connect provider does not accept this Loket\'s client credentials (LOKET_OIDC_CLIENT_ID, LOKET_OIDC_CLIENT_SECRET)');
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new UnauthenticatedError(`the OpenID Connect provider refused the sign-in: ${error.error}; start again at /auth/oidc/login`);
  }
  const unusableAnswer = error instanceof oidc.ClientError && (error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || error.code === 'OAUTH_RESPONSE_IS_NOT_JSON');
  const unreachable = (error instanceof TypeError && error.message === 'fetch failed') || (error instanceof Error && error.name === 'TimeoutError');
  if (unusableAnswer || unreachable) {
    logger.warn({ err: error }, 'OpenID Connect provider unusable during sign-in');
    return new IdentityProviderUnavailableError('the OpenID Connect provider cannot be reached or gave an unusable answer');
  }
  if (error instanceof oidc.ClientError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return new UnauthenticatedError(`the sign-in response did not pass its checks (${error.message}${cause})`);
  }
  return error;
}
