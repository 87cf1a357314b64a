import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, linkFactory, renderApp, type RecordedRequest } from "../testing/render-app";

const ada = { username: "ada" };

describe("my links page", () => {
  it("shows the API's validation messages next to the fields they concern", async () => {
    const respond = (request: RecordedRequest) =>
      request.method === "POST"
        ? json(400, {
            code: "validation_failed",
            message: "The request is invalid.",
            issues: [
              { path: "body.target", message: "target must be an http or https URL." },
              { path: "body.alias", message: "alias takes 3–64 letters, digits, '_' or '-'." },
            ],
          })
        : json(200, { items: [], nextCursor: null });
    await renderApp({ path: "/links", respond, signedInAs: ada });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Target URL"), "ftp://nope");
    await user.type(screen.getByLabelText("Custom alias (optional)"), "a!");
    await user.click(screen.getByRole("button", { name: "Create link" }));
    const target = screen.getByLabelText("Target URL");
    await waitFor(() => expect(target.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = target.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe("target must be an http or https URL.");
    expect(screen.getByText("alias takes 3–64 letters, digits, '_' or '-'.")).toBeTruthy();
  });

  it("puts a taken alias (409) on the alias field", async () => {
    const respond = (request: RecordedRequest) =>
      request.method === "POST" ? json(409, { code: "conflict", message: "The alias 'docs' is taken." }) : json(200, { items: [], nextCursor: null });
    await renderApp({ path: "/links", respond, signedInAs: ada });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Target URL"), "https://example.com");
    await user.type(screen.getByLabelText("Custom alias (optional)"), "docs");
    await user.click(screen.getByRole("button", { name: "Create link" }));
    expect(await screen.findByText("The alias 'docs' is taken.")).toBeTruthy();
    expect(screen.getByLabelText("Custom alias (optional)").getAttribute("aria-invalid")).toBe("true");
  });

  it("retries a failed create with the same Idempotency-Key, and a changed input with a new one", async () => {
    let posts = 0;
    const respond = (request: RecordedRequest) => {
      if (request.method !== "POST") return json(200, { items: [], nextCursor: null });
      posts += 1;
      if (posts === 1) throw new TypeError("Failed to fetch");
      return json(201, linkFactory({ code: "fresh12", target: "https://example.com/a" }));
    };
    const app = await renderApp({ path: "/links", respond, signedInAs: ada });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Target URL"), "https://example.com/a");
    await user.click(screen.getByRole("button", { name: "Create link" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Cannot reach Linkgate");
    await user.click(screen.getByRole("button", { name: "Create link" }));
    expect(await screen.findByText("http://short.test/fresh12")).toBeTruthy();
    await user.clear(screen.getByLabelText("Target URL"));
    await user.type(screen.getByLabelText("Target URL"), "https://example.com/b");
    await user.click(screen.getByRole("button", { name: "Create link" }));
    await waitFor(() => expect(posts).toBe(3));
    const keys = app.requests.filter((r) => r.method === "POST").map((r) => r.headers.get("idempotency-key"));
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(app.requests.find((r) => r.method === "POST")?.body).toEqual({ target: "https://example.com/a" });
  });

  it("pages forward and back with the API's cursors, and searches from the first page", async () => {
    const respond = (request: RecordedRequest) => {
      const cursor = request.url.searchParams.get("cursor");
      if (request.url.searchParams.get("search") === "zzz") return json(200, { items: [], nextCursor: null });
      return cursor === "page-2"
        ? json(200, { items: [linkFactory({ code: "second1" })], nextCursor: null })
        : json(200, { items: [linkFactory({ code: "first12" })], nextCursor: "page-2" });
    };
    const app = await renderApp({ path: "/links", respond, signedInAs: ada });
    const user = userEvent.setup();
    expect(await screen.findByRole("link", { name: "first12" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByRole("link", { name: "second1" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(await screen.findByRole("link", { name: "first12" })).toBeTruthy();
    await user.type(screen.getByLabelText("Search code or target"), "zzz");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(await screen.findByText("No link matches “zzz”.")).toBeTruthy();
    const last = app.requests.at(-1);
    expect(last?.url.searchParams.get("cursor")).toBeNull();
    expect(last?.url.searchParams.get("sort")).toBe("-createdAt");
  });

  it("deletes a link only after confirmation", async () => {
    let deleted = false;
    const respond = (request: RecordedRequest) => {
      if (request.method === "DELETE") {
        deleted = true;
        return new Response(null, { status: 204 });
      }
      return json(200, { items: deleted ? [] : [linkFactory({ code: "bye1234" })], nextCursor: null });
    };
    await renderApp({ path: "/links", respond, signedInAs: ada });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Delete bye1234" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(deleted).toBe(false);
    await user.click(screen.getByRole("button", { name: "Delete bye1234" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Delete link" }));
    expect(await screen.findByText("No links yet. Create your first one above.")).toBeTruthy();
    expect(deleted).toBe(true);
  });

  it("offers a retry when the list cannot load, and explains a throttle", async () => {
    let calls = 0;
    const respond = () => {
      calls += 1;
      if (calls === 1) return json(429, { message: "Too Many Requests" }, { "x-amzn-ErrorType": "TooManyRequestsException", "retry-after": "2" });
      return json(200, { items: [linkFactory({ code: "after12" })], nextCursor: null });
    };
    await renderApp({ path: "/links", respond, signedInAs: ada });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Too many requests");
    expect(alert.textContent).toContain("Wait 2 s");
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("link", { name: "after12" })).toBeTruthy();
  });
});
