// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- SST's globals ($config, sst, aws) come from here.
/// <reference path="./.sst/platform/config.d.ts" />

/**
 * Linkgate on AWS. Each concern lives in infra/<concern>.ts; SST forbids top-level imports here,
 * so run() imports them (storage and auth first: the APIs link to both; the live API after the REST
 * API, whose function links it shares).
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
    const { live } = await import("./infra/live");
    await import("./infra/monitoring");
    const { consoleSite } = await import("./infra/console");
    return {
      apiUrl: api.url,
      liveUrl: live.url,
      consoleUrl: consoleSite.url,
      userPoolId: userPool.id,
      userPoolClientId: userPoolClient.id,
    };
  },
});
