import { Link } from "react-router";
import { useApiUrl } from "../api/api-context";
import { CopyButton } from "../ui/copy-button";

/** A snippet with a copy button: what a developer pastes into a terminal or an editor. */
function Snippet(props: { label: string; code: string }) {
  return (
    <figure className="snippet">
      <figcaption>{props.label}</figcaption>
      {/* Focusable: a long line scrolls sideways, and keyboard users must reach it. */}
      <pre tabIndex={0}>
        <code>{props.code}</code>
      </pre>
      <CopyButton text={props.code} label={`Copy the ${props.label}`} />
    </figure>
  );
}

/** From nothing to a first call: an account, a key, then `curl` or the typed client. */
export function GettingStarted() {
  const apiUrl = useApiUrl();
  const curl = [
    "export LINKGATE_API_KEY='<your key>'",
    `curl -X POST '${apiUrl}/v1/links' -H "x-api-key: $LINKGATE_API_KEY" \\`,
    `  -H 'content-type: application/json' -d '{"target":"https://example.com/launch"}'`,
    `curl '${apiUrl}/v1/links' -H "x-api-key: $LINKGATE_API_KEY"`,
    `curl '${apiUrl}/v1/usage' -H "x-api-key: $LINKGATE_API_KEY"`,
  ].join("\n");
  const typed = [
    'import { createApiClient } from "@linkgate/contract";',
    "",
    `const linkgate = createApiClient({ baseUrl: "${apiUrl}", apiKey: process.env.LINKGATE_API_KEY });`,
    'const link = await linkgate.call("createLink", { body: { target: "https://example.com/launch" } });',
    "console.log(link.shortUrl);",
    'const usage = await linkgate.call("getUsage");',
    "console.log(`${usage.remaining} calls left until ${usage.periodEnd}`);",
  ].join("\n");
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">Getting started</h2>
      <ol>
        <li>
          <Link to="/developers/sign-up">Sign up as a partner</Link> and confirm your account with the code we email you.
        </li>
        <li>Sign in: the partner portal creates your partner on the Free plan and shows your API key once. Keep it in your secrets store, never in code a browser downloads.</li>
        <li>Call the API with the key in the <code>x-api-key</code> header.</li>
      </ol>
      <h3>With curl</h3>
      <Snippet label="curl examples" code={curl} />
      <h3>With the typed client</h3>
      <p>
        The contract package's <code>createApiClient</code> knows every route by name, checks the input and output types, and turns errors into <code>ApiError</code>{" "}
        with a <code>code</code> (see below).
      </p>
      <Snippet label="typed client example" code={typed} />
    </section>
  );
}
