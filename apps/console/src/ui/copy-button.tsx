import { useState } from "react";

/** Copies text to the clipboard and says so (in a live region, for screen readers too). */
export function CopyButton(props: { text: string; label: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied("yes");
    } catch {
      // No clipboard permission (http, old browser): the text stays visible to copy by hand.
      setCopied("failed");
    }
    setTimeout(() => setCopied(null), 2000);
  };
  return (
    <>
      <button type="button" onClick={() => void copy()} aria-label={props.label}>
        Copy
      </button>
      <span role="status" className="copy-status">
        {copied === "yes" ? "Copied" : copied === "failed" ? "Copy blocked: select the text" : ""}
      </span>
    </>
  );
}
