import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorPanel } from "./error-panel";

/** Loading, error (with retry when it may help) and empty states for one query, in one place. */
export function QueryState<T>(props: {
  query: UseQueryResult<T>;
  label: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) {
    return (
      <p role="status" className="muted">
        Loading {props.label}…
      </p>
    );
  }
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  if (props.isEmpty?.(query.data)) return <div className="empty">{props.empty}</div>;
  return <>{props.children(query.data)}</>;
}
