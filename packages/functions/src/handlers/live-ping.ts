import { answerPing } from "../live/messages";
import { defineLiveHandler } from "../live/define-live-handler";

/** The live API's `ping` route (contract: live.ts). */
export const handler = defineLiveHandler("livePing", answerPing);
