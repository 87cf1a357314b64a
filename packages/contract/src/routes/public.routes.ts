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
    "Redirects to the link's target and counts the click. A permanent link (one without an expiry) answers 301, " +
    "which a browser may reuse for the time its Cache-Control allows, so repeated clicks from one browser within it " +
    "are not counted and a changed target reaches that browser after it; a link that expires answers 302 with " +
    "Cache-Control: no-store, so every click is counted and the expiry applies at once. " +
    "Unknown and expired codes are 404. Query parameters are ignored.",
  tags: ["redirect"],
  request: { path: codePathSchema },
  responses: {
    301: { description: "Moved permanently to the target: a link without an expiry.", headers: locationHeaders },
    302: { description: "Found: redirect to the target, for a link that expires.", headers: locationHeaders },
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
