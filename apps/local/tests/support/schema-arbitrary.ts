import fc from "fast-check";
import * as z from "zod";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

/** Strings a parser, a database or a header may choke on. */
export const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 4, arbitrary: fc.constantFrom("", " ", "\u0000", "\r\nSet-Cookie: a=1", "https://e.com/\u0000x", "https://example.com/\r\nX: y", "\ud800", "\u202e", "😀".repeat(20), "%00", "../..", "null", "{}", "\t") },
  { weight: 1, arbitrary: fc.string({ minLength: 2_000, maxLength: 5_000 }) },
);

/**
 * A fast-check arbitrary for values a zod schema accepts, read through zod's own JSON Schema
 * (`z.toJSONSchema`): fast-check does the generating; this only maps each JSON Schema keyword onto
 * its combinator. There is no maintained zod-4 → fast-check library yet (zod-fast-check is zod 3).
 */
export function validValue(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fromJsonSchema(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema);
}

function fromJsonSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(fromJsonSchema));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      if (schema.format === "date-time") return fc.date({ min: new Date(Date.now() + 86_400_000), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === "email") return fc.emailAddress();
      if (schema.format === "uri") return fc.webUrl();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) });
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schema.items ? fromJsonSchema(schema.items) : fc.jsonValue(), { maxLength: 5 });
    case "object": {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      // A refinement JSON Schema cannot carry: link targets are absolute web URLs.
      const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, key === "target" ? fc.webUrl() : fromJsonSchema(value)]));
      return fc.record(model, { requiredKeys: Object.keys(model).filter((key) => required.has(key)) });
    }
    default:
      return fc.jsonValue();
  }
}

/** A valid value, or one broken the ways clients break them: a field missing, extra, mistyped or nasty. */
export function nearValidObject(schema: z.ZodType): fc.Arbitrary<unknown> {
  const valid = validValue(schema);
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    valid.chain((value) =>
      typeof value !== "object" || value === null || Array.isArray(value) || Object.keys(value).length === 0
        ? fc.constant(value)
        : fc.constantFrom(...Object.keys(value)).chain((key) =>
            fc.oneof(
              fc.constant(Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))),
              fc.jsonValue().map((wrong) => ({ ...value, [key]: wrong })),
              nastyString.map((nasty) => ({ ...value, [key]: nasty })),
            ),
          ),
    ),
    valid.chain((value) => fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue()).map(([key, extra]) => (typeof value === "object" && value !== null ? { ...value, [key]: extra } : value))),
    fc.jsonValue(),
  );
}
