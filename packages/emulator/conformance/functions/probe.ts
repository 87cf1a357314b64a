/** The probe: answers 200 with the exact proxy event it received, for event-shape checks. */
export const handler = async (event: unknown) => ({
  statusCode: 200,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(event),
});
