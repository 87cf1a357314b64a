/**
 * The IAM policy a Lambda authorizer returns, compiled once (when it is cached) and evaluated
 * against each request's methodArn: an explicit Deny wins, otherwise an Allow must match,
 * otherwise the request is implicitly denied. `*` matches any run of characters (slashes
 * included) and `?` exactly one, in both Action and Resource (api-gateway-control-access-using-iam-policies).
 */
export type PolicyDecision = "Allow" | "Deny" | "NoMatch";

export interface CompiledPolicy {
  evaluate(methodArn: string): PolicyDecision;
  /** The same evaluation for another action (`execute-api:InvalidateCache`), off the hot path. */
  evaluateAction(action: string, methodArn: string): PolicyDecision;
}

interface CompiledStatement {
  effect: "Allow" | "Deny";
  /** Whether an Action matches `execute-api:Invoke`, the only action ever evaluated: decided once. */
  coversInvoke: boolean;
  actions: RegExp[];
  resources: RegExp[];
}

const INVOKE_ACTION = "execute-api:Invoke";

/** Documented limit on each policy Resource (authorizer output page). Reading: longer is malformed. */
export const MAX_RESOURCE_LENGTH = 512;

export class MalformedPolicyError extends Error {
  override readonly name = "MalformedPolicyError";
}

export function compilePolicy(policyDocument: unknown): CompiledPolicy {
  if (typeof policyDocument !== "object" || policyDocument === null) throw new MalformedPolicyError("policyDocument is not an object");
  const raw = (policyDocument as { Statement?: unknown }).Statement;
  const statements = Array.isArray(raw) ? raw : raw === undefined ? undefined : [raw];
  if (!statements || statements.length === 0) throw new MalformedPolicyError("policyDocument has no Statement");
  const compiled = statements.map(compileStatement);
  return {
    evaluate(methodArn) {
      let allowed = false;
      for (const statement of compiled) {
        if (!statement.coversInvoke) continue;
        if (!statement.resources.some((resource) => resource.test(methodArn))) continue;
        if (statement.effect === "Deny") return "Deny";
        allowed = true;
      }
      return allowed ? "Allow" : "NoMatch";
    },
    evaluateAction(action, methodArn) {
      let allowed = false;
      for (const statement of compiled) {
        if (!statement.actions.some((pattern) => pattern.test(action))) continue;
        if (!statement.resources.some((resource) => resource.test(methodArn))) continue;
        if (statement.effect === "Deny") return "Deny";
        allowed = true;
      }
      return allowed ? "Allow" : "NoMatch";
    },
  };
}

function compileStatement(statement: unknown): CompiledStatement {
  if (typeof statement !== "object" || statement === null) throw new MalformedPolicyError("Statement is not an object");
  const { Effect, Action, Resource } = statement as Record<string, unknown>;
  if (Effect !== "Allow" && Effect !== "Deny") throw new MalformedPolicyError(`Effect must be Allow or Deny, got ${String(Effect)}`);
  const resources = stringList(Resource, "Resource");
  const tooLong = resources.find((resource) => resource.length > MAX_RESOURCE_LENGTH);
  if (tooLong) throw new MalformedPolicyError(`Resource longer than ${MAX_RESOURCE_LENGTH} characters`);
  // IAM action names are case-insensitive; resource ARNs are not.
  const actions = stringList(Action, "Action").map((action) => wildcardRegExp(action, "i"));
  return {
    effect: Effect,
    coversInvoke: actions.some((action) => action.test(INVOKE_ACTION)),
    actions,
    resources: resources.map((resource) => wildcardRegExp(resource, "")),
  };
}

function stringList(value: unknown, field: string): string[] {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === "string")) {
    throw new MalformedPolicyError(`${field} must be a string or a list of strings`);
  }
  return list;
}

export function wildcardRegExp(pattern: string, flags: string): RegExp {
  let source = "";
  for (const char of pattern) {
    if (char === "*") source += ".*";
    else if (char === "?") source += ".";
    else source += char.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, flags + "s");
}
