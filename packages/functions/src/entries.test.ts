import { describe, expect, it } from "vitest";
import { handlerEntryFor } from "./entries";

describe("handlerEntryFor", () => {
  it("maps a route name to a kebab-case handler file", () => {
    expect(handlerEntryFor("createMyLink")).toEqual({ file: "packages/functions/src/handlers/create-my-link.ts", export: "handler" });
    expect(handlerEntryFor("redirect").file).toBe("packages/functions/src/handlers/redirect.ts");
  });
});
