import { NavLink, Outlet } from "react-router";
import { useSessionContext, useSessionState } from "../auth/session-context";
import { LiveIndicator, useLiveUpdates } from "../live/live-updates";

/** Header, navigation for the kind of account (user, admin or partner) and the page. */
export function Layout() {
  const state = useSessionState();
  const { session } = useSessionContext();
  const isAdmin = state.status === "signedIn" && state.isAdmin;
  const isPartner = state.status === "signedIn" && state.isPartner;
  // A partner account's pages have nothing that changes live (clicks and traffic are users' and admins').
  const live = useLiveUpdates({ enabled: !isPartner });
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Linkgate</span>
        <nav aria-label="Main">
          {isPartner ? (
            <NavLink to="/portal">Portal</NavLink>
          ) : (
            <>
              <NavLink to="/links">My links</NavLink>
              <NavLink to="/profile">Profile</NavLink>
            </>
          )}
          {isAdmin ? (
            <>
              <NavLink to="/admin" end>Dashboard</NavLink>
              <NavLink to="/admin/plans">Plans</NavLink>
              <NavLink to="/admin/partners">Partners</NavLink>
              <NavLink to="/admin/upgrade-requests">Upgrade requests</NavLink>
              <NavLink to="/admin/users">Users</NavLink>
            </>
          ) : null}
          <NavLink to="/developers">Developers</NavLink>
        </nav>
        <LiveIndicator status={live} />
        <button type="button" onClick={() => void session.signOut()}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
