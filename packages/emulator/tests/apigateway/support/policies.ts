/** Builders for authorizer outputs. */
export const ARN_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:api123/test";

export const statement = (Effect: "Allow" | "Deny", Resource: string | string[]) => ({ Action: "execute-api:Invoke", Effect, Resource });

export const authorizerOutput = (principalId: string, statements: unknown[], extra: Record<string, unknown> = {}) => ({
  principalId,
  policyDocument: { Version: "2012-10-17", Statement: statements },
  ...extra,
});

export const allowAll = (principalId = "user-1", extra: Record<string, unknown> = {}) => authorizerOutput(principalId, [statement("Allow", `${ARN_PREFIX}/*`)], extra);
