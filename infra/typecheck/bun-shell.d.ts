// Stands in for the "bun" module during the SST type check. SST's config types import only the
// Bun shell's type (for console hooks we do not use); bun-types itself redeclares Node's globals
// (`URL`, …) differently and breaks any Node code in the same program.
export type Shell = (strings: TemplateStringsArray, ...values: unknown[]) => Promise<unknown>;
