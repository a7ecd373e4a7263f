// Tagger: what only the tagger decides, beyond the stage and metric tables. Here, how far a
// negation cue reaches (negation.yaml: `window: 6` words, within one clause).

#include "tag/tagger.h"

#include <doctest/doctest.h>

#include <string>

#include "support/test_support.h"

namespace hirelint {
namespace {

bool Serving(const std::string& text) {
  return testing::SharedEngine().tagger().Tag(text).HasStage(StageIndex("serving"));
}

TEST_CASE("Tagger: a negation cue reaches fewer than `window` words, within its clause") {
  CHECK(Serving("Deployed the model"));
  CHECK_FALSE(Serving("We plan to deploy the model"));
  // Five words between the cue and the stage word: within the window of six.
  CHECK_FALSE(Serving("Built the service without one two three four five deploying it"));
  // Six words between: out of reach.
  CHECK(Serving("Built the service without one two three four five six deploying it"));
  // A clause barrier between: out of reach, however close.
  CHECK(Serving("Built the service without reviews, deploying it"));
  CHECK(Serving("We plan to, in time, deploy the model"));
}

}  // namespace
}  // namespace hirelint
