import { createApiClient } from "@linkgate/contract";
import { render } from "@testing-library/react";
import { App } from "../app/app";
import { Session } from "../auth/session";
import { FakeIdentityProvider } from "./fake-identity-provider";

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** Renders the whole console at a path, signed in or not, against a scripted API (a fetch that answers). */
export async function renderApp(options: { path: string; respond: Responder; signedInAs?: { username: string; groups?: string[] } }) {
  const provider = new FakeIdentityProvider();
  const session = new Session({ provider });
  if (options.signedInAs) {
    provider.addUser(options.signedInAs.username, { password: "password-1", groups: options.signedInAs.groups ?? [] });
    await session.signIn(options.signedInAs.username, "password-1");
  }
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request: RecordedRequest = {
      method: init?.method ?? "GET",
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    return options.respond(request);
  };
  const client = createApiClient({ baseUrl: "http://api.test", fetch, accessToken: () => session.getAccessToken() });
  const view = render(<App session={session} provider={provider} apiUrl="http://api.test" client={client} initialPath={options.path} />);
  return { ...view, requests, session, provider };
}

export function linkFactory(overrides: Partial<{ code: string; target: string; totalClicks: number; expiresAt: string | null }> = {}) {
  const code = overrides.code ?? "abc1234";
  return {
    code,
    shortUrl: `http://short.test/${code}`,
    target: overrides.target ?? "https://example.com/page",
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    expiresAt: overrides.expiresAt ?? null,
    totalClicks: overrides.totalClicks ?? 0,
  };
}
