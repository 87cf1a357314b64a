import type { BinaryMediaMatcher } from "./binary-media";
import type { GatewayRequest } from "./gateway-request";
import { proxyEventBody, type RequestParts, type StageInfo } from "./proxy-event";
import type { Resource } from "./router";

/**
 * The proxy event as JSON text, written directly: exactly `JSON.stringify(toProxyEvent(parts, ...))`,
 * same keys in the same order, but what is fixed per stage and resource (resource path and id,
 * account, stage, API id, stage variables, the identity's nulls) is serialised once here, and only
 * what varies per request is serialised per request. Lambda receives every event as JSON, and the
 * runtime's generic JSON.stringify of the whole object on the main thread cost more than the rest of
 * the gateway's work per request.
 *
 * Keep in step with `buildRequestParts` / `toProxyEvent`: proxy-event-json.test.ts compares the two.
 */
export class ProxyEventJsonWriter {
  private readonly resources = new Map<Resource, ResourceFragments>();
  private readonly accountIdAndProtocol: string;
  private readonly stageAndDomainPrefix: string;
  private readonly apiId: string;

  constructor(
    private readonly stage: StageInfo,
    resources: readonly Resource[],
  ) {
    for (const resource of resources) this.resources.set(resource, this.fragmentsOf(resource));
    this.accountIdAndProtocol = `,"accountId":${JSON.stringify(stage.accountId)},"protocol":`;
    this.stageAndDomainPrefix = `,"stage":${JSON.stringify(stage.stage)},"domainPrefix":`;
    this.apiId = `,"apiId":${JSON.stringify(stage.restApiId)}`;
  }

  /** `parts` must have been built for one of this stage's resources (`parts.resource` is its path). */
  write(resource: Resource, parts: RequestParts, request: GatewayRequest, isBinary: BinaryMediaMatcher): string {
    // A resource compiled after this writer cannot happen on the gateway's path; still correct if it does.
    const fragments = this.resources.get(resource) ?? this.fragmentsOf(resource);
    const context = parts.requestContext;
    const identity = context.identity;
    const { body, isBase64Encoded } = proxyEventBody(request, isBinary);
    const headers = headerMapsJson(parts.multiValueHeaders);
    return (
      fragments.head +
      jsonString(parts.path) +
      ',"httpMethod":' +
      jsonString(parts.httpMethod) +
      ',"headers":' +
      headers.single +
      ',"multiValueHeaders":' +
      headers.multi +
      ',"queryStringParameters":' +
      JSON.stringify(parts.queryStringParameters) +
      ',"multiValueQueryStringParameters":' +
      JSON.stringify(parts.multiValueQueryStringParameters) +
      ',"pathParameters":' +
      JSON.stringify(parts.pathParameters) +
      fragments.stageVariablesToResourcePath +
      ',"httpMethod":' +
      jsonString(context.httpMethod) +
      ',"extendedRequestId":' +
      jsonString(context.extendedRequestId) +
      ',"requestTime":' +
      jsonString(context.requestTime) +
      ',"path":' +
      jsonString(context.path) +
      this.accountIdAndProtocol +
      jsonString(context.protocol) +
      this.stageAndDomainPrefix +
      jsonString(context.domainPrefix) +
      ',"requestTimeEpoch":' +
      jsonNumber(context.requestTimeEpoch) +
      ',"requestId":' +
      jsonString(context.requestId) +
      IDENTITY_HEAD +
      jsonString(identity.sourceIp) +
      IDENTITY_TO_USER_AGENT +
      jsonStringOrNull(identity.userAgent) +
      ',"user":null,"apiKey":' +
      jsonStringOrNull(identity.apiKey) +
      ',"apiKeyId":' +
      jsonStringOrNull(identity.apiKeyId) +
      ',"clientCert":null},"domainName":' +
      jsonString(context.domainName) +
      this.apiId +
      (context.authorizer === undefined ? "" : ',"authorizer":' + JSON.stringify(context.authorizer)) +
      '},"body":' +
      (body === null ? "null" : isBase64Encoded ? `"${body}"` : jsonString(body)) +
      (isBase64Encoded ? ',"isBase64Encoded":true}' : ',"isBase64Encoded":false}')
    );
  }

  private fragmentsOf(resource: Resource): ResourceFragments {
    const path = JSON.stringify(resource.path);
    return {
      head: `{"resource":${path},"path":`,
      stageVariablesToResourcePath: `,"stageVariables":${JSON.stringify(this.stage.stageVariables)},"requestContext":{"resourceId":${JSON.stringify(resource.id)},"resourcePath":${path}`,
    };
  }
}

interface ResourceFragments {
  /** `{"resource":"/x","path":` */
  head: string;
  /** `,"stageVariables":…,"requestContext":{"resourceId":"…","resourcePath":"/x"` */
  stageVariablesToResourcePath: string;
}

/**
 * `headers` and `multiValueHeaders` in one pass over the latter: both maps get their names in the same
 * order (`buildRequestParts` adds each name to both), and a name's single value is its last one.
 * Each name and value is escaped once for both texts.
 */
function headerMapsJson(multiValueHeaders: Record<string, string[]>): { single: string; multi: string } {
  let single = "";
  let multi = "";
  for (const name in multiValueHeaders) {
    const values = multiValueHeaders[name] as string[];
    const key = jsonString(name) + ":";
    let list = "";
    let last = "";
    for (const value of values) {
      last = jsonString(value);
      list = list === "" ? last : list + "," + last;
    }
    single = single === "" ? key + last : single + "," + key + last;
    multi = multi === "" ? key + "[" + list + "]" : multi + "," + key + "[" + list + "]";
  }
  return { single: "{" + single + "}", multi: "{" + multi + "}" };
}

const IDENTITY_HEAD = ',"identity":{"cognitoIdentityPoolId":null,"accountId":null,"cognitoIdentityId":null,"caller":null,"sourceIp":';
const IDENTITY_TO_USER_AGENT =
  ',"principalOrgId":null,"accessKey":null,"cognitoAuthenticationType":null,"cognitoAuthenticationProvider":null,"userArn":null,"userAgent":';

/** What JSON.stringify escapes: quote, backslash, control characters, and (lone) surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be found here
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(value) for a string, without its escaping pass for the usual plain values (ids, paths, IPs). */
export function jsonString(value: string): string {
  return NEEDS_ESCAPING.test(value) ? JSON.stringify(value) : `"${value}"`;
}

const jsonStringOrNull = (value: string | null): string => (value === null ? "null" : jsonString(value));

const jsonNumber = (value: number): string => (Number.isFinite(value) ? String(value) : "null");
