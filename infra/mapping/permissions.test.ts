import { describe, expect, it } from "vitest";
import { routeByName, isRouteName } from "@linkgate/contract";
import { adminPermissionsFor, METRICS_READER_ROUTES, metricsReaderPermissions, partnerAccountPermissionsFor, SIGN_UP_ROUTES, signUpPermissionsFor, USAGE_READER_ROUTES, usageReaderPermissionsFor } from "./permissions";

const refs = { region: "eu-west-1", restApiId: "abc123", stage: "prod", userPoolArn: "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_X" };

describe("adminPermissionsFor", () => {
  it("grants the four API Gateway verbs on usage plans, API keys and this stage only", () => {
    const [apiGateway] = adminPermissionsFor(refs);
    expect(apiGateway?.actions).toEqual(["apigateway:GET", "apigateway:POST", "apigateway:PATCH", "apigateway:DELETE"]);
    expect(apiGateway?.resources).toEqual([
      "arn:aws:apigateway:eu-west-1::/usageplans",
      "arn:aws:apigateway:eu-west-1::/usageplans/*",
      "arn:aws:apigateway:eu-west-1::/apikeys",
      "arn:aws:apigateway:eu-west-1::/apikeys/*",
      "arn:aws:apigateway:eu-west-1::/restapis/abc123/stages/prod",
      "arn:aws:apigateway:eu-west-1::/restapis/abc123/stages/prod/cache/authorizers",
    ]);
  });

  it("grants named Cognito actions on this pool, never a wildcard", () => {
    const [, cognito] = adminPermissionsFor(refs);
    expect(cognito?.resources).toEqual([refs.userPoolArn]);
    expect(cognito?.actions.every((action) => /^cognito-idp:[A-Z][A-Za-z]+$/.test(action))).toBe(true);
    expect(cognito?.actions).toContain("cognito-idp:AdminDisableUser");
  });
});

describe("partner self-service permissions", () => {
  it("gives /portal functions partner administration's API Gateway rights and no Cognito", () => {
    const granted = partnerAccountPermissionsFor(refs);
    expect(granted).toEqual([adminPermissionsFor(refs)[0]]);
    expect(granted.flatMap((spec) => spec.actions).some((action) => action.startsWith("cognito-idp:"))).toBe(false);
  });

  it("lets the sign-up route put an account in its group (or remove it) on this pool only", () => {
    expect(SIGN_UP_ROUTES.every((name) => isRouteName(name) && routeByName(name).auth === "public")).toBe(true);
    expect(signUpPermissionsFor(refs)).toEqual([{ actions: ["cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminDeleteUser"], resources: [refs.userPoolArn] }]);
  });
});

describe("usageReaderPermissionsFor", () => {
  it("lets a partner's usage route read usage plans, and nothing else", () => {
    expect(usageReaderPermissionsFor({ region: "eu-west-1" })).toEqual([
      { actions: ["apigateway:GET"], resources: ["arn:aws:apigateway:eu-west-1::/usageplans", "arn:aws:apigateway:eu-west-1::/usageplans/*"] },
    ]);
  });
});

describe("metricsReaderPermissions", () => {
  it("reads metrics only: no write, alarm or dashboard action, and `*` only because CloudWatch's reads have no resource type", () => {
    expect(metricsReaderPermissions()).toEqual([{ actions: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"], resources: ["*"] }]);
  });
});

describe("the routes given extra read permissions", () => {
  it("are contract routes: the API metrics route reads CloudWatch, the partner's usage route reads usage plans", () => {
    for (const name of [...METRICS_READER_ROUTES, ...USAGE_READER_ROUTES]) expect(isRouteName(name), name).toBe(true);
    expect(METRICS_READER_ROUTES.map((name) => (isRouteName(name) ? routeByName(name).path : name))).toEqual(["/admin/metrics/api"]);
    expect(USAGE_READER_ROUTES.map((name) => (isRouteName(name) ? routeByName(name).path : name))).toEqual(["/v1/usage", "/portal/plans"]);
  });
});
