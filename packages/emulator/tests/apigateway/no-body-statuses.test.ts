import { describe, expect, it } from "vitest";
import { route, startFixture } from "./support/gateway-fixture";

describe("responses that carry no body", () => {
  it.each([204, 304])("drops the function's body on %i and still completes the response", async (statusCode) => {
    const { call } = await startFixture([route("GET", "/x", "fn")], { fn: () => ({ statusCode, body: '{"ignored":true}' }) });
    const response = await call("GET", "/x");
    expect(response.status).toBe(statusCode);
    expect(await response.text()).toBe("");
  });

  it("answers HEAD with the headers only", async () => {
    const { call } = await startFixture([route("HEAD", "/x", "fn")], { fn: () => ({ statusCode: 200, body: "hello" }) });
    const response = await call("HEAD", "/x");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});
