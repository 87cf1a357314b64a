import { badRequest } from "./control-plane-errors";

/**
 * Strict readers for JSON bodies and query strings: every wrong shape is a 400 that names the field.
 */
export type JsonObject = Record<string, unknown>;

export function parseJsonObject(text: string): JsonObject {
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw badRequest(`Request body is not valid JSON: ${(error as Error).message}`);
  }
  return asObject(parsed, "request body");
}

export function asObject(value: unknown, field: string): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw badRequest(`${field} must be a JSON object`);
  return value as JsonObject;
}

/** Rejects fields this operation does not take (usually a typo). */
export function onlyFields(object: JsonObject, allowed: readonly string[], where: string): void {
  const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw badRequest(`${where}: unknown field(s) ${unknown.join(", ")}; expected ${allowed.join(", ")}`);
}

export function optionalString(object: JsonObject, field: string): string | undefined {
  const value = object[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw badRequest(`${field} must be a string`);
  return value;
}

export function requiredString(object: JsonObject, field: string): string {
  const value = optionalString(object, field);
  if (!value) throw badRequest(`${field} is required`);
  return value;
}

export function optionalBoolean(object: JsonObject, field: string): boolean | undefined {
  const value = object[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw badRequest(`${field} must be true or false`);
  return value;
}

export function optionalNumber(object: JsonObject, field: string): number | undefined {
  const value = object[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw badRequest(`${field} must be a number`);
  return value;
}

export function optionalArray(object: JsonObject, field: string): unknown[] | undefined {
  const value = object[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw badRequest(`${field} must be a list`);
  return value;
}

export function optionalStringMap(object: JsonObject, field: string): Record<string, string> | undefined {
  const value = object[field];
  if (value === undefined || value === null) return undefined;
  const map = asObject(value, field);
  for (const [key, entry] of Object.entries(map)) if (typeof entry !== "string") throw badRequest(`${field}.${key} must be a string`);
  return map as Record<string, string>;
}

/** A number sent as text (query strings, patch values). */
export function numberFromText(text: string, field: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) throw badRequest(`${field} must be a number, got "${text}"`);
  return Number(text);
}

export function booleanFromText(text: string | null, field: string): boolean {
  if (text === null) return false;
  if (text === "true") return true;
  if (text === "false") return false;
  throw badRequest(`${field} must be true or false, got "${text}"`);
}
