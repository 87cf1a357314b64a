import { invalidParameterValue, missingParameter } from "./cloudwatch-errors";
import { isStandardUnit, STANDARD_UNITS, type Dimensions, type StandardUnit } from "./metric-model";

/** Readers of the JSON input members, each failing with the error CloudWatch gives for that member. */
export type Input = Record<string, unknown>;

export function requiredString(input: Input, name: string, maxLength = 255): string {
  const value = input[name];
  if (value === undefined || value === null) throw missingParameter(name);
  return checkedString(value, name, maxLength);
}

export function optionalString(input: Input, name: string, maxLength = 255): string | undefined {
  const value = input[name];
  return value === undefined || value === null ? undefined : checkedString(value, name, maxLength);
}

function checkedString(value: unknown, name: string, maxLength: number): string {
  if (typeof value !== "string" || value.length < 1 || value.length > maxLength) {
    throw invalidParameterValue(`The parameter ${name} must be a string of 1 to ${maxLength} characters.`);
  }
  return value;
}

/** The JSON protocol sends timestamps as epoch seconds (fractions allowed); returns epoch ms. */
export function requiredTimestamp(input: Input, name: string): number {
  const value = input[name];
  if (value === undefined || value === null) throw missingParameter(name);
  return timestampOf(value, name);
}

export function timestampOf(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalidParameterValue(`The parameter ${name} must be a timestamp.`);
  return Math.round(value * 1000);
}

export function optionalUnit(input: Input, name = "Unit"): StandardUnit | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (!isStandardUnit(value)) throw invalidParameterValue(`The parameter ${name} must be a value in the set [ ${STANDARD_UNITS.join(", ")} ].`);
  return value;
}

export function optionalArray(input: Input, name: string, maxItems: number): unknown[] {
  const value = input[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidParameterValue(`The parameter ${name} must be a list.`);
  if (value.length > maxItems) throw invalidParameterValue(`The collection ${name} must not have a size greater than ${maxItems}.`);
  return value;
}

export function asInput(value: unknown, name: string): Input {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalidParameterValue(`The parameter ${name} must be a structure.`);
  return value as Input;
}

/** `[{ Name, Value }]` (at most 30, names unique) as a name → value record. */
export function dimensionsOf(input: Input, name = "Dimensions"): Dimensions {
  const dimensions: Record<string, string> = {};
  for (const [index, item] of optionalArray(input, name, 30).entries()) {
    const dimension = asInput(item, `${name}.member.${index + 1}`);
    const dimensionName = requiredString(dimension, "Name");
    if (dimensionName in dimensions) throw invalidParameterValue(`No metric may have duplicate dimension names: ${dimensionName}.`);
    dimensions[dimensionName] = requiredString(dimension, "Value", 1024);
  }
  return dimensions;
}

/** Period in seconds: 60 or a multiple of it (1-minute data is all that is kept here). Returns ms. */
export function periodOf(value: unknown, name = "Period"): number {
  if (value === undefined || value === null) throw missingParameter(name);
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw invalidParameterValue(`The parameter ${name} must be a positive integer.`);
  if (value % 60 !== 0) throw invalidParameterValue(`The parameter ${name} must be a multiple of 60 (this emulator keeps 1-minute data only).`);
  return value * 1000;
}
