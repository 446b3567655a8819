/**
 * Errors shaped like the SDK's service exceptions: `name` is the AWS exception name
 * (ValidationException, ConditionalCheckFailedException, ...), `message` is DynamoDB
 * Local's text where we measured it (lib/run/conformance), `$fault` and `$metadata` as
 * the SDK sets them. Extra fields (`Item`, `CancellationReasons`) use the wire
 * AttributeValue form, because @aws-sdk/lib-dynamodb does not unmarshall error fields.
 */
import type { AttributeValue, CancellationReason } from "@aws-sdk/client-dynamodb";

export type DynamoErrorName =
  | "ValidationException"
  | "ConditionalCheckFailedException"
  | "ResourceNotFoundException"
  | "ResourceInUseException"
  | "TransactionCanceledException";

export class DynamoDbError extends Error {
  override readonly name: DynamoErrorName;
  readonly $fault = "client" as const;
  readonly $metadata = {};
  /** ConditionalCheckFailedException with ReturnValuesOnConditionCheckFailure ALL_OLD. */
  Item?: Record<string, AttributeValue>;
  /** TransactionCanceledException: one reason per TransactItems entry, in order. */
  CancellationReasons?: CancellationReason[];

  constructor(name: DynamoErrorName, message: string) {
    super(message);
    this.name = name;
  }
}

export function validation(message: string): DynamoDbError {
  return new DynamoDbError("ValidationException", message);
}

export function isDynamoError(error: unknown, name?: DynamoErrorName): error is DynamoDbError {
  return error instanceof DynamoDbError && (name === undefined || error.name === name);
}

export const CONDITIONAL_CHECK_FAILED = "The conditional request failed";

export function conditionalCheckFailed(item?: Record<string, AttributeValue>): DynamoDbError {
  const error = new DynamoDbError("ConditionalCheckFailedException", CONDITIONAL_CHECK_FAILED);
  if (item) error.Item = item;
  return error;
}

export function tableNotFound(): DynamoDbError {
  return new DynamoDbError("ResourceNotFoundException", "Cannot do operations on a non-existent table");
}

/** Errors the SDK's marshaller throws before a request is sent (plain Error, as util-dynamodb does). */
export function marshallError(message: string): Error {
  return new Error(message);
}
