export { chunkedBody } from "./chunked-body.js";
export { mockedFetch, type ServedType } from "./mocked-fetch.js";
export { type Enveloped, envelopeFields, responseEnvelope, unservable, unservableReasons } from "./response-envelope.js";
export { type ZodIssueLike, zodIssues } from "./zod-issues.js";
