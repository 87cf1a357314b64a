import { LIVE_ROUTE_SELECTION_EXPRESSION, liveRoutes } from "@linkgate/contract/live";
import type { EventSourceMappingDefinition, FunctionDefinition, WebSocketApiDefinition } from "@linkgate/emulator";
import { streamViewTypeOf, tableDefinitions } from "@linkgate/core/tables";
import { LINK_STREAM_ENTRY, LIVE_AUTHORIZER_ENTRY, liveHandlerEntryFor } from "@linkgate/functions/entries";
import {
  LIVE_AUTHORIZER_IDENTITY_SOURCE,
  LIVE_AUTHORIZER_NAME,
  linkStreamSourceFor,
  linkStreamSubscription,
  liveRoutesFor,
} from "@linkgate/infra/mapping";
import { localFunctionSettings } from "./function-settings";

export interface LocalLiveInput {
  apiId: string;
  stage: string;
  /** What every live function sees (links, endpoints), as the REST functions do. */
  environment: Record<string, string>;
  /** The authorizer's extra variables (local mode). */
  authorizerEnvironment: Record<string, string>;
  /** Physical name of the Links table. */
  linksTable: string;
}

const settings = localFunctionSettings;

/** The emulator's live API, from the contract's live routes through the mapping infra/live.ts deploys with. */
export function buildLocalLiveDefinition(input: LocalLiveInput): WebSocketApiDefinition {
  const functions: Record<string, FunctionDefinition> = {};
  // The same route decisions infra/live.ts deploys (which route has the authorizer, checked there).
  const specs = liveRoutesFor(liveRoutes);
  for (const route of specs) {
    const entry = liveHandlerEntryFor(route.name);
    functions[route.name] = { entry: entry.file, handler: entry.export, ...settings, environment: input.environment };
  }
  functions[LIVE_AUTHORIZER_NAME] = { entry: LIVE_AUTHORIZER_ENTRY.file, handler: LIVE_AUTHORIZER_ENTRY.export, ...settings, environment: { ...input.environment, ...input.authorizerEnvironment } };
  return {
    apiId: input.apiId,
    stage: input.stage,
    routeSelectionExpression: LIVE_ROUTE_SELECTION_EXPRESSION,
    functions,
    authorizers: { [LIVE_AUTHORIZER_NAME]: { type: "REQUEST", function: LIVE_AUTHORIZER_NAME, identitySource: [LIVE_AUTHORIZER_IDENTITY_SOURCE] } },
    routes: specs.map((route) => ({ routeKey: route.routeKey, function: route.name, ...(route.authorizer ? { authorizer: LIVE_AUTHORIZER_NAME } : {}) })),
  };
}

/** The Links stream's consumer and its event source mapping, with the settings SST deploys. */
export function buildLinkStreamMapping(input: Pick<LocalLiveInput, "environment" | "linksTable">): { functions: Record<string, FunctionDefinition>; mapping: EventSourceMappingDefinition } {
  // As infra/live.ts subscribes it: the source checked against core's definitions.
  const source = linkStreamSourceFor(tableDefinitions);
  return {
    functions: { [source.subscriberName]: { entry: LINK_STREAM_ENTRY.file, handler: LINK_STREAM_ENTRY.export, ...settings, environment: input.environment } },
    mapping: { function: source.subscriberName, table: input.linksTable, streamViewType: streamViewTypeOf(source.stream), ...linkStreamSubscription },
  };
}
