import { locateTool } from "./ensure";
import { chromium, java } from "./tools";

/** Path of the Java to run (LINKGATE_JAVA, JAVA_HOME, PATH); never installs. */
export const javaExecutable = (): string => locateTool(java).path;

/** Path of the Chromium to drive (LINKGATE_CHROMIUM, the system's, Playwright's); never installs. */
export const chromiumExecutable = (): string => locateTool(chromium).path;
