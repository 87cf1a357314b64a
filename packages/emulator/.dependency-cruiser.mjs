// The root rules (no import cycles), plus the emulator's layers: the Lambda runtime, the usage
// store and process supervision are what the gateway, the control plane and the launchers build on,
// so they never import those (a Lambda type defined under apigateway/ once tied the two together).
/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  extends: "../../.dependency-cruiser.mjs",
  forbidden: [
    {
      name: "runtime-layers-below-gateway",
      severity: "error",
      comment: "lambda/, usage/ and process/ must not import apigateway/, control-plane/, cognito/, dynamodb/ or testing/: move the shared piece down.",
      from: { path: "^src/(lambda|usage|process)/" },
      to: { path: "^src/(apigateway|control-plane|cognito|dynamodb|testing)/" },
    },
  ],
};
