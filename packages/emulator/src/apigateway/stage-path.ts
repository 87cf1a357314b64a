import type { RouteMatch, Router } from "./router";

/**
 * The base URL serves the stage at `/`, like a custom domain with the stage mapped at the root,
 * and also accepts the execute-api form `/{stage}/...`. To stay unambiguous the root mapping
 * always wins: a path is read as stage-prefixed only when it starts with `/{stage}` AND matches
 * no resource as it is. So with stage `prod`, `GET /prod` still reaches a `/{code}` route; and
 * `GET /prod/v1/links` reaches `/v1/links` unless the API itself has a `/prod/v1/links` resource
 * (or a `{proxy+}` that takes it).
 */
export function resolveStagePath(router: Router, stage: string, method: string, path: string): { path: string; match: RouteMatch } {
  const match = router.match(method, path);
  if (match.kind !== "no-resource") return { path, match };
  const prefix = `/${stage}`;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return { path, match };
  const stripped = path.slice(prefix.length) || "/";
  const again = router.match(method, stripped);
  return again.kind === "no-resource" ? { path, match } : { path: stripped, match: again };
}
