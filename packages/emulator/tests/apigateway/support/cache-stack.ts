import type { ApiDefinition, RouteDefinition } from "../../../src/apigateway/definition";
import type { MethodCacheSettings } from "../../../src/apigateway/cache/cache-definition";
import { startEmulator, type Emulator } from "../../../src/emulator";
import { PACKAGE_DIR } from "../../lambda/runtime-fixtures";

/** A stage with a 0.5 GB cache cluster, the probe behind every route and a TOKEN authorizer (`tok`). */
export function cacheDefinition(routes: RouteDefinition[], methodCaching: Record<string, MethodCacheSettings>, extra: Partial<ApiDefinition> = {}): ApiDefinition {
  return {
    restApiId: "cached",
    name: "cached-api",
    stage: "test",
    cacheClusterEnabled: true,
    cacheClusterSize: "0.5",
    routes,
    methodCaching,
    authorizers: { tok: { type: "TOKEN", function: "authorizer", identitySource: ["method.request.header.Authorization"], resultTtlSeconds: 0 } },
    functions: { probe: { entry: "tests/fixtures/emulator/cache-probe.ts" }, authorizer: { entry: "tests/fixtures/emulator/cache-authorizer.ts" } },
    ...extra,
  };
}

export const probeRoute = (method: RouteDefinition["method"], path: string, extra: Partial<RouteDefinition> = {}): RouteDefinition => ({ method, path, function: "probe", ...extra });

export async function startCacheStack(definition: ApiDefinition): Promise<Emulator> {
  return startEmulator({ definition, rootDir: PACKAGE_DIR });
}

export interface ProbeAnswer {
  status: number;
  serial: string;
  headers: Headers;
}

/** One call: its status, the probe's serial (which invocation answered) and the headers. */
export async function call(emulator: Emulator, path: string, init: RequestInit = {}): Promise<ProbeAnswer> {
  const response = await fetch(`${emulator.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, serial: serialOf(text), headers: response.headers };
}

export const invocations = (emulator: Emulator, fn = "probe") => emulator.runtime.stats()[fn]?.invocations ?? 0;

/** The probe's serial; "" for a gateway response (no serial in its body). */
function serialOf(text: string): string {
  try {
    return (JSON.parse(text) as { serial?: string }).serial ?? "";
  } catch {
    return "";
  }
}
