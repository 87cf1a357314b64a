import { closeConnection, openConnection } from "../live/connect";
import { defineLiveHandler } from "../live/define-live-handler";
import { answerPing, answerUnknown } from "../live/messages";

/*
 * The live (WebSocket) API's routes (contract: live.ts), each its own Lambda function, exported
 * under the route's name as the link API's are (entries.ts: liveHandlerEntryFor).
 */
export const liveConnect = defineLiveHandler("liveConnect", openConnection);
export const liveDisconnect = defineLiveHandler("liveDisconnect", closeConnection);
export const livePing = defineLiveHandler("livePing", answerPing);
export const liveMessage = defineLiveHandler("liveMessage", answerUnknown);
