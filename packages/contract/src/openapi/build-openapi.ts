import type * as z from "zod";
import { errorStatusDescriptions } from "../error-codes";
import { requestHeaderWireNames, type RequestHeaderName } from "../headers";
import type { AnyRoute, AuthMode } from "../route";
import { routes } from "../routes/index";
import { buildComponentSchemas, parameterSchema, schemaRef, type ComponentSchemas } from "./json-schemas";

export interface OpenApiOptions {
  /** Base URL of a stage, e.g. `https://abc.execute-api.eu-west-1.amazonaws.com/prod`. */
  serverUrl?: string;
  /** API version shown in `info.version`. */
  version?: string;
}

const securityByAuth: Record<AuthMode, Array<Record<string, string[]>>> = {
  public: [],
  partner: [{ apiKey: [] }],
  user: [{ bearerAuth: [] }],
  admin: [{ bearerAuth: [] }],
  partnerAccount: [{ bearerAuth: [] }],
};
export const openApiSecurityFor = (auth: AuthMode) => securityByAuth[auth];

/** The OpenAPI 3.1 document of the whole API, generated from the routes. */
export function buildOpenApiDocument(options: OpenApiOptions = {}): Record<string, unknown> {
  const components = buildComponentSchemas();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes as readonly AnyRoute[]) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operationFor(route, components);
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Linkgate API",
      version: options.version ?? "1.0.0",
      description: "Short links for signed-in users (/me), partners (/v1, API key) and admins (/admin).",
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [...new Set(routes.flatMap((route) => route.tags))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components.schemas,
      responses: errorResponses(),
      securitySchemes: {
        apiKey: { type: "apiKey", in: "header", name: "x-api-key", description: "Partner API key." },
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "Cognito access token." },
      },
    },
  };
}

function operationFor(route: AnyRoute, components: ComponentSchemas): Record<string, unknown> {
  const body: z.ZodType | undefined = route.request.body;
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    responses[status] = {
      description: spec.description,
      ...(spec.headers ? { headers: responseHeaders(spec.headers) } : {}),
      ...(spec.body ? { content: jsonContent(components.idOf(spec.body)) } : {}),
    };
  }
  for (const status of route.errors) responses[String(status)] = { $ref: `#/components/responses/Error${status}` };
  return {
    operationId: route.name,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [...route.tags],
    security: openApiSecurityFor(route.auth),
    parameters: [
      ...parametersFor(route.request.path, "path"),
      ...parametersFor(route.request.query, "query"),
      ...parametersFor(route.request.headers, "header"),
    ],
    ...(body ? { requestBody: { required: !body.safeParse(undefined).success, content: jsonContent(components.idOf(body)) } } : {}),
    responses,
  };
}

function parametersFor(object: z.ZodObject, location: "path" | "query" | "header") {
  return Object.entries(object.shape).map(([name, schema]) => {
    const json = parameterSchema(schema);
    const { description, ...rest } = json;
    return {
      name: location === "header" ? requestHeaderWireNames[name as RequestHeaderName] : name,
      in: location,
      required: location === "path" || !schema.safeParse(undefined).success,
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

function responseHeaders(headers: z.ZodObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(headers.shape).map(([name, schema]) => [name, { required: true, schema: parameterSchema(schema) }]),
  );
}

const jsonContent = (id: string) => ({ "application/json": { schema: { $ref: schemaRef(id) } } });

/** Statuses the gateway may answer itself, with its own body (see reference: gateway responses). */
const gatewayStatuses = new Set(["401", "403", "429", "500"]);

function errorResponses(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(errorStatusDescriptions).map(([status, description]) => [
      `Error${status}`,
      {
        description,
        ...(status === "429" || status === "503" ? { headers: { "Retry-After": { schema: { type: "integer", minimum: 0 } } } } : {}),
        content: gatewayStatuses.has(status)
          ? { "application/json": { schema: { anyOf: [{ $ref: schemaRef("Error") }, { $ref: schemaRef("GatewayError") }] } } }
          : jsonContent("Error"),
      },
    ]),
  );
}
