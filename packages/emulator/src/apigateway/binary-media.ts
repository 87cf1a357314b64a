/**
 * `binaryMediaTypes` matching: exact media types or wildcards (`image/*`, `*\/*`), compared on the
 * media type only (parameters such as `; charset=` ignored), case-insensitively. Compiled once.
 */
export type BinaryMediaMatcher = (contentType: string | undefined) => boolean;

export function compileBinaryMediaTypes(types: readonly string[] | undefined): BinaryMediaMatcher {
  if (!types || types.length === 0) return () => false;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let any = false;
  for (const raw of types) {
    const type = raw.trim().toLowerCase();
    if (type === "*/*") any = true;
    else if (type.endsWith("/*")) prefixes.push(type.slice(0, -1));
    else exact.add(type);
  }
  return (contentType) => {
    if (!contentType) return false;
    if (any) return true;
    const type = mediaType(contentType);
    return exact.has(type) || prefixes.some((prefix) => type.startsWith(prefix));
  };
}

function mediaType(contentType: string): string {
  const semicolon = contentType.indexOf(";");
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}
