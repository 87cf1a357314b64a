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
  private readonly accountIdToProtocol: string;
  private readonly stageToDomainPrefix: string;
  private readonly deploymentToApiId: string;

  constructor(
    private readonly stage: StageInfo,
    resources: readonly Resource[],
  ) {
    for (const resource of resources) this.resources.set(resource, this.fragmentsOf(resource));
    this.accountIdToProtocol = `","accountId":${JSON.stringify(stage.accountId)},"protocol":"`;
    this.stageToDomainPrefix = `","stage":${JSON.stringify(stage.stage)},"domainPrefix":"`;
    this.deploymentToApiId = `","deploymentId":${JSON.stringify(stage.deploymentId)},"apiId":${JSON.stringify(stage.restApiId)}`;
  }

  /** `parts` must have been built for one of this stage's resources (`parts.resource` is its path). */
  write(resource: Resource, parts: RequestParts, request: GatewayRequest, isBinary: BinaryMediaMatcher): string {
    // A resource compiled after this writer cannot happen on the gateway's path; still correct if it does.
    const fragments = this.resources.get(resource) ?? this.fragmentsOf(resource);
    const context = parts.requestContext;
    const identity = context.identity;
    const { body, isBase64Encoded } = proxyEventBody(request, isBinary);
    const headers = headerMapsJson(parts.multiValueHeaders);
    // Strings go in between quotes that are part of the fixed text: a plain value is then inserted as
    // it is, with no quoted copy made first (half the cost of the text, flattening included).
    return (
      fragments.head +
      escaped(parts.path) +
      '","httpMethod":"' +
      escaped(parts.httpMethod) +
      '","headers":' +
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
      escaped(context.httpMethod) +
      '","extendedRequestId":"' +
      escaped(context.extendedRequestId) +
      '","requestTime":"' +
      escaped(context.requestTime) +
      '","path":"' +
      escaped(context.path) +
      this.accountIdToProtocol +
      escaped(context.protocol) +
      this.stageToDomainPrefix +
      escaped(context.domainPrefix) +
      '","requestTimeEpoch":' +
      jsonNumber(context.requestTimeEpoch) +
      ',"requestId":"' +
      escaped(context.requestId) +
      IDENTITY_TO_SOURCE_IP +
      escaped(identity.sourceIp) +
      SOURCE_IP_TO_USER_AGENT +
      jsonStringOrNull(identity.userAgent) +
      ',"user":null' +
      (identity.apiKey === undefined ? "" : ',"apiKey":' + jsonStringOrNull(identity.apiKey) + ',"apiKeyId":' + jsonStringOrNull(identity.apiKeyId ?? null)) +
      '},"domainName":"' +
      escaped(context.domainName) +
      this.deploymentToApiId +
      (context.authorizer === undefined ? "" : ',"authorizer":' + JSON.stringify(context.authorizer)) +
      '},"body":' +
      (body === null ? "null" : '"' + (isBase64Encoded ? body : escaped(body)) + '"') +
      (isBase64Encoded ? ',"isBase64Encoded":true}' : ',"isBase64Encoded":false}')
    );
  }

  private fragmentsOf(resource: Resource): ResourceFragments {
    const path = JSON.stringify(resource.path);
    return {
      head: `{"resource":${path},"path":"`,
      stageVariablesToResourcePath: `,"stageVariables":${JSON.stringify(this.stage.stageVariables)},"requestContext":{"resourceId":${JSON.stringify(resource.id)},"resourcePath":${path},"httpMethod":"`,
    };
  }
}

interface ResourceFragments {
  /** `{"resource":"/x","path":"` */
  head: string;
  /** `,"stageVariables":…,"requestContext":{"resourceId":"…","resourcePath":"/x","httpMethod":"` */
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
  // Object.keys, not for-in: exactly the names JSON.stringify writes (own ones), in its order.
  for (const name of Object.keys(multiValueHeaders)) {
    const values = multiValueHeaders[name] as string[];
    const key = '"' + escaped(name) + '":';
    let list = "";
    let last = "";
    for (const value of values) {
      last = '"' + escaped(value) + '"';
      list = list === "" ? last : list + "," + last;
    }
    single = single === "" ? key + last : single + "," + key + last;
    multi = multi === "" ? key + "[" + list + "]" : multi + "," + key + "[" + list + "]";
  }
  return { single: "{" + single + "}", multi: "{" + multi + "}" };
}

const IDENTITY_TO_SOURCE_IP = '","identity":{"cognitoIdentityPoolId":null,"accountId":null,"cognitoIdentityId":null,"caller":null,"sourceIp":"';
const SOURCE_IP_TO_USER_AGENT =
  '","principalOrgId":null,"accessKey":null,"cognitoAuthenticationType":null,"cognitoAuthenticationProvider":null,"userArn":null,"userAgent":';

/** What JSON.stringify escapes: quote, backslash, control characters, and (lone) surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be found here
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as it appears between the quotes of its JSON literal: usually the string itself, unchanged. */
export function escaped(value: string): string {
  return NEEDS_ESCAPING.test(value) ? JSON.stringify(value).slice(1, -1) : value;
}

const jsonStringOrNull = (value: string | null): string => (value === null ? "null" : '"' + escaped(value) + '"');

const jsonNumber = (value: number): string => (Number.isFinite(value) ? String(value) : "null");
