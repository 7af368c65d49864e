// The reference implementation as a protocol v1 harness: `imagegen-conformance-reference-harness`.
import { serve } from "../harness/serve.js";
import { referenceImplementation } from "./reference-implementation.js";

await serve(referenceImplementation);
