// Runs rules on small texts for the rule tests.
#pragma once

#include <string_view>

#include "core/article.hpp"
#include "text/document.hpp"
#include "text/rules/rules.hpp"

namespace artnorm::test {

struct RuleRun {
    TextDocument doc;
    Article article;
    Role role_of(std::string_view text) const {
        for (std::size_t i = 0; i < doc.size(); ++i) if (doc.segments[i].text == text) return doc.roles[i];
        return Role::unassigned;
    }
};

inline RuleRun document_of(std::string_view text) { return RuleRun{make_document(text), {}}; }

}  // namespace artnorm::test
