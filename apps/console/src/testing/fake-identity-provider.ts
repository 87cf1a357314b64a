import { AuthError, type IdentityProvider, type SignInResult } from "../auth/identity-provider";
import { makeTokens } from "./tokens";

interface FakeUser {
  password: string;
  email: string;
  groups: string[];
  confirmed: boolean;
  mustChangePassword: boolean;
  disabled: boolean;
}

/** A user pool in memory for unit tests of the session and the forms: same answers, same errors. */
export class FakeIdentityProvider implements IdentityProvider {
  readonly users = new Map<string, FakeUser>();
  readonly revoked: string[] = [];
  readonly refreshes: string[] = [];
  readonly codes = new Map<string, string>();
  lifetimeSeconds = 3600;
  private issued = 0;

  constructor(private readonly now: () => number = Date.now) {}

  addUser(username: string, user: Partial<FakeUser> & { password: string }): void {
    this.users.set(username, { email: `${username}@example.com`, groups: [], confirmed: true, mustChangePassword: false, disabled: false, ...user });
  }

  async signIn(username: string, password: string): Promise<SignInResult> {
    const user = this.users.get(username);
    if (!user || user.password !== password) throw new AuthError("wrong_credentials", "Wrong username or password.");
    if (user.disabled) throw new AuthError("user_disabled", "This account is disabled. Ask an administrator.");
    if (!user.confirmed) throw new AuthError("not_confirmed", "This account is not confirmed yet: enter the code we sent you.");
    if (user.mustChangePassword) return { kind: "newPasswordRequired", username, challengeSession: `challenge-${username}` };
    return this.issue(username, user);
  }

  async completeNewPassword(username: string, challengeSession: string, newPassword: string): Promise<SignInResult> {
    const user = this.users.get(username);
    if (!user || challengeSession !== `challenge-${username}`) throw new AuthError("session_expired", "Sign in again to set your password.");
    if (newPassword.length < 8) throw new AuthError("weak_password", "Password must have length greater than or equal to 8.");
    user.password = newPassword;
    user.mustChangePassword = false;
    return this.issue(username, user);
  }

  async refresh(username: string, refreshToken: string) {
    this.refreshes.push(refreshToken);
    const user = this.users.get(username);
    if (!user || this.revoked.includes(refreshToken)) throw new AuthError("session_expired", "Your session has ended. Sign in again.");
    if (user.disabled) throw new AuthError("user_disabled", "This account is disabled. Ask an administrator.");
    return makeTokens({ username, groups: user.groups, now: this.now(), lifetimeSeconds: this.lifetimeSeconds });
  }

  async signUp(input: { username: string; email: string; password: string }) {
    if (this.users.has(input.username)) throw new AuthError("username_taken", "That username is taken. Choose another, or sign in.");
    if (input.password.length < 8) throw new AuthError("weak_password", "Password must have length greater than or equal to 8.");
    this.addUser(input.username, { password: input.password, email: input.email, confirmed: false });
    this.codes.set(input.username, "123456");
    return { confirmed: false, destination: input.email };
  }

  async confirmSignUp(username: string, code: string): Promise<void> {
    const user = this.users.get(username);
    if (!user || this.codes.get(username) !== code) throw new AuthError("wrong_code", "That code is not right. Check it and try again.");
    user.confirmed = true;
  }

  async revoke(refreshToken: string): Promise<void> {
    this.revoked.push(refreshToken);
  }

  private issue(username: string, user: FakeUser): SignInResult {
    this.issued += 1;
    const tokens = makeTokens({ username, groups: user.groups, now: this.now(), lifetimeSeconds: this.lifetimeSeconds, refreshToken: `refresh-${username}-${this.issued}` });
    return { kind: "signedIn", tokens };
  }
}
