import { useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useSessionContext } from "../auth/session-context";
import { createLiveMessageApplier } from "./apply-live-message";
import { LiveSocket, type LiveStatus } from "./live-socket";

const LiveUrlContext = createContext<string | undefined>(undefined);

/** The live API's URL for the signed-in pages; without one (a stack with no live API) pages just do not update live. */
export function LiveUrlProvider(props: { url: string | undefined; children: ReactNode }) {
  return <LiveUrlContext.Provider value={props.url}>{props.children}</LiveUrlContext.Provider>;
}

/** Keeps one live connection while a signed-in page is open, and applies what it receives to the cached data. */
export function useLiveUpdates(options: { enabled: boolean } = { enabled: true }): LiveStatus | undefined {
  const url = useContext(LiveUrlContext);
  const { session } = useSessionContext();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus | undefined>(undefined);

  const on = Boolean(url) && options.enabled;
  useEffect(() => {
    if (!url || !on) return undefined;
    const socket = new LiveSocket({
      url,
      accessToken: () => session.getAccessToken(),
      onMessage: createLiveMessageApplier(queryClient),
      onStatus: setStatus,
    });
    socket.start();
    return () => socket.stop();
  }, [url, on, session, queryClient]);

  return on ? status : undefined;
}

const LABELS: Record<LiveStatus, string> = { connecting: "Connecting…", open: "Live", closed: "Offline, reconnecting" };

/** The header's indicator: whether the numbers on the page update by themselves right now. */
export function LiveIndicator(props: { status: LiveStatus | undefined }) {
  if (!props.status) return null;
  return (
    <span className={`live-status live-${props.status}`} data-testid="live-status" title="Clicks and traffic update on this page without a reload while live.">
      {LABELS[props.status]}
    </span>
  );
}
