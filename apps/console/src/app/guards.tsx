import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
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
