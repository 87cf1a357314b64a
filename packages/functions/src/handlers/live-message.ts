import { answerUnknown } from "../live/messages";
import { defineLiveHandler } from "../live/define-live-handler";

/** The live API's `$default` route (contract: live.ts). */
export const handler = defineLiveHandler("liveMessage", answerUnknown);
