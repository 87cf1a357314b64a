/** A function that fails: API Gateway must answer 502 and never show this message. */
export const handler = async () => {
  throw new Error("conformance-secret: database password is hunter2");
};
