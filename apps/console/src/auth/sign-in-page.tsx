import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { Field } from "../ui/field";
import { AuthError } from "./identity-provider";
import { useSessionContext, useSessionState } from "./session-context";

export function SignInPage() {
  const state = useSessionState();
  if (state.status === "newPasswordRequired") return <NewPasswordForm username={state.username} />;
  return <SignInForm reason={state.status === "signedOut" ? state.reason : undefined} />;
}

function useAfterSignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return () => navigate(from && from !== "/sign-in" ? from : "/", { replace: true });
}

function SignInForm(props: { reason: string | undefined }) {
  const { session } = useSessionContext();
  const afterSignIn = useAfterSignIn();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await session.signIn(String(form.get("username") ?? ""), String(form.get("password") ?? ""));
      if (session.getState().status === "signedIn") await afterSignIn();
    } catch (caught) {
      setError(caught instanceof AuthError ? caught.message : "Signing in failed unexpectedly. Try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="auth-page">
      <h1>Sign in to Linkgate</h1>
      {props.reason ? <p role="status" className="notice">{props.reason}</p> : null}
      <form onSubmit={(event) => void submit(event)} aria-label="Sign in">
        <Field label="Username" name="username" autoComplete="username" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        {error ? <p role="alert" className="field-error">{error}</p> : null}
        <button type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p>
        No account? <Link to="/sign-up">Create one</Link>
      </p>
    </main>
  );
}

function NewPasswordForm(props: { username: string }) {
  const { session } = useSessionContext();
  const afterSignIn = useAfterSignIn();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("newPassword") ?? "");
    if (password !== String(form.get("confirmPassword") ?? "")) return setError("The two passwords differ.");
    setBusy(true);
    setError(null);
    try {
      await session.completeNewPassword(password);
      await afterSignIn();
    } catch (caught) {
      setError(caught instanceof AuthError ? caught.message : "Setting the password failed. Try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="auth-page">
      <h1>Choose your password</h1>
      <p>Welcome, {props.username}. Your account was created with a temporary password: choose your own to continue.</p>
      <form onSubmit={(event) => void submit(event)} aria-label="Choose a new password">
        <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={8} />
        <Field label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required />
        {error ? <p role="alert" className="field-error">{error}</p> : null}
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Set password and sign in"}
        </button>
      </form>
    </main>
  );
}
