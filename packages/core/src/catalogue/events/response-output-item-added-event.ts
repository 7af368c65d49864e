import { literal } from "../../kind/literal-kind.js";
import { integer } from "../../kind/number-kinds.js";
import { objectOf } from "../../kind/object-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { OutputImageGenerationCallItem } from "../items/output-image-generation-call-item.js";

/**
 * `response.output_item.added` narrowed to this family: its `item` is an image
 * generation call. It bookends every call's events in a stream.
 */
export const ResponseOutputItemAddedEvent = new ObjectShape({
  name: "ResponseOutputItemAddedEvent",
  family: "response.output_item.added",
  kind: "event",
  description:
    "Stream event response.output_item.added carrying an image_generation_call item (OpenAI ResponseOutputItemAddedEvent; OpenRouter StreamEventsResponseOutputItemAdded).",
  sources: [
    cite("OAI-SPEC", "openapi.yaml components.schemas.ResponseOutputItemAddedEvent@f85dbe2"),
    cite("TS", "src/models/streameventsresponseoutputitemadded.ts@HEAD"),
  ],
  documentedForm: "wire",
  fields: {
    type: required(literal("response.output_item.added")),
    output_index: required(integer()),
    sequence_number: required(integer()),
    item: required(objectOf(OutputImageGenerationCallItem)),
  },
});
