/**
 * CloudWatch's errors on its JSON protocol (awsJson1_0, query-compatible): the body's `__type` names
 * the Smithy shape, `x-amzn-query-error` carries the old Query code and fault (`InvalidParameterValue;Sender`),
 * which is what @aws-sdk/client-cloudwatch matches to its exception classes.
 */
export class CloudWatchError extends Error {
  constructor(
    readonly shape: string,
    readonly queryCode: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const invalidParameterValue = (message: string) => new CloudWatchError("InvalidParameterValueException", "InvalidParameterValue", 400, message);
export const missingParameter = (name: string) =>
  new CloudWatchError("MissingRequiredParameterException", "MissingParameter", 400, `The parameter ${name} is required.`);
export const invalidParameterCombination = (message: string) =>
  new CloudWatchError("InvalidParameterCombinationException", "InvalidParameterCombination", 400, message);
export const invalidNextToken = () => new CloudWatchError("InvalidNextToken", "InvalidNextToken", 400, "The service cannot process the NextToken.");
export const unknownOperation = (target: string) => new CloudWatchError("UnknownOperationException", "InvalidAction", 400, `Unknown operation ${target}`);
export const serializationError = (message: string) => new CloudWatchError("SerializationException", "MalformedInput", 400, message);
export const requestTooLarge = (limit: number) => new CloudWatchError("RequestEntityTooLarge", "RequestEntityTooLarge", 413, `Request size exceeds ${limit} bytes`);

export function toErrorResponse(error: unknown): { status: number; body: { __type: string; message: string }; queryError: string } {
  const known = error instanceof CloudWatchError ? error : new CloudWatchError("InternalServiceFault", "InternalServiceError", 500, "Internal service error");
  return {
    status: known.status,
    body: { __type: `com.amazonaws.cloudwatch#${known.shape}`, message: known.message },
    queryError: `${known.queryCode};${known.status >= 500 ? "Receiver" : "Sender"}`,
  };
}
