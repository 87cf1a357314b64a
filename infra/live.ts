import { LIVE_ROUTE_SELECTION_EXPRESSION, liveRoutes } from "@linkgate/contract/live";
import { tableDefinitions } from "@linkgate/core/tables";
import { LIVE_AUTHORIZER_ENTRY } from "@linkgate/functions/entries";
import { authorizerLinks, functionLinks } from "./api";
import { sstFunctionSettings } from "./mapping/functions";
import { linkStreamSourceFor, linkStreamSubscription } from "./mapping/link-stream";
import { LIVE_API_NAME, LIVE_AUTHORIZER_IDENTITY_SOURCE, LIVE_AUTHORIZER_NAME, LIVE_ROUTE_RESPONSE_KEY, liveRouteArgsFor, liveRoutesFor } from "./mapping/live";
import { pascalCase } from "./mapping/plans";
import { sstHandlerFor } from "./mapping/routes";
import { table } from "./storage";

/**
 * The live API: a WebSocket API whose `$connect` is behind a REQUEST authorizer on the token query
 * parameter, one function per contract live route, and the Links table's stream consumer that
 * pushes clicks and TTL expiries to the owners' open pages (mapping/live.ts, mapping/link-stream.ts).
 */

export const live = new sst.aws.ApiGatewayWebSocket(LIVE_API_NAME, {
  // SST hard-codes AWS's usual expression, which is the contract's today; set from the contract so
  // the two cannot drift apart.
  transform: { api: { routeSelectionExpression: LIVE_ROUTE_SELECTION_EXPRESSION } },
});

// SST makes WebSocket authorizers REQUEST and sets no cache TTL (API Gateway v2's authorizer TTL is for
// HTTP APIs only), so every $connect runs it: a disabled user cannot open a new connection.
export const liveAuthorizer = live.addAuthorizer(LIVE_AUTHORIZER_NAME, {
  lambda: {
    function: { handler: sstHandlerFor(LIVE_AUTHORIZER_ENTRY), ...sstFunctionSettings, link: authorizerLinks },
    identitySources: [LIVE_AUTHORIZER_IDENTITY_SOURCE],
  },
});

/**
 * The live functions read what every function reads, plus `Resource.Live.managementEndpoint` (the
 * `@connections` client). SST's link of the API also grants `execute-api:ManageConnections` on
 * `<api>/*\/*\/@connections/*` (apigateway-websocket.ts `getSSTLink`; tests/sst-live-link.test.ts
 * fails if a new SST stops doing so), which is what the stream consumer sends with.
 */
const liveFunctionLinks = [...functionLinks, live];

export const liveApiRoutes = liveRoutesFor(liveRoutes).map((spec) => {
  const route = live.route(spec.routeKey, { handler: spec.handler, ...sstFunctionSettings, link: liveFunctionLinks }, liveRouteArgsFor(spec, liveAuthorizer.id));
  // SST's route() makes no route response, without which API Gateway drops what the function answers.
  if (spec.twoWay) {
    new aws.apigatewayv2.RouteResponse(`${LIVE_API_NAME}RouteResponse${pascalCase(spec.name)}`, {
      apiId: live.nodes.api.id,
      routeId: route.nodes.route.id,
      routeResponseKey: LIVE_ROUTE_RESPONSE_KEY,
    });
  }
  return route;
});

const linkStreamSource = linkStreamSourceFor(tableDefinitions);

// SST's subscribe() takes only filters; the batch and retry settings go through its event source
// mapping transform (dynamo-lambda-subscriber.ts), whose default starting position is LATEST.
// Field by field, so SST's type check sees every name (a spread would hide a misspelt one).
const { startingPosition, batchSize, bisectBatchOnFunctionError, maximumRetryAttempts } = linkStreamSubscription;
export const linkStream = table(linkStreamSource.table).subscribe(
  linkStreamSource.subscriberName,
  { handler: linkStreamSource.handler, ...sstFunctionSettings, link: liveFunctionLinks },
  { transform: { eventSourceMapping: { startingPosition, batchSize, bisectBatchOnFunctionError, maximumRetryAttempts } } },
);
