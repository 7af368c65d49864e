import { literal } from "../../kind/literal-kind.js";
import { integer } from "../../kind/number-kinds.js";
import { objectOf } from "../../kind/object-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { OutputImageGenerationCallItem } from "../items/output-image-generation-call-item.js";

/**
 * `response.output_item.done` narrowed to this family: its `item` is an image
 * generation call. It bookends every call's events in a stream.
 */
export const ResponseOutputItemDoneEvent = new ObjectShape({
  name: "ResponseOutputItemDoneEvent",
  family: "response.output_item.done",
  kind: "event",
  description:
    "Stream event response.output_item.done carrying an image_generation_call item (OpenAI ResponseOutputItemDoneEvent; OpenRouter StreamEventsResponseOutputItemDone).",
  sources: [
    cite("OAI-SPEC", "openapi.yaml components.schemas.ResponseOutputItemDoneEvent@f85dbe2"),
    cite("TS", "src/models/streameventsresponseoutputitemdone.ts@HEAD"),
  ],
  documentedForm: "wire",
  fields: {
    type: required(literal("response.output_item.done")),
    output_index: required(integer()),
    sequence_number: required(integer()),
    item: required(objectOf(OutputImageGenerationCallItem)),
  },
});
