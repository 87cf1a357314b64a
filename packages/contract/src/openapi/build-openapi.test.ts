import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnyRoute } from "../route";
import { routes } from "../routes/index";
import { buildOpenApiDocument } from "./build-openapi";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking a JSON document

const document = buildOpenApiDocument({ serverUrl: "http://127.0.0.1:4000" }) as Json;
const operation = (route: AnyRoute): Json => document.paths[route.path][route.method.toLowerCase()];

/** A strict draft 2020-12 validator over the document's schemas, `#/components/schemas/X` rewritten to `#/$defs/X`. */
function strictSchemaCompiler() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"));
  return (schema: Json) => ajv.compile({ $defs: defs, ...JSON.parse(JSON.stringify(schema).replaceAll("#/components/schemas/", "#/$defs/")) });
}

describe("buildOpenApiDocument", () => {
  let validation: Awaited<ReturnType<Validator["validate"]>>;
  let validator: Validator;
  beforeAll(async () => {
    validator = new Validator({ allErrors: true });
    validation = await validator.validate(document);
  });

  it("is a valid OpenAPI 3.1 document", () => {
    expect(validation.errors).toBeUndefined();
    expect(validation.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("fails validation when broken (the check is real)", async () => {
    const broken = structuredClone(document);
    broken.paths["/me"].get.responses = "none";
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("has every route once, with its operationId, tags and security", () => {
    const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item as Json).map((op: Json) => op.operationId));
    expect(operationIds.sort()).toEqual(routes.map((route) => route.name).sort());
    const expectedSecurity = { public: [], partner: [{ apiKey: [] }], user: [{ bearerAuth: [] }], admin: [{ bearerAuth: [] }], partnerAccount: [{ bearerAuth: [] }] };
    for (const route of routes as readonly AnyRoute[]) {
      const op = operation(route);
      expect(op.operationId).toBe(route.name);
      expect(op.security, route.name).toEqual(expectedSecurity[route.auth]);
      expect(op.tags).toEqual(route.tags);
      for (const status of route.errors) expect(op.responses[status], `${route.name} ${status}`).toBeDefined();
    }
    expect(document.components.securitySchemes.apiKey).toEqual(expect.objectContaining({ type: "apiKey", in: "header", name: "x-api-key" }));
    expect(document.components.securitySchemes.bearerAuth).toEqual(expect.objectContaining({ type: "http", scheme: "bearer" }));
    expect(document.servers).toEqual([{ url: "http://127.0.0.1:4000" }]);
  });

  it("documents parameters: path, coerced query with defaults, the Idempotency-Key header", () => {
    const list = operation(routes.find((route) => route.name === "listMyLinks")!);
    expect(list.parameters).toContainEqual(
      expect.objectContaining({ name: "limit", in: "query", required: false, schema: expect.objectContaining({ type: "integer", default: 25, maximum: 100 }) }),
    );
    const create = operation(routes.find((route) => route.name === "createLink")!);
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header", required: false }));
    expect(create.requestBody).toEqual({ required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CreateLinkBody" } } } });
    const stats = operation(routes.find((route) => route.name === "getMyLinkStats")!);
    expect(stats.parameters).toContainEqual(expect.objectContaining({ name: "code", in: "path", required: true }));
    const redirect = operation(routes.find((route) => route.name === "redirect")!);
    expect(redirect.responses["302"].headers.location).toEqual({ required: true, schema: { type: "string" } });
  });

  it("rejects unknown body fields in the schema, as the API does", () => {
    expect(document.components.schemas.CreateLinkBody.additionalProperties).toBe(false);
    const validate = strictSchemaCompiler()({ $ref: "#/components/schemas/CreateLinkBody" });
    expect(validate({ target: "https://example.com" })).toBe(true);
    expect(validate({ target: "https://example.com", extra: 1 })).toBe(false);
  });

  it("holds only schemas that compile under strict JSON Schema 2020-12", () => {
    const compile = strictSchemaCompiler();
    for (const [name, schema] of Object.entries(document.components.schemas as Json)) expect(() => compile(schema), name).not.toThrow();
    for (const item of Object.values(document.paths as Json)) {
      for (const op of Object.values(item as Json)) {
        for (const parameter of op.parameters) expect(() => compile(parameter.schema), `${op.operationId} ${parameter.name}`).not.toThrow();
      }
    }
  });
});
