import { useQuery } from "@tanstack/react-query";
import { useApi } from "./api-context";
import { queryKeys } from "./query-keys";

/** Every plan with its limits (`GET /portal/plans`, public): one query for the docs' table and the portal's upgrade picker. */
export function usePublicPlans() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.publicPlans(), queryFn: () => api.call("listPortalPlans") });
}
