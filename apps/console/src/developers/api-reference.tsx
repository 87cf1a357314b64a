import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import SwaggerUI from "swagger-ui-react";
import "swagger-ui-react/swagger-ui.css";
import "./swagger-overrides.css";
import { useApi, useApiUrl } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { QueryState } from "../ui/query-state";
import { useLabelUnnamedControls } from "./label-unnamed-controls";

/**
 * The API's own OpenAPI document (`GET /openapi.json`, generated from the contract), rendered by
 * Swagger UI. "Authorize" takes a partner API key (x-api-key) and "Try it out" calls this stage.
 * Loaded on demand, below the rest of the docs: Swagger UI is large.
 */
export default function ApiReference() {
  const api = useApi();
  const apiUrl = useApiUrl();
  const container = useRef<HTMLDivElement>(null);
  useLabelUnnamedControls(container);
  const doc = useQuery({ queryKey: queryKeys.openApiDocument(), queryFn: () => api.call("getOpenApiDocument"), staleTime: Infinity });
  return (
    <section ref={container} aria-labelledby="reference-heading">
      <h2 id="reference-heading">API reference</h2>
      <p>
        Every operation, from the API's OpenAPI document (<a href={`${apiUrl}/openapi.json`}>openapi.json</a>). Choose <strong>Authorize</strong>, paste your API
        key, then use <strong>Try it out</strong> on any <code>/v1</code> operation: calls go to {apiUrl} and count against your key's quota.
      </p>
      <QueryState query={doc} label="the API description">
        {(spec) => (
          <div className="card swagger">
            <SwaggerUI spec={{ ...spec, servers: [{ url: apiUrl }] }} docExpansion="list" defaultModelsExpandDepth={0} persistAuthorization={false} />
          </div>
        )}
      </QueryState>
    </section>
  );
}
