/** What an SDK call failed with, `{ name, message }` (the exception class and AWS's message), or "no error". */
export function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string } | "no error"> {
  return promise.then(
    () => "no error" as const,
    (error: Error) => ({ name: error.name, message: error.message }),
  );
}
