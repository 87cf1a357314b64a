export { AUTHORIZER_ENTRY, FUNCTIONS_DIR, handlerEntryFor } from "./entries";
