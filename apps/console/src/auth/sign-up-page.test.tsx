import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, renderApp } from "../testing/render-app";

describe("sign-up page", () => {
  it("creates an account, shows field errors, then confirms it with the emailed code", async () => {
    const app = await renderApp({ path: "/sign-up", respond: () => json(200, {}) });
    app.provider.addUser("taken", { password: "whatever-1" });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Username"), "taken");
    await user.type(screen.getByLabelText("Email"), "grace@example.com");
    await user.type(screen.getByLabelText("Password"), "long enough");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const username = screen.getByLabelText("Username");
    expect(await screen.findByText("That username is taken. Choose another, or sign in.")).toBeTruthy();
    expect(username.getAttribute("aria-invalid")).toBe("true");

    await user.clear(username);
    await user.type(username, "grace");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const code = await screen.findByLabelText("Confirmation code");
    expect(screen.getByText(/We sent a confirmation code to grace@example.com/)).toBeTruthy();
    await user.type(code, "000000");
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("That code is not right. Check it and try again.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Confirmation code"));
    await user.type(screen.getByLabelText("Confirmation code"), "123456");
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText(/Your account is confirmed/)).toBeTruthy();
    expect(app.provider.users.get("grace")?.confirmed).toBe(true);
  });
});
