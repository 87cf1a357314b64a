import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, parseRouteRequest, routeByName, routes, type AnyRoute, type RouteName } from "../src/index";
import { startTestServer, type RecordedRequest } from "./http-test-server";
import { exampleRequests, exampleResponses } from "./route-examples";

/** API Gateway's matching, enough for our routes: same length, static segments beat `{param}`. */
function matchRoute(method: string, path: string): { route: AnyRoute; pathParameters: Record<string, string> } | undefined {
  const segments = path.split("/").slice(1);
  const candidates = (routes as readonly AnyRoute[])
    .filter((route) => route.method === method && route.path.split("/").length - 1 === segments.length)
    .map((route) => {
      const template = route.path.split("/").slice(1);
      const pathParameters: Record<string, string> = {};
      let statics = 0;
      for (const [i, part] of template.entries()) {
        const actual = segments[i]!;
        if (part.startsWith("{")) pathParameters[part.slice(1, -1)] = decodeURIComponent(actual);
        else if (part === actual) statics++;
        else return undefined;
      }
      return { route, pathParameters, statics };
    })
    .filter((match) => match !== undefined)
    .sort((a, b) => b.statics - a.statics);
  return candidates[0];
}

/** The request parts as the gateway would hand them to the function. */
function rawRequestFrom(request: RecordedRequest, pathParameters: Record<string, string>) {
  const url = new URL(request.url, "http://127.0.0.1");
  const query = Object.fromEntries(url.searchParams);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  return {
    pathParameters: Object.keys(pathParameters).length ? pathParameters : null,
    queryStringParameters: Object.keys(query).length ? query : null,
    headers,
    body: request.body || null,
  };
}

let server: Awaited<ReturnType<typeof startTestServer>>;
const parsedBy = new Map<string, unknown>();
beforeAll(async () => {
  server = await startTestServer();
  server.answerWith((request) => {
    const match = matchRoute(request.method, new URL(request.url, "http://127.0.0.1").pathname);
    if (!match) return { status: 403, headers: { "x-amzn-ErrorType": "MissingAuthenticationTokenException" }, body: { message: "Missing Authentication Token" } };
    const parsed = parseRouteRequest(match.route.name as RouteName, rawRequestFrom(request, match.pathParameters));
    if (!parsed.success) return { status: 400, body: parsed.error };
    parsedBy.set(match.route.name, parsed.input);
    return exampleResponses[match.route.name as RouteName];
  });
});
afterAll(() => server.close());

describe("client → server round trip, every route", () => {
  const client = () => createApiClient({ baseUrl: server.baseUrl, accessToken: () => "t", apiKey: "k".repeat(20) });

  it.each(routes.map((route) => route.name))("%s: what the client sends, the contract parses; what it answers, the client reads", async (name) => {
    const call = client().call as (name: RouteName, input: unknown) => Promise<unknown>;
    const output = await call(name, exampleRequests[name]);
    const sent = exampleRequests[name] as { path?: object; body?: object };
    const input = parsedBy.get(name) as { path: object; body: unknown };
    expect(input.path).toEqual(sent.path ?? {});
    if (sent.body) expect(input.body).toMatchObject(sent.body);
    const answer = exampleResponses[name];
    if (answer.body !== undefined) expect(output).toMatchObject(JSON.parse(JSON.stringify(answer.body)));
    else expect(output).toEqual({ status: answer.status, ...answer.headers });
    expect(routeByName(name).responses).toHaveProperty(String(answer.status));
  });
});
