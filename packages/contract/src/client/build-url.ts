/** Fills `{param}`s (each encoded) and appends defined query values to a base URL. */
export function buildUrl(
  baseUrl: string,
  pathTemplate: string,
  pathParams: Record<string, unknown> = {},
  query: Record<string, unknown> = {},
): string {
  const path = pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined || value === null || value === "") throw new TypeError(`Missing path parameter '${name}' for ${pathTemplate}.`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const queryString = search.toString();
  return `${baseUrl.replace(/\/+$/, "")}${path}${queryString ? `?${queryString}` : ""}`;
}
