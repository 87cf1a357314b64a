// One DynamoDB Local for the whole run; suites isolate themselves by table-name prefix.
export { dynamoDbGlobalSetup as default } from "./local-aws";
