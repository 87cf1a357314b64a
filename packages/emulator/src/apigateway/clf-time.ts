const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

/** `requestContext.requestTime` in Common Log Format, always UTC: `09/Apr/2015:12:34:56 +0000`. */
export function clfTime(epochMs: number): string {
  const date = new Date(epochMs);
  return (
    `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}
