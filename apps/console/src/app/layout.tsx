import { NavLink } from "react-router";
import { useSessionContext, useSessionState } from "../auth/session-context";
import { LiveIndicator, useLiveUpdates } from "../live/live-updates";
import { PageFrame } from "./page-frame";

/** Header, navigation for the kind of account (user, admin or partner) and the page. */
export function Layout() {
  const state = useSessionState();
  const { session } = useSessionContext();
  const isAdmin = state.status === "signedIn" && state.isAdmin;
  const isPartner = state.status === "signedIn" && state.isPartner;
  // A partner account's pages have nothing that changes live (clicks and traffic are users' and admins').
  const live = useLiveUpdates({ enabled: !isPartner });
  return (
    <PageFrame
      nav={
        <>
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
        </>
      }
    >
      <LiveIndicator status={live} />
      <button type="button" onClick={() => void session.signOut()}>
        Sign out
      </button>
    </PageFrame>
  );
}
