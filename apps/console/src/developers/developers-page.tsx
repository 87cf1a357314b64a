import { lazy, Suspense } from "react";
import { ErrorsAndLimits } from "./errors-and-limits";
import { GettingStarted } from "./getting-started";
import { PlansTable } from "./plans-table";

// Swagger UI is most of this page's weight: it loads after the text, in its own chunk.
const ApiReference = lazy(() => import("./api-reference"));

/** The public developer docs (`/developers`): no sign-in needed to read how to use the partner API. */
export default function DevelopersPage() {
  return (
    <>
      <h1>Linkgate for developers</h1>
      <p>
        The partner API creates and manages short links from your own code, and reports their clicks. It is a REST API with JSON bodies, versioned under{" "}
        <code>/v1</code>; each call carries your partner API key.
      </p>
      <GettingStarted />
      <ErrorsAndLimits />
      <PlansTable />
      <Suspense fallback={<p role="status">Loading the API reference…</p>}>
        <ApiReference />
      </Suspense>
    </>
  );
}
