import { ObjectShape } from "../../shape/object-shape.js";
import { cite, seed } from "../../source/source.js";
import { imageGenCallEventFields } from "../_internals/image-gen-call-event-fields.js";

/**
 * Seed 004. Its table types `outputIndex` and `sequenceNumber` as *number* and its
 * example has 7977.54; later specs say integer. The fields are integer-kinded so
 * the integer rule has an id, and the finding `float-index-example` makes the
 * documented *number* reading the default for this shape.
 */
export const OpenResponsesImageGenCallGenerating = new ObjectShape({
  name: "OpenResponsesImageGenCallGenerating",
  family: "response.image_generation_call.generating",
  kind: "event",
  description: "Stream event: image generation call is generating (@openrouter/sdk/models, v0.0.0-beta.42 to v0.10.2).",
  sources: [
    seed("004_0d472188a26928df.txt"),
    cite("TS", "docs/models/openresponsesimagegencallgenerating.md@v0.0.1-beta.10"),
    cite("NPM", "@openrouter/sdk@0.10.2 esm/models/openresponsesimagegencallgenerating.js"),
  ],
  documentedForm: "ts",
  fields: imageGenCallEventFields("response.image_generation_call.generating"),
});
