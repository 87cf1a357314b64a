import { randomText } from "./random-pool";

/**
 * Which request headers reach the proxy event, and under which name. Recorded on AWS (LocalStack's
 * aws-validated snapshots, test_apigateway_integrations.py::TestApiGatewayHeaderRemapping
 * ::test_apigateway_header_remapping_aws[AWS_PROXY] `no-param-integration`, and
 * test_apigateway_lambda.py::test_lambda_aws_proxy_integration): these are sent and never arrive —
 * the hop-by-hop ones, the framing ones (the body arrives whole), and a few AWS keeps for itself.
 * `Authorization` arrives Pascal-cased however it was sent; every other name keeps its case.
 */
const DROPPED = new Set([
  "connection",
  "content-length",
  "content-md5",
  "expect",
  "max-forwards",
  "proxy-authenticate",
  "server",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "www-authenticate",
]);

/** What the event builder does with a request header. */
export type HeaderRole = "keep" | "drop" | "authorization" | "user-agent" | "x-forwarded-for" | "x-amzn-trace-id";

const ROLES = new Map<string, HeaderRole>([
  ...[...DROPPED].map((name): [string, HeaderRole] => [name, "drop"]),
  ["authorization", "authorization"],
  ["user-agent", "user-agent"],
  ["x-forwarded-for", "x-forwarded-for"],
  ["x-amzn-trace-id", "x-amzn-trace-id"],
]);

/**
 * A name is looked up (lower-cased) only when its length and first letter are those of a name with a
 * role: most headers (Host, Accept, Accept-Encoding, x-api-key …) are decided with no allocation.
 */
const candidateKey = (length: number, firstCode: number) => (length << 8) | (firstCode | 0x20);
const CANDIDATES = new Set([...ROLES.keys()].map((name) => candidateKey(name.length, name.charCodeAt(0))));

export function headerRole(name: string): HeaderRole {
  if (!CANDIDATES.has(candidateKey(name.length, name.charCodeAt(0)))) return "keep";
  return ROLES.get(name.toLowerCase()) ?? "keep";
}

/**
 * The X-Amzn-Trace-Id the gateway passes on (in the event and the response): the caller's when it
 * sent a full one; with a Parent added when it sent only a Root; a new Root otherwise
 * (test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id).
 */
export function traceIdFor(sent: string | undefined, epochMs: number): string {
  if (sent === undefined || !sent.startsWith("Root=")) return `Root=1-${Math.floor(epochMs / 1000).toString(16)}-${randomText(12, "hex")}`;
  return sent.includes(";Parent=") ? sent : `${sent};Parent=${randomText(8, "hex")};Sampled=0`;
}
