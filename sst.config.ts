// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- SST's globals ($config, sst, aws) come from here.
/// <reference path="./.sst/platform/config.d.ts" />

/**
 * Linkgate on AWS. Each concern lives in infra/<concern>.ts; SST forbids top-level imports here,
 * so run() imports them (storage and auth first: the API links to both).
 */
export default $config({
  app(input) {
    return {
      name: "linkgate",
      removal: input?.stage === "production" ? "retain" : "remove",
      protect: input?.stage === "production",
      home: "aws",
      providers: { aws: "7.20.0" },
    };
  },
  async run() {
    await import("./infra/storage");
    const { userPool, userPoolClient } = await import("./infra/auth");
    const { api } = await import("./infra/api");
    await import("./infra/monitoring");
    const { consoleSite } = await import("./infra/console");
    return {
      apiUrl: api.url,
      consoleUrl: consoleSite.url,
      userPoolId: userPool.id,
      userPoolClientId: userPoolClient.id,
    };
  },
});
