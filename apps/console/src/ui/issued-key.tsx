import type { ReactNode } from "react";
import { CopyButton } from "./copy-button";

/** An API key's value, shown the one time the API returns it; `advice` says where it should go next. */
export function IssuedKey(props: { owner: string; apiKey: string; advice?: ReactNode }) {
  return (
    <div className="warning" role="status">
      <p>
        <strong>Copy {props.owner} API key now: it will not be shown again.</strong>{" "}
        {props.advice ?? "Send it to the partner over a safe channel; if it is lost, rotate the key."}
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
