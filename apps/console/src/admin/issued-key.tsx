import { CopyButton } from "../ui/copy-button";

/** An API key's value, shown the one time the API returns it. */
export function IssuedKey(props: { partnerName: string; apiKey: string }) {
  return (
    <div className="warning" role="status">
      <p>
        <strong>Copy {props.partnerName}'s API key now: it will not be shown again.</strong> Send it to the partner over a safe
        channel; if it is lost, rotate the key.
      </p>
      <p>
        <code className="key-value" data-testid="issued-api-key">
          {props.apiKey}
        </code>{" "}
        <CopyButton text={props.apiKey} label="Copy the API key" />
      </p>
    </div>
  );
}
