import type { NewApiKey } from "../usage/usage-model";
import {
  asObject,
  onlyFields,
  optionalArray,
  optionalBoolean,
  optionalString,
  optionalStringMap,
  requiredString,
  type JsonObject,
} from "./request-input";

/** CreateApiKey's body. `generateDistinctId` is accepted and has no effect (ids are always distinct). */
export function parseNewApiKey(body: JsonObject): NewApiKey {
  onlyFields(body, ["name", "description", "enabled", "generateDistinctId", "value", "stageKeys", "customerId", "tags"], "CreateApiKey");
  optionalBoolean(body, "generateDistinctId");
  return {
    name: optionalString(body, "name"),
    description: optionalString(body, "description"),
    enabled: optionalBoolean(body, "enabled"),
    value: optionalString(body, "value"),
    customerId: optionalString(body, "customerId"),
    tags: optionalStringMap(body, "tags"),
    stageKeys: optionalArray(body, "stageKeys")?.map((entry, i) => {
      const stageKey = asObject(entry, `stageKeys[${i}]`);
      onlyFields(stageKey, ["restApiId", "stageName"], `stageKeys[${i}]`);
      return `${requiredString(stageKey, "restApiId")}/${requiredString(stageKey, "stageName")}`;
    }),
  };
}
