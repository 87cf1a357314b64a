import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

const admin = { username: "root", groups: ["admins"] };
const stamp = "2026-12-01T00:00:00.000Z";

function requestsApi() {
  const items = [
    { id: "ur_a", partnerId: "p_a", fromPlanId: "free", planId: "pro", status: "pending", reason: null as string | null, createdAt: stamp, decidedAt: null as string | null },
    { id: "ur_b", partnerId: "p_b", fromPlanId: "free", planId: "enterprise", status: "pending", reason: null as string | null, createdAt: stamp, decidedAt: null as string | null },
  ];
  return (request: RecordedRequest) => {
    const [, , , id, verb] = request.url.pathname.split("/");
    const found = items.find((item) => item.id === id);
    if (found && verb === "approve") return json(200, Object.assign(found, { status: "approved", decidedAt: stamp }));
    if (found && verb === "refuse") return json(200, Object.assign(found, { status: "refused", decidedAt: stamp, reason: (request.body as { reason?: string }).reason ?? null }));
    const status = request.url.searchParams.get("status");
    return json(200, { items: items.filter((item) => !status || item.status === status) });
  };
}

describe("upgrade requests page", () => {
  it("lists pending requests; approving or refusing (with a reason) decides them and takes them off the list", async () => {
    const app = await renderApp({ path: "/admin/upgrade-requests", respond: requestsApi(), signedInAs: admin });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Approve p_a's request for pro" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Approve p_a's request for pro" })).toBeNull());
    expect(app.requests.some((request) => request.method === "POST" && request.url.pathname === "/admin/upgrade-requests/ur_a/approve")).toBe(true);

    await user.click(screen.getByRole("button", { name: "Refuse p_b's request for enterprise" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("Reason (optional)"), "Tell us about your traffic.");
    await user.click(within(dialog).getByRole("button", { name: "Refuse" }));
    expect(await screen.findByText("No pending requests.")).toBeTruthy();
    expect(app.requests.find((request) => request.url.pathname === "/admin/upgrade-requests/ur_b/refuse")?.body).toEqual({ reason: "Tell us about your traffic." });

    await user.selectOptions(screen.getByLabelText("Show"), "all");
    const table = await screen.findByRole("table", { name: "Upgrade requests, newest first" });
    expect(within(table).getByText("refused: Tell us about your traffic.")).toBeTruthy();
    expect(within(table).getByText("approved")).toBeTruthy();
    expect(app.requests.at(-1)!.url.search).toBe("");
  });
});
