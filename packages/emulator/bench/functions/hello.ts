/** The handler both sides of the benchmark run: a small JSON answer, as a health route would give. */
export const handler = async () => ({
  statusCode: 200,
  headers: { "Content-Type": "application/json" },
  body: '{"ok":true,"service":"linkgate"}',
});
