import { buildOpenApiDocument, type openApiDocumentSchema } from "@linkgate/contract";
import type { z } from "zod";
import { defineInputlessPublicHandler } from "../edge/define-inputless-handler";

// Built once per cold start: the document is the contract's, it never changes at run time.
const document = buildOpenApiDocument() as OpenApiDocument;
type OpenApiDocument = z.output<typeof openApiDocumentSchema>;

export const handler = defineInputlessPublicHandler(
  "getOpenApiDocument",
  async () => ({ status: 200 as const, body: document }),
);
