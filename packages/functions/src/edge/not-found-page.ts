/** What a browser shows for an unknown or expired short link. Static: nothing from the request is echoed. */
export function notFoundPage(): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><title>Link not found</title>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head>',
    '<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">',
    "<h1>Link not found</h1>",
    "<p>This short link does not exist or has expired.</p>",
    "</body></html>",
  ].join("\n");
}
