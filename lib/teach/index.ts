export { TOPICS, topicBySlug, findingSlug, techniqueSlug, type Topic } from "./topics";
