/** The WebSocket bench's function: `echo` (and `$default`) answers with the message, `sink` answers nothing, `id` with the connection's id. */
export const handler = async (event: { requestContext: { routeKey: string; connectionId: string }; body?: string }) => {
  if (event.requestContext.routeKey === "sink") return { statusCode: 200 };
  return { statusCode: 200, body: event.requestContext.routeKey === "id" ? event.requestContext.connectionId : event.body };
};
