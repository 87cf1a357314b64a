import type { APIGatewayAuthorizerResult } from "aws-lambda";

/** API Gateway's resource matching: `*` matches any run of characters (including `/`), `?` one. */
function matches(pattern: string, methodArn: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${regex}$`).test(methodArn);
}

/** Explicit Deny wins; otherwise an Allow must match; otherwise implicit deny. */
export function policyAllows(result: APIGatewayAuthorizerResult, methodArn: string): boolean {
  const statements = result.policyDocument.Statement.map((s) => s as { Effect: string; Resource?: string | string[] });
  const hits = (effect: string) =>
    statements.some((s) => s.Effect === effect && [s.Resource ?? []].flat().some((resource) => matches(resource, methodArn)));
  return !hits("Deny") && hits("Allow");
}
