import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { plans } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

const partner = {
  id: "p_1",
  name: "Acme",
  contactEmail: "ops@acme.test",
  planId: "pro",
  status: "active",
  apiKeyId: "key-1",
  createdAt: "2026-11-24T10:00:00.000Z",
  updatedAt: "2026-11-24T10:00:00.000Z",
};

function respond(request: RecordedRequest) {
  if (request.url.pathname === "/admin/plans") return json(200, { items: plans });
  if (request.method === "POST") {
    const body = request.body as { contactEmail: string };
    if (!body.contactEmail.includes("@")) {
      return json(400, { code: "validation_failed", message: "invalid", issues: [{ path: "body.contactEmail", message: "contactEmail must be an email address." }] });
    }
    return json(201, { partner, apiKey: { id: "key-1", value: "SECRET-KEY-VALUE-1234567890" } });
  }
  return json(200, { items: [], nextCursor: null });
}

describe("partners page", () => {
  it("creates a partner and shows its key once, with a warning and a copy button; API errors sit by their field", async () => {
    const app = await renderApp({ path: "/admin/partners", respond, signedInAs: { username: "root", groups: ["admins"] } });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Name"), "Acme");
    await user.type(screen.getByLabelText("Contact email"), "not-an-email");
    await waitFor(() => expect((screen.getByLabelText("Plan") as HTMLSelectElement).disabled).toBe(false));
    await user.selectOptions(screen.getByLabelText("Plan"), "pro");
    await user.click(screen.getByRole("button", { name: "Create partner" }));
    expect(await screen.findByText("contactEmail must be an email address.")).toBeTruthy();

    await user.clear(screen.getByLabelText("Contact email"));
    await user.type(screen.getByLabelText("Contact email"), "ops@acme.test");
    await user.click(screen.getByRole("button", { name: "Create partner" }));
    expect((await screen.findByTestId("issued-api-key")).textContent).toBe("SECRET-KEY-VALUE-1234567890");
    expect(screen.getByText(/it will not be shown again/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Copy the API key" })).toBeTruthy();
    expect(app.requests.filter((r) => r.method === "POST").at(-1)?.body).toEqual({ name: "Acme", contactEmail: "ops@acme.test", planId: "pro" });
  });
});
