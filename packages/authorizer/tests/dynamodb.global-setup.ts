export { dynamoDbGlobalSetup as default } from "@linkgate/emulator/testing";
