import type { AttributeValue, _Record } from "@aws-sdk/client-dynamodb-streams";
import type { StreamViewType } from "./mapping-definition";

/** An attribute value as DynamoDB sends it in JSON (binary as base64), which is what Lambda passes on. */
export type EventAttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: Record<string, EventAttributeValue> }
  | { L: EventAttributeValue[] }
  | { NULL: boolean }
  | { BOOL: boolean };

export type EventItem = Record<string, EventAttributeValue>;

/** The identity AWS puts on the REMOVE records of TTL deletions, and only on those (API_streams_Record, API_streams_Identity). */
export const TTL_DELETE_IDENTITY = { type: "Service", principalId: "dynamodb.amazonaws.com" } as const;

/** One record of the event Lambda gives a function mapped to a DynamoDB stream. */
export interface DynamoDBStreamEventRecord {
  eventID: string;
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  eventVersion: string;
  eventSource: "aws:dynamodb";
  awsRegion: string;
  dynamodb: {
    /** Epoch seconds. */
    ApproximateCreationDateTime: number;
    Keys: EventItem;
    NewImage?: EventItem;
    OldImage?: EventItem;
    SequenceNumber: string;
    SizeBytes: number;
    StreamViewType: StreamViewType;
  };
  eventSourceARN: string;
  userIdentity?: { type: string; principalId: string };
}

export interface DynamoDBStreamEvent {
  Records: DynamoDBStreamEventRecord[];
}

/**
 * DynamoDB Local (3.x) writes the stream records of its own TTL deletions with this event name and
 * no userIdentity (its Java SDK model has no name for its internal "system delete"); see the
 * README's TTL section and tests/dynamodb-streams/ttl.test.ts, which pins it.
 */
export const LOCAL_TTL_EVENT_NAME = "UNKNOWN_TO_SDK_VERSION";

/** The Lambda event record for one record read from the stream. */
export function toEventRecord(record: _Record, streamArn: string, region: string): DynamoDBStreamEventRecord {
  const stream = record.dynamodb ?? {};
  const localTtlDelete = (record.eventName as string | undefined) === LOCAL_TTL_EVENT_NAME;
  const identity = localTtlDelete
    ? { ...TTL_DELETE_IDENTITY }
    : record.userIdentity && { type: record.userIdentity.Type ?? "", principalId: record.userIdentity.PrincipalId ?? "" };
  const created = stream.ApproximateCreationDateTime;
  return {
    eventID: record.eventID ?? "",
    // Passed on as the stream gives it (INSERT, MODIFY, REMOVE), but for Local's TTL deletes.
    eventName: localTtlDelete ? "REMOVE" : (record.eventName as DynamoDBStreamEventRecord["eventName"]),
    eventVersion: record.eventVersion ?? "1.1",
    eventSource: "aws:dynamodb",
    // DynamoDB Local says "ddblocal"; Lambda gives the region the stream is in.
    awsRegion: region,
    dynamodb: {
      ApproximateCreationDateTime: created ? created.getTime() / 1000 : 0,
      Keys: toEventItem(stream.Keys ?? {}),
      ...(stream.NewImage ? { NewImage: toEventItem(stream.NewImage) } : {}),
      ...(stream.OldImage ? { OldImage: toEventItem(stream.OldImage) } : {}),
      SequenceNumber: stream.SequenceNumber ?? "",
      SizeBytes: stream.SizeBytes ?? 0,
      StreamViewType: stream.StreamViewType as StreamViewType,
    },
    eventSourceARN: streamArn,
    ...(identity ? { userIdentity: identity } : {}),
  };
}

function toEventItem(item: Record<string, AttributeValue>): EventItem {
  const out: EventItem = {};
  for (const [name, value] of Object.entries(item)) out[name] = toEventValue(value);
  return out;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

/**
 * Back to DynamoDB's JSON: the SDK turns binaries into Uint8Array (the event carries base64, as on
 * the wire) and an empty map `{ "M": {} }` into `{}`, which is the only way an empty object comes.
 */
function toEventValue(value: AttributeValue): EventAttributeValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.M !== undefined) return { M: toEventItem(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toEventValue) };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  // A type this SDK does not know yet: passed on as it came.
  if (value.$unknown) return { [value.$unknown[0]]: value.$unknown[1] } as EventAttributeValue;
  return { M: {} };
}
