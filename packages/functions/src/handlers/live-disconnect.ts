import { closeConnection } from "../live/connect";
import { defineLiveHandler } from "../live/define-live-handler";

/** The live API's `$disconnect` route (contract: live.ts). */
export const handler = defineLiveHandler("liveDisconnect", closeConnection);
