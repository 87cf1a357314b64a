/** The stream benchmark's consumer: takes the batch and succeeds, so the figures are the delivery's. */
export const handler = async (event: { Records: unknown[] }) => ({ received: event.Records.length });
