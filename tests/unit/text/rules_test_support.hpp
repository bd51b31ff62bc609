// Runs rules on small texts for the rule tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.hpp"
#include "text/document.hpp"
#include "text/rules/rules.hpp"

namespace artnorm::test {

struct RuleRun {
    TextDocument doc;
    Article article;
    // The segment texts as made: apply_body moves the body's texts out of doc.
    std::vector<std::string> texts;
    Role role_of(std::string_view text) const {
        for (std::size_t i = 0; i < texts.size(); ++i) if (texts[i] == text) return doc.roles[i];
        return Role::unassigned;
    }
};

inline RuleRun document_of(std::string_view text) {
    RuleRun run{make_document(text), {}, {}};
    for (const Segment& s : run.doc.segments) run.texts.push_back(s.text);
    return run;
}

}  // namespace artnorm::test
