import { createApiClient, type ApiClient } from "@linkgate/contract";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Session } from "../auth/session";

const ApiContext = createContext<ApiClient | null>(null);

/** The one way pages reach the API: the contract's typed client, carrying the session's fresh token. */
export function ApiProvider(props: { apiUrl: string; session: Session; client?: ApiClient; children: ReactNode }) {
  const { apiUrl, session, client } = props;
  const value = useMemo(() => client ?? createApiClient({ baseUrl: apiUrl, accessToken: () => session.getAccessToken() }), [apiUrl, session, client]);
  return <ApiContext.Provider value={value}>{props.children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error("useApi must be used inside <ApiProvider>.");
  return client;
}
