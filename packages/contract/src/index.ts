export * from "./plans";
export * from "./rules";
