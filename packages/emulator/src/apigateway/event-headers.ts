import { isHeaderNamed } from "./gateway-request";
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

/** Names only of these lengths need a lower-cased look: most headers are decided by length alone, with no allocation. */
const CANDIDATE_LENGTH = new Uint8Array(32);
for (const name of [...DROPPED, "authorization"]) CANDIDATE_LENGTH[name.length] = 1;

/** The name a request header has in the event, or undefined when the event does not carry it. */
export function eventHeaderName(name: string): string | undefined {
  if (name.length >= CANDIDATE_LENGTH.length || CANDIDATE_LENGTH[name.length] === 0) return name;
  const lower = name.toLowerCase();
  if (lower === "authorization") return "Authorization";
  return DROPPED.has(lower) ? undefined : name;
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

export const isTraceHeader = (name: string): boolean => isHeaderNamed(name, "x-amzn-trace-id");
