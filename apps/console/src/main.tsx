import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createCognitoIdentityProvider } from "./auth/cognito-identity-provider";
import { Session } from "./auth/session";
import { readConsoleConfig } from "./config/console-config";
import "./styles.css";

const root = createRoot(document.getElementById("root") as HTMLElement);
try {
  const config = readConsoleConfig(import.meta.env);
  const provider = createCognitoIdentityProvider(config);
  const session = new Session({ provider, storage: window.sessionStorage });
  void session.restore();
  root.render(
    <StrictMode>
      <App session={session} provider={provider} apiUrl={config.apiUrl} {...(config.liveUrl ? { liveUrl: config.liveUrl } : {})} />
    </StrictMode>,
  );
} catch (error) {
  root.render(<p role="alert">{error instanceof Error ? error.message : String(error)}</p>);
}
