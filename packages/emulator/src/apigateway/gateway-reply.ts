/** The part of a gateway-generated response the server writes: status, headers, body. */
export interface GatewayReply {
  status: number;
  headers: Record<string, string>;
  body: string;
  errorType?: string;
}
