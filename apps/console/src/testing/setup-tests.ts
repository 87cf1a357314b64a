import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Testing Library unmounts after each test only when the runner exposes globals; vitest does not by default.
afterEach(() => cleanup());

// Lazy pages import their chunk on first render; on 2 loaded cores (CI runs packages in parallel) that
// can take longer than findBy's default 1 s. A limit, not a duration any test asserts.
configure({ asyncUtilTimeout: 5_000 });
