import { openConnection } from "../live/connect";
import { defineLiveHandler } from "../live/define-live-handler";

/** The live API's `$connect` route (contract: live.ts). */
export const handler = defineLiveHandler("liveConnect", openConnection);
