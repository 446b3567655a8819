/** lib/simulate/dynamo: an exact in-memory DynamoDB (docs/simulator.md). See README.md. */
export { MemoryDynamo, type MemoryDynamoOptions } from "./memory-dynamo";
export { DynamoDbError, isDynamoError, type DynamoErrorName } from "./errors";
export { RESERVED_WORDS, isReservedWord } from "./reserved-words";
export { compareStrings, compareBytes } from "./compare";
export { parseDecimal, compareDecimal, decimalSize, type Decimal } from "./decimal";
export { itemSize, valueSize, utf8Length } from "./size";
export { fromNative, itemFromNative, itemToNative, type NativeOptions } from "./convert";
