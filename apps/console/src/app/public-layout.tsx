import { NavLink, Outlet } from "react-router";
import { useSessionState } from "../auth/session-context";
import { Layout } from "./layout";

/**
 * Pages anyone may read (the developer docs, partner sign-up): inside the console's own layout for
 * a signed-in account, else under a header that offers signing in or up.
 */
export function PublicLayout() {
  const state = useSessionState();
  if (state.status === "signedIn") return <Layout />;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Linkgate</span>
        <nav aria-label="Main">
          <NavLink to="/developers" end>Developers</NavLink>
          <NavLink to="/developers/sign-up">Partner sign-up</NavLink>
          <NavLink to="/sign-in">Sign in</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
