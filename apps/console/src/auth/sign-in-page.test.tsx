import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, renderApp } from "../testing/render-app";

const emptyLinks = () => json(200, { items: [], nextCursor: null });

describe("sign-in page", () => {
  it("sends a signed-out visitor to sign in, then back to the links", async () => {
    const app = await renderApp({ path: "/links", respond: emptyLinks });
    app.provider.addUser("ada", { password: "correct horse" });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Username"), "ada");
    await user.type(screen.getByLabelText("Password"), "correct horse");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { name: "My links" })).toBeTruthy();
    expect(await screen.findByText("No links yet. Create your first one above.")).toBeTruthy();
    expect(app.requests[0]?.headers.get("authorization")).toMatch(/^Bearer /);
  });

  it("says why a sign-in failed, and keeps the form", async () => {
    const app = await renderApp({ path: "/sign-in", respond: emptyLinks });
    app.provider.addUser("ada", { password: "correct horse" });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Username"), "ada");
    await user.type(screen.getByLabelText("Password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Wrong username or password.");
    expect(screen.getByRole("button", { name: "Sign in" })).toBeTruthy();
  });

  it("asks an admin-created user for a new password on first sign-in", async () => {
    const app = await renderApp({ path: "/sign-in", respond: emptyLinks });
    app.provider.addUser("newbie", { password: "Temp-1234", mustChangePassword: true });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Username"), "newbie");
    await user.type(screen.getByLabelText("Password"), "Temp-1234");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await user.type(await screen.findByLabelText("New password"), "my own password");
    await user.type(screen.getByLabelText("Repeat the new password"), "my own password!");
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The two passwords differ.");
    await user.clear(screen.getByLabelText("Repeat the new password"));
    await user.type(screen.getByLabelText("Repeat the new password"), "my own password");
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    expect(await screen.findByRole("heading", { name: "My links" })).toBeTruthy();
    expect(app.provider.users.get("newbie")?.password).toBe("my own password");
  });

  it("signs out from the header, revoking the refresh token", async () => {
    const app = await renderApp({ path: "/links", respond: emptyLinks, signedInAs: { username: "ada" } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { name: "Sign in to Linkgate" })).toBeTruthy();
    await waitFor(() => expect(app.provider.revoked).toHaveLength(1));
  });

  it("shows admin navigation to admins only, and refuses admin pages to others", async () => {
    await renderApp({ path: "/admin/plans", respond: emptyLinks, signedInAs: { username: "ada" } });
    expect(await screen.findByRole("heading", { name: "Admins only" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Partners" })).toBeNull();
  });
});
