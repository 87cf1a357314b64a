import { NavLink } from "react-router";
import { useSessionState } from "../auth/session-context";
import { Layout } from "./layout";
import { PageFrame } from "./page-frame";

/**
 * Pages anyone may read (the developer docs, partner sign-up): inside the console's own layout for
 * a signed-in account, else under a top bar that offers signing in or up.
 */
export function PublicLayout() {
  const state = useSessionState();
  if (state.status === "signedIn") return <Layout />;
  return (
    <PageFrame
      nav={
        <>
          <NavLink to="/developers" end>Developers</NavLink>
          <NavLink to="/developers/sign-up">Partner sign-up</NavLink>
          <NavLink to="/sign-in">Sign in</NavLink>
        </>
      }
    />
  );
}
