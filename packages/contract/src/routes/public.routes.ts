import * as z from "zod";
import { defineRoute } from "../route";
import { codePathSchema } from "../schemas/link.schemas";

const locationHeaders = z.object({ location: z.string() });

export const redirect = defineRoute({
  name: "redirect",
  method: "GET",
  path: "/{code}",
  auth: "public",
  summary: "Follow a short link",
  description:
    "Redirects to the link's target and counts the click. Linkgate answers 302 so every click reaches it " +
    "(counted, and a changed target applies at once); 301 is part of the contract for permanent links. " +
    "Unknown and expired codes are 404. Query parameters are ignored.",
  tags: ["redirect"],
  request: { path: codePathSchema },
  responses: {
    301: { description: "Moved permanently to the target.", headers: locationHeaders },
    302: { description: "Found: redirect to the target.", headers: locationHeaders },
  },
  errors: [404, 500],
});

export const healthSchema = z.object({ status: z.literal("ok"), time: z.iso.datetime() });

export const getHealth = defineRoute({
  name: "getHealth",
  method: "GET",
  path: "/health",
  auth: "public",
  summary: "Liveness check",
  tags: ["meta"],
  responses: { 200: { description: "The API answers.", body: healthSchema } },
  errors: [500],
});

/** The document is built by `buildOpenApiDocument`; the schema only checks it looks like one. */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export const getOpenApiDocument = defineRoute({
  name: "getOpenApiDocument",
  method: "GET",
  path: "/openapi.json",
  auth: "public",
  summary: "This API's OpenAPI 3.1 document",
  tags: ["meta"],
  responses: { 200: { description: "The OpenAPI document.", body: openApiDocumentSchema } },
  errors: [500],
});

export const publicRoutes = [redirect, getHealth, getOpenApiDocument] as const;
