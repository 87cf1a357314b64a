/** Waits 1 ms (a stand-in for a DynamoDB Local round trip), then answers: I/O-bound, almost no CPU. */
export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  return { statusCode: 200, body: "ok" };
};
