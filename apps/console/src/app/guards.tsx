import type { ReactNode } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { useSessionState } from "../auth/session-context";

/** Pages for signed-in people: others go to sign-in, and come back after. */
export function RequireSignIn(props: { children: ReactNode }) {
  const state = useSessionState();
  const location = useLocation();
  if (state.status === "restoring") return <p role="status">Restoring your session…</p>;
  if (state.status !== "signedIn") return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <>{props.children}</>;
}

/** Admin pages: only for the `admins` group (the API refuses the others anyway). */
export function RequireAdmin(props: { children: ReactNode }) {
  const state = useSessionState();
  if (state.status === "signedIn" && !state.isAdmin) {
    return (
      <section>
        <h1>Admins only</h1>
        <p role="alert">This page is for administrators. Ask an admin if you need access.</p>
      </section>
    );
  }
  return <>{props.children}</>;
}

/** The signed-in home: a partner account's is its portal, everyone else's their links. */
export function HomeRedirect() {
  const state = useSessionState();
  return <Navigate to={state.status === "signedIn" && state.isPartner ? "/portal" : "/links"} replace />;
}

/**
 * A user's own pages (links, profile): a partner account has none, and the API would refuse it
 * (a 403 there would read as a lost account), so it is pointed at its portal instead.
 */
export function RequireUserAccount(props: { children: ReactNode }) {
  const state = useSessionState();
  if (state.status === "signedIn" && state.isPartner) {
    return (
      <section>
        <h1>Partner accounts have no links here</h1>
        <p role="alert">
          This page is for Linkgate users. Your API key and usage are in <Link to="/portal">the partner portal</Link>.
        </p>
      </section>
    );
  }
  return <>{props.children}</>;
}

/** The partner portal: only for partner accounts (the API refuses the others anyway). */
export function RequirePartner(props: { children: ReactNode }) {
  const state = useSessionState();
  if (state.status === "signedIn" && !state.isPartner) {
    return (
      <section>
        <h1>Partner accounts only</h1>
        <p role="alert">
          The portal is for partner accounts, which are separate from Linkgate user accounts. <Link to="/developers/sign-up">Sign up as a partner</Link> with
          another username to get an API key.
        </p>
      </section>
    );
  }
  return <>{props.children}</>;
}
