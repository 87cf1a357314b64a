import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ApiError, type ApiClient } from "@linkgate/contract";
import { lazy, Suspense, useState } from "react";
import { createBrowserRouter, createMemoryRouter, type RouteObject } from "react-router";
// react-router/dom's RouterProvider gives the router ReactDOM.flushSync; v8's upgrade guide has DOM apps import it from there.
import { RouterProvider } from "react-router/dom";
import { ApiProvider } from "../api/api-context";
import { isOwnAccountQuery } from "../api/query-keys";
import type { IdentityProvider } from "../auth/identity-provider";
import type { Session } from "../auth/session";
import { SessionProvider } from "../auth/session-context";
import { SignInPage } from "../auth/sign-in-page";
import { SignUpPage } from "../auth/sign-up-page";
import { LinksPage } from "../links/links-page";
import { ProfilePage } from "../pages/profile-page";
import { HomeRedirect, RequireAdmin, RequirePartner, RequireSignIn, RequireUserAccount } from "./guards";
import { Layout } from "./layout";
import { PublicLayout } from "./public-layout";
import { PartnerSignUpPage } from "../portal/partner-sign-up-page";
import { LiveUrlProvider } from "../live/live-updates";

// Admin pages, the partner portal, the developer docs and the link detail (with its chart) load on
// demand: not in the initial bundle.
const LinkDetailPage = lazy(() => import("../links/link-detail-page"));
const AdminRoutes = lazy(() => import("../admin/admin-routes"));
const PortalPage = lazy(() => import("../portal/portal-page"));
const DevelopersPage = lazy(() => import("../developers/developers-page"));

const loading = <p role="status">Loading…</p>;

export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage /> },
  { path: "/sign-up", element: <SignUpPage /> },
  {
    // Public: the developer docs and partner sign-up need no account.
    path: "/developers",
    element: <PublicLayout />,
    children: [
      { index: true, element: <Suspense fallback={loading}><DevelopersPage /></Suspense> },
      { path: "sign-up", element: <PartnerSignUpPage /> },
    ],
  },
  {
    element: (
      <RequireSignIn>
        <Layout />
      </RequireSignIn>
    ),
    children: [
      { path: "/", element: <HomeRedirect /> },
      { path: "/links", element: <RequireUserAccount><LinksPage /></RequireUserAccount> },
      { path: "/links/:code", element: <RequireUserAccount><Suspense fallback={loading}><LinkDetailPage /></Suspense></RequireUserAccount> },
      { path: "/profile", element: <RequireUserAccount><ProfilePage /></RequireUserAccount> },
      { path: "/portal", element: <RequirePartner><Suspense fallback={loading}><PortalPage /></Suspense></RequirePartner> },
      { path: "/admin/*", element: <RequireAdmin><Suspense fallback={loading}><AdminRoutes /></Suspense></RequireAdmin> },
      { path: "*", element: <p role="alert">No such page.</p> },
    ],
  },
];

/** A query client whose errors end the session when the API says the token no longer works. */
export function createQueryClient(session: Session): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!(error instanceof ApiError)) return;
        if (error.status === 401) session.lostAccess("Your session has ended. Sign in again.");
        // On an account's own routes a 403 can only be the gateway's deny: the account lost access (disabled).
        else if (error.status === 403 && isOwnAccountQuery(query.queryKey)) {
          session.lostAccess("Your account no longer has access to Linkgate. Ask an administrator.");
        }
      },
    }),
    defaultOptions: {
      queries: {
        // Retry network failures and 5xx a little; never 4xx (they will not change by retrying).
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
        staleTime: 15_000,
      },
    },
  });
}

export function App(props: { session: Session; provider: IdentityProvider; apiUrl: string; liveUrl?: string; client?: ApiClient; initialPath?: string }) {
  const [queryClient] = useState(() => createQueryClient(props.session));
  const [router] = useState(() => (props.initialPath ? createMemoryRouter(routes, { initialEntries: [props.initialPath] }) : createBrowserRouter(routes)));
  return (
    <SessionProvider session={props.session} provider={props.provider}>
      <ApiProvider apiUrl={props.apiUrl} session={props.session} client={props.client}>
        <QueryClientProvider client={queryClient}>
          <LiveUrlProvider url={props.liveUrl}>
            <RouterProvider router={router} />
          </LiveUrlProvider>
        </QueryClientProvider>
      </ApiProvider>
    </SessionProvider>
  );
}
