/**
 * How the Streams consumer is fed, said once for CloudFormation and Terraform: an event
 * source mapping from the table's stream to the consumer function, with partial batch
 * responses, bisection of a failing batch, bounded retries, and an on-failure
 * destination (an SQS queue) that keeps what could not be processed (Lambda "Using
 * DynamoDB with Lambda": error handling, ReportBatchItemFailures).
 */
export const STREAM_MAPPING = {
  batchSize: 100,
  /** Split a failing batch in two and retry the halves, isolating the bad record. */
  bisectBatchOnFunctionError: true,
  /** Then give up on a record and send its description to the on-failure destination. */
  maximumRetryAttempts: 5,
  /** Records older than a day are sent to the destination instead of blocking the shard. */
  maximumRecordAgeInSeconds: 86_400,
  startingPosition: "TRIM_HORIZON",
  functionResponseTypes: ["ReportBatchItemFailures"],
  /** How long the failure queue keeps a message: 14 days, SQS's maximum. */
  failureRetentionSeconds: 1_209_600,
} as const;
