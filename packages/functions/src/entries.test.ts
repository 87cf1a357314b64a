import { describe, expect, it } from "vitest";
import { handlerEntryFor } from "./entries";

describe("handlerEntryFor", () => {
  it("maps a route name to a kebab-case handler file", () => {
    expect(handlerEntryFor("createPartner")).toEqual({ file: "packages/functions/src/handlers/create-partner.ts", export: "handler" });
    expect(handlerEntryFor("redirect").file).toBe("packages/functions/src/handlers/redirect.ts");
  });

  it("maps both mounts of the link API to one file, each route to its own export", () => {
    expect(handlerEntryFor("createMyLink")).toEqual({ file: "packages/functions/src/handlers/links.ts", export: "createMyLink" });
    expect(handlerEntryFor("getLinkStats")).toEqual({ file: "packages/functions/src/handlers/links.ts", export: "getLinkStats" });
  });
});
