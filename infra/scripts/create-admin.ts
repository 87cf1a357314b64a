import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { parseArgs } from "node:util";
import { createAdmin } from "./admin-user";

/**
 * Creates the first admin of a deployed stage:
 *   npm run create-admin -w @linkgate/infra -- --user-pool-id <userPoolId output> --email ada@example.com [--password '…' [--temporary]]
 * Credentials and region come from the usual AWS environment (AWS_PROFILE, AWS_REGION, …).
 * The password may also come from LINKGATE_ADMIN_PASSWORD, to keep it out of shell history.
 */
const USAGE = "Usage: create-admin --user-pool-id <id> --email <email> [--password <password>] [--temporary]";

const { values } = parseArgs({
  options: {
    "user-pool-id": { type: "string" },
    email: { type: "string" },
    password: { type: "string" },
    temporary: { type: "boolean", default: false },
  },
});

const userPoolId = values["user-pool-id"];
const email = values.email;
const password = values.password ?? process.env.LINKGATE_ADMIN_PASSWORD;
if (!userPoolId || !email) {
  console.error(USAGE);
  process.exit(2);
}
if (values.temporary && !password) {
  console.error("--temporary needs a password; without one Cognito emails a temporary password anyway.");
  process.exit(2);
}

const cognito = new CognitoIdentityProviderClient({});
try {
  const result = await createAdmin(cognito, { userPoolId, email, ...(password ? { password, temporary: values.temporary } : {}) });
  const how = { permanent: "with the given password", temporary: "with a temporary password (change it at first sign-in)", emailed: "with a temporary password emailed by Cognito" };
  console.log(`${result.created ? "Created" : "Updated"} ${result.username} in group admins, ${how[result.passwordSet]}.`);
} catch (error) {
  console.error(`Could not create the admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
} finally {
  cognito.destroy();
}
