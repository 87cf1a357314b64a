import type { FunctionIdentity, InvokeMessage } from "../worker-protocol";

/** The handler's `context`, with the fields and methods the Node.js Lambda runtime provides. */
export interface LambdaContext {
  awsRequestId: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  /**
   * Kept for compatibility. A worker cannot tell when its event loop is empty, so the result is
   * returned as soon as the handler settles, which is what `false` means on Lambda.
   */
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
}

export function createLambdaContext(boot: FunctionIdentity, message: InvokeMessage): LambdaContext {
  const { deadlineMs } = message;
  return {
    awsRequestId: message.requestId,
    functionName: boot.functionName,
    functionVersion: boot.functionVersion,
    invokedFunctionArn: boot.invokedFunctionArn,
    memoryLimitInMB: boot.memoryLimitInMB,
    logGroupName: boot.logGroupName,
    logStreamName: boot.logStreamName,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadlineMs - Date.now()),
  };
}
