import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { plans } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

describe("plans page", () => {
  it("creates a custom plan, puts a taken id on the id field, and edits a plan's quota", async () => {
    const respond = (request: RecordedRequest) => {
      if (request.method === "POST") {
        const body = request.body as { id: string };
        return body.id === "free" ? json(409, { code: "conflict", message: "A plan 'free' exists." }) : json(201, body);
      }
      if (request.method === "PATCH") return json(200, { ...plans[0], ...(request.body as object) });
      return json(200, { items: plans });
    };
    const app = await renderApp({ path: "/admin/plans", respond, signedInAs: { username: "root", groups: ["admins"] } });
    const user = userEvent.setup();
    const form = await screen.findByRole("form", { name: "Create a plan" });
    await user.type(within(form).getByLabelText("Id"), "free");
    await user.type(within(form).getByLabelText("Name"), "Startup");
    await user.type(within(form).getByLabelText("Rate (requests/s)"), "20");
    await user.type(within(form).getByLabelText("Burst"), "40");
    await user.type(within(form).getByLabelText("Quota (calls)"), "20000");
    await user.type(within(form).getByLabelText("Link limit"), "1000");
    await user.click(within(form).getByRole("button", { name: "Create plan" }));
    expect(await within(form).findByText("A plan 'free' exists.")).toBeTruthy();
    await user.clear(within(form).getByLabelText("Id"));
    await user.type(within(form).getByLabelText("Id"), "startup");
    await user.click(within(form).getByRole("button", { name: "Create plan" }));
    expect(await within(form).findByText("Plan created.")).toBeTruthy();
    expect(app.requests.filter((r) => r.method === "POST").at(-1)?.body).toEqual({
      id: "startup",
      name: "Startup",
      description: "",
      throttle: { rate: 20, burst: 40 },
      quota: { limit: 20000, period: "MONTH" },
      linkLimit: 1000,
    });

    await user.click(screen.getByRole("button", { name: "Edit plan free" }));
    const dialog = await screen.findByRole("dialog");
    const quota = within(dialog).getByLabelText("Quota (calls)");
    await user.clear(quota);
    await user.type(quota, "2000");
    await user.click(within(dialog).getByRole("button", { name: "Save plan" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const patch = app.requests.find((r) => r.method === "PATCH");
    expect(patch?.url.pathname).toBe("/admin/plans/free");
    expect(patch?.body).toMatchObject({ quota: { limit: 2000, period: "MONTH" } });
  });
});
