import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApi } from "../api/api-context";
import { describeError, fieldErrors } from "../api/describe-error";
import { ConfirmForm } from "../auth/sign-up-page";
import { Field } from "../ui/field";

type Step = { step: "details" } | { step: "confirm"; username: string; destination: string | undefined } | { step: "done" };

/**
 * A partner account: the API's public sign-up puts it in the `partners` group (POST
 * /portal/sign-up), then the emailed code confirms it, as a user account's is (locally: printed by
 * `npm start` and in the stack's codes file). Signed in, the portal gives it its key.
 */
export function PartnerSignUpPage() {
  const [step, setStep] = useState<Step>({ step: "details" });
  return (
    <section className="auth-page">
      <h1>Sign up as a partner</h1>
      <p>A partner account gets an API key on the Free plan at once. It is separate from a Linkgate user account: pick a username of its own.</p>
      {step.step === "details" ? <PartnerDetailsForm onDone={(username, destination) => setStep({ step: "confirm", username, destination })} /> : null}
      {step.step === "confirm" ? <ConfirmForm username={step.username} destination={step.destination} onDone={() => setStep({ step: "done" })} /> : null}
      {step.step === "done" ? (
        <p role="status">
          Your partner account is confirmed.{" "}
          <Link to="/sign-in" state={{ from: "/portal" }}>
            Sign in to get your API key
          </Link>
        </p>
      ) : (
        <p>
          Already a partner?{" "}
          <Link to="/sign-in" state={{ from: "/portal" }}>
            Sign in
          </Link>
        </p>
      )}
    </section>
  );
}

function PartnerDetailsForm(props: { onDone: (username: string, destination: string | undefined) => void }) {
  const api = useApi();
  const signUp = useMutation({
    mutationFn: (body: { username: string; email: string; password: string }) => api.call("signUpPartnerAccount", { body }),
    onSuccess: (result) => props.onDone(result.username, result.codeDelivery.destination ?? undefined),
  });
  const errors = fieldErrors(signUp.error, { conflictField: "username" });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signUp.mutate({ username: String(form.get("username") ?? "").trim(), email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") });
  };
  return (
    <form onSubmit={submit} aria-label="Create partner account">
      <Field label="Username" name="username" autoComplete="username" required error={errors.fields.username} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} error={errors.fields.password} hint="At least 8 characters." />
      {errors.other.length > 0 ? <p role="alert" className="field-error">{errors.other.join(" ")}</p> : null}
      {signUp.isError && errors.other.length === 0 && Object.keys(errors.fields).length === 0 ? (
        <p role="alert" className="field-error">{describeError(signUp.error).detail}</p>
      ) : null}
      <button type="submit" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating…" : "Create partner account"}
      </button>
    </form>
  );
}
