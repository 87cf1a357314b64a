import { createApiClient, type ApiClient } from "@linkgate/contract";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Session } from "../auth/session";

const ApiContext = createContext<ApiClient | null>(null);
const ApiUrlContext = createContext<string>("");

/** The one way pages reach the API: the contract's typed client, carrying the session's fresh token. */
export function ApiProvider(props: { apiUrl: string; session: Session; client?: ApiClient; children: ReactNode }) {
  const { apiUrl, session, client } = props;
  const value = useMemo(() => client ?? createApiClient({ baseUrl: apiUrl, accessToken: () => session.getAccessToken() }), [apiUrl, session, client]);
  return (
    <ApiUrlContext.Provider value={apiUrl}>
      <ApiContext.Provider value={value}>{props.children}</ApiContext.Provider>
    </ApiUrlContext.Provider>
  );
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error("useApi must be used inside <ApiProvider>.");
  return client;
}

/** The API's base URL, for pages that show it or hand it to a tool (the developer portal). */
export function useApiUrl(): string {
  return useContext(ApiUrlContext);
}
