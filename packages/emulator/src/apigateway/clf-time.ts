const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

let cachedSecond = -1;
let cachedText = "";

/** `requestContext.requestTime` in Common Log Format, always UTC: `09/Apr/2015:12:34:56 +0000`. */
export function clfTime(epochMs: number): string {
  // Every request of the same second shares the text.
  const second = Math.floor(epochMs / 1000);
  if (second !== cachedSecond) {
    cachedSecond = second;
    cachedText = format(new Date(epochMs));
  }
  return cachedText;
}

function format(date: Date): string {
  return (
    `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}
