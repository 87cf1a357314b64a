import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { IdentityProvider } from "./identity-provider";
import type { Session, SessionState } from "./session";

interface SessionContextValue {
  session: Session;
  /** For sign-up and confirmation, which happen before there is a session. */
  provider: IdentityProvider;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider(props: SessionContextValue & { children: ReactNode }) {
  return <SessionContext.Provider value={{ session: props.session, provider: props.provider }}>{props.children}</SessionContext.Provider>;
}

export function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionProvider>.");
  return value;
}

/** The session's current state; re-renders on every change. */
export function useSessionState(): SessionState {
  const { session } = useSessionContext();
  return useSyncExternalStore(session.subscribe, session.getState);
}
