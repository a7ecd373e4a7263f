#include "engine/story_pipeline.h"

#include "engine/parallel_for.h"

namespace hirelint {

Result<std::shared_ptr<const StoryPipeline>> StoryPipeline::Create(const Engine& engine) {
  std::shared_ptr<StoryPipeline> p(new StoryPipeline());
  p->engine_ = &engine;
  auto weights = engine.lexicons().weights.find("story");
  if (weights != engine.lexicons().weights.end()) {
    auto parsed = StoryWeights::FromMap(weights->second);
    if (!parsed.ok()) return parsed.error();
    p->weights_ = parsed.value();
  }
  auto analyzer = StoryAnalyzer::Build(engine.lexicons(), engine.tagger().tokenizer(),
                                       p->weights_.words_per_minute);
  if (!analyzer.ok()) return analyzer.error();
  p->analyzer_ = analyzer.value();
  return std::shared_ptr<const StoryPipeline>(p);
}

StoryResult StoryPipeline::Score(StoryInput input) const {
  StoryResult r;
  r.input = std::move(input);
  ItemTags tags = engine_->tagger().Tag(r.input.text);
  r.analysis = analyzer_->Analyze(r.input.text, tags);
  r.score = ScoreStory(r.analysis, weights_);
  r.findings = engine_->checker().CheckStory(r.input.text, r.analysis, weights_);
  return r;
}

std::vector<StoryResult> StoryPipeline::ScoreAll(std::vector<StoryInput> inputs,
                                                 unsigned jobs) const {
  std::vector<StoryResult> results(inputs.size());
  ParallelFor(inputs.size(), jobs, [&](size_t i) { results[i] = Score(std::move(inputs[i])); });
  return results;
}

std::vector<StoryInput> StoryInputsFrom(const SourceFile& source, std::vector<Item> items) {
  std::vector<StoryInput> out;
  for (Item& item : items) {
    if (item.kind != ItemKind::kStory) continue;
    StoryInput in;
    in.file = source.path();
    in.line = source.PositionOf(item.begin).line;
    in.id = std::move(item.id);
    in.title = std::move(item.section);
    in.extra_json = std::move(item.extra_json);
    in.text = std::move(item.text);
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace hirelint
