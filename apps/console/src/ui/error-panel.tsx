import { describeError } from "../api/describe-error";

export function ErrorPanel(props: { error: unknown; onRetry?: () => void }) {
  const description = describeError(props.error);
  return (
    <div role="alert" className="error-panel">
      <strong>{description.title}</strong>
      <p>{description.detail}</p>
      {description.retryable && props.onRetry ? (
        <button type="button" onClick={props.onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
