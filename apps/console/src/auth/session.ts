import { ADMIN_GROUP, PARTNER_GROUP } from "@linkgate/contract";
import { readAccessClaims, type AccessClaims } from "./jwt-claims";
import { AuthError, type AuthTokens, type IdentityProvider, type SignInResult } from "./identity-provider";

export type SessionState =
  | { status: "restoring" }
  | { status: "signedOut"; reason?: string }
  | { status: "newPasswordRequired"; username: string }
  /** `isPartner`: a partner account (group `partners`), whose pages are the portal's; the API refuses it `/me` and `/admin`. */
  | { status: "signedIn"; claims: AccessClaims; isAdmin: boolean; isPartner: boolean };

/** Where the refresh token survives a reload of the tab: sessionStorage only, never localStorage. */
export const REFRESH_STORAGE_KEY = "linkgate.session";
/** Refresh this long before the access token expires, so no call ever carries an expired token. */
export const REFRESH_MARGIN_MS = 60_000;

interface Stored {
  username: string;
  refreshToken: string;
}

export interface SessionOptions {
  provider: IdentityProvider;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  now?: () => number;
}

/**
 * The signed-in session: access token in memory, refresh token in sessionStorage, a refresh
 * scheduled before expiry. React subscribes through `subscribe`/`getState` (useSyncExternalStore).
 */
export class Session {
  private state: SessionState = { status: "signedOut" };
  private accessToken: string | undefined;
  private stored: Stored | undefined;
  private challenge: { username: string; challengeSession: string } | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<string | undefined> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly provider: IdentityProvider;
  private readonly storage: SessionOptions["storage"];
  private readonly now: () => number;

  constructor(options: SessionOptions) {
    this.provider = options.provider;
    this.storage = options.storage;
    this.now = options.now ?? Date.now;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  /** At start: a refresh token kept by this tab signs the user back in; none means signed out. */
  async restore(): Promise<void> {
    const raw = this.storage?.getItem(REFRESH_STORAGE_KEY);
    const stored = raw ? parseStored(raw) : undefined;
    if (!stored) return this.setState({ status: "signedOut" });
    this.stored = stored;
    this.setState({ status: "restoring" });
    await this.refreshNow().catch(() => undefined);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.accept(await this.provider.signIn(username.trim(), password));
  }

  async completeNewPassword(newPassword: string): Promise<void> {
    if (!this.challenge) throw new AuthError("session_expired", "Sign in again to set your password.");
    await this.accept(await this.provider.completeNewPassword(this.challenge.username, this.challenge.challengeSession, newPassword));
  }

  /** The token for the next API call: refreshed first when it is about to expire; undefined when signed out. */
  async getAccessToken(): Promise<string | undefined> {
    if (this.state.status !== "signedIn" || !this.accessToken) return this.refreshing ?? undefined;
    if (this.state.claims.expiresAt - this.now() > REFRESH_MARGIN_MS / 2) return this.accessToken;
    return this.refreshNow();
  }

  /** Refreshes now (deduplicated); on a refused refresh the session ends with the reason. */
  refreshNow(): Promise<string | undefined> {
    if (this.refreshing) return this.refreshing;
    const stored = this.stored;
    if (!stored) return Promise.resolve(undefined);
    this.refreshing = this.provider
      .refresh(stored.username, stored.refreshToken)
      .then((tokens) => {
        this.applyTokens(tokens, stored.username);
        return this.accessToken;
      })
      .catch((error: unknown) => {
        const message = error instanceof AuthError ? error.message : "Your session has ended. Sign in again.";
        if (error instanceof AuthError && error.code === "network") {
          // Offline is not signed out: keep the session, try again at the next call.
          if (this.state.status === "restoring") this.setState({ status: "signedOut", reason: message });
          throw error;
        }
        this.clear(message);
        throw error;
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  /** Revokes the refresh token (so a stolen copy is useless), then forgets every token. */
  async signOut(reason?: string): Promise<void> {
    const refreshToken = this.stored?.refreshToken;
    this.clear(reason);
    if (refreshToken) await this.provider.revoke(refreshToken).catch(() => undefined);
  }

  /** The API refused the token (disabled user, revoked session): end the session locally. */
  lostAccess(reason: string): void {
    this.clear(reason);
  }

  private async accept(result: SignInResult): Promise<void> {
    if (result.kind === "newPasswordRequired") {
      this.challenge = { username: result.username, challengeSession: result.challengeSession };
      return this.setState({ status: "newPasswordRequired", username: result.username });
    }
    this.challenge = undefined;
    const claims = readAccessClaims(result.tokens.accessToken);
    this.applyTokens(result.tokens, claims.username);
  }

  private applyTokens(tokens: AuthTokens, username: string): void {
    const claims = readAccessClaims(tokens.accessToken);
    this.accessToken = tokens.accessToken;
    if (tokens.refreshToken) {
      this.stored = { username: claims.username || username, refreshToken: tokens.refreshToken };
      this.storage?.setItem(REFRESH_STORAGE_KEY, JSON.stringify(this.stored));
    }
    const expiresAt = claims.expiresAt || this.now() + tokens.expiresIn * 1000;
    this.scheduleRefresh(expiresAt);
    this.setState({ status: "signedIn", claims: { ...claims, expiresAt }, isAdmin: claims.groups.includes(ADMIN_GROUP), isPartner: claims.groups.includes(PARTNER_GROUP) });
  }

  private scheduleRefresh(expiresAt: number): void {
    clearTimeout(this.refreshTimer);
    const delay = Math.max(0, expiresAt - this.now() - REFRESH_MARGIN_MS);
    this.refreshTimer = setTimeout(() => void this.refreshNow().catch(() => undefined), delay);
  }

  private clear(reason?: string): void {
    clearTimeout(this.refreshTimer);
    this.accessToken = undefined;
    this.stored = undefined;
    this.challenge = undefined;
    this.storage?.removeItem(REFRESH_STORAGE_KEY);
    this.setState(reason ? { status: "signedOut", reason } : { status: "signedOut" });
  }

  private setState(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function parseStored(raw: string): Stored | undefined {
  try {
    const value = JSON.parse(raw) as Partial<Stored>;
    return typeof value.username === "string" && typeof value.refreshToken === "string" ? { username: value.username, refreshToken: value.refreshToken } : undefined;
  } catch {
    return undefined;
  }
}
