/**
 * Sleeps past its route's integration timeout (the fixture stack gives that route a short one,
 * and this function a long Lambda timeout), so API Gateway answers 504 before it returns.
 */
const SLEEP_MS = Number(process.env.CONFORMANCE_SLEEP_MS ?? 60_000);

export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, SLEEP_MS));
  return { statusCode: 200, body: "woke up too late" };
};
