/** Writes one line per invocation the size of the redirect's EMF metrics line (~230 B), then answers. */
export const handler = async (event: { i: number }) => {
  console.log(
    JSON.stringify({
      _aws: { Timestamp: Date.now(), CloudWatchMetrics: [{ Namespace: "Linkgate", Dimensions: [["service"]], Metrics: [{ Name: "Redirects", Unit: "Count" }] }] },
      service: "linkgate-functions",
      Redirects: 1,
      i: event.i,
    }),
  );
  return { statusCode: 200, body: "ok" };
};
