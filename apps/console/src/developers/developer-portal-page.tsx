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
 * Loaded on demand: Swagger UI is large.
 */
export default function DeveloperPortalPage() {
  const api = useApi();
  const apiUrl = useApiUrl();
  const container = useRef<HTMLDivElement>(null);
  useLabelUnnamedControls(container);
  const doc = useQuery({ queryKey: queryKeys.openApiDocument(), queryFn: () => api.call("getOpenApiDocument"), staleTime: Infinity });
  return (
    <div ref={container}>
      <h1>Developer portal</h1>
      <p>
        The partner API, from its OpenAPI document. Choose <strong>Authorize</strong>, paste a partner's API key, then use <strong>Try it out</strong> on any{" "}
        <code>/v1</code> operation: calls go to {apiUrl} and count against that key's quota.
      </p>
      <QueryState query={doc} label="the API description">
        {(spec) => (
          <div className="card swagger">
            <SwaggerUI spec={{ ...spec, servers: [{ url: apiUrl }] }} docExpansion="list" defaultModelsExpandDepth={0} persistAuthorization={false} />
          </div>
        )}
      </QueryState>
    </div>
  );
}
