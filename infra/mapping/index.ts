export * from "./authorizer";
export * from "./cors";
export * from "./functions";
export * from "./monitoring";
export * from "./permissions";
export * from "./plans";
export * from "./routes";
export * from "./tables";
