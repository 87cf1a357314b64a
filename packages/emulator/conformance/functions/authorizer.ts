import { randomUUID } from "node:crypto";
import { countInvocation, invocationCount } from "./invocation-counter";

/**
 * The conformance authorizer, TOKEN and REQUEST. The token (or the `X-Conformance-Token` header of
 * a REQUEST authorizer) reads `<policy>.<nonce>`: the policy picks the answer, the nonce keeps
 * each run's tokens apart in the result cache. Every invocation is counted per token; the same
 * function, behind `GET /authorizer-invocations?token=`, reports the count (a proxy event).
 */
interface AuthorizerEvent {
  type: "TOKEN" | "REQUEST";
  methodArn: string;
  authorizationToken?: string;
  headers?: Record<string, string>;
}

interface ProxyEvent {
  queryStringParameters: Record<string, string> | null;
}

type Policy = (methodArn: string, nonce: string) => unknown;

/** What the authorizer saw, handed on in its context so cases can check the authorizer input. */
let lastInput: { methodArn: string; inputType: string; inputKeys: string; headerNames: string } = { methodArn: "", inputType: "", inputKeys: "", headerNames: "" };

const stageWildcard = (methodArn: string) => methodArn.split("/").slice(0, 2).join("/") + "/*";
const statement = (Effect: "Allow" | "Deny", Resource: string) => ({ Action: "execute-api:Invoke", Effect, Resource });
const answer = (policy: string, statements: unknown[], extra: Record<string, unknown> = {}) => ({
  principalId: `user-${policy}`,
  policyDocument: { Version: "2012-10-17", Statement: statements },
  context: { invocationId: randomUUID(), policy, ...lastInput },
  ...extra,
});

export const POLICIES: Record<string, Policy> = {
  /** Allows every method of the stage: the right way to write a cached policy. */
  allow: (arn) => answer("allow", [statement("Allow", stageWildcard(arn))]),
  /** Allows only the method that triggered it: cached, it wrongly denies the caller's other methods. */
  narrow: (arn) => answer("narrow", [statement("Allow", arn)]),
  /** Allows only a method nobody calls: a valid policy that matches nothing (implicit deny). */
  elsewhere: (arn) => answer("elsewhere", [statement("Allow", stageWildcard(arn).replace(/\*$/, "GET/nowhere"))]),
  deny: (arn) => answer("deny", [statement("Deny", stageWildcard(arn))]),
  /** Allow everything, deny POST: the explicit Deny must win where both match. */
  "deny-post": (arn) => answer("deny-post", [statement("Allow", stageWildcard(arn)), statement("Deny", stageWildcard(arn).replace(/\*$/, "POST/*"))]),
  unauthorized: () => {
    throw new Error("Unauthorized");
  },
  error: () => {
    throw new Error("authorizer exploded");
  },
  "object-context": (arn) => ({ ...answer("object-context", [statement("Allow", stageWildcard(arn))]), context: { nested: { a: 1 } } }),
  "no-policy": () => ({ principalId: "user-no-policy" }),
  "typed-context": (arn) => ({
    ...answer("typed-context", [statement("Allow", stageWildcard(arn))]),
    context: { text: "plain", number: 123, flag: true, invocationId: randomUUID() },
  }),
  "usage-key": (arn, nonce) => answer("usage-key", [statement("Allow", stageWildcard(arn))], { usageIdentifierKey: `conformance-usage-key-${nonce}` }),
};

export const handler = async (event: AuthorizerEvent | ProxyEvent) => {
  if ("type" in event && (event.type === "TOKEN" || event.type === "REQUEST")) return authorize(event);
  const token = (event as ProxyEvent).queryStringParameters?.token ?? "";
  return { statusCode: 200, body: JSON.stringify({ token, count: invocationCount(token) }) };
};

function authorize(event: AuthorizerEvent): unknown {
  const token = event.type === "TOKEN" ? (event.authorizationToken ?? "") : (headerValue(event.headers, "x-conformance-token") ?? "");
  countInvocation(token);
  lastInput = { methodArn: event.methodArn, inputType: event.type, inputKeys: Object.keys(event).sort().join(","), headerNames: Object.keys(event.headers ?? {}).sort().join(",") };
  const [policyName = "", nonce = ""] = token.split(".");
  const policy = POLICIES[policyName];
  if (!policy) throw new Error("Unauthorized");
  return policy(event.methodArn, nonce);
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}
