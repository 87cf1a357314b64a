import { randomBytes } from "node:crypto";

const lowerAlphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";
const alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** Resource ids shaped like AWS's (lowercase alphanumerics; 10 characters for keys, 6 for plans). */
export function newApiKeyId(): string {
  return randomString(lowerAlphanumeric, 10);
}

export function newUsagePlanId(): string {
  return randomString(lowerAlphanumeric, 6);
}

/** A generated key value: 40 alphanumerics, as API Gateway generates them. */
export function newApiKeyValue(): string {
  return randomString(alphanumeric, 40);
}
