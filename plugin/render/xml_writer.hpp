// Writes an Article as one XML document in the artnorm vocabulary
// (namespace ARTNORM_XML_NAMESPACE, schema abi/artnorm.rng).
#pragma once

#include <string>

#include "core/article.hpp"
#include "core/error.hpp"

namespace artnorm {

struct RenderOptions {
    bool pretty = false;
};

Expected<std::string> render_xml(const Article& article, const RenderOptions& options);

}  // namespace artnorm
