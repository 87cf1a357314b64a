import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { FakeIdentityProvider } from "../testing/fake-identity-provider";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

describe("partner sign-up", () => {
  it("signs up through the API, puts a taken username on its field, confirms with the emailed code", async () => {
    const pool: { provider?: FakeIdentityProvider } = {};
    const respond = async (request: RecordedRequest) => {
      const body = request.body as { username: string; email: string; password: string };
      if (body.username === "taken") return json(409, { code: "conflict", message: "An account named 'taken' already exists: sign in instead." });
      // The API creates the Cognito account (in the partners group); the fake pool stands in for Cognito.
      await pool.provider!.signUp(body);
      return json(201, { username: body.username, confirmed: false, codeDelivery: { destination: "d***@acme.test", medium: "EMAIL" } });
    };
    const app = await renderApp({ path: "/developers/sign-up", respond });
    pool.provider = app.provider;
    const user = userEvent.setup();
    const form = await screen.findByRole("form", { name: "Create partner account" });
    await user.type(within(form).getByLabelText("Username"), "taken");
    await user.type(within(form).getByLabelText("Email"), "dev@acme.test");
    await user.type(within(form).getByLabelText("Password"), "long enough pass");
    await user.click(within(form).getByRole("button", { name: "Create partner account" }));
    expect(await within(form).findByText("An account named 'taken' already exists: sign in instead.")).toBeTruthy();
    expect(within(form).getByLabelText("Username").getAttribute("aria-invalid")).toBe("true");

    await user.clear(within(form).getByLabelText("Username"));
    await user.type(within(form).getByLabelText("Username"), "acme");
    await user.click(within(form).getByRole("button", { name: "Create partner account" }));
    expect(await screen.findByText("We sent a confirmation code to d***@acme.test. Enter it below.")).toBeTruthy();
    expect(app.requests.at(-1)).toMatchObject({ method: "POST", body: { username: "acme", email: "dev@acme.test", password: "long enough pass" } });
    expect(app.requests.at(-1)!.url.pathname).toBe("/portal/sign-up");

    await user.type(screen.getByLabelText("Confirmation code"), "123456");
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    expect((await screen.findByRole("link", { name: "Sign in to get your API key" })).getAttribute("href")).toBe("/sign-in");
  });
});
