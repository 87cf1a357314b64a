import type { ReactNode } from "react";
import { Link, Navigate, useLocation } from "react-router";
import type { SessionState } from "../auth/session";
import { useSessionState } from "../auth/session-context";

/** Pages for signed-in people: others go to sign-in, and come back after. */
export function RequireSignIn(props: { children: ReactNode }) {
  const state = useSessionState();
  const location = useLocation();
  if (state.status === "restoring") return <p role="status">Restoring your session…</p>;
  if (state.status !== "signedIn") return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <>{props.children}</>;
}

type SignedIn = Extract<SessionState, { status: "signedIn" }>;

/**
 * Pages for one kind of signed-in account: the others are told why and where to go instead of the
 * page (whose API calls would be refused anyway).
 */
function RequireAccount(props: { allows: (state: SignedIn) => boolean; title: string; refusal: ReactNode; children: ReactNode }) {
  const state = useSessionState();
  if (state.status === "signedIn" && !props.allows(state)) {
    return (
      <section>
        <h1>{props.title}</h1>
        <p role="alert">{props.refusal}</p>
      </section>
    );
  }
  return <>{props.children}</>;
}

/** Admin pages: only for the `admins` group. */
export function RequireAdmin(props: { children: ReactNode }) {
  return (
    <RequireAccount allows={(state) => state.isAdmin} title="Admins only" refusal="This page is for administrators. Ask an admin if you need access.">
      {props.children}
    </RequireAccount>
  );
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
  return (
    <RequireAccount
      allows={(state) => !state.isPartner}
      title="Partner accounts have no links here"
      refusal={
        <>
          This page is for Linkgate users. Your API key and usage are in <Link to="/portal">the partner portal</Link>.
        </>
      }
    >
      {props.children}
    </RequireAccount>
  );
}

/** The partner portal: only for partner accounts. */
export function RequirePartner(props: { children: ReactNode }) {
  return (
    <RequireAccount
      allows={(state) => state.isPartner}
      title="Partner accounts only"
      refusal={
        <>
          The portal is for partner accounts, which are separate from Linkgate user accounts. <Link to="/developers/sign-up">Sign up as a partner</Link> with
          another username to get an API key.
        </>
      }
    >
      {props.children}
    </RequireAccount>
  );
}
