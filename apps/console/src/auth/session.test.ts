import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeIdentityProvider } from "../testing/fake-identity-provider";
import { REFRESH_MARGIN_MS, REFRESH_STORAGE_KEY, Session } from "./session";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function setup() {
  const provider = new FakeIdentityProvider(() => Date.now());
  provider.addUser("ada", { password: "correct horse" });
  provider.addUser("root", { password: "admin pass", groups: ["admins"] });
  provider.addUser("acme", { password: "partner pass", groups: ["partners"] });
  const storage = memoryStorage();
  const session = new Session({ provider, storage });
  return { provider, storage, session };
}

describe("Session", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-11-24T10:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("signs in: token in memory, refresh token in the given storage, groups read from the token", async () => {
    const { session, storage } = setup();
    await session.signIn("root", "admin pass");
    expect(session.getState()).toMatchObject({ status: "signedIn", isAdmin: true, claims: { username: "root", groups: ["admins"] } });
    expect(await session.getAccessToken()).toMatch(/^[\w-]+\.[\w-]+\.sig$/);
    expect(JSON.parse(storage.items.get(REFRESH_STORAGE_KEY) ?? "{}")).toMatchObject({ username: "root", refreshToken: "refresh-root-1" });
  });

  it("a non-admin is not an admin, nor a partner account", async () => {
    const { session } = setup();
    await session.signIn("ada", "correct horse");
    expect(session.getState()).toMatchObject({ status: "signedIn", isAdmin: false, isPartner: false });
  });

  it("knows a partner account by its group", async () => {
    const { session } = setup();
    await session.signIn("acme", "partner pass");
    expect(session.getState()).toMatchObject({ status: "signedIn", isAdmin: false, isPartner: true });
  });

  it("refuses a wrong password with a message for people and stays signed out", async () => {
    const { session } = setup();
    await expect(session.signIn("ada", "nope")).rejects.toThrow("Wrong username or password.");
    expect(session.getState().status).toBe("signedOut");
  });

  it("refreshes the access token before it expires, on a timer", async () => {
    const { session, provider } = setup();
    await session.signIn("ada", "correct horse");
    const first = await session.getAccessToken();
    await vi.advanceTimersByTimeAsync(3600_000 - REFRESH_MARGIN_MS - 1_000);
    expect(provider.refreshes).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(provider.refreshes).toEqual(["refresh-ada-1"]);
    const second = await session.getAccessToken();
    expect(second).not.toBe(first);
    // And again one lifetime later: the refresh keeps the original refresh token.
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(provider.refreshes).toEqual(["refresh-ada-1", "refresh-ada-1"]);
  });

  it("refreshes on demand when a call needs a token that is about to expire (timer missed, e.g. a sleeping laptop)", async () => {
    const { session, provider } = setup();
    await session.signIn("ada", "correct horse");
    vi.setSystemTime(Date.now() + 3600_000 - 10_000);
    const [a, b] = await Promise.all([session.getAccessToken(), session.getAccessToken()]);
    expect(a).toBe(b);
    expect(provider.refreshes).toEqual(["refresh-ada-1"]);
  });

  it("signs out: revokes the refresh token and forgets every token", async () => {
    const { session, provider, storage } = setup();
    await session.signIn("ada", "correct horse");
    await session.signOut();
    expect(provider.revoked).toEqual(["refresh-ada-1"]);
    expect(storage.items.has(REFRESH_STORAGE_KEY)).toBe(false);
    expect(await session.getAccessToken()).toBeUndefined();
    expect(session.getState().status).toBe("signedOut");
  });

  it("restores a session from the tab's storage after a reload", async () => {
    const { session, storage, provider } = setup();
    await session.signIn("ada", "correct horse");
    const reloaded = new Session({ provider, storage });
    await reloaded.restore();
    expect(reloaded.getState()).toMatchObject({ status: "signedIn", claims: { username: "ada" } });
  });

  it("ends the session with the reason when a refresh is refused (user disabled)", async () => {
    const { session, provider, storage } = setup();
    await session.signIn("ada", "correct horse");
    const user = provider.users.get("ada");
    if (user) user.disabled = true;
    await expect(session.refreshNow()).rejects.toThrow("disabled");
    expect(session.getState()).toEqual({ status: "signedOut", reason: "This account is disabled. Ask an administrator." });
    expect(storage.items.has(REFRESH_STORAGE_KEY)).toBe(false);
  });

  it("asks for a new password on an admin-created user's first sign-in, then signs in with it", async () => {
    const { session, provider } = setup();
    provider.addUser("newbie", { password: "Temp-1234", mustChangePassword: true });
    await session.signIn("newbie", "Temp-1234");
    expect(session.getState()).toEqual({ status: "newPasswordRequired", username: "newbie" });
    await expect(session.completeNewPassword("short")).rejects.toThrow("length");
    await session.completeNewPassword("a much better password");
    expect(session.getState()).toMatchObject({ status: "signedIn", claims: { username: "newbie" } });
  });
});
