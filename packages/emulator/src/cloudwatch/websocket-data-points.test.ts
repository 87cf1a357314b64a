import { describe, expect, it } from "vitest";
import { webSocketDataPoints } from "./websocket-data-points";

const named = (points: ReturnType<typeof webSocketDataPoints>) => points.map((point) => `${point.name}:${Object.keys(point.dimensions ?? {}).join("+")}=${point.value}`);

describe("webSocketDataPoints", () => {
  it("counts a connect that reached $connect, with its errors as 0/1 and its latency, by ApiId and ApiId+Stage", () => {
    expect(named(webSocketDataPoints({ apiId: "a", stage: "s", kind: "CONNECT", connectCounted: true, error: "integration", integrationLatencyMs: 12 }))).toEqual([
      "ConnectCount:ApiId=1", "ClientError:ApiId=0", "IntegrationError:ApiId=1", "ExecutionError:ApiId=0", "IntegrationLatency:ApiId=12",
      "ConnectCount:ApiId+Stage=1", "ClientError:ApiId+Stage=0", "IntegrationError:ApiId+Stage=1", "ExecutionError:ApiId+Stage=0", "IntegrationLatency:ApiId+Stage=12",
    ]);
  });

  it("counts messages both ways, and refused connects only as client errors", () => {
    expect(named(webSocketDataPoints({ apiId: "a", stage: "s", kind: "OUTBOUND" }))).toEqual(["MessageCount:ApiId=1", "MessageCount:ApiId+Stage=1"]);
    expect(named(webSocketDataPoints({ apiId: "a", stage: "s", kind: "CONNECT", error: "client" }))).toEqual([
      "ClientError:ApiId=1", "IntegrationError:ApiId=0", "ExecutionError:ApiId=0",
      "ClientError:ApiId+Stage=1", "IntegrationError:ApiId+Stage=0", "ExecutionError:ApiId+Stage=0",
    ]);
    expect(webSocketDataPoints({ apiId: "a", stage: "s", kind: "MESSAGE" }).every((point) => point.namespace === "AWS/ApiGateway")).toBe(true);
  });
});
