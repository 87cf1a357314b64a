import { errorBodySchema, gatewayErrorBodySchema, routes, type AnyRoute } from "@linkgate/contract";
import { partnerOwnerId, userOwnerId } from "@linkgate/core";
import fc from "fast-check";
import { request as httpRequest } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { stackTables } from "./support/owner-links";
import { newPartnerAccount } from "./support/partner-accounts";
import { adminClient, newUser, stack } from "./support/stack-clients";
import { nearValidObject, validValue } from "./support/schema-arbitrary";

/** Requests per route; with ~45 routes a run sends a few thousand, bounded by fast-check's time limit too. */
const RUNS_PER_ROUTE = 100;
const TIME_LIMIT_PER_ROUTE_MS = 8_000;

// Never the seeded accounts' names (`admin`, `demo-user`): other stack tests sign in with them while
// this file runs, and a fuzzed PATCH or group removal would really apply to them.
const oddSegment = fc.oneof(
  fc.constantFrom("%2F", "..", "%2e%2e", "%00", "a%00b", "%ZZ", "%", "x".repeat(3_000), "%E2%80%AE", "😀", "health", "null", "-"),
  fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);
const oddHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.constant({}),
  fc.constantFrom<Record<string, string>>({ "content-type": "text/plain" }, { "content-type": "application/json; charset=utf-16" }, { "content-type": "multipart/form-data" }, { "Idempotency-Key": "\u00e9".repeat(300) }, { "Idempotency-Key": "" }, { "x-forwarded-for": "::1, 999.1.1.1" }, { accept: "text/html" }, { "x-weird": "v".repeat(7_000) }),
);
const rawBody = fc.oneof(fc.constant(undefined), fc.constantFrom("", "{", "not json", "[]", "null", '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'), fc.string({ unit: "binary", maxLength: 30 }));

interface Sent {
  route: string;
  status: number;
  code: string | undefined;
}

describe("fuzz: generated bad input on every route", () => {
  let credentials: Record<AnyRoute["auth"], Record<string, string>>;
  let userOwner: string;
  let partnerOwner: string;
  const sent: Sent[] = [];
  const createdCodes = new Set<string>();

  beforeAll(async () => {
    const user = await newUser("fuzz");
    const admin = await adminClient();
    const partner = await admin.call("createPartner", { body: { name: "Fuzz partner", contactEmail: "fuzz@linkgate.local", planId: "enterprise" } });
    const me = await user.client.call("getMe", {});
    userOwner = userOwnerId(me.sub);
    partnerOwner = partnerOwnerId(partner.partner.id);
    const adminToken = (await newUser("fuzz-admin", ["admins"])).token;
    const partnerAccountToken = (await newPartnerAccount("fuzz-portal")).token;
    credentials = {
      public: {},
      user: { authorization: `Bearer ${user.token}` },
      admin: { authorization: `Bearer ${adminToken}` },
      partner: { "x-api-key": partner.apiKey.value },
      partnerAccount: { authorization: `Bearer ${partnerAccountToken}` },
    };
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))("%s: no 5xx, every 4xx in the contract's error shape", async (_name, route) => {
    const pathParams = Object.keys(route.request.path.shape);
    const request = fc.record({
      path: fc.oneof(validValue(route.request.path), fc.record(Object.fromEntries(pathParams.map((p) => [p, oddSegment])))) as fc.Arbitrary<Record<string, unknown>>,
      query: nearValidObject(route.request.query),
      body: route.request.body ? fc.oneof(nearValidObject(route.request.body).map((b) => ({ json: b })), rawBody.map((raw) => ({ raw }))) : rawBody.map((raw) => ({ raw })),
      headers: oddHeaders,
    });
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        let path = route.path;
        for (const param of pathParams) path = path.replace(`{${param}}`, segment(input.path[param]));
        const query = toQuery(input.query);
        const hasBody = route.method !== "GET" && route.method !== "DELETE";
        const body = !hasBody ? undefined : "json" in input.body ? JSON.stringify(input.body.json) : input.body.raw;
        const response = await send(`${stack().apiUrl}${path}${query}`, route.method, { "content-type": "application/json", ...input.headers, ...credentials[route.auth] }, body);
        const text = response.text;
        const json = parseJson(text);
        const errorCode = response.status >= 400 ? (json as { code?: string } | undefined)?.code ?? "(gateway)" : undefined;
        sent.push({ route: route.name, status: response.status, code: errorCode });
        expect(response.status, `${route.method} ${path}${query} ${body ?? ""} → ${text.slice(0, 300)}`).toBeLessThan(500);
        // 413/414 for an oversized request line or headers come from the gateway's HTTP layer in text, as on AWS.
        const isJson = /json/.test(response.headers.get("content-type") ?? "");
        if (response.status >= 400 && (isJson || ![404, 413, 414].includes(response.status))) {
          const shaped = errorBodySchema.safeParse(json).success || gatewayErrorBodySchema.safeParse(json).success;
          expect(shaped, `error body of ${route.method} ${path}: ${text.slice(0, 300)}`).toBe(true);
        }
        if (response.status === 201 && typeof (json as { code?: unknown })?.code === "string") createdCodes.add((json as { code: string }).code);
      }),
      { numRuns: RUNS_PER_ROUTE, interruptAfterTimeLimit: TIME_LIMIT_PER_ROUTE_MS, markInterruptAsFailure: false },
    );
  });

  it("left nothing written by a refused request: every stored link was answered 201, every owner's count equals its links", async () => {
    const tables = stackTables(stack());
    for (const ownerId of [userOwner, partnerOwner]) {
      const stored = await tables.linkCodesOf(ownerId);
      for (const code of stored) expect(createdCodes.has(code), `link ${code} of ${ownerId} was never answered 201`).toBe(true);
      expect(await tables.linkCountOf(ownerId)).toBe(stored.length);
    }
    const distinct = new Map<string, number>();
    for (const one of sent) {
      const label = one.code ? `${one.status} ${one.code}` : String(one.status);
      distinct.set(label, (distinct.get(label) ?? 0) + 1);
    }
    console.log(`Fuzz: ${sent.length} requests over ${routes.length} routes; answers: ${[...distinct].sort().map(([k, n]) => `${k} ×${n}`).join(", ")}`);
    expect(sent.length).toBeGreaterThan(routes.length * 10);
  });
});

/**
 * One request on a connection of its own: after a 413 the gateway drains and closes its connection
 * (as a lingering close), and a pooled client reusing it would fail for reasons of its own.
 */
function send(url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<{ status: number; text: string; headers: { get(name: string): string | null } }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), headers: { get: (name) => [res.headers[name.toLowerCase()]].flat()[0] ?? null } }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

function segment(value: unknown): string {
  if (typeof value === "string" && /%|\.\./.test(value)) return value;
  return encodeURIComponent(String(value));
}

function toQuery(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "";
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(value)) params.append(key, typeof v === "string" ? v : JSON.stringify(v));
  const text = params.toString();
  return text ? `?${text}` : "";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
