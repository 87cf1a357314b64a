import { Logger } from "@aws-lambda-powertools/logger";

/** The functions' one structured logger (JSON lines, each carrying the Lambda and API request ids). */
export const logger = new Logger({ serviceName: "linkgate-functions" });
