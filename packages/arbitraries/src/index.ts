export { type BrokenEventStream, brokenEventStream } from "./broken-event-stream.js";
export { type EventStreamConstraints, eventStream } from "./event-stream.js";
export { type ForwardCompatibleValue, forwardCompatibleValue } from "./forward-compatible-value.js";
export { type InvalidEventStream, type InvalidEventStreamConstraints, invalidEventStream } from "./invalid-event-stream.js";
export { type InvalidValueConstraints, invalidValue } from "./invalid-value.js";
export type { LabelledValue } from "./labelled-value.js";
export { awkwardOffsets, rechunked } from "./rechunked.js";
export { sseFormat, sseText } from "./sse-text.js";
export { type ValidValueConstraints, validValue } from "./valid-value.js";
