import type { Shape } from "../shape/shape.js";
import { ImageGenToolCallStatus } from "./enums/image-gen-tool-call-status.js";
import { ImageGenerationStatus } from "./enums/image-generation-status.js";
import { InstructionsStatusEnum3 } from "./enums/instructions-status-enum3.js";
import { ResponseOutputItemImageGenerationCallAction } from "./enums/response-output-item-image-generation-call-action.js";
import { ResponseOutputItemImageGenerationCallBackground } from "./enums/response-output-item-image-generation-call-background.js";
import { ResponseOutputItemImageGenerationCallErrorModerationDetailsModerationStage } from "./enums/response-output-item-image-generation-call-error-moderation-details-moderation-stage.js";
import { ResponseOutputItemImageGenerationCallOutputFormat } from "./enums/response-output-item-image-generation-call-output-format.js";
import { ResponseOutputItemImageGenerationCallQuality } from "./enums/response-output-item-image-generation-call-quality.js";
import { StatusRequestEnum3 } from "./enums/status-request-enum3.js";
import { ImageGenCallCompletedEvent } from "./events/image-gen-call-completed-event.js";
import { ImageGenCallGeneratingEvent } from "./events/image-gen-call-generating-event.js";
import { ImageGenCallInProgressEvent } from "./events/image-gen-call-in-progress-event.js";
import { ImageGenCallPartialImageEvent } from "./events/image-gen-call-partial-image-event.js";
import { ResponseImageGenCallPartialImageEvent } from "./events/response-image-gen-call-partial-image-event.js";
import { ResponseOutputItemAddedEvent } from "./events/response-output-item-added-event.js";
import { ResponseOutputItemDoneEvent } from "./events/response-output-item-done-event.js";
import { ImageGenToolCall } from "./items/image-gen-tool-call.js";
import { OutputImageGenerationCallItem } from "./items/output-image-generation-call-item.js";
import { OutputItemImageGenerationCall } from "./items/output-item-image-generation-call.js";
import { ResponseOutputItemImageGenerationCall } from "./items/response-output-item-image-generation-call.js";
import { ResponseOutputItemImageGenerationCallError } from "./nested/response-output-item-image-generation-call-error.js";
import { ResponseOutputItemImageGenerationCallErrorModerationDetails } from "./nested/response-output-item-image-generation-call-error-moderation-details.js";
import { ResponseOutputItemImageGenerationCallSvgUsage } from "./nested/response-output-item-image-generation-call-svg-usage.js";
import { InputImageGenerationCall1 } from "./seeds/input-image-generation-call1.js";
import { InstructionsImageGenerationCall1 } from "./seeds/instructions-image-generation-call1.js";
import { OpenResponsesImageGenCallGenerating } from "./seeds/open-responses-image-gen-call-generating.js";
import { ResponsesImageGenerationCall } from "./seeds/responses-image-generation-call.js";
import { ResponsesOutputItemImageGenerationCall } from "./seeds/responses-output-item-image-generation-call.js";

/** Every documented shape, seeds first (in seed order), then the current ones; OpenAI's SDK reading after each family's others. */
export const catalogue: readonly Shape[] = [
  ResponsesOutputItemImageGenerationCall,
  InputImageGenerationCall1,
  ResponsesImageGenerationCall,
  InstructionsImageGenerationCall1,
  OpenResponsesImageGenCallGenerating,
  ImageGenToolCall,
  OutputItemImageGenerationCall,
  OutputImageGenerationCallItem,
  ResponseOutputItemImageGenerationCall,
  ResponseOutputItemImageGenerationCallError,
  ResponseOutputItemImageGenerationCallErrorModerationDetails,
  ResponseOutputItemImageGenerationCallSvgUsage,
  ImageGenCallInProgressEvent,
  ImageGenCallGeneratingEvent,
  ImageGenCallPartialImageEvent,
  ResponseImageGenCallPartialImageEvent,
  ImageGenCallCompletedEvent,
  ResponseOutputItemAddedEvent,
  ResponseOutputItemDoneEvent,
  ImageGenerationStatus,
  StatusRequestEnum3,
  InstructionsStatusEnum3,
  ImageGenToolCallStatus,
  ResponseOutputItemImageGenerationCallAction,
  ResponseOutputItemImageGenerationCallBackground,
  ResponseOutputItemImageGenerationCallOutputFormat,
  ResponseOutputItemImageGenerationCallQuality,
  ResponseOutputItemImageGenerationCallErrorModerationDetailsModerationStage,
];

const byName = new Map(catalogue.map((shape) => [shape.name, shape]));

/** The shape with exactly this documented name. */
export function findShape(name: string): Shape | undefined {
  return byName.get(name);
}

/** Every rule of every shape, in catalogue order. */
export function allRules() {
  return catalogue.flatMap((shape) => shape.rules);
}
