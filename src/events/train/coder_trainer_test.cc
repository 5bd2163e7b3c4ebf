// Tests of the training command's margin candidates (events/train/coder_trainer.h).
#include "events/train/coder_trainer.h"

#include <gtest/gtest.h>

#include <vector>

namespace entente {
namespace {

// The perceptron's target margin is the one value chosen across the dev
// split, the PLOVER dev half and the real-news cross-validation; a grid the
// user gives replaces it, and logistic regression keeps its log-odds grid.
TEST(MarginGridTest, TargetMarginDefaultsAndOverride) {
  MarginGrid perceptron = MarginsFor(CoderLearner::kPerceptron);
  EXPECT_EQ(perceptron.target, std::vector<float>{-10});
  EXPECT_FALSE(perceptron.trigger.empty());
  MarginGrid asked = MarginsFor(CoderLearner::kPerceptron, {0, -2, -6});
  EXPECT_EQ(asked.target, (std::vector<float>{0, -2, -6}));
  EXPECT_EQ(asked.trigger, perceptron.trigger);
  MarginGrid logistic = MarginsFor(CoderLearner::kLogistic);
  EXPECT_EQ(logistic.target.front(), 0);
  EXPECT_GE(logistic.target.back(), -4);
}

}  // namespace
}  // namespace entente
