import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { Field } from "../ui/field";
import { AuthError } from "./identity-provider";
import { useSessionContext } from "./session-context";

type Step = { step: "details" } | { step: "confirm"; username: string; destination: string | undefined } | { step: "done" };

/** Sign-up, then the emailed confirmation code (locally: printed by `npm start` and in the stack's codes file). */
export function SignUpPage() {
  const [step, setStep] = useState<Step>({ step: "details" });
  return (
    <main className="auth-page">
      <h1>Create your Linkgate account</h1>
      {step.step === "details" ? <DetailsForm onDone={(username, destination) => setStep({ step: "confirm", username, destination })} /> : null}
      {step.step === "confirm" ? <ConfirmForm username={step.username} destination={step.destination} onDone={() => setStep({ step: "done" })} /> : null}
      {step.step === "done" ? (
        <p role="status">
          Your account is confirmed. <Link to="/sign-in">Sign in</Link>
        </p>
      ) : (
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      )}
    </main>
  );
}

function useSubmit(run: (form: FormData) => Promise<void>) {
  const [error, setError] = useState<AuthError | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run(new FormData(event.currentTarget));
    } catch (caught) {
      setError(caught instanceof AuthError ? caught : new AuthError("unknown", "That failed unexpectedly. Try again."));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event) };
}

function DetailsForm(props: { onDone: (username: string, destination: string | undefined) => void }) {
  const { provider } = useSessionContext();
  const { error, busy, onSubmit } = useSubmit(async (form) => {
    const username = String(form.get("username") ?? "").trim();
    const result = await provider.signUp({ username, email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") });
    props.onDone(username, result.destination);
  });
  const fieldFor = (code: string) => (error?.code === code ? error.message : undefined);
  return (
    <form onSubmit={onSubmit} aria-label="Create account">
      <Field label="Username" name="username" autoComplete="username" required error={fieldFor("username_taken")} />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} error={fieldFor("weak_password")} hint="At least 8 characters." />
      {error && !["username_taken", "weak_password"].includes(error.code) ? <p role="alert" className="field-error">{error.message}</p> : null}
      <button type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}

/** The emailed code, for any account Cognito has just created (users here, partners on /developers/sign-up). */
export function ConfirmForm(props: { username: string; destination: string | undefined; onDone: () => void }) {
  const { provider } = useSessionContext();
  const { error, busy, onSubmit } = useSubmit(async (form) => {
    await provider.confirmSignUp(props.username, String(form.get("code") ?? "").trim());
    props.onDone();
  });
  return (
    <form onSubmit={onSubmit} aria-label="Confirm account">
      <p role="status">We sent a confirmation code to {props.destination ?? "your email"}. Enter it below.</p>
      <Field label="Confirmation code" name="code" inputMode="numeric" autoComplete="one-time-code" required error={error?.message} />
      <button type="submit" disabled={busy}>
        {busy ? "Confirming…" : "Confirm"}
      </button>
    </form>
  );
}
