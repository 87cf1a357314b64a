import { mountLinkHandlers } from "../links/link-handlers";

// Every link route's function: one implementation per operation (links/link-handlers.ts), exported
// here under each mount's route names, the Lambda handler names entries.ts points at.
export const { createMyLink, listMyLinks, getMyLink, updateMyLink, deleteMyLink, getMyLinkStats } = mountLinkHandlers("user");
export const { createLink, listLinks, getLink, updateLink, deleteLink, getLinkStats } = mountLinkHandlers("partner");
