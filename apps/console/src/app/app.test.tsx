import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, renderApp } from "../testing/render-app";

const denied = () => json(403, { message: "User is not authorized to access this resource with an explicit deny" });

describe("a 403 from the API", () => {
  it("on a user's own routes ends the session: the account lost access", async () => {
    const app = await renderApp({ path: "/links", respond: denied, signedInAs: { username: "ada" } });
    expect(await screen.findByText("Your account no longer has access to Linkgate. Ask an administrator.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeTruthy();
    expect(app.session.getState().status).toBe("signedOut");
  });

  it("on an admin route is shown on the page, and the session stays", async () => {
    const app = await renderApp({ path: "/admin/users", respond: denied, signedInAs: { username: "root", groups: ["admins"] } });
    expect((await screen.findByRole("alert")).textContent).toContain("Not allowed");
    expect(app.session.getState().status).toBe("signedIn");
  });
});
