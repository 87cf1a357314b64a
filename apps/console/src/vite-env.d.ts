/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_URL?: string;
  /** The live (WebSocket) API; optional. */
  readonly VITE_LIVE_URL?: string;
  readonly VITE_REGION?: string;
  readonly VITE_USER_POOL_ID?: string;
  readonly VITE_USER_POOL_CLIENT_ID?: string;
  /** Local mode only. */
  readonly VITE_COGNITO_ENDPOINT?: string;
}
