/**
 * LocalStack's LAMBDA_RESPONSE_FROM_BODY (test_apigateway_lambda.py): returns the request body,
 * parsed, as its proxy result, so a differential case sends the exact result it recorded.
 * Without a body the recorded Python function fails (`json.loads(None)`); so does this one.
 */
export const handler = async (event: { body: string | null; isBase64Encoded: boolean }) => {
  if (event.body === null) throw new Error("no body: nothing to return");
  const text = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
  return JSON.parse(text) as unknown;
};
